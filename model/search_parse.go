package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parser behind ParseSearch: a query is alternatives separated by OR,
// each a run of terms and parenthesised groups that must all hold.
//
//	query := run ("OR" run)*
//	run   := (term | "(" query ")")+
//
// Each run becomes an AND node whose kids are its terms (same keys merged)
// and its groups; each query with OR an OR node.

// The keys a term may have, in the order error messages list them.
var searchKeys = [...]struct{ name, example string }{
	{"region", "region:europe"},
	{"country", "country:kr"},
	{"section", "section:politics"},
	{"source", `source:"example wire"`},
	{"is", "is:unread"},
	{"after", "after:2026-11-01"},
	{"before", "before:2026-11-02"},
}

const (
	keyRegion = iota
	keyCountry
	keySection
	keySource
	keyIs
	keyAfter
	keyBefore
)

// maxDepth bounds the nesting of parentheses.
const maxDepth = 32

// orWord advises what to do with an OR that has a side missing.
const orWord = `quote "or" to find the word`

type searchParser struct {
	text  string
	terms []term
}

// or parses alternatives from i, which is not a space, up to the end of
// the text or a ")" it does not consume, and returns where it stopped.
// open is the offset of the "(" the alternatives are inside, -1 at the top.
func (p *searchParser) or(i, open, depth int) (node, int, error) {
	var alts []node
	lastOR := -1 // the offset of the OR before this run
	for {
		run, end, err := p.run(i, depth)
		if err != nil {
			return node{}, 0, err
		}
		i = end
		empty := run.op == opAnd && len(run.kids) == 0
		if empty && lastOR >= 0 {
			return node{}, 0, &SyntaxError{Pos: lastOR, Msg: "OR with nothing after it: add a term, or " + orWord}
		}
		if p.orAt(i) {
			if empty {
				return node{}, 0, &SyntaxError{Pos: i, Msg: "OR with nothing before it: add a term, or " + orWord}
			}
			alts = append(alts, run)
			lastOR = i
			i = p.skipSpace(i + 2)
			continue
		}
		if !empty || len(alts) == 0 {
			alts = append(alts, run)
		}
		break
	}
	switch {
	case i < len(p.text) && open < 0:
		return node{}, 0, &SyntaxError{Pos: i, Msg: "unmatched ): remove it, or add a ( before it"}
	case i == len(p.text) && open >= 0:
		return node{}, 0, &SyntaxError{Pos: open, Msg: "unclosed (: add a ) after the group"}
	}
	if len(alts) == 1 {
		return alts[0], i, nil
	}
	or := node{op: opOr}
	for _, a := range alts {
		if a.op == opOr {
			or.kids = append(or.kids, a.kids...)
		} else {
			or.kids = append(or.kids, a)
		}
	}
	return or, i, nil
}

// run parses terms and groups from i until the end of the text, a ")" or
// an OR, and returns their AND and where it stopped (not a space).
func (p *searchParser) run(i, depth int) (node, int, error) {
	r := runBuilder{p: p, kids: make([]node, 0, 4)}
	for i = p.skipSpace(i); i < len(p.text) && p.text[i] != ')' && !p.orAt(i); i = p.skipSpace(i) {
		if p.text[i] != '(' {
			var err error
			if i, err = p.term(i, &r); err != nil {
				return node{}, 0, err
			}
			continue
		}
		if depth == maxDepth {
			return node{}, 0, &SyntaxError{Pos: i, Msg: fmt.Sprintf("more than %d ( inside each other: simplify", maxDepth)}
		}
		group, end, err := p.or(p.skipSpace(i+1), i, depth+1)
		if err != nil {
			return node{}, 0, err
		}
		if group.op == opAnd && len(group.kids) == 0 {
			return node{}, 0, &SyntaxError{Pos: i, Msg: "empty (): put terms inside, or remove it"}
		}
		r.add(group)
		i = end + 1 // the ")"
	}
	return r.node(), i, nil
}

// runBuilder gathers the kids of a run's AND, merging key terms.
type runBuilder struct {
	p    *searchParser
	kids []node
	// keyed is 1 + the term index of the run's region, section, source and
	// is: terms, 0 while it has none.
	keyed [keyIs + 1]int32
}

func (r *runBuilder) add(n node) {
	if n.op == opAnd { // a group without OR: its terms join the run
		r.kids = append(r.kids, n.kids...)
	} else {
		r.kids = append(r.kids, n)
	}
}

// addTerm adds a term to the run and returns it, to be filled in.
func (r *runBuilder) addTerm(t term) *term {
	p := r.p
	p.terms = append(p.terms, t)
	k := int32(len(p.terms) - 1)
	r.kids = append(r.kids, node{op: opTerm, term: k})
	return &p.terms[k]
}

// keyTerm returns the run's term for key, made on first use.
func (r *runBuilder) keyTerm(key int, kind termKind) *term {
	if k := r.keyed[key]; k > 0 {
		return &r.p.terms[k-1]
	}
	t := r.addTerm(term{kind: kind})
	r.keyed[key] = int32(len(r.p.terms))
	return t
}

// node returns the run's AND, its kids in the order they are cheapest to
// evaluate: state, regions and dates, then names, words, groups and
// phrases. One kid is itself.
func (r *runBuilder) node() node {
	cost := func(n node) int {
		if n.op != opTerm {
			return 3
		}
		switch r.p.terms[n.term].kind {
		case termState, termRegion, termCountry, termAfter, termBefore:
			return 0
		case termSection, termSource:
			return 1
		case termWord:
			return 2
		}
		return 4
	}
	slices.SortStableFunc(r.kids, func(a, b node) int { return cmp.Compare(cost(a), cost(b)) })
	if len(r.kids) == 1 {
		return r.kids[0]
	}
	return node{op: opAnd, kids: r.kids}
}

// orAt reports whether the bare word OR starts at i.
func (p *searchParser) orAt(i int) bool {
	t := p.text
	if !strings.HasPrefix(t[i:], "OR") {
		return false
	}
	j := i + 2
	return j == len(t) || t[j] == '(' || t[j] == ')' || spaceAt(t, j)
}

// term parses the term at text[i:], which is not a space, a parenthesis
// or OR, adds it to the run and returns where it ends.
func (p *searchParser) term(i int, r *runBuilder) (int, error) {
	text := p.text
	start := i
	neg := text[i] == '-'
	if neg {
		i++
		if i == len(text) || spaceAt(text, i) || text[i] == ')' {
			return i, nil // a lone "-": the user is still typing
		}
		if text[i] == '(' {
			return 0, &SyntaxError{Pos: start, Msg: "only words and phrases can be excluded: remove the - before ("}
		}
	}
	if text[i] == '"' {
		body, end, err := quoted(text, i)
		if err != nil {
			return 0, err
		}
		r.addText(neg, queryWords(body), true)
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
			return r.keyValue(key, colon+1)
		case !url:
			return 0, &SyntaxError{Pos: i, Msg: fmt.Sprintf(
				"unknown key %q: use %s; to search for the text, quote it", text[i:colon], keyList())}
		}
	}
	end := wordEnd(text, i)
	r.addText(neg, queryWords(text[i:end]), false)
	return end, nil
}

// addText adds the folded words of a free word or a phrase.
func (r *runBuilder) addText(neg bool, words []string, quoted bool) {
	switch {
	case len(words) == 0:
	case neg:
		r.addTerm(term{kind: termExcluded, p: newPhrase(words)})
	case quoted:
		r.addTerm(term{kind: termPhrase, p: newPhrase(words)})
	default:
		for _, w := range words {
			r.addTerm(term{kind: termWord, p: newPhrase([]string{w})})
		}
	}
}

func newPhrase(words []string) phrase {
	return phrase{text: strings.Join(words, " "), words: words}
}

// keyValue parses the value of a key term, which starts at v, and returns
// where it ends.
func (r *runBuilder) keyValue(key, v int) (int, error) {
	text := r.p.text
	value, end := "", wordEnd(text, v)
	if v < len(text) && text[v] == '"' {
		var err error
		if value, end, err = quoted(text, v); err != nil {
			return 0, err
		}
	} else {
		value = text[v:end]
	}
	value = strings.TrimSpace(value)
	empty := func() error {
		return &SyntaxError{Pos: v, Msg: fmt.Sprintf(
			"%s: needs a value, e.g. %s", searchKeys[key].name, searchKeys[key].example)}
	}
	if value == "" {
		return 0, empty()
	}
	switch key {
	case keyRegion:
		reg, ok := LookupRegion(value)
		if !ok {
			return 0, &SyntaxError{Pos: v, Msg: fmt.Sprintf("unknown region %q: use %s", value, regionList())}
		}
		t := r.keyTerm(key, termRegion)
		if reg == Other {
			t.other = true
		} else {
			t.regions = t.regions.Add(reg)
		}
	case keyCountry:
		c, ok := LookupCountry(value)
		if !ok {
			return 0, &SyntaxError{Pos: v, Msg: unknownCountry(value)}
		}
		t := r.keyTerm(key, termCountry)
		if !slices.Contains(t.countries, c) {
			t.countries = append(t.countries, c)
		}
	case keySection, keySource:
		words := queryWords(value)
		if len(words) == 0 {
			return 0, empty()
		}
		kind := termSection
		if key == keySource {
			kind = termSource
		}
		t := r.keyTerm(key, kind)
		t.any = append(t.any, newPhrase(words))
	case keyIs:
		var unread, read, starred bool
		switch Fold(value) {
		case "unread":
			unread = true
		case "read":
			read = true
		case "starred":
			starred = true
		default:
			return 0, &SyntaxError{Pos: v, Msg: fmt.Sprintf("unknown is:%s: use is:unread, is:read or is:starred", value)}
		}
		t := r.keyTerm(key, termState)
		t.unread, t.read, t.starred = t.unread || unread, t.read || read, t.starred || starred
	case keyAfter, keyBefore:
		d, msg := parseDate(value)
		if msg != "" {
			return 0, &SyntaxError{Pos: v, Msg: msg}
		}
		kind := termAfter
		if key == keyBefore {
			kind = termBefore
		}
		r.addTerm(term{kind: kind, date: d})
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

func (p *searchParser) skipSpace(i int) int {
	for i < len(p.text) && spaceAt(p.text, i) {
		_, size := utf8.DecodeRuneInString(p.text[i:])
		i += size
	}
	return i
}

// wordEnd returns the offset of the first space or parenthesis at or after
// i, or len(text).
func wordEnd(text string, i int) int {
	for i < len(text) && text[i] != '(' && text[i] != ')' && !spaceAt(text, i) {
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

// unknownCountry says that value names no country, and which one it
// might be: the country whose code or English name is nearest to it.
func unknownCountry(value string) string {
	best := NearestCountry(value)
	if best == "" {
		return fmt.Sprintf("unknown country %q: use an ISO code (country:kr) or a name (country:\"south korea\")", value)
	}
	if strings.Contains(best, " ") {
		best = `"` + best + `"`
	}
	return fmt.Sprintf("unknown country %q (did you mean country:%s?)", value, best)
}

// NearestCountry returns the country's name in English (folded: "south
// korea") nearest to name, a country LookupCountry does not know, or ""
// when none is near: for did-you-mean messages.
func NearestCountry(name string) string {
	typed := Fold(name)
	best, bestDist := "", len(typed)/3+1 // at most a third of it wrong
	try := func(name string) {
		if d := editDistance(typed, name); d < bestDist {
			best, bestDist = name, d
		}
	}
	for _, c := range knownCountries() {
		try(Fold(c.Name()))
	}
	for _, n := range nations {
		for name := range strings.SplitSeq(n.names+"|"+n.demonyms, "|") {
			if name, _, _ = marks(name); !strings.Contains(name, "(") {
				try(Fold(name))
			}
		}
	}
	return best
}

// editDistance is the distance between a and b in runes: the edits
// (insert, delete, replace, or swap two neighbours) that turn one into
// the other.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	rows := [3][]int{make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)}
	for j := range rows[1] {
		rows[1][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		before, prev, cur := rows[0], rows[1], rows[2]
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		rows[0], rows[1], rows[2] = prev, cur, before
	}
	return rows[1][len(rb)]
}
