package cli

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dateline-news/dateline/config"
)

// Subscriptions as a user meets them: config init, add (with a web page's
// feed found for them), feeds, refresh for cron, remove, import and export.

// feedServer serves the sample feeds and a web page that links to one,
// and answers /broken.xml with a 500.
func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/feeds/", http.StripPrefix("/feeds/", http.FileServer(http.Dir("../testdata/sample"))))
	mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><html><head><title>Harbour</title>
<link rel="alternate" type="application/atom+xml" title="Harbour Dispatch" href="/feeds/dispatch.atom">
</head><body>News</body></html>`)
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// subscriber runs the binary with a config file and library of its own.
type subscriber struct {
	t         *testing.T
	cfg, data string
}

func newSubscriber(t *testing.T) subscriber {
	dir := t.TempDir()
	return subscriber{t: t, cfg: filepath.Join(dir, "config.toml"), data: filepath.Join(dir, "data")}
}

func (s subscriber) run(args ...string) outcome {
	s.t.Helper()
	return runInEnv(s.t, []string{"XDG_DATA_HOME=" + s.data}, append([]string{"--config", s.cfg}, args...)...)
}

func TestSubscribeRefreshAndList(t *testing.T) {
	srv := feedServer(t)
	s := newSubscriber(t)

	o := s.run("config", "init")
	o.want(t, ExitOK, "config init")
	if o = s.run("config", "init"); o.code != ExitFailed || !strings.Contains(o.stderr, "does not overwrite") {
		t.Errorf("a second config init: exit %d, %s", o.code, o.stderr)
	}

	o = s.run("add", srv.URL+"/feeds/world-wire.xml", "--region", "eu")
	o.want(t, ExitOK, "add")
	if !strings.Contains(o.stdout, "Added Meridian Wire") {
		t.Errorf("add said %q", o.stdout)
	}
	// A web page: its feed is found through its <link rel="alternate">.
	o = s.run("add", srv.URL+"/news", "--name", "Harbour")
	o.want(t, ExitOK, "add a page")
	if !strings.Contains(o.stdout, srv.URL+"/feeds/dispatch.atom") {
		t.Errorf("add of a page said %q", o.stdout)
	}
	s.run("add", srv.URL+"/broken.xml").want(t, ExitFailed, "add a broken feed")
	cfg, err := os.ReadFile(s.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(cfg), "# dateline's configuration") || strings.Count(string(cfg), "\n[[feed]]\n") != 2 {
		t.Errorf("the config lost its comments or has the wrong feeds:\n%s", cfg)
	}

	o = s.run("refresh")
	o.want(t, ExitOK, "refresh")
	if !strings.Contains(o.stdout, "Refreshed 2 feeds: 2 new or changed") {
		t.Errorf("refresh said %q", o.stdout)
	}
	o = s.run("feeds")
	o.want(t, ExitOK, "feeds")
	for _, want := range []string{"Meridian Wire", "Harbour", "Europe", " ok "} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("feeds does not show %q:\n%s", want, o.stdout)
		}
	}
	// The region override put every Meridian story in Europe.
	list := s.run("list")
	list.want(t, ExitOK, "list")
	meridian := 0
	for _, line := range strings.Split(strings.TrimSpace(list.stdout), "\n") {
		if strings.Contains(line, "Meridian Wire") {
			meridian++
			if !strings.Contains(line, "| Europe |") {
				t.Errorf("a Meridian story outside Europe: %s", line)
			}
		}
	}
	if meridian == 0 {
		t.Errorf("list shows no Meridian story:\n%s", list.stdout)
	}

	// A feed that fails: one line on stderr, exit 1.
	f, err := os.OpenFile(s.cfg, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "\n[[feed]]\nurl = %q\n", srv.URL+"/broken.xml")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	o = s.run("refresh")
	if o.code != ExitFailed || strings.Count(strings.TrimSpace(o.stderr), "\n") != 0 || !strings.Contains(o.stderr, "HTTP 500") {
		t.Errorf("refresh with a broken feed: exit %d, stderr %q", o.code, o.stderr)
	}

	s.run("remove", "Harbour").want(t, ExitOK, "remove")
	if o = s.run("remove", "Harbour"); o.code != ExitFailed {
		t.Errorf("removing it twice: exit %d", o.code)
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	s := newSubscriber(t)
	o := s.run("import", "../testdata/opml/newsboat.opml")
	o.want(t, ExitOK, "import")
	// Five outlines: three web feeds, and newsboat's exec: and query:
	// feeds, which are said to be left out.
	if !strings.Contains(o.stdout, "Imported 3 feeds from ../testdata/opml/newsboat.opml (0 already subscribed).") ||
		!strings.Contains(o.stderr, "left out") || !strings.Contains(o.stderr, "exec:") || !strings.Contains(o.stderr, "query:") {
		t.Errorf("import said %q, %q", o.stdout, o.stderr)
	}
	again := s.run("import", "../testdata/opml/newsboat.opml")
	again.want(t, ExitOK, "import again")
	if !strings.Contains(again.stdout, "Imported 0 feeds from ../testdata/opml/newsboat.opml (3 already subscribed).") {
		t.Errorf("a second import said %q", again.stdout)
	}
	out := filepath.Join(t.TempDir(), "subs.opml")
	s.run("export", out).want(t, ExitOK, "export")
	other := newSubscriber(t)
	o2 := other.run("import", out)
	o2.want(t, ExitOK, "import the export")
	if first, second := strings.Fields(o.stdout)[1], strings.Fields(o2.stdout)[1]; first != second {
		t.Errorf("imported %s feeds, then %s from the export", first, second)
	}
	a, errA := os.ReadFile(s.cfg)
	b, errB := os.ReadFile(other.cfg)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if string(a) != string(b) {
		t.Errorf("the export did not import to the same config:\n%s\n---\n%s", a, b)
	}
}

func TestSubscriptionCommandsCheckTheirArguments(t *testing.T) {
	for _, args := range [][]string{
		{"add"}, {"add", "a", "b"}, {"remove"}, {"import"}, {"export", "a", "b"},
		{"config"}, {"config", "edit"}, {"refresh", "extra"}, {"feeds", "x"},
		{"--no-library", "refresh"},
	} {
		o := dateline(t, args...)
		o.want(t, ExitUsage, args...)
	}
}

// TestReaderRefreshesSubscriptionsBehindTheLibrary drives the reader as
// runReader wires it, with two subscriptions on a loopback server.
func TestReaderRefreshesSubscriptionsBehindTheLibrary(t *testing.T) {
	srv := feedServer(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	err := config.Edit(cfg, func(d *config.Doc) error {
		return errors.Join(d.AddFeed(config.Feed{URL: srv.URL + "/feeds/world-wire.xml"}), d.AddFeed(config.Feed{URL: srv.URL + "/broken.xml"}))
	})
	if err != nil {
		t.Fatal(err)
	}
	r := startReaderWith(t, cfg, filepath.Join(dir, "library.db"))
	r.waitFor(t, []string{"Nairobi commuter rail link", "Refreshed 2 feeds", "1 failed: F says why"})
	r.press('F')
	r.waitFor(t, []string{"Feeds", "2 subscriptions", "Meridian Wire", "HTTP 500"})
	r.press('r') // the feed on top: Meridian Wire
	r.waitFor(t, []string{"Refreshed 1 feed: 0 new stories."})
	r.press(tea.KeyEnter) // its stories only
	screen := r.waitFor(t, []string{`filter: source:"Meridian Wire"`})
	r.quit(t)
	if strings.Contains(screen, "Harbour Dispatch") {
		t.Errorf("another feed's story under Meridian Wire's filter:\n%s", screen)
	}
}

func TestSyncCommandsSayWhatIsWrongInOneLine(t *testing.T) {
	s := newSubscriber(t)
	s.run("config", "init").want(t, ExitOK, "config init")
	o := s.run("sync")
	if o.code != ExitFailed || !strings.Contains(o.stderr, "no [sync] section") {
		t.Errorf("sync without [sync]: exit %d, %q", o.code, o.stderr)
	}
	os.WriteFile(s.cfg, []byte("[sync]\nkind = \"miniflux\"\nurl = \"http://127.0.0.1:1\"\nusername = \"me\"\npassword_env = \"DATELINE_TEST_PW\"\n"), 0o600)
	o = runInEnv(t, []string{"XDG_DATA_HOME=" + s.data, "DATELINE_TEST_PW=x"}, "--config", s.cfg, "sync", "login")
	if o.code != ExitFailed || strings.Count(strings.TrimSpace(o.stderr), "\n") != 0 || !strings.Contains(o.stderr, "server unreachable") {
		t.Errorf("sync login to a closed port: exit %d, %q", o.code, o.stderr)
	}
	o = s.run("sync", "login") // the variable is not set
	if o.code != ExitFailed || !strings.Contains(o.stderr, "DATELINE_TEST_PW, which is not set") {
		t.Errorf("sync login without the password: exit %d, %q", o.code, o.stderr)
	}
	o = runInEnv(t, []string{"XDG_DATA_HOME=" + s.data, "DATELINE_TEST_PW=x"}, "--config", s.cfg, "sync")
	if o.code != ExitFailed || !strings.HasPrefix(o.stderr, "dateline: sync failed: ") {
		t.Errorf("sync to a closed port: exit %d, %q", o.code, o.stderr)
	}
	s.run("sync", "extra").want(t, ExitUsage, "sync extra")
}
