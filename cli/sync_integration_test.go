//go:build integration

package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// dateline sync and sync login as a user runs them, against the real
// Miniflux .ci/miniflux.sh starts (DATELINE_MINIFLUX_*).
func TestSyncWithARealMiniflux(t *testing.T) {
	url, user, pw := os.Getenv("DATELINE_MINIFLUX_URL"), os.Getenv("DATELINE_MINIFLUX_USER"), os.Getenv("DATELINE_MINIFLUX_PASSWORD")
	if url == "" || user == "" || pw == "" {
		t.Fatal("no Miniflux: run .ci/miniflux.sh start ENVFILE and source ENVFILE, or .ci/run")
	}
	// A feed on loopback whose every URL is local.
	var feed *httptest.Server
	feed = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/cli.xml" {
			fmt.Fprint(w, "<html><title>page</title></html>")
			return
		}
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>CLI Wire</title><link>%[1]s/</link>
<item><title>Accra hosts a trade summit</title><link>%[1]s/1</link><guid>%[1]s/1</guid><description>Body one.</description></item>
<item><title>Quito water plan</title><link>%[1]s/2</link><guid>%[1]s/2</guid><description>Body two.</description></item>
</channel></rss>`, feed.URL)
	}))
	defer feed.Close()
	body, _ := json.Marshal(map[string]any{"feed_url": feed.URL + "/cli.xml"})
	req, _ := http.NewRequest("POST", url+"/v1/feeds", bytes.NewReader(body))
	req.SetBasicAuth(user, pw)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusBadRequest { // 400: already there
		t.Fatalf("subscribing Miniflux to the test feed: %s", resp.Status)
	}

	s := newSubscriber(t)
	os.WriteFile(s.cfg, []byte(fmt.Sprintf("[sync]\nkind = \"miniflux\"\nurl = %q\nusername = %q\npassword_env = \"DATELINE_TEST_PW\"\n", url, user)), 0o600)
	env := []string{"XDG_DATA_HOME=" + s.data, "DATELINE_TEST_PW=" + pw}
	o := runInEnv(t, env, "--config", s.cfg, "sync", "login")
	o.want(t, ExitOK, "sync login")
	o = runInEnv(t, env, "--config", s.cfg, "sync")
	o.want(t, ExitOK, "sync")
	if !strings.Contains(o.stdout, "Synced with") {
		t.Errorf("sync said %q", o.stdout)
	}
	o = runInEnv(t, env, "--config", s.cfg, "list", "--query", "accra")
	o.want(t, ExitOK, "list")
	if !strings.Contains(o.stdout, "Accra hosts a trade summit") || !strings.Contains(o.stdout, "CLI Wire") {
		t.Errorf("the synced story is not listed:\n%s", o.stdout)
	}
	bad := []string{"XDG_DATA_HOME=" + s.data, "DATELINE_TEST_PW=wrong"}
	o = runInEnv(t, bad, "--config", s.cfg, "sync", "login")
	if o.code != ExitFailed || !strings.Contains(o.stderr, "wrong credentials") || strings.Count(strings.TrimSpace(o.stderr), "\n") != 0 {
		t.Errorf("sync login with a wrong password: exit %d, %q", o.code, o.stderr)
	}
}

// minifluxFeeds is the feed URLs the Miniflux user is subscribed to.
func minifluxFeeds(t *testing.T, url, user, pw string) []string {
	t.Helper()
	req, _ := http.NewRequest("GET", url+"/v1/feeds", nil)
	req.SetBasicAuth(user, pw)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list []struct {
		FeedURL string `json:"feed_url"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, f := range list {
		urls = append(urls, f.FeedURL)
	}
	return urls
}

// With sync on, add, import and remove act on the server's subscriptions
// and leave the config file's feeds alone.
func TestSubscriptionsLiveOnTheServerWithSyncOn(t *testing.T) {
	url, user, pw := os.Getenv("DATELINE_MINIFLUX_URL"), os.Getenv("DATELINE_MINIFLUX_USER"), os.Getenv("DATELINE_MINIFLUX_PASSWORD")
	if url == "" || user == "" || pw == "" {
		t.Fatal("no Miniflux: run .ci/miniflux.sh start ENVFILE and source ENVFILE, or .ci/run")
	}
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), ".xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>%[2]s Wire</title><link>http://%[1]s/</link>
<item><title>%[2]s story</title><link>http://%[1]s/%[2]s/1</link><guid>http://%[1]s/%[2]s/1</guid></item>
</channel></rss>`, r.Host, name)
	}))
	defer feed.Close()
	addURL, importURL := feed.URL+"/Added.xml", feed.URL+"/Imported.xml"

	s := newSubscriber(t)
	config := fmt.Sprintf("[sync]\nkind = \"miniflux\"\nurl = %q\nusername = %q\npassword_env = \"DATELINE_TEST_PW\"\n", url, user)
	if err := os.WriteFile(s.cfg, []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"XDG_DATA_HOME=" + s.data, "DATELINE_TEST_PW=" + pw}

	o := runInEnv(t, env, "--config", s.cfg, "add", addURL, "--region", "Africa")
	o.want(t, ExitOK, "add")
	if !strings.Contains(o.stdout, "Subscribed on the sync server to Added Wire") || !slices.Contains(minifluxFeeds(t, url, user, pw), addURL) {
		t.Errorf("add with sync on said %q; the server has %q", o.stdout, minifluxFeeds(t, url, user, pw))
	}

	opml := filepath.Join(t.TempDir(), "subs.opml")
	if err := os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline type="rss" text="Imported" xmlUrl="`+importURL+`"/></body></opml>`), 0o600); err != nil {
		t.Fatal(err)
	}
	o = runInEnv(t, env, "--config", s.cfg, "import", opml)
	o.want(t, ExitOK, "import")
	if !strings.Contains(o.stdout, "Imported 1 feeds") || !slices.Contains(minifluxFeeds(t, url, user, pw), importURL) {
		t.Errorf("import with sync on said %q; the server has %q", o.stdout, minifluxFeeds(t, url, user, pw))
	}

	for _, name := range []string{"Added Wire", importURL} { // by title, and by address
		o = runInEnv(t, env, "--config", s.cfg, "remove", name)
		o.want(t, ExitOK, "remove", name)
		if !strings.Contains(o.stdout, "on the sync server") {
			t.Errorf("remove %s said %q", name, o.stdout)
		}
	}
	if left := minifluxFeeds(t, url, user, pw); slices.Contains(left, addURL) || slices.Contains(left, importURL) {
		t.Errorf("after remove the server still has %q", left)
	}
	if data, err := os.ReadFile(s.cfg); err != nil || string(data) != config {
		t.Errorf("with sync on the config file changed: %v\n%s", err, data)
	}
}
