package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// searchStory is a dated story in Europe with every text field set.
func searchStory() *Story {
	return &Story{
		Details: &Details{
			Summary: "La alcaldía abrió 38 kilómetros de ciclorrutas",
		},

		ID:    "1",
		Title: "Bogotá élection: minister resigns over trade-war talks",

		Source:    "Example Wire",
		Section:   "World News",
		Published: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC),
		Regions:   RegionSet(0).Add(Europe),
		Body:      Markdown(""),
	}
}

func TestParseSearchTerms(t *testing.T) {
	type want struct {
		words, phrases, excluded, sections, sources []string
		regions                                     RegionSet
		hasRegion, other                            bool
		unread, read, starred                       bool
		after, before                               string
	}
	cases := []struct {
		name, text string
		want       want
	}{
		{"nothing", "", want{}},
		{"spaces", " \t\u3000 ", want{}},
		{"free words fold", "Élection  MINISTER", want{words: []string{"election", "minister"}}},
		{"punctuation splits a free word", "covid-19", want{words: []string{"covid", "19"}}},
		{"no letters is nothing", "!!! &", want{}},
		{"CJK run kept whole", "北京举行 iPhone手机", want{words: []string{"北京举行", "iphone", "手机"}}},
		{"phrase", `"Trade  War"`, want{phrases: []string{"trade war"}}},
		{"phrase then word without space", `"trade war"talks`, want{phrases: []string{"trade war"}, words: []string{"talks"}}},
		{"empty phrase is nothing", `"" "!"`, want{}},
		{"excluded word", "-Résumé", want{excluded: []string{"resume"}}},
		{"excluded phrase", `-"trade war"`, want{excluded: []string{"trade war"}}},
		{"excluded split word is a phrase", "-covid-19", want{excluded: []string{"covid 19"}}},
		{"lone dash", "-", want{}},
		{"trailing dash", "elect -", want{words: []string{"elect"}}},
		{"dash in a word", "a-b", want{words: []string{"a", "b"}}},
		{"region", "region:asia", want{regions: set(AsiaPacific), hasRegion: true}},
		{"region alias, key case", "REGION:MENA", want{regions: set(MiddleEast), hasRegion: true}},
		{"region quoted", `region:"middle east"`, want{regions: set(MiddleEast), hasRegion: true}},
		{"region dashed", "region:asia-pacific", want{regions: set(AsiaPacific), hasRegion: true}},
		{"region other", "region:other", want{hasRegion: true, other: true}},
		{"region by a list badge", "region:mide", want{regions: set(MiddleEast), hasRegion: true}},
		{"region by a narrow tab name", "region:Amer.", want{regions: set(Americas), hasRegion: true}},
		{"regions OR", "region:asia region:europe region:other", want{regions: set(AsiaPacific, Europe), hasRegion: true, other: true}},
		{"section", "section:Politics", want{sections: []string{"politics"}}},
		{"section quoted, twice", `section:"World  News" section:pol`, want{sections: []string{"world news", "pol"}}},
		{"source", `source:"Example Wire"`, want{sources: []string{"example wire"}}},
		{"is", "is:unread is:STARRED", want{unread: true, starred: true}},
		{"is read", "is:read", want{read: true}},
		{"after", "after:2026-11-01", want{after: "2026-11-01"}},
		{"before", "before:2026-11-02", want{before: "2026-11-02"}},
		{"dates narrow", "after:2026-11-01 after:2026-11-05 before:2026-12-01 before:2026-11-20",
			want{after: "2026-11-05", before: "2026-11-20"}},
		{"quoted date", `after:"2026-11-01"`, want{after: "2026-11-01"}},
		{"time is a word", "10:30", want{words: []string{"10", "30"}}},
		{"URL is a word", "http://x.example/a", want{words: []string{"http", "x", "example", "a"}}},
		{"excluded URL", "-https://x.example", want{excluded: []string{"https x example"}}},
		{"quoted colon", `"re:invent"`, want{phrases: []string{"re invent"}}},
		{"everything", `elect -"trade war" region:asia section:pol source:ex is:unread after:2026-11-01 "la alcaldia"`,
			want{words: []string{"elect"}, excluded: []string{"trade war"}, phrases: []string{"la alcaldia"},
				regions: set(AsiaPacific), hasRegion: true, sections: []string{"pol"}, sources: []string{"ex"},
				unread: true, after: "2026-11-01"}},
	}
	day := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		d, err := time.Parse(dateLayout, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := ParseSearch(tc.text)
			if err != nil {
				t.Fatalf("ParseSearch(%q): %v", tc.text, err)
			}
			w := tc.want
			if q.String() != tc.text {
				t.Errorf("String() = %q", q.String())
			}
			check := func(what string, got, want []string) {
				if !slices.Equal(got, want) {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			check("Words", q.Words(), w.words)
			check("Phrases", q.Phrases(), w.phrases)
			check("Excluded", q.Excluded(), w.excluded)
			check("Sections", q.Sections(), w.sections)
			check("Sources", q.Sources(), w.sources)
			if r, ok := q.Regions(); r != w.regions || ok != w.hasRegion || q.WantsOther() != w.other {
				t.Errorf("Regions() = %v, %v, WantsOther %v; want %v, %v, %v", r.Names(), ok, q.WantsOther(), w.regions.Names(), w.hasRegion, w.other)
			}
			if u, r, s := q.State(); u != w.unread || r != w.read || s != w.starred {
				t.Errorf("State() = %v %v %v, want %v %v %v", u, r, s, w.unread, w.read, w.starred)
			}
			after, before := q.Between()
			if !after.Equal(day(w.after)) || !before.Equal(day(w.before)) {
				t.Errorf("Between() = %v, %v; want %s, %s", after, before, w.after, w.before)
			}
			if after.Location() != time.UTC || before.Location() != time.UTC {
				t.Errorf("Between() not in UTC: %v, %v", after, before)
			}
			wantEmpty := w.words == nil && w.phrases == nil && w.excluded == nil && w.sections == nil &&
				w.sources == nil && !w.hasRegion && !w.unread && !w.read && !w.starred && w.after == "" && w.before == ""
			if q.Empty() != wantEmpty {
				t.Errorf("Empty() = %v, want %v", q.Empty(), wantEmpty)
			}
		})
	}
}

func TestParseSearchErrors(t *testing.T) {
	cases := []struct {
		name, text string
		pos        int
		msg        string // the whole message, or its start when it ends in "..."
	}{
		{"unclosed quote", `"abc`, 0, `unclosed quote: add a closing "`},
		{"lone quote", `elect "`, 6, `unclosed quote: add a closing "`},
		{"unclosed excluded phrase", `-"abc`, 1, `unclosed quote: add a closing "`},
		{"unclosed value quote", `source:"Example`, 7, `unclosed quote: add a closing "`},
		{"empty value", "region:", 7, "region: needs a value, e.g. region:europe"},
		{"empty value mid-query", "region: asia", 7, "region: needs a value, e.g. region:europe"},
		{"empty quoted value", `is:"" x`, 3, "is: needs a value, e.g. is:unread"},
		{"blank quoted value", `source:"  "`, 7, `source: needs a value, e.g. source:"example wire"`},
		{"value without words", "section:&&", 8, "section: needs a value, e.g. section:politics"},
		{"unknown region", "region:atlantis", 7,
			`unknown region "atlantis": use africa, americas, asia-pacific, europe, "middle east" or other`},
		{"region being typed", "elect region:as", 13, `unknown region "as": use ...`},
		{"country is not a region", "region:kenya", 7, `unknown region "kenya": use ...`},
		{"bad date", "after:2026-13-01", 6, `bad date "2026-13-01": no such day; dates are YYYY-MM-DD`},
		{"no such day", "before:2026-02-30", 7, `bad date "2026-02-30": no such day; dates are YYYY-MM-DD`},
		{"date being typed", "after:2026-1", 6, `bad date "2026-1": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"date with time", "after:2026-11-01T10:00", 6, `bad date "2026-11-01T10:00": use YYYY-MM-DD, today, yesterday, 24h or 7d`},
		{"empty date", "before:", 7, "before: needs a value, e.g. before:2026-11-02"},
		{"unknown is", "is:new", 3, "unknown is:new: use is:unread, is:read or is:starred"},
		{"unknown key", "x tag:politics", 2,
			`unknown key "tag": use region:, country:, section:, source:, is:, after: or before:; to search for the text, quote it`},
		{"unknown key keeps case", "Update: x", 0, `unknown key "Update": use ...`},
		{"unknown excluded key", "-tag:x", 1, `unknown key "tag": use ...`},
		{"excluded key", "elect -region:asia", 6, "only words and phrases can be excluded: remove the - before region:"},
		{"excluded is", "-IS:read", 0, "only words and phrases can be excluded: remove the - before is:"},
		{"first error wins", `region:x "abc`, 7, `unknown region "x": use ...`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := ParseSearch(tc.text)
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseSearch(%q) = %v, %v; want a *SyntaxError", tc.text, q, err)
			}
			if se.Pos != tc.pos {
				t.Errorf("Pos = %d, want %d (%v)", se.Pos, tc.pos, err)
			}
			if prefix, ok := strings.CutSuffix(tc.msg, "..."); ok {
				if !strings.HasPrefix(se.Msg, prefix) {
					t.Errorf("Msg = %q, want it to start %q", se.Msg, prefix)
				}
			} else if se.Msg != tc.msg {
				t.Errorf("Msg = %q, want %q", se.Msg, tc.msg)
			}
			if want := fmt.Sprintf("col %d: %s", tc.pos+1, se.Msg); err.Error() != want {
				t.Errorf("Error() = %q, want %q", err.Error(), want)
			}
			if !q.Empty() || q.String() != "" {
				t.Errorf("a failed parse returned %q, not the zero Search", q.String())
			}
		})
	}
}

// TestRegionErrorListsTypeableNames checks that every region the error
// message offers can be typed as it is shown.
func TestRegionErrorListsTypeableNames(t *testing.T) {
	for _, name := range strings.Split(strings.ReplaceAll(regionList(), " or ", ", "), ", ") {
		q, err := ParseSearch("region:" + name)
		if err != nil {
			t.Errorf("region:%s: %v", name, err)
			continue
		}
		if set, ok := q.Regions(); !ok || set == 0 && !q.WantsOther() {
			t.Errorf("region:%s gave no region", name)
		}
	}
}

func TestSearchMatches(t *testing.T) {
	cases := []struct {
		name  string
		query string
		edit  func(*Story)
		state StoryState
		want  bool
	}{
		{"empty query", "", nil, StoryState{}, true},
		{"word prefix", "bogo minis", nil, StoryState{}, true},
		{"accents either way", "BOGOTÁ election kilometros", nil, StoryState{}, true},
		{"decomposed accent in query", "Bogota\u0301", nil, StoryState{}, true},
		{"word inside a word", "ogota", nil, StoryState{}, false},
		{"every word needed", "bogota seoul", nil, StoryState{}, false},
		{"source and section are text", "exam news", nil, StoryState{}, true},
		{"phrase", `"trade war talks"`, nil, StoryState{}, true},
		{"phrase across punctuation", `"election minister"`, nil, StoryState{}, true},
		{"phrase last word a prefix", `"trade war tal"`, nil, StoryState{}, true},
		{"phrase middle word whole", `"trade wa talks"`, nil, StoryState{}, false},
		{"phrase first word whole", `"rade war"`, nil, StoryState{}, false},
		{"phrase words out of order", `"war trade"`, nil, StoryState{}, false},
		{"phrase within one field", `"talks la"`, nil, StoryState{}, false},
		{"one-word phrase is a prefix", `"minis"`, nil, StoryState{}, true},
		{"excluded word", "bogota -talk", nil, StoryState{}, false},
		{"excluded word absent", "bogota -seoul", nil, StoryState{}, true},
		{"excluded in source", "-example", nil, StoryState{}, false},
		{"excluded phrase", `-"trade war"`, nil, StoryState{}, false},
		{"excluded phrase absent", `-"war trade"`, nil, StoryState{}, true},
		{"excluded split word", "-trade-war", nil, StoryState{}, false},
		{"excluded split word apart", "-bogota-talks", nil, StoryState{}, true},
		{"region", "region:europe", nil, StoryState{}, true},
		{"other region", "region:asia", nil, StoryState{}, false},
		{"regions OR", "region:asia region:eu", nil, StoryState{}, true},
		{"other: no region", "region:other", func(s *Story) { s.Regions = 0 }, StoryState{}, true},
		{"other: has a region", "region:other", nil, StoryState{}, false},
		{"other OR asia", "region:other region:asia", func(s *Story) { s.Regions = 0 }, StoryState{}, true},
		{"section prefix", "section:world", nil, StoryState{}, true},
		{"section words", `section:"world n"`, nil, StoryState{}, true},
		{"section not mid-name", "section:news", nil, StoryState{}, false},
		{"section whole words but last", `section:"wor news"`, nil, StoryState{}, false},
		{"section OR", "section:politics section:world", nil, StoryState{}, true},
		{"no section", "section:world", func(s *Story) { s.Section = "" }, StoryState{}, false},
		{"source", `source:"Example Wire"`, nil, StoryState{}, true},
		{"source prefix", "source:exa", nil, StoryState{}, true},
		{"source mid-name", "source:wire", nil, StoryState{}, false},
		{"unread", "is:unread", nil, StoryState{}, true},
		{"unread but read", "is:unread", nil, StoryState{Read: true}, false},
		{"read", "is:read", nil, StoryState{Read: true}, true},
		{"read but unread", "is:read", nil, StoryState{}, false},
		{"read or unread", "is:read is:unread", nil, StoryState{Read: true}, true},
		{"starred", "is:starred", nil, StoryState{Starred: true}, true},
		{"not starred", "is:starred", nil, StoryState{}, false},
		{"unread and starred", "is:unread is:starred", nil, StoryState{Starred: true, Read: true}, false},
		{"all kinds of terms", `bogo "trade war" -seoul region:europe section:world source:example is:unread after:2026-11-01 before:2026-11-02`,
			nil, StoryState{}, true},
		{"empty story", "a", func(s *Story) { *s = Story{} }, StoryState{}, false},
		{"empty story, exclusion only", "-a", func(s *Story) { *s = Story{} }, StoryState{}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := ParseSearch(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			s := searchStory()
			if tc.edit != nil {
				tc.edit(s)
			}
			if got := q.Matches(s, tc.state); got != tc.want {
				t.Errorf("%q matches %q = %v, want %v", tc.query, s.Title, got, tc.want)
			}
		})
	}
}

func TestSearchMatchesCJK(t *testing.T) {
	stories := []*Story{
		{ID: "1", Title: "札幌で初雪、平年より9日遅く"},
		{ID: "2", Title: "北京举行新闻发布会"},
		{ID: "3", Title: "서울 시장 선거"},
		{ID: "4", Title: "iPhone手机销量"},
		{ID: "5", Title: strings.Repeat("一", 30) + "尾巴 tail"},
	}
	cases := []struct{ query, want string }{
		{"初雪", "1"}, {"札幌", "1"}, {"平年より", "1"}, {"北京", "2"}, {"发布会", "2"},
		{"新闻 北京", "2"}, {"서울", "3"}, {"선거", "3"}, {"销量", "4"}, {"手机 iphone", "4"},
		{`"北京举"`, "2"}, {`"举行新闻"`, "2"}, {`"iphone 手机销"`, "4"}, {`"iphone手机"`, "4"},
		{`"서울 시장"`, "3"}, {`"시장 선"`, "3"}, {`"서울 선거"`, ""},
		{`-北京 举行`, ""}, {`-"手机 销量" iphone`, "4"},
		// Beyond the indexed suffixes of a long run, as with ParseQuery.
		// Suffixes starting at rune 0 to 23 are indexed, so a phrase may
		// start at rune 23 but not at 24.
		{"尾巴", ""}, {"一一", "5"}, {`"尾巴 tail"`, ""},
		{`"` + strings.Repeat("一", 7) + `尾巴 tail"`, "5"}, {`"` + strings.Repeat("一", 6) + `尾巴 tail"`, ""},
	}
	for _, tc := range cases {
		q, err := ParseSearch(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range stories {
			if q.Matches(s, StoryState{}) {
				got = append(got, s.ID)
			}
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%q matches %v, want %q", tc.query, got, tc.want)
		}
	}
}

func TestSearchDatesAtDayBoundaries(t *testing.T) {
	day := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	tokyo := time.FixedZone("JST", 9*3600)
	cases := []struct {
		query     string
		published time.Time
		want      bool
	}{
		{"after:2026-11-01", day.Add(-time.Second), false},
		{"after:2026-11-01", day, true},
		{"after:2026-11-01", day.Add(24*time.Hour - time.Second), true},
		{"after:2026-11-01", day.Add(24 * time.Hour), true},
		{"before:2026-11-02", day.Add(24*time.Hour - time.Second), true},
		{"before:2026-11-02", day.Add(24 * time.Hour), false},
		{"before:2026-11-02", day.Add(24*time.Hour - time.Nanosecond), true},
		{"after:2026-11-01 before:2026-11-02", day, true},
		{"after:2026-11-01 before:2026-11-02", day.Add(23*time.Hour + 59*time.Minute + 59*time.Second), true},
		{"after:2026-11-01 before:2026-11-02", day.Add(24 * time.Hour), false},
		{"after:2026-11-01 before:2026-11-01", day, false},
		// Days are UTC days whatever the story's zone: 08:00 on the 2nd in
		// Tokyo is 23:00 on the 1st in UTC.
		{"before:2026-11-02", time.Date(2026, 11, 2, 8, 0, 0, 0, tokyo), true},
		{"after:2026-11-02", time.Date(2026, 11, 2, 8, 0, 0, 0, tokyo), false},
		{"after:0001-01-01", time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), true},
	}
	for _, tc := range cases {
		q, err := ParseSearch(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		s := &Story{Title: "x", Published: tc.published}
		if got := q.Matches(s, StoryState{}); got != tc.want {
			t.Errorf("%q on %v: %v, want %v", tc.query, tc.published, got, tc.want)
		}
	}
}

func TestSearchDateTermsNeverMatchUndated(t *testing.T) {
	undated := &Story{Title: "x"}
	for _, query := range []string{"after:2026-11-01", "before:2026-11-02", "after:0001-01-01", "before:9999-12-31"} {
		q, err := ParseSearch(query)
		if err != nil {
			t.Fatal(err)
		}
		if q.Matches(undated, StoryState{}) {
			t.Errorf("%q matches an undated story", query)
		}
	}
}

func TestZeroSearchMatchesEverything(t *testing.T) {
	var q Search
	if !q.Empty() || q.String() != "" {
		t.Fatalf("zero Search: Empty %v, String %q", q.Empty(), q.String())
	}
	for _, s := range []*Story{{}, searchStory()} {
		if !q.Matches(s, StoryState{Read: true}) {
			t.Errorf("zero Search does not match %q", s.Title)
		}
	}
}

func TestSearchAccessorsReturnCopies(t *testing.T) {
	q, err := ParseSearch("bogota minister")
	if err != nil {
		t.Fatal(err)
	}
	q.Words()[0] = "seoul"
	if !q.Matches(searchStory(), StoryState{}) {
		t.Fatal("changing Words() changed the query")
	}
}

// randomText draws headline-like text from a vocabulary with accents,
// CJK, punctuation and words that are prefixes of each other.
func randomText(rng *rand.Rand, vocab []string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString([]string{" ", " ", "  ", "-", ", ", "\t", "\u3000"}[rng.IntN(7)])
		}
		b.WriteString(vocab[rng.IntN(len(vocab))])
	}
	return b.String()
}

var searchVocab = []string{
	"trade", "Trader", "talks", "tal", "élan", "ELAN", "Zürich", "zur", "東京", "京都", "東京都",
	"a", "ab", "abc", "10:30", "covid-19", "U.S.", "Straße", "strasse", "北京举行", "举", "Łódź",
	"lodz", "e\u0301te", "ete", "서울", "!!", "x.y", "1", "19",
}

// TestSearchPlainWordsAgreeWithQuery checks, on random stories and queries
// of plain words, that a Search means what a Query does.
func TestSearchPlainWordsAgreeWithQuery(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 26))
	hits := 0
	for range 5000 {
		s := &Story{
			Details: &Details{
				Summary: randomText(rng, searchVocab, rng.IntN(4)),
			},

			Title: randomText(rng, searchVocab, 1+rng.IntN(6)),

			Source:  randomText(rng, searchVocab, rng.IntN(2)),
			Section: randomText(rng, searchVocab, rng.IntN(2)),
		}
		var words []string
		for range 1 + rng.IntN(3) {
			w := []rune(searchVocab[rng.IntN(len(searchVocab))])
			words = append(words, string(w[:1+rng.IntN(len(w))]))
		}
		text := strings.Join(words, " ")
		if strings.HasPrefix(text, "-") {
			continue
		}
		q, err := ParseSearch(text)
		if err != nil {
			t.Fatalf("ParseSearch(%q): %v", text, err)
		}
		want := everyWordBegins(text, s)
		if got := q.Matches(s, StoryState{}); got != want {
			t.Fatalf("%q on %+v: Search %v, Query %v", text, s, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 500 {
		t.Fatalf("only %d of 5000 random queries matched: the test proves little", hits)
	}
}

// TestTokensAgreeWithQueryWords checks that Matches cuts text as the index
// does.
func TestTokensAgreeWithQueryWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 1))
	extra := []string{"\u0e01\u0e32\u0e23", "\u0915\u093f", "\u0301", "\xff", "ǅ", "Ⅻ", "٣"}
	vocab := append(slices.Clone(searchVocab), extra...)
	for range 3000 {
		text := randomText(rng, vocab, rng.IntN(8))
		var got []string
		for _, tok := range appendTokens(nil, Fold(text)) {
			got = append(got, tok.text)
		}
		if want := queryWords(text); !slices.Equal(got, want) {
			t.Fatalf("%q: tokens %q, queryWords %q", text, got, want)
		}
	}
}

// TestEveryMatchHasItsWordsIndexed checks the promise an index relies on:
// every free word and every word of a phrase is the prefix of one of a
// matching story's Words.
func TestEveryMatchHasItsWordsIndexed(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	matched := 0
	for range 5000 {
		s := &Story{Title: randomText(rng, searchVocab, 1+rng.IntN(6))}
		words := Words(s.Title)
		var parts []string
		for range 1 + rng.IntN(2) {
			p := []rune(randomText(rng, searchVocab, 1+rng.IntN(3)))
			parts = append(parts, `"`+string(p[rng.IntN(len(p)):])+`"`)
		}
		text := strings.Join(parts, " ")
		q, err := ParseSearch(text)
		if err != nil || !q.Matches(s, StoryState{}) {
			continue
		}
		matched++
		checkIndexed(t, q, s, words)
	}
	if matched < 200 {
		t.Fatalf("only %d of 5000 random phrases matched: the test proves little", matched)
	}
}

// checkIndexed checks, for a query that matches a story with these words,
// that some alternative of the query holds for the story and has every
// free word and every word of its phrases in them.
func checkIndexed(t *testing.T, q Search, s *Story, words []string) {
	t.Helper()
	seen := make([]bool, len(q.terms))
	e := evaluation{q: &q, seen: seen}
	e.reset(s, s.Regions, StoryState{}, 0)
	for _, alt := range q.alts {
		if slices.ContainsFunc(alt, func(k int32) bool { return !e.term(k) }) {
			continue
		}
		for _, k := range alt {
			if !q.terms[k].positive() {
				continue
			}
			for _, word := range q.terms[k].p.words {
				if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, word) }) {
					t.Fatalf("%q matches, but %q begins none of its words %q", q.String(), word, words)
				}
			}
		}
		return
	}
	t.Fatalf("%q matches, but none of its alternatives holds", q.String())
}

func BenchmarkParseSearch(b *testing.B) {
	const text = `minister -"trade war" region:"middle east" is:unread after:2026-11-01`
	for b.Loop() {
		if _, err := ParseSearch(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSearchOR(b *testing.B) {
	const text = `(minister OR "prime minister") -"trade war" OR region:"middle east" after:7d`
	for b.Loop() {
		if _, err := ParseSearch(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearchMatches(b *testing.B) {
	s := &Story{
		Details: &Details{
			Summary: "The finance minister stepped down on Tuesday.",
		},

		Title: "Turkish minister resigns as parliament rejects budget in late-night vote after talks",

		Source:    "Example Wire",
		Section:   "Politics",
		Published: time.Date(2026, 11, 3, 21, 0, 0, 0, time.UTC),
		Regions:   RegionSet(0).Add(Europe).Add(MiddleEast),
	}
	q, err := ParseSearch(`minis -"trade war" region:europe is:unread`)
	if err != nil {
		b.Fatal(err)
	}
	if !q.Matches(s, StoryState{}) {
		b.Fatal("no match")
	}
	for b.Loop() {
		q.Matches(s, StoryState{})
	}
}

// everyWordBegins is the word filter's definition, written out: every typed
// word begins a word of the story's headline, summary, source or section.
func everyWordBegins(text string, s *Story) bool {
	words := Words(s.Title + " " + s.Summary() + " " + s.Source + " " + s.Section)
	for _, w := range queryWords(text) {
		if !slices.ContainsFunc(words, func(x string) bool { return strings.HasPrefix(x, w) }) {
			return false
		}
	}
	return true
}
