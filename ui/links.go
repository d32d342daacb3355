package ui

// The links screen (L): the story's links by number. enter or o opens the
// one selected, y copies it, a digit picks one by its number.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// linksScreen is the selection on the links screen.
type linksScreen struct {
	index int // selected row
}

// current is the link under the cursor, or own (the story's link) when
// the story's text has none.
func (l linksScreen) current(links []string, own string) string {
	if l.index < 0 || l.index >= len(links) {
		return own
	}
	return links[l.index]
}

// update handles a key on the links screen; own is the story's link.
func (l linksScreen) update(msg tea.KeyPressMsg, k *KeyMap, links []string, own string) (linksScreen, outcome) {
	n := len(links)
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		return l, outcome{do: actBack}
	case key.Matches(msg, k.Help):
		return l, outcome{do: actHelp}
	case key.Matches(msg, k.Down):
		l.index = min(l.index+1, n-1)
	case key.Matches(msg, k.Up):
		l.index = max(l.index-1, 0)
	case key.Matches(msg, k.Top):
		l.index = 0
	case key.Matches(msg, k.Bottom):
		l.index = max(0, n-1)
	case key.Matches(msg, k.Open), key.Matches(msg, k.OpenLink):
		return l, outcome{do: actOpenLink, url: l.current(links, own)}
	case key.Matches(msg, k.CopyLink):
		return l, outcome{do: actCopyLink, url: l.current(links, own)}
	}
	for i, b := range k.PickLink {
		if key.Matches(msg, b) && i < n {
			l.index = i
		}
	}
	return l, outcome{}
}

// draw draws the links screen for the story d.
func (l linksScreen) draw(e env, d storyView, footer func(string) string) string {
	st := e.styles
	var b strings.Builder
	b.WriteString(st.App.Title.Render("Links in this story"))
	b.WriteString("  ")
	b.WriteString(st.App.Subtle.Render(ansi.Truncate(d.story.Title, max(0, e.width-22), "…")))
	b.WriteString("\n")
	b.WriteString(rule(e))
	b.WriteString("\n")
	rows := e.height - 4 // the title, two rules and the footer
	lines := 0
	if len(d.links) == 0 {
		empty := " This story has no links in its text. Press " + keyOf(e.keys.OpenLink) + " to open the story itself."
		if d.story.Link() == "" {
			empty = " This story has no links in its text, and no link of its own."
		}
		b.WriteString(st.List.Empty.Render(fit(empty, e.width)))
		b.WriteString("\n")
		lines++
	}
	top := max(0, min(l.index-rows/2, len(d.links)-rows))
	for i := top; i < len(d.links) && lines < rows; i++ {
		row := fmt.Sprintf("[%d] %s", i+1, d.links[i])
		row = fit(row, e.width)
		if i == l.index {
			row = st.List.Selected.Render(row)
		}
		b.WriteString(row)
		b.WriteString("\n")
		lines++
	}
	for ; lines < rows; lines++ {
		b.WriteString("\n")
	}
	b.WriteString(rule(e))
	b.WriteString("\n")
	return b.String() + footer(st.App.Subtle.Render(plural(len(d.links), "link", "links")))
}
