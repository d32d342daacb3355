package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Search is a parsed query in the language shared by the / filter,
// `dateline list --query` and saved searches (see ParseSearch). The zero
// Search matches every story.
type Search struct {
	text     string
	words    []string // free words, each the prefix of some word of the text
	phrases  []phrase
	excluded []phrase // a one-word phrase is a prefix word, as in words
	sections []phrase // each the prefix, word by word, of the section name
	sources  []phrase // likewise of the source name

	regions   RegionSet
	other     bool // region:other
	hasRegion bool

	unread, read, starred bool

	after, before       time.Time
	hasAfter, hasBefore bool
}

// phrase is a run of folded words and their text, one space apart.
type phrase struct {
	text  string
	words []string
}

func newPhrase(words []string) phrase {
	return phrase{text: strings.Join(words, " "), words: words}
}

// SyntaxError says what is wrong with a query and where, so the UI can show
// it inline and the command line can exit 2.
type SyntaxError struct {
	Pos int    // byte offset into the query, 0 <= Pos <= len(query)
	Msg string // what is wrong and how to fix it
}

// Error reads "col N: msg", N being Pos+1 (a byte column, counted from 1).
func (e *SyntaxError) Error() string { return fmt.Sprintf("col %d: %s", e.Pos+1, e.Msg) }

// The keys a term may have, in the order error messages list them.
var searchKeys = [...]struct{ name, example string }{
	{"region", "region:europe"},
	{"section", "section:politics"},
	{"source", `source:"example wire"`},
	{"is", "is:unread"},
	{"after", "after:2026-11-01"},
	{"before", "before:2026-11-02"},
}

const (
	keyRegion = iota
	keySection
	keySource
	keyIs
	keyAfter
	keyBefore
)

const dateLayout = "2006-01-02"

// ParseSearch parses a query. Terms are separated by white space and must
// all hold (AND), except that terms with the same key are alternatives (OR):
//
//	elect        a free word: the prefix of a word of the headline, summary,
//	             source or section, case- and accent-insensitive. Text is cut
//	             into words as Words does, so "covid-19" is the two words
//	             "covid" and "19", and a run of CJK text matches anywhere
//	             in a run. Plain words mean exactly what they mean to ParseQuery.
//	"trade war"  a phrase: its words appear consecutively in one field, all
//	             whole but the last, which is a prefix (so "elect" is the
//	             word elect); a CJK run at its start may begin mid-run.
//	-word        excludes the stories the word or "phrase" would match; a
//	-"a phrase"  word that punctuation splits is excluded as a phrase:
//	             -covid-19 is -"covid 19".
//	region:asia  any name or alias LookupRegion knows, region:"middle east",
//	             region:other for stories with no region.
//	section:pol  the section name starts with these words: section:politics,
//	             section:"world n" (prefix, as typed while filtering).
//	source:ex    likewise for the source name: source:"Example Wire".
//	is:unread    also is:read and is:starred. is:read with is:unread is
//	             either, i.e. no narrowing; is:starred narrows on its own.
//	after:D      published on day D (UTC) or later; before:D: before day D.
//	before:D     Undated stories match neither. Repeated, the range narrows
//	             (the latest after:, the earliest before:).
//
// Keys are case-insensitive; a value may be quoted. A quote opens a phrase
// or value only at the start of a term or right after "key:"; there is no
// escape inside quotes. A word whose part before a colon is not letters
// ("10:30") or whose value starts with "/" ("http://x") is a plain word;
// "word:..." with any other word is an unknown key, an error: quote it to
// search for it. Keys cannot be negated (-region:asia is an error). A lone
// "-", a "" and terms with no letters or digits are nothing.
//
// The error, always a *SyntaxError, names the position and the fix;
// unfinished values are errors too (region:as, after:2026-1), so a UI
// filtering as the user types keeps its last good result meanwhile.
func ParseSearch(text string) (Search, error) {
	p := searchParser{text: text, q: Search{text: text}}
	for i := p.skipSpace(0); i < len(text); i = p.skipSpace(i) {
		var err error
		if i, err = p.term(i); err != nil {
			return Search{}, err
		}
	}
	return p.q, nil
}

type searchParser struct {
	text string
	q    Search
}

// term parses the term at text[i:], which is not a space, and returns where
// it ends.
func (p *searchParser) term(i int) (int, error) {
	text := p.text
	start := i
	neg := text[i] == '-'
	if neg {
		i++
		if i == len(text) || spaceAt(text, i) {
			return i, nil // a lone "-": the user is still typing
		}
	}
	if text[i] == '"' {
		body, end, err := quoted(text, i)
		if err != nil {
			return 0, err
		}
		p.addText(neg, queryWords(body), true)
		return end, nil
	}
	if colon, ok := keyAt(text, i); ok {
		key, known := lookupKey(text[i:colon])
		url := colon+1 < len(text) && text[colon+1] == '/'
		switch {
		case known && neg:
			return 0, &SyntaxError{Pos: start, Msg: fmt.Sprintf(
				"only words and phrases can be excluded: remove the - before %s:", searchKeys[key].name)}
		case known:
			return p.keyTerm(key, colon+1)
		case !url:
			return 0, &SyntaxError{Pos: i, Msg: fmt.Sprintf(
				"unknown key %q: use %s; to search for the text, quote it", text[i:colon], keyList())}
		}
	}
	end := wordEnd(text, i)
	p.addText(neg, queryWords(text[i:end]), false)
	return end, nil
}

// addText adds the folded words of a free word or a phrase.
func (p *searchParser) addText(neg bool, words []string, quoted bool) {
	switch {
	case len(words) == 0:
	case neg:
		p.q.excluded = append(p.q.excluded, newPhrase(words))
	case quoted:
		p.q.phrases = append(p.q.phrases, newPhrase(words))
	default:
		p.q.words = append(p.q.words, words...)
	}
}

// keyTerm parses the value of a key term, which starts at v, and returns
// where it ends.
func (p *searchParser) keyTerm(key, v int) (int, error) {
	value, end := "", wordEnd(p.text, v)
	if v < len(p.text) && p.text[v] == '"' {
		var err error
		if value, end, err = quoted(p.text, v); err != nil {
			return 0, err
		}
	} else {
		value = p.text[v:end]
	}
	value = strings.TrimSpace(value)
	empty := func() error {
		return &SyntaxError{Pos: v, Msg: fmt.Sprintf(
			"%s: needs a value, e.g. %s", searchKeys[key].name, searchKeys[key].example)}
	}
	if value == "" {
		return 0, empty()
	}
	q := &p.q
	switch key {
	case keyRegion:
		r, ok := LookupRegion(value)
		if !ok {
			return 0, &SyntaxError{Pos: v, Msg: fmt.Sprintf("unknown region %q: use %s", value, regionList())}
		}
		q.hasRegion = true
		if r == Other {
			q.other = true
		} else {
			q.regions = q.regions.Add(r)
		}
	case keySection, keySource:
		words := queryWords(value)
		if len(words) == 0 {
			return 0, empty()
		}
		if key == keySection {
			q.sections = append(q.sections, newPhrase(words))
		} else {
			q.sources = append(q.sources, newPhrase(words))
		}
	case keyIs:
		switch Fold(value) {
		case "unread":
			q.unread = true
		case "read":
			q.read = true
		case "starred":
			q.starred = true
		default:
			return 0, &SyntaxError{Pos: v, Msg: fmt.Sprintf("unknown is:%s: use is:unread, is:read or is:starred", value)}
		}
	case keyAfter, keyBefore:
		day, err := time.Parse(dateLayout, value)
		if err != nil {
			msg := fmt.Sprintf("bad date %q: dates are YYYY-MM-DD, e.g. 2026-11-01", value)
			if dateShaped(value) {
				msg = fmt.Sprintf("bad date %q: no such day; dates are YYYY-MM-DD", value)
			}
			return 0, &SyntaxError{Pos: v, Msg: msg}
		}
		if key == keyAfter {
			if !q.hasAfter || day.After(q.after) {
				q.after = day
			}
			q.hasAfter = true
		} else {
			if !q.hasBefore || day.Before(q.before) {
				q.before = day
			}
			q.hasBefore = true
		}
	}
	return end, nil
}

// quoted returns the text between the quote at text[i] and the next one,
// and the offset after the closing quote.
func quoted(text string, i int) (body string, end int, err error) {
	j := strings.IndexByte(text[i+1:], '"')
	if j < 0 {
		return "", 0, &SyntaxError{Pos: i, Msg: `unclosed quote: add a closing "`}
	}
	return text[i+1 : i+1+j], i + 2 + j, nil
}

// keyAt reports whether text[i:] starts with ASCII letters and a colon,
// the shape of a key, and returns the colon's offset.
func keyAt(text string, i int) (colon int, ok bool) {
	k := i
	for k < len(text) && ('a' <= text[k] && text[k] <= 'z' || 'A' <= text[k] && text[k] <= 'Z') {
		k++
	}
	return k, k > i && k < len(text) && text[k] == ':'
}

func lookupKey(name string) (int, bool) {
	for k, key := range searchKeys {
		if strings.EqualFold(name, key.name) {
			return k, true
		}
	}
	return 0, false
}

// keyList is "region:, section:, ... or before:", for error messages.
func keyList() string {
	names := make([]string, len(searchKeys))
	for k, key := range searchKeys {
		names[k] = key.name + ":"
	}
	return orList(names)
}

// regionList names the regions as they can be typed after region:.
func regionList() string {
	var names []string
	for _, name := range RegionNames() {
		name = strings.ReplaceAll(strings.ToLower(name), " - ", "-")
		if strings.Contains(name, " ") {
			name = `"` + name + `"`
		}
		names = append(names, name)
	}
	return orList(names)
}

func orList(items []string) string {
	n := len(items)
	if n < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:n-1], ", ") + " or " + items[n-1]
}

// dateShaped reports whether s looks like NNNN-NN-NN.
func dateShaped(s string) bool {
	if len(s) != len(dateLayout) {
		return false
	}
	for i := range len(s) {
		if dateLayout[i] == '-' {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (p *searchParser) skipSpace(i int) int {
	for i < len(p.text) && spaceAt(p.text, i) {
		_, size := utf8.DecodeRuneInString(p.text[i:])
		i += size
	}
	return i
}

// wordEnd returns the offset of the first space at or after i, or len(text).
func wordEnd(text string, i int) int {
	for i < len(text) && !spaceAt(text, i) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i
}

func spaceAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// String returns the query as typed.
func (q Search) String() string { return q.text }

// Empty reports whether the query has no terms, so that it matches every
// story without looking at any.
func (q Search) Empty() bool {
	return len(q.words) == 0 && len(q.phrases) == 0 && len(q.excluded) == 0 &&
		len(q.sections) == 0 && len(q.sources) == 0 && !q.hasRegion &&
		!q.unread && !q.read && !q.starred && !q.hasAfter && !q.hasBefore
}

// Words returns the folded free words, in order. Each must be the prefix of
// a word in the story's text, as Words splits it.
func (q Search) Words() []string { return slices.Clone(q.words) }

// Phrases returns the folded phrases, their words one space apart. Every
// word of a phrase is also the prefix of a word of a matching story, so an
// index can narrow by them before Matches decides.
func (q Search) Phrases() []string { return texts(q.phrases) }

// Excluded returns the folded excluded words and phrases, words one space
// apart; a single word excludes as a prefix, like a free word.
func (q Search) Excluded() []string { return texts(q.excluded) }

// Regions returns the regions asked for, any of which will do, and ok false
// if the query has no region term. region:other is in no RegionSet: see
// WantsOther. (Only region:other gives the empty set, which is Other.)
func (q Search) Regions() (set RegionSet, ok bool) { return q.regions, q.hasRegion }

// WantsOther reports whether region:other was given: stories with no region
// match.
func (q Search) WantsOther() bool { return q.other }

// Sections returns the folded section: values, words one space apart. A
// story matches if its folded section name starts with any of them, word by
// word (whole words but the last, a prefix).
func (q Search) Sections() []string { return texts(q.sections) }

// Sources returns the folded source: values, matched like Sections.
func (q Search) Sources() []string { return texts(q.sources) }

// State returns which is: terms were given. is:unread and is:read together
// let either through; starred narrows on its own.
func (q Search) State() (unread, read, starred bool) { return q.unread, q.read, q.starred }

// Between returns the date range: after inclusive, before exclusive, both
// UTC midnight, zero when absent. Undated stories are outside any range.
// (after:0001-01-01 is time.Time's zero: Matches still keeps undated
// stories out.)
func (q Search) Between() (after, before time.Time) { return q.after, q.before }

func texts(ps []phrase) []string {
	if len(ps) == 0 {
		return nil
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.text
	}
	return out
}
