//go:build integration

package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
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
