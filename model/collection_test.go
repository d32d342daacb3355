package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

var day0 = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func mk(id, title string, hoursAfter int, regions ...Region) *Story {
	var set RegionSet
	for _, r := range regions {
		set = set.Add(r)
	}
	s := &Story{ID: id, Title: title, Regions: set, Body: Markdown("")}
	if hoursAfter >= 0 {
		s.Published = day0.Add(time.Duration(hoursAfter) * time.Hour)
	}
	return s
}

func titles(c *Collection, view []int32) []string {
	out := make([]string, len(view))
	for i, seq := range view {
		out[i] = c.Story(seq).Title
	}
	return out
}

func TestCollectionOrdersNewestFirstUndatedLastAcrossBatches(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{mk("a", "A", 5), mk("u", "Undated", -1), mk("b", "B", 1)}))
	c.Add(Prepare([]*Story{mk("c", "C", 9), mk("d", "D", 3)}))
	got := titles(c, c.View(Everywhere(), Search{}, Only{}))
	want := []string{"C", "A", "D", "B", "Undated"}
	if !slices.Equal(got, want) {
		t.Fatalf("order = %v, want %v", got, want)
	}
}

func TestCollectionSkipsDuplicateIDsAndFindsByGUID(t *testing.T) {
	c := NewCollection()
	first := mk("https://x.example/1", "First", 1)
	first.Edit().GUID = "42"
	if n := c.Add(Prepare([]*Story{first, mk("https://x.example/1", "Again", 2)})); n != 1 {
		t.Fatalf("added %d, want 1 (same ID twice)", n)
	}
	if n := c.Add(Prepare([]*Story{mk("https://x.example/1", "From another feed", 3)})); n != 0 {
		t.Fatalf("a later source's copy was added")
	}
	if s, ok := c.Lookup("42"); !ok || s.Title != "First" {
		t.Fatalf("lookup by guid: %v %v", s, ok)
	}
	if s, ok := c.Lookup("https://x.example/1"); !ok || s.Title != "First" {
		t.Fatalf("lookup by ID: %v %v", s, ok)
	}
	if c.Len() != 1 {
		t.Fatalf("len %d", c.Len())
	}
}

func TestCollectionCountsRegionsAndOther(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{
		mk("1", "x", 1, Europe), mk("2", "x", 2, Europe, AsiaPacific), mk("3", "x", 3),
	}))
	if c.Count(Europe) != 2 || c.Count(AsiaPacific) != 1 || c.Count(Other) != 1 || c.Count(Africa) != 0 {
		t.Fatalf("counts: eu %d apac %d other %d africa %d", c.Count(Europe), c.Count(AsiaPacific), c.Count(Other), c.Count(Africa))
	}
	if got := titles(c, c.View(In(Other), Search{}, Only{})); len(got) != 1 {
		t.Fatalf("Other view: %v", got)
	}
}

func TestQueryWordsArePrefixesCaseAndAccentInsensitive(t *testing.T) {
	c := NewCollection()
	s := mk("1", "Bogotá estrena ciclorrutas en el sur", 1, Americas)
	s.Edit().Summary = "La alcaldía abrió 38 kilómetros"
	s.Source = "Pulse Digest"
	s.Section = "Politics"
	c.Add(Prepare([]*Story{s, mk("2", "Seoul urges Beijing", 2, AsiaPacific)}))
	cases := []struct {
		q    string
		want int
	}{
		{"bogota", 1}, {"BOGOT", 1}, {"bogotá", 1}, {"kilom", 1}, {"alcaldia", 1},
		{"pulse dig", 1}, {"polit", 1}, {"sur bog", 1}, {"ogota", 0}, {"bogota seoul", 0},
		{"seoul beij", 1}, {"", 2}, {"  ", 2}, {"s", 2}, {"urges,", 1},
	}
	for _, tc := range cases {
		got := c.View(Everywhere(), mustSearch(t, tc.q), Only{})
		if len(got) != tc.want {
			t.Errorf("query %q: %d matches, want %d", tc.q, len(got), tc.want)
		}
	}
}

func TestQueryFindsCJKSubstrings(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{
		mk("1", "札幌で初雪、平年より9日遅く", 1, AsiaPacific),
		mk("2", "北京举行新闻发布会", 2, AsiaPacific),
		mk("3", "서울 시장 선거", 3, AsiaPacific),
	}))
	for q, want := range map[string]string{"初雪": "1", "札幌": "1", "平年より": "1", "北京": "2", "发布会": "2", "서울": "3", "선거": "3"} {
		got := c.View(Everywhere(), mustSearch(t, q), Only{})
		if len(got) != 1 || c.Story(got[0]).ID != want {
			t.Errorf("query %q: got %v, want story %s", q, titles(c, got), want)
		}
	}
}

// TestViewAgreesWithMatches checks the index against the direct definition
// on random stories and queries.
func TestViewAgreesWithMatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	vocab := []string{"trade", "trader", "talks", "tal", "élan", "elan", "Zürich", "zur", "東京", "京都", "a", "ab", "abc"}
	var stories []*Story
	for i := range 300 {
		var words []string
		for range 1 + rng.IntN(5) {
			words = append(words, vocab[rng.IntN(len(vocab))])
		}
		stories = append(stories, mk(fmt.Sprint(i), strings.Join(words, " "), i))
	}
	c := NewCollection()
	for i := 0; i < len(stories); i += 37 {
		c.Add(Prepare(stories[i:min(len(stories), i+37)]))
	}
	for range 200 {
		first := []rune(vocab[rng.IntN(len(vocab))])
		q := mustSearch(t, string(first[:min(len(first), 1+rng.IntN(2))])+" "+vocab[rng.IntN(len(vocab))])
		view := c.View(Everywhere(), q, Only{})
		n := 0
		for _, s := range stories {
			if q.Matches(s, StoryState{}) {
				n++
			}
		}
		if n != len(view) {
			t.Fatalf("query %q: View %d, Matches %d", q.String(), len(view), n)
		}
	}
}

func BenchmarkCollectionView(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	words := strings.Fields("minister talks trade budget election court strike storm harvest market energy port rail summit border vote reform inflation drought flood ceasefire treaty tariff export")
	var stories []*Story
	for i := range 100_000 {
		var w []string
		for range 40 {
			w = append(w, words[rng.IntN(len(words))]+fmt.Sprint(rng.IntN(50)))
		}
		stories = append(stories, mk(fmt.Sprint(i), strings.Join(w, " "), rng.IntN(20000), WorldRegions[i%5]))
	}
	c := NewCollection()
	for i := 0; i < len(stories); i += 1000 {
		c.Add(Prepare(stories[i : i+1000]))
	}
	b.Run("tab", func(b *testing.B) {
		for range b.N {
			_ = c.View(In(Europe), Search{}, Only{})
		}
	})
	for _, q := range []string{"t", "tariff", "tariff1 trade", "tariff1 region:europe", "tariff1 OR trade2", "(tariff1 OR trade2) vote"} {
		b.Run("query-"+q, func(b *testing.B) {
			pq := mustSearch(b, q)
			for range b.N {
				_ = c.View(Everywhere(), pq, Only{})
			}
		})
	}
}

// mustSearch parses a query the test knows to be valid.
func mustSearch(tb testing.TB, text string) Search {
	tb.Helper()
	q, err := ParseSearch(text)
	if err != nil {
		tb.Fatalf("ParseSearch(%q): %v", text, err)
	}
	return q
}

// TestViewAgreesWithMatchesOnEveryKindOfTerm checks the collection's
// shortcuts (index, region and state arrays) against Search.Matches on
// random stories, states and queries of every kind of term.
func TestViewAgreesWithMatchesOnEveryKindOfTerm(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	stories, states := randomStories(rng, 400)
	c := NewCollection()
	p := Prepare(stories)
	p.States = states
	c.Add(p)
	terms := []string{
		"trade", "tal", `"trade talks"`, "-storm", `-"vote storm"`, "region:europe", "region:asia",
		"region:other", "section:world", "source:pulse", "is:unread", "is:read", "is:starred",
		"after:2026-11-20", "before:2026-12-15", "東京", "zur", "elan",
	}
	for range 500 {
		var q []string
		for range 1 + rng.IntN(3) {
			q = append(q, terms[rng.IntN(len(terms))])
		}
		search := mustSearch(t, strings.Join(q, " "))
		scope := Everywhere()
		if rng.IntN(3) == 0 {
			scope = In(WorldRegions[rng.IntN(len(WorldRegions))])
		}
		view := c.View(scope, search, Only{})
		want := 0
		for i, s := range stories {
			r, one := scope.Region()
			if (!one || s.Regions.Has(r)) && search.Matches(s, states[i]) {
				want++
			}
		}
		if len(view) != want {
			t.Fatalf("%q in %v: View %d, Matches %d", search.String(), scope, len(view), want)
		}
	}
}

func TestViewTextAddsWhatFullTextFoundUnderTheRestOfTheQuery(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{
		mk("a", "Harbour reopens", 3, Africa),
		mk("b", "Port strike ends", 2, Europe),  // "harbour" only in its body
		mk("c", "Dock workers vote", 1, Africa), // "harbour" in its body, and "vote" excluded below
		mk("d", "Weather", 0, Africa),
	}))
	found := TextHits{} // each query below has one alternative: bit 0
	for _, id := range []string{"b", "c"} {
		seq, ok := c.Seq(id)
		if !ok {
			t.Fatalf("no seq for %s", id)
		}
		found[seq] = 1
	}
	for _, tc := range []struct {
		query string
		scope Scope
		want  []string
	}{
		{"harb", Everywhere(), []string{"Harbour reopens", "Port strike ends", "Dock workers vote"}},
		{"harb", In(Africa), []string{"Harbour reopens", "Dock workers vote"}},
		{"harb -vote", Everywhere(), []string{"Harbour reopens", "Port strike ends"}},
		{"harb region:europe", Everywhere(), []string{"Port strike ends"}},
	} {
		q, err := ParseSearch(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if got := titles(c, c.ViewText(tc.scope, q, Only{}, found)); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.query, got, tc.want)
		}
		if got := titles(c, c.View(tc.scope, q, Only{})); slices.Contains(got, "Port strike ends") {
			t.Errorf("%q without full text found %q", tc.query, got)
		}
	}
	if _, ok := c.Seq("nope"); ok {
		t.Error("Seq of an unknown ID")
	}
}

func TestReplaceSwapsOnlyTheSameStory(t *testing.T) {
	c := NewCollection()
	a, b := mk("a", "A", 1), mk("b", "B", 2)
	c.Add(Prepare([]*Story{a, b}))
	a2 := *a
	a2.Body = Markdown("from the library")
	other := mk("b", "Another B", 2)
	c.Replace([]*Story{&a2, other, mk("z", "Z", 3)})
	if s, _ := c.Lookup("a"); s != &a2 {
		t.Error("the same story was not replaced")
	}
	if s, _ := c.Lookup("b"); s != b {
		t.Error("a different story with the same ID replaced the one shown")
	}
	if c.Len() != 2 {
		t.Errorf("Replace added stories: %d", c.Len())
	}
}

func TestUndatedStoriesKeepTheirFeedsOrder(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{
		{ID: "c", Title: "first", Position: 0},
		{ID: "a", Title: "third", Position: 2},
		{ID: "dated", Title: "dated", Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "b", Title: "second", Position: 1},
	}))
	var got []string
	for _, seq := range c.View(Everywhere(), Search{}, Only{}) {
		got = append(got, c.Story(seq).Title)
	}
	if want := []string{"dated", "first", "second", "third"}; !slices.Equal(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	if !Newer(&Story{ID: "z", Position: 0}, &Story{ID: "a", Position: 1}) {
		t.Error("Newer puts a later place in the feed first")
	}
}

// A rare word's stories lie far apart: its postings' gaps take two and
// three bytes, and every story must still be found, none invented.
func TestRareWordsAcrossLongGapsAreFound(t *testing.T) {
	c := NewCollection()
	const n = 40000
	want := map[string]bool{}
	batch := make([]*Story, 0, 1000)
	for i := range n {
		title := fmt.Sprintf("Routine headline %d", i)
		if i == 0 || i == 127 || i == 128 || i == 300 || i == 17000 || i == 17001 || i == n-1 {
			title += " zanzibar"
			want[fmt.Sprint(i)] = true
		}
		batch = append(batch, mk(fmt.Sprint(i), title, i))
		if len(batch) == cap(batch) {
			c.Add(Prepare(batch))
			batch = batch[:0]
		}
	}
	c.Add(Prepare(batch))
	got := c.View(Everywhere(), mustSearch(t, "zanz"), Only{})
	if len(got) != len(want) {
		t.Fatalf("zanz: %d stories, want %d", len(got), len(want))
	}
	for _, seq := range got {
		if id := c.Story(seq).ID; !want[id] {
			t.Errorf("zanz found story %s, which does not have the word", id)
		}
	}
	if got := c.View(Everywhere(), mustSearch(t, "routine"), Only{}); len(got) != n {
		t.Errorf("routine: %d stories, want every one of %d", len(got), n)
	}
}

// Stories prepared without their search words keep their order, regions
// and marks; only a query's words find nothing among them.
func TestCollectionOfUnsearchedStories(t *testing.T) {
	c := NewCollection()
	stories := []*Story{mk("1", "Older harbour story", 1, Europe), mk("2", "Newer harbour story", 2, Africa)}
	c.Add(PrepareUnsearched(StoriesArrived{Stories: stories, States: []StoryState{{Read: true}, {}}}))
	all := c.View(Everywhere(), Search{}, Only{})
	if len(all) != 2 || c.Story(all[0]).ID != "2" || c.Story(all[1]).ID != "1" {
		t.Fatalf("unsearched stories in the list: %v", all)
	}
	if got := c.View(In(Europe), Search{}, Only{}); len(got) != 1 || c.Story(got[0]).ID != "1" {
		t.Errorf("Europe holds %v, want the older story", got)
	}
	if c.UnreadTotal() != 1 || !c.State(all[1]).Read {
		t.Errorf("marks: %d unread, older read %v", c.UnreadTotal(), c.State(all[1]).Read)
	}
	q, err := ParseSearch("harbour")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.View(Everywhere(), q, Only{}); len(got) != 0 {
		t.Errorf("a word found %d unsearched stories", len(got))
	}
}
