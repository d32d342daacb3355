package ui

// The split layout: on a wide terminal the list and the selected story
// side by side. The list keeps the keyboard until enter (or l) moves it to
// the story; esc (or h) gives it back. While the list has it, the story
// pane previews the selection: a preview is rendered in a command, and one
// the selection has already left is kept in the cache but not shown.

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Layout is how the list and the story share the screen.
type Layout int

const (
	// LayoutAuto splits the screen when it is at least splitAutoWidth
	// columns wide.
	LayoutAuto Layout = iota
	// LayoutSplit splits it whenever both panes fit at their least width.
	LayoutSplit
	// LayoutList shows the list and the story one at a time.
	LayoutList
)

// The panes' widths: the list never narrower than minListPane, the story
// at its reading width (plus a margin) when there is room, and never
// narrower than minStoryPane.
const (
	splitAutoWidth = 160
	minListPane    = 60
	minStoryPane   = 60
	storyPaneSlack = 4 // columns around the story's text
)

// splitOn reports whether the screen is split: the user wants it (the
// config's layout, then v) and the terminal is wide enough.
func (a App) splitOn() bool { return a.split && a.width >= a.splitLeast() }

// splitLeast is the narrowest terminal the layout splits.
func (a App) splitLeast() int {
	if a.opts.Layout == LayoutSplit {
		return minListPane + 1 + minStoryPane
	}
	return splitAutoWidth
}

// splitShown reports whether the screen in front of the user is drawn
// split: the list, the story and its links are; help and the sources take
// the whole screen.
func (a App) splitShown() bool {
	return a.splitOn() && (a.screen == screenList || a.screen == screenDetail || a.screen == screenLinks)
}

// panes returns the widths of the list pane and the story pane; a column
// between them holds the divider.
func (a App) panes() (list, story int) {
	story = min(a.width-1-minListPane, textWidth(a.width, a.opts.ReadingWidth)+storyPaneSlack)
	story = max(story, minStoryPane)
	return a.width - 1 - story, story
}

// storyWidth is the width the story is laid out in: its pane, or the
// whole screen.
func (a App) storyWidth() int {
	if a.splitOn() {
		_, story := a.panes()
		return story
	}
	return a.width
}

// listWidth is the width the list is laid out in.
func (a App) listWidth() int {
	if a.splitOn() {
		list, _ := a.panes()
		return list
	}
	return a.width
}

// toggleLayout switches between the split layout and one screen at a
// time, and says why when the terminal is too narrow to split.
func (a App) toggleLayout() (App, tea.Cmd) {
	if !a.splitOn() {
		if least := a.splitLeast(); a.width < least {
			return a.notify(fmt.Sprintf("The split layout needs a terminal at least %d columns wide; this one is %d.", least, a.width), false)
		}
		a.split = true
		if a.screen == screenList {
			a.story.story = nil // preview the selection afresh
		}
	} else {
		a.split = false
	}
	a = a.relayout()
	var cmd tea.Cmd
	if a.screen == screenDetail || a.screen == screenLinks {
		a, cmd = a.showStory(true)
	}
	return a, cmd
}

// relayout fits the list to its width after the layout or the size changed.
func (a App) relayout() App {
	a.list = a.list.resize(a.listWidth(), a.height)
	return a
}

// previewSelection shows the list's selection in the story pane while the
// list has the keyboard. It renders the selection in a command unless it
// is rendered or being rendered; a held key moves on faster than renders
// finish, so at most a.slots run at once, and handleBodyRendered
// starts the selection's when one ends.
func (a App) previewSelection() (App, tea.Cmd) {
	if !a.splitOn() || a.screen != screenList || a.width == 0 {
		return a, nil
	}
	seq, ok := a.list.selected()
	if !ok {
		a.story = storyView{pager: a.story.pager}
		a.story.pager.setLines(nil)
		return a, nil
	}
	s := a.stories.Story(seq)
	if a.story.story != nil && a.story.seq == seq && a.story.story.ID == s.ID {
		if a.story.partial && !a.pending[a.previewKey()] && len(a.pending) < a.slots {
			return a.renderPreview()
		}
		return a, nil
	}
	a.story.story, a.story.seq = s, seq
	a.story.article = false // a preview shows the feed's text
	a.story.links = nil
	a.story.shown = renderKey{}
	a.story.resumeAt, a.story.seekedTo = 0, 0
	width := textWidth(a.storyWidth(), a.opts.ReadingWidth)
	margin := max(0, (a.storyWidth()-width)/2)
	if r, ok := a.rendered[a.previewKey()]; ok {
		a.story = a.story.setContent(a.storyHeader(width), a.bodyText(r), margin)
		a.story.links = r.links
		a.story.shown, a.story.partial = a.previewKey(), false
		return a, nil
	}
	a.story = a.story.setContent(a.storyHeader(width), a.styles.App.Subtle.Render("Rendering…"), margin)
	a.story.partial = true
	if a.pending[a.previewKey()] || len(a.pending) >= a.slots {
		return a, nil
	}
	return a.renderPreview()
}

// previewKey is the render the story pane wants for its story.
func (a App) previewKey() renderKey {
	return renderKey{ID: a.story.story.ID, Width: textWidth(a.storyWidth(), a.opts.ReadingWidth), Theme: a.theme}
}

// renderPreview renders the previewed story.
func (a App) renderPreview() (App, tea.Cmd) {
	k := a.previewKey()
	a.pending[k] = true // a map: the App's own
	return a, renderCmd(k, a.story.story, false)
}

// previewing reports whether the story pane shows the list's selection.
func (a App) previewing() bool {
	return a.splitOn() && a.screen == screenList && a.story.story != nil
}

// drawSplit draws the list (or, with the keyboard on the story, still the
// list) beside the story or its links.
func (a App) drawSplit(e env) string {
	listW, storyW := a.panes()
	le, se := e, e
	le.width, se.width = listW, storyW
	storyFocus := a.screen != screenList
	left := a.list.draw(le, listStatus{
		loading: a.loading, refreshing: a.refreshStatus(), failed: a.failedSources(),
		footer: a.footerFor(listW, !storyFocus),
	})
	var right string
	switch {
	case a.screen == screenLinks:
		right = a.links.draw(se, a.story, a.footerFor(storyW, true))
	case a.story.story == nil:
		right = strings.Repeat("\n", max(0, a.height-1))
	default:
		where := fmt.Sprintf("%d/%d", a.list.cursor+1, len(a.list.view))
		right = a.story.draw(se, where, a.footerFor(storyW, storyFocus))
	}
	divider := e.styles.App.Rule
	if storyFocus {
		divider = e.styles.App.Subtle
	}
	return joinPanes(left, right, listW, storyW, a.height, divider.Render("│"))
}

// joinPanes sets two blocks of lines side by side, each cut or padded to
// its width, height lines in all.
func joinPanes(left, right string, lw, rw, height int, divider string) string {
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	var b strings.Builder
	for i := range height {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(padRight(ansi.Truncate(line(l, i), lw, ""), lw))
		b.WriteString(divider)
		b.WriteString(padRight(ansi.Truncate(line(r, i), rw, ""), rw))
	}
	return b.String()
}

func line(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

// handlePreviewRendered shows a finished render in the story pane if it is
// the previewed story's, then renders the selection if it still waits, and
// around it once the selection rests.
func (a App) handlePreviewRendered(msg BodyRendered, r renderedBody) (App, tea.Cmd) {
	want := a.previewKey()
	if msg.Key == want && !msg.Partial && a.story.partial {
		width := want.Width
		a.story = a.story.setContent(a.storyHeader(width), a.bodyText(r), max(0, (a.storyWidth()-width)/2))
		a.story.links = r.links
		a.story.shown, a.story.partial = want, false
	}
	if a.story.partial && !a.pending[want] {
		return a.renderPreview()
	}
	return a.renderAround()
}
