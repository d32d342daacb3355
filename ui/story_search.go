package ui

// Searching the story in front of the user (/ in the story view): the
// matches of the words typed are found in the rendered text, escapes
// stripped, case folded, and shown by re-styling their cells on screen;
// n and N go from one to the next.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// storySearch is a search of the story: the line it is typed in, the
// words, and where they were found.
type storySearch struct {
	input  textinput.Model
	typing bool   // the search line has the keyboard
	query  string // the words searched for, "" when no search is on
	hits   []hit  // the matches, in reading order
	at     int    // the current match, an index into hits
	// from is the pager's offset when the search line opened: the first
	// match is looked for from there, and esc while typing goes back to it.
	from int
	// folded is the pager's lines without escapes, case folded, built at
	// the first search of the text in the pager (nil: not built).
	folded []string
}

// hit is one match: the cells [start, end) of the pager's line.
type hit struct{ line, start, end int }

// newStorySearch is a search line, no search on.
func newStorySearch() storySearch {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "words in this story (enter keeps, esc ends)"
	in.CharLimit = 200
	return storySearch{input: in}
}

// restyle gives the search line the theme's styles.
func (d storyView) restyle(t Theme, st Styles) storyView {
	in := textinput.DefaultStyles(t == Dark)
	in.Focused.Prompt = st.Footer.FilterPrompt
	in.Blurred.Prompt = st.Footer.FilterPrompt
	in.Cursor.Blink = false
	d.find.input.SetStyles(in)
	return d
}

// searching reports whether a search is on (typed or kept).
func (d storyView) searching() bool { return d.find.typing || d.find.query != "" }

// beginSearch opens the search line, holding the words of the search on.
func (d storyView) beginSearch() storyView {
	d.find.typing, d.find.from = true, d.pager.offset
	d.find.input.SetValue(d.find.query)
	d.find.input.CursorEnd()
	d.find.input.Focus() // its command blinks the cursor, which does not blink here
	return d
}

// endSearch ends the search: no line, no matches shown.
func (d storyView) endSearch() storyView {
	d.find.input.Blur()
	d.find.input.SetValue("")
	d.find.typing, d.find.query, d.find.hits, d.find.at = false, "", nil, 0
	return d
}

// updateSearch handles a key while the search line has the keyboard:
// every key but enter and esc is text, and the matches follow the typing.
func (d storyView) updateSearch(msg tea.KeyPressMsg, k *KeyMap) (storyView, outcome, tea.Cmd) {
	switch {
	case key.Matches(msg, k.SearchApply):
		d.find.typing = false
		d.find.input.Blur()
		if d.find.query != "" && len(d.find.hits) == 0 {
			q := d.find.query
			return d.endSearch(), notice(fmt.Sprintf("%q is not in this story.", q), false), nil
		}
		if d.find.query == "" {
			d = d.endSearch()
		}
		return d, outcome{}, nil
	case key.Matches(msg, k.SearchClear):
		d = d.endSearch()
		d.pager.offset = d.find.from
		d.pager.clamp()
		return d, outcome{}, nil
	}
	var cmd tea.Cmd
	d.find.input, cmd = d.find.input.Update(msg)
	return d.typed(), outcome{}, cmd
}

// pasteSearch takes pasted text into the search line.
func (d storyView) pasteSearch(msg tea.Msg) (storyView, tea.Cmd) {
	var cmd tea.Cmd
	d.find.input, cmd = d.find.input.Update(msg)
	return d.typed(), cmd
}

// typed searches for what the search line holds, from where the reader
// was when it opened, and shows the first match.
func (d storyView) typed() storyView {
	q := strings.TrimSpace(d.find.input.Value())
	if q == d.find.query {
		return d
	}
	d.find.query = q
	d = d.refind()
	d.find.at = 0
	for i, h := range d.find.hits {
		if h.line >= d.find.from {
			d.find.at = i
			break
		}
	}
	if len(d.find.hits) == 0 {
		d.pager.offset = d.find.from // nothing to show: back where the reader was
		d.pager.clamp()
		return d
	}
	return d.showHit()
}

// stepHit moves to the next (dir 1) or previous (-1) match, round the end.
func (d storyView) stepHit(dir int) storyView {
	if n := len(d.find.hits); n > 0 {
		d.find.at = (d.find.at + dir + n) % n
		d = d.showHit()
	}
	return d
}

// showHit scrolls the current match into view, two lines below the top
// when it was off screen, so it is read with what leads to it.
func (d storyView) showHit() storyView {
	h := d.find.hits[d.find.at]
	pg := &d.pager
	if h.line < pg.offset || h.line >= pg.offset+pg.height {
		pg.offset = h.line - min(2, pg.height/3)
		pg.clamp()
	}
	return d
}

// refind finds the search's matches in the text now in the pager (it
// changes as the render lands, the width changes or the marks in the
// header do); the current match keeps its number.
func (d storyView) refind() storyView {
	d.find.hits = nil
	if d.find.query == "" {
		return d
	}
	if d.find.folded == nil {
		d.find.folded = make([]string, len(d.pager.lines))
		for i, l := range d.pager.lines {
			d.find.folded[i] = strings.Map(unicode.ToLower, ansi.Strip(l))
		}
	}
	needle := strings.Map(unicode.ToLower, d.find.query)
	for i, low := range d.find.folded {
		for _, sp := range findCells(d.pager.lines[i], low, needle) {
			d.find.hits = append(d.find.hits, hit{line: i, start: sp[0], end: sp[1]})
		}
	}
	if len(d.find.hits) > 0 { // none in a placeholder while the text renders: keep the number
		d.find.at = min(d.find.at, len(d.find.hits)-1)
	}
	return d
}

// textChanged notes that the pager holds other text, and finds the
// search's matches in it.
func (d storyView) textChanged() storyView {
	d.find.folded = nil
	return d.refind()
}

// findCells finds needle in low (line without escapes, case folded, rune
// for rune: strings.Map keeps the count) and returns each match's cells
// [start, end) in line. Cells are counted by grapheme cluster, as the
// terminal draws them: a CJK letter or an emoji takes two.
func findCells(line, low, needle string) [][2]int {
	if needle == "" || !strings.Contains(low, needle) {
		return nil
	}
	c := cellCounter{plain: ansi.Strip(line)}
	var spans [][2]int
	for from := 0; ; {
		i := strings.Index(low[from:], needle)
		if i < 0 {
			return spans
		}
		start := from + i
		end := start + len(needle)
		spans = append(spans, [2]int{c.upTo(low[from:start]), c.upTo(low[start:end])})
		from = end
	}
}

// cellCounter counts the cells of plain from its start, a piece at a time.
type cellCounter struct {
	plain string
	at    int // bytes of plain counted
	cells int // their cells
}

// upTo counts on over as many runes of plain as piece has, and returns the
// cells counted so far.
func (c *cellCounter) upTo(piece string) int {
	from := c.at
	ascii := true
	for n := utf8.RuneCountInString(piece); n > 0 && c.at < len(c.plain); n-- {
		r, size := utf8.DecodeRuneInString(c.plain[c.at:])
		ascii = ascii && r < utf8.RuneSelf && r >= ' '
		c.at += size
	}
	if ascii {
		c.cells += c.at - from // one cell a letter: no need to cluster
	} else {
		c.cells += ansi.StringWidth(c.plain[from:c.at])
	}
	return c.cells
}

// searchStatus is the footer's word on the search: which match of how
// many, and for what.
func (d storyView) searchStatus(e env, room int) string {
	f := d.find
	count := fmt.Sprintf(" %d/%d", f.at+1, len(f.hits))
	if len(f.hits) == 0 {
		count = " no match"
	}
	q := ansi.Truncate(f.query, max(1, room-ansi.StringWidth(count)-1), "…")
	return e.styles.Footer.Filter.Render("/"+q) + e.styles.Footer.Count.Render(count)
}

// searchLine is the footer while the search is typed: the line and the
// number of matches.
func (d storyView) searchLine(e env) string {
	st := e.styles
	count := st.Footer.Count.Render(plural(len(d.find.hits), "match", "matches"))
	if d.find.query == "" {
		count = ""
	}
	room := e.width - ansi.StringWidth(count) - 2
	in := d.find.input
	in.SetWidth(max(5, room-4))
	return padRight(ansi.Truncate(in.View(), room, "…"), room) + "  " + count
}

// marked draws the pager's line i with its matches in reverse video, the
// current one in the accent.
func (d storyView) marked(i int, line string, st *Styles) string {
	hits := d.find.hits
	first := sort.Search(len(hits), func(j int) bool { return hits[j].line >= i })
	var spans []cellStyle
	for j := first; j < len(hits) && hits[j].line == i; j++ {
		on := st.find.match.pre
		if j == min(d.find.at, len(hits)-1) {
			on = st.find.current.pre
		}
		spans = append(spans, cellStyle{start: hits[j].start, end: hits[j].end, on: on})
	}
	if len(spans) == 0 {
		return line
	}
	return restyleCells(line, spans)
}

// cellStyle is an SGR sequence for the cells [start, end) of a line.
type cellStyle struct {
	start, end int
	on         string
}

// restyleCells draws the cells of line in spans (in order, apart) with
// their SGR sequences. The line's own escapes stay where they are: inside
// a span the span's style is set again after each of the line's SGR
// sequences (a reset or a colour there would undo it), and after the span
// the line's style is set again as it stood, from its last reset on, so
// the text after a match looks as it did.
func restyleCells(line string, spans []cellStyle) string {
	var b strings.Builder
	b.Grow(len(line) + len(spans)*16)
	var since []string // the line's SGR sequences since its last reset
	col, si, open := 0, 0, false
	closeSpan := func() {
		b.WriteString(ansi.ResetStyle)
		for _, s := range since {
			b.WriteString(s)
		}
		open = false
		si++
	}
	var state byte
	for rest := line; rest != ""; {
		seq, width, n, next := ansi.DecodeSequence(rest, state, nil)
		state, rest = next, rest[n:]
		if width == 0 {
			b.WriteString(seq)
			if isSGR(seq) {
				if resetsSGR(seq) {
					since = since[:0]
				}
				if !pureReset(seq) {
					since = append(since, seq)
				}
				if open {
					b.WriteString(spans[si].on)
				}
			}
			continue
		}
		if open && col >= spans[si].end {
			closeSpan()
		}
		for si < len(spans) && spans[si].end <= col {
			si++ // empty, or before the line's text
		}
		if !open && si < len(spans) && col >= spans[si].start {
			b.WriteString(spans[si].on)
			open = true
		}
		b.WriteString(seq)
		col += width
	}
	if open {
		closeSpan()
	}
	return b.String()
}

// isSGR reports whether seq is a Select Graphic Rendition sequence.
func isSGR(seq string) bool {
	if len(seq) < 3 || !strings.HasPrefix(seq, "\x1b[") || seq[len(seq)-1] != 'm' {
		return false
	}
	return strings.Trim(seq[2:len(seq)-1], "0123456789;:") == ""
}

// pureReset reports whether an SGR sequence is a reset alone.
func pureReset(seq string) bool { return strings.Trim(seq[2:len(seq)-1], "0;") == "" }

// resetsSGR reports whether an SGR sequence starts with a reset (no
// parameter, or 0 first).
func resetsSGR(seq string) bool {
	p := seq[2 : len(seq)-1]
	first, _, _ := strings.Cut(p, ";")
	return first == "" || strings.Trim(first, "0") == "" && !strings.Contains(first, ":")
}
