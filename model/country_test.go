package model

import (
	"slices"
	"testing"
)

// countries builds a CountrySet from codes, for a test's expectations.
func countries(codes ...string) CountrySet {
	var s CountrySet
	for _, code := range codes {
		c := countryOf(code)
		if c == 0 {
			panic("no country code: " + code)
		}
		s = s.Add(c)
	}
	return s
}

func TestCountryCodeRoundTrips(t *testing.T) {
	for _, code := range []string{"AA", "KR", "ZZ", "US", "GB"} {
		if got := countryOf(code).String(); got != code {
			t.Errorf("countryOf(%q).String() = %q", code, got)
		}
	}
	if countryOf("kr") != countryOf("KR") {
		t.Error("a code in lower case is not the same country")
	}
	for _, bad := range []string{"", "K", "KOR", "K1", "@A", "[A", "é"} {
		if c := countryOf(bad); c != 0 {
			t.Errorf("countryOf(%q) = %v, want no country", bad, c)
		}
	}
}

func TestCountrySetKeepsOrderOnceAndSix(t *testing.T) {
	s := countries("KR", "JP", "KR", "US")
	if got := s.Codes(); !slices.Equal(got, []string{"KR", "JP", "US"}) {
		t.Fatalf("Codes() = %v, want [KR JP US]", got)
	}
	if s.Len() != 3 || !s.Has(countryOf("JP")) || s.Has(countryOf("CN")) {
		t.Errorf("Len/Has wrong for %v", s)
	}
	if s.String() != "KR,JP,US" {
		t.Errorf("String() = %q", s.String())
	}
	full := countries("AR", "BR", "CL", "CO", "PE", "UY", "VE")
	if full.Len() != maxSetCountries || full.Has(countryOf("VE")) || !full.Has(countryOf("UY")) {
		t.Errorf("a full set: %v, want the first six", full)
	}
	if got := CountrySet(0).Codes(); got == nil || len(got) != 0 {
		t.Errorf("no countries: Codes() = %#v, want an empty list", got)
	}
	if got := countries("KE", "DE", "EG").Regions(); got != set(Africa, Europe, MiddleEast) {
		t.Errorf("Regions() = %v", got.Names())
	}
}

func TestCountryNamesAreCLDREnglish(t *testing.T) {
	for code, want := range map[string]string{"KR": "South Korea", "DE": "Germany", "XK": "Kosovo", "CI": "Côte d’Ivoire"} {
		if got := countryOf(code).Name(); got != want {
			t.Errorf("%s.Name() = %q, want %q", code, got, want)
		}
	}
}

func TestLookupCountry(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kr", "KR"},
		{"KR", "KR"},
		{" gb ", "GB"},
		{"South Korea", "KR"},
		{"south korea", "KR"},
		{"Korea", "KR"},
		{"Korean", "KR"},
		{"Seoul", "KR"},
		{"한국", "KR"},
		{"대한민국", "KR"},
		{"Республика Корея", "KR"},
		{"Corée du Sud", "KR"},
		{"Südkorea", "KR"},
		{"韓国", "KR"},
		{"UK", "GB"},
		{"Britain", "GB"},
		{"Türkiye", "TR"},
		{"Ivory Coast", "CI"},
		{"Kosovo", "XK"},
		{"Canary Islands", "ES"},
		{"Deutschland", "DE"},
		{"Германия", "DE"},
		{"ألمانيا", "DE"},
		{"Ελλάδα", "GR"},
		{"भारत", "IN"},
		{"Georgia", "GE"}, // never found in a headline, but a country by name
		{"Myanmar (Burma)", "MM"},
	}
	for _, tt := range tests {
		c, ok := LookupCountry(tt.in)
		if !ok || c.String() != tt.want {
			t.Errorf("LookupCountry(%q) = %v, %v; want %s", tt.in, c, ok, tt.want)
		}
	}
	for _, none := range []string{"", "Narnia", "Europe", "Balkans", "Congolese", "Dominican", "XX", "EU"} {
		if c, ok := LookupCountry(none); ok {
			t.Errorf("LookupCountry(%q) = %v, want none", none, c)
		}
	}
}

// TestInferCountriesInManyScripts: headlines in Latin, Cyrillic, Arabic,
// Han, Hangul, Kana, Devanagari and Greek scripts name their countries,
// in the order named.
func TestInferCountriesInManyScripts(t *testing.T) {
	tests := []struct {
		script, headline string
		want             CountrySet
	}{
		{"Latin, English", "Seoul and Tokyo agree on chip export controls", countries("KR", "JP")},
		{"Latin, demonym", "Kenyan runners sweep Berlin marathon", countries("KE", "DE")},
		{"Latin, Spanish", "Argentina y Brasil firman un acuerdo comercial en Buenos Aires", countries("AR", "BR")},
		{"Latin, French", "La France et l'Allemagne s'opposent sur le budget européen", countries("FR", "DE")},
		{"Cyrillic, Russian case forms", "Путин встретился с лидером Китая в Москве", countries("CN", "RU")},
		{"Cyrillic, Ukrainian", "Україна отримала нову допомогу від Німеччини", countries("UA", "DE")},
		{"Arabic, with a clitic", "مصر والسعودية تبحثان الأزمة في السودان", countries("EG", "SA", "SD")},
		{"Han, Chinese", "中国与日本在北京举行会谈", countries("CN", "JP")},
		{"Hangul", "한국과 일본 정상, 서울에서 회담", countries("KR", "JP")},
		{"Kana and Han, Japanese", "日本とアメリカが東京で協議", countries("JP", "US")},
		{"Katakana", "インドと中国が国境問題で合意", countries("IN", "CN")},
		{"Devanagari", "भारत और जापान के बीच नया समझौता", countries("IN", "JP")},
		{"Greek", "Η Ελλάδα και η Τουρκία συζητούν στην Αθήνα", countries("GR", "TR")},
		{"a name two countries share", "Congolese troops clash near Goma", countries("CD")},
		{"a region is no country", "Storm floods towns across the Balkans", 0},
		{"Georgia is the US state in a headline", "Georgia governor signs budget", 0},
		{"words that are no names", "Shoppers pay more for turkey as us holiday nears", 0},
	}
	for _, tt := range tests {
		if got := InferCountries(tt.headline); got != tt.want {
			t.Errorf("%s: InferCountries(%q) = %v, want %v", tt.script, tt.headline, got, tt.want)
		}
	}
}

func TestClassifyPlaces(t *testing.T) {
	tests := []struct {
		name      string
		clues     Clues
		countries CountrySet
		regions   RegionSet
		inferred  bool
	}{
		{
			name:      "front matter countries win, and give the regions",
			clues:     Clues{Countries: []string{"kr", "Japan", "Narnia"}, Headline: "Kenya votes"},
			countries: countries("KR", "JP"), regions: set(AsiaPacific),
		},
		{
			name:      "a declared region stays, with the countries",
			clues:     Clues{Regions: []string{"Europe"}, Countries: []string{"KR"}},
			countries: countries("KR"), regions: set(Europe),
		},
		{
			name:      "tags that name countries (never by a bare code), then the headline's",
			clues:     Clues{Terms: []string{"AI", "Korea", "Technology"}, Headline: "Kenya votes"},
			countries: countries("KR", "KE"), regions: set(AsiaPacific, Africa),
		},
		{
			name:      "headline, then the lead",
			clues:     Clues{Headline: "Seoul raises rates", Lead: "The move follows Japan and the US."},
			countries: countries("KR", "JP", "US"), regions: set(AsiaPacific, Americas), inferred: true,
		},
		{
			name: "a dateline at the start of the lead is not the lead",
			clues: Clues{Headline: "Korea and China agree on fishing", Dateline: "ISTANBUL",
				Lead: "ISTANBUL — South Korea and China agreed on Monday..."},
			countries: countries("KR", "CN"), regions: set(AsiaPacific), inferred: true,
		},
		{
			name:      "the dateline when the text names nothing",
			clues:     Clues{Headline: "Central bank holds rates", Dateline: "LAGOS", Lead: "LAGOS — The central bank held..."},
			countries: countries("NG"), regions: set(Africa), inferred: true,
		},
		{
			name:      "a region in the headline and a country in the lead",
			clues:     Clues{Headline: "Drought grips the Sahel", Dateline: "PARIS", Lead: "Herders in Niger and Mali..."},
			countries: countries("NE", "ML"), regions: set(Africa), inferred: true,
		},
		{
			name:      "a region in a tag wins over the countries' regions",
			clues:     Clues{Terms: []string{"Europe"}, Headline: "Kenya votes"},
			countries: countries("KE"), regions: set(Europe),
		},
		{
			name:  "nothing",
			clues: Clues{Headline: "Stocks rise", Lead: "Shares rose on Monday."},
		},
	}
	for _, tt := range tests {
		got := ClassifyPlaces(tt.clues)
		if got.Countries != tt.countries || got.Regions != tt.regions || got.RegionsInferred != tt.inferred {
			t.Errorf("%s: got %v %v inferred=%v, want %v %v inferred=%v", tt.name,
				got.Countries, got.Regions.Names(), got.RegionsInferred, tt.countries, tt.regions.Names(), tt.inferred)
		}
	}
}

// The cost of placing a story at ingestion: ClassifyPlaces reads the
// lead as well as the headline, ClassifyRegions (before countries) the
// headline alone.
var benchClues = Clues{
	Terms:    []string{"Economy", "Shipping"},
	Headline: "Australian dock workers set 48-hour stoppage at three container terminals",
	Dateline: "SYDNEY",
	Lead: "SYDNEY — Dock workers at three container terminals in Sydney, Melbourne and Brisbane will walk " +
		"off the job for 48 hours from December 2, their union said on Monday, after nine months of " +
		"negotiations over a new enterprise agreement failed to produce a deal with operators from Singapore.",
}

func BenchmarkClassifyPlaces(b *testing.B) {
	places()
	b.ReportAllocs()
	for b.Loop() {
		ClassifyPlaces(benchClues)
	}
}

func BenchmarkClassifyRegionsHeadlineOnly(b *testing.B) {
	places()
	for b.Loop() {
		ClassifyRegions(nil, benchClues.Terms, benchClues.Headline, benchClues.Dateline)
	}
}
