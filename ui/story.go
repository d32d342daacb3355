package ui

// The story screen: one story's header and rendered text in a pager. The
// App opens stories and keeps the render cache, since rendering ahead for
// the list's neighbours is its business; the screen scrolls and says what
// the user asked for.

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// storyView is the story in front of the user: which story, its rendered
// text in a pager, and its numbered links.
type storyView struct {
	story   *model.Story
	links   []string // link targets by number - 1, known once rendered
	shown   renderKey
	partial bool // the pager holds a placeholder or only the opening of a long story
	// resumeAt is how far through the text (0-1) to show the next render
	// of this story: kept across a resize or a change of theme.
	resumeAt float64
	pager    pager
}

// setContent puts the header and a body into the pager, each line indented
// by margin to centre the text column, scrolled to the top.
func (d storyView) setContent(head, body string, margin int) storyView {
	pad := strings.Repeat(" ", margin)
	var lines []string
	for _, part := range []string{head, "", body} {
		for line := range strings.SplitSeq(part, "\n") {
			lines = append(lines, pad+line)
		}
	}
	d.pager.top()
	d.pager.setLines(lines)
	return d
}

// position is the reading position shown in the footer.
func (d storyView) position() string {
	if d.pager.fits() {
		return "All"
	}
	return fmt.Sprintf("%3d%%", d.pager.percent())
}

// update handles a key on the story screen.
func (d storyView) update(msg tea.KeyPressMsg, k *KeyMap) (storyView, outcome) {
	pg := &d.pager
	switch {
	case key.Matches(msg, k.ToggleRead):
		return d, outcome{do: actToggleRead}
	case key.Matches(msg, k.ToggleStar):
		return d, outcome{do: actToggleStar}
	case key.Matches(msg, k.NextUnread):
		return d, outcome{do: actNextUnread}
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		return d, outcome{do: actBack}
	case key.Matches(msg, k.Help):
		return d, outcome{do: actHelp}
	case key.Matches(msg, k.Down):
		pg.scroll(1)
	case key.Matches(msg, k.Up):
		pg.scroll(-1)
	case key.Matches(msg, k.PageDown):
		pg.page(1)
	case key.Matches(msg, k.PageUp):
		pg.page(-1)
	case key.Matches(msg, k.Top):
		pg.top()
	case key.Matches(msg, k.Bottom):
		pg.bottom()
	case key.Matches(msg, k.NextStory):
		return d, outcome{do: actStepStory, dir: 1}
	case key.Matches(msg, k.PrevStory):
		return d, outcome{do: actStepStory, dir: -1}
	case key.Matches(msg, k.OpenLink):
		return d, outcome{do: actOpenLink, url: d.story.Link}
	case key.Matches(msg, k.CopyLink):
		return d, outcome{do: actCopyLink, url: d.story.Link}
	case key.Matches(msg, k.Links):
		return d, outcome{do: actLinks}
	}
	return d, outcome{}
}

// draw draws the story screen; where is the story's place in the list.
func (d storyView) draw(e env, where string, footer func(string) string) string {
	left := d.story.Source
	if left == "" {
		left = "story"
	}
	st := e.styles
	pos := st.Story.Position.Render(d.position())
	status := ansi.Truncate(st.App.Subtle.Render(left), max(8, e.width/4), "…") + "  " + st.App.Subtle.Render(where) + "  " + pos
	return d.pager.view() + "\n" + footer(status)
}

// openStory shows the story with sequence number seq and marks it read.
func (a App) openStory(seq int32) (App, tea.Cmd) {
	s := a.stories.Story(seq)
	a.screen = screenDetail
	var mark tea.Cmd
	if !a.opts.NoState {
		a, mark = a.markRead(seq, true)
	}
	a.list.tabs = buildTabs(a.stories, a.list.scope, a.opts.Searches) // the unread counts changed
	a.story.story = s
	a.story.links = nil
	a.story.shown = renderKey{}
	a.links = linksScreen{}
	a, cmd := a.showStory(false)
	return a, tea.Batch(cmd, mark)
}

// stepStory opens the next or previous story of the current list.
func (a App) stepStory(dir int) (App, tea.Cmd) {
	i := a.list.cursor + dir
	if i < 0 || i >= len(a.list.view) {
		edge := "last"
		if dir < 0 {
			edge = "first"
		}
		return a.notify(fmt.Sprintf("This is the %s story in the list.", edge), false)
	}
	a.list.storyList = a.list.moveTo(i)
	return a.openStory(a.list.view[i])
}

// showStory puts the current story on screen from the render cache, or asks
// for it to be rendered (and its neighbours ahead of time).
func (a App) showStory(keepOffset bool) (App, tea.Cmd) {
	if a.story.story == nil || a.width == 0 {
		return a, nil
	}
	width := textWidth(a.width, a.opts.ReadingWidth)
	k := renderKey{ID: a.story.story.ID, Width: width, Theme: a.theme}
	head := header(a.story.story, a.styles, width, a.opts.Location)
	margin := max(0, (a.width-width)/2)
	switch {
	case !keepOffset:
		a.story.resumeAt = 0
	case !a.story.partial:
		a.story.resumeAt = a.story.pager.fraction()
	}
	var cmds []tea.Cmd
	if r, ok := a.rendered[k]; ok {
		a.story = a.story.setContent(head, a.bodyText(r), margin)
		a.story.links = r.links
		a.story.pager.seek(a.story.resumeAt)
		a.story.shown, a.story.partial = k, false
	} else {
		a.story = a.story.setContent(head, a.styles.App.Subtle.Render("Rendering…"), margin)
		a.story.shown, a.story.partial = renderKey{}, true
		// A freshly opened story shows its opening first (the whole of a
		// short one), even when its whole text is already being rendered
		// ahead; a resize waits for the whole text, to resume at the same
		// point in it.
		if !keepOffset {
			cmds = append(cmds, renderCmd(k, a.story.story, true))
		}
		if !a.pending[k] {
			a.pending[k] = true
			cmds = append(cmds, renderCmd(k, a.story.story, false))
		}
	}
	cmds = append(cmds, a.prefetch(width)...)
	return a, tea.Batch(cmds...)
}

// prefetch renders the stories n and p would open, so they show at once.
func (a App) prefetch(width int) []tea.Cmd {
	var cmds []tea.Cmd
	for _, d := range []int{1, -1} {
		i := a.list.cursor + d
		if i < 0 || i >= len(a.list.view) {
			continue
		}
		s := a.stories.Story(a.list.view[i])
		k := renderKey{ID: s.ID, Width: width, Theme: a.theme}
		if _, done := a.rendered[k]; done || a.pending[k] {
			continue
		}
		a.pending[k] = true
		cmds = append(cmds, renderCmd(k, s, false))
	}
	return cmds
}

// maxRendered bounds the render cache; past it the cache starts afresh.
const maxRendered = 256

func (a App) handleBodyRendered(msg BodyRendered) (App, tea.Cmd) {
	if !msg.Partial {
		delete(a.pending, msg.Key)
	}
	if msg.Story != nil {
		a.stories.Complete(msg.Story)
		if a.story.story != nil && a.story.story.ID == msg.Story.ID {
			a.story.story = msg.Story
		}
	}
	r := renderedBody{out: msg.Out, links: msg.Links, err: msg.Err}
	if !msg.Partial {
		if len(a.rendered) >= maxRendered {
			clear(a.rendered)
		}
		a.rendered[msg.Key] = r
	}
	cur := a.story.story
	if cur == nil || (a.screen != screenDetail && a.screen != screenLinks) {
		return a.renderAround()
	}
	want := renderKey{ID: cur.ID, Width: textWidth(a.width, a.opts.ReadingWidth), Theme: a.theme}
	if msg.Key != want || (msg.Partial && !a.story.partial) {
		return a, nil // stale: the user has moved on, or the full text is already in
	}
	a.story.links = r.links
	// Going from a long story's opening to its full text keeps the line the
	// reader is on; any other render resumes at the same point of the text.
	fromOpening := a.story.shown == want && a.story.partial
	line := a.story.pager.offset
	head := header(cur, a.styles, want.Width, a.opts.Location)
	a.story = a.story.setContent(head, a.bodyText(r), max(0, (a.width-want.Width)/2))
	if fromOpening {
		a.story.pager.scroll(line)
	} else {
		a.story.pager.seek(a.story.resumeAt)
	}
	a.story.shown, a.story.partial = want, msg.Partial
	return a, nil
}

// bodyText is what the story view shows as the body: the render, or the
// Markdown as written under a note when rendering failed.
func (a App) bodyText(r renderedBody) string {
	if r.err == nil {
		return r.out
	}
	note := fmt.Sprintf("This story could not be rendered (%v). Its text follows as written.", r.err)
	return a.styles.App.Error.Render(note) + "\n\n" + r.out
}

// restPause is how long the list's selection must stay on a story before
// it and its neighbours are rendered ahead: moving through the list costs
// nothing, and enter on a story the user has paused at finds it rendered.
const restPause = 100 * time.Millisecond

// maxInFlight bounds the renders ahead under way at once, so rendering
// never crowds out the program on a small machine.
const maxInFlight = 2

// renderAhead follows the list's selection, to render the story it rests
// on before the user opens it.
type renderAhead struct {
	seq     int32 // the selection last seen
	seen    bool  // seq is set
	gen     int   // bumped on every move: a SelectionRested for an older one is stale
	resting bool  // the selection has rested on seq; keep rendering around it
}

// watchSelection notes a move of the list's selection and asks to be told
// when it rests. While a filter is typed the selection is not watched: the
// next enter closes the filter line, not opens a story.
func (a App) watchSelection() (App, tea.Cmd) {
	if a.screen != screenList || a.list.typing {
		return a, nil
	}
	seq, ok := a.list.selected()
	if !ok || (a.ahead.seen && seq == a.ahead.seq) {
		return a, nil
	}
	a.ahead = renderAhead{seq: seq, seen: true, gen: a.ahead.gen + 1}
	gen := a.ahead.gen
	return a, a.tick(restPause, func(time.Time) tea.Msg { return SelectionRested{Gen: gen} })
}

func (a App) handleSelectionRested(msg SelectionRested) (App, tea.Cmd) {
	if msg.Gen != a.ahead.gen {
		return a, nil // it moved on since
	}
	a.ahead.resting = true
	return a.renderAround()
}

// renderAround renders the selected story, then the next and the previous,
// while the selection rests on the list, a couple at a time.
func (a App) renderAround() (App, tea.Cmd) {
	if !a.ahead.resting || a.screen != screenList || a.width == 0 {
		return a, nil
	}
	width := textWidth(a.width, a.opts.ReadingWidth)
	var cmds []tea.Cmd
	for _, d := range []int{0, 1, -1} {
		if len(a.pending) >= maxInFlight {
			break
		}
		i := a.list.cursor + d
		if i < 0 || i >= len(a.list.view) {
			continue
		}
		s := a.stories.Story(a.list.view[i])
		k := renderKey{ID: s.ID, Width: width, Theme: a.theme}
		if _, done := a.rendered[k]; done || a.pending[k] {
			continue
		}
		a.pending[k] = true
		cmds = append(cmds, renderCmd(k, s, false))
	}
	return a, tea.Batch(cmds...)
}
