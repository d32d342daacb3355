package ui

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// chrome is the rows the list screen spends outside the list: tab bar, rule,
// rule, footer.
const chrome = 4

func (a App) handleResize(msg tea.WindowSizeMsg) (App, tea.Cmd) {
	a.width, a.height = msg.Width, msg.Height
	a.list = a.list.resize(a.height - chrome)
	a.help.SetWidth(a.width)
	a.input.SetWidth(max(10, a.width-4))
	a.story.pager.setHeight(a.height - 1)
	if a.screen == screenDetail || a.screen == screenLinks {
		return a.showStory(true)
	}
	return a, nil
}

func (a App) handleBackground(msg tea.BackgroundColorMsg) (App, tea.Cmd) {
	if a.opts.ThemeForced {
		return a, nil
	}
	t := Dark
	if !msg.IsDark() {
		t = Light
	}
	if t == a.theme {
		return a, nil
	}
	a = a.restyle(t)
	if a.screen == screenDetail || a.screen == screenLinks {
		return a.showStory(true)
	}
	return a, nil
}

func (a App) handleStoriesLoaded(msg StoriesLoaded) (App, tea.Cmd) {
	var note tea.Cmd
	if msg.Progress != nil {
		a, note = a.noteProgress(*msg.Progress)
	}
	n := a.stories.Add(msg.Prepared)
	if a.refresh != nil {
		a.refreshNew += n
	}
	if msg.From.Kind != model.FromLibrary || msg.Err != nil {
		i := a.sourceIndex(msg.From)
		a.sources[i].err = cmp.Or(msg.Err, a.sources[i].err)
		a.sources[i].stories += n
	}
	if n > 0 {
		a = a.refreshView()
	}
	return a, tea.Batch(note, waitForBatch(a.opts.Batches))
}

// sourceIndexOf finds the sources screen row for a source name that has one.
func (a App) sourceIndexOf(name string) int {
	for i, s := range a.sources {
		if s.origin.String() == name {
			return i
		}
	}
	return 0
}

// sourceIndex finds (or adds) the sources screen row for an origin.
func (a *App) sourceIndex(from model.Origin) int {
	for i, s := range a.sources {
		if s.origin == from {
			return i
		}
	}
	a.sources = append(a.sources, sourceState{origin: from})
	return len(a.sources) - 1
}

// refreshView recomputes the tabs and the list's rows from the scope and the
// filter, keeping the selected story selected.
//
// Until the user moves, the top row stays selected, so stories streaming in
// while the reader starts leave the newest on screen.
func (a App) refreshView() App {
	a.tabs = buildTabs(a.stories, a.scope, a.opts.Searches)
	view := a.stories.ViewText(a.scope, a.query, a.only, a.textHits)
	if a.searchTab > 0 {
		// A saved search's tab: its stories, narrowed by the filter.
		in := map[int32]bool{}
		for _, seq := range a.stories.View(model.Everywhere(), a.opts.Searches[a.searchTab-1].Query, model.Only{}) {
			in[seq] = true
		}
		view = slices.DeleteFunc(view, func(seq int32) bool { return !in[seq] })
	}
	a.list = a.list.setView(view)
	if !a.moved {
		a.list = a.list.moveTo(0)
	}
	return a
}

func (a App) handleKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	if key.Matches(msg, a.keys.ForceQuit) {
		return a, tea.Quit
	}
	switch a.screen {
	case screenDetail:
		return a.handleStoryKey(msg)
	case screenLinks:
		return a.handleLinksKey(msg)
	case screenSources:
		return a.handleSourcesKey(msg)
	case screenHelp:
		if key.Matches(msg, a.keys.Help, a.keys.Back, a.keys.Quit) {
			a.screen = a.back
		}
		return a, nil
	}
	if a.typing {
		return a.handleFilterKey(msg)
	}
	return a.handleListKey(msg)
}

func (a App) handleListKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	k := a.keys
	if a.confirmAll {
		return a.handleConfirm(msg)
	}
	seq, ok := a.list.selected()
	if a, cmd, done := a.handleMarkKey(msg, seq, ok); done {
		return a, cmd
	}
	if key.Matches(msg, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom, k.Open) {
		a.moved = true
	}
	switch {
	case key.Matches(msg, k.Quit):
		return a, tea.Quit
	case key.Matches(msg, k.Down):
		a.list = a.list.moveBy(1)
	case key.Matches(msg, k.Up):
		a.list = a.list.moveBy(-1)
	case key.Matches(msg, k.PageDown):
		a.list = a.list.page(1)
	case key.Matches(msg, k.PageUp):
		a.list = a.list.page(-1)
	case key.Matches(msg, k.Top):
		a.list = a.list.moveTo(0)
	case key.Matches(msg, k.Bottom):
		a.list = a.list.moveTo(len(a.list.view) - 1)
	case key.Matches(msg, k.NextTab):
		return a.switchTab(1), nil
	case key.Matches(msg, k.PrevTab):
		return a.switchTab(-1), nil
	case key.Matches(msg, k.Filter):
		a.typing = true
		a.input.SetValue(a.query.String())
		a.input.CursorEnd()
		return a, a.input.Focus()
	case key.Matches(msg, k.Sources):
		a.screen, a.sourceTop = screenSources, 0
		return a, a.listFeeds()
	case key.Matches(msg, k.Refresh):
		return a.askRefresh(nil, "")
	case key.Matches(msg, k.UnreadOnly):
		return a.toggleOnly(true, false), nil
	case key.Matches(msg, k.StarredOnly):
		return a.toggleOnly(false, true), nil
	case key.Matches(msg, k.MarkAllRead):
		return a.askMarkAll(), nil
	case key.Matches(msg, k.Help):
		a.back, a.screen = a.screen, screenHelp
	case key.Matches(msg, k.Open):
		if seq, ok := a.list.selected(); ok {
			return a.openStory(seq)
		}
	case key.Matches(msg, k.FilterClear):
		// esc on the list clears a kept filter and never quits.
		if !a.query.Empty() {
			a.query, a.textHits = model.Search{}, nil
			a = a.refreshView()
		}
	}
	return a, nil
}

// switchTab moves to the next or previous region tab.
func (a App) switchTab(dir int) App {
	if len(a.tabs) == 0 {
		return a
	}
	i := (tabIndex(a.tabs, a.scope, a.searchTab) + dir + len(a.tabs)) % len(a.tabs)
	a.scope, a.searchTab = a.tabs[i].scope, a.tabs[i].search
	a.only.Keep = map[int32]bool{}
	a = a.refreshView()
	a.list = a.list.moveTo(0)
	return a
}

func (a App) handleFilterKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	switch {
	case key.Matches(msg, a.keys.FilterApply):
		// A query that does not parse is not kept: the last one that did is.
		a.typing, a.queryErr = false, nil
		a.input.Blur()
		return a, nil
	case key.Matches(msg, a.keys.FilterClear):
		a.typing, a.queryErr = false, nil
		a.input.Blur()
		a.input.SetValue("")
		a.query, a.textHits = model.Search{}, nil
		return a.refreshView(), nil
	case msg.String() == "down" || msg.String() == "up":
		// Arrows still move the selection while typing.
		return a.handleListKey(msg)
	}
	var cmd, ask tea.Cmd
	a.input, cmd = a.input.Update(msg)
	a, ask = a.applyTyped()
	return a, tea.Batch(cmd, ask)
}

// applyTyped runs the query in the filter line, if it changed and parses;
// otherwise the list keeps the last query that did and the error shows.
// It returns the command that asks the library's full-text index.
func (a App) applyTyped() (App, tea.Cmd) {
	var ask tea.Cmd
	if v := a.input.Value(); v != a.query.String() {
		q, err := model.ParseSearch(v)
		if unread, read, starred := q.State(); err == nil && a.opts.NoState && (unread || read || starred) {
			err = errors.New("is: needs the library; run dateline without --no-library")
		}
		a.queryErr = err
		if err == nil {
			a.query, a.textHits, a.textErr, a.textPartial = q, nil, nil, false
			a.only.Keep = map[int32]bool{}
			a = a.refreshView()
			a.list = a.list.moveTo(0)
			ask = a.askFullText()
		}
	} else {
		a.queryErr = nil
	}
	return a, ask
}

func (a App) handleLinksKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	k := a.keys
	n := len(a.story.links)
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		a.screen = screenDetail
	case key.Matches(msg, k.Help):
		a.back, a.screen = a.screen, screenHelp
	case key.Matches(msg, k.Down):
		a.linkIndex = min(a.linkIndex+1, n-1)
	case key.Matches(msg, k.Up):
		a.linkIndex = max(a.linkIndex-1, 0)
	case key.Matches(msg, k.Top):
		a.linkIndex = 0
	case key.Matches(msg, k.Bottom):
		a.linkIndex = max(0, n-1)
	case key.Matches(msg, k.Open), key.Matches(msg, k.OpenLink):
		return a.openLink(a.currentLink())
	case key.Matches(msg, k.CopyLink):
		return a.copyLink(a.currentLink())
	default:
		// A digit picks a link by its number.
		if s := msg.String(); len(s) == 1 && s[0] >= '1' && s[0] <= '9' && int(s[0]-'1') < n {
			a.linkIndex = int(s[0] - '1')
		}
	}
	return a, nil
}

// currentLink is the link under the cursor of the links screen, or the
// story's own link when its text has none.
func (a App) currentLink() string {
	if a.linkIndex < 0 || a.linkIndex >= len(a.story.links) {
		return a.story.story.Link
	}
	return a.story.links[a.linkIndex]
}

func (a App) handleSourcesKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	k := a.keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit), key.Matches(msg, k.Sources):
		a.screen = screenList
	case key.Matches(msg, k.Help):
		a.back, a.screen = a.screen, screenHelp
	case key.Matches(msg, k.Down):
		a.sourceTop = min(a.sourceTop+1, max(0, len(a.sourceRows())-1))
	case key.Matches(msg, k.Up):
		a.sourceTop = max(a.sourceTop-1, 0)
	case key.Matches(msg, k.Refresh) && a.sourceTop < len(a.feeds):
		f := a.feeds[a.sourceTop]
		return a.askRefresh(&f.Origin, f.Name)
	case key.Matches(msg, k.Open):
		if name, ok := a.sourceOnTop(); ok && a.sourceTop < len(a.feeds) {
			return a.showSource(name), nil
		}
	}
	return a, nil
}

func (a App) handleWheel(msg tea.MouseWheelMsg) (App, tea.Cmd) {
	step := 0
	switch msg.Button {
	case tea.MouseWheelDown:
		step = 3
	case tea.MouseWheelUp:
		step = -3
	}
	switch a.screen {
	case screenList:
		a.moved = true
		a.list = a.list.moveBy(step)
	case screenDetail:
		a.story.pager.scroll(step)
	}
	return a, nil
}

func (a App) openLink(u string) (App, tea.Cmd) {
	if u == "" {
		return a.notify("This story has no link.", true)
	}
	return a, openCmd(a.opts.Opener, a.opts.Browser, u)
}

func (a App) copyLink(u string) (App, tea.Cmd) {
	if u == "" {
		return a.notify("This story has no link.", true)
	}
	// OSC 52 through the terminal always; a system tool too when present,
	// since many terminals ignore OSC 52.
	return a, tea.Batch(tea.SetClipboard(u), copyCmd(a.opts.Copier, u))
}

func (a App) handleLinkOpened(msg LinkOpened) (App, tea.Cmd) {
	if msg.Err != nil {
		return a.notify(fmt.Sprintf("Could not open the link: %v. Press y to copy it instead.", msg.Err), true)
	}
	return a.notify("Opened in the browser: "+msg.URL, false)
}

func (a App) handleLinkCopied(msg LinkCopied) (App, tea.Cmd) {
	switch {
	case msg.Err != nil:
		return a.notify(fmt.Sprintf("Copied through the terminal (OSC 52); %s failed: %v", msg.Tool, msg.Err), true)
	case msg.Tool == "":
		return a.notify("Copied through the terminal (OSC 52): "+msg.URL, false)
	}
	return a.notify("Copied with "+msg.Tool+": "+msg.URL, false)
}

// notify shows a notice in the footer for a few seconds.
func (a App) notify(text string, alert bool) (App, tea.Cmd) {
	a.noticeID++
	a.notice, a.alert = text, alert
	id := a.noticeID
	return a, tea.Tick(a.noticeTTL, func(time.Time) tea.Msg { return StatusExpired{ID: id} })
}
