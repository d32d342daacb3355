package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// articleSite serves one of go-readability's test pages (the ACLU's) as
// the story at /story, a 404 at /gone, and counts the requests.
func articleSite(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "test-pages", "aclu", "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path != "/story" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(s.Close)
	return s, &hits
}

// articleFeed writes a feed whose stories link to the site: "story" to
// its article, "gone" to a 404.
func articleFeed(t *testing.T, site string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "wire.xml")
	feed := fmt.Sprintf(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>story</guid><title>Facebook tracks non-users</title><link>%[1]s/story</link><description>The feed's teaser.</description></item>
<item><guid>gone</guid><title>A page that went</title><link>%[1]s/gone</link><description>The feed's own words.</description></item>
</channel></rss>`, site)
	if err := os.WriteFile(path, []byte(feed), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestShowFullPrintsTheArticleThenFromTheLibrary(t *testing.T) {
	site, hits := articleSite(t)
	feed := articleFeed(t, site.URL)
	db := filepath.Join(t.TempDir(), "library.db")
	out := dateline(t, "show", "--full", "--plain", "--db", db, "story", feed)
	out.want(t, 0, "Article text from 127.0.0.1", "Cambridge Analytica")
	if out.stderr != "" {
		t.Errorf("stderr: %s", out.stderr)
	}
	assertTerminalSafe(t, "show --full", out.stdout)
	// Read once, it comes from the library: the site is not asked again.
	again := dateline(t, "show", "--full", "--plain", "--db", db, "story")
	again.want(t, 0, "Article text from 127.0.0.1", "Cambridge Analytica")
	if n := hits.Load(); n != 1 {
		t.Errorf("the page was fetched %d times", n)
	}
	// Without --full, the feed's text.
	plain := dateline(t, "show", "--plain", "--db", db, "story")
	if strings.Contains(plain.stdout, "Cambridge Analytica") || strings.Contains(plain.stdout, "Article text") {
		t.Errorf("show without --full:\n%s", plain.stdout)
	}
}

func TestShowFullWithoutAnArticleSaysWhyAndShowsTheFeedText(t *testing.T) {
	site, _ := articleSite(t)
	feed := articleFeed(t, site.URL)
	out := dateline(t, "show", "--full", "--plain", "--no-library", "gone", feed)
	out.want(t, 0, "The feed's own words.")
	if !strings.Contains(out.stderr, "dateline: no article: "+site.URL+"/gone: HTTP 404 Not Found: the page is not there (moved or removed); showing the feed's text") {
		t.Errorf("stderr: %q", out.stderr)
	}
	if strings.Contains(out.stdout, "Article text") {
		t.Errorf("stdout:\n%s", out.stdout)
	}
}

func TestFullGoesWithShowOnly(t *testing.T) {
	out := dateline(t, "list", "--full")
	if out.code != ExitUsage || !strings.Contains(out.stderr, "--full goes with show") {
		t.Errorf("list --full: exit %d, %q", out.code, out.stderr)
	}
}

// The reader: enter, then a, shows the page's article, fetched from the
// site and read by go-readability; a again, the feed's text.
func TestReaderShowsTheArticleOnA(t *testing.T) {
	site, _ := articleSite(t)
	feed := articleFeed(t, site.URL)
	r := startReader(t, filepath.Join(t.TempDir(), "library.db"), feed)
	r.waitFor(t, []string{"Facebook tracks non-users"}, "loading")
	r.press('G') // the undated stories keep their feed's order: the first is last
	r.press('k')
	r.press('\r')
	r.waitFor(t, []string{"The feed's teaser."})
	r.press('a')
	r.waitFor(t, []string{"Article text from 127.0.0.1 · a: the feed's text", "I don't use Facebook"})
	r.press('a')
	r.waitFor(t, []string{"The feed's teaser."}, "Article text from", "I don't use Facebook")
	r.press('q') // back to the list
	r.quit(t)
}
