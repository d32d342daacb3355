package model

import (
	"unicode"
	"unicode/utf8"
)

// LookupRegion resolves a region name or alias, case- and accent-insensitive,
// ignoring spacing and punctuation: "asia-pacific", "Asia – Pacific", "APAC"
// and "asia pacific" are all Asia - Pacific; "Other" is Other. Every short
// name the screen shows is accepted too ("AFR", "EUR", "MIDE", "Amer.",
// "MidEast"). ok is false for anything else, countries included. Used for
// --region flags and region:, and for tags.
func LookupRegion(name string) (r Region, ok bool) {
	var scratch [64]byte
	key := nameKey(scratch[:0], name)
	if r, ok = regionIndex[string(key)]; !ok {
		r, ok = labelIndex[string(key)]
	}
	return r, ok
}

// RegionNames lists the canonical region names, for error messages:
// "Africa", "Americas", "Asia - Pacific", "Europe", "Middle East", "Other".
func RegionNames() []string {
	names := make([]string, 0, len(WorldRegions)+1)
	for _, r := range WorldRegions {
		names = append(names, r.String())
	}
	return append(names, Other.String())
}

// CountryRegion returns the region of a country or territory named by its
// name, a common alternative name, an unambiguous capital or big city, or an
// unambiguous demonym: "Kenya", "Kenyan", "Nairobi", "Türkiye", "Ivory
// Coast", "DRC", "UK", "U.S.", "UAE". The whole name must match, ignoring
// case, accents and punctuation; ok is false otherwise, and for names that
// are as often something else ("Georgia").
func CountryRegion(name string) (Region, bool) {
	var scratch [64]byte
	ref, ok := places().countries[string(nameKey(scratch[:0], name))]
	return ref.region, ok
}

// ClassifyRegions decides a story's regions, trying in turn, and stopping at
// the first step that names any region:
//
//  1. explicit region names from a story file's front matter (LookupRegion).
//     An explicit "Other" counts: the author said the story has no region.
//     Names that do not resolve are ignored.
//  2. terms (feed categories, tags) that name a region or an alias;
//  3. terms that name a country (CountryRegion);
//  4. places named in the headline, or else in the dateline; inferred is
//     true. The headline comes first because a dateline says where the story
//     was filed, and agencies file foreign stories from home ("ISTANBUL" on
//     a story about Seoul and Beijing).
//
// Section words (World, Politics, Sports...) are never regions. A story may
// get several regions; nothing found gives the empty set, which is Other.
func ClassifyRegions(explicit, terms []string, headline, dateline string) (set RegionSet, inferred bool) {
	declared := false
	for _, name := range explicit {
		if r, ok := LookupRegion(name); ok {
			set = set.Add(r)
			declared = true
		}
	}
	if declared {
		return set, false
	}
	var countries RegionSet
	for _, term := range terms {
		var scratch [64]byte
		key := nameKey(scratch[:0], term)
		if r, ok := regionIndex[string(key)]; ok {
			set = set.Add(r)
		} else if ref, ok := places().countries[string(key)]; ok {
			countries = countries.Add(ref.region)
		}
	}
	if set != 0 {
		return set, false
	}
	if countries != 0 {
		return countries, false
	}
	if set = InferRegions(headline); set == 0 {
		set = InferRegions(dateline)
	}
	return set, set != 0
}

// InferRegions finds the countries, capitals, big cities, demonyms and world
// regions named in free text such as a headline or a dateline.
//
// A name must be written as a name: "Turkey" but not "turkey", "US" but not
// "us" (nor "US" in text written all in capitals, where it may be the word),
// and a dateline in capitals ("ANKARA") is fine. The longest name wins:
// "Papua New Guinea" is not Guinea, "New South Wales" is not Wales. Names
// that are as often a person ("Jordan", "Chad") count only next to a word such
// as "king" or "president"; names too ambiguous for that are not in the
// gazetteer at all (see gazetteer.go).
func InferRegions(text string) RegionSet {
	var f found
	f.infer(text)
	return f.regions
}

// InferCountries finds the countries named in free text as InferRegions
// finds regions, in the order they are named: by their names, capitals,
// big cities and demonyms, in English or in another language and script
// ("Seoul", "서울", "Сеул", "한국", "Japanese", "日本"). A name two
// countries share ("Congolese") and a region's name ("Balkans") give none.
func InferCountries(text string) CountrySet {
	var f found
	f.infer(text)
	return f.countries
}

// found gathers the regions and countries named in text.
type found struct {
	regions   RegionSet
	countries CountrySet
}

func (f *found) add(r Region, c Country) {
	f.regions = f.regions.Add(r)
	f.countries = f.countries.Add(c)
}

func (f *found) infer(text string) {
	// Room for a lead paragraph (summaries are cut near 300 letters), so
	// that placing a story allocates nothing.
	var bufArr [512]byte
	var wordArr [96]regionWord
	buf, words, hasLower := splitRegionWords(bufArr[:0], wordArr[:0], text)
	index := places()
	for i := 0; i < len(words); {
		n, p := matchPlace(index.text, buf, words, i, hasLower)
		if n == 0 {
			if words[i].unbroken {
				matchRuns(index.runs, words[i].text(buf), f)
			} else if p, ok := withoutClitic(index.text, words[i].text(buf)); ok {
				f.add(p.region, p.country)
			}
			i++
			continue
		}
		f.add(p.region, p.country)
		i += n
	}
}

// withoutClitic finds a one-word name in an Arabic word that begins with
// a conjunction or preposition written as part of it: "والسعودية" (and
// Saudi Arabia), "بمصر" (in Egypt).
func withoutClitic(textIndex map[string]place, w []byte) (place, bool) {
	const size = len("و") // each clitic is two bytes in UTF-8
	if len(w) < size+6 || w[0] != 0xd9 && w[0] != 0xd8 {
		return place{}, false
	}
	switch string(w[:size]) {
	case "و", "ب", "ل", "ف":
	default:
		return place{}, false
	}
	p, ok := textIndex[string(w[size:])]
	return p, ok && p.flags == 0 && p.region != Other
}

// matchPlace returns the number of words of the longest place name that starts
// at words[i] and is written as one, and the place (region Other for a phrase that
// only stops a false match); 0 if no name starts there.
func matchPlace(textIndex map[string]place, buf []byte, words []regionWord, i int, hasLower bool) (int, place) {
	start := words[i].start
	first, ok := textIndex[string(buf[start:words[i].end])]
	if !ok || !words[i].fits(first.lead) {
		return 0, place{}
	}
	for n := min(int(first.span), len(words)-i); n > 0; n-- {
		p := first
		if n > 1 {
			if p, ok = textIndex[string(buf[start:words[i+n-1].end])]; !ok {
				continue
			}
		}
		if p.flags&prefixOnly == 0 && p.foundAt(buf, words, i, n, hasLower) {
			return n, p
		}
	}
	return 0, place{}
}

// foundAt reports whether words[i:i+n], which spell p's name, are written as
// the name is and stand where it may be inferred.
func (p place) foundAt(buf []byte, words []regionWord, i, n int, hasLower bool) bool {
	for k, w := range words[i : i+n] {
		if !w.fits(p.caps >> (2 * k) & 3) {
			return false
		}
	}
	switch {
	case p.flags&notInCapitals != 0:
		return hasLower
	case p.flags&needsStateWord != 0:
		return nextToStateWord(buf, words, i, n)
	}
	return true
}

// nextToStateWord reports whether the name words[i:i+n] is followed by a
// state word ("Jordan's king"), preceded by one and "of" ("King of
// Jordan"), or preceded by a word of where ("floods in southern Jordan",
// "in Chad"): a person is seldom in or across another.
func nextToStateWord(buf []byte, words []regionWord, i, n int) bool {
	if j := i + n; j < len(words) && stateWords[string(words[j].text(buf))] {
		return true
	}
	if i >= 1 && whereWords[string(words[i-1].text(buf))] {
		return true
	}
	return i >= 2 && string(words[i-1].text(buf)) == "of" && stateWords[string(words[i-2].text(buf))]
}

// A place is what the text index knows about a name, or about a word that
// only begins longer names.
type place struct {
	region  Region
	country Country // 0 for a region's name, or one two countries share
	flags   placeFlags
	// caps says how each word must be written in text, two bits a word.
	caps uint16
	// For a one-word key, span is the number of words of the longest name
	// that starts with the word, so matching knows how far to look, and lead
	// is the loosest casing any of those names has for it, so a word written
	// otherwise ("new", "people") needs no further lookups.
	span uint8
	lead uint16
}

type placeFlags uint8

const (
	prefixOnly     placeFlags = 1 << iota // the word only begins longer names
	needsStateWord                        // "~": also a first name
	notInCapitals                         // "!": also an English word in capitals
	// subdivision: a province, state or prefecture (see subdivisions).
	// It gives its country, but coverage reads its words as words, not
	// as a place: one language writes it one way, and stories of one
	// event share it as they share any name.
	subdivision
)

// How a word of a name must be written in text.
const (
	anyCase  = 0 // "and", "of", the "d" of "Côte d'Ivoire"
	capital  = 1 // "Kenya"
	allCaps  = 2 // "US", "EU", the "U" and "S" of "U.S."
	maxWords = 8 // names longer than this are matched as terms only
)

// fits reports whether the word is written with the casing c requires.
func (w regionWord) fits(c uint16) bool {
	switch c {
	case capital:
		return w.initial
	case allCaps:
		return w.upper
	}
	return true
}

// regionWord is one word of a name or text cut by splitRegionWords; its
// folded form is buf[start:end] of the buffer it was appended to.
type regionWord struct {
	start, end int
	initial    bool // begins with a capital (or not with a lower-case letter)
	upper      bool // has no lower-case letter
	letter     bool // has a letter: "&" and "2024" have none
	unbroken   bool // has a letter of a script written without spaces
}

func (w regionWord) text(buf []byte) []byte { return buf[w.start:w.end] }

// splitRegionWords appends the folded words of s to buf, one space apart,
// and their places to words. Letters and digits make words, "&" is the word "and", a
// possessive "'s" is dropped ("Jordan's" is "Jordan"), and every other
// character, apostrophes, hyphens, dashes and dots included, ends a word.
// hasLower reports whether s has any lower-case letter.
func splitRegionWords(buf []byte, words []regionWord, s string) (_ []byte, _ []regionWord, hasLower bool) {
	var cur regionWord // the word being read, appended to words when it ends
	in := false
	for i := 0; i < len(s); {
		var (
			f, g               rune
			lower, letter, run bool
			sep                = true // the rune ends a word
			apostrophe         bool
		)
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of every headline: no tables, no unicode calls.
			i++
			switch {
			case 'a' <= c && c <= 'z':
				f, lower, letter, sep = rune(c), true, true, false
			case 'A' <= c && c <= 'Z':
				f, letter, sep = rune(c+'a'-'A'), true, false
			case '0' <= c && c <= '9':
				f, sep = rune(c), false
			case c == '\'' || c == '`':
				apostrophe = true
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if apostrophe = isApostrophe(r); !apostrophe {
				if f, g = foldRune(r); f == dropRune {
					continue // a combining mark belongs to the letter before it
				}
				if isWordRune(f) {
					sep = false
					lower = unicode.IsLower(r)
					letter = unicode.IsLetter(f)
					run = f >= 0xe00 && unbroken(f)
				}
			}
		}
		if sep {
			if in {
				cur.end = len(buf)
				words = append(words, cur)
				in = false
				if apostrophe && i < len(s) && (s[i] == 's' || s[i] == 'S') && !wordRuneAt(s, i+1) {
					i++ // the "s" of a possessive
				}
			}
			if s[i-1] == '&' {
				buf, words = appendWord(buf, words, "and")
			}
			continue
		}
		if !in {
			if len(words) > 0 {
				buf = append(buf, ' ')
			}
			cur = regionWord{start: len(buf), initial: !lower, upper: true}
			in = true
		}
		if lower {
			cur.upper = false
			hasLower = true
		}
		cur.letter = cur.letter || letter
		cur.unbroken = cur.unbroken || run
		if f < utf8.RuneSelf {
			buf = append(buf, byte(f))
		} else {
			buf = utf8.AppendRune(buf, f)
		}
		if g != 0 {
			buf = utf8.AppendRune(buf, g)
		}
	}
	if in {
		cur.end = len(buf)
		words = append(words, cur)
	}
	return buf, words, hasLower
}

// appendWord appends a word that is not spelled out in the text, such as
// the "and" of "&".
func appendWord(buf []byte, words []regionWord, text string) ([]byte, []regionWord) {
	if len(words) > 0 {
		buf = append(buf, ' ')
	}
	words = append(words, regionWord{start: len(buf), end: len(buf) + len(text), initial: true, upper: true})
	return append(buf, text...), words
}

// nameKey appends to buf the key a name is looked up by: its folded words,
// one space apart, without a leading "the" ("The Gambia" is "gambia").
func nameKey(buf []byte, name string) []byte {
	var wordArr [8]regionWord
	key, words, _ := splitRegionWords(buf, wordArr[:0], name)
	if len(words) > 1 && string(words[0].text(key)) == "the" {
		return key[words[1].start:]
	}
	return key
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`':
		return true
	}
	return false
}

// isWordRune reports whether a folded rune belongs in a word: a letter, a
// digit, or a mark, such as the vowel signs of Devanagari and Thai.
func isWordRune(f rune) bool {
	if f < utf8.RuneSelf {
		return 'a' <= f && f <= 'z' || '0' <= f && f <= '9'
	}
	return unicode.IsLetter(f) || unicode.IsDigit(f) || unicode.In(f, unicode.Mn, unicode.Mc)
}

// wordRuneAt reports whether s has a word rune at byte offset i.
func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	f, _ := foldRune(r)
	return f == dropRune || isWordRune(f) && !isApostrophe(r)
}
