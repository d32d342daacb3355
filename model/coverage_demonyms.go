package model

import (
	"strings"
	"sync"
)

// Demonyms: the adjectives and nationalities of the countries most in
// the news, read as their country, in English, French, Spanish,
// Italian, Portuguese, German, Dutch, Polish, Russian, Ukrainian and
// Turkish, and for 18 of them in Arabic (with its article too:
// "التركية"). "Georgian Dream wins", "Nestlé haalt babymelk terug uit
// Belgische winkels" and "Gürcü Rüyası" name their country only so: the
// gazetteer has places, not adjectives (CLDR has none), and two English
// stories of Georgia's vote ("Georgia's ruling party", "Georgian
// Dream") shared no country. A demonym is half a mention (readTerms): a
// poet's or a player's nationality is not always where it happened
// ("The Italian won in Turin", told in Japanese, names no Italy).
//
// A form is matched whole, folded (and Cyrillic in Latin letters, as
// romanise gives them), or, marked "word*", as the start of a word:
// "georgisch*" is "georgische", "georgischen"; "грузинск*" every case of
// "грузинский". A start must be long enough to be no other word
// ("polish" is whole: "polished"). A form is not a country's name
// ("Georgia" is also a US state, and the gazetteer knows what it does
// with it). Left out: the US ("American": Latin, South), the two
// Koreas ("Korean"), South Africa, Thailand ("Thai": a script), and
// forms that are common words (Dutch "pools", "fins", Italian "greco"
// is kept: it is no other word). A country's currency says it as its
// adjective does ("Ringgit ditutup rendah", "the naira slid"), when no
// other country's is called so: not the dollar, peso, rupee, lira,
// dinar, riyal, won or rand.
const demonymTable = `
GE	georgian* géorgien* georgisch* gruzińsk* грузинск* грузинськ* gürcü
LT	lithuanian* lituan* litauisch* litouws* litewsk* литовск* литовськ* litvanyal*
LV	latvian* letton* letón letona letones letonas lettisch* lets letse łotewsk* латвийск* латвійськ* латиськ*
EE	estonian* estonien* estonio estonios estonias estone estoni estnisch* estisch* estońsk* эстонск* естонськ*
UA	ukrainian* ukrainien* ucranian* ucrain* ukrainisch* oekraïens* ukraińsk* украинск* українськ* ukraynal* أوكراني* الأوكراني* hryvnia* гривн*
RU	russian* russe russes ruso rusa rusos rusas russo russa russi russisch* rosyjsk* российск* русск* російськ* روسي* الروسي* rouble* ruble* рубл*
PL	polish polonais* polaco polaca polacos polacas polacco polacca polacchi polnisch* polsk* польск* польськ* polonyal* zloty zlotys
DE	german germans allemand* alemán alemana alemanes alemanas tedesco tedesca tedeschi tedesche alemão alemã alemães deutsch* duits duitse niemieck* немецк* германск* німецьк* alman ألماني* الألماني*
FR	french français française françaises francese francesi francés francesa franceses francesas francês französisch* frans franse francusk* французск* французьк* fransız فرنسي* الفرنسي*
IT	italian* italien* italienisch* italiaans* włosk* итальянск* італійськ* italyan*
ES	spanish espagnol* español española españoles españolas espanhol* spagnol* spanisch* spaans* hiszpańsk* испанск* іспанськ* ispanyol*
PT	portuguese portugais* portugués portuguesa portugueses portuguesas português portoghes* portugiesisch* portugees portugese portugalsk* португальск* португальськ* portekiz*
NL	dutch néerlandais* neerlandés neerlandesa olandes* niederländisch* nederlandse holendersk* niderlandzk* нидерландск* голландск* нідерландськ*
BE	belgian* belge belges belga belgas belgi belgisch* belgijsk* бельгийск* бельгійськ*
GR	greek greeks grec grecque grecs grecques griego griega griegos griegas greco greca greci greche grego grega gregos gregas griechisch* grieks* greck* греческ* грецьк* yunan*
TR	turkish turc turque turcs turques turco turca turcos turcas turchi turche türkisch* turks turkse turecki turecka tureckie tureck* турецк* турецьк* تركي* التركي*
CN	chinese chinois* chino chinos cinese cinesi chinês chinesa chinesisch* chinees chińsk* китайск* китайськ* çinli صيني* الصيني* renminbi yuan
JP	japanese japonais* japonés japonesa japoneses japonesas giappones* japonês japanisch* japans japanse japońsk* японск* японськ* ياباني* الياباني*
IN	indian indians indien indienne indiens indiennes indisch* indyjsk* индийск* індійськ* hintli هندي* الهندي*
IL	israeli* israélien* israelí israelíes israelian* israelense* israelisch* israëlisch* izraelsk* израильск* ізраїльськ* israilli إسرائيلي* الإسرائيلي* shekel* шекел*
IR	iranian* iranien* iraní iraníes iranisch* iraans* irańsk* иранск* іранськ* إيراني* الإيراني*
EG	egyptian* égyptien* egipci* egizian* ägyptisch* egyptisch* egipsk* египетск* єгипетськ* مصري* المصري*
SD	sudanese soudanais* sudanés sudanes* sudanesisch* sudanees суданск* суданськ* سوداني* السوداني*
KE	kenyan* kényan* kenian* keniaans* kenijsk* кенийск* кенійськ*
ET	ethiopian* éthiopien* etíope etíopes etiope etiopi äthiopisch* ethiopisch* etiopsk* эфиопск* ефіопськ*
NG	nigerian* nigérian* nigeriano* nigeriana* nigerianisch* nigeriaans* nigeryjsk* нигерийск* нігерійськ* naira
BR	brazilian* brésilien* brasileñ* brasileir* brasilian* braziliaans* brazylijsk* бразильск* бразильськ*
MX	mexican* mexicain* mexicano* mexicana* messican* mexikanisch* mexicaans* meksykańsk* мексиканск* мексиканськ*
AR	argentinian* argentine argentines argentino argentinos argentinisch* argentyńsk* аргентинск* аргентинськ*
CL	chilean* chilien* chileno* chilena* cilen* chilenisch* chileens* chilijsk* чилийск* чилійськ*
PE	peruvian* péruvien* peruano* peruana* peruanisch* peruaans* peruwiańsk* перуанск* перуанськ*
VN	vietnamese vietnamien* vietnamit* vietnamesisch* vietnamees* wietnamsk* вьетнамск*
PH	filipino filipinos philippin* filipińsk* филиппинск* філіппінськ*
ID	indonesian* indonésien* indonesio indonesios indonesian* indonesisch* indonezyjsk* индонезийск* індонезійськ* rupiah
PK	pakistani* pakistanais* paquistaní pakistanisch* pakistańsk* пакистанск* пакистанськ* باكستاني* الباكستاني*
AF	afghan* afgańsk* афганск* афганськ*
SY	syrian* syrien* sirio sirios sirias siriano* syrisch* syryjsk* сирийск* сирійськ* suriyeli سوري* السوري*
IQ	iraqi* irakien* iraquí iraquíes iracheno* irakisch* iraaks* irack* иракск* іракськ* عراقي* العراقي*
LB	lebanese libanais* libanés libanesa libaneses libanese libanesi libanesisch* libanees libańsk* ливанск* ліванськ* لبناني* اللبناني*
SA	saudi* saoudien* saudí saudita* saudisch* saoedisch* saudyjsk* саудовск* саудівськ* suudi سعودي* السعودي*
GB	british britannique* británic* britannic* britisch* brits britse brytyjsk* британск* британськ* ingiliz بريطاني* البريطاني*
CH	swiss suisse suisses suizo suizos suizas svizzer* schweizer* zwitsers* szwajcarsk* швейцарск* швейцарськ* isviçreli
AT	austrian* autrichien* austríac* austriac* österreichisch* oostenrijks* austriack* австрийск* австрійськ*
SE	swedish suédois* sueco sueca suecos suecas svedese svedesi schwedisch* zweeds* szwedzk* шведск* шведськ*
NO	norwegian* norvégien* noruego* noruega* norvegese* norwegisch* noors noorse norwesk* норвежск* норвезьк*
FI	finnish finlandais* finlandés finlandes* finnisch* fińsk* финск* фінськ*
DK	danish danois* danés danese* dänisch* deens* duńsk* датск* данськ*
HU	hungarian* hongrois* húngaro húngara húngaros húngaras unghere* ungarisch* hongaars* węgiersk* венгерск* угорськ* forint*
CZ	czech czechs tchèque* checo checa checos checas ceco ceca cechi tschechisch* tsjechisch* czesk* чешск* чеськ*
RO	romanian* roumain* rumano* rumana* rumeno* rumena* rumänisch* roemeens* rumuńsk* румынск* румунськ*
RS	serbian* serbe serbes serbio serbios serbias serbo serba serbi serbisch* servisch* serbsk* сербск* сербськ* sırp
XK	kosovar* kosovarisch* kosowsk* косовск* косовськ*
VE	venezuelan* vénézuélien* venezolan* venezuelano* wenezuelsk* венесуэльск* венесуельськ*
CO	colombian* colombien* kolumbianisch* kolumbijsk* колумбийск* колумбійськ*
CU	cuban cubans cubain* cubano* cubana* kubanisch* kubańsk* кубинск* кубинськ*
AU	australian* australien* australiano* australiana* australisch* australijsk* австралийск* австралійськ*
CA	canadian* canadien* canadiense* canadese canadesi kanadisch* canadees kanadyjsk* канадск* канадськ*
IE	irish irlandais* irlandés irlandesa irlandese* irisch* iers ierse irlandzk* ирландск* ірландськ*
MY	ringgit*
TH	baht
KZ	tenge
GH	cedis cedi
BD	taka
MM	kyat
`

// demonymKey is how many bytes of a folded word find its demonyms: one
// lookup for most words, which have none.
const demonymKey = 4

type demonym struct {
	text    string // folded, romanised
	prefix  bool
	country Country
}

// demonyms maps the first demonymKey bytes of each form to its forms.
var demonyms = sync.OnceValue(func() map[string][]demonym {
	m := map[string][]demonym{}
	for _, line := range strings.Split(strings.TrimSpace(demonymTable), "\n") {
		code, forms, _ := strings.Cut(line, "\t")
		country := countryOf(code)
		if country == 0 {
			panic("coverage demonyms: unknown country " + code)
		}
		for _, f := range strings.Fields(forms) {
			prefix := strings.HasSuffix(f, "*")
			word := []byte(Fold(strings.TrimSuffix(f, "*")))
			if latin, ok := romanise(nil, word); ok {
				word = latin
			}
			if len(word) < demonymKey {
				panic("coverage demonyms: form too short: " + f)
			}
			key := string(word[:demonymKey])
			m[key] = append(m[key], demonym{string(word), prefix, country})
		}
	}
	return m
})
