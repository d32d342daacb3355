package model

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The terms of a story, as coverage grouping reads them (see Coverage).

// Boosts: a place the gazetteer knows, a name, a number of three
// characters or more.
const (
	placeBoost  = 1.5
	nameBoost   = 1.5
	numberBoost = 1.5
	stemLength  = 7 // letters a word is cut to
)

// readTerms adds the terms of text to c.feat, each occurrence counting
// weight.
func (c *Coverage) readTerms(text string, weight float32) {
	if text == "" {
		return
	}
	c.readNumbers(text, weight)
	c.prevName = -2
	var hasLower bool
	c.buf, c.words, hasLower = splitRegionWords(c.buf[:0], c.words[:0], text)
	buf, words := c.buf, c.words
	// A headline in Title Case or capitals has no telling names from words.
	capitalised, letters := 0, 0
	for _, w := range words {
		if w.letter {
			letters++
			if w.initial {
				capitalised++
			}
		}
	}
	titleCase := !hasLower || capitalised*5 > letters*3
	if titleCase && hasLower {
		// German capitalises its nouns: "Schweres Erdbeben im Süden Perus"
		// is not Title Case, as a German word left in lower case shows.
		for _, w := range words {
			if w.letter && !w.initial && !w.upper && germanSmallWords[string(w.text(buf))] {
				titleCase = false
				break
			}
		}
	}
	index, lex, tables := places(), concepts(), wordTables()
	placeEnd := 0    // words before it belong to a place name
	inPlace := false // and are read as a place (not a subdivision's)
	for i, w := range words {
		if i >= placeEnd {
			if n, p := matchPlace(index.text, buf, words, i, hasLower); n > 0 && p.region != Other {
				placeEnd, inPlace = i+n, p.flags&subdivision == 0
				if p.country != 0 {
					c.addCountry(p.country, weight)
				}
			} else if p, ok := greekGenitive(index.countries, w.text(buf)); ok {
				placeEnd, inPlace = i+1, true
				c.addCountry(p.country, weight)
			} else if titleCase || w.upper || w.end-w.start < 5 {
				// No genitive nor case form: most words stop here.
			} else if p, ok := genitiveS(index.text, w, buf, titleCase); ok {
				placeEnd, inPlace = i+1, p.flags&subdivision == 0
				c.addCountry(p.country, weight)
			} else if p, ok := inflectedPlace(index.text, w, buf, titleCase, c.langHits[englishLatin] > 0); ok {
				placeEnd, inPlace = i+1, p.flags&subdivision == 0
				c.addCountry(p.country, weight)
			}
		}
		if !w.letter {
			continue // digits: readNumbers has them
		}
		word := w.text(buf)
		entry := tables.whole[string(word)] // the tables of a whole word, at once
		fact := entry.fact
		if fact.function && c.langHits[fact.lang] < 255 {
			c.langHits[fact.lang]++
		}
		if fact.one && i+1 < len(words) {
			next := string(words[i+1].text(buf))
			if m, ok := multiplierWords[next]; ok {
				c.latin = scaled(append(c.latin[:0], '1'), m)
				c.addNumber(c.latin, weight)
				continue
			}
			if unitWords[next] {
				c.addNumber([]byte("1"), weight)
				continue
			}
		}
		if fact.number {
			// "twelve", "zwölf Milliarden": the number, not a word.
			num := strconv.AppendInt(c.latin[:0], int64(fact.value), 10)
			if i+1 < len(words) {
				if m, ok := multiplierWords[string(words[i+1].text(buf))]; ok {
					num = scaled(num, m)
				}
			}
			c.latin = num
			c.addNumber(num, weight)
			continue
		}
		if word[0] >= 0xd7 && i >= placeEnd {
			c.wordSound(word) // Hangul, Arabic, Hebrew, Indic; a place's name is its country's
		}
		if w.unbroken || arabicWord(word) {
			lex.inRun(word, func(id int32) { c.addConcept(id, weight) })
			if country := koreanHanCountry(buf, words, i, word); country != 0 {
				c.addCountry(country, weight)
			}
			if w.unbroken {
				c.readRun(index.runs, word, weight)
				continue
			}
		}
		start := tables.startOf(word) // and of its first runes
		if id := start.phraseAt(buf, words, i); id >= 0 {
			c.addConcept(id, weight)
		}
		if latin, ok := romanise(c.latin[:0], word); ok {
			c.latin, word = latin, latin
			entry, start = tables.whole[string(word)], tables.startOf(word)
			fact = entry.fact
		}
		if i >= placeEnd {
			if country := start.demonymCountry(word); country != 0 {
				c.addCountry(country, weight/2)
			}
		}
		if id := entry.capitalAt(w); id >= 0 {
			c.addConcept(id, weight)
		}
		short := utf8.RuneCount(word) < 3
		if !short && fact.stop {
			continue
		}
		if id := entry.conceptOf(start, word); id >= 0 {
			if firedWeapon(buf, words, i, word) {
				continue // neither the concept nor the word "fire"
			}
			c.addConcept(id, weight)
		} else if entry.separable {
			if id := lex.separableAt(buf, words, i); id >= 0 {
				c.addConcept(id, weight)
			}
		}
		if short {
			continue
		}
		boost, place := float32(1), false
		switch {
		case i < placeEnd:
			boost, place = placeBoost, inPlace
		case w.initial && !titleCase && i > 0:
			boost = nameBoost
		}
		id := c.addTerm(stem(word), weight, boost, place)
		if c.inTitle && i >= placeEnd && w.initial && !titleCase {
			c.headName(id)
		}
		// A headline's first word is its subject as often as not
		// ("Hanbit chairman Park jailed"): it sounds as a name does.
		if boost == nameBoost || i == 0 && w.initial && !titleCase && !w.upper && c.inTitle {
			c.nameSound(word, i)
		}
	}
}

// countryTerm is the term of a place's country: the same in every
// language ("Spain", "Spanien", "Espagne", "Murcia", "西班牙"), so stories
// of one event in several languages share it. It is a place: it makes a
// match closer, never one on its own (see Coverage.joins).
func countryTerm(c Country) string { return "\x00" + c.String() }

// The kinds of terms. Numbers, countries and concepts are written alike
// in every language and script, so they are what a story shares with the
// others of its event when it is told in another script (see
// crossJoins).
type covKind uint8

const (
	wordTerm    covKind = iota
	digitNumber         // one digit: "6", "six"; too common to count as a number shared
	shortNumber         // two characters: "14", "41"
	longNumber          // three or more: "6.8", "2-1", "300000"
	countryKind         // countryTerm
	conceptKind         // conceptTerm: what happened
	outcomeKind         // conceptTerm of an outcome: deaths, injuries
)

func (k covKind) neutral() bool { return k != wordTerm }

func (k covKind) number() bool { return k == digitNumber || k == shortNumber || k == longNumber }

func (c *Coverage) addCountry(country Country, weight float32) {
	if !slices.Contains(c.countries, country) {
		c.countries = append(c.countries, country)
	}
	if c.countryIDs == nil {
		c.countryIDs = make([]int32, maxCountry+1)
	}
	// A country's term id, kept: its term built and looked up at every
	// place of every story was a string allocated each time.
	id := c.countryIDs[country] - 1
	if id < 0 {
		term := countryTerm(country)
		var ok bool
		if id, ok = c.vocab[term]; !ok {
			id = c.newTerm(term)
		}
		c.countryIDs[country] = id + 1
	}
	c.addID(id, weight, placeBoost, true, countryKind)
}

func (c *Coverage) addTerm(term []byte, weight, boost float32, place bool) int32 {
	id := c.termOf(term)
	c.addID(id, weight, boost, place, wordTerm)
	return id
}

func (c *Coverage) addKind(term string, weight, boost float32, place bool, kind covKind) {
	id, ok := c.vocab[term]
	if !ok {
		id = c.newTerm(term)
	}
	c.addID(id, weight, boost, place, kind)
}

// termOf returns the id of a term, new if it was never read: IDs are
// given in the order terms are first read, so a grouping comes out the
// same every time. Looking a term up by its bytes allocates nothing.
func (c *Coverage) termOf(term []byte) int32 {
	if id, ok := c.vocab[string(term)]; ok {
		return id
	}
	return c.newTerm(string(term))
}

func (c *Coverage) newTerm(term string) int32 {
	id := int32(len(c.df))
	c.vocab[term] = id
	c.df = append(c.df, 0)
	c.place = append(c.place, false)
	c.name = append(c.name, false)
	c.kind = append(c.kind, wordTerm)
	c.who = append(c.who, strings.HasPrefix(term, "\x00@"))
	c.bank = append(c.bank, centralBankTerms[term] || strings.HasPrefix(term, cbPrefix))
	c.post = append(c.post, nil)
	c.unsorted = append(c.unsorted, false)
	c.slot = append(c.slot, 0)
	return id
}

// addID adds an occurrence of term id to the story being read.
func (c *Coverage) addID(id int32, weight, boost float32, place bool, kind covKind) {
	if kind == countryKind {
		c.hasCountry = true
	}
	k := c.slot[id] - 1
	if k < 0 {
		k = int32(len(c.featIDs))
		c.featIDs = append(c.featIDs, id)
		c.feat = append(c.feat, covWeight{})
		c.slot[id] = k + 1
	}
	f := &c.feat[k]
	f.tf += weight
	f.boost = max(f.boost, boost)
	f.place = f.place || place
	f.kind = max(f.kind, kind)
}

// readRun adds the terms of a word with characters of a script written
// without spaces (Chinese, Japanese, Thai; Korean is spaced but glues its
// particles to the word): the places of the gazetteer found in it, with
// their countries; the overlapping pairs of characters of each stretch of
// that script, as most search engines index it (its words are not marked);
// and the words of other scripts inside it ("FTA", "JAXA"), as names. Its
// digits are numbers, read by readNumbers.
func (c *Coverage) readRun(runs map[string]runPlace, run []byte, weight float32) {
	var spans [8][2]int
	n := 0
	for p, at := range runPlaces(runs, run) {
		if p.region == Other || p.country == 0 {
			continue
		}
		c.addCountry(p.country, weight)
		if n < len(spans) && !p.subdivision {
			spans[n] = at
			n++
		}
	}
	inPlace := func(i, e int) bool {
		for _, s := range spans[:n] {
			if s[0] <= i && e <= s[1] {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(run); {
		r, size := utf8.DecodeRune(run[i:])
		j := i + size
		switch {
		case unbroken(r):
			for j < len(run) {
				r, size := utf8.DecodeRune(run[j:])
				if !unbroken(r) {
					break
				}
				j += size
			}
			c.addBigrams(run[i:j], weight, inPlace)
		case unicode.IsLetter(r):
			for j < len(run) {
				r, size := utf8.DecodeRune(run[j:])
				if unbroken(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				j += size
			}
			if word := run[i:j]; utf8.RuneCount(word) >= 3 && !stopWords[string(word)] {
				c.addTerm(stem(word), weight, nameBoost, false)
			}
		}
		i = j
	}
}

// addBigrams adds the overlapping pairs of characters of a stretch of a
// script written without spaces; a pair inside a place's name is a place.
func (c *Coverage) addBigrams(run []byte, weight float32, inPlace func(i, e int) bool) {
	for i := 0; i < len(run); {
		_, a := utf8.DecodeRune(run[i:])
		if i+a >= len(run) {
			break
		}
		_, b := utf8.DecodeRune(run[i+a:])
		if inPlace(i, i+a+b) {
			c.addTerm(run[i:i+a+b], weight, placeBoost, true)
		} else {
			c.addTerm(run[i:i+a+b], weight, 1, false)
		}
		i += a
	}
}

// stem trims a plural "s" and cuts a word to stemLength letters.
func stem(w []byte) []byte {
	if n := len(w); n >= 5 && w[n-1] == 's' && w[n-2] != 's' {
		w = w[:n-1]
	}
	n := 0
	for i := range string(w) {
		if n == stemLength {
			return w[:i]
		}
		n++
	}
	return w
}

// readNumbers adds the numbers of text as terms: digits grouped by
// thousands separators ("200,000", "200.000", "200 000") become one number,
// a decimal comma a point ("6,4" is "6.4"), and two numbers joined by a
// hyphen or colon a score ("2-1", "29:20"). A multiplier word after it
// multiplies it ("1.2 million" is 1200000, as 120万 is), and a count in
// Chinese numerals before a counter is read too ("三名", "二十五号"). A
// single digit is a term of its own kind (digitNumber): it makes two
// stories closer ("kills six", "6人"), but is too common to count as a
// number they share (crossJoins, joins).
func (c *Coverage) readNumbers(text string, weight float32) {
	var num []byte
	for i := 0; i < len(text); {
		if text[i] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(text[i:]); nativeDigit(r) >= 0 {
				// Digits of another script ("۷۸۰" in a Persian story,
				// "१४" in a Hindi one) are the same numbers: read
				// from here in ASCII digits, as the English story
				// writes them.
				text = text[:i] + asciiDigits(text[i:])
				continue
			}
			if v, j := readHanNumber(text, i); j > i && !hanNumeralBefore(text, i) {
				num = strconv.AppendInt(num[:0], int64(v), 10)
				c.addNumber(num, weight)
				i = j
				continue
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		if !isDigit(text[i]) || !numberMayStart(text, i) {
			i++
			continue
		}
		j := digitsEnd(text, i)
		num = append(num[:0], text[i:j]...)
		group := j - i // digits in the last group
	groups:
		for j < len(text) {
			sep, width := separator(text, j)
			s := j + width
			if sep == 0 || s >= len(text) || !isDigit(text[s]) {
				break
			}
			k := digitsEnd(text, s)
			switch {
			case sep != '-' && sep != ':' && k-s == 3 && group <= 3:
				num = append(num, text[s:k]...) // a thousands group
				j, group = k, 3
				continue
			case sep == ',' || sep == '.':
				num = append(append(num, '.'), text[s:k]...)
				j = k
			case sep == '-' || sep == ':':
				num = winnerFirst(append(append(num, '-'), text[s:k]...))
				j = k
			}
			break groups
		}
		if bytes.IndexByte(num, '-') < 0 { // not a score
			k := j
			if num, j = withMultiplier(num, text, j); j == k {
				var m float64
				if m, j = gluedMultiplier(text, i, j); j == k {
					m, j = multiplierAfter(text, j)
				}
				num = scaled(num, m)
			}
		}
		// One digit glued to a letter is a name ("4x4", "5G", "3D").
		if len(num) > 1 || j == len(text) || text[j] >= utf8.RuneSelf || !isWordByte(text[j]) {
			c.addNumber(num, weight)
		}
		// Letters and digits glued to it are not numbers ("2ab3"); a
		// character of another script may be followed by one ("4月增长8.1%").
		for i = j; i < len(text) && text[i] < utf8.RuneSelf && isWordByte(text[i]); i++ {
		}
	}
}

// nativeDigit returns the value of a decimal digit of a script other
// than the Latin one (Arabic-Indic, Persian, Devanagari, Bengali, Tamil,
// Thai...), -1 for any other rune.
func nativeDigit(r rune) int {
	if r < 0x660 || !unicode.IsDigit(r) {
		return -1
	}
	// Unicode puts every script's digits zero to nine in a row, the
	// zero's code point a multiple of 16 (or 6 past one).
	for z := r - 9; z <= r; z++ {
		if unicode.IsDigit(z) && !unicode.IsDigit(z-1) {
			return int(r - z)
		}
	}
	return -1
}

// asciiDigits returns text with the digits of other scripts written as
// ASCII digits, and the Arabic decimal and thousands separators as a
// point and a comma.
func asciiDigits(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for _, r := range text {
		switch d := nativeDigit(r); {
		case d >= 0:
			b.WriteByte(byte('0' + d))
		case r == '٫':
			b.WriteByte('.')
		case r == '٬':
			b.WriteByte(',')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// numberMayStart reports whether a number may begin at text[i]: at the
// start, or after a character that is neither a digit nor a letter of an
// alphabet ("COP29", "ß2" are names), so after a space, a sign, or a
// character of a script written without spaces ("发生6.8级", "創1995年");
// or after one capital letter or letter of another alphabet that begins a
// word, as a magnitude, an aircraft or a model is written ("M6.5",
// "A350", "ए350", "東部でM6.5の"): the number is what other scripts share
// with it.
func numberMayStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if r < utf8.RuneSelf && !isWordByte(byte(r)) || unbroken(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true
	}
	if !unicode.IsLetter(r) || r < utf8.RuneSelf && !unicode.IsUpper(r) || r >= utf8.RuneSelf && unicode.IsLower(r) && unicode.Is(unicode.Latin, r) {
		return false
	}
	j := i - size // the letter's start: a word must begin there
	if j == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(text[:j])
	return unbroken(p) || !unicode.IsLetter(p) && !unicode.IsDigit(p) && !unicode.IsMark(p)
}

// withMultiplier reads a Chinese, Japanese or Korean multiplier written
// after a number, and the digits after it: "30万" is 300000, "1万5000"
// 15000, "4만3천" 43000, "3천" 3000, as an English story writes them. A multiplier that
// a larger one follows ("5.1万亿", a trillion) is left alone, as is the
// larger one: "5.1兆" stays 5.1, as "5.1 trillion" does.
func withMultiplier(num []byte, text string, j int) ([]byte, int) {
	r, size := utf8.DecodeRuneInString(text[j:])
	var m float64
	switch r {
	case '万', '萬', '만':
		m = 1e4
	case '千', '천':
		m = 1e3
	case '亿', '億', '억':
		m = 1e8
	default:
		return num, j
	}
	if next, _ := utf8.DecodeRuneInString(text[j+size:]); strings.ContainsRune("亿億억兆조", next) {
		return num, j
	}
	v, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		return num, j
	}
	v *= m
	j += size
	if k := digitsEnd(text, j); k > j && m <= 1e4 && k-j < len(strconv.Itoa(int(m))) {
		rest, _ := strconv.Atoi(text[j:k])
		// A digit and a thousand after ten thousands: 4만3천.
		if r, size := utf8.DecodeRuneInString(text[k:]); m > 1e3 && rest < 10 && (r == '千' || r == '천') {
			rest, k = rest*1000, k+size
		}
		v += float64(rest)
		j = k
	}
	if v != math.Trunc(v) || v >= 1e15 {
		return num, j
	}
	return strconv.AppendInt(num[:0], int64(v), 10), j
}

// gluedMultiplier reads a multiplier glued to the number text[i:j], as
// English copy writes money and counts: "$14bn", "£2.4bn", "€900m",
// "1.2bn people"; its factor and where it ends, or 1 and j. "m" and "k"
// are a million and a thousand only after a currency's sign or before a
// word that counts ("1.2m vehicles", "3m people"): "a 5m wave" and "the
// 10k race" are not.
func gluedMultiplier(text string, i, j int) (float64, int) {
	rest := text[j:]
	end := 0
	for end < len(rest) && 'a' <= rest[end] && rest[end] <= 'z' {
		end++
	}
	if end == 0 || end < len(rest) && isWordByte(rest[end]) {
		return 1, j
	}
	money := false
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); strings.ContainsRune("$£€¥₹", r) {
		money = true
	} else if next, _, _ := strings.Cut(strings.TrimLeft(rest[end:], " "), " "); countedWords[strings.ToLower(strings.TrimRight(next, ",.;:"))] {
		money = true // a count, read as money is
	}
	switch rest[:end] {
	case "bn", "bln":
		return 1e9, j + end
	case "m", "mn", "mln":
		if money {
			return 1e6, j + end
		}
	case "k":
		if money {
			return 1e3, j + end
		}
	}
	if f, n, ok := oilUnit(rest[:end], rest[end:]); ok {
		return f, j + end + n
	}
	return 1, j
}

// oilUnit reads the oil trade's thousands and millions of barrels a day,
// "500 kb/d", "1.2 mb/d", "800 kbpd": the factor of unit, a word after a
// number, and how many bytes of rest (what follows the word) it takes
// ("/d"); ok is false when unit is none of them.
func oilUnit(unit, rest string) (factor float64, n int, ok bool) {
	factor = 1e3
	if unit != "" && unit[0] == 'm' {
		factor = 1e6
	}
	switch unit {
	case "kbpd", "mbpd":
		return factor, 0, true
	case "kb", "mb":
		if strings.HasPrefix(rest, "/d") {
			return factor, len("/d"), true
		}
	}
	return 1, 0, false
}

// countedWords are what a count glued to "m" or "k" counts: "1.2m
// vehicles", "3m people", "40k homes".
var countedWords = map[string]bool{
	"vehicles": true, "cars": true, "people": true, "homes": true, "households": true, "customers": true,
	"users": true, "barrels": true, "tonnes": true, "tons": true, "units": true, "passengers": true,
	"jobs": true, "shares": true, "accounts": true, "doses": true, "children": true, "voters": true,
	"residents": true, "visitors": true, "subscribers": true, "devices": true, "phones": true,
	"workers": true, "patients": true, "refugees": true, "tourists": true, "records": true,
	"b/d": true, "bpd": true,
}

// separator returns the separator at text[j] that may join two numbers,
// as one byte ('.', ',', ' ', '-' or ':'), and its width in bytes; 0 if
// none. A no-break or thin space is a space.
func separator(text string, j int) (byte, int) {
	switch text[j] {
	case '.', ',', ' ', '-', ':':
		return text[j], 1
	}
	r, size := utf8.DecodeRuneInString(text[j:])
	switch r {
	case '\u00a0', '\u202f', '\u2009':
		return ' ', size
	case '–', '－':
		return '-', size
	}
	return 0, 0
}

func digitsEnd(text string, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isWordByte reports whether b is an ASCII letter or digit, or part of a
// multi-byte rune (which counts as a letter: "COP29", "ß2" are not numbers).
func isWordByte(b byte) bool {
	return isDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= utf8.RuneSelf
}

// stopWords are folded function words of English, German, Spanish,
// French, Russian, Ukrainian and Greek (romanised), Dutch, Polish,
// Turkish, Indonesian, Vietnamese, Swahili, Czech, Romanian, Hungarian
// and Swedish, of three letters or more, and words of news copy that say
// nothing about which event it is.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		// English
		"the and for with from that this have has had was were are been will would its his her their they them " +
			"after over into about than but not more most also said says say new one two three year years who what " +
			"when which while where per cent percent amid just all can could may might should our out off day days " +
			"week weeks month months first last some other such only still before between during against under very " +
			"told including there these those being then now how any both each many much well back next since around " +
			"nearly almost least people monday tuesday wednesday thursday friday saturday sunday today yesterday " +
			"time times government officials official told saying according you your her him she he did does " +
			"why because through across against up down get gets got made make makes take takes",
		// German
		"der die das und ein eine einer eines einem einen den dem des mit von fur auf ist im zu bei nach aus wie " +
			"als auch sich nicht werden wird wurde wurden sind hat haben soll sollen nur noch mehr uber um am vom " +
			"zum zur bis seit gegen unter vor durch dass oder aber sie er es wir ihr ihre sein seine jahr jahren " +
			"montag dienstag mittwoch donnerstag freitag samstag sonntag",
		// Spanish
		"el la los las del una uno unos unas por para con que sus segun tras sin sobre entre desde hasta ante mas " +
			"como este esta estos estas pero fue han ser son hay ano anos lunes martes miercoles jueves viernes " +
			"sabado domingo",
		// French
		"le les des une du au aux pour par avec dans sur que qui est sont ont ete apres avant entre sans sous plus " +
			"selon leur leurs ses ces cette ce pas lundi mardi mercredi jeudi vendredi samedi dimanche",
		// Russian and Greek, in the Latin letters romanise gives them
		"dlya chto posle kak eto pri ego ona oni byl byla byli bylo budet takzhe goda godu ili uzhe tolko " +
			"kotory kotoraya kotorye cherez vsego okolo bolee" +
			" kai tou tis tin ton stin sto ston sti stis stous gia apo pou ena mia meta den einai oti ypo kata",
		// Dutch, Polish, Turkish, Indonesian and Vietnamese (not "van",
		// which is part of names: Museum Van Bellingen, van der Leyen)
		"het een bij voor naar uit wordt werd zijn ook door niet nog tegen deze dit dat worden " +
			"sie jest dla przez oraz zostal zostala przy jak tym ktore ktory roku " +
			"bir ile icin olarak sonra gibi kadar yuzde daha ama " +
			"dan yang dari untuk dengan pada akan oleh dalam menjadi setelah ini itu tidak " +
			"cua cac nhung duoc trong voi tai khong mot nay nguoi",
		// Swahili, Ukrainian (romanised), Czech, Romanian, Hungarian and
		// Swedish: their commonest function words of three letters or more
		"kwa cha katika baada kutoka hii huo hiyo kuwa kama lakini pia yake zao wake mwaka miaka wakati bado " +
			"shcho pislya yak tse yogo vona voni buv bula buli bulo bude takozh abo vzhe lishe cherez ponad " +
			"jako ktery ktera ktere jsou byl byla bylo podle " +
			"din pentru sau fost este sunt dupa catre prin intre anul " +
			"egy hogy nem volt csak mint vagy utan szerint " +
			"och att det som med har inte till efter var ett vid sig kan ska mot",
		// The months, as dates write them: every story of a day has its
		// month's name ("mardi 14 mai"), and says nothing by it. Not
		// "march" (a protest) nor "mars" (the planet).
		"january february april may june july august september october november december mai " +
			"janvier fevrier avril juin juillet aout septembre octobre novembre decembre " +
			"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
			"janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro " +
			"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre " +
			"januar februar juni juli oktober dezember januari februari maart augustus " +
			"stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia",
	} {
		for _, w := range splitSpaces(list) {
			m[w] = true
		}
	}
	return m
}()

func splitSpaces(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// koreanHanCountries are the countries a Korean headline writes as one
// Han character standing alone: "日 자민당 새 총재에 아리사와" (Japan's
// LDP), "美 연준", "中 수출". Only beside a word in Hangul: alone in a
// Chinese or Japanese text such a character is a word of its own.
var koreanHanCountries = map[string]string{
	"日": "JP", "美": "US", "中": "CN", "英": "GB", "佛": "FR", "獨": "DE", "露": "RU", "印": "IN", "濠": "AU",
}

// koreanHanCountry returns the country of words[i] if it is one of
// koreanHanCountries and a word beside it is in Hangul.
func koreanHanCountry(buf []byte, words []regionWord, i int, word []byte) Country {
	code, ok := koreanHanCountries[string(word)]
	if !ok {
		return 0
	}
	for _, j := range [...]int{i - 1, i + 1} {
		if j < 0 || j >= len(words) {
			continue
		}
		if r, _ := utf8.DecodeRune(words[j].text(buf)); unicode.Is(unicode.Hangul, r) {
			return countryOf(code)
		}
	}
	return 0
}

// firedWeapon reports whether word, words[i], is English "fire" as what
// police and troops do with a weapon: "Police fire tear gas as fuel
// protests hit Nairobi" is no fire, and had joined a market's fire in the
// same city on the same day. "Fire tears through Nairobi's market" is.
func firedWeapon(buf []byte, words []regionWord, i int, word []byte) bool {
	if w := string(word); w != "fire" && w != "fires" && w != "fired" || i+1 >= len(words) {
		return false
	}
	next := string(words[i+1].text(buf))
	if next == "tear" {
		return i+2 < len(words) && string(words[i+2].text(buf)) == "gas"
	}
	if firedWeapons[next] {
		return true
	}
	// "Police fire on protesters", "troops opened fire at the crowd"; not
	// "Fire at Bangladesh garment plant kills 12".
	return (next == "on" || next == "at" || next == "into") && i > 0 && firers[string(words[i-1].text(buf))]
}

// firedWeapons are what is fired, folded; firers, who fires on or at
// someone.
var (
	firedWeapons = map[string]bool{
		"teargas": true, "tear-gas": true, "shots": true, "bullets": true, "rubber": true, "live": true,
		"warning": true, "rockets": true, "missiles": true, "water": true,
	}
	firers = map[string]bool{
		"police": true, "troops": true, "soldiers": true, "army": true, "forces": true, "gunmen": true,
		"guards": true, "officers": true, "military": true, "militants": true, "rebels": true, "open": true,
		"opened": true, "opens": true,
	}
)

// germanSmallWords are German words a headline leaves in lower case and
// English Title Case never writes so (nor at all, most of them).
var germanSmallWords = map[string]bool{
	"im": true, "der": true, "die": true, "das": true, "und": true, "fur": true, "mit": true, "nach": true,
	"bei": true, "zum": true, "zur": true, "vom": true, "auf": true, "des": true, "dem": true, "den": true,
	"ein": true, "eine": true, "nicht": true, "ist": true, "wird": true, "sind": true, "aus": true,
	"uber": true, "gegen": true, "vor": true, "seit": true, "wegen": true, "trotz": true, "als": true,
	"wie": true, "noch": true, "auch": true, "mindestens": true, "nur": true, "bis": true,
}

// genitiveS finds a place by its German, Dutch or Scandinavian genitive,
// which adds an "s" to the name ("Japans Notenbank", "Rumäniens
// Regierungschef", "Chinas Exporte"); the gazetteer has the nominative
// only. The word must be capitalised in a headline that is not Title Case
// ("Turkeys Pardoned" is the bird), and the name one that needs no state
// word and may stand in capitals.
func genitiveS(text map[string]place, w regionWord, buf []byte, titleCase bool) (place, bool) {
	if titleCase || !w.initial || w.upper || w.end-w.start < 5 || buf[w.end-1] != 's' {
		return place{}, false
	}
	return genitiveStem(text, buf[w.start:w.end-1])
}

// genitiveStem is genitiveS past its first tests.
func genitiveStem(text map[string]place, stem []byte) (place, bool) {
	p, ok := text[string(stem)]
	if !ok || p.country == 0 || p.region == Other || p.flags&(prefixOnly|needsStateWord|notInCapitals) != 0 {
		return place{}, false
	}
	return p, true
}

// inflectedPlace finds a place by a case form of its name in a language
// that inflects names, which changes or adds an ending; the gazetteer
// has the nominative only:
//
//   - Polish locatives and genitives: "na Litwie" (Litwa), "w Berlinie",
//     "w Hamburgu", "z Rumunii", "w Grecji";
//   - Czech and Slovak: "v Praze" (Praha), "v Ostravě", "z Prahy";
//   - Finnish: "Tukholman" (Tukholma, Stockholm), "Ruotsissa",
//     "Suomesta", "Helsinkiin";
//   - Hungarian: "Prágában" (Prága), "Romániából", and the adjective of a
//     place, written in lower case: "romániai tanárok" (Romanian teachers),
//     "budapesti";
//   - Romanian: "României" (România), "Bucureștiului".
//
// As for genitiveS, a word in capitals, or in a headline in Title Case,
// is not read so; nor is any once the story has shown an English
// function word (an English story's "Bernie" is not Bern): English
// inflects no names. The lower-case adjective is read only in a word of
// seven letters or more.
func inflectedPlace(text map[string]place, w regionWord, buf []byte, titleCase, english bool) (place, bool) {
	if english || titleCase || w.upper || w.end-w.start < 5 || !w.initial && (w.end-w.start < 7 || buf[w.end-1] != 'i') {
		return place{}, false
	}
	return caseForm(text, w.text(buf), w.initial)
}

// caseForm is inflectedPlace past its first tests.
func caseForm(text map[string]place, word []byte, initial bool) (place, bool) {
	if !initial {
		// A Hungarian adjective of a place: "romániai", "budapesti".
		return stemPlace(text, word, 1, "")
	}
	for _, e := range caseEndings {
		if len(word) > len(e.end) && string(word[len(word)-len(e.end):]) == e.end {
			if p, ok := stemPlace(text, word, len(e.end)-len(e.keep), e.add); ok {
				return p, true
			}
		}
	}
	return place{}, false
}

// stemPlace returns the place word names with cut bytes taken off its end
// and add put on.
func stemPlace(text map[string]place, word []byte, cut int, add string) (place, bool) {
	var scratch [64]byte
	stem := word[:len(word)-cut]
	if len(stem)+len(add) < 4 || len(stem)+len(add) > len(scratch) {
		return place{}, false
	}
	t := append(append(scratch[:0], stem...), add...)
	p, ok := text[string(t)]
	if ok && p.country != 0 && p.region != Other && p.flags&(prefixOnly|needsStateWord|notInCapitals) == 0 {
		return p, true
	}
	return place{}, false
}

// caseEndings are the endings inflectedPlace takes off a name, folded,
// longest first, and what it puts back: end minus keep is cut, then add
// appended ("Praze": "ze" is cut and "ha" added; "României": "ei" is
// cut, "a" added).
var caseEndings = [...]struct{ end, keep, add string }{
	{"ului", "", ""},  // Romanian genitive: Bucureștiului
	{"ssa", "", ""},   // Finnish inessive: Ruotsissa
	{"sta", "", ""},   // Finnish elative: Ruotsista
	{"lla", "", ""},   // Finnish adessive
	{"lta", "", ""},   // Finnish ablative
	{"ban", "", ""},   // Hungarian inessive: Prágában
	{"ben", "", ""},   // Hungarian inessive: Berlinben
	{"bol", "", ""},   // Hungarian elative: Romániából
	{"rol", "", ""},   // Hungarian delative
	{"iei", "i", "a"}, // Romanian genitive: României
	{"ii", "i", "a"},  // Polish genitive: Rumunii
	{"ji", "j", "a"},  // Polish: Grecji
	{"ie", "", "a"},   // Polish locative: Litwie
	{"ie", "", ""},    // Polish locative: Berlinie
	{"ze", "", "ha"},  // Czech locative: Praze
	{"ce", "", "ka"},  // Czech locative: Americe
	{"e", "", "a"},    // Czech locative: Ostravě
	{"y", "", "a"},    // Czech genitive: Prahy
	{"u", "", ""},     // Polish, Czech: Hamburgu
	{"en", "", "i"},   // Finnish genitive of a name in -i: Suomen
	{"n", "", ""},     // Finnish genitive: Tukholman, Ruotsin
}

// greekGenitive finds a country by the genitive of its Greek name, which
// adds a final sigma to a name ending in a vowel ("της Ελλάδας",
// "της Τουρκίας", "της Χιλής"); the gazetteer has the nominative only.
// (Its Russian names come in every case already.)
func greekGenitive(countries map[string]placeRef, word []byte) (placeRef, bool) {
	stem, ok := bytes.CutSuffix(word, []byte("ς"))
	if !ok || utf8.RuneCount(stem) < 3 {
		return placeRef{}, false
	}
	last, _ := utf8.DecodeLastRune(stem)
	if !strings.ContainsRune("αάηή", last) {
		return placeRef{}, false
	}
	p, ok := countries[string(stem)]
	if !ok || p.country == 0 || p.region == Other {
		return placeRef{}, false
	}
	return p, true
}

// wordFact is what the tables of readTerms say of a word: a function word
// of a Latin-script language (functionWords), "one" before a
// multiplier or unit (oneWords), a number (numberWords), a stop word
// (stopWords).
type wordFact struct {
	function, one, number, stop bool
	lang                        script
	value                       int
}

// wordFacts holds the four tables in one map; wordTables merges it with
// the lexicon's, so that a word costs one lookup for all of them.
var wordFacts = func() map[string]wordFact {
	m := map[string]wordFact{}
	note := func(w string, set func(*wordFact)) {
		f := m[w]
		set(&f)
		m[w] = f
	}
	for w, l := range functionWords {
		note(w, func(f *wordFact) { f.function, f.lang = true, l })
	}
	for w := range oneWords {
		note(w, func(f *wordFact) { f.one = true })
	}
	for w, v := range numberWords {
		note(w, func(f *wordFact) { f.number, f.value = true, v })
	}
	for w := range stopWords {
		note(w, func(f *wordFact) { f.stop = true })
	}
	return m
}()

// winnerFirst writes a score "a-b" with the greater number first: a loser's
// paper writes "1-2" where the winner's writes "2-1" ("한국, 포르투갈에
// 1-2 석패", "Portugal edge South Korea 2-1"), and a rugby score 20:29.
func winnerFirst(num []byte) []byte {
	a, b, ok := bytes.Cut(num, []byte("-"))
	if !ok {
		return num
	}
	x, errA := strconv.Atoi(string(a))
	y, errB := strconv.Atoi(string(b))
	if errA != nil || errB != nil || x >= y {
		return num
	}
	out := append(append([]byte(nil), b...), '-')
	return append(num[:0], append(out, a...)...)
}
