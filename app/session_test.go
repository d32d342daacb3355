package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/model"
)

// A session as the CLI and the reader use it, with a config file and a
// library in a folder of its own, and its clock and config edits in the
// test's hands.

// testSession is a session and what it did.
type testSession struct {
	*Session
	cfg   string
	edits *int // config edits made
	// ticks, when the session waits (refresh_interval, a sync retry),
	// receive what it waits for; the test sends on them.
	ticks chan chan time.Time
}

func newSession(t *testing.T, configText string) testSession {
	t.Helper()
	dir := t.TempDir()
	ts := testSession{cfg: filepath.Join(dir, "config.toml"), edits: new(int), ticks: make(chan chan time.Time, 8)}
	if configText != "" {
		if err := os.WriteFile(ts.cfg, []byte(configText), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	env := Env{
		Stdin: strings.NewReader(""), Stderr: new(bytes.Buffer),
		LookupEnv: func(k string) (string, bool) {
			if k == "HOME" {
				return dir, true
			}
			return "", false
		},
		Version: "test",
		// Article pages come from loopback servers here.
		AllowPrivatePages: true,
		After: func(time.Duration) <-chan time.Time {
			ch := make(chan time.Time, 1)
			ts.ticks <- ch
			return ch
		},
		EditConfig: func(path string, fn func(*config.Doc) error) error {
			*ts.edits++
			return config.Edit(path, fn)
		},
	}
	ts.Session = New(env, Paths{Config: ts.cfg, Library: filepath.Join(dir, "library.db")})
	t.Cleanup(func() { ts.Close() })
	return ts
}

// feedsIn is the config file's feeds, read afresh.
func (ts testSession) feedsIn(t *testing.T) []config.Feed {
	t.Helper()
	cfg, err := config.Load(ts.cfg)
	if err != nil {
		t.Fatal(err)
	}
	return cfg.Feeds
}

func TestImportOfAThousandOutlinesIsOneEdit(t *testing.T) {
	w := newWire(t)
	ts := newSession(t, "")
	opml := thousandOutlines(w.URL)
	imp, err := ts.Import(t.Context(), strings.NewReader(opml))
	if err != nil || imp.Added != 1000 || imp.Already != 0 || len(imp.Failed) != 0 {
		t.Fatalf("import: %+v, %v", imp, err)
	}
	if *ts.edits != 1 {
		t.Errorf("the import edited the config %d times, want once", *ts.edits)
	}
	if got := len(ts.feedsIn(t)); got != 1000 {
		t.Errorf("the config has %d feeds, want 1000", got)
	}
	// The same again: nothing new, and still one edit.
	imp, err = ts.Import(t.Context(), strings.NewReader(opml))
	if err != nil || imp.Added != 0 || imp.Already != 1000 || *ts.edits != 2 {
		t.Errorf("import again: %+v, %v, %d edits", imp, err, *ts.edits)
	}
}

// thousandOutlines is an OPML file of 1,000 feeds on base.
func thousandOutlines(base string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>`)
	for i := range 1000 {
		fmt.Fprintf(&b, `<outline type="rss" text="Feed %d" xmlUrl="%s/feed/%d.xml"/>`, i, base, i)
	}
	b.WriteString(`</body></opml>`)
	return b.String()
}

func BenchmarkImport1000(b *testing.B) {
	opml := thousandOutlines("http://127.0.0.1:9")
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		s := New(Env{}, Paths{Config: filepath.Join(dir, "config.toml"), NoLibrary: true})
		b.StartTimer()
		if imp, err := s.Import(context.Background(), strings.NewReader(opml)); err != nil || imp.Added != 1000 {
			b.Fatal(imp, err)
		}
	}
}

// movedWire is a wire with n feeds, each answering 301 to /moved/...
func movedWire(t *testing.T, n int) (*wire, string) {
	w := newWire(t)
	var cfg strings.Builder
	cfg.WriteString("# my feeds\n")
	for i := range n {
		path := fmt.Sprintf("/f%d.xml", i)
		w.set(path, "", http.StatusMovedPermanently)
		w.set("/moved"+path, rss(fmt.Sprintf("w%d", i), 1), 0)
		fmt.Fprintf(&cfg, "\n[[feed]]\nurl = %q\nname = \"Feed %d\" # keep me\n", w.URL+path, i)
	}
	return w, cfg.String()
}

func TestThreeMovesInOneRefreshAreOneEdit(t *testing.T) {
	w, text := movedWire(t, 3)
	ts := newSession(t, text)
	for range movedAfter {
		if _, err := ts.Refresh(t.Context(), true); err != nil {
			t.Fatal(err)
		}
	}
	if *ts.edits != 1 {
		t.Errorf("three moves took %d edits of the config, want 1", *ts.edits)
	}
	got := ts.feedsIn(t)
	for i, f := range got {
		if want := fmt.Sprintf("%s/moved/f%d.xml", w.URL, i); f.URL != want || f.Name != fmt.Sprintf("Feed %d", i) {
			t.Errorf("feed %d: %q (%s), want %s", i, f.Name, f.URL, want)
		}
	}
	data, _ := os.ReadFile(ts.cfg)
	if strings.Count(string(data), "# keep me") != 3 || !strings.HasPrefix(string(data), "# my feeds") {
		t.Errorf("the moves lost the file's comments:\n%s", data)
	}
}

func TestAMoveThatCannotBeMadeLeavesEveryFeedWhereItWas(t *testing.T) {
	w, text := movedWire(t, 2)
	// A third feed already has the address the second moves to: that
	// move cannot be made, and neither is the first.
	text += fmt.Sprintf("\n[[feed]]\nurl = %q\n", w.URL+"/moved/f1.xml")
	ts := newSession(t, text)
	before, _ := os.ReadFile(ts.cfg)
	var rep RefreshReport
	for range movedAfter {
		var err error
		if rep, err = ts.Refresh(t.Context(), true); err != nil {
			t.Fatal(err)
		}
	}
	after, _ := os.ReadFile(ts.cfg)
	if !bytes.Equal(before, after) {
		t.Errorf("a failed move changed the config:\n%s", after)
	}
	moved := 0
	for _, err := range rep.Errs {
		if strings.Contains(err.Error(), "but the config could not be updated") {
			moved++
		}
	}
	if moved != 2 {
		t.Errorf("the failed moves were reported as %q", rep.Errs)
	}
}

func TestRefreshIntervalRefreshesAgain(t *testing.T) {
	w := newWire(t)
	w.set("/a.xml", rss("alpha", 2), 0)
	ts := newSession(t, fmt.Sprintf("refresh_interval = \"5m\"\n\n[[feed]]\nurl = %q\n", w.URL+"/a.xml"))
	ctx, cancel := context.WithCancel(t.Context())
	stream, err := ts.Stories(ctx, Want{Scope: model.Everywhere(), Refresh: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cancel(); <-stream.Done }()
	passes := 0
	for passes < 2 {
		select {
		case e := <-stream.Events:
			if _, ok := e.(model.RefreshFinished); ok {
				passes++
				tick := <-ts.ticks // the wait for the next one
				if passes == 1 {
					if hits, _ := w.count("/a.xml"); hits != 1 {
						t.Fatalf("%d fetches after the first refresh", hits)
					}
					tick <- time.Now()
				}
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("after %d refreshes, no more", passes)
		}
	}
	if hits, _ := w.count("/a.xml"); hits != 2 {
		t.Errorf("the interval's refresh fetched %d times in all, want 2", hits)
	}
}

func TestASyncFailureNeverBlocksReading(t *testing.T) {
	w := newWire(t)
	w.set("/a.xml", rss("alpha", 3), 0)
	// A server on a closed port, and a feed that works.
	ts := newSession(t, fmt.Sprintf("[sync]\nkind = \"miniflux\"\nurl = \"http://127.0.0.1:1\"\nusername = \"me\"\npassword_command = \"echo pw\"\n\n[[feed]]\nurl = %q\n", w.URL+"/a.xml"))
	ctx, cancel := context.WithCancel(t.Context())
	stream, err := ts.Stories(ctx, Want{Scope: model.Everywhere(), Refresh: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cancel(); <-stream.Done }()
	var syncErr error
	stories := 0
	for done := false; !done; {
		select {
		case e := <-stream.Events:
			switch e := e.(type) {
			case model.SourceFailed:
				if e.From.Kind == model.FromServer {
					syncErr = e.Err
				}
			case model.StoriesArrived:
				stories += len(e.Stories)
			case model.RefreshFinished:
				done = true
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the refresh did not finish")
		}
	}
	if syncErr == nil || !strings.Contains(syncErr.Error(), "sync failed") || !strings.Contains(syncErr.Error(), "tried again in a minute") {
		t.Errorf("the sync's failure: %v", syncErr)
	}
	if stories != 3 {
		t.Errorf("%d stories came with the sync down, want the feed's 3", stories)
	}
	// The retry waits for its minute, then syncs and refreshes again.
	select {
	case tick := <-ts.ticks:
		tick <- time.Now()
	case <-time.After(5 * time.Second):
		t.Fatal("no retry after the failed sync")
	}
	for {
		select {
		case e := <-stream.Events:
			if _, ok := e.(model.RefreshFinished); ok {
				return
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the retry did not come")
		}
	}
}

func TestSubscribeChecksAPathAndUnsubscribeFindsTheName(t *testing.T) {
	ts := newSession(t, "")
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	if err := os.WriteFile(feed, []byte(rss("alpha", 2)), 0o600); err != nil {
		t.Fatal(err)
	}
	sub, err := ts.Subscribe(t.Context(), feed, "", "")
	if err != nil || sub.Name != "Test Wire" || sub.Key != feed || sub.OnServer {
		t.Fatalf("subscribe: %+v, %v", sub, err)
	}
	if _, err := ts.Subscribe(t.Context(), filepath.Join(dir, "missing.xml"), "", ""); err == nil || !strings.Contains(err.Error(), "existing file or folder") {
		t.Errorf("a missing path: %v", err)
	}
	if _, err := ts.Subscribe(t.Context(), feed, "", ""); !errors.Is(err, config.ErrDuplicate) {
		t.Errorf("the same feed again: %v", err)
	}
	gone, err := ts.Unsubscribe(t.Context(), feed)
	if err != nil || gone.Name != feed {
		t.Errorf("unsubscribe: %+v, %v", gone, err)
	}
	if len(ts.feedsIn(t)) != 0 {
		t.Errorf("the feed is still in the config")
	}
}
