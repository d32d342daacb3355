package ui

// The help screen (?): every key, in groups, whatever screen it was
// opened from.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// helpScreen remembers the screen to go back to, and how far it is
// scrolled: on a small window every key does not fit.
type helpScreen struct {
	back screen
	top  int // the first line shown
}

// update handles a key on the help screen: ?, esc and q close it, the
// moving keys scroll it (maxTop is its last line's top).
func (h helpScreen) update(msg tea.KeyPressMsg, k *KeyMap, maxTop int) (helpScreen, outcome) {
	switch {
	case key.Matches(msg, k.Help, k.Back, k.Quit):
		return h, outcome{do: actBack}
	case key.Matches(msg, k.Down):
		h.top++
	case key.Matches(msg, k.Up):
		h.top--
	case key.Matches(msg, k.PageDown):
		h.top += 10
	case key.Matches(msg, k.PageUp):
		h.top -= 10
	case key.Matches(msg, k.Top):
		h.top = 0
	case key.Matches(msg, k.Bottom):
		h.top = maxTop
	}
	h.top = max(0, min(h.top, maxTop))
	return h, outcome{}
}

// maxTop is the top line that shows the help's last line at the bottom.
func (h helpScreen) maxTop(e env, hm help.Model) int {
	return max(0, len(h.lines(e, hm))-(e.height-1))
}

// helpGroups names the groups of KeyMap.FullHelp.
var helpGroups = []string{"Move", "Headlines", "Story", "Marks", "Anywhere"}

// draw draws every key binding with the help model hm, from line top,
// and says how to scroll when they do not all fit.
func (h helpScreen) draw(e env, hm help.Model) string {
	st := e.styles
	all := h.lines(e, hm)
	rows := max(0, e.height-1)
	top := max(0, min(h.top, len(all)-rows))
	lines := all[top:]
	for len(lines) < rows {
		lines = append(lines, "")
	}
	foot := keyOf(e.keys.Back) + " or " + keyOf(e.keys.Help) + " to close"
	switch {
	case top+rows < len(all):
		foot += " · ↓ for more"
	case top > 0:
		foot += " · ↑ back up"
	}
	return strings.Join(lines[:rows], "\n") + "\n" + st.App.Subtle.Render(foot)
}

// lines is the help screen's text, line by line.
func (h helpScreen) lines(e env, hm help.Model) []string {
	st := e.styles
	all := *e.keys // every binding, whatever screen help was opened from
	for _, a := range keyActions() {
		a.binding(&all).SetEnabled(true)
	}
	all.Refresh.SetEnabled(!e.keys.noRefresh)
	hm.ShowAll = true
	var blocks []string
	for i, col := range all.FullHelp() {
		if helpGroups[i] == "Marks" && e.opts.NoState {
			continue
		}
		blocks = append(blocks, st.App.Notice.Render(helpGroups[i])+"\n"+hm.FullHelpView([][]key.Binding{col}))
	}
	// Pack the groups into rows, as many side by side as the width allows.
	var rows []string
	var row []string
	used := 0
	for _, b := range blocks {
		w := lipgloss.Width(b) + 3
		if len(row) > 0 && used+w > e.width {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, used = nil, 0
		}
		row = append(row, lipgloss.NewStyle().Width(w).Render(b))
		used += w
	}
	rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	wrap := lipgloss.NewStyle().Width(max(10, e.width-2))
	// The row's marks and region badges: EUR+ and · are explained nowhere else.
	legend := "Rows: ● unread  ★ starred  EUR+ in Europe and more  · in no region (Other tab)  +3 covered by 3 more outlets"
	if e.opts.NoState {
		legend = "Rows: EUR+ in Europe and more regions  · in no region (Other tab)  +3 covered by 3 more outlets"
	}
	picks := "a digit picks a link"
	if first, last := keyOf(all.PickLink[0]), keyOf(all.PickLink[len(all.PickLink)-1]); first != "1" || last != "9" {
		picks = fmt.Sprintf("%s to %s pick links 1 to %d", first, last, len(all.PickLink))
	}
	notes := wrap.Render(legend) + "\n" + wrap.Render(
		"Filter: "+keyOf(all.Filter)+" then words (each begins a word of the text, source or section), \"a phrase\", -word, "+
			"a OR b, (groups), region:asia, country:kr, section:politics, source:name, is:unread, is:starred, after:7d, before:today; "+
			keyOf(all.FilterApply)+" keeps it, "+keyOf(all.FilterClear)+" clears it. "+keyOf(all.Countries)+" lists the countries of the tab's stories: "+
			keyOf(all.Open)+" narrows the list to one, "+keyOf(all.FilterClear)+" on the list clears it. Links screen: "+picks+".") + "\n" + wrap.Render(
		"Story: space at its end opens the next unread story. "+keyOf(all.StorySearch)+" searches it: "+keyOf(all.SearchApply)+" keeps the search; "+
			"while it is on, "+keyOf(all.SearchNext)+" and "+keyOf(all.SearchPrev)+" are the next and previous match (not next story, next unread), "+keyOf(all.SearchClear)+" ends it.")
	out := st.App.Title.Render("dateline") + st.App.Subtle.Render(" keys") + "\n\n" +
		strings.Join(rows, "\n\n") + "\n\n" + st.App.Subtle.Render(notes)
	return strings.Split(out, "\n")
}
