package model

import (
	"slices"
	"strings"
	"testing"
)

// conceptsOf returns the names of the concepts (outcomes with their "~")
// the grouping reads in text.
func conceptsOf(text string) []string {
	c := NewCoverage()
	c.readTerms(text, 1)
	var got []string
	for term, f := range c.feat {
		switch f.kind {
		case conceptKind:
			got = append(got, strings.TrimPrefix(term, "\x01"))
		case outcomeKind:
			got = append(got, "~"+strings.TrimPrefix(term, "\x01"))
		}
	}
	slices.Sort(got)
	return got
}

// One event word in thirteen languages is one concept term.
func TestConceptsAreTheSameInEveryLanguage(t *testing.T) {
	for _, tc := range []struct {
		want  string
		words []string
	}{
		{"earthquake", []string{"地震", "지진으로", "землетрясение", "Землетрясения", "الزلزال", "séisme", "SÉISMES",
			"Erdbeben", "Seebeben", "terremoto", "earthquake", "quakes", "σεισμός", "ΣΕΙΣΜΟΣ", "भूकंप", "sisma"}},
		{"cyclone", []string{"台風", "台风", "颱風", "태풍이", "typhoon", "Hurricane", "cyclone", "ураган", "τυφώνας", "إعصار", "चक्रवात", "tufão"}},
		{"strike", []string{"strike", "Streik", "Warnstreik", "grève", "huelga", "sciopero", "забастовка", "απεργία", "إضراب", "हड़ताल", "罢工", "ストライキ", "파업"}},
		{"election", []string{"election", "élections", "elecciones", "eleições", "elezioni", "Parlamentswahl", "Bundestagswahl", "Präsidentschaftswahlen", "Stichwahl", "выборы", "εκλογές", "انتخابات", "चुनाव", "选举", "選挙", "총선"}},
		{"agreement", []string{"agreement", "Abkommen", "accord", "acuerdo", "договор", "договора", "соглашение", "اتفاق", "协定", "合意"}},
		{"rate", []string{"rates", "Leitzins", "taux", "金利", "利率", "기준금리", "ставку", "επιτόκια", "الفائدة"}},
	} {
		for _, w := range tc.words {
			if got := conceptsOf(w); !slices.Equal(got, []string{tc.want}) {
				t.Errorf("%q: concepts %q, want %q", w, got, tc.want)
			}
		}
	}
}

// A word that only holds an event word, or begins with a short one, is
// not that event: a prefix stops where the word says something else.
func TestConceptsNeedTheWordNotAPart(t *testing.T) {
	for _, text := range []string{
		"firearms", "firewall", "strikers", "Brandenburg", "important", "manifesto", "panneau",
		"deadline", "rapport", "tremendous", "marché", "en marcha", "Junta de Andalucía",
		"ratepayers", "striker", "electorate's", "votes", "golpe", "estrella",
		"Auswahl", "Qualwahl", "Zuwahl",
		"договорились", "договориться", // "agreed", a verb of any meeting, not an agreement
	} {
		if got := conceptsOf(text); len(got) > 0 {
			t.Errorf("%q: concepts %q, want none", text, got)
		}
	}
}

// A sentence gives what happened and its outcomes, each once.
func TestConceptsOfAHeadline(t *testing.T) {
	for text, want := range map[string][]string{
		"Magnitude 6.2 earthquake kills 11 in Sulawesi":                 {"earthquake", "~deaths"},
		"Ceasefire holds as talks resume":                               {"ceasefire"},
		"印尼苏拉威西岛发生6.2级地震 已致11人死亡":                                       {"earthquake", "~deaths"},
		"Erdbeben auf Sulawesi: Elf Tote in Indonesien":                 {"earthquake", "~deaths"},
		"زلزال بقوة 5.7 درجات يضرب جنوب إيران ويقتل ثلاثة":              {"earthquake"},
		"Rumäniens Regierungschef Stanciu tritt zurück":                 {"resignation"},
		"Volkswagen ruft 180.000 Elektroautos wegen Brandgefahr zurück": {"recall"},
		"Ätna bricht aus: Flughafen Catania geschlossen":                {"eruption"},
		"Der Kanzler tritt heute vor die Presse":                        nil,
		"Die Bahn ruft zum Sparen auf":                                  nil,
	} {
		if got := conceptsOf(text); !slices.Equal(got, want) {
			t.Errorf("%q: concepts %q, want %q", text, got, want)
		}
	}
}

// Every word of the table is read back as its own concept: no word is
// shadowed by another concept's, nor lost by being too short to index.
func TestConceptTableWordsFindTheirConcept(t *testing.T) {
	lex := concepts()
	for _, line := range strings.Split(conceptTable, "\n") {
		name, words, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		want := strings.TrimPrefix(name, "~")
		for _, w := range strings.Fields(words) {
			if strings.HasSuffix(w, ":") || strings.Contains(w, "-") {
				continue
			}
			word := strings.Trim(w, "*")
			if strings.HasPrefix(w, "*") {
				word = "xxxxxxxx" + word // a compound
			}
			found := false
			for _, term := range conceptsOf(word) {
				if strings.TrimPrefix(term, "~") == want {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: %q reads as %q", name, w, conceptsOf(word))
			}
		}
	}
	if len(lex.concepts) < 50 {
		t.Errorf("%d concepts", len(lex.concepts))
	}
}

// A story in a script written in one country above all, that names no
// country, is of that country; one that names another is of that one.
func TestCoverageTermsGiveAStoryTheCountryOfItsScript(t *testing.T) {
	for text, want := range map[string][]string{
		"H3ロケット5号機の打ち上げ成功":         {"JP"},
		"韓国・安東で山火事　住民3000人が避難":     {"KR"},
		"강원 삼척 산불 2시간 만에 진화":       {"KR"},
		"北京遭遇特大暴雨 6人遇难":            {"CN"},
		"Bauernprotest in Brüssel": {"BE"},
		"Streik bei der Bahn":      nil,
	} {
		c := NewCoverage()
		c.vector(text, "", "")
		var got []string
		for term, f := range c.feat {
			if f.kind == countryKind {
				got = append(got, strings.TrimPrefix(term, "\x00"))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%q: countries %q, want %q", text, got, want)
		}
	}
}

// A company's name in any language is one term, read as a country's: a
// Korean story of Volkswagen is of Volkswagen, not of South Korea.
func TestCoverageTermsNameTheCompanyInAnyLanguage(t *testing.T) {
	vw := companyTerm("volkswagen")
	for _, text := range []string{
		"Volkswagen recalls 180,000 electric cars", "VW ruft Elektroautos zurück", "大众汽车因电池起火风险召回电动车",
		"폭스바겐, 배터리 화재 위험에 전기차 리콜", "フォルクスワーゲン、電気自動車をリコール", "Фольксваген отзывает электромобили",
	} {
		c := NewCoverage()
		c.vector(text, "", "")
		if f, ok := c.feat[vw]; !ok || f.kind != countryKind || !f.place {
			t.Errorf("%q: no company term (terms %q)", text, keys(c.feat))
		}
		if _, ok := c.feat[countryTerm(countryOf("KR"))]; ok {
			t.Errorf("%q: a story of a company it names is given South Korea", text)
		}
	}
	for _, text := range []string{"大众消费回暖", "现代化建设", "Mercedes Sosa sings again"} {
		c := NewCoverage()
		c.readTerms(text, 1)
		for term, f := range c.feat {
			if f.kind == countryKind {
				t.Errorf("%q: country or company term %q", text, term)
			}
		}
	}
}
