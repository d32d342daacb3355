package feeds

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readabilityPages is go-readability's own test pages (real sites, saved
// whole) in the module cache: test-pages/NAME/source.html.
func readabilityPages(t testing.TB) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	if err != nil {
		t.Fatalf("finding go-readability's test pages: %v", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "test-pages")
}

func readPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(readabilityPages(t), name, "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Real pages give their article, as Markdown with its links and images
// absolute, and nothing a terminal would act on.
func TestArticleOfRealPages(t *testing.T) {
	for _, tt := range []struct {
		page  string
		wants []string
	}{
		{"aclu", []string{"Facebook", "Cambridge Analytica"}},
		{"nytimes-1", []string{"LONDON — After nearly 20 years", "](http://topics.nytimes.com/"}},
		{"wikipedia", []string{"Mozilla", "](http://fakehost/wiki/"}},
		{"guardian-1", []string{"![", "](https://i.guim.co.uk/"}},
	} {
		md, err := Article(readPage(t, tt.page), "text/html", "http://fakehost/test/page.html")
		if err != nil {
			t.Errorf("%s: %v", tt.page, err)
			continue
		}
		for _, w := range tt.wants {
			if !strings.Contains(md, w) {
				t.Errorf("%s: the article has no %q:\n%.600s", tt.page, w, md)
			}
		}
		if strings.Contains(md, "<script") || strings.Contains(md, "](/") || strings.Contains(md, "javascript:") {
			t.Errorf("%s: a script or a relative link is left:\n%.2000s", tt.page, md)
		}
		checkSanitized(t, tt.page, md)
	}
}

// Every test page gives an article or says there is none; none gives
// text a terminal would act on.
func TestArticleOfEveryTestPage(t *testing.T) {
	dirs, err := os.ReadDir(readabilityPages(t))
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		md, err := Article(readPage(t, d.Name()), "", "https://example.com/"+d.Name()+"/")
		switch {
		case err == nil:
			found++
			checkSanitized(t, d.Name(), md)
		case !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrPaywall):
			t.Errorf("%s: %v", d.Name(), err)
		}
	}
	if found < len(dirs)-10 { // 129 of 134: the rest are tiny test cases
		t.Errorf("articles in %d of %d pages", found, len(dirs))
	}
}

const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. "

func articlePage(body string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article><h1>Headline</h1>` +
		body + `<p>` + strings.Repeat(filler, 4) + `</p><p>` + strings.Repeat(filler, 3) + `</p></article></body></html>`)
}

func TestArticleIsSanitisedAndConverted(t *testing.T) {
	page := articlePage(`<p>Raw ` + "\x1b]52;c;SGVsbG8=\x07" + `clip, entity &#27;[31mred&#27;[0m, C1 &#x9b;5m, bidi &#x202e;evil&#x202c; ` +
		"\u2066iso\u2069" + `, <a href="javascript:alert(1)">js link</a>, <a href="/rel">relative</a>, <a href="` + "https://ex.example/\x1b[5m" + `">odd</a>.</p>` +
		`<script>alert("x")</script><style>p{}</style><iframe src="https://evil.example/"></iframe>` +
		`<p><img src="/img/a.png" alt="a chart"> <img src="data:image/png;base64,AAAA" alt="inline"></p>`)
	md, err := Article(page, "text/html; charset=utf-8", "https://news.example/2026/story.html")
	if err != nil {
		t.Fatal(err)
	}
	checkSanitized(t, "page", md)
	for _, want := range []string{"clip", "red", "evil", "iso", "js link", "[relative](https://news.example/rel)", "![a chart](https://news.example/img/a.png)", "inline"} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in:\n%s", want, md)
		}
	}
	for _, gone := range []string{"[31m", "52;c", "alert", "p{}", "evil.example", "javascript", "data:", "Home"} {
		if strings.Contains(md, gone) {
			t.Errorf("%q is left in:\n%s", gone, md)
		}
	}
}

func TestArticleDecodesTheDeclaredCharset(t *testing.T) {
	page := articlePage("<p>Caf\xe9 \x93quoted\x94</p>") // windows-1252
	md, err := Article(page, "text/html; charset=windows-1252", "https://news.example/a")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md, "Café “quoted”") {
		t.Errorf("not decoded:\n%s", md)
	}
	meta := []byte(strings.Replace(string(page), "<head>", `<head><meta charset="windows-1252">`, 1))
	if md, _ := Article(meta, "text/html", "https://news.example/a"); !strings.Contains(md, "Café") {
		t.Errorf("<meta charset> not followed:\n%s", md)
	}
}

func TestArticleSaysWhenThereIsNone(t *testing.T) {
	short := []byte(`<html><body><article><p>Subscribe to read this story.</p></article></body></html>`)
	if _, err := Article(short, "text/html", "https://news.example/a"); !errors.Is(err, ErrNoArticle) {
		t.Errorf("a teaser: %v, want ErrNoArticle", err)
	}
	paywall := []byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": "False"}</script></head>` +
		`<body><article><p>The first lines of the story, then a box asking for money.</p></article></body></html>`)
	if _, err := Article(paywall, "text/html", "https://news.example/a"); !errors.Is(err, ErrPaywall) {
		t.Errorf("a paywall: %v, want ErrPaywall", err)
	}
	if _, err := Article([]byte(""), "text/html", "https://news.example/a"); !errors.Is(err, ErrNoArticle) {
		t.Errorf("an empty page: %v, want ErrNoArticle", err)
	}
	flat := []byte("<html><body>" + strings.Repeat("<div>", maxArticleElements+10) + "</body></html>")
	if _, err := Article(flat, "text/html", "https://news.example/a"); !errors.Is(err, ErrNoArticle) {
		t.Errorf("a page of %d elements: %v, want ErrNoArticle", maxArticleElements, err)
	}
}

// BenchmarkArticle200KB is the extraction of a 205 KB page (the ACLU's),
// sanitising and Markdown included.
func BenchmarkArticle200KB(b *testing.B) {
	page := readPage(b, "aclu")
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Article(page, "text/html", "https://www.aclu.org/blog/x"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArticle1MB is the same for the largest test page (1.6 MB).
func BenchmarkArticle1MB(b *testing.B) {
	page := readPage(b, "yahoo-2")
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		Article(page, "text/html", "https://www.yahoo.com/x")
	}
}
