package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

func state(t *testing.T, s *Store, id string) StoryState {
	t.Helper()
	items, err := s.Get(context.Background(), []string{id})
	if err != nil || len(items) != 1 {
		t.Fatalf("get %s: %v, %v", id, items, err)
	}
	return items[0].State
}

func TestUpsertKeepsStateAndFirstSeen(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("a", 1), story("b", 2))
	if err := s.SetRead("a", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred("b", true); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
	var firstSeen int64
	s.rdb.QueryRow(`SELECT first_seen FROM stories WHERE id = 'a'`).Scan(&firstSeen)
	if _, err := s.wdb.Exec(`UPDATE stories SET first_seen = 7, last_seen_in_feed = 7`); err != nil {
		t.Fatal(err)
	}

	a := story("a", 1)
	a.Title, a.Body = "Revised title", model.Markdown("Revised body")
	upsert(t, s, "feed", a, story("b", 2))

	items, _ := s.Get(context.Background(), []string{"a", "b"})
	if items[1].Story.Title != "Revised title" || items[1].Story.Body.Markdown() != "Revised body" {
		t.Errorf("fields not updated: %+v", items[1].Story)
	}
	if !items[1].State.Read || items[1].State.Starred || items[0].State.Read || !items[0].State.Starred {
		t.Errorf("state changed by re-ingest: a %+v, b %+v", items[1].State, items[0].State)
	}
	var first, last int64
	s.rdb.QueryRow(`SELECT first_seen, last_seen_in_feed FROM stories WHERE id = 'a'`).Scan(&first, &last)
	if first != 7 || last <= 7 {
		t.Errorf("first_seen %d, last_seen_in_feed %d", first, last)
	}
	// The index follows the new text, not the old.
	ctx := context.Background()
	if got, _ := s.Search(ctx, "revised", 0); fmt.Sprint(got) != "[a]" {
		t.Errorf("new words: %v", got)
	}
	if got, _ := s.Search(ctx, "headline", 0); fmt.Sprint(got) != "[b]" {
		t.Errorf("old words still found: %v", got)
	}
}

func TestUpsertStoresEveryField(t *testing.T) {
	s := openTemp(t)
	in := &model.Story{
		Details: &model.Details{
			GUID:     "g-1",
			Summary:  "Summary",
			Author:   "Ayşe",
			Link:     "https://example.com/1",
			Tags:     []string{"vote", "budget"},
			Dateline: "ANKARA",
		},
		ID: "https://example.com/1", Title: "Title",
		Published: time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC),
		Source:    "Example Wire", Section: "Politics",
		Regions: model.RegionSet(0).Add(model.Europe).Add(model.MiddleEast), RegionsInferred: true,
		Body: model.Markdown("**Body**"),
	}
	upsert(t, s, "feed", in)
	items, err := s.FirstPage(context.Background(), model.Everywhere(), 10)
	if err != nil || len(items) != 1 {
		t.Fatal(items, err)
	}
	out := *items[0].Story
	if out.Body.Markdown() != "**Body**" {
		t.Errorf("body %q", out.Body.Markdown())
	}
	out.Body, in.Body = nil, nil
	if !reflect.DeepEqual(out, *in) {
		t.Errorf("stored\n%+v %+v\nread back\n%+v %+v", *in, *in.Details, out, out.Details)
	}
}

func TestMarkGoneAndBack(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	upsert(t, s, "feed", story("a", 1), story("b", 2), story("c", 3))
	upsert(t, s, "other", story("x", 4))
	if err := s.MarkGone(ctx, "feed", []string{"a"}); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
	gone := func() []string {
		rows, _ := s.rdb.Query(`SELECT id FROM stories WHERE gone_since IS NOT NULL ORDER BY id`)
		defer rows.Close()
		var out []string
		for rows.Next() {
			var id string
			rows.Scan(&id)
			out = append(out, id)
		}
		return out
	}
	if got := gone(); fmt.Sprint(got) != "[b c]" {
		t.Errorf("gone %v", got)
	}
	if all, _, _, _ := s.Counts(ctx); all != 4 {
		t.Errorf("gone stories left the library: %d", all)
	}
	upsert(t, s, "feed", story("b", 2)) // back in the feed
	if got := gone(); fmt.Sprint(got) != "[c]" {
		t.Errorf("gone after b came back: %v", got)
	}
}

func TestHoldsSourceOnceItsStoriesAreStored(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if s.HoldsSource(ctx, "feed") {
		t.Error("an empty library holds the feed")
	}
	upsert(t, s, "feed", story("a", 1))
	if !s.HoldsSource(ctx, "feed") || s.HoldsSource(ctx, "other") {
		t.Errorf("holds feed %v, other %v; want true, false", s.HoldsSource(ctx, "feed"), s.HoldsSource(ctx, "other"))
	}
}

func TestPruneKeepsStarredAndRecent(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	upsert(t, s, "feed", story("read-old", 1), story("read-new", 2), story("unread-old", 3),
		story("unread-new", 4), story("starred", 5), story("in-feed", 6))
	for _, id := range []string{"read-old", "read-new", "starred", "in-feed"} {
		s.SetRead(id, true)
	}
	s.SetStarred("starred", true)
	flush(t, s)
	now := time.Now()
	day := int64(24 * 3600)
	at := func(d int64) int64 { return now.Unix() - d*day }
	for _, q := range []string{
		fmt.Sprintf(`UPDATE stories SET gone_since = %d WHERE id != 'in-feed'`, at(200)),
		fmt.Sprintf(`UPDATE stories SET gone_since = %d WHERE id = 'unread-new'`, at(100)),
		fmt.Sprintf(`UPDATE state SET read_at = %d WHERE story_id IN ('read-old', 'starred', 'in-feed')`, at(95)),
		fmt.Sprintf(`UPDATE state SET read_at = %d WHERE story_id = 'read-new'`, at(10)),
	} {
		if _, err := s.wdb.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.Prune(ctx, now, DefaultReadAge, DefaultUnreadAge)
	if err != nil || n != 2 {
		t.Errorf("pruned %d, %v; want 2", n, err)
	}
	var left []string
	for it, err := range s.All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		left = append(left, it.Story.ID)
	}
	slices.Sort(left)
	if fmt.Sprint(left) != "[in-feed read-new starred unread-new]" {
		t.Errorf("left %v", left)
	}
	var states int
	s.rdb.QueryRow(`SELECT count(*) FROM state`).Scan(&states)
	if states != 3 {
		t.Errorf("%d state rows left, want 3", states)
	}
	checkCounts(t, s)
}

func TestSourceHashRemembersTheLastLoad(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	mtime := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	if _, ok := s.SourceHash("feed.xml", 10, mtime); ok {
		t.Error("an unknown source has a hash")
	}
	if err := s.RecordSource(ctx, "feed.xml", 10, mtime, []byte{1}); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
	if h, ok := s.SourceHash("feed.xml", 10, mtime); !ok || !bytes.Equal(h, []byte{1}) {
		t.Errorf("recorded source: %v, %v", h, ok)
	}
	for name, ok := range map[string]bool{
		"size":  second(s.SourceHash("feed.xml", 11, mtime)),
		"mtime": second(s.SourceHash("feed.xml", 10, mtime.Add(time.Nanosecond))),
		"key":   second(s.SourceHash("other.xml", 10, mtime)),
	} {
		if ok {
			t.Errorf("a source with another %s has the recorded hash", name)
		}
	}
	s.RecordSource(ctx, "feed.xml", 11, mtime, []byte{2})
	flush(t, s)
	if h, ok := s.SourceHash("feed.xml", 11, mtime); !ok || !bytes.Equal(h, []byte{2}) {
		t.Errorf("re-recorded source: %v, %v", h, ok)
	}
}

func second[A, B any](_ A, b B) B { return b }

// TestStateGoesBeforeQueuedIngest holds the writer in a job, queues ingest
// jobs and then a state change, and checks the state change runs next.
func TestStateGoesBeforeQueuedIngest(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var mu sync.Mutex
	var order []string
	record := func(name string) func(*wtx) error {
		return func(*wtx) error {
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
			return nil
		}
	}
	release := make(chan struct{})
	started := make(chan struct{})
	if err := s.w.send(ctx, false, job{weight: MaxTxStories, run: func(t *wtx) error {
		close(started)
		<-release
		return record("long ingest")(t)
	}}); err != nil {
		t.Fatal(err)
	}
	<-started
	for i := range 3 {
		if err := s.w.send(ctx, false, job{weight: MaxTxStories, run: record(fmt.Sprint("ingest ", i))}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.w.send(ctx, true, job{weight: 1, run: record("mark")}); err != nil {
		t.Fatal(err)
	}
	close(release)
	flush(t, s)
	if want := "[long ingest mark ingest 0 ingest 1 ingest 2]"; fmt.Sprint(order) != want {
		t.Errorf("order %v, want %s", order, want)
	}
}

func TestSmallIngestsShareATransaction(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	release, started := make(chan struct{}), make(chan struct{})
	s.w.send(ctx, false, job{weight: 1, run: func(*wtx) error { close(started); <-release; return nil }})
	<-started
	var txs []*wtx
	for range 5 {
		s.w.send(ctx, false, job{weight: 400, run: func(t *wtx) error { txs = append(txs, t); return nil }})
	}
	close(release)
	flush(t, s)
	if len(txs) != 5 || txs[0] != txs[4] {
		t.Errorf("5 queued jobs of 400 stories did not share one transaction")
	}
}

func TestWriteErrorIsReportedNotLost(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	upsert(t, s, "feed", story("a", 1))
	boom := errors.New("disk on fire")
	if err := s.w.send(ctx, false, job{weight: 1, run: func(*wtx) error { return boom }}); err != nil {
		t.Fatal(err)
	}
	// A job behind it on the same queue: once it is done, so is the failure.
	if err := s.w.call(ctx, false, 1, func(*wtx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead("a", true); !errors.Is(err, boom) {
		t.Errorf("next call returned %v", err)
	}
	if err := s.Flush(ctx); !errors.Is(err, boom) {
		t.Errorf("Flush returned %v", err)
	}
	if err := s.Flush(ctx); err != nil {
		t.Errorf("second Flush returned %v", err)
	}
	if !state(t, s, "a").Read {
		t.Error("the mark after the failure was lost")
	}
}

func TestClosedStoreRefuses(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("a", 1))
	s.SetRead("a", true)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.SetRead("a", false); !errors.Is(err, ErrClosed) {
		t.Errorf("SetRead after Close: %v", err)
	}
	if _, err := s.FirstPage(ctx, model.Everywhere(), 1); !errors.Is(err, ErrClosed) {
		t.Errorf("FirstPage after Close: %v", err)
	}
	if err := s.Upsert(ctx, []*model.Story{story("b", 1)}, "feed"); !errors.Is(err, ErrClosed) {
		t.Errorf("Upsert after Close: %v", err)
	}
}

func TestCloseCommitsQueuedWrites(t *testing.T) {
	path := t.TempDir() + "/library.db"
	s := openAt(t, path)
	var stories []*model.Story
	for i := range 3000 {
		stories = append(stories, story(fmt.Sprint(i), i))
	}
	ctx := context.Background()
	if err := s.Upsert(ctx, stories, "feed"); err != nil {
		t.Fatal(err)
	}
	s.SetRead("2999", true)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path)
	if all, unread, _, _ := s.Counts(ctx); all != 3000 || unread != 2999 {
		t.Errorf("after Close and reopen: %d stories, %d unread", all, unread)
	}
}

// TestNewStoryReplacesAnOrphanBody: a body left behind by a story deleted
// with foreign keys off (by hand, or by another tool) is replaced by the
// body of the new story given its n, not kept and not an error.
func TestNewStoryReplacesAnOrphanBody(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s := openAt(t, path)
	upsert(t, s, "feed", story("a", 1))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path) // foreign keys off
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`DELETE FROM stories`); err != nil {
		t.Fatal(err)
	}
	var orphans int
	if err := db.QueryRow(`SELECT count(*) FROM bodies`).Scan(&orphans); err != nil || orphans != 1 {
		t.Fatalf("%d orphan bodies (%v), want 1", orphans, err)
	}
	db.Close()
	s = openAt(t, path)
	upsert(t, s, "feed", story("b", 2))
	if got := s.BodyOf("b").Markdown(); got != "Body of b" {
		t.Errorf("body %q, want the new story's", got)
	}
}
