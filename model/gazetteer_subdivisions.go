package model

// subdivisions are the first-level divisions (provinces, states,
// prefectures, regions, Länder) of the countries most in the news, and
// their big islands, by the English name of the country they are in, in
// the Latin script and in the scripts that write about them most: their
// own, and Chinese, Japanese, Korean, Russian, Arabic, Hindi and Greek. A
// story of a blast in Shandong or a flood in Rio Grande do Sul names no
// country, and its country is what a story in another script shares with
// it. They are added as scriptPlaces are (a name the English gazetteer
// has, or two regions share, is left to it).
//
// Where they come from: the subdivision names of ISO 3166-2 for each
// country, in their usual English and Latin spellings, and for the other
// scripts the titles of the Wikipedia articles on them in those languages
// (zh, ja, ko, ru, ar, hi, el), written out by hand.
//
// Left out on purpose, because the name is as often something else: the
// US state Georgia (the country), Virginia, Victoria, Para (Pará; "for" in
// Spanish and Portuguese), Acre, Bahia (Bahía Blanca is Argentine),
// Espírito Santo, Guerrero, Hidalgo and Morelos (surnames), Mexico and
// México (the country), Saga and Mie (too short, or an English word),
// Jammu alone, and in Korean 장시 (Jiangxi; "a long time") and 산시 (two
// provinces). Japanese prefectures that are as often a surname (石川,
// 山口, 香川, 宮崎, 千葉, 福井, 長野, 秋田, 岡山, 福島 is the city and
// the nuclear plant) are written with 県 or 县.
var subdivisions = [...]struct{ country, names string }{
	// China: provinces, autonomous regions, municipalities
	{"China", "Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|" +
		"Liaoning|Ningxia|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Inner Mongolia|" +
		"安徽|福建|甘肃|甘肅|广东|廣東|广西|廣西|贵州|貴州|海南|河北|黑龙江|黑龍江|河南|湖北|湖南|江苏|江蘇|江西|吉林省|" +
		"辽宁|遼寧|宁夏|寧夏|青海|陕西|陝西|山东|山東|山西|四川|云南|雲南|浙江|内蒙古|重庆|重慶|天津|" +
		"안후이|푸젠|간쑤|광둥|구이저우|하이난|허베이|헤이룽장|허난|후베이|후난|장쑤|지린성|랴오닝|닝샤|칭하이|" +
		"산둥|쓰촨|윈난|네이멍구|충칭|톈진|" +
		"Аньхой|Фуцзянь|Ганьсу|Гуандун|Гуанси|Гуйчжоу|Хайнань|Хэбэй|Хэйлунцзян|Хэнань|Хубэй|Хунань|Цзянсу|Цзянси|" +
		"Ляонин|Цинхай|Шэньси|Шаньдун|Шаньси|Сычуань|Юньнань|Чжэцзян|Внутренняя Монголия|Чунцин|Тяньцзинь|" +
		"Guangdong|Setchouan|Sichuán"},
	// Japan: prefectures and the main islands
	{"Japan", "Aomori|Iwate|Miyagi|Akita|Yamagata|Ibaraki|Tochigi|Gunma|Saitama|Chiba|Kanagawa|Niigata|Toyama|Ishikawa|" +
		"Fukui|Yamanashi|Nagano|Gifu|Shizuoka|Aichi|Shiga|Hyogo|Hyōgo|Nara|Wakayama|Tottori|Shimane|Okayama|Yamaguchi|" +
		"Tokushima|Kagawa|Ehime|Kochi|Kōchi|Fukuoka|Kumamoto|Oita|Ōita|Miyazaki|Kagoshima|Honshu|Kyushu|Kyūshū|Shikoku|" +
		"Sapporo|Sendai|Nagoya|" +
		"北海道|青森|岩手|宮城県|秋田県|山形県|茨城|栃木|群馬|埼玉|千葉県|神奈川|新潟|富山県|石川県|福井県|山梨県|長野県|岐阜|静岡|愛知|" +
		"三重県|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山県|山口県|高知県|徳島|香川県|愛媛|福岡|佐賀県|長崎|熊本|大分県|宮崎県|" +
		"鹿児島|九州|本州|能登|札幌|仙台|神戸|名古屋|" +
		"青森县|岩手县|秋田县|山形县|茨城县|栃木县|群马|埼玉县|千叶县|神奈川县|新潟县|富山县|石川县|福井县|山梨县|" +
		"长野县|岐阜县|静冈|爱知|三重县|滋贺|兵库|奈良县|和歌山县|鸟取|岛根|冈山县|山口县|德岛|香川县|爱媛|高知县|" +
		"福冈|佐贺县|长崎|熊本|大分县|宫崎县|鹿儿岛|北海道|札幌|仙台|神户|名古屋|" +
		"홋카이도|아오모리|이와테|미야기|아키타|야마가타|이바라키|도치기|군마|사이타마|지바|가나가와|니가타|도야마|" +
		"이시카와|후쿠이|야마나시|나가노|시즈오카|아이치|미에현|시가현|효고|나라현|와카야마|돗토리|시마네|오카야마|" +
		"야마구치|도쿠시마|가가와|에히메|고치현|후쿠오카|사가현|나가사키|구마모토|오이타|미야자키|가고시마|오키나와|" +
		"규슈|시코쿠|혼슈|삿포로|센다이|고베|나고야|" +
		"Хоккайдо|Кюсю|Сикоку|Хонсю|Фукуока|Кумамото|Нагасаки|Кагосима|Окинава|Хиросима|Саппоро|Сендай|Кобе|Нагоя|" +
		"هوكايدو|أوكيناوا|Hokkaidō"},
	// South Korea: provinces and metropolitan cities
	{"South Korea", "Gyeonggi|Gangwon|North Chungcheong|South Chungcheong|Chungcheong|North Jeolla|South Jeolla|Jeolla|" +
		"North Gyeongsang|South Gyeongsang|Gyeongsang|Gyeongbuk|Gyeongnam|Jeju|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Pohang|" +
		"경기도|강원도|충청북도|충청남도|충북|충남|전라북도|전라남도|전북|전남|경상북도|경상남도|경북|경남|제주|대구|대전|" +
		"광주|울산|세종시|인천|포항|" +
		"京畿道|江原道|忠清北道|忠清南道|全罗北道|全羅北道|全罗南道|全羅南道|庆尚北道|慶尚北道|庆尚南道|慶尚南道|济州|濟州|済州|" +
		"大邱|大田|光州|蔚山|仁川|" +
		"Кёнгидо|Чеджу|Тэгу|Тэджон|Кванджу|Ульсан|Инчхон|Пусан"},
	// India: states and union territories
	{"India", "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|" +
		"Karnataka|Kerala|Madhya Pradesh|Maharashtra|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Rajasthan|Sikkim|" +
		"ওড়িশা|ওডিশা|পশ্চিমবঙ্গ|" +
		"Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu and Kashmir|Ladakh|" +
		"Ahmedabad|Pune|Jaipur|Lucknow|Bhubaneswar|Patna|Varanasi|" +
		"आंध्र प्रदेश|अरुणाचल प्रदेश|असम|बिहार|छत्तीसगढ़|गोवा|गुजरात|हरियाणा|हिमाचल प्रदेश|झारखंड|झारखण्ड|कर्नाटक|केरल|" +
		"मध्य प्रदेश|महाराष्ट्र|मणिपुर|मेघालय|मिज़ोरम|मिजोरम|नागालैंड|ओडिशा|उड़ीसा|राजस्थान|सिक्किम|तमिलनाडु|तमिल नाडु|" +
		"तेलंगाना|त्रिपुरा|उत्तर प्रदेश|उत्तराखंड|उत्तराखण्ड|पश्चिम बंगाल|जम्मू-कश्मीर|लद्दाख|मुंबई|चेन्नई|बेंगलुरु|" +
		"हैदराबाद|अहमदाबाद|पुणे|जयपुर|लखनऊ|भुवनेश्वर|पटना|वाराणसी|" +
		"安得拉邦|阿萨姆邦|比哈尔邦|古吉拉特邦|哈里亚纳邦|卡纳塔克邦|喀拉拉邦|中央邦|马哈拉施特拉邦|奥里萨邦|奥迪沙邦|" +
		"拉贾斯坦邦|泰米尔纳德邦|特伦甘纳邦|北方邦|北阿坎德邦|西孟加拉邦|曼尼普尔邦|锡金邦|" +
		"アーンドラ・プラデーシュ州|アッサム州|ビハール州|グジャラート州|カルナータカ州|ケーララ州|マハーラーシュトラ州|" +
		"オディシャ州|ラージャスターン州|タミル・ナードゥ州|ウッタル・プラデーシュ州|西ベンガル州|" +
		"라자스탄|우타르프라데시|마하라슈트라|케랄라|타밀나두|오디샤|구자라트|비하르|" +
		"Раджастхан|Уттар-Прадеш|Махараштра|Керала|Тамилнад|Тамил-Наду|Орисса|Одиша|Гуджарат|Бихар|Ассам|Карнатака|" +
		"Западная Бенгалия|راجستان|كيرالا|أوديشا|غوجارات|البنغال الغربية|أوتار براديش|ماهاراشترا|آسام"},
	// Pakistan: provinces
	{"Pakistan", "Sindh|Khyber Pakhtunkhwa|Gilgit-Baltistan|Multan|Faisalabad|" +
		"信德省|开伯尔-普赫图赫瓦省|俾路支省|旁遮普省|シンド州|バローチスターン州|신드|Синд|Белуджистан|Хайбер-Пахтунхва|" +
		"خیبر پختونخوا|خيبر بختونخوا|بلوشستان|بلوچستان|سندھ"},
	// Russia: federal subjects most in the news
	{"Russia", "Belgorod|Bryansk|Kursk|Voronezh|Rostov|Krasnodar|Kuban|Stavropol|Volgograd|Astrakhan|Dagestan|Ingushetia|" +
		"North Ossetia|Kabardino-Balkaria|Tatarstan|Bashkortostan|Chuvashia|Udmurtia|Saratov|Nizhny Novgorod|" +
		"Kazan|Yekaterinburg|Sverdlovsk|Chelyabinsk|Perm|Tyumen|Omsk|Novosibirsk|Tomsk|Kemerovo|Kuzbass|Altai|" +
		"Krasnoyarsk|Irkutsk|Buryatia|Zabaykalsky|Transbaikal|Transbaikalia|Yakutia|Sakha|Amur|Khabarovsk|Primorye|" +
		"Primorsky|Vladivostok|Sakhalin|Kamchatka|Magadan|Chukotka|Murmansk|Arkhangelsk|Karelia|Komi|Leningrad|" +
		"Saint Petersburg|St Petersburg|St. Petersburg|Pskov|Novgorod|Tver|Yaroslavl|Kaluga|Tula|Ryazan|Smolensk|Lipetsk|Tambov|" +
		"Orenburg|Penza|Ulyanovsk|Siberia|Urals|" +
		"Белгород|Брянск|Курск|Воронеж|Ростов|Краснодар|Кубань|Ставрополь|Волгоград|Астрахань|Дагестан|Ингушетия|" +
		"Северная Осетия|Кабардино-Балкария|Татарстан|Башкортостан|Башкирия|Чувашия|Удмуртия|Самара|Саратов|" +
		"Нижний Новгород|Казань|Екатеринбург|Свердловск|Челябинск|Пермь|Тюмень|Омск|Новосибирск|Томск|Кемерово|Кузбасс|" +
		"Алтай|Красноярск|Иркутск|Бурятия|Забайкалье|Забайкальский край|Якутия|Амур|Хабаровск|Приморье|Владивосток|" +
		"Сахалин|Камчатка|Магадан|Чукотка|Мурманск|Архангельск|Карелия|Коми|Ямал|Подмосковье|Псков|Тверь|Ярославль|" +
		"Калуга|Тула|Рязань|Смоленск|Липецк|Тамбов|Оренбург|Пенза|Ульяновск|Сибирь|Урал|" +
		"Белгородская область|Курская область|Брянская область|Московская область|Ленинградская область|" +
		"Ростовская область|Иркутская область|Свердловская область|Челябинская область|Новосибирская область|" +
		"Краснодарский край|Красноярский край|Приморский край|Хабаровский край|Камчатский край|Алтайский край|" +
		"别尔哥罗德|库尔斯克|布良斯克|车臣|达吉斯坦|鞑靼斯坦|喀山|叶卡捷琳堡|新西伯利亚|克拉斯诺亚尔斯克|伊尔库茨克|" +
		"贝加尔|雅库特|哈巴罗夫斯克|符拉迪沃斯托克|海参崴|萨哈林|库页岛|堪察加|西伯利亚|外贝加尔|" +
		"ベルゴロド|クルスク|ブリャンスク|チェチェン|ダゲスタン|タタルスタン|カザン|エカテリンブルク|ノボシビルスク|" +
		"クラスノヤルスク|イルクーツク|ヤクーチア|ハバロフスク|ウラジオストク|サハリン|カムチャツカ|シベリア|ザバイカル|" +
		"벨고로드|쿠르스크|브랸스크|체첸|다게스탄|타타르스탄|카잔|예카테린부르크|노보시비르스크|이르쿠츠크|야쿠티야|" +
		"하바롭스크|블라디보스토크|사할린|캄차카|시베리아|" +
		"بيلغورود|كورسك|بريانسك|الشيشان|داغستان|تتارستان|قازان|سيبيريا|فلاديفوستوك"},
	// Brazil: states
	{"Brazil", "Rio Grande do Sul|Rio Grande do Norte|Santa Catarina|Minas Gerais|Goiás|Mato Grosso|" +
		"Mato Grosso do Sul|Pernambuco|Ceará|Maranhão|Piauí|Alagoas|Sergipe|Paraíba|Rondônia|Roraima|Amapá|Tocantins|" +
		"Porto Alegre|Belo Horizonte|Recife|Fortaleza|Manaus|Curitiba|Florianópolis|Belém|Salvador da Bahia|" +
		"南里奥格兰德|圣卡塔琳娜|米纳斯吉拉斯|巴拉那州|伯南布哥|亚马孙州|阿雷格里港|里约热内卢|贝洛奥里藏特|马瑙斯|" +
		"リオグランデ・ド・スル|サンタカタリーナ|ミナスジェライス|パラナ州|アマゾナス州|ポルトアレグレ|リオデジャネイロ|" +
		"히우그란지두술|미나스제라이스|포르투알레그리|리우데자네이루|" +
		"Риу-Гранди-ду-Сул|Минас-Жерайс|Порту-Алегри|Рио-де-Жанейро|Сан-Паулу|Манаус|" +
		"ريو غراندي دو سول|ريو دي جانيرو|بورتو أليغري"},
	// Mexico: states
	{"Mexico", "Aguascalientes|Baja California|Baja California Sur|Campeche|Coahuila|Colima|Durango|Guanajuato|Jalisco|" +
		"Michoacán|Nayarit|Nuevo León|Puebla|Querétaro|Quintana Roo|San Luis Potosí|Sonora|Tamaulipas|Tlaxcala|Veracruz|" +
		"Yucatán|Zacatecas|Chihuahua|Culiacán|Mazatlán|Tulum|" +
		"瓦哈卡|恰帕斯|锡那罗亚|哈利斯科|韦拉克鲁斯|奇瓦瓦|尤卡坦|格雷罗州|米却肯|新莱昂|下加利福尼亚|" +
		"オアハカ|チアパス|シナロア|ハリスコ|ベラクルス|チワワ州|ユカタン|ゲレロ州|ミチョアカン|ヌエボ・レオン|" +
		"오악사카|치아파스|시날로아|할리스코|베라크루스|치와와주|유카탄|게레로주|" +
		"Оахака|Чьяпас|Синалоа|Халиско|Веракрус|Чиуауа|Юкатан|Герреро|Мичоакан|Нуэво-Леон"},
	// United States: states in other scripts (the English gazetteer has them)
	{"United States", "加利福尼亚|加州|得克萨斯|德克萨斯|佛罗里达|纽约州|佐治亚州|华盛顿州|伊利诺伊|俄亥俄|密歇根|" +
		"宾夕法尼亚|亚利桑那|内华达|夏威夷|阿拉斯加|路易斯安那|北卡罗来纳|南卡罗来纳|弗吉尼亚|科罗拉多|俄勒冈|" +
		"カリフォルニア|テキサス|フロリダ|ニューヨーク州|ジョージア州|ワシントン州|イリノイ|オハイオ|ミシガン|" +
		"ペンシルベニア|アリゾナ|ネバダ|ハワイ|アラスカ|ルイジアナ|ノースカロライナ|サウスカロライナ|バージニア州|" +
		"코로라도|캘리포니아|텍사스|플로리다|뉴욕주|조지아주|워싱턴주|일리노이|오하이오|미시간|펜실베이니아|애리조나|" +
		"네바다|하와이|알래스카|루이지애나|노스캐롤라이나|사우스캐롤라이나|버지니아주|콜로라도|오리건|" +
		"Калифорния|Техас|Флорида|Иллинойс|Огайо|Мичиган|Пенсильвания|Аризона|Невада|Гавайи|Аляска|Луизиана|Вирджиния|" +
		"Колорадо|Орегон|Северная Каролина|" +
		"كاليفورنيا|تكساس|فلوريدا|إلينوي|أوهايو|ميشيغان|بنسلفانيا|أريزونا|نيفادا|هاواي|ألاسكا|لويزيانا|فرجينيا|" +
		"कैलिफ़ोर्निया|कैलिफोर्निया|टेक्सास|फ्लोरिडा|Καλιφόρνια|Τέξας|Φλόριντα|Αλάσκα|Χαβάη|" +
		"Kalifornien|Californie|Californië|Kalifornia|Floride|Floryda|Teksas|Texas|Luisiana|Louisiane|Hawái|Havaí|" +
		"Carolina del Norte|Caroline du Nord|Nord-Carolina|Carolina do Norte|Pensilvania|Pennsylvanie|Pensilvânia"},
	// Canada: provinces in other scripts
	{"Canada", "艾伯塔|阿尔伯塔|不列颠哥伦比亚|安大略|魁北克|曼尼托巴|萨斯喀彻温|新斯科舍|" +
		"アルバータ|ブリティッシュコロンビア|ブリティッシュ・コロンビア|オンタリオ|ケベック|マニトバ|サスカチュワン|" +
		"앨버타|브리티시컬럼비아|온타리오|퀘벡|매니토바|서스캐처원|" +
		"Альберта|Британская Колумбия|Онтарио|Квебек|Манитоба|Саскачеван|" +
		"ألبرتا|كولومبيا البريطانية|أونتاريو|كيبيك|Άλμπερτα|Οντάριο|Κεμπέκ|" +
		"Colombie-Britannique|Colombia Británica|Britisch-Kolumbien|Columbia Britannica|Colúmbia Britânica|Québec"},
	// Australia: states and territories in other scripts
	{"Australia", "昆士兰|新南威尔士|维多利亚州|塔斯马尼亚|西澳大利亚|南澳大利亚|北领地|悉尼|阿德莱德|布里斯班|" +
		"クイーンズランド|ニューサウスウェールズ|ビクトリア州|タスマニア|西オーストラリア|南オーストラリア|シドニー|" +
		"アデレード|ブリスベン|퀸즐랜드|뉴사우스웨일스|빅토리아주|태즈메이니아|시드니|애들레이드|브리즈번|" +
		"Квинсленд|Новый Южный Уэльс|Тасмания|Сидней|Брисбен|كوينزلاند|نيو ساوث ويلز|سيدني|" +
		"Nouvelle-Galles du Sud|Nueva Gales del Sur|Neusüdwales|Nuovo Galles del Sud|Nova Gales do Sul|Tasmanie|Tasmanien"},
	// Indonesia and the Philippines: big islands and provinces
	{"Indonesia", "Sulawesi|Kalimantan|Lombok|Sumbawa|Maluku|Moluccas|Bandung|Yogyakarta|Semarang|" +
		"Medan|Makassar|Riau|Banten|East Java|West Java|Central Java|" +
		"爪哇|苏门答腊|苏拉威西|加里曼丹|巴厘岛|龙目岛|日惹|万隆|棉兰|望加锡|亚齐|" +
		"ジャワ島|スマトラ|スラウェシ|カリマンタン|バリ島|ロンボク|ジョクジャカルタ|バンドン|スラバヤ|" +
		"자바섬|수마트라|술라웨시|칼리만탄|발리|롬복|욕야카르타|반둥|수라바야|" +
		"Ява|Суматра|Сулавеси|Калимантан|Бали|Ломбок|Джокьякарта|Сурабая|جاوة|سومطرة|سولاويسي|آتشيه|" +
		"Giava|Java Occidental|Jawa Barat|Jawa Timur|Jawa Tengah|Sumatera"},
	{"Philippines", "Visayas|Negros|Panay|Leyte|Palawan|Bohol|Mindoro|Quezon City|Zamboanga|Iloilo|Bicol|Albay|" +
		"Batangas|Pampanga|Cagayan|Tacloban|" +
		"吕宋|棉兰老|米沙鄢|内格罗斯|巴拉望|宿务|莱特岛|三宝颜|奎松|" +
		"ルソン|ミンダナオ|ビサヤ|ネグロス島|パラワン|セブ|レイテ島|サンボアンガ|" +
		"루손|민다나오|비사야|네그로스|팔라완|레이테|삼보앙가|" +
		"Лусон|Минданао|Висайи|Негрос|Палаван|Себу|Лейте|لوزون|مينداناو"},
	// Europe: Germany's Länder, Italy's and Spain's regions, France's
	// regions, Turkey's provinces most in the news, Greece's regions and
	// islands, the UK's nations in other scripts
	{"Germany", "Baden-Württemberg|Bayern|Brandenburg|Bremen|Hessen|Hesse|Mecklenburg-Vorpommern|Niedersachsen|Lower Saxony|" +
		"Nordrhein-Westfalen|North Rhine-Westphalia|Rheinland-Pfalz|Rhineland-Palatinate|Saarland|Sachsen|Saxony|" +
		"Sachsen-Anhalt|Saxony-Anhalt|Schleswig-Holstein|Thüringen|Thuringia|Ruhr|Hannover|Hanover|Nürnberg|Nuremberg|" +
		"Baviera|Bavière|Saxe|Sajonia|Sassonia|Turingia|Thuringe|Hesse|" +
		"巴伐利亚|萨克森|图林根|黑森|勃兰登堡|北威州|北莱茵-威斯特法伦|下萨克森|巴登-符腾堡|汉堡|慕尼黑|法兰克福|科隆|" +
		"バイエルン|ザクセン|テューリンゲン|ヘッセン|ブランデンブルク|ノルトライン・ヴェストファーレン|ハンブルク|フランクフルト|" +
		"바이에른|작센|튀링겐|헤센|브란덴부르크|노르트라인베스트팔렌|함부르크|프랑크푸르트|" +
		"Бавария|Саксония|Тюрингия|Гессен|Бранденбург|Северный Рейн-Вестфалия|Гамбург|Франкфурт|" +
		"بافاريا|ساكسونيا|هامبورغ|فرانكفورت|Βαυαρία|Σαξονία|Αμβούργο|Φρανκφούρτη"},
	{"Italy", "Lombardy|Lombardia|Piedmont|Piemonte|Veneto|Liguria|Emilia-Romagna|Tuscany|Toscana|Umbria|Lazio|" +
		"Abruzzo|Molise|Campania|Apulia|Puglia|Basilicata|Calabria|Sicilia|Sardegna|Friuli|Trentino|Alto Adige|" +
		"South Tyrol|Südtirol|Aosta|Napoli|Palermo|Catania|Firenze|Bari|Etna|Vesuvius|Vesuvio|" +
		"Lombardei|Toskana|Sizilien|Sardinien|Kalabrien|Apulien|Lombardie|Toscane|Sicile|Sardaigne|Calabre|Pouilles|" +
		"Lombardía|Toscana|Sicilia|Cerdeña|Calabria|Lombardia|Sicília|Sardenha|Nápoles|Neapel|Florenz|Florencia|" +
		"伦巴第|托斯卡纳|西西里|撒丁|卡拉布里亚|那不勒斯|佛罗伦萨|巴勒莫|卡塔尼亚|埃特纳|" +
		"ロンバルディア|トスカーナ|シチリア|サルデーニャ|カラブリア|ナポリ|フィレンツェ|パレルモ|カターニア|エトナ|" +
		"롬바르디아|토스카나|시칠리아|사르데냐|칼라브리아|나폴리|피렌체|팔레르모|카타니아|에트나|" +
		"Ломбардия|Тоскана|Сицилия|Сардиния|Калабрия|Неаполь|Флоренция|Палермо|Катания|Этна|" +
		"صقلية|سردينيا|لومبارديا|توسكانا|نابولي|فلورنسا|باليرمو|" +
		"Λομβαρδία|Τοσκάνη|Σικελία|Σαρδηνία|Καλαβρία|Νάπολη|Φλωρεντία|Παλέρμο|Κατάνια|Αίτνα|Ätna"},
	{"Spain", "Aragon|Aragón|Asturias|Balearic Islands|Baleares|Cantabria|Castile and León|Castilla y León|" +
		"Castilla-La Mancha|Extremadura|Galicia|Murcia|Navarre|Navarra|Valencian Community|Comunidad Valenciana|" +
		"Cataluña|Catalunya|Andalucía|País Vasco|Euskadi|Canarias|Tenerife|Gran Canaria|Málaga|Zaragoza|Granada|" +
		"Katalonien|Catalogne|Catalogna|Catalunha|Andalousie|Andalusien|Andalusia|Andaluzia|Galice|Galizien|Kanaren|Canaries|" +
		"加泰罗尼亚|安达卢西亚|巴斯克|加利西亚|瓦伦西亚|巴伦西亚|加那利|巴塞罗那|马德里|" +
		"カタルーニャ|アンダルシア|バスク|ガリシア|バレンシア|カナリア諸島|バルセロナ|マヨルカ|" +
		"카탈루냐|안달루시아|바스크|갈리시아|발렌시아|카나리아|바르셀로나|마요르카|" +
		"Каталония|Андалусия|Страна Басков|Галисия|Валенсия|Канарские острова|Барселона|Майорка|" +
		"كتالونيا|الأندلس|إقليم الباسك|برشلونة|فالنسيا|جزر الكناري|" +
		"Καταλονία|Ανδαλουσία|Βαρκελώνη|Χώρα των Βάσκων"},
	{"France", "Île-de-France|Bretagne|Normandy|Normandie|Hauts-de-France|Grand Est|Alsace|" +
		"Bourgogne|Auvergne|Rhône-Alpes|Occitanie|Nouvelle-Aquitaine|Provence|Côte d'Azur|" +
		"Pays de la Loire|Centre-Val de Loire|Nantes|Rennes|Montpellier|Marseilles|" +
		"Bretaña|Normandía|Provenza|Korsika|Córcega|Corsica|Córsega|Bretagna|Normandia|Marsella|Marsiglia|Marselha|" +
		"Niza|Nizza|" +
		"布列塔尼|诺曼底|普罗旺斯|阿尔萨斯|科西嘉|马赛|里昂|尼斯|" +
		"ブルターニュ|ノルマンディー|プロヴァンス|アルザス|コルシカ|マルセイユ|リヨン|ニース|" +
		"브르타뉴|노르망디|프로방스|알자스|코르시카|마르세유|리옹|니스|" +
		"Бретань|Нормандия|Прованс|Эльзас|Корсика|Марсель|Лион|Ницца|" +
		"مرسيليا|ليون|نيس|كورسيكا|Μασσαλία|Λυών|Νίκαια|Κορσική"},
	{"Turkey", "Adana|Hatay|Gaziantep|Kahramanmaraş|Malatya|Diyarbakır|Şanlıurfa|Erzurum|Trabzon|Bursa|Konya|Kayseri|" +
		"Mersin|Muğla|Bodrum|Kocaeli|Sakarya|Adıyaman|Elazığ|Osmaniye|" +
		"哈塔伊|加济安泰普|卡赫拉曼马拉什|马拉蒂亚|迪亚巴克尔|伊兹密尔|安塔利亚|" +
		"ハタイ|ガジアンテップ|カフラマンマラシュ|マラティヤ|ディヤルバクル|イズミル|アンタルヤ|" +
		"하타이|가지안테프|카라만마라시|말라티아|디야르바키르|이즈미르|안탈리아|" +
		"Хатай|Газиантеп|Кахраманмараш|Малатья|Диярбакыр|Измир|Анталья|" +
		"هاتاي|غازي عنتاب|كهرمان مرعش|ملاطية|ديار بكر|إزمير|أنطاليا|" +
		"Χατάι|Γκαζιαντέπ|Μαλάτια|Σμύρνη|Αττάλεια"},
	{"Greece", "Attica|Thessaly|Halkidiki|Chalkidiki|Χαλκιδική|Χαλκιδικής|Halkidikin|Epirus|Peloponnese|Thrace|Rhodes|Evia|Euboea|Chios|Samos|Kos|Santorini|" +
		"Mykonos|Volos|Patras|Heraklion|Chania|Igoumenitsa|" +
		"Αττική|Θεσσαλία|Ήπειρος|Πελοπόννησος|Θράκη|Κρήτη|Ρόδος|Εύβοια|Λέσβος|Χίος|Σάμος|Σαντορίνη|Μύκονος|Κέρκυρα|" +
		"Λάρισα|Βόλος|Πάτρα|Ηράκλειο|Χανιά|Θεσσαλονίκη|Πειραιάς|Ηγουμενίτσα|" +
		"Kreta|Crète|Creta|Rhodos|Rhodes|Rodi|Rodas|Korfu|Corfou|Thessalien|Thessalie|Tesalia|Tessaglia|" +
		"克里特|罗得岛|科孚|圣托里尼|塞萨洛尼基|クレタ島|ロドス島|サントリーニ|테살로니키|크레타|Крит|Родос|Корфу|" +
		"Euböa|Eubée|Eubea|Eubeia|Эвбея|Фессалия|Аттика|埃维亚岛|エウボイア島|에비아|كريت|رودس"},
	// The Middle East: Egypt's governorates, Iran's, Iraq's and Syria's
	// provinces, Saudi Arabia's regions, in English and Arabic (and
	// Persian), where most of their news is written
	{"Egypt", "Qalyubia|Sharqia|Dakahlia|Gharbia|Monufia|Beheira|Kafr el-Sheikh|Damietta|Port Said|Ismailia|Faiyum|" +
		"Beni Suef|Minya|Asyut|Assiut|Sohag|Qena|Luxor|Aswan|Red Sea Governorate|Hurghada|Matrouh|North Sinai|South Sinai|" +
		"Shubra el-Kheima|" +
		"الجيزة|القليوبية|الدقهلية|المنوفية|كفر الشيخ|دمياط|بورسعيد|الإسماعيلية|الفيوم|" +
		"بني سويف|المنيا|أسيوط|سوهاج|قنا|أسوان|الغردقة|شمال سيناء|جنوب سيناء|شبرا الخيمة|الإسكندرية|" +
		"السويس|قناة السويس|苏伊士|スエズ|수에즈|Суэц|亚历山大港|アレクサンドリア|Александрия|卢克索|ルクソール|Луксор|Асуан"},
	{"Iran", "Khuzestan|Kerman|Sistan and Baluchestan|Sistan-Baluchestan|Kermanshah|Kurdistan Province|Fars|Shiraz|Bushehr|" +
		"Hormozgan|Bandar Abbas|Gilan|Mazandaran|Qom|Yazd|Ahvaz|" +
		"خوزستان|کرمان|كرمان|سیستان و بلوچستان|سيستان وبلوشستان|کرمانشاه|كرمانشاه|شیراز|شيراز|بوشهر|هرمزگان|بندر عباس|" +
		"گیلان|مازندران|یزد|اهواز|الأهواز|إصفهان|اصفهان|تبريز|تبریز|" +
		"克尔曼|胡齐斯坦|设拉子|布什尔|伊斯法罕|马什哈德|ケルマン|イスファハン|케르만|이스파한|Керман|Хузестан|Исфахан|Бушер"},
	{"Iraq", "Nineveh|Anbar|Basra|Kirkuk|Erbil|Sulaymaniyah|Najaf|Karbala|Diyala|Dohuk|Duhok|Mosul|Fallujah|Ramadi|" +
		"نينوى|الأنبار|البصرة|كركوك|أربيل|السليمانية|النجف|كربلاء|ديالى|دهوك|الموصل|الفلوجة|الرمادي|" +
		"巴士拉|摩苏尔|埃尔比勒|基尔库克|バスラ|モスル|アルビル|Басра|Мосул|Эрбиль|Киркук"},
	{"Syria", "Aleppo|Idlib|Homs|Hama|Latakia|Tartus|Deir ez-Zor|Raqqa|Hasakah|Daraa|Quneitra|Suwayda|" +
		"حلب|إدلب|حمص|اللاذقية|طرطوس|دير الزور|الرقة|الحسكة|درعا|القنيطرة|السويداء|" +
		"阿勒颇|伊德利卜|拉塔基亚|アレッポ|イドリブ|ホムス|알레포|이들리브|Алеппо|Идлиб|Хомс|Латакия"},
	{"Saudi Arabia", "Eastern Province|Dammam|Qassim|Asir|Tabuk|Jizan|Jazan|Najran|Neom|" +
		"المدينة المنورة|المنطقة الشرقية|الدمام|القصيم|تبوك|جازان|نجران|نيوم|" +
		"麦地那|达曼|メディナ|ダンマーム|메디나|Медина|Даммам"},
	{"United Kingdom", "苏格兰|英格兰|威尔士|北爱尔兰|スコットランド|イングランド|ウェールズ|北アイルランド|" +
		"스코틀랜드|잉글랜드|웨일스|북아일랜드|Шотландия|Англия|Уэльс|Северная Ирландия|اسكتلندا|إنجلترا|ويلز|" +
		"Σκωτία|Αγγλία|Ουαλία|Escocia|Écosse|Schottland|Scozia|Escócia|Inglaterra|Angleterre|Inghilterra"},
}
