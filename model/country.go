package model

import (
	"iter"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country is a country or territory by its ISO 3166-1 alpha-2 code, held
// as a number from 1 ("AA") to 676 ("ZZ") so that a story's countries fit
// in one word (CountrySet). The zero value is no country.
type Country uint16

// maxCountry is "ZZ".
const maxCountry = 26 * 26

// countryOf packs two upper-case letters; it returns 0 for anything else.
func countryOf(code string) Country {
	if len(code) != 2 {
		return 0
	}
	a, b := code[0]&^0x20, code[1]&^0x20 // upper case, for ASCII letters
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return 0
	}
	return Country(a-'A')*26 + Country(b-'A') + 1
}

// String is the country's code, "KR"; "" for no country.
func (c Country) String() string {
	if c == 0 || c > maxCountry {
		return ""
	}
	n := c - 1
	return string([]byte{byte('A' + n/26), byte('A' + n%26)})
}

// Name is the country's name in English, as CLDR spells it ("South
// Korea", "Côte d’Ivoire"); its code when CLDR has none.
func (c Country) Name() string {
	code := c.String()
	if code == "" {
		return ""
	}
	if r, err := language.ParseRegion(code); err == nil {
		if name := display.English.Regions().Name(r); name != "" {
			return name
		}
	}
	return code
}

// Region is the part of the world the country is in, as the gazetteer
// places it (Egypt is Middle East, Turkey Europe: see gazetteer.go);
// Other for a code it does not know.
func (c Country) Region() Region {
	return countryRegions()[c]
}

// countryRegions maps every country the gazetteer or regionOverrides
// knows to its region, by Country.
var countryRegions = sync.OnceValue(func() *[maxCountry + 1]Region {
	var out [maxCountry + 1]Region
	for code, r := range regionOverrides {
		out[countryOf(code)] = r
	}
	for _, n := range nations {
		if c := countryOf(n.code); c != 0 {
			out[c] = n.region
		}
	}
	return &out
})

// CountrySet is the countries a story is about, in the order they were
// found (the first is the one its front matter, tags or headline named
// first), each once: up to six of them, ten bits each, in one word, so
// that a library of 100,000 stories holds them in 800 KB and never
// allocates for them. Countries past the sixth are not kept. The zero
// value is no country.
type CountrySet uint64

// maxSetCountries is how many countries a CountrySet holds.
const maxSetCountries = 6

// Add returns the set with c added at the end, unless it has c already, is
// full, or c is no country.
func (s CountrySet) Add(c Country) CountrySet {
	if c == 0 || c > maxCountry {
		return s
	}
	for i := range maxSetCountries {
		switch s.at(i) {
		case c:
			return s
		case 0:
			return s | CountrySet(c)<<(10*i)
		}
	}
	return s
}

func (s CountrySet) at(i int) Country { return Country(s >> (10 * i) & 0x3ff) }

// All yields the countries in order.
func (s CountrySet) All() iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for i := range maxSetCountries {
			c := s.at(i)
			if c == 0 || !yield(c) {
				return
			}
		}
	}
}

// List returns the countries in order; nil for none.
func (s CountrySet) List() []Country {
	var out []Country
	for c := range s.All() {
		out = append(out, c)
	}
	return out
}

// Len is the number of countries in the set.
func (s CountrySet) Len() int {
	n := 0
	for s.at(n) != 0 && n < maxSetCountries {
		n++
	}
	return n
}

// Has reports whether c is in the set.
func (s CountrySet) Has(c Country) bool {
	for x := range s.All() {
		if x == c {
			return true
		}
	}
	return false
}

// Codes returns the countries' codes in order, never nil: ["KR", "JP"].
func (s CountrySet) Codes() []string {
	out := make([]string, 0, s.Len())
	for c := range s.All() {
		out = append(out, c.String())
	}
	return out
}

// String is the codes joined by commas, "KR,JP".
func (s CountrySet) String() string { return strings.Join(s.Codes(), ",") }

// Regions is the set of the countries' regions.
func (s CountrySet) Regions() RegionSet {
	var set RegionSet
	for c := range s.All() {
		set = set.Add(c.Region())
	}
	return set
}

// LookupCountry resolves what a user or a feed may call a country: its
// ISO code in either case ("kr", "KR"), or any name the gazetteer knows
// it by, in English or another language, ignoring case, accents and
// punctuation: "South Korea", "Korea", "Korean", "한국", "Южная Корея",
// "Corée du Sud". A capital or big city is a name too ("Seoul"); a name
// that two countries share ("Congolese") is none. A country's English
// name as CLDR spells it always is, even where the gazetteer leaves it out
// of headlines ("Georgia").
func LookupCountry(name string) (Country, bool) {
	name = strings.TrimSpace(name)
	if c := countryOf(name); c != 0 && countryRegions()[c] != Other {
		return c, true
	}
	var scratch [64]byte
	key := nameKey(scratch[:0], name)
	if ref, ok := places().countries[string(key)]; ok && ref.country != 0 {
		return ref.country, true
	}
	c, ok := englishNames()[string(key)]
	return c, ok
}

// englishNames maps the keys of the CLDR English names of the countries
// the gazetteer knows to them.
var englishNames = sync.OnceValue(func() map[string]Country {
	out := map[string]Country{}
	for _, c := range knownCountries() {
		out[string(nameKey(nil, c.Name()))] = c
	}
	return out
})

// knownCountries lists the countries LookupCountry knows by code, in
// code order.
func knownCountries() []Country {
	var out []Country
	regions := countryRegions()
	for c := Country(1); c <= maxCountry; c++ {
		if regions[c] != Other {
			out = append(out, c)
		}
	}
	return out
}
