package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// expr renders the parser's reading of q: runs of terms joined by spaces,
// alternatives by OR, a group in parentheses wherever one nests in the
// other, merged key values joined by +.
func expr(q Search) string {
	var render func(n node, inner bool) string
	render = func(n node, inner bool) string {
		switch n.op {
		case opTerm:
			return termString(q.terms[n.term])
		}
		sep := " "
		if n.op == opOr {
			sep = " OR "
		}
		parts := make([]string, len(n.kids))
		for i, k := range n.kids {
			parts[i] = render(k, true)
		}
		s := strings.Join(parts, sep)
		if inner && len(n.kids) > 1 {
			s = "(" + s + ")"
		}
		return s
	}
	return render(q.root, false)
}

func termString(t term) string {
	values := func(ps []phrase) string {
		var out []string
		for _, p := range ps {
			out = append(out, p.text)
		}
		return strings.Join(out, "+")
	}
	switch t.kind {
	case termWord:
		return t.p.text
	case termPhrase:
		return `"` + t.p.text + `"`
	case termExcluded:
		return `-"` + t.p.text + `"`
	case termRegion:
		names := t.regions.Names()
		if t.other {
			names = append(names, "other")
		}
		return "region:" + strings.ReplaceAll(strings.ToLower(strings.Join(names, "+")), " - ", "-")
	case termSection:
		return "section:" + values(t.any)
	case termSource:
		return "source:" + values(t.any)
	case termState:
		var s []string
		for _, f := range []struct {
			on   bool
			name string
		}{{t.unread, "unread"}, {t.read, "read"}, {t.starred, "starred"}} {
			if f.on {
				s = append(s, f.name)
			}
		}
		return "is:" + strings.Join(s, "+")
	}
	key := "after:"
	if t.kind == termBefore {
		key = "before:"
	}
	switch d := t.date; d.kind {
	case dateSpan:
		return key + d.span.String()
	case dateRelative:
		return fmt.Sprintf("%sday%+d", key, d.day)
	default:
		return fmt.Sprintf("%s%04d-%02d-%02d", key, d.year, d.month, d.day)
	}
}

func TestParseSearchReadsORAndGroups(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"tariff OR trade", "tariff OR trade"},
		{"eu trade OR us tariff", "(eu trade) OR (us tariff)"},
		{"eu (trade OR tariff)", "eu (trade OR tariff)"},
		{"(tariff OR trade) region:asia", "region:asia-pacific (tariff OR trade)"},
		{"a OR b OR c", "a OR b OR c"},
		{"(a OR b) OR c", "a OR b OR c"},
		{"a OR (b OR c)", "a OR b OR c"},
		{"a (b c)", "a b c"},
		{"((a))", "a"},
		{"a (b OR (c d))", "a (b OR (c d))"},
		{"a OR b c OR d", "a OR (b c) OR d"},
		{"(a OR b) (c OR d)", "(a OR b) (c OR d)"},
		{"covid-19 OR flu", "(covid 19) OR flu"},
		{"a OR -b", `a OR -"b"`},
		{`"trade war" OR -"price cap"`, `"trade war" OR -"price cap"`},
		{"f(x)", "f x"},
		{"x OR(a)", "x OR a"},
		{"(a)OR(b)", "a OR b"},
		{"  ( a  OR\tb )  ", "a OR b"},
		// OR in capitals is the operator; anything else is the word.
		{"tariff or trade", "tariff or trade"},
		{"Or ORB", "or orb"},
		{`"OR" -OR`, `"or" -"or"`},
		// Keys side by side are alternatives; across OR or a group, not.
		{"region:asia region:europe", "region:asia-pacific+europe"},
		{"region:asia (region:europe)", "region:asia-pacific region:europe"},
		{"region:asia OR region:europe", "region:asia-pacific OR region:europe"},
		{"section:a x section:b", "section:a+b x"},
		{"is:read is:unread OR is:starred", "is:unread+read OR is:starred"},
		{"after:7d OR before:2026-01-02 after:yesterday", "after:168h0m0s OR (before:2026-01-02 after:day-1)"},
		{"", ""},
		{"-", ""},
	} {
		q, err := ParseSearch(tc.text)
		if err != nil {
			t.Errorf("ParseSearch(%q): %v", tc.text, err)
			continue
		}
		if got := expr(q); got != tc.want {
			t.Errorf("ParseSearch(%q) reads %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestParseSearchORErrors(t *testing.T) {
	deep := strings.Repeat("(", maxDepth+1) + "a" + strings.Repeat(")", maxDepth+1)
	many := "(a OR b) (c OR d) (e OR f) (g OR h) (i OR j) (k OR l) (m OR n)"
	for _, tc := range []struct {
		text string
		pos  int
		msg  string
	}{
		{"tariff OR", 7, `OR with nothing after it: add a term, or quote "or" to find the word`},
		{"OR tariff", 0, `OR with nothing before it: add a term, or quote "or" to find the word`},
		{"OR", 0, `OR with nothing before it: add a term, or quote "or" to find the word`},
		{"a OR OR b", 2, `OR with nothing after it: add a term, or quote "or" to find the word`},
		{`a OR ""`, 2, `OR with nothing after it: add a term, or quote "or" to find the word`},
		{"a OR -", 2, `OR with nothing after it: add a term, or quote "or" to find the word`},
		{"(a OR)", 3, `OR with nothing after it: add a term, or quote "or" to find the word`},
		{"(OR a)", 1, `OR with nothing before it: add a term, or quote "or" to find the word`},
		{"(a OR b", 0, "unclosed (: add a ) after the group"},
		{"x ((a) OR b", 2, "unclosed (: add a ) after the group"},
		{"a OR b)", 6, "unmatched ): remove it, or add a ( before it"},
		{")", 0, "unmatched ): remove it, or add a ( before it"},
		{"(a))", 3, "unmatched ): remove it, or add a ( before it"},
		{"()", 0, "empty (): put terms inside, or remove it"},
		{`("")`, 0, "empty (): put terms inside, or remove it"},
		{"OR:x", 0, `unknown key "OR": use ...`},
		{"a ( - )", 2, "empty (): put terms inside, or remove it"},
		{"-(a OR b)", 0, "only words and phrases can be excluded: remove the - before ("},
		{deep, maxDepth, fmt.Sprintf("more than %d ( inside each other: simplify", maxDepth)},
		{many, 0, "more than 64 alternatives once the OR groups multiply out: simplify"},
		{"(region:as OR x)", 8, `unknown region "as": use ...`},
		{"after:7x", 6, `bad date "7x": a span is in h, d or w (24h, 7d, 2w)`},
		{"after:7", 6, `bad date "7": add a unit: 7h, 7d or 7w`},
		{"after:d", 6, `bad date "d": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"before:tomorrow", 7, `bad date "tomorrow": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"after:yesterdy", 6, `bad date "yesterdy": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"after:7dd", 6, `bad date "7dd": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"after:2026", 6, `bad date "2026": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"after:-7d", 6, `bad date "-7d": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"after:5300w", 6, `bad date "5300w": a span is at most 100 years`},
		{"after:99999999999999999999h", 6, `bad date "99999999999999999999h": a span is at most 100 years`},
		{"(x after:(7d))", 9, "after: needs a value, e.g. after:2026-11-01"},
	} {
		q, err := ParseSearch(tc.text)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("ParseSearch(%q) = %s, %v; want a *SyntaxError", tc.text, expr(q), err)
			continue
		}
		if se.Pos != tc.pos {
			t.Errorf("ParseSearch(%q): Pos %d, want %d (%v)", tc.text, se.Pos, tc.pos, err)
		}
		if prefix, ok := strings.CutSuffix(tc.msg, "..."); ok {
			if !strings.HasPrefix(se.Msg, prefix) {
				t.Errorf("ParseSearch(%q): %q, want it to start %q", tc.text, se.Msg, prefix)
			}
			continue
		}
		if se.Msg != tc.msg {
			t.Errorf("ParseSearch(%q): %q, want %q", tc.text, se.Msg, tc.msg)
		}
		// What the filter line shows must fit 80 columns (a long value
		// typed into the error is the user's own).
		if n := len(se.Error()); n > 80 && !strings.Contains(se.Msg, "999") {
			t.Errorf("ParseSearch(%q): %q is %d columns", tc.text, se.Error(), n)
		}
	}
}

func TestSearchMatchesOR(t *testing.T) {
	for _, tc := range []struct {
		query string
		state StoryState
		want  bool
	}{
		{"seoul OR bogota", StoryState{}, true},
		{"bogota OR seoul", StoryState{}, true},
		{"seoul OR tokyo", StoryState{}, false},
		{"seoul OR region:europe", StoryState{}, true},
		{"seoul OR region:asia", StoryState{}, false},
		{"(seoul OR bogota) region:asia", StoryState{}, false},
		{"(seoul OR bogota) region:europe", StoryState{}, true},
		{"seoul bogota OR minister", StoryState{}, true},
		{"seoul bogota OR minister seoul", StoryState{}, false},
		{"bogota (seoul OR tokyo)", StoryState{}, false},
		{"bogota (seoul OR talks)", StoryState{}, true},
		{"-bogota OR seoul", StoryState{}, false},
		{"-seoul OR bogota", StoryState{}, true},
		{`"trade war" OR seoul`, StoryState{}, true},
		{`"war trade" OR seoul`, StoryState{}, false},
		{"region:asia (region:europe)", StoryState{}, false},
		{"region:asia region:europe", StoryState{}, true},
		{"is:read OR is:starred", StoryState{}, false},
		{"is:read OR is:starred", StoryState{Starred: true}, true},
		{"section:pol OR source:exa", StoryState{}, true},
		{"section:pol OR source:pulse", StoryState{}, false},
		{"after:2026-11-02 OR before:2026-11-01", StoryState{}, false},
		{"after:2026-11-02 OR bogota", StoryState{}, true},
		{"minister or resigns", StoryState{}, false}, // "or" is the word here, and the story has none
		{"minister OR resigns", StoryState{}, true},
	} {
		q, err := ParseSearch(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.Matches(searchStory(), tc.state); got != tc.want {
			t.Errorf("%q (%s) matches: %v, want %v", tc.query, expr(q), got, tc.want)
		}
	}
}

// randomQuery draws a query tree of terms, runs, OR and groups, and returns
// its text and a function that decides it by the meaning written out: the
// terms of a run (side by side, where same keys merge) by parsing them
// alone, a group in a run as well as the run, OR as any. Parentheses are
// written where needed (a group in a run) and at random elsewhere. At most
// 3 kids at the top and 2 below keeps a tree of depth 3 within 64
// alternatives.
func randomQuery(tb testing.TB, rng *rand.Rand, terms []string, depth int) (text string, leaf bool, f func(*Story, StoryState) bool) {
	if depth == 0 || rng.IntN(4) == 0 {
		text := terms[rng.IntN(len(terms))]
		return text, true, mustSearch(tb, text).Matches
	}
	n := 2
	if depth == 3 {
		n += rng.IntN(2)
	}
	var texts, run []string
	var parts []func(*Story, StoryState) bool
	if rng.IntN(2) == 0 { // OR
		for range n {
			text, _, f := randomQuery(tb, rng, terms, depth-1)
			if rng.IntN(2) == 0 {
				text = "(" + text + ")"
			}
			texts = append(texts, text)
			parts = append(parts, f)
		}
		return strings.Join(texts, " OR "), false, func(s *Story, st StoryState) bool {
			return slices.ContainsFunc(parts, func(f func(*Story, StoryState) bool) bool { return f(s, st) })
		}
	}
	for range n {
		text, leaf, f := randomQuery(tb, rng, terms, depth-1)
		if leaf && rng.IntN(4) > 0 {
			run = append(run, text)
		} else {
			text = "(" + text + ")"
			parts = append(parts, f)
		}
		texts = append(texts, text)
	}
	parts = append(parts, mustSearch(tb, strings.Join(run, " ")).Matches)
	return strings.Join(texts, " "), false, func(s *Story, st StoryState) bool {
		return !slices.ContainsFunc(parts, func(f func(*Story, StoryState) bool) bool { return !f(s, st) })
	}
}

// TestViewAndMatchesAgreeWithORWrittenOut checks, on random stories and
// random trees of every kind of term, that Matches means what the tree
// says, that the collection's shortcuts agree with Matches, and that the
// alternatives a full-text index is asked about say the same.
func TestViewAndMatchesAgreeWithORWrittenOut(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	stories, states := randomStories(rng, 400)
	c := NewCollection()
	p := Prepare(stories)
	p.States = states
	c.Add(p)
	terms := []string{
		"trade", "tal", `"trade talks"`, "-storm", `-"vote storm"`, "region:europe", "region:asia",
		"region:other", "section:world", "source:pulse", "is:unread", "is:read", "is:starred",
		"after:2026-11-20", "before:2026-12-15", "東京", "zur", "elan", "vote", "wire",
	}
	matched := 0
	for range 400 {
		text, _, want := randomQuery(t, rng, terms, 3)
		q := mustSearch(t, text)
		var n int
		for i, s := range stories {
			got := q.Matches(s, states[i])
			if got != want(s, states[i]) {
				t.Fatalf("%q (%s) on %q: Matches %v, written out %v", text, expr(q), s.Title, got, !got)
			}
			if byAlts := holdsByAlternatives(q, s, states[i]); byAlts != got {
				t.Fatalf("%q (%s) on %q: Matches %v, by alternatives %v", text, expr(q), s.Title, got, byAlts)
			}
			if got {
				n++
			}
		}
		if view := c.View(Everywhere(), q, Only{}); len(view) != n {
			t.Fatalf("%q (%s): View %d, Matches %d", text, expr(q), len(view), n)
		}
		matched += n
	}
	if matched < 400*len(stories)/20 {
		t.Fatalf("only %d matches in all: the test proves little", matched)
	}
}

// holdsByAlternatives decides q by its alternatives: some alternative has
// every term hold.
func holdsByAlternatives(q Search, s *Story, st StoryState) bool {
	seen := make([]bool, len(q.terms))
	e := evaluation{q: &q, seen: seen}
	e.reset(s, s.Regions, st, 0)
	for _, alt := range q.alts {
		if !slices.ContainsFunc(alt, func(k int32) bool { return !e.term(k) }) {
			return true
		}
	}
	return false
}

func randomStories(rng *rand.Rand, n int) ([]*Story, []StoryState) {
	vocab := []string{"trade", "talks", "élan", "Zürich", "東京", "vote", "storm", "wire"}
	sections := []string{"Politics", "World News", "Economy", ""}
	sources := []string{"Example Wire", "Pulse Digest", "Field Notes"}
	var stories []*Story
	var states []StoryState
	for i := range n {
		var w []string
		for range 1 + rng.IntN(6) {
			w = append(w, vocab[rng.IntN(len(vocab))])
		}
		var regions []Region
		for range rng.IntN(3) {
			regions = append(regions, WorldRegions[rng.IntN(len(WorldRegions))])
		}
		hours := rng.IntN(24 * 60)
		if rng.IntN(10) == 0 {
			hours = -1
		}
		s := mk(fmt.Sprint(i), strings.Join(w, " "), hours, regions...)
		s.Section = sections[rng.IntN(len(sections))]
		s.Source = sources[rng.IntN(len(sources))]
		stories = append(stories, s)
		states = append(states, StoryState{Read: rng.IntN(2) == 0, Starred: rng.IntN(4) == 0})
	}
	return stories, states
}

func TestTextQueriesAreOnePerDistinctAlternative(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{"", "[]"},
		{"region:asia is:unread", "[]"},
		{"trade", "[trade/ (1)]"},
		{`trade "price cap" -storm region:asia`, "[trade/price cap (1)]"},
		{"tariff OR trade", "[tariff/ (1) trade/ (2)]"},
		{"trade (region:asia OR region:europe)", "[trade/ (3)]"},
		{"(eu OR us) (tariff OR trade)", "[eu tariff/ (1) eu trade/ (2) us tariff/ (4) us trade/ (8)]"},
		{`tariff OR region:asia OR "trade war"`, "[tariff/ (1) /trade war (4)]"},
		{"Élection OR election", "[election/ (3)]"},
	} {
		q := mustSearch(t, tc.query)
		var got []string
		for _, tq := range q.TextQueries() {
			got = append(got, fmt.Sprintf("%s/%s (%d)", strings.Join(tq.Words, " "), strings.Join(tq.Phrases, "|"), tq.alts))
		}
		if s := "[" + strings.Join(got, " ") + "]"; s != tc.want {
			t.Errorf("%q: TextQueries %s, want %s", tc.query, s, tc.want)
		}
	}
}

// TestViewTextAppliesEachAlternativeToWhatWasFoundForIt: a story found in
// the library for one alternative's words must still meet the rest of
// that alternative, not of another.
func TestViewTextAppliesEachAlternativeToWhatWasFoundForIt(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{
		mk("a", "Harbour reopens", 4, Africa),
		mk("b", "Port strike ends", 3, Europe), // "harbour" only in its body
		mk("c", "Dock workers", 2, Africa),     // "harbour" in its body
		mk("d", "Weather", 1, AsiaPacific),     // "quay" in its body
		mk("e", "Markets", 0, Europe),          // "quay" in its body
	}))
	q := mustSearch(t, "(harb region:europe) OR (quay region:asia) OR (region:africa -dock)")
	qs := q.TextQueries()
	if len(qs) != 2 {
		t.Fatalf("TextQueries %v", qs)
	}
	found := c.Found(qs, [][]string{{"a", "b", "c", "unknown"}, {"d", "e"}})
	want := []string{"Harbour reopens", "Port strike ends", "Weather"}
	if got := titles(c, c.ViewText(Everywhere(), q, Only{}, found)); !slices.Equal(got, want) {
		t.Errorf("found %q, want %q", got, want)
	}
	if got := titles(c, c.View(Everywhere(), q, Only{})); !slices.Equal(got, []string{"Harbour reopens"}) {
		t.Errorf("without the library: %q", got)
	}
}
