package model

import (
	"strings"
	"testing"
)

// validRegions is every bit a RegionSet may have.
var validRegions = func() RegionSet {
	var s RegionSet
	for _, r := range WorldRegions {
		s = s.Add(r)
	}
	return s
}()

// FuzzClassifyRegions feeds arbitrary front matter, terms ("|"-separated),
// headlines and datelines through the classifier: it must never panic, and
// must only ever answer with real regions.
func FuzzClassifyRegions(f *testing.F) {
	f.Add("", "World|Politics", "Seoul urges Beijing to send North Koreans held in China to South Korea", "ISTANBUL")
	f.Add("Europe|other", "", "", "")
	f.Add("", "Asia – Pacific|MENA|Côte d’Ivoire", "Jordan's king meets U.S. envoy", "N'DJAMENA")
	f.Add("", "", "Papua New Guinea & Guinea-Bissau: Co\u0302te d'Ivoire's \xff", "PARIS, Texas")
	f.Add("", "'s|&|the|The", "'s & the 's ' s'' ’s", "’")
	f.Add("", strings.Repeat("a b ", 40), strings.Repeat("New ", 300)+"South Wales", strings.Repeat("É", 200))
	f.Fuzz(func(t *testing.T, explicit, terms, headline, dateline string) {
		got, inferred := ClassifyRegions(split(explicit), split(terms), headline, dateline)
		if got&^validRegions != 0 {
			t.Errorf("ClassifyRegions gave invalid regions %08b", got)
		}
		if inferred && got == 0 {
			t.Error("ClassifyRegions inferred the empty set")
		}
		for _, text := range []string{headline, dateline} {
			if set := InferRegions(text); set&^validRegions != 0 {
				t.Errorf("InferRegions(%q) gave invalid regions %08b", text, set)
			}
			if r, ok := LookupRegion(text); ok && r >= numRegions || !ok && r != Other {
				t.Errorf("LookupRegion(%q) = %v, %v", text, r, ok)
			}
			if r, ok := CountryRegion(text); ok && (r == Other || r >= numRegions) || !ok && r != Other {
				t.Errorf("CountryRegion(%q) = %v, %v", text, r, ok)
			}
		}
	})
}

func split(list string) []string {
	if list == "" {
		return nil
	}
	return strings.Split(list, "|")
}
