package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// renderedLines renders md at width as the story view does, styling
// stripped and lines' end padding dropped.
func renderedLines(t *testing.T, md string, width int) []string {
	t.Helper()
	out, err := renderBody(md, width, Dark, false)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(ansi.Strip(out), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

func TestHeadingsShowWithoutMarkdownMarkers(t *testing.T) {
	lines := renderedLines(t, "# Big title\n\nIntro.\n\n## Section two\n\nText.\n\n### Part three\n\nMore.\n", 40)
	for _, h := range []string{"Big title", "Section two", "Part three"} {
		if !slices.Contains(lines, h) {
			t.Errorf("heading %q not a line of its own, without markers: %q", h, lines)
		}
	}
}

func TestRuleIsALineAcrossTheText(t *testing.T) {
	for _, width := range []int{40, 88} {
		lines := renderedLines(t, "Above.\n\n---\n\nBelow.\n", width)
		if !slices.Contains(lines, strings.Repeat("─", width)) {
			t.Errorf("%d columns: no rule of ─ across the text: %q", width, lines)
		}
	}
}

func TestListItemsWrapUnderTheirText(t *testing.T) {
	md := "- A list item that is long enough to wrap across the width of the text at forty columns.\n- Short one\n  - A nested item that is also long enough to wrap at this width.\n\n1. A numbered item that is long enough to wrap around the line too.\n"
	lines := renderedLines(t, md, 40)
	want := []string{
		"• A list item that is long enough to",
		"  wrap across the width of the text at",
		"  forty columns.",
		"• Short one",
		"  • A nested item that is also long",
		"    enough to wrap at this width.",
	}
	got := strings.Join(lines, "\n")
	if !strings.Contains(got, strings.Join(want, "\n")) {
		t.Errorf("bulleted items:\n%s", got)
	}
	if !strings.Contains(got, "1. A numbered item that is long enough\n   to wrap around the line too.") {
		t.Errorf("numbered item:\n%s", got)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > 40 {
			t.Errorf("line wider than the text: %q", l)
		}
	}
}

// URLs written out in a story are numbered with its other links, and the
// links screen lists them.
func TestBareURLsAndAutolinksAreNumbered(t *testing.T) {
	md, links := numberLinks("See https://example.com/bare, <https://example.com/auto>, [a link](https://example.com/x) and www.example.org; mail me@example.com.\n")
	want := []string{"https://example.com/bare", "https://example.com/auto", "https://example.com/x", "http://www.example.org"}
	if !slices.Equal(links, want) {
		t.Fatalf("links %q, want %q", links, want)
	}
	if !strings.Contains(md, `https://example.com/bare \[1\],`) || !strings.Contains(md, `<https://example.com/auto> \[2\]`) || !strings.Contains(md, `a link \[3\]`) {
		t.Fatalf("numbered body: %q", md)
	}
	s := story("u", "A story with URLs", time.Hour, model.Europe)
	s.Body = model.Markdown("Read https://example.com/report or <https://example.com/data>.")
	a := newTestApp(t, 80, 24, []*model.Story{s})
	a = press(t, a, "enter", "L")
	got := screenText(a)
	if !strings.Contains(got, "[1] https://example.com/report") || !strings.Contains(got, "[2] https://example.com/data") {
		t.Fatalf("links screen:\n%s", got)
	}
}

// A narrow table is drawn as wide as its cells, not across the text; a
// wide one still fits the text.
func TestTablesAreNotStretched(t *testing.T) {
	lines := renderedLines(t, "| Team | Pts |\n|:---|---:|\n| Kenya | 12 |\n| Uganda | 9 |\n\n> A quote | with a bar\n", 60)
	got := strings.Join(lines, "\n")
	want := " Team   │ Pts\n────────┼─────\n Kenya  │  12\n Uganda │   9"
	if !strings.Contains(got, want) {
		t.Errorf("narrow table:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(got, "│ A quote | with a bar") {
		t.Errorf("a quote is not a table:\n%s", got)
	}
	long := strings.Repeat("word ", 30)
	lines = renderedLines(t, "| A | B |\n|---|---|\n| "+long+" | "+long+" |\n", 60)
	for _, l := range lines {
		if ansi.StringWidth(l) > 60 {
			t.Errorf("wide table's line is wider than the text: %q", l)
		}
	}
}
