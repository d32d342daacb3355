package ui

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// View draws the screen in front of the user.
func (a App) View() tea.View {
	e := a.env()
	var content string
	switch {
	case a.width == 0:
		content = ""
	case a.splitShown():
		content = a.drawSplit(e)
	case a.screen == screenDetail:
		where := fmt.Sprintf("%d/%d", a.list.cursor+1, len(a.list.view))
		content = a.story.draw(e, where, a.footerLine)
	case a.screen == screenLinks:
		content = a.links.draw(e, a.story, a.footerLine)
	case a.screen == screenSources:
		content = a.feeds.draw(e, a.sources, a.footerLine)
	case a.screen == screenFront:
		content = a.front.draw(e, a.footerLine)
	case a.screen == screenHelp:
		content = a.keyHelp.draw(e, a.help)
	case a.screen == screenCountries:
		content = a.picker.draw(e, a.footerLine)
	default:
		content = a.list.draw(e, listStatus{
			loading: a.loading, refreshing: a.refreshStatus(), failed: a.failedSources(), footer: a.footerLine,
		})
	}
	if a.opts.NoColor {
		content = withoutColour(content)
	}
	v := tea.NewView(content)
	v.AltScreen = true
	if a.opts.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "dateline"
	return v
}

// withoutColour drops every colour from s and keeps bold, underline,
// reverse video and the other attributes: NO_COLOR, whatever the terminal
// says it can do.
func withoutColour(s string) string {
	var b strings.Builder
	w := colorprofile.Writer{Forward: &b, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(s); err != nil {
		return ansi.Strip(s) // a strings.Builder does not fail; stay colourless if it ever did
	}
	return b.String()
}

// rule is a horizontal line across the screen.
func rule(e env) string {
	return e.styles.App.Rule.Render(strings.Repeat("─", e.width))
}

// footerLine puts status on the left and short help on the right, within
// one line. A notice takes the whole line: it is what the user needs to read.
func (a App) footerLine(left string) string { return a.footerFor(a.width, true)(left) }

// footerFor is footerLine for a pane width wide; only the pane with the
// keyboard shows a notice and keys.
func (a App) footerFor(width int, focused bool) func(string) string {
	return func(left string) string {
		switch {
		case !focused:
			return ansi.Truncate(left, width, "…")
		case a.notice != "" && a.alert:
			return a.styles.Footer.Alert.Render(ansi.Truncate(a.notice, width, "…"))
		case a.notice != "":
			return a.styles.App.Notice.Render(ansi.Truncate(a.notice, width, "…"))
		}
		h := a.help
		h.SetWidth(max(0, width-ansi.StringWidth(left)-2))
		right := h.ShortHelpView(a.keys.ShortHelp())
		gap := max(1, width-ansi.StringWidth(left)-ansi.StringWidth(right))
		return ansi.Truncate(left+strings.Repeat(" ", gap)+right, width, "")
	}
}

// plural is "1 match", "2 matches".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
