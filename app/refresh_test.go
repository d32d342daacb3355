package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// wire is a loopback feed server whose feeds the test changes, counting
// the requests and full answers each path got.
type wire struct {
	*httptest.Server
	mu     sync.Mutex
	feeds  map[string]string // path -> RSS
	status map[string]int    // path -> a status to answer instead
	hits   map[string]int
	full   map[string]int // 200s with a body
}

func newWire(t *testing.T) *wire {
	w := &wire{feeds: map[string]string{}, status: map[string]int{}, hits: map[string]int{}, full: map[string]int{}}
	w.Server = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.hits[r.URL.Path]++
		if code := w.status[r.URL.Path]; code != 0 {
			if code == http.StatusMovedPermanently {
				http.Redirect(rw, r, "/moved"+r.URL.Path, code)
				return
			}
			rw.WriteHeader(code)
			return
		}
		body, ok := w.feeds[r.URL.Path]
		if !ok {
			http.NotFound(rw, r)
			return
		}
		etag := fmt.Sprintf(`"%d"`, len(body))
		if r.Header.Get("If-None-Match") == etag {
			rw.WriteHeader(http.StatusNotModified)
			return
		}
		rw.Header().Set("ETag", etag)
		w.full[r.URL.Path]++
		fmt.Fprint(rw, body)
	}))
	t.Cleanup(w.Close)
	return w
}

func (w *wire) set(path, body string, status int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if body != "" {
		w.feeds[path] = body
	}
	w.status[path] = status
}

func (w *wire) count(path string) (hits, full int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hits[path], w.full[path]
}

func (w *wire) sub(path string) Subscription {
	return Subscription{Key: w.URL + path, URL: w.URL + path, Name: path}
}

func refresher(st *store.Store) *Refresher {
	return &Refresher{Loader: Loader{Store: st}, Fetcher: &fetch.Fetcher{Timeout: 5 * time.Second}}
}

// refresh runs one refresh and returns its results and what it sent.
func refresh(t *testing.T, r *Refresher, subs []Subscription, force bool) ([]Result, got) {
	t.Helper()
	var results []Result
	g := collect(t, func(ctx context.Context, out chan<- model.Event) {
		results = r.Refresh(ctx, subs, force, out)
	})
	return results, g
}

func TestRefreshFetchesStoresAndAsksAgainConditionally(t *testing.T) {
	w := newWire(t)
	w.set("/a.xml", rss("alpha", 3), 0)
	w.set("/b.xml", rss("beta", 2), 0)
	st := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	r := refresher(st)
	subs := []Subscription{w.sub("/a.xml"), w.sub("/b.xml")}

	results, g := refresh(t, r, subs, false)
	if results[0].Status != "ok" || results[1].Status != "ok" || len(g.stories) != 5 {
		t.Fatalf("first refresh: %+v, %d stories", results, len(g.stories))
	}
	// The second asks with the ETag, and the server's 304 costs no parse.
	results, g = refresh(t, r, subs, false)
	if results[0].Status != "not modified" || len(g.stories) != 0 {
		t.Errorf("second refresh: %+v, %d stories", results, len(g.stories))
	}
	if hits, full := w.count("/a.xml"); hits != 2 || full != 1 {
		t.Errorf("/a.xml: %d requests, %d full answers; want 2 and 1", hits, full)
	}
	// A changed feed is fetched whole again; its new story comes, the old
	// ones stay in the library.
	w.set("/a.xml", rss("gamma", 4), 0)
	results, g = refresh(t, r, subs, false)
	if results[0].Status != "ok" || results[0].Stories != 4 {
		t.Errorf("changed feed: %+v", results[0])
	}
	all := collect(t, Loader{Store: st}.Library)
	// rss's guids are global URLs, test.example/0 to /3, whatever the
	// feed: the library has each once, the newest text winning.
	if len(all.stories) != 4 || !slices.ContainsFunc(all.stories, func(s *model.Story) bool { return s.Title == "gamma story 3" }) {
		t.Errorf("the library has %d stories, want 4 with gamma's new one", len(all.stories))
	}
	states, _ := st.FeedStates(t.Context())
	if s := states[w.URL+"/a.xml"]; s.ETag == "" || s.Status != "ok" || s.Title != "Test Wire" || s.LastOK.IsZero() {
		t.Errorf("feed state: %+v", s)
	}
}

func TestRefreshKeepsFailuresAndHonoursTheServer(t *testing.T) {
	w := newWire(t)
	w.set("/busy.xml", rss("x", 1), http.StatusServiceUnavailable)
	w.set("/gone.xml", rss("x", 1), http.StatusGone)
	w.set("/ok.xml", rss("ok", 1), 0)
	st := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	r := refresher(st)
	subs := []Subscription{w.sub("/busy.xml"), w.sub("/gone.xml"), w.sub("/ok.xml")}

	results, g := refresh(t, r, subs, false)
	if results[0].Status != "failed" || results[1].Status != "gone" || results[2].Status != "ok" {
		t.Fatalf("statuses: %+v", results)
	}
	if len(Failed(results)) != 2 || len(g.errs) != 2 || !strings.Contains(g.errs[0].Error()+g.errs[1].Error(), "/busy.xml") {
		t.Errorf("failures: %v", g.errs)
	}
	// 410: never fetched again unless forced; its error stays.
	w.set("/gone.xml", "", 0)
	results, _ = refresh(t, r, subs, false)
	if hits, _ := w.count("/gone.xml"); hits != 1 || results[1].Status != "dead" || results[1].Err == nil {
		t.Errorf("a dead feed: %d requests, %+v", hits, results[1])
	}
	states, _ := st.FeedStates(t.Context())
	if s := states[w.URL+"/busy.xml"]; s.Status != "failed" || !strings.Contains(s.Error, "503") {
		t.Errorf("the 503's state: %+v", s)
	}
	// A forced refresh fetches the dead feed again.
	refresh(t, r, subs, true)
	if hits, _ := w.count("/gone.xml"); hits != 2 {
		t.Errorf("a forced refresh made %d requests to the dead feed", hits)
	}
}

func TestRefreshSkipsUntilTheServersFloorAndKeepsTheLastError(t *testing.T) {
	w := newWire(t)
	w.set("/slow.xml", rss("x", 1), http.StatusTooManyRequests)
	w.Config.Handler = retryAfter(w.Config.Handler, "/slow.xml", "3600")
	st := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	r := refresher(st)
	subs := []Subscription{w.sub("/slow.xml")}
	refresh(t, r, subs, false)
	results, _ := refresh(t, r, subs, false)
	if hits, _ := w.count("/slow.xml"); hits != 1 || results[0].Status != "skipped" {
		t.Errorf("after a 429 with Retry-After: %d requests, %+v", hits, results[0])
	}
	// Another process (dateline refresh from cron) sees the same floor.
	other := refresher(st)
	other.Refresh(t.Context(), subs, false, nil)
	if hits, _ := w.count("/slow.xml"); hits != 1 {
		t.Errorf("a second refresher made %d requests", hits)
	}
	states, _ := st.FeedStates(t.Context())
	if s := states[w.URL+"/slow.xml"]; !strings.Contains(s.Error, "429") || s.NextFetch.Before(time.Now().Add(50*time.Minute)) {
		t.Errorf("a skipped feed's state: %+v", s)
	}
}

func retryAfter(h http.Handler, path, secs string) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path == path {
			rw.Header().Set("Retry-After", secs)
		}
		h.ServeHTTP(rw, r)
	})
}

func TestAPermanentMoveSeenThreeTimesMovesTheSubscription(t *testing.T) {
	w := newWire(t)
	w.set("/old.xml", "", http.StatusMovedPermanently)
	w.set("/moved/old.xml", rss("x", 1), 0)
	st := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	r := refresher(st)
	var moved []string
	for range 3 {
		results, _ := refresh(t, r, []Subscription{w.sub("/old.xml")}, true)
		if to := results[0].MoveTo; to != "" {
			moved = append(moved, to)
		}
	}
	if len(moved) != 1 || moved[0] != w.URL+"/moved/old.xml" {
		t.Errorf("moved: %q", moved)
	}
}

func TestRefreshAppliesTheSubscriptionsOptions(t *testing.T) {
	w := newWire(t)
	w.set("/a.xml", rss("alpha", 2), 0)
	st := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	sub := w.sub("/a.xml")
	sub.Name = "My Wire"
	sub.Options = feeds.Options{Name: "My Wire", Region: model.AsiaPacific, HasRegion: true}
	_, g := refresh(t, refresher(st), []Subscription{sub}, false)
	for _, s := range g.stories {
		if s.Source != "My Wire" || !s.Regions.Has(model.AsiaPacific) || s.RegionsInferred {
			t.Errorf("story %s: source %q, regions %v", s.ID, s.Source, s.Regions.Names())
		}
	}
}

func TestProgressCountsEveryFeedAndEnds(t *testing.T) {
	w := newWire(t)
	var subs []Subscription
	for i := range 5 {
		p := fmt.Sprintf("/%d.xml", i)
		w.set(p, rss("x", 1), 0)
		subs = append(subs, w.sub(p))
	}
	w.set("/4.xml", "", http.StatusInternalServerError)
	out := make(chan model.Event, 64)
	refresher(nil).Refresh(t.Context(), subs, false, out)
	close(out)
	var last model.RefreshProgressed
	var finished *model.RefreshFinished
	reports := 0
	for e := range out {
		if finished != nil {
			t.Errorf("%T after the refresh finished", e)
		}
		switch e := e.(type) {
		case model.RefreshProgressed:
			if e.Done < last.Done {
				t.Errorf("progress went back: %+v after %+v", e, last)
			}
			last = e
			reports++
		case model.RefreshFinished:
			finished = &e
		}
	}
	if last.Done != 5 || last.Total != 5 || reports != 6 {
		t.Errorf("last progress %+v after %d reports; want 5/5 after 6", last, reports)
	}
	if finished == nil || *finished != (model.RefreshFinished{Feeds: 5, Failed: 1}) {
		t.Errorf("the refresh finished with %+v, want 5 feeds, 1 failed", finished)
	}
}

func TestALocalSubscriptionKeepsItsStateToo(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	os.WriteFile(feed, []byte(rss("local", 2)), 0o600)
	st := openStore(t, filepath.Join(dir, "library.db"))
	subs := []Subscription{{Key: feed, Path: feed, Name: feed}, {Key: feed + ".gone", Path: feed + ".gone", Name: "gone"}}
	results, g := refresh(t, refresher(st), subs, false)
	if results[0].Status != "ok" || results[0].Stories != 2 || len(g.stories) != 2 || results[1].Status != "failed" {
		t.Fatalf("results %+v", results)
	}
	states, _ := st.FeedStates(t.Context())
	if s := states[feed]; s.Status != "ok" || s.Title != "Test Wire" || s.LastOK.IsZero() {
		t.Errorf("local feed state: %+v", s)
	}
	if s := states[feed+".gone"]; s.Status != "failed" || !strings.Contains(s.Error, "gone") {
		t.Errorf("missing local feed state: %+v", s)
	}
}
