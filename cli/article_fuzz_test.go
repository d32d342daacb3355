package cli

// Hostile text from a web page to the screen: a payload put in an article
// page (as raw bytes, as character references, in attributes, links and
// image text) must leave no trace in what `dateline show --full` prints,
// styled or plain, nor in what the story view shows for the article.

import (
	"fmt"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/ui"
)

// references writes every rune of p as a numeric character reference, so
// a page can spell controls the HTML parser then decodes.
func references(p string) string {
	var b strings.Builder
	for _, r := range p {
		fmt.Fprintf(&b, "&#x%x;", r)
	}
	return b.String()
}

// articlePage is a page whose article carries p in every way a page can.
func articlePage(p string) []byte {
	filler := strings.Repeat("The harbour authority said on Monday that the new berths would open next year. ", 6)
	esc := html.EscapeString(p)
	return []byte(`<!DOCTYPE html><html><head><title>` + esc + `</title></head><body><article>` +
		`<h1>` + p + `</h1><p>` + filler + p + `</p>` +
		`<p>` + references(p) + ` ` + filler + `</p>` +
		`<p><a href="https://example.com/` + esc + `" title="` + esc + `">` + p + `</a> <img src="/i.png" alt="` + esc + `"> ` +
		`<a href="` + esc + `">rel</a></p><blockquote>` + p + `</blockquote><ul><li>` + references(p) + `</li></ul>` +
		`<p>` + filler + `</p></article></body></html>`)
}

func FuzzHostileArticle(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, payload string) {
		if len(payload) > 512 {
			return
		}
		md, err := feeds.Article(articlePage(payload), "text/html; charset=utf-8", "https://news.example/2026/story.html")
		if err != nil {
			checkNoTrace(t, "article", payload, screenOut{what: "error", text: err.Error()})
			return
		}
		s := &model.Story{Details: &model.Details{Link: "https://news.example/2026/story.html"}, ID: "x", Title: "Headline", Body: model.Markdown("feed text")}
		art := model.Article{URL: s.Link(), Markdown: md}
		// The Markdown itself: no control (its own brackets may look like
		// what is left of a sequence, so that is checked once rendered).
		for i, r := range md {
			if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r < 0xa0) || isBidi(r) {
				t.Fatalf("the article Markdown of %q holds %U at byte %d:\n%q", payload, r, i, md)
			}
		}
		for _, plain := range []bool{false, true} {
			out, err := ui.RenderArticle(s, art, 80, ui.Dark, plain, time.UTC)
			if err != nil {
				t.Fatal(err)
			}
			checkNoTrace(t, "article", payload, screenOut{what: fmt.Sprintf("show --full (plain %v)", plain), text: out, styled: !plain})
		}
	})
}
