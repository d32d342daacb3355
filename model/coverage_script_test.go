package model

import (
	"testing"
	"time"
)

// The Latin script is told apart by language when its function words say
// which; a text that has none, or as many of two, is the Latin script.
func TestCoverageTellsLatinLanguagesApart(t *testing.T) {
	for text, want := range map[string]script{
		"Turkey's central bank cuts main rate to 45% as the lira steadies":     englishLatin,
		"Türkische Notenbank senkt Leitzins auf 45 Prozent":                    germanLatin,
		"Romania, si dimette il premier dopo la crisi della coalizione":        italianLatin,
		"Bruxelles : un millier de tracteurs contre l'accord avec le Mercosur": frenchLatin,
		"Agricultores toman Bruselas con tractores contra el acuerdo":          spanishLatin,
		"Enchentes no Rio Grande do Sul deixam 12 mortos":                      portugueseLatin,
		"Etna eruption closes Catania airport":                                 latinScript,
		"台風25号、フィリピン北部に上陸":                                                     kanaScript,
	} {
		c := NewCoverage()
		c.vector(text, "", "")
		if got := latinLanguage(scriptOf(text), &c.langHits); got != want {
			t.Errorf("%q: script %d, want %d", text, got, want)
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
	for _, tc := range []struct {
		s    *Story
		want string
	}{
		{news("a", "Meridian Wire", at, "Turkey's central bank cuts its main rate to 45%", "Markets had expected a smaller move"), "a"},
		{news("b", "Rheinblatt", at.Add(time.Hour), "Türkei: Notenbank senkt Leitzins auf 45 Prozent", "Die Märkte hatten weniger erwartet"), "a"},
		{news("c", "Capital Ledger", at.Add(2*time.Hour), "Strike shuts the Paris metro for a day", "Unions want higher pay for drivers"), "c"},
		{news("d", "Northern Courier", at.Add(3*time.Hour), "Dockers strike at the port of Marseille over pensions", "Ferries to Corsica were cancelled"), "d"},
	} {
		if got := c.Place(tc.s, ""); got != tc.want {
			t.Errorf("%s (%s): event %q, want %q", tc.s.ID, tc.s.Title, got, tc.want)
		}
	}
}
