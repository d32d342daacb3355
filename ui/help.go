package ui

// The help screen (?): every key, in groups, whatever screen it was
// opened from.

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// helpScreen remembers the screen to go back to.
type helpScreen struct {
	back screen
}

// update handles a key on the help screen: ?, esc and q close it.
func (h helpScreen) update(msg tea.KeyPressMsg, k *KeyMap) (helpScreen, outcome) {
	if key.Matches(msg, k.Help, k.Back, k.Quit) {
		return h, outcome{do: actBack}
	}
	return h, outcome{}
}

// helpGroups names the groups of KeyMap.FullHelp.
var helpGroups = []string{"Move", "Headlines", "Story", "Marks", "Anywhere"}

// draw draws every key binding with the help model hm.
func (h helpScreen) draw(e env, hm help.Model) string {
	st := e.styles
	all := DefaultKeyMap() // every binding, whatever screen help was opened from
	hm.ShowAll = true
	var blocks []string
	for i, col := range all.FullHelp() {
		if helpGroups[i] == "Marks" && e.opts.NoState {
			continue
		}
		if e.keys.noRefresh {
			col = slices.DeleteFunc(col, func(b key.Binding) bool { return b.Help().Key == "r" })
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
	legend := "Rows: ● unread  ★ starred  EUR+ in Europe and more  · in no region (Other tab)"
	if e.opts.NoState {
		legend = "Rows: EUR+ in Europe and more regions  · in no region (Other tab)"
	}
	notes := wrap.Render(legend) + "\n" + wrap.Render(
		"Filter: / then words (each begins a word of the text, source or section), \"a phrase\", -word, "+
			"a OR b, (groups), region:asia, section:politics, source:name, is:unread, is:starred, after:7d, before:today; "+
			"enter keeps it, esc clears it. Links screen: a digit picks a link.")
	out := st.App.Title.Render("dateline") + st.App.Subtle.Render(" keys") + "\n\n" +
		strings.Join(rows, "\n\n") + "\n\n" + st.App.Subtle.Render(notes)
	lines := strings.Split(out, "\n")
	for len(lines) < e.height-1 {
		lines = append(lines, "")
	}
	return strings.Join(lines[:e.height-1], "\n") + "\n" + st.App.Subtle.Render("esc or ? to close")
}
