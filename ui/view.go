package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the screen in front of the user.
func (a App) View() tea.View {
	var content string
	switch {
	case a.width == 0:
		content = ""
	case a.screen == screenDetail:
		content = a.viewStory()
	case a.screen == screenLinks:
		content = a.viewLinks()
	case a.screen == screenSources:
		content = a.viewSources()
	case a.screen == screenHelp:
		content = a.viewHelp()
	default:
		content = a.viewList()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	if a.opts.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "dateline"
	return v
}

func (a App) rule() string {
	return a.styles.App.Rule.Render(strings.Repeat("─", a.width))
}

func (a App) viewList() string {
	var b strings.Builder
	b.WriteString(renderTabs(a.tabs, tabIndex(a.tabs, a.scope, a.searchTab), a.styles, a.width))
	b.WriteByte('\n')
	b.WriteString(a.rule())
	b.WriteByte('\n')
	if len(a.list.view) == 0 {
		b.WriteString(a.emptyList())
	} else {
		b.WriteString(a.list.render(a.stories, a.styles, a.width, a.opts.Now(), a.opts.Location))
	}
	b.WriteByte('\n')
	b.WriteString(a.rule())
	b.WriteByte('\n')
	b.WriteString(a.listFooter())
	return b.String()
}

// emptyList explains an empty list and says what to do, padded to the list's
// height.
func (a App) emptyList() string {
	var msg string
	switch {
	case !a.query.Empty():
		msg = fmt.Sprintf("No stories match %q here. Press esc to clear the filter, or tab for another region.", a.query.String())
	case a.loading:
		msg = "Loading stories…"
	case a.refresh != nil && a.stories.Len() == 0:
		msg = "Fetching your feeds…"
	case a.stories.Len() == 0 && a.failedSources() > 0:
		msg = "No stories: every source failed. Press F to see why."
	case a.stories.Len() == 0:
		msg = "No stories found in the sources given."
	default:
		msg = "No stories in this region. Press tab for another."
	}
	lines := strings.Split(lipgloss.NewStyle().Width(max(10, a.width-2)).Render(msg), "\n")
	out := make([]string, a.list.height)
	for i := range out {
		if i-1 >= 0 && i-1 < len(lines) {
			out[i] = " " + a.styles.List.Empty.Render(lines[i-1])
		}
	}
	return strings.Join(out, "\n")
}

func (a App) listFooter() string {
	st := a.styles
	if a.confirmAll {
		return st.Footer.Alert.Render(ansi.Truncate(fmt.Sprintf("Mark %s read? y/n",
			plural(len(a.list.view), "story", "stories")), a.width, "…"))
	}
	if a.typing {
		count := st.Footer.Count.Render(plural(len(a.list.view), "match", "matches"))
		switch {
		case a.queryErr != nil:
			count = st.Footer.Alert.Render(ansi.Truncate(a.queryErr.Error(), max(20, a.width*2/3), "…"))
		case a.textErr != nil:
			count += " " + st.Footer.Alert.Render("(headlines only: full text failed)")
		case a.textPartial:
			count += " " + st.App.Notice.Render("(indexing…)")
		}
		room := a.width - ansi.StringWidth(ansi.Strip(count)) - 2
		a.input.SetWidth(max(5, room-4))
		return padRight(ansi.Truncate(a.input.View(), room, "…"), room) + "  " + count
	}
	var parts []string
	parts = append(parts, st.Footer.Count.Render(fmt.Sprintf("%d/%d", len(a.list.view), a.stories.Len())))
	if n := a.stories.UnreadTotal(); n != a.stories.Len() {
		parts = append(parts, st.Footer.Count.Render(fmt.Sprintf("%d unread", n)))
	}
	switch {
	case a.only.Unread && a.only.Starred:
		parts = append(parts, st.App.Notice.Render("unread starred only (u, S)"))
	case a.only.Unread:
		parts = append(parts, st.App.Notice.Render("unread only (u)"))
	case a.only.Starred:
		parts = append(parts, st.App.Notice.Render("starred only (S)"))
	}
	if !a.query.Empty() {
		parts = append(parts, st.Footer.Filter.Render(fmt.Sprintf("filter %q", a.query.String())))
	}
	if a.loading {
		parts = append(parts, st.App.Notice.Render("loading…"))
	}
	if r := a.refreshStatus(); r != "" {
		parts = append(parts, st.App.Notice.Render(r))
	}
	if failed := a.failedSources(); failed > 0 {
		noun := "sources"
		if failed == 1 {
			noun = "source"
		}
		parts = append(parts, st.Footer.Alert.Render(fmt.Sprintf("%d %s failed (F)", failed, noun)))
	}
	return a.footerLine(strings.Join(parts, st.App.Subtle.Render(" · ")))
}

// footerLine puts status on the left and short help on the right, within
// one line. A notice takes the whole line: it is what the user needs to read.
func (a App) footerLine(left string) string {
	switch {
	case a.notice != "" && a.alert:
		return a.styles.Footer.Alert.Render(ansi.Truncate(a.notice, a.width, "…"))
	case a.notice != "":
		return a.styles.App.Notice.Render(ansi.Truncate(a.notice, a.width, "…"))
	}
	h := a.help
	h.SetWidth(max(0, a.width-ansi.StringWidth(left)-2))
	right := h.ShortHelpView(a.keys.ShortHelp())
	gap := max(1, a.width-ansi.StringWidth(left)-ansi.StringWidth(right))
	return ansi.Truncate(left+strings.Repeat(" ", gap)+right, a.width, "")
}

func (a App) viewStory() string {
	d := a.story
	left := d.story.Source
	if left == "" {
		left = "story"
	}
	pos := a.styles.Story.Position.Render(d.position())
	i := a.list.cursor + 1
	where := a.styles.App.Subtle.Render(fmt.Sprintf("%d/%d", i, len(a.list.view)))
	status := ansi.Truncate(a.styles.App.Subtle.Render(left), max(8, a.width/4), "…") + "  " + where + "  " + pos
	return d.pager.view() + "\n" + a.footerLine(status)
}

func (a App) viewLinks() string {
	st := a.styles
	var b strings.Builder
	b.WriteString(st.App.Title.Render("Links in this story"))
	b.WriteString("  ")
	b.WriteString(st.App.Subtle.Render(ansi.Truncate(a.story.story.Title, max(0, a.width-22), "…")))
	b.WriteString("\n")
	b.WriteString(a.rule())
	b.WriteString("\n")
	rows := a.height - 3
	lines := 0
	if len(a.story.links) == 0 {
		b.WriteString(st.List.Empty.Render(" This story has no links in its text. Press o to open the story itself."))
		b.WriteString("\n")
		lines++
	}
	top := max(0, min(a.linkIndex-rows/2, len(a.story.links)-rows))
	for i := top; i < len(a.story.links) && lines < rows; i++ {
		row := fmt.Sprintf("[%d] %s", i+1, a.story.links[i])
		row = fit(row, a.width)
		if i == a.linkIndex {
			row = st.List.Selected.Render(row)
		}
		b.WriteString(row)
		b.WriteString("\n")
		lines++
	}
	for ; lines < rows; lines++ {
		b.WriteString("\n")
	}
	b.WriteString(a.rule())
	b.WriteString("\n")
	return b.String() + a.footerLine(st.App.Subtle.Render(plural(len(a.story.links), "link", "links")))
}

func (a App) viewSources() string {
	st := a.styles
	var b strings.Builder
	title, counts := "Sources", fmt.Sprintf("%d read, %d failed", len(a.sources), a.failedSources())
	if len(a.feeds) > 0 {
		title, counts = "Feeds", fmt.Sprintf("%s · enter: its stories · r: refresh it", plural(len(a.feeds), "subscription", "subscriptions"))
	}
	b.WriteString(st.App.Title.Render(title))
	b.WriteString("  ")
	b.WriteString(st.App.Subtle.Render(counts))
	b.WriteString("\n")
	b.WriteString(a.rule())
	b.WriteString("\n")
	var lines []string
	wrap := lipgloss.NewStyle().Width(max(10, a.width-4))
	feeds := map[string]FeedStatus{}
	for _, f := range a.feeds {
		feeds[f.Name] = f
	}
	rows := a.sourceRows()
	for i, name := range rows[min(a.sourceTop, len(rows)):] {
		if f, ok := feeds[name]; ok {
			lines = append(lines, a.feedLines(f, i == 0 && len(rows) > 1)...)
			continue
		}
		s := a.sources[a.sourceIndexOf(name)]
		status := st.App.Subtle.Render(plural(s.stories, "story", "stories"))
		lines = append(lines, fit(s.origin.String(), max(10, a.width-16))+"  "+status)
		if s.err != nil {
			for l := range strings.SplitSeq(wrap.Render(s.err.Error()), "\n") {
				lines = append(lines, "  "+st.App.Error.Render(l))
			}
		}
	}
	if len(rows) == 0 {
		lines = append(lines, st.List.Empty.Render(" No sources."))
	}
	for i := range a.height - 4 {
		if i < len(lines) {
			b.WriteString(lines[i])
		}
		b.WriteString("\n")
	}
	b.WriteString(a.rule())
	b.WriteString("\n")
	return b.String() + a.footerLine("")
}

// helpGroups names the groups of KeyMap.FullHelp.
var helpGroups = []string{"Move", "Headlines", "Story", "Marks", "Anywhere"}

func (a App) viewHelp() string {
	st := a.styles
	all := DefaultKeyMap() // every binding, whatever screen help was opened from
	h := a.help
	h.ShowAll = true
	var blocks []string
	for i, col := range all.FullHelp() {
		if helpGroups[i] == "Marks" && a.opts.NoState {
			continue
		}
		if a.keys.noRefresh {
			col = slices.DeleteFunc(col, func(b key.Binding) bool { return b.Help().Key == "r" })
		}
		blocks = append(blocks, st.App.Notice.Render(helpGroups[i])+"\n"+h.FullHelpView([][]key.Binding{col}))
	}
	// Pack the groups into rows, as many side by side as the width allows.
	var rows []string
	var row []string
	used := 0
	for _, b := range blocks {
		w := lipgloss.Width(b) + 3
		if len(row) > 0 && used+w > a.width {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, used = nil, 0
		}
		row = append(row, lipgloss.NewStyle().Width(w).Render(b))
		used += w
	}
	rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	notes := lipgloss.NewStyle().Width(max(10, a.width-2)).Render(
		"Filter: / then words (each begins a word of headline, summary, body, source or section), \"a phrase\", -word, " +
			"region:asia, section:politics, source:name, is:unread, is:starred, after:2026-11-01, before:... " +
			"enter keeps the filter, esc clears it. In the links screen a digit picks a link.")
	out := st.App.Title.Render("dateline") + st.App.Subtle.Render(" keys") + "\n\n" +
		strings.Join(rows, "\n\n") + "\n\n" + st.App.Subtle.Render(notes)
	lines := strings.Split(out, "\n")
	for len(lines) < a.height-1 {
		lines = append(lines, "")
	}
	return strings.Join(lines[:a.height-1], "\n") + "\n" + st.App.Subtle.Render("esc or ? to close")
}

// plural is "1 match", "2 matches".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
