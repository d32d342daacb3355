package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
)

func TestTokens(t *testing.T) {
	for _, c := range []struct{ in, index, query string }{
		{"Hello, World!", "hello world", "hello world"},
		{"Türkiye's São Tomé, Straße, Łódź", "turkiye s sao tome strasse lodz", "turkiye s sao tome strasse lodz"},
		{"在北京举行", "在北 北京 京举 举行 行", "在北 北京 京举 举行"},
		{"北", "北", "北"},
		{"北京 2026 年", "北京 京 2026 年", "北京 京 2026 年"},
		{"G20峰会在大阪", "g20 峰会 会在 在大 大阪 阪", "g20 峰会 会在 在大 大阪"},
		{"東京タワー", "東京 京タ タワ ワ ー", "東京 京タ タワ ワ ー"},            // ー is not Katakana: model.Words splits there too,
		{"Москва, Κύπρος", "москва κύπρος", "москва κύπρος"}, // only Latin is folded here; FTS5 treats both sides alike,
		{"", "", ""},
		{"...", "", ""},
	} {
		var index, query []string
		for tok := range tokens(model.Fold(c.in), true) {
			index = append(index, tok)
		}
		for tok := range tokens(model.Fold(c.in), false) {
			query = append(query, tok)
		}
		if got := strings.Join(index, " "); got != c.index {
			t.Errorf("index tokens of %q: %q, want %q", c.in, got, c.index)
		}
		if got := strings.Join(query, " "); got != c.query {
			t.Errorf("query tokens of %q: %q, want %q", c.in, got, c.query)
		}
	}
}

func TestIndexWordsAreDistinct(t *testing.T) {
	var x indexer
	if got := x.words("The cat", "the CAT sat", "北京北京"); got != "the cat sat 北京 京北 京" {
		t.Errorf("words %q", got)
	}
	if got := x.words("again the cat"); got != "again the cat" {
		t.Errorf("words after reuse %q", got)
	}
	var many []string
	for i := range 3000 {
		many = append(many, fmt.Sprint("w", i))
	}
	if got := x.words(strings.Join(many, " ")); got != strings.Join(many, " ") {
		t.Error("words lost some past the set's first size")
	}
}

// searchLibrary is a small library with the odd cases.
func searchLibrary(t *testing.T) *Store {
	s := openTemp(t)
	mk := func(id string, hours int, title, body, source, section string) *model.Story {
		st := story(id, hours)
		st.Title, st.Edit().Summary, st.Source, st.Section = title, "", source, section
		st.Body = model.Markdown(body)
		return st
	}
	upsert(t, s, "feed",
		mk("parliament", 5, "Parliament votes on the budget", "<p>The <b>parliamentary</b> session ran late.</p>", "Example Wire", "Politics"),
		mk("turkiye", 4, "Türkiye and São Tomé sign a deal", "", "Example Wire", "Economy"),
		mk("beijing", 3, "会议在北京举行", "代表们讨论了经济问题。", "新华社", "World"),
		mk("tokyo", 2, "Tokyo", "<p>東京タワーの夜景</p>", "NHK", "Culture"),
		mk("budget-late", 1, "Late night", "The vote on the budget was close; budget talks went on.", "Example Wire", "Politics"),
		mk("undated", -1, "Budget notes", "", "Blog", ""),
	)
	return s
}

func TestSearchWords(t *testing.T) {
	s := searchLibrary(t)
	ctx := context.Background()
	for _, c := range []struct {
		words, phrases []string
		want           string
	}{
		{[]string{"parl"}, nil, "[parliament]"},                       // prefix of a title word and of a body word
		{[]string{"parliamentary"}, nil, "[parliament]"},              // a body word
		{[]string{"budget"}, nil, "[parliament budget-late undated]"}, // newest first, undated last
		{[]string{"BUDG", "vot"}, nil, "[parliament budget-late]"},
		{[]string{"turkiye"}, nil, "[turkiye]"}, // folded
		{[]string{"Türk"}, nil, "[turkiye]"},    // folded query
		{[]string{"sao", "tome"}, nil, "[turkiye]"},
		{[]string{"example", "wire"}, nil, "[parliament turkiye budget-late]"}, // source
		{[]string{"politics"}, nil, "[parliament budget-late]"},                // section
		{[]string{"北京"}, nil, "[beijing]"},                                     // two characters: one token
		{[]string{"京"}, nil, "[beijing tokyo]"},                                // one character (東京 has it too)
		{[]string{"行"}, nil, "[beijing]"},                                      // the last character of a run
		{[]string{"在北京举"}, nil, "[beijing]"},                                   // a longer substring, checked
		{[]string{"北举"}, nil, "[]"},                                            // not a substring
		{[]string{"京举北"}, nil, "[]"},                                           // bigrams there, not in this order
		{[]string{"经济问题"}, nil, "[beijing]"},                                   // in the body
		{[]string{"タワー"}, nil, "[tokyo]"},
		{[]string{"新华"}, nil, "[beijing]"}, // source
		{nil, []string{"the budget"}, "[parliament budget-late]"},
		{nil, []string{"budget was close"}, "[budget-late]"},
		{nil, []string{"budget close"}, "[]"}, // words there, not as a phrase
		{nil, []string{"the budg"}, "[]"},     // a phrase is exact
		{[]string{"late"}, []string{"budget talks"}, "[budget-late]"},
		{[]string{"nothing"}, nil, "[]"},
		{[]string{"..."}, nil, "[]"}, // no word characters
	} {
		got, err := s.SearchWords(ctx, c.words, c.phrases, 0)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != c.want && !(c.want == "[]" && got == nil) {
			t.Errorf("SearchWords(%q, %q) = %v, want %s", c.words, c.phrases, got, c.want)
		}
	}
}

func TestSearchFindsTheWordsOfAnHTMLBodyNotItsMarkup(t *testing.T) {
	var codec feeds.Codec
	s, err := Open(filepath.Join(t.TempDir(), "library.db"), codec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	st := story("html", 1)
	st.Body = codec.Decode("html", `<p>The <b>harbour</b> <a href="https://example.com/lighthouse" title="zeppelin">reopened</a> today.</p>`+
		`<script>var quokka = "<p>walrus</p>";</script><style>.marmot { color: red }</style><img alt="" src="pelican.jpg">`, "https://example.com/")
	upsert(t, s, "feed", st)
	ctx := context.Background()
	for _, c := range []struct {
		words, phrases []string
		want           []string
	}{
		{words: []string{"harbour"}, want: []string{"html"}},
		{words: []string{"reopen"}, want: []string{"html"}},
		{phrases: []string{"harbour reopened today"}, want: []string{"html"}},
		{words: []string{"lighthouse"}},
		{words: []string{"zeppelin"}},
		{words: []string{"pelican"}},
		{words: []string{"quokka"}},
		{words: []string{"walrus"}},
		{words: []string{"marmot"}},
		{words: []string{"href"}},
		{phrases: []string{"the b harbour"}},
	} {
		got, err := s.SearchWords(ctx, c.words, c.phrases, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("SearchWords(%q, %q) = %q, want %q", c.words, c.phrases, got, c.want)
		}
	}
}

func TestSearchLimit(t *testing.T) {
	s := searchLibrary(t)
	ctx := context.Background()
	if got, _ := s.Search(ctx, "budget", 2); fmt.Sprint(got) != "[parliament budget-late]" {
		t.Errorf("limit 2: %v", got)
	}
	if got, _ := s.SearchWords(ctx, nil, []string{"the budget"}, 1); fmt.Sprint(got) != "[parliament]" {
		t.Errorf("checked, limit 1: %v", got)
	}
}

func TestSearchAfterUpdatesAndPrune(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var batch []*model.Story
	for i := range 50 {
		st := story(fmt.Sprint("s", i), i)
		st.Body = model.Markdown(fmt.Sprintf("alpha beta gamma%d", i))
		batch = append(batch, st)
	}
	upsert(t, s, "feed", batch...)
	batch[3].Body = model.Markdown("delta")
	upsert(t, s, "feed", batch[3], batch[3]) // twice in one transaction
	if got, _ := s.Search(ctx, "gamma3", 0); fmt.Sprint(got) != "[s39 s38 s37 s36 s35 s34 s33 s32 s31 s30]" {
		t.Errorf("gamma3: %v", got)
	}
	if got, _ := s.Search(ctx, "delta", 0); fmt.Sprint(got) != "[s3]" {
		t.Errorf("delta: %v", got)
	}
	s.MarkGone(ctx, "feed", nil)
	flush(t, s)
	s.wdb.Exec(`UPDATE stories SET gone_since = 1 WHERE id IN ('s30', 's31')`)
	s.wdb.Exec(`UPDATE stories SET gone_since = NULL WHERE id NOT IN ('s30', 's31')`)
	if n, err := s.Prune(ctx, day0, DefaultReadAge, DefaultUnreadAge); n != 2 || err != nil {
		t.Fatalf("pruned %d, %v", n, err)
	}
	if got, _ := s.Search(ctx, "gamma3", 0); fmt.Sprint(got) != "[s39 s38 s37 s36 s35 s34 s33 s32]" {
		t.Errorf("gamma3 after prune: %v", got)
	}
	var n int
	s.rdb.QueryRow(`SELECT count(*) FROM fts WHERE fts MATCH 'alpha'`).Scan(&n)
	if n != 47 {
		t.Errorf("%d index rows match alpha, want 47", n)
	}
}

// TestIndexMergesWhenIdle writes many small transactions and checks that
// the writer merges the index's segments once it has nothing to do.
func TestIndexMergesWhenIdle(t *testing.T) {
	s := openTemp(t)
	for i := range 40 {
		upsert(t, s, "feed", story(fmt.Sprint(i), i))
	}
	before := segmentCount(t, s)
	if before < 10 {
		t.Fatalf("only %d segments after 40 transactions", before)
	}
	after := before
	for range 100 {
		time.Sleep(mergeAfter / 2)
		if after = segmentCount(t, s); after < before/4 {
			break
		}
	}
	if after >= before/4 {
		t.Errorf("%d segments before, %d after idling", before, after)
	}
	if got, _ := s.Search(context.Background(), "headline", 0); len(got) != 40 {
		t.Errorf("after merging, %d found", len(got))
	}
}

// segmentCount counts the segments of the index.
func segmentCount(t testing.TB, s *Store) int {
	var n int
	if err := s.rdb.QueryRow(`SELECT count(DISTINCT segid) FROM fts_idx`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSearchOrderMatchesPages(t *testing.T) {
	s, stories := mixed(t)
	got, err := s.Search(context.Background(), "headline", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := expected(stories, model.Everywhere()); !slices.Equal(got, want) {
		t.Errorf("search order\n%v\nwant\n%v", got, want)
	}
}

// FuzzTermMatchesItsText: a phrase made of any text is found in that text,
// and a query never breaks the MATCH syntax.
func FuzzTermMatchesItsText(f *testing.F) {
	for _, s := range []string{"在北京举行", "hello world", "Straße", `"quoted" *star* AND OR NOT ( )`, "G20峰会", "a\x00b", "\xff\xfe"} {
		f.Add(s)
	}
	s := openTemp(f)
	f.Fuzz(func(t *testing.T, text string) {
		term := newTerm(text, false)
		if len(term.toks) == 0 {
			return
		}
		if !term.inOrder(text) {
			t.Errorf("%q not found in itself (tokens %q)", text, term.toks)
		}
		if _, err := s.SearchWords(context.Background(), []string{text}, []string{text}, 1); err != nil {
			t.Errorf("SearchWords(%q): %v", text, err)
		}
	})
}

func TestBodiesAreIndexedAfterTheStoriesWhenTheWriterIsIdle(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	st := story("late", 1)
	st.Body = model.Markdown("A word only the body has: zanzibarite.")
	if err := s.Upsert(ctx, []*model.Story{st}, "feed"); err != nil {
		t.Fatal(err)
	}
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// Stored; indexed whole (headline and body) once the writer has been
	// idle for a moment.
	deadline := time.Now().Add(5 * time.Second)
	for {
		ids, err := s.Search(ctx, "zanzibarite", 0)
		if err == nil && len(ids) == 1 {
			if ids, _ := s.Search(ctx, "headline late", 0); len(ids) != 1 {
				t.Errorf("the headline is not in the index with the body: %v", ids)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the body was not indexed while the writer was idle: %v, %v", ids, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestStoriesNotYetIndexedCanBeUpdatedAndPruned(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a := story("a", 1)
	if err := s.Upsert(ctx, []*model.Story{a}, "feed"); err != nil {
		t.Fatal(err)
	}
	// Changed before its body was indexed: the index has no row to drop.
	b := *a
	b.Title = "A changed headline"
	if err := s.Upsert(ctx, []*model.Story{&b}, "feed"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkGone(ctx, "feed", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Flush(ctx); err != nil {
		t.Fatalf("an update of a story not yet indexed: %v", err)
	}
	n, err := s.Prune(ctx, time.Now().Add(400*24*time.Hour), DefaultReadAge, DefaultUnreadAge)
	if err != nil || n != 1 {
		t.Fatalf("Prune = %d, %v", n, err)
	}
	if err := s.IndexBodies(ctx); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.Search(ctx, "changed", 0); len(ids) != 0 {
		t.Errorf("a pruned story is found: %v", ids)
	}
	integrityOK(t, s)
}
