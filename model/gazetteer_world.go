package model

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The gazetteer in other languages: every country's name in every language
// CLDR knows (through golang.org/x/text/language/display), and by hand the
// capitals and big cities in their own scripts. A country's region is never
// written here twice: a name in another language takes the region of the
// country's English name in the gazetteer, a city that of its English name.
//
// Text in a script with capitals must write the name with its capital, as in
// English. Russian and Ukrainian names are also found in their common case
// forms ("в Москве", "России"). Names in scripts written without spaces
// (Chinese, Japanese, Thai; Korean, whose words carry their particles) are
// found inside a run of text, with these guards against false matches:
//
//   - such a name has at least two characters ("美", "英" alone never match);
//   - a name all in katakana must be the whole katakana word ("タイ" is
//     Thailand, not the start of "タイトル");
//   - a Korean name must begin a word ("서울에서" is Seoul);
//   - the longest name wins, and runStops name words that contain a country
//     and are something else ("인도적", humanitarian, is not India).
//
// Names in the Latin script come only from the languages in latinLanguages,
// need four letters or more, and must not be in nameStops: the Latin names of
// less-written languages are too often English words ("Man", "Pole", "Tai").

// latinLanguages are the languages whose Latin-script country names are
// added: the big languages of news written in the Latin script.
var latinLanguages = map[string]bool{
	"es": true, "fr": true, "de": true, "it": true, "pt": true, "nl": true, "pl": true, "cs": true,
	"sk": true, "sv": true, "da": true, "nb": true, "fi": true, "hu": true, "ro": true, "hr": true,
	"sl": true, "bs": true, "sr": true, "tr": true, "id": true, "ms": true, "vi": true, "ca": true,
	// Swahili, Tagalog, Hausa, Somali and Afrikaans:
	// "Kimbunga Fezile chapiga Msumbiji".
	"sw": true, "fil": true, "ha": true, "so": true, "af": true,
}

// nameStops are names in other languages that are as often a common word of
// that language or of English; they are not added.
var nameStops = map[string]bool{
	"georgia": true, // the US state, as in English
	"island":  true, // Iceland in German and Scandinavian
	"suede":   true, // Sweden in French
	"chili":   true, // Chile in French and Indonesian
	"gana":    true, // Ghana, and "wins" in Spanish
	"seul":    true, // Seoul in Spanish, "alone" in French
	"того":    true, // Togo, and "of that" in Russian
	"мали":    true, // Mali, and "small" in Serbian
	"مالي":    true, // Mali, and "financial" in Arabic
	"هند":     true, // India in Persian, and a name
	"माली":    true, // Mali, and "gardener" in Hindi
	"가나":      true, // Ghana, and a common syllable pair
	"수단":      true, // Sudan, and "means"
	"오만":      true, // Oman, and "arrogance"
	"말리":      true, // Mali, and "drying"
	// Names in the languages added for Africa and the Philippines that
	// are words of others.
	"pole":  true, // Poland, and the English word
	"cada":  true, // Chad in Hausa, and "each" in Spanish
	"cadas": true,
	"gini":  true, // Guinea, and "like this" in Indonesian, and Gini's index
	"norra": true, // Norway in Hausa, and "northern" in Swedish
	"lawas": true, // "old" in Indonesian and Tagalog
	"lati":  true,
	"malis": true,
	"yamal": true, // Yemen in Hausa, and the Russian peninsula
	"jili":  true,
}

// runStops are words of scripts written without spaces that contain a
// country's name and mean something else; being longer, they win.
const runStops = "인도적|인도주의|印度洋|インド洋|加纳税|马里奥|马里兰|非法国|合法国"

// regionOverrides give the region of the ISO countries whose English CLDR
// name is not in the gazetteer as CLDR spells it.
var regionOverrides = map[string]Region{
	"GE": Europe, "JE": Europe, "GG": Europe, "AX": Europe,
	"VC": Americas, "VI": Americas, "BQ": Americas, "BL": Americas, "MF": Americas, "PM": Americas,
}

// noWorldNames are countries whose names in other languages are not
// added: Saint Helena's are a saint's, and so the names of towns and
// provinces from Ecuador to Bosnia ("Santa Elena", "Sveta Jelena").
var noWorldNames = map[string]bool{"SH": true}

// scriptPlaces are cities and capitals in other languages and scripts, by
// the English name the gazetteer knows them by.
var scriptPlaces = [...]struct{ english, names string }{
	// Asia - Pacific
	{"Beijing", "北京|Пекин|Пекін|بكين|پکن|베이징|ペキン|Pékin|Pekín|Pequim|पेकिंग|बीजिंग|ปักกิ่ง"},
	{"Shanghai", "上海|Шанхай|شنغهاي|상하이|เซี่ยงไฮ้"},
	{"Hong Kong", "香港|Гонконг|هونغ كونغ|홍콩"},
	{"Taipei", "台北|臺北|타이베이"},
	{"Taichung", "臺中市|台中市|Тайчжун"},
	{"Tainan", "臺南市|台南市|Тайнань"},
	{"Taoyuan", "桃園|桃园"},
	{"Hualien", "花蓮|花莲|Хуалянь"},
	{"Hsinchu", "新竹"},
	{"Keelung", "基隆"},
	{"Yilan", "宜蘭|宜兰"},
	{"Shenzhen", "深圳"},
	{"Guangzhou", "广州|廣州"},
	{"Wuhan", "武汉|武漢"},
	{"Xinjiang", "新疆"},
	{"Tibet", "西藏|Тибет"},
	{"Tokyo", "東京|东京|Токио|طوكيو|توکیو|도쿄|टोक्यो|โตเกียว|Tokio|Tóquio"},
	{"Osaka", "大阪|오사카"},
	{"Okinawa", "沖縄|冲绳"},
	{"Hiroshima", "広島|广岛|히로시마"},
	{"Seoul", "서울|首尔|首爾|ソウル|Сеул|سيول|सियोल|โซล|Séoul"},
	{"Busan", "부산|釜山"},
	{"South Korea", "한국"}, // Korean for the country, beside CLDR's 대한민국
	{"Pyongyang", "평양|平壤|ピョンヤン|Пхеньян|بيونغ يانغ"},
	{"New Delhi", "नई दिल्ली|新德里|ニューデリー|뉴델리|Нью-Дели|نيودلهي|نئی دہلی|Nueva Delhi|Nouvelle-Delhi|Neu-Delhi|Nova Deli"},
	{"ISRO", "इसरो|ইসরো|இஸ்ரோ|印度空间研究组织|インド宇宙研究機関|인도우주연구기구"},
	{"Lok Sabha", "लोकसभा|लोक सभा"},
	{"Delhi", "दिल्ली|德里|デリー|Дели|دلهي|দিল্লি|দিল্লী"},
	{"Mumbai", "मुंबई|孟买|ムンバイ|뭄바이|Мумбаи|مومباي|মুম্বই|মুম্বাই"},
	{"Kolkata", "कोलकाता|কলকাতা"},
	{"Kashmir", "कश्मीर|克什米尔|Кашмир|كشمير"},
	{"Islamabad", "اسلام آباد|إسلام آباد|伊斯兰堡|Исламабад|इस्लामाबाद"},
	{"Karachi", "کراچی|كراتشي|卡拉奇"},
	{"Lahore", "لاہور"},
	{"Kabul", "کابل|كابول|喀布尔|Кабул|काबुल"},
	{"Dhaka", "ঢাকা|达卡|Дакка"},
	{"Kathmandu", "काठमाडौं|काठमांडू|加德满都"},
	{"Jakarta", "雅加达|ジャカルタ|자카르타|Джакарта|جاكرتا|จาการ์ตา|Yakarta|Djakarta"},
	{"Bangkok", "กรุงเทพมหานคร|กรุงเทพฯ|กรุงเทพ|曼谷|バンコク|방콕|Бангкок|بانكوك"},
	{"Hanoi", "河内|ハノイ|하노이|Ханой|هانوي|Hà Nội|Hanói"},
	{"Ho Chi Minh City", "胡志明市|Thành phố Hồ Chí Minh|Хошимин"},
	{"Manila", "马尼拉|マニラ|마닐라|Манила|مانيلا"},
	{"Kuala Lumpur", "吉隆坡|クアラルンプール|쿠알라룸푸르|Куала-Лумпур"},
	{"Canberra", "堪培拉|キャンベラ|캔버라|Канберра"},
	{"Melbourne", "墨尔本|メルボルン|멜버른"},
	{"Yangon", "ရန်ကုန်|仰光"},
	{"Kandahar", "قندهار|坎大哈|カンダハル|칸다하르|Кандагар|कंधार"},
	{"Herat", "هرات|赫拉特|ヘラート|헤라트|Герат|हेरात"},
	{"Helmand", "هلمند|赫尔曼德|ヘルマンド|헬만드|Гильменд"},
	{"Mazar-i-Sharif", "مزار شریف|مزار شريف|马扎里沙里夫|マザリシャリフ|Мазари-Шариф"},
	{"Chittagong", "চট্টগ্রাম|吉大港|チッタゴン|치타공|Читтагонг|चटगांव"},
	{"Thimphu", "ཐིམ་ཕུ|廷布|ティンプー|팀푸|Тхимпху|थिम्पू"},
	{"Bandar Seri Begawan", "斯里巴加湾市|バンダルスリブガワン|반다르스리브가완|Бандар-Сери-Бегаван"},
	{"Phnom Penh", "ភ្នំពេញ|プノンペン|프놈펜|Пномпень|بنوم بنه|พนมเปญ"},
	{"Lhasa", "拉萨|拉薩|ラサ|라싸|Лхаса|لاسا|ल्हासा"},
	{"Suva", "苏瓦|スバ|Сува"},
	{"Chennai", "金奈|チェンナイ|첸나이|Ченнаи|تشيناي"},
	{"Bengaluru", "班加罗尔|ベンガルール|벵갈루루|Бангалор|Бенгалуру|بنغالور"},
	{"Hyderabad", "海得拉巴|ハイデラバード|하이데라바드|Хайдарабад|حيدر آباد"},
	{"Punjab", "旁遮普邦|पंजाब|ਪੰਜਾਬ"},
	{"Kyoto", "京都|교토|Киото|كيوتو|क्योटो|เกียวโต|Kioto"},
	{"Yokohama", "横浜|横滨|橫濱|요코하마|Иокогама|يوكوهاما"},
	{"Fukushima", "후쿠시마|Фукусима|فوكوشيما"},
	{"Astana", "阿斯塔纳|アスタナ|아스타나|Астана|أستانا|अस्ताना"},
	{"Almaty", "阿拉木图|阿拉木圖|アルマトイ|알마티|Алматы|Алма-Ата|ألماتي|Alma-Ata"},
	{"Tarawa", "塔拉瓦|タラワ|Тарава"},
	{"Bishkek", "比什凯克|ビシュケク|비슈케크|Бишкек|بيشكيك|बिश्केक|Bichkek"},
	{"Vientiane", "ວຽງຈັນ|ビエンチャン|비엔티안|Вьентьян|فيينتيان|เวียงจันทน์|Vientián"},
	{"Majuro", "马朱罗|マジュロ|Маджуро"},
	{"Palikir", "帕利基尔|パリキール|Паликир"},
	{"Ulaanbaatar", "Улаанбаатар|乌兰巴托|烏蘭巴托|ウランバートル|울란바토르|Улан-Батор|أولان باتور|Oulan-Bator"},
	{"Naypyidaw", "နေပြည်တော်|内比都|奈比多|ネピドー|네피도|Нейпьидо"},
	{"Mandalay", "မန္တလေး|曼德勒|マンダレー|만달레이|Мандалай|मांडले|มัณฑะเลย์"},
	{"Rakhine", "ရခိုင်|若开邦|若開邦|ラカイン|라카인|Ракхайн|Аракан|أراكان"},
	{"Wellington", "惠灵顿|惠靈頓|웰링턴|Веллингтон|ولينغتون|वेलिंगटन"},
	{"Christchurch", "基督城|クライストチャーチ|크라이스트처치|Крайстчерч|كرايستشيرش"},
	{"Peshawar", "پشاور|بيشاور|白沙瓦|ペシャワル|페샤와르|Пешавар|पेशावर"},
	{"Rawalpindi", "راولپنڈی|راولبندي|拉瓦尔品第|ラワルピンディ|라왈핀디|Равалпинди|रावलपिंडी"},
	{"Quetta", "کوئٹہ|كويتا|奎达|クエッタ|퀘타|Кветта|क्वेटा"},
	{"Port Moresby", "莫尔斯比港|ポートモレスビー|포트모르즈비|Порт-Морсби|Puerto Moresby"},
	{"Apia", "阿皮亚|アピア|Апиа"},
	{"Honiara", "霍尼亚拉|ホニアラ|Хониара"},
	{"Colombo", "කොළඹ|கொழும்பு|科伦坡|可倫坡|コロンボ|콜롬보|Коломбо|كولومبو|कोलंबो"},
	{"Dushanbe", "杜尚别|ドゥシャンベ|두샨베|Душанбе|दुशांबे|Duschanbe|Douchanbé"},
	{"Phuket", "ภูเก็ต|普吉|プーケット|푸껫|Пхукет"},
	{"Chiang Mai", "เชียงใหม่|清迈|清邁|チェンマイ|치앙마이|Чиангмай"},
	{"Dili", "ディリ|Дили"},
	{"Nuku'alofa", "努库阿洛法|ヌクアロファ|Нукуалофа"},
	{"Ashgabat", "Aşgabat|阿什哈巴德|アシガバート|아시가바트|Ашхабад|عشق آباد|عشق‌آباد|Achgabat"},
	{"Funafuti", "富纳富提|フナフティ|Фунафути"},
	{"Tashkent", "塔什干|タシケント|타슈켄트|Ташкент|طشقند|تاشکند|ताशकंद"},
	{"Samarkand", "撒马尔罕|撒馬爾罕|サマルカンド|사마르칸트|Самарканд|سمرقند|समरकंद|Samarcanda|Samarcande"},
	{"Port Vila", "维拉港|ポートビラ|Порт-Вила"},
	{"Kaohsiung", "가오슝|Гаосюн"},
	// Europe
	{"Moscow", "Москва|Маскоў|莫斯科|モスクワ|모스크바|موسكو|مسکو|मॉस्को|มอสโก|מוסקבה|Moscou|Moscú|Moskau|Mosca|Moskwa|Moskova"},
	{"Roscosmos", "Роскосмос|ロスコスモス|로스코스모스"},
	{"State Duma", "Госдума|Государственная дума|Госдуму|Госдумы"},
	{"Kremlin", "Кремль|克里姆林宫|クレムリン|크렘린|الكرملين|Kremlin"},
	{"Russia", "Санкт-Петербург|Петербург|圣彼得堡"},
	{"Kyiv", "Киев|Киева|Киеве|Київ|Києва|Києві|Кіеў|基辅|基輔|キーウ|キエフ|키이우|키예프|كييف|کی‌یف|कीव|קייב|Kiew|Kijów"},
	{"Kharkiv", "Харьков|Харків|哈尔科夫"},
	{"Odesa", "Одесса|Одеса|敖德萨"},
	{"Lviv", "Львов|Львів"},
	{"Donetsk", "Донецк|Донецьк|顿涅茨克"},
	{"Crimea", "Крым|Крим|克里米亚|クリミア|크림반도|القرم|Krim|Crimée|Krym"},
	{"Minsk", "Минск|Мінск|明斯克"},
	{"London", "Лондон|伦敦|倫敦|ロンドン|런던|لندن|लंदन|ลอนดอน|לונדון|Londres|Londra|Londyn"},
	{"Paris", "Париж|巴黎|パリ|باريس|پاریس|पेरिस|ปารีส|פריז|Parigi|Paryż"},
	{"Berlin", "Берлин|Берлін|柏林|ベルリン|베를린|برلين|बर्लिन|เบอร์ลิน|ברלין|Berlín|Berlino|Berlim"},
	{"Brussels", "Брюссель|布鲁塞尔|ブリュッセル|브뤼셀|بروكسل|Bruselas|Bruxelles|Brüssel|Bruxelas|Bruksela"},
	{"Rome", "Рим|罗马|羅馬|ローマ|로마|روما|रोम"},
	{"Madrid", "Мадрид|马德里|マドリード|마드리드|مدريد"},
	{"Vienna", "Вена|Відень|维也纳|ウィーン|فيينا|Viena|Vienne|Wien|Wiedeń"},
	{"Warsaw", "Варшава|华沙|ワルシャワ|바르샤바|وارسو|Varsovia|Varsovie|Warschau|Varsavia|Warszawa"},
	{"Athens", "Αθήνα|Афины|雅典|アテネ|아테네|أثينا|Atenas|Athènes|Athen|Atene"},
	{"Ankara", "Анкара|安卡拉|アンカラ|앙카라|أنقرة|آنکارا"},
	{"Istanbul", "Стамбул|伊斯坦布尔|伊斯坦堡|イスタンブール|이스탄불|إسطنبول|استانبول|Κωνσταντινούπολη|Κωνσταντινούπολης|איסטנבול|इस्तांबुल|Estambul|Stambuł"},
	{"Geneva", "Женева|日内瓦|ジュネーブ|제네바|جنيف|Ginebra|Genève|Genf|Ginevra|Genebra|Genewa"},
	{"Prague", "Прага|布拉格|プラハ|프라하|براغ|Praga|Prag|Praha"},
	{"Budapest", "Будапешт|布达佩斯|ブダペスト|부다페스트|بودابست"},
	{"Lisbon", "Лиссабон|里斯本|リスボン|리스본|لشبونة|Lisboa|Lisbonne|Lissabon|Lisbona|Lizbona"},
	{"Copenhagen", "Копенгаген|哥本哈根|コペンハーゲン|Copenhague|Kopenhagen|København"},
	{"Stockholm", "Стокгольм|斯德哥尔摩|ストックホルム|스톡홀름|Estocolmo|Sztokholm|Tukholma"},
	{"Munich", "Мюнхен|慕尼黑|ミュンヘン|뮌헨|ميونخ|München|Múnich|Monaco di Baviera|Monachium"},
	{"Belgrade", "Београд|Белград|贝尔格莱德|Beograd|Belgrado"},
	{"Tirana", "地拉那|ティラナ|티라나|تيرانا|Τίρανα"},
	{"Andorra la Vella", "安道尔城|Андорра-ла-Велья"},
	{"Yerevan", "Երևան|埃里温|埃里溫|エレバン|예레반|Ереван|يريفان|ایروان|Ερεβάν|Eriwan|Erywań"},
	{"Baku", "巴库|バクー|바쿠|Баку|باكو|باکو|Μπακού"},
	{"Nagorno-Karabakh", "Нагорный Карабах|ナゴルノ・カラバフ|나고르노카라바흐|ناغورنو كاراباخ|Haut-Karabakh|Bergkarabach|Górski Karabach|Alto Karabaj"},
	{"Karabakh", "Карабах|卡拉巴赫|カラバフ|카라바흐|كاراباخ|قره‌باغ|Karabaj"},
	{"Antwerp", "安特卫普|安特衛普|アントワープ|안트베르펜|Антверпен|أنتويرب|Αμβέρσα|Amberes|Anversa|Antuérpia|Antwerpia"},
	{"Flanders", "佛兰德|플랑드르|Фландрия|فلاندرز|Φλάνδρα|Vlaanderen|Flandre|Flandres|Flandes|Flandern|Fiandre|Flandria|フランドル"},
	{"Wallonia", "瓦隆|ワロン地域|왈롱|Валлония|Wallonie|Valonia|Wallonien|Vallonia|Valônia|Walonia"},
	{"Zagreb", "萨格勒布|ザグレブ|자그레브|Загреб|زغرب|Ζάγκρεμπ"},
	{"Nicosia", "Λευκωσία|Lefkoşa|尼科西亚|ニコシア|니코시아|Никосия|نيقوسيا|Nicosie|Nikosia|Nikozja"},
	{"Limassol", "Λεμεσός|Limasol|利马索尔|リマソール|리마솔|Лимасол|ليماسول"},
	{"Tallinn", "タリン|탈린|Таллин|Таллинн|تالين|Ταλίν"},
	{"Helsinki", "赫尔辛基|赫爾辛基|ヘルシンキ|헬싱키|Хельсинки|هلسنكي|हेलसिंकी|Ελσίνκι|เฮลซิงกิ|Helsingfors"},
	{"Bordeaux", "波尔多|ボルドー|보르도|Бордо|بوردو|Burdeos"},
	{"Strasbourg", "斯特拉斯堡|ストラスブール|스트라스부르|Страсбург|ستراسبورغ|Στρασβούργο|Estrasburgo|Straßburg|Strasburgo"},
	{"Élysée", "爱丽舍|愛麗舍|エリゼ宮|엘리제궁|Елисейский дворец|الإليزيه"},
	{"Tbilisi", "თბილისი|第比利斯|トビリシ|트빌리시|Тбилиси|تبليسي|Τιφλίδα|Tbilissi"},
	{"Abkhazia", "Абхазия|阿布哈兹|アブハジア|압하스|أبخازيا|Αμπχαζία|Abjasia|Abkhazie|Abchasien|Abcasia|Abcházia|Abchazja"},
	{"South Ossetia", "Южная Осетия|南奥塞梯|南オセチア|남오세티야|أوسيتيا الجنوبية|Osetia del Sur|Ossétie du Sud|Südossetien|Ossezia del Sud|Ossétia do Sul|Osetia Południowa"},
	{"Cologne", "Кёльн|Кельн|ケルン|쾰른|Κολωνία"},
	{"Düsseldorf", "杜塞尔多夫|デュッセルドルフ|뒤셀도르프|Дюссельдорф|دوسلدورف"},
	{"Dresden", "德累斯顿|ドレスデン|드레스덴|Дрезден|دريسدن|Δρέσδη|Dresde|Drezno"},
	{"Bundestag", "联邦议院|聯邦議院|Бундестаг|البوندستاغ"},
	{"Thessaloniki", "Салоники|テッサロニキ|سالونيك|Salonique|Tesalónica|Salónica|Saloniki|Salonicco"},
	{"Reykjavík", "雷克雅未克|レイキャビク|레이캬비크|Рейкьявик|ريكيافيك|Ρέικιαβικ"},
	{"Dublin", "都柏林|ダブリン|더블린|Дублин|دبلن|डबलिन|דבלין|Δουβλίνο|Dublino"},
	{"Milan", "米兰|米蘭|ミラノ|밀라노|ميلانو|Μιλάνο|Milano|Mailand|Mediolan"},
	{"Turin", "トリノ|토리노|Турин|تورينو|Τορίνο|Torino|Turyn"},
	{"Venice", "威尼斯|ヴェネツィア|ベネチア|베네치아|Венеция|فينيسيا|Βενετία|Venezia|Venecia|Venise|Venedig|Veneza|Wenecja"},
	{"Bologna", "博洛尼亚|ボローニャ|볼로냐|Болонья|بولونيا|Μπολόνια|Bolonia|Bologne|Bolonha"},
	{"Lampedusa", "兰佩杜萨|ランペドゥーザ|람페두사|Лампедуза|لامبيدوزا"},
	{"Riga", "リガ|Рига|ريغا"},
	{"Vaduz", "瓦杜兹|ファドゥーツ|Вадуц"},
	{"Vilnius", "维尔纽斯|ビリニュス|빌뉴스|Вильнюс|فيلنيوس|Βίλνιους|Wilno|Vilna"},
	{"Valletta", "瓦莱塔|발레타|Валлетта|فاليتا|Βαλέτα"},
	{"Chișinău", "Кишинёв|Кишинев|基希讷乌|キシナウ|키시너우|كيشيناو|Κισινάου"},
	{"Transnistria", "Приднестровье|Придністров'я|德涅斯特河沿岸|沿ドニエストル|트란스니스트리아|ترانسنيستريا|Transnistrie|Transnistrien|Naddniestrze"},
	{"Podgorica", "Подгорица|波德戈里察|ポドゴリツァ|포드고리차|بودغوريتسا|Ποντγκόριτσα"},
	{"Amsterdam", "阿姆斯特丹|アムステルダム|암스테르담|Амстердам|أمستردام|آمستردام|אמסטרדם|Άμστερνταμ|อัมสเตอร์ดัม"},
	{"Rotterdam", "鹿特丹|ロッテルダム|로테르담|Роттердам|روتردام|Ρότερνταμ"},
	{"Hague", "海牙|ハーグ|헤이그|Гаага|لاهاي|Χάγη|Den Haag|La Haye|La Haya"},
	{"Skopje", "Скопје|斯科普里|スコピエ|스코페|Скопье|سكوبيه|Σκόπια"},
	{"Oslo", "奥斯陆|奧斯陸|オスロ|오슬로|Осло|أوسلو|اسلو|ओस्लो|אוסלו|Όσλο|ออสโล"},
	{"Kraków", "克拉科夫|クラクフ|크라쿠프|Краков|كراكوف|Κρακοβία|Cracovia|Cracovie|Krakau|Cracóvia"},
	{"Porto", "波尔图|ポルト|포르투|Порту|Πόρτο|Oporto"},
	{"Bucharest", "布加勒斯特|ブカレスト|부쿠레슈티|Бухарест|بوخارست|Βουκουρέστι|Bucareste|Bukareszt"},
	{"Chechnya", "Чечня|Τσετσενία|Chechenia|Tchétchénie|Tschetschenien|Cecenia|Chechénia|Czeczenia"},
	{"Kaliningrad", "Калининград|加里宁格勒|カリーニングラード|칼리닌그라드|كالينينغراد|Καλίνινγκραντ|Królewiec|Königsberg"},
	{"Bratislava", "布拉迪斯拉发|ブラチスラバ|브라티슬라바|Братислава|براتيسلافا|Μπρατισλάβα|Bratysława|Pressburg"},
	{"Ljubljana", "卢布尔雅那|リュブリャナ|류블랴나|Любляна|ليوبليانا|Λιουμπλιάνα|Lubiana|Liubliana|Lublana"},
	{"Seville", "塞维利亚|セビリア|세비야|Севилья|إشبيلية|Σεβίλλη|Sevilla|Siviglia|Sewilla"},
	{"Gothenburg", "Göteborg|哥德堡|ヨーテボリ|예테보리|Гётеборг|Γκέτεμποργκ|Gotemburgo"},
	{"Bern", "伯尔尼|伯爾尼|ベルン|Берн|Βέρνη|Berna"},
	{"Zurich", "苏黎世|蘇黎世|チューリッヒ|취리히|Цюрих|زيورخ|Ζυρίχη|Zurych"},
	{"Basel", "巴塞尔|バーゼル|바젤|Базель|بازل|Bazylea"},
	{"Davos", "达沃斯|達沃斯|ダボス|다보스|Давос|دافوس|Νταβός"},
	{"Dnipro", "Дніпро|Днепр|第聂伯罗|ドニプロ|드니프로|دنيبرو"},
	{"Zaporizhzhia", "Запоріжжя|Запорожье|扎波罗热|ザポリージャ|자포리자|زابوريجيا|Zaporiyia|Zaporijia|Saporischschja|Zaporoże"},
	{"Mariupol", "Маріуполь|Мариуполь|马里乌波尔|マリウポリ|마리우폴|ماريوبول|Μαριούπολη"},
	{"Bakhmut", "Бахмут|巴赫穆特|バフムト|바흐무트|باخموت"},
	{"Kherson", "Херсон|赫尔松|ヘルソン|헤르손|خيرسون|Χερσώνα|Jersón"},
	{"Luhansk", "Луганськ|Луганск|卢甘斯克|ルハンスク|루한스크|لوغانسك"},
	{"Donbas", "Донбас|Донбасс|顿巴斯|ドンバス|돈바스|دونباس"},
	{"Sevastopol", "Севастополь|塞瓦斯托波尔|セバストポリ|세바스토폴|سيفاستوبول|Σεβαστούπολη|Sewastopol|Sebastopoli"},
	{"Edinburgh", "爱丁堡|愛丁堡|エディンバラ|에든버러|Эдинбург|إدنبرة|Εδιμβούργο|Édimbourg|Edimburgo"},
	{"Glasgow", "格拉斯哥|グラスゴー|글래스고|Глазго|غلاسكو|Γλασκώβη"},
	{"Cardiff", "カーディフ|카디프|Кардифф|كارديف"},
	{"Belfast", "贝尔法斯特|貝爾法斯特|ベルファスト|벨파스트|Белфаст|بلفاست|Μπέλφαστ"},
	{"Liverpool", "利物浦|リバプール|리버풀|Ливерпуль|ليفربول|Λίβερπουλ|ลิเวอร์พูล"},
	{"Downing Street", "唐宁街|唐寧街|ダウニング街|다우닝가|Даунинг-стрит|داونينغ ستريت"},
	{"Pristina", "Prishtinë|Приштина|普里什蒂纳|プリシュティナ|프리슈티나|بريشتينا|Πρίστινα"},
	{"Nuuk", "努克|ヌーク|누크|Нуук"},
	{"Sarajevo", "Сарајево|Сараево|萨拉热窝|塞拉耶佛|サラエボ|사라예보|سراييفو|Σαράγεβο|Sarajewo|Saraybosna"},
	{"Srebrenica", "Сребреница|斯雷布雷尼察|スレブレニツァ|스레브레니차|سريبرينيتسا"},
	// Middle East
	{"Saudi Arabia", "السعودية|沙特|サウジ|사우디|Саудовская Аравия"},
	{"Riyadh", "الرياض|利雅得|リヤド|리야드|Эр-Рияд|रियाद|ריאד|Riad|Riyad|Rijad"},
	{"Jeddah", "جدة|吉达|Джидда"},
	{"Mecca", "مكة|مكة المكرمة|麦加|メッカ|메카|Мекка|La Meca|La Mecque|Mekka"},
	{"Cairo", "القاهرة|开罗|開羅|カイロ|카이로|Каир|قاهره|काहिरा|קהיר|El Cairo|Le Caire|Caire|Kairo|Il Cairo|Kair"},
	{"Tehran", "طهران|تهران|德黑兰|テヘラン|테헤란|Тегеран|तेहरान|טהרן|Teherán|Téhéran|Teheran|Teerã"},
	{"Baghdad", "بغداد|巴格达|バグダッド|바그다드|Багдад|बगदाद|Bagdad|Bagdá"},
	{"Damascus", "دمشق|大马士革|ダマスカス|다마스쿠스|Дамаск|दमिश्क|Damasco|Damaskus|Damaszek"},
	{"Beirut", "بيروت|贝鲁特|ベイルート|베이루트|Бейрут|ביירות|Beyrouth|Bejrut"},
	{"Amman", "عمّان|安曼|アンマン|Амман|Ammán"},
	{"Jerusalem", "القدس|ירושלים|耶路撒冷|エルサレム|예루살렘|Иерусалим|यरूशलेम|Jerusalén|Jérusalem|Gerusalemme|Jerozolima"},
	{"Tel Aviv", "תל אביב|تل أبيب|تل ابيب|特拉维夫|テルアビブ|텔아비브|Тель-Авив|तेल अवीव"},
	{"Gaza", "غزة|עזה|加沙|ガザ|Газа|ग़ाज़ा|गाजा"},
	{"West Bank", "الضفة الغربية|约旦河西岸|ヨルダン川西岸|Западный берег|Cisjordania|Cisjordanie|Westjordanland|Cisgiordania"},
	{"Doha", "الدوحة|多哈|ドーハ|도하|Доха"},
	{"Knesset", "الكنيست|Кнессет|クネセト|크네세트"},
	{"Dubai", "دبي|دبئی|迪拜|ドバイ|두바이|Дубай|दुबई"},
	{"Abu Dhabi", "أبوظبي|أبو ظبي|阿布扎比|アブダビ|아부다비|Абу-Даби"},
	{"Kuwait City", "مدينة الكويت"},
	{"Sanaa", "صنعاء|萨那|サヌア|Сана"},
	{"Muscat", "مسقط|马斯喀特"},
	{"Manama", "المنامة|麦纳麦"},
	{"Giza", "吉萨|ギザ|Гиза"},
	{"Sinai", "سيناء|西奈|シナイ半島|시나이|Синай|חצי האי סיני"},
	{"Suez Canal", "Суэцкий канал|Canal de Suez|Canale di Suez|Sueskanal|Suezkanal|Kanał Sueski|قناة السويس|苏伊士运河|蘇伊士運河|スエズ運河|수에즈 운하|수에즈운하|Διώρυγα του Σουέζ|Σουέζ|תעלת סואץ|स्वेज नहर"},
	{"Sharm el-Sheikh", "شرم الشيخ|沙姆沙伊赫|シャルムエルシェイク|Шарм-эль-Шейх|Шарм-эш-Шейх"},
	{"Tabriz", "大不里士|タブリーズ|타브리즈|Тебриз"},
	{"Natanz", "نطنز|纳坦兹|ナタンズ|나탄즈|Натанз|נתנז"},
	{"Fordow", "فردو|فوردو|福尔多|フォルドゥ|포르도|Фордо|פורדו"},
	{"Mosul", "모술|מוסול|मोसुल"},
	{"Najaf", "纳杰夫|ナジャフ|나자프|Наджаф"},
	{"Karbala", "卡尔巴拉|カルバラ|카르발라|Кербела"},
	{"Haifa", "حيفا|ハイファ|하이파|Хайфа|हाइफा|Χάιφα"},
	{"Golan Heights", "רמת הגולן|هضبة الجولان|الجولان|戈兰高地|ゴラン高原|골란고원|Голанские высоты|Altos del Golán|plateau du Golan|Golanhöhen|Alture del Golan|Wzgórza Golan"},
	{"Aqaba", "亚喀巴|アカバ|아카바|Акаба"},
	{"Sharjah", "الشارقة|沙迦|シャルジャ|샤르자|Шарджа"},
	{"Aden", "عدن|アデン|아덴|Аден"},
	{"Hodeidah", "الحديدة|荷台达|ホデイダ|호데이다|Ходейда"},
	{"Marib", "مأرب|马里卜|マーリブ|Мариб"},
	{"Ramallah", "رام الله|רמאללה|拉姆安拉|ラマラ|라말라|Рамалла|Ραμάλα"},
	{"East Jerusalem", "القدس الشرقية|מזרח ירושלים|东耶路撒冷|東エルサレム|동예루살렘|Восточный Иерусалим|Jerusalén Este|Jérusalem-Est|Ostjerusalem|Gerusalemme Est"},
	{"Gaza City", "مدينة غزة|加沙城|가자시티|Ciudad de Gaza"},
	{"Rafah", "رفح|רפיח|ラファ|Рафах"},
	{"Khan Younis", "خان يونس|خانيونس|חאן יונס|汗尤尼斯|ハンユニス|칸유니스|Хан-Юнис"},
	{"Hebron", "חברון|希伯伦|ヘブロン|헤브론|Хеврон"},
	{"Nablus", "نابلس|纳布卢斯|ナブルス|나블루스|Наблус"},
	{"Jenin", "ג'נין|杰宁|ジェニン|제닌|Дженин"},
	// Africa
	{"Khartoum", "الخرطوم|喀土穆|ハルツーム|Хартум|Jartum|Khartoum|Khartum|Chartum"},
	{"Algiers", "الجزائر العاصمة|阿尔及尔|Алжир|Argel|Algier"},
	{"Tunis", "تونس العاصمة|突尼斯市"},
	{"Rabat", "الرباط|拉巴特|ラバト|Рабат"},
	{"Casablanca", "الدار البيضاء|卡萨布兰卡|カサブランカ|Касабланка"},
	{"Benghazi", "بنغازي|班加西|Бенгази|Bengasi"},
	{"Nairobi", "内罗毕|ナイロビ|나이로비|Найроби|نيروبي|नैरोबी"},
	{"Lagos", "拉各斯|ラゴス|라고스|Лагос|لاغوس"},
	{"Abuja", "阿布贾|アブジャ|Абуджа|أبوجا"},
	{"Addis Ababa", "አዲስ አበባ|亚的斯亚贝巴|アディスアベバ|Аддис-Абеба|أديس أبابا|Adís Abeba|Addis-Abeba|Addis Abeba"},
	{"Johannesburg", "约翰内斯堡|ヨハネスブルグ|요하네스버그|Йоханнесбург|جوهانسبرغ|Johannesburgo"},
	{"Cape Town", "开普敦|ケープタウン|케이프타운|Кейптаун|كيب تاون|Ciudad del Cabo|Le Cap|Kapstadt|Città del Capo|Cidade do Cabo"},
	{"Kinshasa", "金沙萨|キンシャサ|Киншаса|كينشاسا"},
	{"Dakar", "达喀尔|ダカール|Дакар|داكار"},
	{"Mogadishu", "摩加迪沙|モガディシュ|Могадишо|مقديشو|Mogadiscio|Mogadiscio|Mogadischu"},
	{"Oran", "وهران|Оран"},
	{"Luanda", "罗安达|ルアンダ|루안다|Луанда|لواندا"},
	{"Porto-Novo", "波多诺伏|ポルトノボ|Порто-Ново|بورتو نوفو"},
	{"Cotonou", "科托努|コトヌー|코토누|Котону|كوتونو"},
	{"Gaborone", "哈博罗内|ハボローネ|가보로네|Габороне|غابورون"},
	{"Ouagadougou", "瓦加杜古|ワガドゥグー|와가두구|Уагадугу|واغادوغو"},
	{"Gitega", "基特加|ギテガ|Гитега"},
	{"Bujumbura", "布琼布拉|ブジュンブラ|부줌부라|Бужумбура|بوجمبورا"},
	{"Praia", "普拉亚|Прая"},
	{"Yaoundé", "雅温得|ヤウンデ|야운데|Яунде|ياوندي"},
	{"Bangui", "バンギ|Банги|بانغي"},
	{"N'Djamena", "恩贾梅纳|ンジャメナ|은자메나|Нджамена|إنجامينا|انجامينا|Yamena"},
	{"Brazzaville", "布拉柴维尔|ブラザビル|브라자빌|Браззавиль|برازافيل"},
	{"Goma", "戈马|Гома|غوما"},
	{"Abidjan", "阿比让|アビジャン|아비장|Абиджан|أبيدجان"},
	{"Yamoussoukro", "亚穆苏克罗|ヤムスクロ|Ямусукро|ياموسوكرو"},
	{"Malabo", "马拉博|マラボ|말라보|Малабо|مالابو"},
	{"Asmara", "阿斯马拉|アスマラ|아스마라|Асмэра|Асмара|أسمرة"},
	{"Mbabane", "姆巴巴内|ムババーネ|음바바네|Мбабане|مباباني"},
	{"Tigray", "ትግራይ|提格雷|ティグレ州|티그라이|Тыграй|تيغراي"},
	{"Libreville", "利伯维尔|リーブルビル|리브르빌|Либревиль|ليبرفيل"},
	{"Banjul", "班珠尔|バンジュール|반줄|Банжул|بانجول"},
	{"Accra", "阿克拉|アクラ|아크라|Аккра|أكرا"},
	{"Conakry", "科纳克里|コナクリ|코나크리|Конакри|كوناكري"},
	{"Bissau", "比绍|ビサウ|비사우|Бисау|بيساو"},
	{"Mombasa", "蒙巴萨|モンバサ|몸바사|Момбаса|مومباسا"},
	{"Maseru", "马塞卢|マセル|Масеру|ماسيرو"},
	{"Monrovia", "蒙罗维亚|モンロビア|몬로비아|Монровия|مونروفيا"},
	{"Misrata", "مصراتة|米苏拉塔|ミスラタ|Мисрата|Мисурата"},
	{"Sirte", "苏尔特|Сирт"},
	{"Antananarivo", "塔那那利佛|アンタナナリボ|안타나나리보|Антананариву|أنتاناناريفو"},
	{"Lilongwe", "利隆圭|リロングウェ|릴롱궤|Лилонгве|ليلونغوي"},
	{"Bamako", "巴马科|バマコ|바마코|Бамако|باماكو"},
	{"Timbuktu", "廷巴克图|トンブクトゥ|팀북투|Томбукту|تمبكتو|Tombuctú"},
	{"Nouakchott", "努瓦克肖特|ヌアクショット|누악쇼트|Нуакшот|نواكشوط"},
	{"Port Louis", "路易港|ポートルイス|Порт-Луи|بورت لويس"},
	{"Marrakech", "مراكش|马拉喀什|マラケシュ|마라케시|Марракеш|Marrakesch"},
	{"Tangier", "طنجة|丹吉尔|タンジール|탕헤르|Танжер"},
	{"Maputo", "马普托|マプト|마푸투|Мапуту|مابوتو"},
	{"Windhoek", "温得和克|ウィントフック|빈트후크|Виндхук|ويندهوك"},
	{"Niamey", "尼亚美|ニアメ|니아메|Ниамей|نيامي"},
	{"Maiduguri", "迈杜古里|マイドゥグリ|Майдугури|مايدوغوري"},
	{"Kigali", "基加利|キガリ|키갈리|Кигали|كيغالي"},
	{"Freetown", "弗里敦|フリータウン|프리타운|Фритаун|فريتاون"},
	{"Hargeisa", "هرجيسا|哈尔格萨|ハルゲイサ|Харгейса"},
	{"Pretoria", "比勒陀利亚|プレトリア|프리토리아|Претория|بريتوريا|प्रिटोरिया"},
	{"Durban", "德班|ダーバン|Дурбан|ديربان|डरबन"},
	{"Juba", "朱巴|ジュバ|주바|Джуба|جوبا"},
	{"Omdurman", "أم درمان|恩图曼|オムドゥルマン|Омдурман"},
	{"Port Sudan", "بورتسودان|بور سودان|苏丹港|ポートスーダン|Порт-Судан"},
	{"Darfur", "دارفور|达尔富尔|ダルフール|다르푸르|Дарфур"},
	{"El Fasher", "الفاشر|法希尔|Эль-Фашер"},
	{"Kordofan", "كردفان|科尔多凡|コルドファン|Кордофан"},
	{"Dodoma", "多多马|ドドマ|도도마|Додома|دودوما"},
	{"Dar es Salaam", "达累斯萨拉姆|ダルエスサラーム|다르에스살람|Дар-эс-Салам"},
	{"Zanzibar", "زنجبار|桑给巴尔|ザンジバル|잔지바르|Занзибар|Sansibar"},
	{"Lomé", "洛美|ロメ|Ломе"},
	{"Kampala", "坎帕拉|カンパラ|캄팔라|Кампала|كمبالا"},
	{"Lusaka", "卢萨卡|ルサカ|루사카|Лусака|لوساكا"},
	{"Harare", "哈拉雷|ハラレ|하라레|Хараре|هراري|हरारे"},
	// Americas
	{"Washington", "华盛顿|華盛頓|ワシントン|워싱턴|Вашингтон|واشنطن|واشنگتن|वाशिंगटन|วอชิงตัน|וושינגטון"},
	{"NASA", "НАСА|ناسا|नासा|美国国家航空航天局|米航空宇宙局|미국항공우주국"},
	{"White House", "白宫|白宮|ホワイトハウス|백악관|Белый дом|البيت الأبيض|Casa Blanca|Maison Blanche|Weißes Haus|Casa Bianca|Casa Branca|Biały Dom"},
	{"New York", "纽约|紐約|ニューヨーク|뉴욕|Нью-Йорк|نيويورك|न्यूयॉर्क|ניו יורק|Nueva York|Nowy Jork"},
	{"Los Angeles", "洛杉矶|洛杉磯|ロサンゼルス|로스앤젤레스|Лос-Анджелес|لوس أنجلوس"},
	{"United States", "米国|アメリカ|美國|美国|Штаты|США|Estados Unidos|États-Unis|EE. UU.|EE.UU."},
	{"Mexico City", "墨西哥城|メキシコシティ|멕시코시티|Мехико|مكسيكو سيتي|Ciudad de México|Mexiko-Stadt|Città del Messico"},
	{"Havana", "哈瓦那|ハバナ|아바나|Гавана|هافانا|La Habana|La Havane|Havanna|L'Avana"},
	{"Caracas", "加拉加斯|カラカス|카라카스|Каракас|كاراكاس"},
	{"Bogotá", "波哥大|ボゴタ|보고타|Богота|بوغوتا"},
	{"Brasília", "巴西利亚|ブラジリア|브라질리아|Бразилиа|برازيليا"},
	{"São Paulo", "圣保罗|サンパウロ|상파울루|Сан-Паулу|ساو باولو"},
	{"Buenos Aires", "布宜诺斯艾利斯|ブエノスアイレス|부에노스아이레스|Буэнос-Айрес|بوينس آيرس"},
	{"Ottawa", "渥太华|オタワ|오타와|Оттава|أوتاوا"},
	{"Toronto", "多伦多|トロント|토론토|Торонто|تورنتو"},
	{"Nassau", "拿骚|ナッソー|Нассау"},
	{"Bridgetown", "布里奇敦|ブリッジタウン|Бриджтаун"},
	{"Belmopan", "贝尔莫潘|ベルモパン|Бельмопан"},
	{"La Paz", "拉巴斯|ラパス|라파스|Ла-Пас|لاباز"},
	{"Medellín", "麦德林|メデジン|메데인|Медельин|ميديلين"},
	{"Guantánamo", "غوانتانامو|关塔那摩|關塔那摩|グアンタナモ|관타나모|Гуантанамо"},
	{"Santo Domingo", "圣多明各|サントドミンゴ|산토도밍고|Санто-Доминго|سانتو دومينغو"},
	{"Quito", "キト|Кито"},
	{"Galápagos", "加拉帕戈斯|Галапагос|Галапагосские острова"},
	{"San Salvador", "圣萨尔瓦多|サンサルバドル|산살바도르|Сан-Сальвадор|سان سلفادور"},
	{"Guatemala City", "危地马拉城|グアテマラシティ|과테말라시티|مدينة غواتيمالا|Ciudad de Guatemala"},
	{"Port-au-Prince", "太子港|ポルトープランス|포르토프랭스|Порт-о-Пренс|بورت أو برنس|Puerto Príncipe"},
	{"Tegucigalpa", "特古西加尔巴|テグシガルパ|테구시갈파|Тегусигальпа|تيغوسيغالبا"},
	{"Managua", "马那瓜|マナグア|마나과|Манагуа|ماناغوا"},
	{"Panama City", "巴拿马城|パナマシティ|파나마시티|مدينة بنما|Ciudad de Panamá"},
	{"Panama Canal", "巴拿马运河|巴拿馬運河|パナマ運河|파나마운하|Панамский канал|قناة بنما|Canal de Panamá|Canal de Panama|Panamakanal|Canale di Panama|Kanał Panamski"},
	{"Asunción", "亚松森|アスンシオン|아순시온|Асунсьон|أسونسيون"},
	{"Lima", "リマ|Лима|ليما|लीमा"},
	{"Cusco", "库斯科|クスコ|쿠스코|Куско|كوسكو"},
	{"Machu Picchu", "马丘比丘|マチュピチュ|마추픽추|Мачу-Пикчу|ماتشو بيتشو"},
	{"Paramaribo", "帕拉马里博|パラマリボ|파라마리보|Парамарибо"},
	{"Port of Spain", "ポートオブスペイン|포트오브스페인|Порт-оф-Спейн|بورت أوف سبين|Puerto España"},
	{"Montevideo", "蒙得维的亚|モンテビデオ|몬테비데오|Монтевидео|مونتيفيديو"},
	{"Montreal", "蒙特利尔|蒙特婁|モントリオール|몬트리올|Монреаль|مونتريال"},
	{"Vancouver", "温哥华|溫哥華|バンクーバー|밴쿠버|Ванкувер|فانكوفر"},
	{"Tijuana", "蒂华纳|ティフアナ|티후아나|Тихуана|تيخوانا"},
	{"Cancún", "坎昆|カンクン|칸쿤|Канкун|كانكون"},
	{"Chicago", "芝加哥|シカゴ|시카고|Чикаго|شيكاغو|شیکاگو|शिकागो|שיקגו|Σικάγο|ชิคาโก"},
	{"Houston", "休斯敦|ヒューストン|휴스턴|Хьюстон|هيوستن"},
	{"San Francisco", "旧金山|舊金山|サンフランシスコ|샌프란시스코|Сан-Франциско|سان فرانسيسكو|सैन फ्रांसिस्को|Σαν Φρανσίσκο"},
	{"Miami", "迈阿密|邁阿密|マイアミ|마이애미|Майами|ميامي|Μαϊάμι"},
	{"Boston", "波士顿|波士頓|ボストン|보스턴|Бостон|بوسطن|Βοστώνη"},
	{"Seattle", "西雅图|西雅圖|シアトル|시애틀|Сиэтл|سياتل"},
	{"Atlanta", "亚特兰大|亞特蘭大|アトランタ|애틀랜타|أتلانتا"},
	{"Philadelphia", "フィラデルフィア|필라델피아|Филадельфия|فيلادلفيا|Φιλαδέλφεια|Filadelfia"},
	{"Detroit", "底特律|デトロイト|디트로이트|Детройт|ديترويت"},
	{"Las Vegas", "拉斯维加斯|拉斯維加斯|ラスベガス|라스베이거스|Лас-Вегас|لاس فيغاس"},
	{"New Orleans", "新奥尔良|紐奧良|ニューオーリンズ|뉴올리언스|Новый Орлеан|نيو أورلينز|Nueva Orleans|Nouvelle-Orléans"},
	{"Silicon Valley", "硅谷|矽谷|シリコンバレー|실리콘밸리|Кремниевая долина|وادي السيليكون"},
	{"Wall Street", "华尔街|華爾街|ウォール街|Уолл-стрит|وول ستريت"},
	{"Pentagon", "五角大楼|五角大樓|Пентагон|البنتاغون|پنتاگون|פנטגון|Πεντάγωνο|הפנטגון"},
}

// A runPlace is what the index of unspaced scripts knows about a string: a
// name (region Other for a runStop), the first two characters of longer
// names, or both.
type runPlace struct {
	region  Region
	country Country
	name    bool
	// subdivision: the name is a province's, state's or prefecture's
	// (see the placeFlag of that name).
	subdivision bool
	rule        runRule
	// longest is, for the first two characters of names, the length in
	// bytes of the longest of them; 0 if no name begins so.
	longest uint8
}

// A runRule says where in a run of text a name may stand.
type runRule uint8

const (
	anywhere  runRule = iota // Han, Thai
	kanaWord                 // all in katakana: the whole katakana word
	wordStart                // Korean: begins a word
)

// worldNames gathers the names in other languages: key to region, with the
// name as first spelled, and keys two countries share dropped.
type worldNames struct {
	seen      map[string]placeRef // names as spelled, many languages sharing one
	names     map[string]worldName
	countries map[string]placeRef // the English gazetteer, which wins
}

// A worldName is a name in another language. One that two regions share
// is dropped (clash); one that two countries of a region share keeps the
// region and names no country.
type worldName struct {
	name  string
	ref   placeRef
	flags placeFlags
	clash bool
}

func (w *worldNames) add(name string, ref placeRef, flags placeFlags) {
	if seen, ok := w.seen[name]; ok && seen == ref {
		return
	}
	w.seen[name] = ref
	key := string(nameKey(nil, name))
	if key == "" || nameStops[key] {
		return
	}
	if _, ok := w.countries[key]; ok {
		return
	}
	if old, ok := w.names[key]; ok {
		switch {
		case old.ref.region != ref.region:
			old.clash = true
		case old.ref.country != ref.country:
			old.ref.country = 0
		}
		w.names[key] = old
		return
	}
	w.names[key] = worldName{name: name, ref: ref, flags: flags}
}

// addWorldNames adds every country's CLDR name in other languages, the
// scriptPlaces and subdivisions, and the Russian and Ukrainian case forms of both, to the
// country index, and to the text index or the run index.
func (b *indexBuilder) addWorldNames() {
	w := worldNames{seen: make(map[string]placeRef, 30000), names: make(map[string]worldName, 25000), countries: b.countries}
	type namer struct {
		names display.Namer
		latin bool // its Latin names are wanted
	}
	var namers []namer
	for _, tag := range display.Supported.Tags() {
		base, _, region := tag.Raw()
		if base.String() == "en" || region.String() != "ZZ" {
			continue // English is the gazetteer; a country's variant adds little
		}
		if names := display.Regions(tag); names != nil {
			namers = append(namers, namer{names, latinLanguages[base.String()]})
		}
	}
	english := display.English.Regions()
	for _, c := range isoCountries() {
		if noWorldNames[c.String()] {
			continue
		}
		country := countryOf(c.String())
		ref := placeRef{region: country.Region(), country: country}
		if ref.region == Other {
			// Not a nation of the gazetteer, but maybe a place in one:
			// the Canary Islands (IC) are Spain.
			var ok bool
			if ref, ok = b.countries[string(nameKey(nil, cldrEnglish(english.Name(c))))]; !ok {
				continue
			}
		}
		for _, n := range namers {
			name := n.names.Name(c)
			if isLatin(name) && (!n.latin || !wantLatin(name)) {
				continue
			}
			w.add(name, ref, 0)
			for _, form := range caseForms(name) {
				w.add(form, ref, 0)
			}
		}
	}
	addPlaces := func(table, english, names string, flags placeFlags) {
		ref, ok := b.countries[string(nameKey(nil, english))]
		if !ok {
			panic("model: " + table + " names " + english + ", which the gazetteer lacks")
		}
		for name := range strings.SplitSeq(names, "|") {
			w.add(name, ref, flags)
			for _, form := range caseForms(name) {
				w.add(form, ref, flags)
			}
		}
	}
	for _, p := range scriptPlaces {
		addPlaces("scriptPlaces", p.english, p.names, 0)
	}
	curated := map[Country]bool{}
	for _, s := range subdivisions {
		addPlaces("subdivisions", s.country, s.names, subdivision)
		curated[b.countries[string(nameKey(nil, s.country))].country] = true
	}
	// The other countries' divisions as ISO 3166-2 names them: a story of
	// a quake in Arequipa or a cyclone in Khulna need not name Peru or
	// Bangladesh. A name two countries share is left out (clash), and so
	// is one the English gazetteer has.
	for _, s := range isoSubdivisions {
		country := countryOf(s.code)
		ref := placeRef{region: country.Region(), country: country}
		if curated[country] || ref.region == Other {
			continue
		}
		for name := range strings.SplitSeq(s.names, "|") {
			w.add(name, ref, subdivision)
		}
	}
	for key, n := range w.names {
		if n.clash {
			continue
		}
		if _, ok := b.text[key]; ok {
			continue // a headline phrase or region alias of that spelling
		}
		b.countries[key] = n.ref
		if isRun(key) {
			b.addRun(key, n.ref, n.flags&subdivision != 0, false)
		} else {
			b.addText(n.ref, n.name, n.flags)
		}
	}
	for name := range strings.SplitSeq(runStops, "|") {
		b.addRun(name, placeRef{}, false, true)
	}
}

// addRun adds a name in a script written without spaces to the run index,
// unless it is shorter than two characters or has a space.
func (b *indexBuilder) addRun(key string, ref placeRef, sub, stop bool) {
	n := utf8.RuneCountInString(key)
	if n < 2 || strings.Contains(key, " ") || len(key) > 255 {
		return
	}
	rule := anywhere
	switch {
	case allRunes(key, isKatakana):
		rule = kanaWord
	case allRunes(key, func(c rune) bool { return unicode.Is(unicode.Hangul, c) }):
		rule = wordStart
	}
	p := b.runs[key]
	if p.name && p.region != ref.region && !stop {
		return
	}
	country := ref.country
	if p.name && !stop {
		country = b.merge("r"+key, p.country, country)
		sub = sub && p.subdivision
	}
	p.subdivision = sub && !stop
	p.region, p.country, p.name, p.rule = ref.region, country, true, rule
	b.runs[key] = p
	_, s0 := utf8.DecodeRuneInString(key)
	_, s1 := utf8.DecodeRuneInString(key[s0:])
	first := b.runs[key[:s0+s1]]
	first.longest = max(first.longest, uint8(len(key)))
	b.runs[key[:s0+s1]] = first
}

// matchRuns finds the names of the run index in a word of text that has
// characters of a script written without spaces, and adds them to f.
func matchRuns(runs map[string]runPlace, w []byte, f *found) {
	for p := range runPlaces(runs, w) {
		f.add(p.region, p.country)
	}
}

// runPlaces yields the names of the run index in a word of text that has
// characters of a script written without spaces, longest first where two
// begin at one character, with where they stand in w.
func runPlaces(runs map[string]runPlace, w []byte) iter.Seq2[runPlace, [2]int] {
	return func(yield func(runPlace, [2]int) bool) {
		for i := 0; i < len(w); {
			c, size := utf8.DecodeRune(w[i:])
			two := i + size
			if two < len(w) {
				_, s := utf8.DecodeRune(w[two:])
				two += s
			}
			first, ok := runs[string(w[i:two])]
			if !ok || first.longest == 0 || !unbroken(c) {
				i += size
				continue
			}
			end := 0
			for e := min(i+int(first.longest), len(w)); e >= two; e-- {
				if e < len(w) && !utf8.RuneStart(w[e]) {
					continue
				}
				if p, ok := runs[string(w[i:e])]; ok && p.name && p.fits(w, i, e) {
					if !yield(p, [2]int{i, e}) {
						return
					}
					end = e
					break
				}
			}
			if end == 0 {
				i += size
				continue
			}
			i = end
		}
	}
}

// fits reports whether the name at w[i:e] stands where its rule allows.
func (p runPlace) fits(w []byte, i, e int) bool {
	before, _ := utf8.DecodeLastRune(w[:i])
	switch p.rule {
	case kanaWord:
		after, _ := utf8.DecodeRune(w[e:])
		return !isKatakana(before) && !isKatakana(after)
	case wordStart:
		return !unicode.Is(unicode.Hangul, before)
	}
	return true
}

func isKatakana(c rune) bool {
	return unicode.Is(unicode.Katakana, c) || c == 'ー'
}

func allRunes(s string, f func(rune) bool) bool {
	for _, c := range s {
		if !f(c) {
			return false
		}
	}
	return true
}

// isRun reports whether a key has a character of a script written without
// spaces.
func isRun(key string) bool {
	for _, c := range key {
		if unbroken(c) {
			return true
		}
	}
	return false
}

// isLatin reports whether a name's letters are all Latin.
func isLatin(name string) bool {
	for _, c := range name {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

// wantLatin reports whether a Latin-script name from another language is
// safe to look for: four letters or more, and capitalised.
func wantLatin(name string) bool {
	letters := 0
	for _, c := range name {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	first, _ := utf8.DecodeRuneInString(name)
	return letters >= 4 && unicode.IsUpper(first)
}

// cldrEnglish turns CLDR's English name of a country into the gazetteer's:
// "Myanmar (Burma)" is Myanmar, "Hong Kong SAR China" is Hong Kong.
func cldrEnglish(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	return strings.TrimSuffix(name, " SAR China")
}

// isoCountries lists the ISO 3166 countries and territories x/text knows,
// under their current codes (not "BU" for Myanmar nor "UK" for GB).
func isoCountries() []language.Region {
	var out []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil && r.IsCountry() && r.Canonicalize() == r {
				out = append(out, r)
			}
		}
	}
	return out
}

// arabicForms are an Arabic name with the particles written glued to it
// in running text: "in" (ب), "and" (و), "and in" (وب), "to" (ل, which
// takes the article's alif: لل for ال). "بشبرا الخيمة" is in Shubra
// el-Kheima, "بالقاهرة" in Cairo.
func arabicForms(name string) []string {
	if utf8.RuneCountInString(name) < 3 {
		return nil
	}
	forms := []string{"ب" + name, "و" + name, "وب" + name}
	if rest, ok := strings.CutPrefix(name, "ال"); ok {
		return append(forms, "لل"+rest)
	}
	return append(forms, "ل"+name)
}

// hebrewForms are a Hebrew name with the prefixes written glued to it:
// "in" (ב), "to" (ל), "from" (מ), "and" (ו) and "and in", "and to", "and
// from", and "that is in" (שב): "באבאדן שבאיראן" is in Abadan, in Iran.
// A name of two letters gets none.
func hebrewForms(name string) []string {
	if utf8.RuneCountInString(name) < 3 || strings.Contains(name, " ") {
		return nil
	}
	forms := make([]string, 0, 8)
	for _, p := range [...]string{"ב", "ל", "מ", "ו", "וב", "ול", "ומ", "שב"} {
		forms = append(forms, p+name)
	}
	return forms
}

// bengaliForms are a Bengali name with the case endings written glued to
// it: the genitive and the locative ("ভারতের", "ভারতে"; "মুম্বইয়ের",
// "মুম্বইয়ে"; "ঢাকার", "ঢাকায়"). "য়" is written both as one letter and
// as য and a nukta. A name of two letters or of two words gets none.
func bengaliForms(name string) []string {
	if utf8.RuneCountInString(name) < 3 || strings.Contains(name, " ") {
		return nil
	}
	forms := make([]string, 0, 16)
	for _, e := range [...]string{"ের", "ে", "এর", "এ", "র", "তে", "য়ের", "য়ে", "য়", "য়ের", "য়ে", "য়"} {
		forms = append(forms, name+e)
	}
	return forms
}

// caseForms gives the common case forms of a one-word Russian or Ukrainian
// name in the nominative ("Россия": "России", "Россию", "Россией"), so that
// "в Москве" is Moscow. Names shorter than four letters get none: their
// forms are too often other words.
func caseForms(name string) []string {
	first, _ := utf8.DecodeRuneInString(name)
	if unicode.Is(unicode.Arabic, first) {
		return arabicForms(name)
	}
	if unicode.Is(unicode.Hebrew, first) {
		return hebrewForms(name)
	}
	if unicode.Is(unicode.Bengali, first) {
		return bengaliForms(name)
	}
	if strings.ContainsAny(name, " -") || utf8.RuneCountInString(name) < 4 {
		return nil
	}
	last, size := utf8.DecodeLastRuneInString(name)
	if !unicode.Is(unicode.Cyrillic, last) {
		return nil
	}
	stem := name[:len(name)-size]
	var ends []string
	switch {
	case strings.HasSuffix(name, "ия"):
		stem = name[:len(name)-len("ия")]
		ends = []string{"ии", "ию", "ией"}
	case strings.HasSuffix(name, "ія"):
		stem = name[:len(name)-len("ія")]
		ends = []string{"ії", "ію", "ією"}
	case last == 'а':
		ends = []string{"ы", "и", "і", "е", "у", "ой", "ою"}
	case last == 'я':
		ends = []string{"и", "і", "е", "ю", "ей", "ею"}
	case last == 'й':
		ends = []string{"я", "е", "ю", "ем"}
	case last == 'ь':
		ends = []string{"я", "е", "ю", "ем"}
	case unicode.IsLetter(last) && !strings.ContainsRune("аеёиоуыэюяіїєь", last):
		stem = name
		ends = []string{"а", "е", "у", "ом", "і"}
	}
	forms := make([]string, len(ends))
	for i, e := range ends {
		forms[i] = stem + e
	}
	return forms
}
