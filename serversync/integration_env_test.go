//go:build integration

// The harness for the integration tests: a real Miniflux (REST and Google
// Reader APIs) started by .ci/miniflux.sh, and a loopback server of small
// RSS feeds for it to fetch. Under the integration tag a missing server is
// a failure, never a skip: run
//
//	.ci/miniflux.sh start /tmp/mf.env && . /tmp/mf.env
//	go test -tags integration ./serversync/
//	.ci/miniflux.sh stop /tmp/mf.env
//
// or .ci/run, which does all three. Every test shares the one Miniflux
// user, so none may call t.Parallel; each starts with resetMiniflux.

package serversync

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// env is where the servers are and who to log in as.
type env struct {
	MinifluxURL      string // base URL; the REST API is under /v1/
	MinifluxUser     string // an admin, with basic auth
	MinifluxPassword string
	GReaderURL       string // base URL: /accounts/ClientLogin, /reader/api/0/
	GReaderUser      string // the same Miniflux user, its Google Reader login
	GReaderPassword  string
	PGURL            string // Miniflux's database, for tests that need SQL
}

// serverEnv reads the servers' addresses from the variables .ci/miniflux.sh
// writes, and fails the test when any is missing.
func serverEnv(t testing.TB) env {
	t.Helper()
	var e env
	vars := []struct {
		name string
		dst  *string
	}{
		{"DATELINE_MINIFLUX_URL", &e.MinifluxURL},
		{"DATELINE_MINIFLUX_USER", &e.MinifluxUser},
		{"DATELINE_MINIFLUX_PASSWORD", &e.MinifluxPassword},
		{"DATELINE_GREADER_URL", &e.GReaderURL},
		{"DATELINE_GREADER_USER", &e.GReaderUser},
		{"DATELINE_GREADER_PASSWORD", &e.GReaderPassword},
		{"DATELINE_PG_URL", &e.PGURL},
	}
	var missing []string
	for _, v := range vars {
		*v.dst = os.Getenv(v.name)
		if *v.dst == "" {
			missing = append(missing, v.name)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("integration tests need a Miniflux server, but %s not set: "+
			"run `.ci/miniflux.sh start /tmp/mf.env && . /tmp/mf.env` first, or .ci/run",
			strings.Join(missing, ", "))
	}
	e.MinifluxURL = strings.TrimRight(e.MinifluxURL, "/")
	e.GReaderURL = strings.TrimRight(e.GReaderURL, "/")
	return e
}

// harnessClient is the HTTP client of the helpers: no test should hang on
// a stuck server.
var harnessClient = &http.Client{Timeout: 30 * time.Second}

// rest calls Miniflux's REST API as the admin user, sending in as JSON
// (when not nil) and decoding the answer into out (when not nil). It fails
// the test on any status but 2xx.
func rest(t testing.TB, e env, method, path string, in, out any) {
	t.Helper()
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("rest %s %s: %v", method, path, err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, e.MinifluxURL+path, body)
	if err != nil {
		t.Fatalf("rest %s %s: %v", method, path, err)
	}
	req.SetBasicAuth(e.MinifluxUser, e.MinifluxPassword)
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := harnessClient.Do(req)
	if err != nil {
		t.Fatalf("rest %s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("rest %s %s: reading the answer: %v", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		t.Fatalf("rest %s %s: %s: %s", method, path, resp.Status, bytes.TrimSpace(b))
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("rest %s %s: decoding %q: %v", method, path, b, err)
		}
	}
}

// mfFeed and mfEntry are the parts of Miniflux's JSON the helpers read.
type mfFeed struct {
	ID       int64  `json:"id"`
	FeedURL  string `json:"feed_url"`
	Title    string `json:"title"`
	Category struct {
		ID    int64  `json:"id"`
		Title string `json:"title"`
	} `json:"category"`
}

type mfEntry struct {
	ID      int64  `json:"id"`
	FeedID  int64  `json:"feed_id"`
	Title   string `json:"title"`
	URL     string `json:"url"`
	Status  string `json:"status"` // "unread", "read"
	Starred bool   `json:"starred"`
}

type mfCategory struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
}

// resetMiniflux brings the Miniflux user back to a fresh account: no feeds
// (their entries, read and starred marks go with them) and one category,
// "All". Call it first in every test, so a failed test leaves nothing
// behind for the next.
func resetMiniflux(t testing.TB, e env) {
	t.Helper()
	var feeds []mfFeed
	rest(t, e, "GET", "/v1/feeds", nil, &feeds)
	for _, f := range feeds {
		rest(t, e, "DELETE", fmt.Sprintf("/v1/feeds/%d", f.ID), nil, nil)
	}
	var cats []mfCategory
	rest(t, e, "GET", "/v1/categories", nil, &cats)
	if len(cats) == 0 {
		rest(t, e, "POST", "/v1/categories", map[string]string{"title": "All"}, nil)
		return
	}
	keep := cats[0]
	for _, c := range cats[1:] {
		if c.ID < keep.ID {
			keep = c
		}
	}
	for _, c := range cats {
		if c.ID != keep.ID {
			rest(t, e, "DELETE", fmt.Sprintf("/v1/categories/%d", c.ID), nil, nil)
		}
	}
	if keep.Title != "All" {
		rest(t, e, "PUT", fmt.Sprintf("/v1/categories/%d", keep.ID), map[string]string{"title": "All"}, nil)
	}
}

// subscribeFeed subscribes the Miniflux user to feedURL in its first
// category and returns the feed's ID. Miniflux fetches the feed while
// answering, so its entries are there when this returns.
func subscribeFeed(t testing.TB, e env, feedURL string) int64 {
	t.Helper()
	var created struct {
		FeedID int64 `json:"feed_id"`
	}
	// category_id 0: Miniflux puts the feed in the user's first category.
	rest(t, e, "POST", "/v1/feeds", map[string]any{"feed_url": feedURL, "category_id": 0}, &created)
	if created.FeedID == 0 {
		t.Fatalf("subscribing to %s: Miniflux gave no feed ID", feedURL)
	}
	return created.FeedID
}

// refreshFeed makes Miniflux fetch a feed now. The scheduler is off in the
// harness, and the refresh endpoint fetches before it answers, so new items
// are entries when this returns: no polling needed.
func refreshFeed(t testing.TB, e env, feedID int64) {
	t.Helper()
	rest(t, e, "PUT", fmt.Sprintf("/v1/feeds/%d/refresh", feedID), nil, nil)
}

// feedEntries returns a feed's entries as Miniflux has them, oldest first.
func feedEntries(t testing.TB, e env, feedID int64) []mfEntry {
	t.Helper()
	var page struct {
		Total   int       `json:"total"`
		Entries []mfEntry `json:"entries"`
	}
	rest(t, e, "GET", fmt.Sprintf("/v1/feeds/%d/entries?order=published_at&direction=asc&limit=1000", feedID), nil, &page)
	return page.Entries
}

// greaderLogin logs in to the Google Reader API and returns the token to
// send as "Authorization: GoogleLogin auth=TOKEN".
func greaderLogin(t testing.TB, e env) string {
	t.Helper()
	form := url.Values{"Email": {e.GReaderUser}, "Passwd": {e.GReaderPassword}}
	resp, err := harnessClient.PostForm(e.GReaderURL+"/accounts/ClientLogin", form)
	if err != nil {
		t.Fatalf("greader ClientLogin: %v", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("greader ClientLogin: reading the answer: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("greader ClientLogin as %s: %s: %s", e.GReaderUser, resp.Status, bytes.TrimSpace(b))
	}
	for line := range strings.Lines(string(b)) {
		if token, ok := strings.CutPrefix(strings.TrimSpace(line), "Auth="); ok && token != "" {
			return token
		}
	}
	t.Fatalf("greader ClientLogin: no Auth= line in %q", b)
	return ""
}

// The test feeds. Every URL in them is on the feed server itself (Miniflux
// also fetches the site page and /favicon.ico), they carry no images, and
// their dates are fixed, so two runs give Miniflux the same entries.
var (
	// testFeedNames are the feeds a feedServer starts with, at /feeds/NAME.xml.
	testFeedNames = []string{"alpha", "beta", "gamma"}
	// testFeedEpoch is the publication date of every feed's first item;
	// item n is published n hours later.
	testFeedEpoch = time.Date(2024, time.March, 1, 9, 0, 0, 0, time.UTC)
)

const testFeedInitialItems = 3

// testItem is one item of a test feed.
type testItem struct {
	n     int // 1, 2, ... within its feed: its date and GUID
	title string
}

// feedServer starts a loopback server of small RSS 2.0 feeds, closed when
// the test ends:
//
//	GET  /feeds/NAME.xml   the feed NAME (alpha, beta, gamma: three items each)
//	GET  /NAME/            its site page; /NAME/N the page of item N
//	POST /feeds/NAME.xml   add an item, titled by the form value "title"
//	                       (a new feed NAME when there is none); answers the
//	                       item's link. addTestItem does this for a test.
//
// Item N of feed NAME has the link SERVER/NAME/N, the GUID NAME-N and the
// date testFeedEpoch + N hours. Anything else is 404.
func feedServer(t testing.TB) *httptest.Server {
	t.Helper()
	var mu sync.Mutex
	items := map[string][]testItem{}
	for _, name := range testFeedNames {
		for n := 1; n <= testFeedInitialItems; n++ {
			items[name] = append(items[name], testItem{n, fmt.Sprintf("%s item %d", name, n)})
		}
	}
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("GET /feeds/{file}", func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutSuffix(r.PathValue("file"), ".xml")
		mu.Lock()
		list := append([]testItem(nil), items[name]...)
		mu.Unlock()
		if !ok || len(list) == 0 {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		io.WriteString(w, rssFeed(srv.URL, name, list))
	})
	mux.HandleFunc("POST /feeds/{file}", func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutSuffix(r.PathValue("file"), ".xml")
		title := r.FormValue("title")
		if !ok || name == "" || title == "" {
			http.Error(w, "want POST /feeds/NAME.xml with a title", http.StatusBadRequest)
			return
		}
		mu.Lock()
		n := len(items[name]) + 1
		items[name] = append(items[name], testItem{n, title})
		mu.Unlock()
		fmt.Fprintf(w, "%s/%s/%d", srv.URL, name, n)
	})
	mux.HandleFunc("GET /{name}/{rest...}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		_, ok := items[r.PathValue("name")]
		mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!doctype html><title>%s</title><p>%s</p>",
			html.EscapeString(r.URL.Path), html.EscapeString(r.URL.Path))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// rssFeed renders a test feed, newest item first as feeds usually are.
func rssFeed(base, name string, items []testItem) string {
	var b strings.Builder
	site := base + "/" + name + "/"
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Feed %s</title>
<link>%s</link>
<description>The %s test feed.</description>
`, name, site, name)
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		link := fmt.Sprintf("%s%d", site, it.n)
		esc := html.EscapeString
		fmt.Fprintf(&b, `<item>
<title>%s</title>
<link>%s</link>
<guid isPermaLink="false">%s-%d</guid>
<pubDate>%s</pubDate>
<description>%s</description>
</item>
`, esc(it.title), esc(link), name, it.n,
			testFeedEpoch.Add(time.Duration(it.n)*time.Hour).Format(time.RFC1123Z),
			esc(fmt.Sprintf(`<p>Body of %s. <a href="%s">More</a>.</p>`, esc(it.title), esc(link))))
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// testFeedURL is the address of the feed name on a feedServer.
func testFeedURL(srv *httptest.Server, name string) string {
	return srv.URL + "/feeds/" + name + ".xml"
}

// addTestItem adds an item titled title to the feed name on a feedServer
// and returns its link, which is the entry's URL once Miniflux has it.
func addTestItem(t testing.TB, srv *httptest.Server, name, title string) string {
	t.Helper()
	resp, err := harnessClient.PostForm(testFeedURL(srv, name), url.Values{"title": {title}})
	if err != nil {
		t.Fatalf("adding %q to feed %s: %v", title, name, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("adding %q to feed %s: %s %s %v", title, name, resp.Status, b, err)
	}
	return string(b)
}
