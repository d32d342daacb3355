package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The script a story is written in. Stories of one event in two scripts
// share few words (a Chinese story of an earthquake in Peru has none of
// the English one's), but their numbers and countries are written alike:
// so a story is compared with an event written in another script on
// those (see Coverage.crossJoins).
type script uint8

const (
	latinScript script = iota
	cyrillicScript
	greekScript
	arabicScript
	hebrewScript
	devanagariScript
	hanScript  // Chinese: Han without kana
	kanaScript // Japanese: Han with kana
	hangulScript
	thaiScript
	otherScript
	// The languages of the Arabic script that their letters tell apart
	// (languageLetters): Persian and Urdu write پ, چ, گ and ی, and Urdu
	// ے, ٹ and ں besides, which Arabic does not. A Persian and an Urdu
	// story of one event share as few words as an Arabic and a Hindi
	// one: the Urdu story of Pakistan's pipeline deal with Iran kept the
	// Persian one out, its script already in the event.
	persianArabic
	urduArabic
	// The languages of the Latin script that its function words tell
	// apart (languageOf): an English and a German story of one event
	// share as few words as an English and a Russian one.
	englishLatin
	frenchLatin
	spanishLatin
	portugueseLatin
	italianLatin
	germanLatin
	dutchLatin
	polishLatin
	turkishLatin
	indonesianLatin
	vietnameseLatin
	finnishLatin
	czechLatin
	hungarianLatin
	romanianLatin
	danishLatin
	norwegianLatin
	swedishLatin
	slovakLatin
	slovenianLatin
	croatianLatin // and Serbian and Bosnian written in Latin letters
	catalanLatin
	lithuanianLatin
	latvianLatin
	estonianLatin
	tagalogLatin
	swahiliLatin
	hausaLatin
	yorubaLatin
	somaliLatin
	// The languages of the Cyrillic script that their letters and
	// function words tell apart from Russian (cyrillicScript): a
	// Bulgarian and a Russian story of one theft in Plovdiv share
	// "Plovdiv" and "muzey", and little else; a Kazakh obituary and a
	// Russian one, the writer's name spelt two ways.
	ukrainianCyrillic
	bulgarianCyrillic
	serbianCyrillic
	macedonianCyrillic
	kazakhCyrillic
	// Nepali, told from Hindi and Marathi (devanagariScript) by its
	// function words: India's script, but Nepal's story.
	nepaliDevanagari
	numScripts
)

// The languages of the Latin and of the Cyrillic script, in the order of
// the constants above.
const (
	firstLatin, lastLatin       = englishLatin, somaliLatin
	firstCyrillic, lastCyrillic = ukrainianCyrillic, kazakhCyrillic
)

var scriptTables = [...]struct {
	s     script
	table *unicode.RangeTable
}{
	{cyrillicScript, unicode.Cyrillic}, {greekScript, unicode.Greek}, {arabicScript, unicode.Arabic},
	{hebrewScript, unicode.Hebrew}, {devanagariScript, unicode.Devanagari}, {hanScript, unicode.Han},
	{kanaScript, unicode.Hiragana}, {kanaScript, unicode.Katakana}, {hangulScript, unicode.Hangul},
	{thaiScript, unicode.Thai}, {latinScript, unicode.Latin},
}

// scriptOf returns the script of most of the letters of text; a text with
// kana is Japanese however many of its letters are Han.
func scriptOf(text string) script {
	var n [numScripts]int
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				n[latinScript]++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		s := otherScript
		for _, t := range scriptTables {
			if unicode.Is(t.table, r) {
				s = t.s
				break
			}
		}
		n[s]++
	}
	if n[kanaScript] > 0 {
		n[kanaScript] += n[hanScript]
		n[hanScript] = 0
	}
	best := latinScript
	for s := range numScripts {
		if n[s] > n[best] {
			best = s
		}
	}
	return best
}

// functionWords are the commonest function words of the languages
// of the Latin and Cyrillic scripts the grouping tells apart, folded, each
// in one language only: those two share ("de", "la", "in", "a", "e",
// "con", "na", "di", "do", "over", "og", "ikke", "je", "su", "на", "за")
// say nothing of which. So "is" is not English (Dutch and Hungarian write
// it: "az erdélyi iskolák is zárva" was an English headline), nor "das"
// German or Portuguese (it is both, and which one it counted for changed
// from run to run); and "on" and "ja" (Finnish, but English and
// Estonian), "ze" (Czech and Polish), "take" and "pro" (Czech: English
// writes "pro-Russian"), "mai", "care" and "este" (Romanian: English
// writes "health care", Spanish "este"), "blev" (Danish and Swedish),
// "als" and "seu" (Catalan, but German and Portuguese), "ya" (Swahili and
// Hausa, but Spanish), "fun" (Yoruba) and "mod" (Danish) and "pa" (Slovenian, but the Scandinavian "på") are
// left out.
// Russian's are counted as the Cyrillic script's: a Cyrillic story is
// Russian unless its letters or words say otherwise; and Hindi's and
// Marathi's as the Devanagari script's, against Nepali's.
var functionWords = func() map[string]script {
	m := map[string]script{}
	for lang, words := range map[script]string{
		englishLatin:       "the of and to for with after from over as by are was its into this that amid",
		frenchLatin:        "le les des du une au aux pour sur dans avec est apres selon contre",
		spanishLatin:       "el los las del una y por para tras al entre ante",
		portugueseLatin:    "os do dos uma em no ao pelo pela apos sao",
		italianLatin:       "il gli della di nel nella dopo dei delle alla sul per",
		germanLatin:        "der die den dem und im auf fur mit nach von zu bei ist wegen gegen aus",
		dutchLatin:         "het een van op bij voor naar uit wordt werd zijn ook door niet nog tegen",
		polishLatin:        "w sie nie jest dla przez oraz zostal zostala przy ze",
		turkishLatin:       "ve bir ile icin olarak sonra gibi kadar yuzde",
		indonesianLatin:    "dan yang ke dari untuk dengan pada akan oleh dalam menjadi setelah",
		vietnameseLatin:    "cua cac nhung duoc trong voi tai khong mot nay",
		finnishLatin:       "etta myos seka mutta ovat joka jotka kanssa jalkeen mukaan vuonna lahes yli",
		czechLatin:         "bylo byla jsou podle ktere ktery ktera jen pri mezi proti",
		hungarianLatin:     "az egy hogy nem meg volt csak szerint utan vagy kozott",
		romanianLatin:      "pentru sunt din dupa catre prin intre fost",
		danishLatin:        "af fik siger mellem tilbage havde",
		norwegianLatin:     "etter ble sier fikk ikkje mellom tilbake hadde",
		swedishLatin:       "och att inte fran sedan enligt mellan fick ocksa hade",
		slovakLatin:        "sa ktory ktora ktore ako podla bol bola boli alebo medzi aj",
		slovenianLatin:     "ki tudi kot ter lahko zaradi bo bodo ker kar vendar zato oziroma glede leta",
		croatianLatin:      "u koji koja koje kojeg kojem kojima nakon zbog prema bio jos nije vise godine tijekom izmedu posto",
		catalanLatin:       "els dels amb pels seva aquest aquesta despres segons",
		lithuanianLatin:    "ir kad yra buvo kaip nuo iki jau",
		latvianLatin:       "ar ka pec ari tika bija",
		estonianLatin:      "kuid ning parast",
		tagalogLatin:       "ang ng mga ay nang",
		swahiliLatin:       "kwa katika kuwa baada ambao ambayo hiyo hii",
		hausaLatin:         "cikin bayan daga zuwa",
		yorubaLatin:        "awon ati lati ninu lori",
		somaliLatin:        "iyo ayaa waxaa oo uu",
		cyrillicScript:     "что это после который которые которая также был была были",
		ukrainianCyrillic:  "що після який яка які від також було були",
		bulgarianCyrillic:  "се са ще със във които който която след",
		serbianCyrillic:    "је су које који након због према",
		macedonianCyrillic: "ќе",
		kazakhCyrillic:     "және бұл мен деп үшін бойынша туралы",
		devanagariScript:   "है हैं और में की से ने था थी आणि आहे आहेत",
		nepaliDevanagari:   "छ छन् र भएको गरेको पनि लागि जना थियो ले",
	} {
		for _, w := range strings.Fields(words) {
			w = Fold(w)
			if other, ok := m[w]; ok && other != lang {
				panic("model: function word " + w + " in two languages")
			}
			m[w] = lang
		}
	}
	return m
}()

// languageLetters counts in hits the letters of text that one language
// of the Latin or Cyrillic script writes and no other the grouping reads,
// as function words are counted: a headline may have none of those
// ("Hơn 1.000 công nhân nhà máy bia Heineken ngừng việc"). Vietnamese:
// ơ, ư and the letters with two marks (U+1EA0 to U+1EF9) but ẹ and ọ,
// which Yoruba writes too; Turkish: ı, ğ and İ; Polish: ł, ś, ź, ż, ń;
// Slovak: ľ, ĺ, ŕ; Lithuanian: ė, į, ų; Latvian: ķ, ļ, ņ, ģ; Hausa: ƙ,
// ɗ, ɓ; Yoruba: ṣ. Left out, as other languages write them: đ (Croatian
// and Vietnamese), ş (Romanian and Turkish), ą and ę (Lithuanian and
// Polish), æ, ø and å (Danish and Norwegian, and Swedish the last), õ
// (Estonian and Portuguese). In Cyrillic: Ukrainian ї, є, ґ; Serbian ђ,
// ћ; Macedonian ѓ, ќ, ѕ; Kazakh ә, ғ, қ, ұ; Bulgarian ъ before a
// consonant (Russian writes it before е, ё, ю and я only: "объявил",
// Bulgarian "България", "към"); і is Ukrainian's, Belarusian's and
// Kazakh's. So are told the languages of the Arabic script: Urdu by ے,
// ٹ, ڈ, ڑ, ں or ھ, and else Persian by پ, چ, ژ, گ, ک or ی (Urdu writes
// those too; Arabic writes none of them but in a foreign name).
func languageLetters(text string, hits *[numScripts]uint8) {
	hardSign := false // the rune before was ъ
	for _, r := range text {
		if hardSign && !strings.ContainsRune("еёюяЕЁЮЯ", r) && unicode.Is(unicode.Cyrillic, r) {
			if hits[bulgarianCyrillic] < 255 {
				hits[bulgarianCyrillic]++
			}
		}
		hardSign = r == 'ъ'
		if r < 0x100 || r == 'ẹ' || r == 'ọ' || r == 'Ẹ' || r == 'Ọ' {
			continue
		}
		l, ok := letterLanguage[r]
		if !ok && (r == 'ơ' || r == 'ư' || r == 'Ơ' || r == 'Ư' || 0x1ea0 <= r && r <= 0x1ef9) {
			l, ok = vietnameseLatin, true
		}
		if ok && hits[l] < 255 {
			hits[l]++
		}
	}
}

// letterLanguage maps each letter languageLetters counts, but
// Vietnamese's, to its language.
var letterLanguage = func() map[rune]script {
	m := map[rune]script{}
	for _, set := range []struct {
		letters string
		lang    script
	}{
		{"ıİğĞ", turkishLatin}, {"łśźżńŁŚŹŻŃ", polishLatin}, {"řůěŘŮĚ", czechLatin}, {"őűŐŰ", hungarianLatin},
		{"șțţȘȚŢ", romanianLatin}, {"ľĺŕĽĹŔ", slovakLatin}, {"ėįųĖĮŲ", lithuanianLatin}, {"ķļņģĶĻŅĢ", latvianLatin},
		{"ƙɗɓƘƊƁ", hausaLatin}, {"ṣṢ", yorubaLatin}, {"їєґЇЄҐ", ukrainianCyrillic}, {"ђћЂЋ", serbianCyrillic},
		{"ѓќѕЃЌЅ", macedonianCyrillic}, {"әғқұӘҒҚҰ", kazakhCyrillic}, {"ےٹڈڑںھ", urduArabic}, {"پچژگکی", persianArabic},
	} {
		for _, r := range set.letters {
			if _, ok := m[r]; ok {
				panic("model: letter " + string(r) + " in two languages")
			}
			m[r] = set.lang
		}
	}
	return m
}()

// languageOf refines the Latin script of a story by the language most
// of its function words and letters (counted in hits) are of, the Latin
// script when none is most; the Cyrillic script likewise (it stays
// Russian's unless another language has more); and the Arabic script by
// its letters (languageLetters).
func languageOf(s script, hits *[numScripts]uint8) script {
	switch s {
	case arabicScript:
		switch {
		case hits[urduArabic] > 0:
			return urduArabic
		case hits[persianArabic] > 0:
			return persianArabic
		}
		return s
	case latinScript:
		return mostHits(s, hits[s], firstLatin, lastLatin, hits)
	case cyrillicScript:
		return mostHits(s, hits[s], firstCyrillic, lastCyrillic, hits)
	case devanagariScript:
		return mostHits(s, hits[s], nepaliDevanagari, nepaliDevanagari, hits)
	}
	return s
}

// mostHits returns the language from first to last with the most hits,
// more than n; s when none has, or two have as many.
func mostHits(s script, n uint8, first, last script, hits *[numScripts]uint8) script {
	best, tie := s, false
	for l := first; l <= last; l++ {
		switch {
		case hits[l] > n:
			best, n, tie = l, hits[l], false
		case hits[l] == n && n > 0:
			tie = true
		}
	}
	if tie {
		return s
	}
	return best
}

// homeCountries are the countries of the scripts and languages that are
// written in one country above all: Japanese (kana), Korean, Greek,
// Devanagari, Thai and Hebrew; Persian and Urdu; Dutch, Polish, Turkish,
// Vietnamese, Finnish, Czech, Hungarian, Romanian, Danish, Norwegian,
// Swedish, Slovak, Slovenian, Croatian, Lithuanian, Latvian, Estonian,
// Tagalog, Yoruba and Somali; Ukrainian, Bulgarian, Serbian, Macedonian
// and Kazakh; Nepali (Croatian is read so in Serbia's and Bosnia's Latin letters
// too, and a story of theirs that names no place is wrongly Croatia's;
// Dutch is
// Flanders' too, but a Flemish story of Belgium names a place of it more
// often than a Dutch one of the Netherlands does; a Hungarian paper's
// story of Romania's teachers names Romania). Chinese,
// Arabic, Russian and the Latin script are written in many, and so are
// the other languages it tells (Indonesian is Malaysia's Malay too;
// Catalan, Swahili and Hausa are each written in two countries or more).
var homeCountries = [numScripts]Country{
	kanaScript: countryOf("JP"), hangulScript: countryOf("KR"), greekScript: countryOf("GR"),
	devanagariScript: countryOf("IN"), thaiScript: countryOf("TH"), hebrewScript: countryOf("IL"),
	persianArabic: countryOf("IR"), urduArabic: countryOf("PK"),
	finnishLatin: countryOf("FI"), czechLatin: countryOf("CZ"), hungarianLatin: countryOf("HU"), romanianLatin: countryOf("RO"),
	dutchLatin: countryOf("NL"), polishLatin: countryOf("PL"), turkishLatin: countryOf("TR"), vietnameseLatin: countryOf("VN"),
	danishLatin: countryOf("DK"), norwegianLatin: countryOf("NO"), swedishLatin: countryOf("SE"), slovakLatin: countryOf("SK"),
	slovenianLatin: countryOf("SI"), croatianLatin: countryOf("HR"), lithuanianLatin: countryOf("LT"), latvianLatin: countryOf("LV"),
	estonianLatin: countryOf("EE"), tagalogLatin: countryOf("PH"), yorubaLatin: countryOf("NG"), somaliLatin: countryOf("SO"),
	ukrainianCyrillic: countryOf("UA"), bulgarianCyrillic: countryOf("BG"), serbianCyrillic: countryOf("RS"),
	macedonianCyrillic: countryOf("MK"), kazakhCyrillic: countryOf("KZ"), nepaliDevanagari: countryOf("NP"),
}

// homeCountry gives a story that names no country the country of its
// script, if it has one, as once in its summary: a Japanese paper's story
// of a rocket launched from Tanegashima, a Korean one's of a wildfire in
// Gyeongbuk, need not say where they are. (A story of one of these papers
// about another country names it.) A country so assumed is not named:
// beside another country named, it does not say the two stories are of
// two places (see match.elsewhere), for a Hebrew paper's story of a
// strike at Lufthansa, or a Swedish one's of a wildfire north of "Aten",
// names no place the gazetteer knows.
func (c *Coverage) homeCountry(title string) {
	if c.hasCountry {
		return
	}
	home := homeCountries[c.lang]
	if c.lang == otherScript {
		home = otherScriptHome(title)
	}
	if home != 0 {
		c.addCountry(home, 0.5)
		c.assumed = true
	}
}

// otherScriptHomes are the countries of the scripts the grouping reads
// as otherScript, each written mostly in one country: a Bengali paper's
// story of a cyclone at Satkhira, an Amharic one's of an outbreak in South
// Omo, a Tamil one's of a launch from Sriharikota name no country. Bengali
// is Bangladesh's (West Bengal's papers write of India by name less
// often than Dhaka's write of nothing else), Tamil India's.
var otherScriptHomes = []struct {
	table   *unicode.RangeTable
	country Country
}{
	{unicode.Bengali, countryOf("BD")}, {unicode.Tamil, countryOf("IN")}, {unicode.Gurmukhi, countryOf("IN")},
	{unicode.Gujarati, countryOf("IN")}, {unicode.Oriya, countryOf("IN")}, {unicode.Telugu, countryOf("IN")},
	{unicode.Kannada, countryOf("IN")}, {unicode.Malayalam, countryOf("IN")}, {unicode.Sinhala, countryOf("LK")},
	{unicode.Ethiopic, countryOf("ET")}, {unicode.Khmer, countryOf("KH")}, {unicode.Lao, countryOf("LA")},
	{unicode.Myanmar, countryOf("MM")}, {unicode.Georgian, countryOf("GE")}, {unicode.Armenian, countryOf("AM")},
}

// otherScriptHome returns the country of the first letter of title in
// one of otherScriptHomes' scripts, if any.
func otherScriptHome(title string) Country {
	for _, r := range title {
		if r < 0x0530 { // Latin, Greek, Cyrillic and digits: none of them
			continue
		}
		for _, h := range otherScriptHomes {
			if unicode.Is(h.table, r) {
				return h.country
			}
		}
	}
	return 0
}

// deskLabels are the labels a desk puts before the headline of an
// analysis, an explainer or a column ("ANALYSIS-Sticky services prices
// leave ECB little room to cut", "EXPLAINER-Why Vietnam's central coast
// bears the brunt of typhoons", "Analysis: Kosovo votes again",
// "تحليل: لماذا..."), folded, in the languages the grouping reads. Such
// a piece is about the news of its days, not one event of them: the day
// before a central bank meets, it joined the decision, and as the
// decision's first story, kept its wire's own report of it out; on the
// morning of a vote, it joined the results. A match's preview
// ("Preview: Arsenal head to Munich with a one-goal lead") is of the
// match before it is played, and joined its results, keeping its own
// paper's report of the result out.
// A factbox ("FACTBOX-What is Rift Valley fever", "FACTBOX-Norway votes:
// parties, issues and what to watch") is the background of the news, not
// its report: both of the labelled parts' stand alone, and both had
// joined the outbreak and the results. Left out: labels of news
// ("UPDATE 2-", "EXCLUSIVE-", "BREAKING:"); and a headline that begins
// "How" or "What we know": the labelled parts disagree (some are of
// their event, some alone). On "Why" see whyPiece.
var deskLabels = map[string]bool{
	"analysis": true, "explainer": true, "explained": true, "insight": true, "column": true, "opinion": true,
	"faktenbox": true, "factfile": true, "timeline": true, "chronologie": true, "cronologia": true,
	"vivo": true, "wrap": true, "roundup": true, "antevisao": true, "anteprima": true, "vorbericht": true,
	"previa": true, "voorbeschouwing": true, "zapowiedz": true, "marktbericht": true, "forklart": true, "forklaret": true,
	"forklaring": true, "forklarat": true, "uitleg": true, "selitys": true, "wyjasniamy": true,
	"vysvetlujeme": true, "explicado": true, "explicacion": true, "explication": true,
	"profile": true, "profil": true, "perfil": true, "portrait": true, "ritratto": true, "retrato": true,
	"portrett": true, "portret": true, "reperes": true, "portrat": true, "analise": true,
	"comment": true, "commentary": true, "commento": true, "comentario": true, "chronique": true,
	"meinung": true, "kolumne": true, "gastbeitrag": true, "opiniao": true, "komentarz": true, "opinia": true,
	"yorum": true, "мнение": true, "колонка": true, "γνωμη": true, "αποψη": true, "γνώμη": true, "άποψη": true, "σχόλιο": true, "مقال": true,
	"تحلیل": true, "یادداشت": true, "ניתוח": true, "דעה": true, "राय": true, "संपादकीय": true,
	"社説": true, "コラム": true, "评论": true, "評論": true, "社评": true, "사설": true, "칼럼": true,
	"breakingviews": true, "feature": true, "analyse": true, "analisis": true, "analisi": true,
	"hintergrund": true, "kommentar": true, "decryptage": true, "editorial": true, "editoriale": true,
	"analiz": true, "analiza": true, "achtergrond": true, "analize": true, "opinie": true,
	"tribune": true, "analisa": true, "opini": true, "uchambuzi": true,
	"claves": true, "entenda": true, "faq": true, "erklart": true, "erklaert": true,
	"preview": true, "vorschau": true, "factbox": true, "live": true, "liveblog": true, "ticker": true,
	"liveticker": true, "direct": true, "directo": true, "diretta": true, "minuto": true,
	"анализ": true, "аналитика": true, "комментарий": true, "аналіз": true,
	"تحليل": true, "رأي": true, "विश्लेषण": true, "ανάλυση": true,
	"分析": true, "解説": true, "分析・解説": true, "분석": true, "해설": true, "人物": true, "인물": true,
	// Taiwan's "lazy pack" (a digest of the background: "【懶人包】歷年侵台
	// 致命颱風一次看"), features and editorials in Chinese; a Korean
	// market's close.
	"懶人包": true, "懒人包": true, "專題": true, "专题": true, "社論": true, "社论": true, "마감시황": true,
}

// labelPhrases are a desk's labels of more than one word before a colon,
// folded: questions and answers ("Preguntas y respuestas: ¿por qué
// tiembla tanto en el sur del Perú?"; both of the labelled parts' stand
// alone, and one had joined the election it explains) and editorials.
var labelPhrases = map[string]bool{
	"questions and answers": true, "preguntas y respuestas": true, "perguntas e respostas": true,
	"questions-reponses": true, "questions/reponses": true, "fragen und antworten": true,
	"domande e risposte": true, "vragen en antwoorden": true, "pytania i odpowiedzi": true,
	"вопросы и ответы": true, "питання і відповіді": true, "soru-cevap": true,
	"أسئلة وأجوبة": true, "سؤال وجواب": true, "پرسش و پاسخ": true, "שאלות ותשובות": true, "tanya jawab": true,
	"问答": true, "問答": true,
	// Editorials: Indonesian papers', an English paper's.
	"tajuk rencana": true, "our view": true,
	// A Turkish paper's market wrap: "Piyasalarda gün sonu: BIST 100
	// rekor tazeledi". A market's day is the news of many events.
	"piyasalarda gun sonu": true, "piyasalarda son durum": true,
	// A Dutch paper's market close: "Slot Damrak: AEX sluit hoger".
	"slot damrak": true, "slot wall street": true,
}

// deskPiece reports whether a headline begins with a desk's label
// followed by a colon or a bar ("Analysis:", "EXPLAINER:", "تحليل:",
// "Opinion | Poland's runoff...") or, in
// capitals, by a dash ("ANALYSIS-"): a word in capitals or Title Case
// that begins a headline and ends at a dash is more often a name
// ("NATO-Gipfel", "Analysis-driven").
func deskPiece(title string) bool {
	colon, folded := colonAt(title), Fold(title)
	if labelledTopic(title, colon) || matchPreview(folded) || previewPhrase(folded) || fromToPiece(title, colon) ||
		versusPiece(title, colon) || theSubtitle(title, colon) {
		return true
	}
	// A label in capitals before a spaced dash: "EN DIRECT - Eurovision".
	if head, ok := beforeSpacedDash(title); ok {
		// In Title Case, when a quotation follows: an op-ed's title,
		// "Tribune – « La grève des cheminots révèle l'impasse ... »".
		first, _ := utf8.DecodeRuneInString(strings.TrimLeft(title[len(head):], " -–—"))
		quoted := first == '«' || first == '“' || first == '"'
		// One word, a label in any case: "Éditorial – Grève à la SNCF".
		if words := strings.Fields(head); len(words) <= 3 && (quoted || len(words) == 1 || strings.ToUpper(head) == head) &&
			deskLabels[Fold(words[len(words)-1])] {
			return true
		}
	}
	// A wire desk's slug, a few words in capitals before a dash: "GLOBAL
	// MARKETS-Stocks edge up as investors digest Fed pause", "MARKETS
	// WRAP-Asian shares edge up". Each of the labelled parts' stands
	// alone.
	if wireSlug(title) {
		return true
	}
	// A live blog told by its end: "... – as it happened", "Champions
	// League: Bayern v Benfica, Galatasaray v Napoli and more – live".
	if end := strings.TrimRight(folded, " ."); strings.HasSuffix(end, "as it happened") || liveEnd(end) {
		return true
	}
	// A label in brackets: "【解説】", "[Analysis]".
	if r, size := utf8.DecodeRuneInString(title); r == '【' || r == '[' || r == '［' {
		if end := strings.IndexAny(title[size:], "】]］"); end > 0 && deskLabels[Fold(strings.TrimSpace(title[size:size+end]))] {
			return true
		}
	}
	// A desk's questions and answers ("Q&A: What is Marburg virus?",
	// "Preguntas y respuestas: lo que hay que saber de las elecciones").
	if len(title) > 3 && strings.EqualFold(title[:3], "Q&A") && strings.HasPrefix(strings.TrimLeft(title[3:], " "), ":") {
		return true
	}
	if colon > 0 && labelPhrases[strings.TrimSpace(Fold(title[:colon]))] {
		return true
	}
	if explainerPhrase(folded) || opinionShould(folded) || whoProfile(title) || whoIsPiece(folded) {
		return true
	}
	// A Japanese market's close or midday close: "東証大引け　日経平均が続伸".
	// A market's day is the news of many events.
	if strings.Contains(title, "大引け") || strings.Contains(title, "前引け") {
		return true
	}
	end := strings.IndexFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
	if end < 2 {
		return false
	}
	word := title[:end]
	if !deskLabels[Fold(word)] {
		return false
	}
	rest := strings.TrimLeft(title[end:], " ")
	if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, "|") {
		return true
	}
	// French desks end a label with a full stop: "Portrait. Aminata Sow
	// Diallo, la voix des fleuves", "Analyse. ...".
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, ". ")); len(rest) > 2 && rest[:2] == ". " && unicode.IsUpper(r) {
		return true
	}
	if strings.ToUpper(word) != word || utf8.RuneCountInString(word) < 5 {
		return false
	}
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// portraitPiece reports whether a headline is a portrait of a place or a
// person: a name of a few words (capitalised, but for short particles:
// "Rio de Janeiro"), a comma, and "from ... to ..." or an article and, after it, a
// relative pronoun ("Grindavík, the town that refuses to be abandoned";
// "Arequipa, la ciudad blanca que aprendió a vivir sobre la falla"). A
// feature so headed joined the quake or the eruption it was written
// beside, on its place, its country and what happened there; news is
// not headed so ("Arequipa, Peru's second city, shaken by quake" has no
// relative clause).
func portraitPiece(title string) bool {
	head, rest, ok := strings.Cut(title, ", ")
	if !ok || head == "" || len(strings.Fields(head)) > 4 || strings.ContainsAny(head, ":;") {
		return false
	}
	for i, w := range strings.Fields(head) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || utf8.RuneCountInString(w) > 3) {
			return false // not a name ("Storm hits coast, a day after ...")
		}
	}
	words := strings.Fields(Fold(rest))
	if len(words) < 3 {
		return false
	}
	// "from ... to ...": a life or a career ("Tomás Echeverría, del club
	// de barrio en Rosario a la final del US Open").
	if to, ok := portraitFrom[words[0]]; ok {
		for _, w := range words[2:] {
			if w == to {
				return true
			}
		}
		return false
	}
	if !portraitArticles[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		if relativePronouns[strings.Trim(w, ",.'\"")] {
			return true
		}
	}
	return false
}

// portraitFrom are the words that begin a portrait's "from ... to ...",
// each with its "to", folded.
var portraitFrom = map[string]string{
	"from": "to", "del": "a", "desde": "a", "du": "a", "vom": "zum", "dal": "a", "da": "a",
}

// portraitArticles and relativePronouns are folded, in the languages of
// the Latin script the grouping reads most.
var (
	portraitArticles = map[string]bool{
		"the": true, "a": true, "an": true, "la": true, "el": true, "le": true, "l": true, "o": true,
		"il": true, "lo": true, "der": true, "die": true, "das": true, "de": true, "het": true, "een": true,
		"un": true, "una": true, "une": true, "um": true, "uma": true, "ein": true, "eine": true,
	}
	relativePronouns = map[string]bool{
		"that": true, "who": true, "which": true, "where": true, "que": true, "qui": true, "ou": true,
		"donde": true, "onde": true, "che": true, "dove": true, "die": true, "der": true, "das": true,
		"wo": true, "dat": true, "waar": true,
	}
)

// matchPreview reports whether a headline, folded, is of the days before a match
// or a race: "ahead of" and, within three words, the game ("Arsenal's
// injury list grows ahead of Lisbon opener", "Laroche one win from
// history ahead of Turin final against Ferrand"). Both had joined the
// result, and one kept its own paper's report of it out. "Sterling firms
// ... ahead of ECB decision" is news of its day.
func matchPreview(folded string) bool {
	if !strings.Contains(folded, "ahead of") && !strings.Contains(folded, "loom") && !strings.Contains(folded, "beckon") &&
		!strings.Contains(folded, "await") && !strings.Contains(folded, "approach") {
		return false // neither "ahead of" nor a word of looming: most headlines
	}
	words := strings.Fields(folded)
	for i := 0; i+1 < len(words); i++ {
		// "... as Dortmund test looms": the game, then that it is to come.
		if i > 0 && matchWords[words[i]] && looming[strings.Trim(words[i+1], ",.:;!?'\"")] {
			return true
		}
		if i+2 >= len(words) || words[i] != "ahead" || words[i+1] != "of" {
			continue
		}
		for _, w := range words[i+2 : min(len(words), i+5)] {
			if matchWords[strings.Trim(w, ",.:;!?'\"")] {
				return true
			}
		}
	}
	return false
}

// colonAt is the index of title's first colon, ASCII or full-width, or
// -1. strings.IndexAny with "：" in its set reads a rune at a time; every
// desk rule asks it of every story.
func colonAt(title string) int {
	return firstOf(strings.IndexByte(title, ':'), strings.Index(title, "："))
}

// firstOf is the smaller of two indexes, -1 standing for none.
func firstOf(a, b int) int {
	if a < 0 || b >= 0 && b < a {
		return b
	}
	return a
}

// wireSlug reports whether a headline begins with up to three words in
// capitals, the last a desk's label or a market's (marketSlugs), then a
// dash and a capital letter, with no space about the dash: "GLOBAL
// MARKETS-Stocks ...". The slugs of news ("EXCLUSIVE-", "UPDATE 2-",
// "SOCCER-") and names before a dash ("GDL-Streik") are neither.
func wireSlug(title string) bool {
	dash := strings.IndexByte(title[:min(len(title), 32)], '-')
	if dash <= 0 || dash+1 >= len(title) {
		return false
	}
	head := title[:dash]
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 3 || head[len(head)-1] == ' ' {
		return false
	}
	if last := Fold(words[len(words)-1]); !deskLabels[last] && !marketSlugs[last] {
		return false
	}
	for _, r := range head {
		if r != ' ' && !unicode.IsUpper(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(title[dash+1:])
	return unicode.IsUpper(r)
}

// marketSlugs end a market report's slug, folded: "GLOBAL MARKETS-",
// "US STOCKS-", "FOREX-". A market's day is the news of many events, and
// its report joined whichever central bank it named.
var marketSlugs = map[string]bool{
	"markets": true, "stocks": true, "forex": true, "bonds": true, "metals": true, "precious": true,
	"treasuries": true, "equities": true,
}

// liveEnd reports whether a folded headline ends with a dash (or a bar)
// and "live", as a live blog's does.
func liveEnd(folded string) bool {
	rest, ok := strings.CutSuffix(folded, "live")
	if !ok {
		return false
	}
	rest = strings.TrimRight(rest, " ")
	return strings.HasSuffix(rest, " –") || strings.HasSuffix(rest, " -") || strings.HasSuffix(rest, " —") ||
		strings.HasSuffix(rest, " |")
}

// explainerPhrases say a headline explains the news or answers its
// readers' questions, folded: "Segunda vuelta: cinco claves para entender
// el duelo", "Grève SNCF : remboursement, échange... vos questions, nos
// réponses", "what to watch", "what's at stake". Every headline of the
// labelled parts with one of them stands alone, and some had joined the
// election or the strike they explain.
var explainerPhrases = []string{
	"claves para", "vos questions", "your questions answered", "what to watch", "things to know",
	"what to know", "cose da sapere", "lo que hay que saber", "ce qu'il faut savoir", "ce qu’il faut savoir", "was sie wissen mussen",
	"what it is, how", "how it spreads", "how to protect", "what is at stake", "what's at stake", "what’s at stake",
	// What to expect, and what one needs to know: "India's moon sample
	// mission: what to expect from Chandrayaan-7", "Перед фіналом: що
	// треба знати про Чжоу Їнін".
	"what to expect", "you need to know", "things to watch", "najwazniejsze informacje",
	// What an event lays bare: "Poso quake exposes gaps in Indonesia's
	// building code enforcement". The news is what happened.
	"exposes gaps", "expose gaps", "exposes flaws", "expose flaws", "exposes weaknesses", "exposes cracks", "lays bare", "was man wissen muss", "o que voce precisa saber", "что нужно знать",
	"що треба знати", "що потрібно знати",
}

// explainerPhrase reports whether a folded headline has one of
// explainerPhrases.
func explainerPhrase(folded string) bool {
	for _, p := range explainerPhrases {
		if strings.Contains(folded, p) {
			return true
		}
	}
	// "French rail strike: what travellers need to know".
	if i := strings.Index(folded, " need to know"); i > 0 {
		w := strings.LastIndex(folded[:i], "what ")
		return w >= 0 && len(strings.Fields(folded[w:i])) <= 3
	}
	return false
}

// whoIsPiece reports whether a headline, folded, begins by asking who
// someone is: "Kim jest Marta Zielińska? Ekonomistka z Gdańska, która
// miała uporządkować finanse państwa", "Who is Ana Ruiz, Chile's new
// president?". A profile, beside the news of its person.
func whoIsPiece(folded string) bool {
	q := strings.IndexAny(folded, "?？")
	if q < 0 {
		return false
	}
	for _, p := range whoIsWords {
		if strings.HasPrefix(folded, p) && len(p) < q {
			return true
		}
	}
	return false
}

// whoIsWords begin a question of who someone is, folded.
var whoIsWords = []string{
	"who is ", "who was ", "who are ", "kim jest ", "kim byl ", "qui est ", "quien es ", "wer ist ", "chi e ", "quem e ",
	"wie is ", "kto to ", "кто такой ", "кто такая ", "кто такие ", "хто такий ", "хто така ", "хто такі ",
}

// whoProfile reports whether an English headline is a profile headed
// "The", one person and "who": "The director who made a Palme d'Or
// winner without leaving a trace", "The girl from Zlín who learnt her
// backhand against a church wall", "The schoolteacher's son from Khon
// Kaen who wants to run Thailand". Of five such headlines in the parts,
// four are alone; the fifth is of many ("The nurses of Goma who ended an
// outbreak") and news.
func whoProfile(title string) bool {
	rest, ok := strings.CutPrefix(title, "The ")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) < 3 {
		return false
	}
	first := words[0]
	if p, ok := strings.CutSuffix(first, "'s"); ok {
		first = p + "_" // a possessive: the person is who it names
	} else if strings.HasSuffix(first, "s") {
		return false // many
	}
	for _, w := range words[1:min(len(words), 7)] {
		if w == "who" {
			return unicode.IsLower([]rune(first)[0])
		}
	}
	return false
}

// opinionShould reports whether an English headline, folded, says what
// somebody should do in its own voice: "Neither the ministry nor the
// union should gamble with patients' lives". News gives the voice
// ("Court says Ontario must compensate teachers") or asks ("What
// Queenslanders should do now"); of the parts' headlines with "should",
// all others labelled a desk's or asking, this one alone was neither.
func opinionShould(folded string) bool {
	i := strings.Index(folded, " should ")
	if i < 0 {
		// "Colombia's centre has one last chance. Ospina must not waste it"
		i = strings.Index(folded, " must ")
	}
	if i < 0 || strings.ContainsAny(folded, "?:|") {
		return false
	}
	for _, w := range strings.Fields(folded) {
		if attribution[strings.Trim(w, ",.'\"")] {
			return false
		}
	}
	for _, w := range strings.Fields(folded[:i]) {
		if asking[w] {
			return false
		}
	}
	return true
}

// attribution are the words that give a headline's voice; asking, the
// words that ask.
var (
	attribution = map[string]bool{
		"says": true, "say": true, "said": true, "urges": true, "urge": true, "warns": true, "warn": true,
		"tells": true, "told": true, "asks": true, "demands": true, "insists": true, "argues": true,
		"according": true, "believes": true, "thinks": true, "rules": true, "ruled": true,
		"orders": true, "ordered": true, "finds": true, "decides": true, "agree": true, "agrees": true,
	}
	asking = map[string]bool{
		"what": true, "how": true, "why": true, "who": true, "where": true, "when": true, "whether": true, "if": true,
	}
)

// beforeSpacedDash returns what of title comes before its first dash
// between spaces (" - ", " – ", " — "), if that is among its first 24
// bytes: a label's place.
func beforeSpacedDash(title string) (string, bool) {
	head := title[:min(len(title), 24)]
	for i := 1; i < len(head); i++ {
		if head[i-1] != ' ' {
			continue
		}
		rest := title[i:]
		for _, d := range [...]string{"- ", "– ", "— "} {
			if strings.HasPrefix(rest, d) {
				return title[:i-1], true
			}
		}
	}
	return "", false
}

// previewPhrases say a headline is of the days before a match: its
// line-ups as the coaches may pick them, its team news, where to watch
// it. A report of the match has the line-ups that played.
var previewPhrases = []string{
	"predicted line-up", "predicted lineup", "probable line-up", "probable lineup", "possible line-up",
	"possible lineup", "team news", "how to watch", "where to watch", "probabili formazioni",
	"alineaciones probables", "posibles alineaciones", "compos probables", "compositions probables",
	"voraussichtliche aufstellung", "escalacoes provaveis", "provaveis escalacoes",
	// "Before the game", in the languages whose desks head a preview so:
	// "Przed rewanżem w Londynie. Bayern broni przewagi".
	"przed rewanzem", "przed meczem", "vor dem ruckspiel", "vor dem spiel", "vor dem finale",
	"avant le match", "avant le retour", "antes del partido", "antes de la final", "antes do jogo",
	"antes da partida", "alla vigilia", "a la veille du",
	// A desk's predictions: "Venezia 95, chi vincerà il Leone d'oro? I
	// nostri pronostici", "Palme d'or : nos pronostics".
	"nostri pronostici", "nos pronostics", "nuestros pronosticos", "our predictions",
	// Where to watch it, in four more languages: "Ferraro-Quiroga, prima
	// finale Slam per entrambi: precedenti, orari e dove vederla in tv".
	"dove vederla", "dove vedere", "ou regarder", "donde ver", "onde assistir",
	// Before the final, the match, in Ukrainian and Russian.
	"перед фіналом", "перед финалом", "перед матчем",
}

// previewPhrase reports whether a headline, folded, says it is a match's preview
// (previewPhrases): "Benfica vs Arsenal: Team news, predicted line-ups
// and how to watch", "Arsenal-Inter, le probabili formazioni". Both had
// joined the result's reports.
func previewPhrase(folded string) bool {
	if !strings.Contains(folded, "line") && !strings.Contains(folded, "watch") && !strings.Contains(folded, "team news") &&
		!strings.Contains(folded, "formaz") && !strings.Contains(folded, "alinea") && !strings.Contains(folded, "compo") &&
		!strings.Contains(folded, "aufstell") && !strings.Contains(folded, "escalac") && !strings.Contains(folded, "przed") &&
		!strings.Contains(folded, "vor dem") && !strings.Contains(folded, "avant") && !strings.Contains(folded, "antes d") &&
		!strings.Contains(folded, "vigilia") && !strings.Contains(folded, "veille") && !strings.Contains(folded, "pronosti") &&
		!strings.Contains(folded, "predictions") && !strings.Contains(folded, "dove ved") && !strings.Contains(folded, "regarder") &&
		!strings.Contains(folded, "donde ver") && !strings.Contains(folded, "assistir") && !strings.Contains(folded, "перед") {
		return false // no word of previewPhrases: most headlines
	}
	for _, p := range previewPhrases {
		if strings.Contains(folded, p) {
			return true
		}
	}
	return beforeTheGame(folded)
}

// beforeTheGame reports whether a German headline, folded, is headed
// "before the ...-game": "Vor dem Inter-Spiel: Brandl bangt um Torwart
// Haas", "Vor dem Pokalfinale".
func beforeTheGame(folded string) bool {
	i := strings.Index(folded, "vor dem ")
	if i < 0 {
		return false
	}
	rest := folded[i+len("vor dem "):]
	if end := strings.IndexAny(rest, " :,.!?"); end >= 0 {
		rest = rest[:end]
	}
	for _, game := range [...]string{"spiel", "finale", "duell", "derby"} {
		if strings.HasSuffix(rest, game) {
			return true
		}
	}
	return false
}

// versusPiece reports whether a headline is headed by a match, "A v B:"
// or "A vs B:", and gives no score: "Quintana v Verbeek: how Sunday's
// title decider could play out". A report gives the score ("Arsenal 3
// Inter Milan 1") or says who won; a piece so headed is a preview, a live
// blog or a talking point, and had joined the report.
func versusPiece(title string, colon int) bool {
	i := colon
	if i <= 0 || !strings.Contains(title[:i], " v") && !strings.Contains(title[:i], " V") || strings.ContainsAny(title, "0123456789") {
		return false
	}
	words := strings.Fields(Fold(title[:i]))
	if len(words) < 3 || len(words) > 8 {
		return false
	}
	ascii := !strings.ContainsFunc(title[:i], func(r rune) bool { return r >= utf8.RuneSelf })
	for _, w := range words[1 : len(words)-1] {
		// Czech and Slovak "v" is "in" ("Stávka v Německu:"): "v" only
		// between names of ASCII letters.
		if w == "vs" || w == "vs." || ascii && (w == "v" || w == "v.") {
			return true
		}
	}
	return false
}

// theSubtitle reports whether an English headline's part after its colon
// begins "the" and names rather than tells: "A narrow mandate and a
// hostile Congress: the odds stacked against Helena Barros", "From
// Barnsley to Zonguldak: the coal towns that can't let go". News puts
// what happened after its colon ("Earthquake off Hokkaido: what we
// know", "Vantix fined €1.2bn: what it means"); of the twelve headlines
// so made in the labelled parts, eleven are a desk's pieces, and the
// twelfth is Italian ("a Istanbul finisce 3-3").
func theSubtitle(title string, colon int) bool {
	i := colon
	if i <= 0 {
		return false
	}
	after := strings.Fields(title[i+1:])
	return len(after) >= 3 && after[0] == "the"
}

// fromToPiece reports whether a headline begins "From ... to ...:" (or
// portraitFrom's words in another language) and goes on with an article:
// "From Barnsley to Zonguldak: the coal towns that can't let go", "From
// Livorno's public courts to the top five: the unhurried rise of Elena
// Marchetti". A feature so headed joined the news of its place or its
// person. News is headed so too, but says what happened after the colon
// ("From importer to exporter: Nigeria's first petrol cargo sails"), so
// what follows must be an article and a noun with a relative clause or
// an "of".
func fromToPiece(title string, colon int) bool {
	i := colon
	if i <= 0 {
		return false
	}
	first, _, _ := strings.Cut(title, " ")
	if _, ok := portraitFrom[Fold(first)]; !ok {
		return false
	}
	_, size := utf8.DecodeRuneInString(title[i:])
	words, after := strings.Fields(Fold(title[:i])), strings.Fields(Fold(title[i+size:]))
	if len(words) < 4 || len(after) < 2 {
		return false
	}
	to, ok := portraitFrom[words[0]]
	if !ok || !slices.Contains(words[2:], to) || !portraitArticles[after[0]] {
		return false
	}
	for _, w := range after[1:] {
		if w = strings.Trim(w, ",.'\""); relativePronouns[w] || ofWords[w] {
			return true
		}
	}
	return false
}

// ofWords say whose a feature's subject is ("the unhurried rise of
// Elena Marchetti"), folded.
var ofWords = map[string]bool{"of": true, "de": true, "du": true, "des": true, "di": true, "del": true, "della": true, "von": true, "van": true, "do": true, "da": true}

// looming are the words that say a game is to come, after it: "test
// looms", "final beckons", "derby awaits".
var looming = map[string]bool{"looms": true, "loom": true, "beckons": true, "awaits": true, "approaches": true}

// matchWords are the games a preview comes before, folded.
var matchWords = map[string]bool{
	"final": true, "finals": true, "semi-final": true, "semifinal": true, "quarter-final": true, "quarterfinal": true,
	"opener": true, "match": true, "clash": true, "game": true, "derby": true, "tie": true, "showdown": true,
	"decider": true, "race": true, "prix": true, "test": true, "fixture": true, "leg": true,
}

// labelledTopic reports whether a headline begins with a topic of a few
// words whose last is a desk's label, before a colon: "Final-day
// preview: title, Europe and the drop all to play for", "Champions
// League analysis: ...", "Weekend explainer: ...".
func labelledTopic(title string, colon int) bool {
	i := firstOf(colon, strings.IndexByte(title, '|'))
	if i <= 0 || i > 60 { // four words at most
		return false
	}
	// Words are counted between spaces ("Champions League quarter-finals
	// live:" has four); the label may end a word after a hyphen
	// ("Wahl-Analyse:").
	if n := len(strings.Fields(title[:i])); n > 4 || n < 2 && !strings.ContainsAny(title[:i], "-–") {
		return false // one word is deskPiece's; more is a sentence
	}
	words := strings.FieldsFunc(title[:i], func(r rune) bool { return r == ' ' || r == '-' || r == '–' })
	if len(words) < 2 {
		return false
	}
	return deskLabels[Fold(words[len(words)-1])]
}

// whyWords begin a headline that asks why, folded: "Why Okinawa's
// typhoon season keeps starting earlier", "Mengapa Filipina begitu
// sering dilanda topan?", "Portugal : pourquoi les électeurs
// retournent aux urnes". Such a piece explains the news of a season,
// not one event: of the eight such headlines in the labelled parts,
// seven are alone and six of those joined the news they explain. The
// eighth ("Why adobe keeps killing in Peru's earthquakes") is of its
// quake and cites its magnitude, 6.8: such a piece joins only an event
// it shares a number of three characters or more with (a figure of the
// event: a magnitude, a toll, a rate), never on words, place and kind
// of news alone.
var whyWords = map[string]bool{
	"why": true, "pourquoi": true, "warum": true, "wieso": true, "weshalb": true,
	"perche": true, "waarom": true, "dlaczego": true, "mengapa": true, "kenapa": true,
	"почему": true, "чому": true, "γιατι": true, "لماذا": true, "क्यों": true,
	"为什么": true, "为何": true, "なぜ": true, "왜": true,
}

// howWords ask how, folded: with a why after them, an explainer's.
var howWords = map[string]bool{
	"how": true, "comment": true, "como": true, "wie": true, "come": true, "hoe": true, "jak": true,
	"bagaimana": true, "как": true, "як": true, "πως": true, "كيف": true, "कैसे": true,
}

// whyPiece reports whether a headline asks why: its first word, or the
// first after a topic and a colon ("Portugal : pourquoi ..."), is a word
// of whyWords, or it begins "¿Por qué", "Por que", "Tại sao" or
// "Kwa nini".
func whyPiece(title string) bool {
	if t := strings.TrimRight(title, " "); strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return true // a question: "印度IPO热潮还能持续多久？"
	}
	if i := colonAt(title); i >= 0 && whyPiece(strings.TrimLeft(title[i+1:], ": ：")) {
		return true
	}
	t := strings.TrimLeft(title, "¿¡\"'“‘« ")
	end := strings.IndexFunc(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r)
	})
	if end < 0 {
		end = len(t)
	}
	first := Fold(t[:end])
	if whyWords[first] {
		return true
	}
	// How, and why further on: "How Marburg spreads, and why there is
	// still no vaccine", "Virus de Marburg : comment se transmet-il et
	// pourquoi inquiète-t-il autant". (A why further on alone is as often
	// news: "Voters ask why the election was called".)
	if howWords[first] {
		for _, w := range strings.FieldsFunc(Fold(t[end:]), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if whyWords[w] {
				return true
			}
		}
	}
	for _, w := range []string{"なぜ", "为什么", "为何", "왜 "} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	f := Fold(t)
	return strings.HasPrefix(f, "por que ") || strings.HasPrefix(f, "tai sao ") || strings.HasPrefix(f, "kwa nini ")
}
