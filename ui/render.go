package ui

import (
	"fmt"
	"regexp"
	"slices"
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
	// Article: the article of the page the story links to, not its text.
	Article bool
}

// glamourStyle is the style for news text at a width, built on Glamour's
// standard style for the theme:
//   - headings without their Markdown markers ("## "), bold and coloured
//     instead (plain output keeps the markers: they are its only sign of a
//     heading);
//   - a rule is a line of ─ across the text;
//   - no syntax highlighting: news has little code, and Chroma guessing the
//     language of an unlabelled block costs ~5 ms a block;
//   - no margin: the story view does its own, so body and header line up.
func glamourStyle(t Theme, plain bool, width int) gansi.StyleConfig {
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
	zero := uint(0)
	s.Document.Margin = &zero
	s.HorizontalRule.Format = "\n" + strings.Repeat("─", max(1, width)) + "\n"
	if !plain {
		bold := true
		for _, h := range []*gansi.StyleBlock{&s.H1, &s.H2, &s.H3, &s.H4, &s.H5, &s.H6} {
			h.Prefix, h.Suffix = "", ""
			h.BackgroundColor = nil
			h.Bold = &bold
		}
		// H1 loses its banner; it keeps its colour, brighter than the rest.
		s.H1.Color = s.Heading.Color
		if t == Light {
			s.H1.Color = nil
		}
	}
	return s
}

// renderBody renders Markdown to the given width with a renderer of its own:
// Glamour renderers are not safe to share across goroutines.
func renderBody(md string, width int, t Theme, plain bool) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStyles(glamourStyle(t, plain, width)),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return "", fmt.Errorf("setting up the story renderer: %w", err)
	}
	out, err := r.Render(md)
	if err != nil {
		return "", fmt.Errorf("rendering the story: %w", err)
	}
	return trimPadding(compactTables(indentListItems(strings.Trim(out, "\n"), width))), nil
}

// trimPadding drops the spaces Glamour pads every line with to the width,
// each in an escape sequence of its own: half the bytes of a rendered
// story, kept in the cache and drawn in every frame, for nothing (no block
// of the style has a background to show).
func trimPadding(out string) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		lines[i] = visible(l, 0)
	}
	return strings.Join(lines, "\n")
}

// compactTables narrows each table Glamour drew to what its cells hold:
// Glamour stretches every table across the text, so a table of two short
// columns had most of a wide screen between them. A table is found by the
// rule under its header (─ and ┼), and its rows by their │ at the same
// columns; every row keeps its cells' alignment.
func compactTables(out string) string {
	lines := strings.Split(out, "\n")
	changed := false
	for i, line := range lines {
		plain := strings.TrimRight(ansi.Strip(line), " ")
		if !strings.Contains(plain, "┼") || strings.Trim(plain, "─┼") != "" {
			continue
		}
		cols := columnsOf(plain, '┼')
		first, end := i, i+1
		for first > 0 && slices.Equal(columnsOf(ansi.Strip(lines[first-1]), '│'), cols) {
			first--
		}
		for end < len(lines) && slices.Equal(columnsOf(ansi.Strip(lines[end]), '│'), cols) {
			end++
		}
		if first == i {
			continue // no header: not a table after all
		}
		compactTable(lines[first:end], cols, i-first)
		changed = true
	}
	if !changed {
		return out
	}
	return strings.Join(lines, "\n")
}

// columnsOf is the columns at which sep stands in line.
func columnsOf(line string, sep rune) []int {
	var cols []int
	col := 0
	for _, r := range line {
		if r == sep {
			cols = append(cols, col)
		}
		col += ansi.StringWidth(string(r))
	}
	return cols
}

// compactTable cuts the padding every row of a table's column shares,
// keeping a space either side; rows[rule] is the rule under the header.
func compactTable(rows []string, seps []int, rule int) {
	width := 0
	for _, r := range rows {
		width = max(width, ansi.StringWidth(r))
	}
	type span struct{ from, to int }
	cells := make([]span, len(seps)+1)
	for c := range cells {
		start, stop := 0, width
		if c > 0 {
			start = seps[c-1] + 1
		}
		if c < len(seps) {
			stop = seps[c]
		}
		lead, end := stop-start, 0
		for j, r := range rows {
			if j == rule {
				continue
			}
			text := ansi.Strip(ansi.Cut(r, start, stop))
			trimmed := strings.TrimSpace(text)
			if trimmed == "" {
				continue
			}
			l := ansi.StringWidth(text) - ansi.StringWidth(strings.TrimLeft(text, " "))
			lead, end = min(lead, l), max(end, l+ansi.StringWidth(trimmed))
		}
		if end == 0 {
			cells[c] = span{start, stop}
			continue
		}
		cells[c] = span{start + max(0, lead-1), min(stop, start+end+1)}
	}
	for j, r := range rows {
		var b strings.Builder
		for c, sp := range cells {
			if c > 0 {
				b.WriteString(ansi.Cut(r, seps[c-1], seps[c-1]+1))
			}
			b.WriteString(ansi.Cut(r, sp.from, sp.to))
		}
		rows[j] = b.String()
	}
}

// itemStart matches the start of a list item as Glamour draws it: the
// list's indent, then a bullet or a number.
var itemStart = regexp.MustCompile(`^( *)(• |\d+\. )`)

// indentListItems rewraps each list item so that its later lines start
// under its text, not under its bullet, as Glamour leaves them.
func indentListItems(out string, width int) string {
	lines := strings.Split(out, "\n")
	var b strings.Builder
	b.Grow(len(out) + len(out)/8)
	for i := 0; i < len(lines); i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		m := itemStart.FindStringSubmatch(ansi.Strip(lines[i]))
		if m == nil {
			b.WriteString(lines[i])
			continue
		}
		list, marker := len(m[1]), len(m[1])+ansi.StringWidth(m[2])
		// The item's later lines are those after it at the list's indent.
		end := i + 1
		for end < len(lines) {
			plain := ansi.Strip(lines[end])
			text := strings.TrimLeft(plain, " ")
			if text == "" || len(plain)-len(text) != list || itemStart.MatchString(plain) {
				break
			}
			end++
		}
		if end == i+1 || width-marker < 10 {
			b.WriteString(lines[i])
			continue
		}
		words := []string{visible(lines[i], marker)}
		for _, l := range lines[i+1 : end] {
			words = append(words, visible(l, list))
		}
		wrapped := strings.Split(ansi.Wordwrap(strings.Join(words, " "), width-marker, ""), "\n")
		b.WriteString(ansi.Truncate(lines[i], marker, ""))
		pad := strings.Repeat(" ", marker)
		for j, l := range wrapped {
			if j > 0 {
				b.WriteString("\n" + pad)
			}
			b.WriteString(l)
		}
		b.WriteString(ansi.ResetStyle)
		i = end - 1
	}
	return b.String()
}

// visible is line's text from column from to its last character that is
// not a space, its styling kept.
func visible(line string, from int) string {
	w := ansi.StringWidth(strings.TrimRight(ansi.Strip(line), " "))
	return ansi.Cut(line, from, w) + ansi.ResetStyle
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

// countryNames names the countries in English ("South Korea, Japan"), or
// by their codes ("KR, JP") when the names are wider than room cells.
func countryNames(set model.CountrySet, room int) string {
	var names []string
	for c := range set.All() {
		names = append(names, c.Name())
	}
	if s := strings.Join(names, ", "); ansi.StringWidth(s) <= room {
		return s
	}
	return strings.Join(set.Codes(), ", ")
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
	if s.Countries != 0 {
		kicker = append(kicker, countryNames(s.Countries, width-ansi.StringWidth(strings.Join(kicker, " · "))-3-ansi.StringWidth(s.Dateline())-3))
	}
	if s.Dateline() != "" {
		kicker = append(kicker, s.Dateline())
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
	if s.Summary() != "" {
		b.WriteString("\n")
		b.WriteString(w.Inherit(st.Story.Summary).Render(s.Summary()))
		b.WriteString("\n")
	}
	byline := []string{}
	if s.Author() != "" {
		byline = append(byline, s.Author())
	}
	if s.Dated() {
		byline = append(byline, published(s.Published, loc))
	}
	if s.Source != "" {
		byline = append(byline, s.Source)
	}
	b.WriteString("\n")
	b.WriteString(w.Inherit(st.Story.Byline).Render(strings.Join(byline, " · ")))
	if s.Link() != "" {
		b.WriteString("\n")
		b.WriteString(st.Story.Link.Render(ansi.Truncate(s.Link(), width, "…")))
	}
	b.WriteString("\n")
	b.WriteString(st.Story.Rule.Render(strings.Repeat("─", width)))
	return b.String()
}

// published is when a story was published, in loc. A date with no time
// (feeds give these as midnight UTC) is the date alone, in UTC: in another
// zone it would show a time nobody gave, and maybe the day before.
func published(t time.Time, loc *time.Location) string {
	if dateOnly(t) {
		return t.UTC().Format("Mon 2 Jan 2006")
	}
	return t.In(loc).Format("Mon 2 Jan 2006 15:04 MST")
}

// dateOnly reports whether t is a date with no time: feeds give those as
// midnight UTC.
func dateOnly(t time.Time) bool {
	u := t.UTC()
	return u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0
}

// RenderStory renders a whole story, header and body, for `dateline show`.
// plain output has no escape sequence at all: Glamour writes OSC 8 links even
// in its plain style, so whatever it wrote is stripped.
func RenderStory(s *model.Story, width int, t Theme, plain bool, loc *time.Location) (string, error) {
	return renderWhole(s, s.Body.Markdown(), "", width, t, plain, loc)
}

// renderWhole is RenderStory of the Markdown md, with a note in the
// header ("" for none).
func renderWhole(s *model.Story, md, note string, width int, t Theme, plain bool, loc *time.Location) (string, error) {
	if loc == nil {
		loc = time.Local
	}
	width = bodyWidth(width)
	md, links := numberLinks(md)
	body, err := renderBody(md, width, t, plain)
	if err != nil {
		return "", err
	}
	out := withNote(header(s, NewStyles(t, plain), width, loc, ""), note) + "\n" + body + "\n" + linkList(links, width)
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
