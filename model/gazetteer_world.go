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
	{"Delhi", "दिल्ली|德里|デリー|Дели|دلهي"},
	{"Mumbai", "मुंबई|孟买|ムンバイ|뭄바이|Мумбаи|مومباي"},
	{"Kolkata", "कोलकाता"},
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
	// Europe
	{"Moscow", "Москва|Маскоў|莫斯科|モスクワ|모스크바|موسكو|مسکو|मॉस्को|มอสโก|מוסקבה|Moscou|Moscú|Moskau|Mosca|Moskwa|Moskova"},
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
	{"Istanbul", "Стамбул|伊斯坦布尔|イスタンブール|이스탄불|إسطنبول|استانبول|Estambul"},
	{"Geneva", "Женева|日内瓦|ジュネーブ|제네바|جنيف|Ginebra|Genève|Genf|Ginevra|Genebra|Genewa"},
	{"Prague", "Прага|布拉格|プラハ|프라하|براغ|Praga|Prag|Praha"},
	{"Budapest", "Будапешт|布达佩斯|ブダペスト|부다페스트|بودابست"},
	{"Lisbon", "Лиссабон|里斯本|リスボン|리스본|لشبونة|Lisboa|Lisbonne|Lissabon|Lisbona|Lizbona"},
	{"Copenhagen", "Копенгаген|哥本哈根|コペンハーゲン|Copenhague|Kopenhagen|København"},
	{"Stockholm", "Стокгольм|斯德哥尔摩|ストックホルム|스톡홀름|Estocolmo|Sztokholm|Tukholma"},
	{"Munich", "Мюнхен|慕尼黑|ミュンヘン|뮌헨|ميونخ|München|Múnich|Monaco di Baviera|Monachium"},
	{"Belgrade", "Београд|Белград|贝尔格莱德|Beograd|Belgrado"},
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
	{"Dubai", "دبي|迪拜|ドバイ|두바이|Дубай|दुबई"},
	{"Abu Dhabi", "أبوظبي|أبو ظبي|阿布扎比|アブダビ|아부다비|Абу-Даби"},
	{"Kuwait City", "مدينة الكويت"},
	{"Sanaa", "صنعاء|萨那|サヌア|Сана"},
	{"Muscat", "مسقط|马斯喀特"},
	{"Manama", "المنامة|麦纳麦"},
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
	// Americas
	{"Washington", "华盛顿|華盛頓|ワシントン|워싱턴|Вашингтон|واشنطن|واشنگتن|वाशिंगटन|วอชิงตัน|וושינגטון"},
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

// caseForms gives the common case forms of a one-word Russian or Ukrainian
// name in the nominative ("Россия": "России", "Россию", "Россией"), so that
// "в Москве" is Moscow. Names shorter than four letters get none: their
// forms are too often other words.
func caseForms(name string) []string {
	if first, _ := utf8.DecodeRuneInString(name); unicode.Is(unicode.Arabic, first) {
		return arabicForms(name)
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
