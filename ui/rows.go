package ui

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// storyList is the headline list: a cursor and a scroll window over a view of
// story sequence numbers. Only the rows in the window are ever rendered, so a
// key press costs the same at 100 or 100,000 stories.
type storyList struct {
	view   []int32 // the stories shown, newest first
	cursor int     // index into view of the selected row
	offset int     // index into view of the first visible row
	height int     // visible rows
	// noMarks leaves the state column blank: without a library there are
	// no marks to show.
	noMarks bool
	// grouped shows an event's stories as one row (see
	// model.Collection.Group), badged with how many other stories cover
	// it.
	grouped bool
}

// selected returns the selected story's sequence number.
func (l storyList) selected() (int32, bool) {
	if l.cursor < 0 || l.cursor >= len(l.view) {
		return 0, false
	}
	return l.view[l.cursor], true
}

// setView replaces the rows. If the selected story is still among them it
// stays selected, on the same screen row; otherwise, if same (when not nil)
// finds a row for it (another story of its event, in a grouped list), that
// row; otherwise the cursor keeps its index as far as it can.
func (l storyList) setView(view []int32, same func(a, b int32) bool) storyList {
	seq, had := l.selected()
	row := l.cursor - l.offset
	l.view = view
	if !had {
		return l.clamp()
	}
	at := slices.Index(view, seq)
	if at < 0 && same != nil {
		at = slices.IndexFunc(view, func(s int32) bool { return same(seq, s) })
	}
	if at >= 0 {
		l.cursor = at
		l.offset = at - row
	}
	return l.clamp()
}

// moveTo selects index i, scrolling as little as needed.
func (l storyList) moveTo(i int) storyList {
	l.cursor = i
	l = l.clamp()
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.height > 0 && l.cursor >= l.offset+l.height {
		l.offset = l.cursor - l.height + 1
	}
	return l.clamp()
}

func (l storyList) moveBy(n int) storyList { return l.moveTo(l.cursor + n) }

// page moves a screenful, keeping the cursor on the same screen row.
func (l storyList) page(dir int) storyList {
	h := max(1, l.height-1)
	l.offset += dir * h
	l.cursor += dir * h
	return l.clamp()
}

func (l storyList) resize(height int) storyList {
	l.height = max(1, height)
	return l.moveTo(l.cursor)
}

// clamp keeps cursor and offset inside the view and the window full.
func (l storyList) clamp() storyList {
	n := len(l.view)
	l.cursor = max(0, min(l.cursor, n-1))
	l.offset = max(0, min(l.offset, n-l.height))
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.height > 0 && l.cursor >= l.offset+l.height {
		l.offset = l.cursor - l.height + 1
	}
	return l
}

// rowLayout is the cell width of each column at a terminal width.
type rowLayout struct {
	date, badge, source, headline int
}

func layoutFor(width int) rowLayout {
	l := rowLayout{date: 6, badge: 5}
	switch {
	case width >= 140:
		l.source = 22
	case width >= 100:
		l.source = 16
	case width >= 60:
		l.source = 12
	default:
		l.source = 0
	}
	// marks(2) sp(1) date sp(2) badge sp(2) source sp(2) headline
	used := 3 + l.date + 2 + l.badge + 2
	if l.source > 0 {
		used += l.source + 2
	}
	l.headline = max(8, width-used)
	return l
}

// badges are the short region names of the list, 4 cells each; a fifth
// cell holds "+" when the story is in more regions.
var badges = [...]string{
	model.Other:       "  · ",
	model.Africa:      "AFR ",
	model.Americas:    "AMER",
	model.AsiaPacific: "APAC",
	model.Europe:      "EUR ",
	model.MiddleEast:  "MIDE",
}

// render draws the visible rows, exactly height lines of width cells.
func (l storyList) render(c *model.Collection, st Styles, width int, now time.Time, loc *time.Location) string {
	lay := layoutFor(width)
	var b strings.Builder
	end := min(len(l.view), l.offset+l.height)
	for i := l.offset; i < end; i++ {
		seq := l.view[i]
		if i > l.offset {
			b.WriteByte('\n')
		}
		covered := 0
		if l.grouped {
			covered = c.Covered(seq)
		}
		b.WriteString(l.row(c.Story(seq), c.State(seq), covered, i == l.cursor, lay, st, width, now, loc))
	}
	for i := max(0, end-l.offset); i < l.height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// row draws a story's row; covered is how many other stories its row
// stands for (the +3 after the headline), 0 for none.
func (l storyList) row(s *model.Story, state model.StoryState, covered int, selected bool, lay rowLayout, st Styles, width int, now time.Time, loc *time.Location) string {
	mark := marks(state) + " "
	if l.noMarks {
		mark = "   "
	}
	date := shortDate(s.Published, now, loc)
	region := s.Regions.List()[0]
	badge := badges[region] + " "
	if bits.OnesCount8(uint8(s.Regions)) > 1 {
		badge = fit(strings.TrimRight(badge, " ")+"+", lay.badge)
	}
	source := ""
	if lay.source > 0 {
		source = fit(s.Source, lay.source) + "  "
	}
	headline, more, pad := fit(s.Title, lay.headline), "", ""
	if covered > 0 {
		// The badge follows the headline's text, a space after it.
		more = "+" + strconv.Itoa(covered)
		headline = clip(s.Title, max(1, lay.headline-len(more)-1))
		pad = strings.Repeat(" ", max(0, lay.headline-ansi.StringWidth(headline)-1-len(more)))
	}
	p := st.rows
	if selected {
		if more != "" {
			headline += " " + more + pad
		}
		return p.selected.of(padRight(mark+date+"  "+badge+"  "+source+headline, width))
	}
	row := p.unread.of(mark) + p.date.of(date) + "  " + st.regionPaint(region).of(badge) + "  " +
		p.source.of(source) + p.headline.of(headline)
	if more != "" {
		row += " " + p.coverage.of(more) + pad
	}
	return row
}

// marks is the 2-cell state column: ● unread, ★ starred; a blank cell
// follows it, so the star never touches the date.
func marks(st model.StoryState) string {
	unread, star := " ", " "
	if !st.Read {
		unread = "●"
	}
	if st.Starred {
		star = "★"
	}
	return unread + star
}

// shortDate is a 6-cell date: the time today, "27 Nov" this year, the year
// alone ("2023") before, "  —   " when undated. A month and two digits
// ("Aug 23") would read as a day.
func shortDate(t, now time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "  —   "
	}
	t, now = t.In(loc), now.In(loc)
	switch {
	case t.Year() == now.Year() && t.YearDay() == now.YearDay():
		return t.Format("15:04 ")
	case t.Year() == now.Year():
		return t.Format("02 Jan")
	}
	return t.Format("2006") + "  "
}

// fit truncates s to w cells with an ellipsis and pads it to exactly w cells.
// Widths are cells, not bytes or runes: CJK and emoji take two. A field can
// be 64 KiB long; only its start can show, so only its start is measured.
func fit(s string, w int) string {
	return padRight(clip(s, w), w)
}

// clip truncates s to w cells with an ellipsis, as fit does, without
// padding it.
func clip(s string, w int) string {
	if limit := 16*w + 64; len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s
}

func padRight(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}
