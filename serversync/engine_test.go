package serversync

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// memServer is a Server in memory, with a clock the test moves, and a
// switch that makes it fail after n more calls.
type memServer struct {
	mu      sync.Mutex
	now     time.Time
	feeds   []Feed
	entries []*Entry
	failIn  int // > 0: calls left before failing; 0: never
	calls   int
}

var errCut = errors.New("connection cut")

func (m *memServer) call() error {
	m.calls++
	if m.failIn > 0 {
		m.failIn--
		if m.failIn == 0 {
			m.failIn = -1
		}
	}
	if m.failIn < 0 {
		return fmt.Errorf("%w: %w", ErrUnreachable, errCut)
	}
	return nil
}

func (m *memServer) tick() time.Time {
	m.now = m.now.Add(time.Second)
	return m.now
}

func (m *memServer) add(feed int, title string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	id := strconv.Itoa(len(m.entries) + 1)
	m.entries = append(m.entries, &Entry{ID: id, FeedID: strconv.Itoa(feed), URL: "https://news.example/" + id,
		Title: title, Content: "<p>" + title + "</p>", Published: m.now, Changed: m.tick()})
	return id
}

func (m *memServer) Check(context.Context) error { return nil }

func (m *memServer) Feeds(context.Context) ([]Feed, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.call(); err != nil {
		return nil, err
	}
	return append([]Feed(nil), m.feeds...), nil
}

func (m *memServer) Entries(_ context.Context, since string) ([]Entry, string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.call(); err != nil {
		return nil, "", err
	}
	after, _ := strconv.ParseInt(since, 10, 64)
	var out []Entry
	newest := after
	for _, e := range m.entries {
		if e.Changed.Unix() > after {
			out = append(out, *e)
			newest = max(newest, e.Changed.Unix())
		}
	}
	return out, strconv.FormatInt(newest, 10), nil
}

func (m *memServer) set(ids []string, apply func(*Entry)) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.call(); err != nil {
		return err
	}
	for _, id := range ids {
		for _, e := range m.entries {
			if e.ID == id {
				apply(e)
				e.Changed = m.tick()
			}
		}
	}
	return nil
}

func (m *memServer) SetRead(_ context.Context, ids []string, read bool) error {
	return m.set(ids, func(e *Entry) { e.Read = read })
}

func (m *memServer) SetStarred(_ context.Context, ids []string, starred bool) error {
	return m.set(ids, func(e *Entry) { e.Starred = starred })
}

func (m *memServer) Subscribe(context.Context, string, string) (Feed, error) {
	return Feed{}, errors.New("not in memServer")
}
func (m *memServer) Unsubscribe(context.Context, string) error { return errors.New("not in memServer") }

// entry returns a copy of the server's entry id.
func (m *memServer) entry(id string) Entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.entries {
		if e.ID == id {
			return *e
		}
	}
	return Entry{}
}

func newMem() *memServer {
	return &memServer{now: time.Now().Add(-24 * time.Hour), feeds: []Feed{
		{ID: "1", URL: "https://news.example/world.xml", Title: "World Wire", Category: "Africa"},
		{ID: "2", URL: "https://news.example/tech.xml", Title: "Tech Wire", Category: "Tech"},
	}}
}

// device is one dateline library syncing with the server.
type device struct {
	t  testing.TB
	st *store.Store
	e  *Engine
}

func newDevice(t testing.TB, srv Server) device {
	st, err := store.Open(filepath.Join(t.TempDir(), "library.db"), feeds.Codec{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return device{t: t, st: st, e: &Engine{Server: srv, Store: st, Key: "mem", Ingest: ingestTo(st)}}
}

// storeIngester writes a sync's stories straight to the store, where the
// session's ingester queues them for its writer.
type storeIngester struct {
	ctx context.Context
	st  *store.Store
	err error
}

func (s *storeIngester) Add(key string, stories []*model.Story) {
	if s.err == nil {
		s.err = s.st.Upsert(s.ctx, stories, key)
	}
}

func (s *storeIngester) Finish() error {
	if s.err != nil {
		return s.err
	}
	return s.st.Flush(s.ctx)
}

func ingestTo(st *store.Store) func(context.Context, chan<- model.Event) Ingester {
	return func(ctx context.Context, _ chan<- model.Event) Ingester { return &storeIngester{ctx: ctx, st: st} }
}

func (d device) sync() Report {
	d.t.Helper()
	rep, err := d.e.Sync(context.Background(), nil)
	if err != nil {
		d.t.Fatalf("sync: %v", err)
	}
	return rep
}

// state is the library's marks of the story that is entry url.
func (d device) state(url string) model.StoryState {
	d.t.Helper()
	ids, err := d.st.StoriesByLink(context.Background(), []string{url})
	if err != nil || ids[url] == "" {
		d.t.Fatalf("no story for %s: %v", url, err)
	}
	st, _ := d.st.States(context.Background(), []string{ids[url]})
	return st[ids[url]]
}

func (d device) mark(url string, read, starred bool) {
	d.t.Helper()
	ids, _ := d.st.StoriesByLink(context.Background(), []string{url})
	if err := d.st.SetRead(ids[url], read); err != nil {
		d.t.Fatal(err)
	}
	if err := d.st.SetStarred(ids[url], starred); err != nil {
		d.t.Fatal(err)
	}
	d.st.Flush(context.Background())
}

func TestTwoLibrariesSyncThroughOneServer(t *testing.T) {
	srv := newMem()
	e1, e2 := srv.add(1, "Nairobi opens a rail line"), srv.add(2, "A new chip")
	a, b := newDevice(t, srv), newDevice(t, srv)
	if rep := a.sync(); rep.Entries != 2 || rep.Stories != 2 {
		t.Fatalf("first sync on A: %+v", rep)
	}
	b.sync()

	// Read on A appears on B; starred on B appears on A.
	a.mark("https://news.example/"+e1, true, false)
	a.sync()
	if !srv.entry(e1).Read {
		t.Fatal("A's read mark did not reach the server")
	}
	b.sync()
	if !b.state("https://news.example/" + e1).Read {
		t.Error("A's read mark did not reach B")
	}
	b.mark("https://news.example/"+e2, false, true)
	b.sync()
	a.sync()
	if !a.state("https://news.example/" + e2).Starred {
		t.Error("B's star did not reach A")
	}

	// Incremental: nothing new, nothing pulled.
	if rep := a.sync(); rep.Entries != 0 || rep.Pushed != 0 {
		t.Errorf("a sync with nothing new: %+v", rep)
	}
	// The category named a region: the story is in Africa.
	all, _ := a.st.FirstPage(context.Background(), model.In(model.Africa), 10)
	if len(all) != 1 || all[0].Story.Title != "Nairobi opens a rail line" {
		t.Errorf("Africa from the category: %d stories", len(all))
	}
}

func TestAChangeMadeOfflineIsPushedLaterAndTheNewestWins(t *testing.T) {
	srv := newMem()
	e1 := srv.add(1, "Story one")
	a := newDevice(t, srv)
	a.sync()
	url := "https://news.example/" + e1

	// Offline: A reads it; the server is down for the next sync.
	a.mark(url, true, false)
	srv.failIn = 1
	if _, err := a.e.Sync(context.Background(), nil); !errors.Is(err, ErrUnreachable) {
		t.Fatalf("a sync with the server down: %v", err)
	}
	srv.failIn = 0
	a.sync()
	if !srv.entry(e1).Read {
		t.Error("the offline mark was not pushed once the server came back")
	}

	// Conflict: the server unreads it after A's (older) star: newest wins.
	a.mark(url, true, true) // pending here, at time T
	time.Sleep(1100 * time.Millisecond)
	srv.mu.Lock()
	srv.now = time.Now()
	srv.mu.Unlock()
	srv.SetRead(context.Background(), []string{e1}, false) // at T+1s, on another device
	a.sync()
	if st := a.state(url); st.Read {
		t.Errorf("the newer server change lost to an older local one: %+v", st)
	}
}

func TestASyncCutShortLosesNothing(t *testing.T) {
	srv := newMem()
	for i := range 5 {
		srv.add(1+i%2, fmt.Sprintf("Story %d", i))
	}
	a := newDevice(t, srv)
	a.sync()
	for i := 1; i <= 5; i++ {
		a.mark("https://news.example/"+strconv.Itoa(i), true, i%2 == 0)
	}
	// Cut after the pull: the push fails half-way (read went, star did not).
	srv.failIn = 3 // Entries, SetRead ok; SetStarred fails
	if _, err := a.e.Sync(context.Background(), nil); err == nil {
		t.Fatal("the cut sync reported no error")
	}
	srv.failIn = 0
	a.sync()
	for i := 1; i <= 5; i++ {
		e := srv.entry(strconv.Itoa(i))
		if !e.Read || e.Starred != (i%2 == 0) {
			t.Errorf("entry %d after the next sync: read %v starred %v", i, e.Read, e.Starred)
		}
	}
	if p, _ := a.st.PendingMarks(context.Background()); len(p) != 0 {
		t.Errorf("still pending: %+v", p)
	}
}

func TestMarksMadeBeforeSyncWasTurnedOnCarryOver(t *testing.T) {
	srv := newMem()
	e1 := srv.add(1, "Known story")
	a := newDevice(t, srv)
	// The story came from the feed itself first, with its own ID.
	local := &model.Story{
		Details: &model.Details{
			Link: "https://news.example/" + e1,
		},
		ID: "https://news.example/world.xml#g1", Title: "Known story",
		Body: model.Markdown("x")}
	a.st.Upsert(context.Background(), []*model.Story{local}, "https://news.example/world.xml")
	a.st.SetStarred(local.ID, true)
	a.st.Flush(context.Background())
	a.sync()
	if !srv.entry(e1).Starred {
		t.Error("the star set before sync was on did not reach the server")
	}
	if n, _, _, _ := a.st.Counts(context.Background()); n != 1 {
		t.Errorf("the library has %d stories: the entry was not matched to the story by its link", n)
	}
}

func TestASyncKeepsTheServersSubscriptionsForOfflineUse(t *testing.T) {
	srv := newMem()
	srv.add(1, "Story")
	a := newDevice(t, srv)
	if list, at := SavedFeeds(context.Background(), a.st, "mem"); list != nil || !at.IsZero() {
		t.Fatalf("before any sync: %v at %v", list, at)
	}
	a.sync()
	list, at := SavedFeeds(context.Background(), a.st, "mem")
	if len(list) != 2 || list[0].Title != "World Wire" || list[0].Category != "Africa" || time.Since(at) > time.Minute {
		t.Errorf("saved feeds: %+v at %v", list, at)
	}
}

func TestHostileEntriesAreSanitisedLikeAnyFeed(t *testing.T) {
	srv := newMem()
	srv.mu.Lock()
	srv.entries = append(srv.entries, &Entry{ID: "1", FeedID: "1", URL: "https://news.example/h",
		Title:   "Clipboard \x1b]52;c;ZXZpbA==\x07grab \u202egnp.exe \u009b31m",
		Content: "<p>Body <script>alert(1)</script>\x1b[2J</p>", Author: "Mal\x07lory", Changed: srv.tick()})
	srv.mu.Unlock()
	a := newDevice(t, srv)
	a.sync()
	items, err := a.st.FirstPage(context.Background(), model.Everywhere(), 5)
	if err != nil || len(items) != 1 {
		t.Fatalf("%v, %v", items, err)
	}
	s := items[0].Story
	for _, text := range []string{s.Title, s.Author(), s.Body.Markdown()} {
		for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u009b", "<script"} {
			if strings.Contains(text, bad) {
				t.Errorf("%q survived in %q", bad, text)
			}
		}
	}
}
