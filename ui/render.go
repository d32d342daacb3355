package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// readingWidth caps the width of story text: lines much longer than this are
// tiring to read however wide the terminal is.
const readingWidth = 88

// partialBytes is the size above which a story first gets a quick render of
// its opening, so its first screen shows while the rest is rendered.
const partialBytes = 6 << 10

// renderedBody is a finished render and the story's link targets.
type renderedBody struct {
	out   string
	links []string
	err   error
}

// renderKey names one rendering of a story body.
type renderKey struct {
	ID    string
	Width int
	Theme Theme
}

// glamourStyle is Glamour's standard style for the theme with syntax
// highlighting switched off: news has little code, and Chroma guessing the
// language of an unlabelled block costs ~5 ms a block.
func glamourStyle(t Theme, plain bool) gansi.StyleConfig {
	var s gansi.StyleConfig
	switch {
	case plain:
		s = styles.NoTTYStyleConfig
	case t == Light:
		s = styles.LightStyleConfig
	default:
		s = styles.DarkStyleConfig
	}
	s.CodeBlock.Chroma = nil
	s.CodeBlock.Theme = ""
	// The story view does its own margins, so body and header line up.
	zero := uint(0)
	s.Document.Margin = &zero
	return s
}

// renderBody renders Markdown to the given width with a renderer of its own:
// Glamour renderers are not safe to share across goroutines.
func renderBody(md string, width int, t Theme, plain bool) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStyles(glamourStyle(t, plain)),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return "", fmt.Errorf("setting up the story renderer: %w", err)
	}
	out, err := r.Render(md)
	if err != nil {
		return "", fmt.Errorf("rendering the story: %w", err)
	}
	return strings.Trim(out, "\n"), nil
}

// openingOf returns the first part of a long Markdown body, cut at a
// paragraph break, enough to fill a screen; a short body whole.
func openingOf(md string) string {
	if len(md) <= partialBytes {
		return md
	}
	cut := strings.LastIndex(md[:partialBytes], "\n\n")
	if cut <= 0 {
		return md
	}
	// An odd number of fences before the cut would leave a code block open.
	if strings.Count(md[:cut], "```")%2 == 1 {
		return md
	}
	return md[:cut]
}

// bodyWidth is the text width for a terminal width.
func bodyWidth(termWidth int) int {
	return textWidth(termWidth, readingWidth)
}

// textWidth is bodyWidth with another cap (the config's reading_width).
func textWidth(termWidth, reading int) int {
	if reading <= 0 {
		reading = readingWidth
	}
	return max(20, min(termWidth-2, reading))
}

// storyBody is a story's Markdown as the story view shows it: links
// numbered, with their targets.
func storyBody(s *model.Story) (string, []string) {
	return numberLinks(s.Body.Markdown())
}

// header renders the story's header block: kicker (and marks, when not
// ""), headline, summary, byline, link.
func header(s *model.Story, st Styles, width int, loc *time.Location, marks string) string {
	w := lipgloss.NewStyle().Width(width)
	var b strings.Builder
	kicker := []string{}
	if s.Section != "" {
		kicker = append(kicker, strings.ToUpper(s.Section))
	}
	regions := strings.Join(s.Regions.Names(), ", ")
	if regions == "" {
		regions = model.Other.String()
	} else if s.RegionsInferred {
		regions += " (inferred)"
	}
	kicker = append(kicker, regions)
	if s.Dateline != "" {
		kicker = append(kicker, s.Dateline)
	}
	if marks == "" {
		b.WriteString(w.Inherit(st.Story.Kicker).Render(strings.Join(kicker, " · ")))
	} else {
		// One line: the kicker on the left, the marks on the right.
		mw := ansi.StringWidth(marks)
		left := ansi.Truncate(strings.Join(kicker, " · "), max(0, width-mw-2), "…")
		gap := max(1, width-ansi.StringWidth(left)-mw)
		b.WriteString(st.Story.Kicker.Render(left) + strings.Repeat(" ", gap) + st.Story.Kicker.Render(marks))
	}
	b.WriteString("\n\n")
	b.WriteString(w.Inherit(st.Story.Headline).Render(s.Title))
	b.WriteString("\n")
	if s.Summary != "" {
		b.WriteString("\n")
		b.WriteString(w.Inherit(st.Story.Summary).Render(s.Summary))
		b.WriteString("\n")
	}
	byline := []string{}
	if s.Author != "" {
		byline = append(byline, s.Author)
	}
	if s.Dated() {
		byline = append(byline, published(s.Published, loc))
	}
	if s.Source != "" {
		byline = append(byline, s.Source)
	}
	b.WriteString("\n")
	b.WriteString(w.Inherit(st.Story.Byline).Render(strings.Join(byline, " · ")))
	if s.Link != "" {
		b.WriteString("\n")
		b.WriteString(st.Story.Link.Render(ansi.Truncate(s.Link, width, "…")))
	}
	b.WriteString("\n")
	b.WriteString(st.Story.Rule.Render(strings.Repeat("─", width)))
	return b.String()
}

// published is when a story was published, in loc. A date with no time
// (feeds give these as midnight UTC) is the date alone, in UTC: in another
// zone it would show a time nobody gave, and maybe the day before.
func published(t time.Time, loc *time.Location) string {
	if u := t.UTC(); u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0 {
		return u.Format("Mon 2 Jan 2006")
	}
	return t.In(loc).Format("Mon 2 Jan 2006 15:04 MST")
}

// RenderStory renders a whole story, header and body, for `dateline show`.
// plain output has no escape sequence at all: Glamour writes OSC 8 links even
// in its plain style, so whatever it wrote is stripped.
func RenderStory(s *model.Story, width int, t Theme, plain bool, loc *time.Location) (string, error) {
	if loc == nil {
		loc = time.Local
	}
	width = bodyWidth(width)
	md, links := storyBody(s)
	body, err := renderBody(md, width, t, plain)
	if err != nil {
		return "", err
	}
	out := header(s, NewStyles(t, plain), width, loc, "") + "\n" + body + "\n" + linkList(links, width)
	if plain {
		out = trimLines(ansi.Strip(out))
	}
	return out, nil
}

// trimLines drops the spaces that end each line: Lip Gloss and Glamour pad
// lines to the width, which plain output, meant for files and pipes, has no
// use for.
func trimLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.TrimRight(line, " "))
	}
	return b.String()
}

// linkList is the numbered list of a story's links, printed after the body
// by `dateline show`.
func linkList(links []string, width int) string {
	if len(links) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\nLinks:\n")
	for i, u := range links {
		fmt.Fprintf(&b, "[%d] %s\n", i+1, ansi.Truncate(u, width-6, "…"))
	}
	return b.String()
}
