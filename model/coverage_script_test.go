package model

import (
	"testing"
	"time"
)

// The Latin script is told apart by language when its function words say
// which; a text that has none, or as many of two, is the Latin script.
func TestCoverageTellsLatinLanguagesApart(t *testing.T) {
	for text, want := range map[string]script{
		"Turkey's central bank cuts main rate to 45% as the lira steadies":                englishLatin,
		"Türkische Notenbank senkt Leitzins auf 45 Prozent":                               germanLatin,
		"Romania, si dimette il premier dopo la crisi della coalizione":                   italianLatin,
		"Bruxelles : un millier de tracteurs contre l'accord avec le Mercosur":            frenchLatin,
		"Agricultores toman Bruselas con tractores contra el acuerdo":                     spanishLatin,
		"Enchentes no Rio Grande do Sul deixam 12 mortos":                                 portugueseLatin,
		"Etna eruption closes Catania airport":                                            latinScript,
		"Verkiezingen voor de Tweede Kamer op 17 januari, het kabinet wordt demissionair": dutchLatin,
		"Polscy astronomowie współautorami odkrycia ogłoszonego w środę":                  polishLatin,
		"Strajk w fabryce, zginęło dwóch pracowników":                                     polishLatin,
		"Kadıköy'de vapur iskeleye çarptı":                                                turkishLatin,
		"Bank Indonesia menurunkan suku bunga acuan untuk mendorong pertumbuhan":          indonesianLatin,
		"Hơn 1.000 công nhân nhà máy bia ngừng việc":                                      vietnameseLatin,
		"台風25号、フィリピン北部に上陸":                                                                kanaScript,
		"امضای توافق گازی ایران و پاکستان در اسلام‌آباد":                                  persianArabic,
		"پاکستان اور ایران کے درمیان گیس پائپ لائن کا معاہدہ":                             urduArabic,
		"Satamalakko alkoi ja vienti pysähtyy lähes kaikissa satamissa":                   finnishLatin,
		"Sadamatöötajate streik algas ja sadamad on suletud":                              latinScript,
		"Pro-Russian party wins, health care unions strike":                               latinScript,
		"Vláda ustála hlasování o nedůvěře":                                               czechLatin,
		"Sztrájkolnak a romániai tanárok, az erdélyi magyar iskolák is zárva":             hungarianLatin,
		"Grevă generală în educație: majoritatea școlilor sunt închise":                   romanianLatin,
		"مصر ترفع أسعار الوقود":                                                           arabicScript,
		"Regeringen faldt, efter at Venstre forlod koalitionen af fire partier":           danishLatin,
		"Streiken ble avsluttet etter tre dager, sier forbundet":                          norwegianLatin,
		"Riksbanken sänker räntan och att inflationen faller enligt banken":               swedishLatin,
		"Vláda sa rozpadla, koalícia stratila väčšinu podľa prieskumu":                    slovakLatin,
		"Vlada je padla, ker je koalicija izgubila večino, tudi v parlamentu":             slovenianLatin,
		"Požar u skladištu, vatrogasci kažu da nije bilo ozlijeđenih":                     croatianLatin,
		"Els treballadors dels ports fan vaga amb el suport dels sindicats":               catalanLatin,
		"Vyriausybė atsistatydino, kai koalicija prarado daugumą":                         lithuanianLatin,
		"Valdība krita, jo koalīcija zaudēja vairākumu, ziņo ģenerālprokurors":            latvianLatin,
		"Valitsus kukkus, kuid uus koalitsioon ning peaminister on teada":                 estonianLatin,
		"Nagbitiw ang kalihim ng depensa sa gitna ng mga alegasyon":                       tagalogLatin,
		"Serikali imetangaza kuwa chanjo itaanza katika mikoa yote baada ya wiki":         swahiliLatin,
		"Gwamnati ta fara rigakafi a cikin jihar bayan taron":                             hausaLatin,
		"Ìjọba ṣe ìfilọ́lẹ̀ àjẹsára fún àwọn ọmọdé ní ìpínlẹ̀ náà":                        yorubaLatin,
		"Dowladda ayaa sheegtay in tallaalka iyo daawada la qaybin doono":                 somaliLatin,
		"Уряд оголосив, що після виборів коаліція розпалася":                              ukrainianCyrillic,
		"Правителството подаде оставка след вота, които се проведе в България":            bulgarianCyrillic,
		"Влада је пала након гласања због корупције":                                      serbianCyrillic,
		"Владата ќе поднесе оставка по гласањето":                                         macedonianCyrillic,
		"Үкімет отставкаға кетті, бұл туралы президент хабарлады":                         kazakhCyrillic,
		"Правительство ушло в отставку после голосования, которое было":                   cyrillicScript,
	} {
		c := NewCoverage()
		c.vector(text, "", "")
		if got := languageOf(scriptOf(text), &c.langHits); got != want {
			t.Errorf("%q: script %d, want %d", text, got, want)
		}
	}
}

// A story in Dutch, Polish, Turkish or Vietnamese that names no country
// is of its language's country, as a Japanese one is of Japan; one in
// Indonesian is not (Malaysia writes Malay).
func TestCoverageHomeCountryOfALanguage(t *testing.T) {
	for text, want := range map[string]string{
		"Kabinet gevallen: het kabinet wordt demissionair na ruzie over de asielwet": "NL",
		"Strajk kolejarzy w całym kraju, pociągi stoją":                              "PL",
		"Vapur iskeleye çarptı: 23 yaralı":                                           "TR",
		"Công nhân nhà máy bia ngừng việc đòi tăng lương":                            "VN",
		"Satamalakko alkoi – vienti pysähtyy lähes kaikissa satamissa":               "FI",
		"Vláda Tomáše Veselého ustála hlasování o nedůvěře":                          "CZ",
		"Az infláció lassult, de még mindig magas":                                   "HU",
		"Grevă generală în educație: majoritatea școlilor sunt închise de vineri":    "RO",
		"افزایش نرخ بنزین از امروز":                                                  "IR",
		"بجلی کی قیمت میں اضافہ":                                                     "PK",
		"Forsvarsministeren går af efter sagen, siger hun":                           "DK",
		"Koalícia sa rozpadla, premiér podľa opozície stratil väčšinu":               "SK",
		"Požar u skladištu nakon eksplozije, vatrogasci su na terenu":                "HR",
		"Крадци задигнаха злато от музея, които бяха в хранилището":                  "BG",
		"Жазушы қайтыс болды, бұл туралы отбасы хабарлады":                           "KZ",
		"Обмін полоненими: після переговорів додому повернулися 200 військових":      "UA",
	} {
		c := NewCoverage()
		c.vector(text, "", "")
		if _, ok := c.features()[countryTerm(countryOf(want))]; !ok {
			t.Errorf("%q: no %s (terms %q)", text, want, keys(c.features()))
		}
	}
	c := NewCoverage()
	c.vector("Rapat dewan gubernur memutuskan pemangkasan suku bunga dengan hati-hati", "", "")
	for term, f := range c.features() {
		if f.kind == countryKind {
			t.Errorf("an Indonesian story naming no country is given %q", term)
		}
	}
}

// A story in another language of the Latin script joins its event as one
// in another script does, on its country, what happened and its numbers;
// two stories of one language that share those and no words do not: a
// metro strike in Paris and a port strike in Marseille.
func TestCoverageJoinsAcrossLatinLanguages(t *testing.T) {
	at := time.Date(2027, 6, 3, 10, 0, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Meridian Wire", at, "Turkey's central bank cuts its main rate to 45%", "Markets had expected a smaller move"), "a"},
		{news("b", "Rheinblatt", at.Add(time.Hour), "Türkei: Notenbank senkt Leitzins auf 45 Prozent", "Die Märkte hatten weniger erwartet"), "a"},
		{news("c", "Capital Ledger", at.Add(2*time.Hour), "Strike shuts the Paris metro for a day", "Unions want higher pay for drivers"), "c"},
		{news("d", "Northern Courier", at.Add(3*time.Hour), "Dockers strike at the port of Marseille over pensions", "Ferries to Corsica were cancelled"), "d"},
	})
}

// A story in another script that gives no numbers joins its event on its
// country and what happened, however many numbers the event gives; a
// second story in a script the event has is held to that script's words
// (a second wildfire in Korea on one day is another event).
func TestCoverageJoinsAStoryWithoutNumbersOnWhatHappened(t *testing.T) {
	at := time.Date(2028, 2, 9, 5, 0, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Northern Courier", at, "Cyclone Belinda slams into Mozambique near Beira, 60,000 evacuated",
			"Winds of 190 km/h and 300 mm of rain cut power to 450,000 homes in 14 districts; 12 people died and 1,200 schools shut; 25 bridges and 40 villages were cut off"), "a"},
		{news("b", "Huaxia Evening", at.Add(time.Hour), "气旋登陆莫桑比克 6万人紧急撤离",
			"风速达每小时190公里，降雨300毫米，14个区45万户停电，12人死亡，1200所学校停课，25座桥梁和40个村庄被切断"), "a"},
		{news("x", "Folha do Porto", at.Add(90*time.Minute), "Ciclone Belinda atinge a Beira; 60 mil pessoas retiradas",
			"Ventos de 190 km/h e 300 mm de chuva; 12 mortos, 1.200 escolas fechadas e 450 mil casas sem luz em 14 distritos; 25 pontes e 40 aldeias isoladas"), "a"},
		{news("c", "Al-Sahil", at.Add(2*time.Hour), "الإعصار يضرب موزمبيق وإجلاء الآلاف", ""), "a"},
		{news("d", "Dongbu Ilbo", at, "경북 안동 산불 확산…주민 3천여 명 대피", ""), "d"},
		{news("e", "Capital Ledger", at.Add(time.Hour), "Wildfire in South Korea's Andong forces 3,000 to flee", ""), "d"},
		{news("f", "Tokai Shimbun", at.Add(2*time.Hour), "韓国・安東で山火事　住民3000人が避難", ""), "d"},
		{news("g", "Hanbit Daily", at.Add(3*time.Hour), "강원 삼척 산불 2시간 만에 진화", ""), "g"},
	})
}
