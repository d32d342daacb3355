package feeds

import (
	"strings"
	"sync"
	"testing"
)

func TestTextBodyKeepsParagraphsAndEscapesMarkdown(t *testing.T) {
	got := textToMarkdown("First *line*\nwraps here.\r\n\r\n\n# Not a heading\n1. not a list\n- nor this\n\n[x](y) <b> & _u_")
	want := "First \\*line\\*\nwraps here.\n\n\\# Not a heading\n1\\. not a list\n\\- nor this\n\n\\[x\\](y) \\<b\\> \\& \\_u\\_"
	if got != want {
		t.Errorf("textToMarkdown:\n got %q\nwant %q", got, want)
	}
}

func TestTextBodyURLsAreLinks(t *testing.T) {
	got := textToMarkdown("Report: https://example.com/a_b?x=1. See <https://example.org/(c)> too; ftp://x.example/ not.")
	want := "Report: [https://example.com/a\\_b?x=1](https://example.com/a_b?x=1). See [https://example.org/(c)](https://example.org/%28c%29) too; ftp://x.example/ not."
	if got != want {
		t.Errorf("textToMarkdown:\n got %q\nwant %q", got, want)
	}
}

func TestBodyConvertsOnceAndIsSafeConcurrently(t *testing.T) {
	b := newBody(`<p>Hello <a href="/x">there</a></p>`, bodyHTML, "https://example.com/a/", false)
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = b.Markdown()
		}()
	}
	wg.Wait()
	for _, r := range results {
		if r != results[0] {
			t.Fatalf("concurrent Markdown calls differ: %q vs %q", r, results[0])
		}
	}
	if !strings.Contains(results[0], "https://example.com/x") {
		t.Errorf("relative link not resolved against the base: %q", results[0])
	}
	if b.raw != "" {
		t.Errorf("raw HTML kept after conversion (%d bytes)", len(b.raw))
	}
}
