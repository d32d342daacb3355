package ui

// The story screen: one story's header and rendered text in a pager. The
// App opens stories and keeps the render cache, since rendering ahead for
// the list's neighbours is its business; the screen scrolls and says what
// the user asked for.

import (
	"fmt"
	"runtime"
	"slices"
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
	seq     int32    // the story's sequence number in the collection
	head    int      // how many lines of the pager are the header
	links   []string // link targets by number - 1, known once rendered
	shown   renderKey
	partial bool // the pager holds a placeholder or only the opening of a long story
	// neighboursDue: the story's own frame has had its time (NeighboursDue
	// came), so the stories n, p and c would open may be rendered ahead.
	neighboursDue bool
	// resumeAt is where in the text (letters from the start, see
	// pager.textOffset) the next render of this story shows at the top:
	// kept across a resize or a change of theme. seekedTo is the pager's
	// offset that put it there: while the reader has not scrolled since,
	// resumeAt stands, though a taller screen had to show an earlier line
	// (at the end of the text), so going back shows the same place again.
	resumeAt int
	seekedTo int
	pager    pager
	find     storySearch // the search of the story (/)
	// article says the reader asked for the article of the page the
	// story links to in place of its text (shown once it is fetched).
	article bool
}

// setContent puts the header and a body into the pager, each line indented
// by margin to centre the text column, scrolled to the top.
func (d storyView) setContent(head, body string, margin int) storyView {
	lines := indent(nil, head, margin)
	d.head = len(lines)
	lines = indent(lines, "\n"+body, margin)
	d.pager.top()
	d.pager.setLines(lines)
	return d.textChanged()
}

// indent appends the lines of text to lines, each indented by margin.
func indent(lines []string, text string, margin int) []string {
	pad := strings.Repeat(" ", margin)
	for line := range strings.SplitSeq(text, "\n") {
		lines = append(lines, pad+line)
	}
	return lines
}

// setHeader replaces the header in the pager, where the reader is.
func (d storyView) setHeader(head string, margin int) storyView {
	lines := indent(nil, head, margin)
	d.pager.setLines(append(lines, d.pager.lines[d.head:]...))
	d.head = len(lines)
	return d.textChanged()
}

// notePlace keeps the reader's place in resumeAt, if they have scrolled
// since it was last taken.
func (d storyView) notePlace() storyView {
	if !d.partial && d.pager.offset != d.seekedTo {
		d.resumeAt, d.seekedTo = d.pager.textOffset(), d.pager.offset
	}
	return d
}

// resize fits the pager to a new height, keeping the reader's place for
// the render at the new width.
func (d storyView) resize(height int) storyView {
	d = d.notePlace()
	d.pager.setHeight(height)
	if !d.partial {
		d.seekedTo = d.pager.offset // moved by the new height, not by the reader
	}
	return d
}

// resume scrolls to the place kept in resumeAt.
func (d storyView) resume() storyView {
	d.pager.seekText(d.resumeAt)
	d.seekedTo = d.pager.offset
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
	case key.Matches(msg, k.SearchNext):
		return d.stepHit(1), outcome{}
	case key.Matches(msg, k.SearchPrev):
		return d.stepHit(-1), outcome{}
	case key.Matches(msg, k.SearchClear):
		return d.endSearch(), outcome{}
	case key.Matches(msg, k.StorySearch):
		return d.beginSearch(), outcome{}
	case key.Matches(msg, k.ReadOn) && pg.atEnd() && !d.partial:
		return d, outcome{do: actReadOn}
	case key.Matches(msg, k.Undo):
		return d, outcome{do: actUndo}
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
		return d, outcome{do: actOpenLink, url: d.story.Link(), story: d.story}
	case key.Matches(msg, k.CopyLink):
		return d, outcome{do: actCopyLink, url: d.story.Link(), story: d.story}
	case key.Matches(msg, k.Links):
		return d, outcome{do: actLinks}
	case key.Matches(msg, k.Article):
		return d, outcome{do: actArticle, seq: d.seq}
	case key.Matches(msg, k.CoverageNext):
		return d, outcome{do: actCoverage, dir: 1}
	case key.Matches(msg, k.CoveragePrev):
		return d, outcome{do: actCoverage, dir: -1}
	}
	return d, outcome{}
}

// draw draws the story screen; where is the story's place in the list.
func (d storyView) draw(e env, where string, footer func(string) string) string {
	var text string
	if len(d.find.hits) > 0 {
		text = d.pager.viewWith(func(i int, line string) string { return d.marked(i, line, e.styles) })
	} else {
		text = d.pager.view()
	}
	if d.find.typing {
		return text + "\n" + d.searchLine(e)
	}
	return text + "\n" + footer(d.status(e, where, footer))
}

// status is the footer's left side: the source, the place in the list and
// the reading position, cut to leave the keys their room, so that "? help"
// always shows. The source goes first, then the place in the list.
func (d storyView) status(e env, where string, footer func(string) string) string {
	st := e.styles
	pos := d.position()
	// The keys are what the footer draws with nothing on its left.
	keys := ansi.StringWidth(strings.TrimLeft(ansi.Strip(footer("")), " "))
	room := e.width - keys - 2 // the footer keeps a gap of 2 before the keys
	source := d.story.Source
	if source == "" {
		source = "story"
	}
	parts := []string{st.Story.Position.Render(pos)}
	if d.find.query != "" {
		// The search has room first: n and N are its keys while it is on.
		search := d.searchStatus(e, room-ansi.StringWidth(pos)-2)
		parts = append([]string{search}, parts...)
		room -= ansi.StringWidth(search) + 2
	}
	if used := ansi.StringWidth(where) + 2 + ansi.StringWidth(pos); used <= room {
		parts = append([]string{st.App.Subtle.Render(where)}, parts...)
		if left := min(room-used-2, max(8, e.width/4)); left >= 6 {
			parts = append([]string{st.App.Subtle.Render(ansi.Truncate(source, left, "…"))}, parts...)
		}
	}
	return strings.Join(parts, "  ")
}

// openStory shows the story with sequence number seq and marks it read.
func (a App) openStory(seq int32) (App, tea.Cmd) {
	s := a.stories.Story(seq)
	a.storyBack = screenList
	if a.screen == screenFront {
		// esc comes back to the front page; n and p go on through the
		// list, from the story in it.
		a.storyBack = screenFront
		if i := slices.Index(a.list.view, seq); i >= 0 {
			a.list.storyList = a.list.moveTo(i)
		}
	}
	a.screen = screenDetail
	var mark tea.Cmd
	if !a.opts.NoState {
		a, mark = a.markRead(seq, true)
	}
	a.list.tabs = buildTabs(a.stories, a.list.scope, a.env().savedSearches()) // the unread counts changed
	a.story.story, a.story.seq = s, seq
	a.story = a.story.endSearch()
	a.story.links = nil
	a.story.shown = renderKey{}
	a.story.neighboursDue = false
	a.story.article = false
	a.links = linksScreen{}
	a, cmd := a.showStory(false)
	return a, tea.Batch(cmd, mark)
}

// storyHeader is the open story's header, with its marks.
func (a App) storyHeader(width int) string {
	marks := ""
	if !a.opts.NoState {
		marks = markText(a.stories.State(a.story.seq))
	}
	return withNote(a.headerOf(a.story.seq, a.story.story, width, marks), a.articleNote(width))
}

// headKey is what a story's header is drawn from: the story (a whole one
// is another pointer), the width, its marks and the read marks of the
// other stories of its event, which its coverage block shows.
type headKey struct {
	story *model.Story
	width int
	marks string
	cover string
}

// maxHeads bounds the header cache; past it the cache starts afresh.
const maxHeads = 64

// headerOf is story seq's header and coverage block, kept by headKey.
// Wrapping its headline and summary and laying out its coverage took
// 0.4-0.9 ms of enter's Update at 100,000 stories; the header a story
// will have once opened is made while the list rests on it (headAhead).
func (a App) headerOf(seq int32, s *model.Story, width int, marks string) string {
	k := headKey{story: s, width: width, marks: marks, cover: a.coverageMarks(seq)}
	if h, ok := a.heads[k]; ok {
		return h
	}
	h := withNote(header(s, a.styles, width, a.opts.Location, marks), a.coverageBlock(seq, width))
	if a.heads == nil {
		return h
	}
	if len(a.heads) >= maxHeads {
		clear(a.heads)
	}
	a.heads[k] = h
	return h
}

// headAhead makes the header story seq will have when it is opened
// (read, as opening marks it) at width: renderAround calls it for the
// list's selection once its body is rendered ahead.
func (a App) headAhead(seq int32, width int) {
	marks := ""
	if !a.opts.NoState {
		st := a.stories.State(seq)
		st.Read = true
		marks = markText(st)
	}
	a.headerOf(seq, a.stories.Story(seq), width, marks)
}

// markText is a story's marks as its header shows them.
func markText(st model.StoryState) string {
	read := "● unread"
	if st.Read {
		read = "read"
	}
	if st.Starred {
		return "★ starred · " + read
	}
	return read
}

// storyMarked shows the open story's new marks, in its header and in a
// footer notice that each press renews.
func (a App) storyMarked(do act) (App, tea.Cmd) {
	a = a.showMarks()
	st := a.stories.State(a.story.seq)
	var text string
	switch {
	case do == actToggleStar && st.Starred:
		text = "Starred: " + a.story.story.Title
	case do == actToggleStar:
		text = "Unstarred: " + a.story.story.Title
	case st.Read:
		text = "Marked read: " + a.story.story.Title
	default:
		text = "Marked unread: " + a.story.story.Title
	}
	return a.notify(text, false)
}

// showMarks shows the open story's marks, as they are now, in its header.
func (a App) showMarks() App {
	width := textWidth(a.storyWidth(), a.opts.ReadingWidth)
	a.story = a.story.setHeader(a.storyHeader(width), max(0, (a.storyWidth()-width)/2))
	return a
}

// readOn opens the next unread story after the one read to its end (space
// there), as N does; without a library, where nothing is read, the next
// story.
func (a App) readOn() (App, tea.Cmd) {
	if a.opts.NoState {
		return a.stepStory(1)
	}
	return a.nextUnread()
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

// handleStoryRead keeps a story read whole from the library and, when it
// is the one open (still partial), shows its whole header.
func (a App) handleStoryRead(msg StoryRead) App {
	a.stories.Complete(msg.Story)
	if cur := a.story.story; cur != nil && cur.Partial && cur.ID == msg.Story.ID {
		a.story.story = msg.Story
		a = a.showMarks() // the header, where the reader is
	}
	return a
}

// showStory puts the current story on screen from the render cache, or asks
// for it to be rendered (and its neighbours ahead of time).
func (a App) showStory(keepOffset bool) (App, tea.Cmd) {
	if a.story.story == nil || a.width == 0 {
		return a, nil
	}
	width := textWidth(a.storyWidth(), a.opts.ReadingWidth)
	k := a.storyKey(width)
	head := a.storyHeader(width)
	margin := max(0, (a.storyWidth()-width)/2)
	if keepOffset {
		a.story = a.story.notePlace()
	} else {
		a.story.resumeAt, a.story.seekedTo = 0, 0
	}
	var cmds []tea.Cmd
	if r, ok := a.rendered[k]; ok {
		a.story = a.story.setContent(head, a.bodyText(r), margin)
		a.story.links = r.links
		a.story = a.story.resume()
		a.story.shown, a.story.partial = k, false
	} else {
		a.story = a.story.setContent(head, a.styles.App.Subtle.Render("Rendering…"), margin)
		a.story.shown, a.story.partial = renderKey{}, true
		// A freshly opened story shows its opening first (the whole of a
		// short one), even when its whole text is already being rendered
		// ahead; a resize waits for the whole text, to resume at the same
		// point in it.
		if !keepOffset {
			cmds = append(cmds, a.renderStoryCmd(k, true))
		}
		if !a.pending[k] {
			a.pending[k] = true
			cmds = append(cmds, a.renderStoryCmd(k, false))
		}
	}
	seq := a.story.seq
	cmds = append(cmds, a.tick(prefetchPause, func(time.Time) tea.Msg { return NeighboursDue{Seq: seq} }))
	return a, tea.Batch(cmds...)
}

// prefetch renders the stories n, p and c would open, so they show at once,
// while a render slot is free; each render that ends asks again.
func (a App) prefetch() (App, tea.Cmd) {
	if a.story.story == nil || !a.story.neighboursDue || a.screen != screenDetail || a.width == 0 {
		return a, nil
	}
	width := textWidth(a.storyWidth(), a.opts.ReadingWidth)
	cmds := a.renderNear(width, []int{1, -1}, a.slots)
	if len(a.pending) < a.slots {
		cmds = append(cmds, a.prefetchCoverage(width))
	}
	return a, tea.Batch(cmds...)
}

func (a App) handleNeighboursDue(msg NeighboursDue) (App, tea.Cmd) {
	if msg.Seq != a.story.seq {
		return a, nil // another story is open now
	}
	a.story.neighboursDue = true
	return a.prefetch()
}

// renderNear starts renders of the stories at these distances from the
// list's selection that are neither rendered nor being rendered, while
// fewer than limit renders are under way (0: no limit).
func (a App) renderNear(width int, distances []int, limit int) []tea.Cmd {
	var cmds []tea.Cmd
	for _, d := range distances {
		if limit > 0 && len(a.pending) >= limit {
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
		a.pending[k] = true // a map: the App's own
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
	if a.previewing() {
		return a.handlePreviewRendered(msg, r)
	}
	if cur == nil || (a.screen != screenDetail && a.screen != screenLinks) {
		return a.renderAround()
	}
	want := a.storyKey(textWidth(a.storyWidth(), a.opts.ReadingWidth))
	if msg.Key != want || (msg.Partial && !a.story.partial) {
		// Stale (the user has moved on, or the full text is already in),
		// or a story rendered ahead: a slot is free for the next.
		return a.prefetch()
	}
	a.story.links = r.links
	// Going from a long story's opening to its full text keeps the line the
	// reader is on; any other render resumes at the same point of the text.
	fromOpening := a.story.shown == want && a.story.partial
	line := a.story.pager.offset
	head := a.storyHeader(want.Width)
	a.story = a.story.setContent(head, a.bodyText(r), max(0, (a.storyWidth()-want.Width)/2))
	if fromOpening {
		a.story.pager.scroll(line)
	} else {
		a.story = a.story.resume()
	}
	a.story.shown, a.story.partial = want, msg.Partial
	return a.prefetch()
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
// it and its neighbours are rendered ahead: moving through the list (a held
// key repeats 25-40 times a second) costs nothing, and enter on a story the
// user has paused at, or a search's match, finds it rendered.
const restPause = 60 * time.Millisecond

// renderSlots is how many renders ahead may be under way at once: two, but
// always one core fewer than the machine has, so a render ahead never
// takes the core the next key needs (on two cores a key drawn while two
// renders ran waited for the scheduler: 3 ms more in tmux).
func renderSlots() int {
	return min(2, max(1, runtime.GOMAXPROCS(0)-1))
}

// prefetchPause is how long an opened story waits before the stories n, p
// and c would open are rendered ahead: its own frame is drawn first.
const prefetchPause = 20 * time.Millisecond

// renderAhead follows the list's selection, to render the story it rests
// on before the user opens it.
type renderAhead struct {
	seq     int32 // the selection last seen
	seen    bool  // seq is set
	gen     int   // bumped on every move: a SelectionRested for an older one is stale
	resting bool  // the selection has rested on seq; keep rendering around it
}

// watchSelection notes a move of the list's selection and asks to be told
// when it rests. While a filter is typed, the top match counts as resting
// at once: enter (which closes the filter line) then enter again opens it
// rendered.
func (a App) watchSelection() (App, tea.Cmd) {
	if a.screen != screenList {
		return a, nil
	}
	seq, ok := a.list.selected()
	if !ok || (a.ahead.seen && seq == a.ahead.seq) {
		return a, nil
	}
	a.ahead = renderAhead{seq: seq, seen: true, gen: a.ahead.gen + 1}
	gen := a.ahead.gen
	if a.list.typing {
		// A filter's top match changes once per keystroke, not 30 times
		// a second: render it at once (a couple at a time, as ever), so
		// enter, enter finds it rendered however quickly they come.
		return a, func() tea.Msg { return SelectionRested{Gen: gen} }
	}
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
	width := textWidth(a.storyWidth(), a.opts.ReadingWidth)
	if seq, ok := a.list.selected(); ok {
		if _, done := a.rendered[renderKey{ID: a.stories.Story(seq).ID, Width: width, Theme: a.theme}]; done {
			a.headAhead(seq, width)
		}
	}
	return a, tea.Batch(a.renderNear(width, []int{0, 1, -1}, a.slots)...)
}
