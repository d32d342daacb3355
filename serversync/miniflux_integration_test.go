//go:build integration

package serversync

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// The sync engine against a real Miniflux (started by .ci/miniflux.sh),
// through its REST API and through its Google Reader API.

// servers are the two ways to speak to the harness's Miniflux.
func servers(e env) map[string]func(url, user, password string) Server {
	return map[string]func(url, user, password string) Server{
		"rest": func(url, user, password string) Server {
			return NewMiniflux(url, user, password, &http.Client{Timeout: 30 * time.Second})
		},
		"greader": func(url, user, password string) Server {
			return NewGReader(url, user, password, &http.Client{Timeout: 30 * time.Second})
		},
	}
}

func credentials(e env, kind string) (url, user, password string) {
	if kind == "greader" {
		return e.GReaderURL, e.GReaderUser, e.GReaderPassword
	}
	return e.MinifluxURL, e.MinifluxUser, e.MinifluxPassword
}

// harness subscribes the harness's user to the test feeds afresh and
// returns a Server of the kind, with the feed server.
func harness(t *testing.T, kind string) (Server, env) {
	e := serverEnv(t)
	resetMiniflux(t, e)
	url, user, password := credentials(e, kind)
	return servers(e)[kind](url, user, password), e
}

func TestMinifluxTwoLibrariesSync(t *testing.T) {
	for _, kind := range []string{"rest", "greader"} {
		t.Run(kind, func(t *testing.T) {
			srv, e := harness(t, kind)
			feeds := feedServer(t)
			alpha := subscribeFeed(t, e, testFeedURL(feeds, "alpha"))
			subscribeFeed(t, e, testFeedURL(feeds, "beta"))
			a, b := newDevice(t, srv), newDevice(t, srv)
			if rep := a.sync(); rep.Entries < 6 || rep.Stories < 6 {
				t.Fatalf("first sync on A: %+v", rep)
			}
			b.sync()
			first := feeds.URL + "/alpha/1"
			second := feeds.URL + "/beta/2"

			a.mark(first, true, false)
			a.sync()
			b.sync()
			if !b.state(first).Read {
				t.Error("read on A did not appear on B")
			}
			b.mark(second, false, true)
			b.sync()
			a.sync()
			if !a.state(second).Starred {
				t.Error("starred on B did not appear on A")
			}

			// A new entry on the server comes with the next sync.
			link := addTestItem(t, feeds, "alpha", "Fresh from alpha")
			refreshFeed(t, e, alpha)
			if rep := a.sync(); rep.Stories < 1 {
				t.Errorf("after a new entry: %+v", rep)
			}
			a.state(link) // fails the test when the story is not there

			// A change made offline is pushed later.
			offline := &Engine{Server: servers(e)[kind]("http://127.0.0.1:1", "x", "y"), Store: a.st, Key: a.e.Key, Ingest: ingestTo(a.st)}
			a.mark(link, true, true)
			if _, err := offline.Sync(context.Background(), nil); !errors.Is(err, ErrUnreachable) {
				t.Errorf("a sync with the server down: %v", err)
			}
			a.sync()
			b.sync()
			if st := b.state(link); !st.Read || !st.Starred {
				t.Errorf("the offline change did not reach B: %+v", st)
			}
		})
	}
}

func TestMinifluxNewestChangeWins(t *testing.T) {
	srv, e := harness(t, "rest")
	feeds := feedServer(t)
	subscribeFeed(t, e, testFeedURL(feeds, "gamma"))
	a, b := newDevice(t, srv), newDevice(t, srv)
	a.sync()
	b.sync()
	url := feeds.URL + "/gamma/1"
	a.mark(url, true, false) // older
	time.Sleep(1100 * time.Millisecond)
	b.mark(url, false, true) // newer: unread, starred
	b.sync()
	a.sync() // A pushes its older change, then pulls... newest must win
	b.sync()
	for name, d := range map[string]device{"A": a, "B": b} {
		if st := d.state(url); st.Read || !st.Starred {
			t.Errorf("%s ends with %+v, want B's newer unread and starred", name, st)
		}
	}
}

func TestMinifluxWrongPassword(t *testing.T) {
	e := serverEnv(t)
	for kind, mk := range servers(e) {
		url, user, _ := credentials(e, kind)
		err := mk(url, user, "not the password").Check(context.Background())
		if !errors.Is(err, ErrAuth) {
			t.Errorf("%s with a wrong password: %v", kind, err)
		}
	}
}

func TestMinifluxConnectionCutMidSync(t *testing.T) {
	for _, kind := range []string{"rest", "greader"} {
		t.Run(kind, func(t *testing.T) {
			_, e := harness(t, kind)
			feeds := feedServer(t)
			for _, name := range testFeedNames {
				subscribeFeed(t, e, testFeedURL(feeds, name))
			}
			url, user, password := credentials(e, kind)
			direct := servers(e)[kind](url, user, password)
			a := newDevice(t, direct)
			a.sync()
			for _, name := range testFeedNames {
				for n := 1; n <= testFeedInitialItems; n++ {
					a.mark(fmt.Sprintf("%s/%s/%d", feeds.URL, name, n), true, n == 2)
				}
			}
			// Through a proxy that cuts every request after the second.
			p := cuttingProxy(t, url, 2)
			cut := &Engine{Server: servers(e)[kind](p.URL, user, password), Store: a.st, Key: a.e.Key, Ingest: ingestTo(a.st)}
			if _, err := cut.Sync(context.Background(), nil); err == nil {
				t.Fatal("a sync through a cut connection reported no error")
			}
			p.Restore()
			if _, err := cut.Sync(context.Background(), nil); err != nil {
				t.Fatalf("the next sync: %v", err)
			}
			b := newDevice(t, direct)
			b.sync()
			for _, name := range testFeedNames {
				for n := 1; n <= testFeedInitialItems; n++ {
					if st := b.state(fmt.Sprintf("%s/%s/%d", feeds.URL, name, n)); !st.Read || st.Starred != (n == 2) {
						t.Errorf("%s item %d on B: %+v", name, n, st)
					}
				}
			}
		})
	}
}

// BenchmarkMinifluxSync pulls 5,000 entries over 10 feeds in one sync
// (cold), then syncs with nothing new (incremental).
func BenchmarkMinifluxSync(b *testing.B) {
	e := serverEnv(b)
	resetMiniflux(b, e)
	feeds := feedServer(b)
	for f := range 10 {
		name := fmt.Sprintf("bulk%d", f)
		for i := range 500 {
			addTestItem(b, feeds, name, fmt.Sprintf("Bulk %d story %d", f, i))
		}
		subscribeFeed(b, e, testFeedURL(feeds, name))
	}
	url, user, password := credentials(e, "rest")
	srv := NewMiniflux(url, user, password, &http.Client{Timeout: time.Minute})
	b.Run("cold-5000", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			d := newDevice(b, srv)
			b.StartTimer()
			rep, err := d.e.Sync(context.Background(), nil)
			if err != nil || rep.Entries < 5000 {
				b.Fatalf("%+v %v", rep, err)
			}
		}
	})
	b.Run("nothing-new", func(b *testing.B) {
		d := newDevice(b, srv)
		d.e.Sync(context.Background(), nil)
		for b.Loop() {
			if _, err := d.e.Sync(context.Background(), nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestMinifluxSubscribeAndUnsubscribe(t *testing.T) {
	srv, _ := harness(t, "rest")
	feeds := feedServer(t)
	ctx := context.Background()
	f, err := srv.Subscribe(ctx, testFeedURL(feeds, "alpha"), "Asia - Pacific")
	if err != nil {
		t.Fatal(err)
	}
	if f.ID == "" || f.Category != "Asia - Pacific" || f.URL != testFeedURL(feeds, "alpha") {
		t.Errorf("Subscribe gave %+v", f)
	}
	// The category is a region: the entries' stories are in it.
	d := newDevice(t, srv)
	d.sync()
	page, _ := d.st.FirstPage(ctx, model.In(model.AsiaPacific), 10)
	if len(page) != testFeedInitialItems {
		t.Errorf("%d stories in Asia - Pacific, want %d", len(page), testFeedInitialItems)
	}
	if err := srv.Unsubscribe(ctx, f.ID); err != nil {
		t.Fatal(err)
	}
	list, err := srv.Feeds(ctx)
	if err != nil || len(list) != 0 {
		t.Errorf("after Unsubscribe: %+v, %v", list, err)
	}
}
