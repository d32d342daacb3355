package app

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
)

// pages is a loopback site of article pages and a feed linking to them,
// counting the requests for each page.
type pages struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

// testPage is one of go-readability's test pages: a real site's article.
func testPage(t *testing.T, name string) []byte {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "test-pages", name, "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newPages(t *testing.T, items int) *pages {
	aclu := testPage(t, "aclu")
	p := &pages{hits: map[string]int{}}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.hits[r.URL.Path]++
		p.mu.Unlock()
		switch {
		case r.URL.Path == "/feed.xml":
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>`)
			for i := range items {
				fmt.Fprintf(&b, `<item><title>Story %d</title><link>%s/story/%d</link><description>Teaser %d.</description></item>`, i, p.URL, i, i)
			}
			b.WriteString(`</channel></rss>`)
			fmt.Fprint(w, b.String())
		case r.URL.Path == "/story/empty":
			fmt.Fprint(w, "<html><body><p>Subscribe to read on.</p></body></html>")
		case r.URL.Path == "/story/404":
			http.NotFound(w, r)
		case strings.HasPrefix(r.URL.Path, "/story/"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(aclu)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *pages) count(prefix string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for path, k := range p.hits {
		if strings.HasPrefix(path, prefix) {
			n += k
		}
	}
	return n
}

// An article is fetched once: the next time it comes from the library.
func TestArticleIsFetchedOnceThenReadFromTheLibrary(t *testing.T) {
	p := newPages(t, 3)
	ts := newSession(t, fmt.Sprintf("[[feed]]\nurl = %q\n", p.URL+"/feed.xml"))
	if _, err := ts.Refresh(context.Background(), false); err != nil {
		t.Fatal(err)
	}
	st, _ := ts.Library()
	it, ok, err := st.Find(context.Background(), p.URL+"/story/1")
	if err != nil || !ok {
		t.Fatalf("find: %v %v", ok, err)
	}
	for range 2 {
		a, err := ts.Article(context.Background(), it.Story)
		if err != nil || !strings.Contains(a.Markdown, "Cambridge Analytica") || a.URL != p.URL+"/story/1" {
			t.Fatalf("article: %v\n%.300s", err, a.Markdown)
		}
	}
	if n := p.count("/story/"); n != 1 {
		t.Errorf("the page was fetched %d times", n)
	}
	if p.count("/story/") != 1 || ts.fetcher().AllowPrivatePages != true {
		t.Error("the session's fetcher is not the test's")
	}
}

func TestArticleFailureSaysWhy(t *testing.T) {
	p := newPages(t, 0)
	ts := newSession(t, "")
	_, err := ts.Article(context.Background(), &model.Story{Details: &model.Details{Link: p.URL + "/story/404"}, ID: "x"})
	if err == nil || !strings.Contains(err.Error(), "HTTP 404 Not Found: the page is not there") {
		t.Errorf("a 404: %v", err)
	}
	// The link and the reason apart, for a screen that shows the link.
	if ae, ok := errors.AsType[*model.ArticleError](err); !ok || ae.Link != p.URL+"/story/404" || !strings.HasPrefix(ae.Reason, "HTTP 404 Not Found") {
		t.Errorf("a 404 as an ArticleError: %#v", err)
	}
	_, err = ts.Article(context.Background(), &model.Story{Details: &model.Details{Link: p.URL + "/feed.xml"}, ID: "x"})
	if err == nil || !strings.Contains(err.Error(), "is text/xml, not a web page") {
		t.Errorf("a feed: %v", err)
	}
	_, err = ts.Article(context.Background(), &model.Story{Details: &model.Details{Link: p.URL + "/story/empty"}, ID: "x"})
	if !errors.Is(err, feeds.ErrNoArticle) {
		t.Errorf("a page with no article: %v", err)
	}
	if ae, ok := errors.AsType[*model.ArticleError](err); !ok || ae.Link != p.URL+"/story/empty" || strings.Contains(ae.Reason, ae.Link) {
		t.Errorf("no article as an ArticleError: %#v", err)
	}
	if _, err := ts.Article(context.Background(), &model.Story{ID: "y"}); !errors.Is(err, ErrNoLink) {
		t.Errorf("no link: %v", err)
	}
}

// A full_text feed's new stories get their articles at each refresh, 20
// at most a feed; a feed without it gets none.
func TestRefreshFetchesTheArticlesOfFullTextFeeds(t *testing.T) {
	p := newPages(t, 25)
	ts := newSession(t, fmt.Sprintf("[[feed]]\nurl = %q\nfull_text = true\n", p.URL+"/feed.xml"))
	ctx := context.Background()
	if _, err := ts.Refresh(ctx, true); err != nil {
		t.Fatal(err)
	}
	if n := p.count("/story/"); n != maxArticlesPerFeed {
		t.Errorf("first refresh: %d pages fetched, want %d", n, maxArticlesPerFeed)
	}
	st, _ := ts.Library()
	if err := st.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	a, ok, err := st.Article(ctx, p.URL+"/story/0")
	if err != nil || !ok || !strings.Contains(a.Markdown, "Cambridge Analytica") {
		t.Errorf("the first story's article: %v %v %.100q", ok, err, a.Markdown)
	}
	if _, err := ts.Refresh(ctx, true); err != nil {
		t.Fatal(err)
	}
	if n := p.count("/story/"); n != 25 {
		t.Errorf("after the second refresh: %d pages fetched, want 25", n)
	}

	plain := newPages(t, 5)
	ts2 := newSession(t, fmt.Sprintf("[[feed]]\nurl = %q\n", plain.URL+"/feed.xml"))
	if _, err := ts2.Refresh(ctx, true); err != nil {
		t.Fatal(err)
	}
	if n := plain.count("/story/"); n != 0 {
		t.Errorf("a feed without full_text: %d pages fetched", n)
	}
}
