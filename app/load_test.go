package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path, feeds.Codec{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// rss is a feed of n items, the newest first, with a word in every
// headline so that a change to the feed shows.
func rss(word string, n int) string {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Test Wire</title>`)
	for i := range n {
		fmt.Fprintf(&b, `<item><guid>https://test.example/%d</guid><title>%s story %d</title>
<description>&lt;p&gt;Summary %d&lt;/p&gt;</description><pubDate>Mon, 0%d Nov 2026 10:00:00 GMT</pubDate></item>`,
			i, word, i, i, 9-i%9)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// got is what one load sent.
type got struct {
	stories  []*model.Story
	states   map[string]model.StoryState
	errs     []error
	replaced []*model.Story // sent again, read from the library
}

func (g got) partial() int {
	n := 0
	for _, s := range g.stories {
		if s.Partial {
			n++
		}
	}
	return n
}

func collect(t *testing.T, load func(context.Context, chan<- model.Event)) got {
	t.Helper()
	out := make(chan model.Event, 8)
	go func() { load(t.Context(), out); close(out) }()
	g := got{states: map[string]model.StoryState{}}
	for e := range out {
		var b model.StoriesArrived
		switch e := e.(type) {
		case model.StoriesStored:
			g.replaced = append(g.replaced, e.Stories...)
			continue
		case model.SourceFailed:
			g.errs = append(g.errs, e.Err)
			continue
		case model.StoriesArrived:
			b = e
		default:
			continue
		}
		if b.States != nil && len(b.States) != len(b.Stories) {
			t.Fatalf("batch of %d stories has %d states", len(b.Stories), len(b.States))
		}
		if b.Summaries != nil && len(b.Summaries) != len(b.Stories) {
			t.Fatalf("batch of %d stories has %d summaries", len(b.Stories), len(b.Summaries))
		}
		for i, s := range b.Stories {
			g.stories = append(g.stories, s)
			if b.States != nil {
				g.states[s.ID] = b.States[i]
			}
			if s.Partial && (b.Summaries == nil || b.Summaries[i] == "") {
				t.Errorf("partial story %s came without its summary", s.ID)
			}
		}
	}
	return g
}

func TestSourcesAreStoredThenReadFromTheLibraryUntilTheyChange(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	if err := os.WriteFile(feed, []byte(rss("first", 5)), 0o600); err != nil {
		t.Fatal(err)
	}
	st := openStore(t, filepath.Join(dir, "library.db"))
	l := Loader{Store: st, Scope: model.Everywhere()}
	sources := func(ctx context.Context, out chan<- model.Event) {
		l.Sources(ctx, []feeds.Source{feeds.Path(feed)}, out)
	}

	g := collect(t, sources)
	if len(g.stories) != 5 || g.partial() != 0 || len(g.errs) != 0 {
		t.Fatalf("first load: %d stories, %d partial, errors %v", len(g.stories), g.partial(), g.errs)
	}
	read := g.stories[0].ID
	if err := st.SetRead(read, true); err != nil {
		t.Fatal(err)
	}
	st.Flush(t.Context())

	// Unchanged: every story comes from the library, with its mark.
	g = collect(t, sources)
	if len(g.stories) != 5 || g.partial() != 5 {
		t.Fatalf("second load: %d stories, %d partial (from the library)", len(g.stories), g.partial())
	}
	for _, s := range g.stories {
		if g.states[s.ID].Read != (s.ID == read) {
			t.Errorf("%s: read %v after a restart; only %s was read", s.ID, g.states[s.ID].Read, read)
		}
	}

	// Same size, same time, new content: shown from the library first,
	// then parsed once the hash says it changed.
	info, _ := os.Stat(feed)
	if err := os.WriteFile(feed, []byte(strings.Replace(rss("first", 5), "first story 4", "first story X", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(feed, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	g = collect(t, sources)
	if !slices.ContainsFunc(g.stories, func(s *model.Story) bool { return s.Title == "first story X" }) {
		t.Error("a change that kept the size and time was not read")
	}

	// A story that left the feed stays in the library.
	if err := os.WriteFile(feed, []byte(rss("second", 2)), 0o600); err != nil {
		t.Fatal(err)
	}
	g = collect(t, sources)
	if len(g.stories) != 2 || g.partial() != 0 {
		t.Errorf("changed feed: %d stories, %d partial", len(g.stories), g.partial())
	}
	all := collect(t, Loader{Store: st, Scope: model.Everywhere()}.Library)
	if len(all.stories) != 5 {
		t.Errorf("the library has %d stories, want the 5 ever seen", len(all.stories))
	}
}

func TestStatesJoinParsedStories(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	os.WriteFile(feed, []byte(rss("word", 3)), 0o600)
	st := openStore(t, filepath.Join(dir, "library.db"))
	// A mark set before its story was ever stored (an import, say).
	if err := st.SetStarred("https://test.example/1", true); err != nil {
		t.Fatal(err)
	}
	st.Flush(t.Context())
	g := collect(t, func(ctx context.Context, out chan<- model.Event) {
		Loader{Store: st}.Sources(ctx, []feeds.Source{feeds.Path(feed)}, out)
	})
	if !g.states["https://test.example/1"].Starred || g.states["https://test.example/0"].Starred {
		t.Errorf("states %v", g.states)
	}
}

func TestLibraryFirstPageComesFirstWholeThenTheRestPartial(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, filepath.Join(dir, "library.db"))
	var stories []*model.Story
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for i := range firstPage + 100 {
		stories = append(stories, &model.Story{
			Details: &model.Details{
				Summary: "Summary",
			},
			ID: fmt.Sprintf("s%04d", i), Title: "Story",
			Published: base.Add(time.Duration(i) * time.Minute), Body: model.Markdown("Body")})
	}
	if err := st.Upsert(t.Context(), stories, "feed"); err != nil {
		t.Fatal(err)
	}
	st.Flush(t.Context())
	g := collect(t, Loader{Store: st, Scope: model.Everywhere()}.Library)
	if len(g.stories) != len(stories) {
		t.Fatalf("%d stories, want %d", len(g.stories), len(stories))
	}
	if g.stories[0].ID != fmt.Sprintf("s%04d", len(stories)-1) || g.stories[0].Partial {
		t.Errorf("first story %s (partial %v), want the newest, whole", g.stories[0].ID, g.stories[0].Partial)
	}
	if g.partial() != 100 {
		t.Errorf("%d partial stories, want the 100 after the first page", g.partial())
	}
	last := g.stories[len(g.stories)-1]
	whole, err := last.Complete()
	if err != nil || whole.Partial || whole.Summary() != "Summary" || whole.Body.Markdown() != "Body" {
		t.Errorf("Complete: %+v, %v", whole, err)
	}
	if g := collect(t, Loader{Store: st, Whole: true}.Library); g.partial() != 0 {
		t.Errorf("Whole: %d partial stories", g.partial())
	}
}

func TestNoLibraryPassesSourcesThrough(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	os.WriteFile(feed, []byte(rss("word", 3)), 0o600)
	g := collect(t, func(ctx context.Context, out chan<- model.Event) {
		Loader{}.Sources(ctx, []feeds.Source{feeds.Path(feed), feeds.Path(filepath.Join(dir, "missing.xml"))}, out)
	})
	if len(g.stories) != 3 || len(g.errs) != 1 || !strings.Contains(g.errs[0].Error(), "missing.xml") {
		t.Errorf("%d stories, errors %v", len(g.stories), g.errs)
	}
}

func TestStoriesGoneFromTheirFeedArePrunedAfterTheirTime(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	os.WriteFile(feed, []byte(rss("first", 3)), 0o600)
	st := openStore(t, filepath.Join(dir, "library.db"))
	l := Loader{Store: st, KeepRead: time.Nanosecond, KeepUnread: time.Hour}
	sources := func(ctx context.Context, out chan<- model.Event) {
		l.Sources(ctx, []feeds.Source{feeds.Path(feed)}, out)
	}
	collect(t, sources)
	for _, id := range []string{"https://test.example/1", "https://test.example/2"} {
		st.SetRead(id, true)
	}
	st.SetStarred("https://test.example/2", true)
	st.Flush(t.Context())

	// The feed now carries only story 0: 1 (read) goes at once, 2 (read
	// but starred) stays, and so does 0, still in the feed.
	os.WriteFile(feed, []byte(rss("first", 1)), 0o600)
	collect(t, sources)
	time.Sleep(10 * time.Millisecond)
	collect(t, sources) // unchanged now: the prune after loading sees them gone
	all := collect(t, Loader{Store: st}.Library)
	var ids []string
	for _, s := range all.stories {
		ids = append(ids, s.ID)
	}
	slices.Sort(ids)
	if want := []string{"https://test.example/0", "https://test.example/2"}; !slices.Equal(ids, want) {
		t.Errorf("library keeps %v, want %v", ids, want)
	}
}

func TestMarksOnlyJoinsMarksAndStoresNothing(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "sample.xml")
	os.WriteFile(feed, []byte(rss("sample", 3)), 0o600)
	st := openStore(t, filepath.Join(dir, "library.db"))
	st.SetRead("https://test.example/2", true)
	st.Flush(t.Context())
	g := collect(t, func(ctx context.Context, out chan<- model.Event) {
		Loader{Store: st, MarksOnly: true}.Sources(ctx, []feeds.Source{feeds.Path(feed)}, out)
	})
	if len(g.stories) != 3 || !g.states["https://test.example/2"].Read {
		t.Errorf("%d stories, states %v", len(g.stories), g.states)
	}
	if all := collect(t, Loader{Store: st}.Library); len(all.stories) != 0 {
		t.Errorf("MarksOnly stored %d stories", len(all.stories))
	}
}

func TestParsedStoriesComeAgainReadFromTheLibraryOnceStored(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	os.WriteFile(feed, []byte(rss("swap", 7)), 0o600)
	st := openStore(t, filepath.Join(dir, "library.db"))
	g := collect(t, func(ctx context.Context, out chan<- model.Event) {
		Loader{Store: st}.Sources(ctx, []feeds.Source{feeds.Path(feed)}, out)
	})
	if len(g.replaced) != len(g.stories) || len(g.stories) != 7 {
		t.Fatalf("%d stories, %d sent again", len(g.stories), len(g.replaced))
	}
	byID := map[string]*model.Story{}
	for _, s := range g.stories {
		byID[s.ID] = s
	}
	for _, r := range g.replaced {
		s := byID[r.ID]
		if s == nil || r == s || r.Title != s.Title || r.Body.Markdown() != s.Body.Markdown() {
			t.Errorf("%s sent again as %+v", r.ID, r)
		}
	}
}

// Without a library, or with the bundled sample (never stored), nothing
// is placed on its way into the library: the stories are placed among
// themselves as they are read, so two outlets' stories of one event
// still show as one.
func TestStoriesNotStoredAreGroupedAllTheSame(t *testing.T) {
	dir := t.TempDir()
	item := func(outlet, id, title, summary, date string) string {
		return fmt.Sprintf(`<rss version="2.0"><channel><title>%s</title><item><guid>https://%s/%s</guid><title>%s</title><description>%s</description><pubDate>%s</pubDate></item></channel></rss>`,
			outlet, id, id, title, summary, date)
	}
	wire := filepath.Join(dir, "wire.xml")
	os.WriteFile(wire, []byte(item("Meridian Wire", "mw.example", "Typhoon forces 200,000 to flee homes in northern Philippines",
		"Typhoon Marce made landfall in Cagayan province with winds of 185 km/h", "Sat, 21 Nov 2026 02:00:00 GMT")), 0o600)
	ledger := filepath.Join(dir, "ledger.xml")
	os.WriteFile(ledger, []byte(item("Capital Ledger", "cl.example", "Philippines typhoon drives 200,000 from their homes",
		"Marce hit Cagayan with sustained winds of 185 km/h, killing three", "Sat, 21 Nov 2026 05:00:00 GMT")), 0o600)
	st := openStore(t, filepath.Join(dir, "library.db"))
	for name, l := range map[string]Loader{"no library": {}, "marks only": {Store: st, MarksOnly: true}} {
		g := collect(t, func(ctx context.Context, out chan<- model.Event) {
			l.Sources(ctx, []feeds.Source{feeds.Path(wire), feeds.Path(ledger)}, out)
		})
		if len(g.stories) != 2 {
			t.Fatalf("%s: %d stories", name, len(g.stories))
		}
		a, b := g.stories[0], g.stories[1]
		if a.EventID() != b.EventID() {
			t.Errorf("%s: the typhoon's stories are in events %q and %q", name, a.EventID(), b.EventID())
		}
	}
}
