package ui

// Coverage in the story view: the other outlets' stories of the open
// story's event ("Also covered by", under the header), and the keys that
// open them (c and C). The list's grouping of events into one row is the
// list's (list.go, rows.go; model.Collection.Group).

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// maxCoverageLines is the most stories "Also covered by" lists; past it
// the last line says how many more c goes through.
const maxCoverageLines = 8

// coverageBlock is story seq's "Also covered by": every other story of
// its event, oldest first, each with its source, its time and its
// headline (and ● when unread); "" when the story is alone. It goes in the
// header, under the link.
func (a App) coverageBlock(seq int32, width int) string {
	members := a.stories.Coverage(seq)
	if members == nil {
		return ""
	}
	others := slices.DeleteFunc(slices.Clone(members), func(m int32) bool { return m == seq })
	st := a.styles
	keys := keyOf(a.keys.CoverageNext) + " next, " + keyOf(a.keys.CoveragePrev) + " previous"
	title := st.Story.Kicker.Render("Also covered by") + st.App.Subtle.Render(ansi.Truncate(" ("+keys+")", max(0, width-15), "…"))
	lines := []string{"", title}
	shown := others
	if len(others) > maxCoverageLines {
		shown = others[:maxCoverageLines-1]
	}
	srcW, timeW := 0, 0
	for _, seq := range shown {
		s := a.stories.Story(seq)
		srcW = max(srcW, ansi.StringWidth(s.Source))
		timeW = max(timeW, ansi.StringWidth(coverageTime(s.Published, a.opts.Location)))
	}
	srcW = min(srcW, 18, max(6, width/5))
	mark := !a.opts.NoState
	for _, seq := range shown {
		s := a.stories.Story(seq)
		var b strings.Builder
		if mark {
			if a.stories.State(seq).Read {
				b.WriteString("  ")
			} else {
				b.WriteString(st.List.Unread.Render("●") + " ")
			}
		}
		b.WriteString(st.Story.Byline.Render(fit(s.Source, srcW)) + "  ")
		b.WriteString(st.Story.Byline.Render(fit(coverageTime(s.Published, a.opts.Location), timeW)) + "  ")
		used := ansi.StringWidth(ansi.Strip(b.String()))
		b.WriteString(st.List.Headline.Render(clip(s.Title, max(1, width-used))))
		lines = append(lines, ansi.Truncate(b.String(), width, "…"))
	}
	if more := len(others) - len(shown); more > 0 {
		lines = append(lines, st.App.Subtle.Render(ansi.Truncate(fmt.Sprintf("… and %d more: %s goes through them all", more, keyOf(a.keys.CoverageNext)), width, "…")))
	}
	return strings.Join(lines, "\n")
}

// coverageTime is when a covering story was published, in loc, short: an
// event's stories are days apart at most. A date with no time is the date
// alone, in UTC, as the header shows it.
func coverageTime(t time.Time, loc *time.Location) string {
	switch {
	case t.IsZero():
		return "—"
	case dateOnly(t):
		return t.UTC().Format("Mon 2 Jan")
	}
	return t.In(loc).Format("Mon 2 Jan 15:04")
}

// stepCoverage opens the next (dir 1) or previous (dir -1) story of the
// open story's event, oldest first and round the end, and marks only it
// read. The list's selection stays on the event's row.
func (a App) stepCoverage(dir int) (App, tea.Cmd) {
	members := a.stories.Coverage(a.story.seq)
	if members == nil {
		return a.notify("No other outlet has covered this story.", false)
	}
	i := slices.Index(members, a.story.seq)
	next := members[(i+dir+len(members))%len(members)]
	return a.openStory(next)
}

// prefetchCoverage renders the story c would open next, so it shows at
// once (showStory asks, as it does for n and p).
func (a App) prefetchCoverage(width int) tea.Cmd {
	members := a.stories.Coverage(a.story.seq)
	if members == nil {
		return nil
	}
	i := slices.Index(members, a.story.seq)
	s := a.stories.Story(members[(i+1)%len(members)])
	k := renderKey{ID: s.ID, Width: width, Theme: a.theme}
	if _, done := a.rendered[k]; done || a.pending[k] {
		return nil
	}
	a.pending[k] = true // a map: the App's own
	return renderCmd(k, s, false)
}

// coverageMarks is what of coverageBlock changes as stories are read: the
// read mark of each other story of seq's event, or, alone or without
// marks, the number of its stories. A story joining the event makes it
// longer.
func (a App) coverageMarks(seq int32) string {
	members := a.stories.Coverage(seq)
	if members == nil || a.opts.NoState {
		return strconv.Itoa(len(members))
	}
	b := make([]byte, 0, len(members))
	for _, m := range members {
		switch {
		case m == seq:
			b = append(b, '.')
		case a.stories.State(m).Read:
			b = append(b, 'r')
		default:
			b = append(b, 'u')
		}
	}
	return string(b)
}
