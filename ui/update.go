package ui

// The App's handlers: one per message, each routing to the screen it is for,
// and apply, which carries out what a screen's update asked for.

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// act is something a screen asks of the App: what only the coordinator
// can do.
type act int

const (
	actNone        act = iota
	actNotify          // show notice
	actQuit            // leave the reader
	actBack            // leave this screen for the one under it
	actHelp            // show the keys
	actOpenStory       // open story seq
	actStepStory       // open the story dir rows away in the list
	actLinks           // list the story's links
	actSources         // show the sources and feeds
	actShowSource      // back to the list, on All, filtered to the sources names
	actRefresh         // refresh the subscriptions (origin, if set)
	actOpenLink        // open url in the browser
	actCopyLink        // copy url
	actToggleRead      // mark the selected story read or unread
	actToggleStar      // star or unstar the selected story
	actNextUnread      // move to the next unread story
	actMarkAllRead     // mark every story in the list read
	actUndo            // take back the last mark, star or mark-all
	actReadOn          // at the end of a story: the next unread one
	actArticle         // swap the story's text for its article, and back (seq: open it first)
	actCoverage        // open the story dir stories away in the open story's event
	actCountries       // show the countries of the list's tab
	actPickCountry     // back to the list, narrowed to country
)

// outcome is what a screen's update asks the App to do, with what it
// needs to do it.
type outcome struct {
	do     act
	seq    int32
	dir    int
	url    string
	name   string
	names  []string // the source names whose stories to show
	origin *model.Origin
	notice string
	alert  bool
	// country is the country to narrow the list to (actPickCountry).
	country model.Country
	// story, for actOpenLink and actCopyLink from the list, is the story
	// whose link it is: a story from the library is read whole first.
	story *model.Story
}

// notice is the outcome that shows text in the footer.
func notice(text string, alert bool) outcome {
	return outcome{do: actNotify, notice: text, alert: alert}
}

func (a App) handleResize(msg tea.WindowSizeMsg) (App, tea.Cmd) {
	a.width, a.height = msg.Width, msg.Height
	a = a.relayout()
	a.help.SetWidth(a.width)
	a.story = a.story.resize(a.height - 1)
	if a.previewing() {
		a.story.story = nil // previewed afresh at the pane's new width
	}
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
	n := a.stories.Add(msg.Prepared)
	if a.refresh != nil {
		a.refreshNew += n
	}
	if msg.From.Kind != model.FromLibrary {
		i := a.sourceIndex(msg.From)
		a.sources[i].stories += n
		a.sources[i] = a.sources[i].took(msg.Prepared.Stories)
	}
	if n > 0 {
		a = a.refreshView()
	}
	return a, waitForEvent(a.opts.Events)
}

func (a App) handleStoriesReplaced(msg StoriesReplaced) (App, tea.Cmd) {
	a.stories.Replace(msg.Stories)
	return a, waitForEvent(a.opts.Events)
}

// handleEventsJoined puts stories that were alone in the events they
// have joined since, and shows the list so.
func (a App) handleEventsJoined(msg EventsJoined) (App, tea.Cmd) {
	a.stories.Rejoin(msg.Events)
	a = a.refreshView()
	return a, waitForEvent(a.opts.Events)
}

func (a App) handleSourceFailed(msg SourceFailed) (App, tea.Cmd) {
	a.sources[a.sourceIndex(msg.From)].err = msg.Err
	return a, waitForEvent(a.opts.Events)
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

// refreshView recomputes the tabs and the list's rows from the collection.
func (a App) refreshView() App {
	a.list = a.list.refresh(a.env())
	return a
}

// handleKey routes a key to the screen in front of the user and carries out
// what it asks for.
func (a App) handleKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	if key.Matches(msg, a.keys.ForceQuit) {
		return a.quit()
	}
	switch {
	case key.Matches(msg, a.keys.Front) && a.screen == screenList:
		a.front, a.screen = a.front.open(a.env()), screenFront
		return a, nil
	case key.Matches(msg, a.keys.ToggleLayout):
		return a.toggleLayout()
	case key.Matches(msg, a.keys.FocusStory):
		if seq, ok := a.list.selected(); ok {
			return a.openStory(seq)
		}
		return a, nil
	case key.Matches(msg, a.keys.FocusList):
		a.screen = screenList
		return a, nil
	}
	var out outcome
	var cmd tea.Cmd
	switch a.screen {
	case screenList:
		a.list, out, cmd = a.list.update(msg, a.env())
	case screenDetail:
		if a.story.find.typing {
			a.story, out, cmd = a.story.updateSearch(msg, &a.keys)
			break
		}
		a.story, out = a.story.update(msg, &a.keys)
	case screenLinks:
		a.links, out = a.links.update(msg, &a.keys, a.story.links, a.story.story.Link())
	case screenSources:
		a.feeds, out = a.feeds.update(msg, &a.keys, sourceRows(a.feeds.feeds, a.sources))
	case screenFront:
		a.front, out = a.front.update(msg, &a.keys)
	case screenHelp:
		a.keyHelp, out = a.keyHelp.update(msg, &a.keys, a.keyHelp.maxTop(a.env(), a.help))
	case screenCountries:
		a.picker, out = a.picker.update(msg, &a.keys, a.height)
	}
	was, notices := a.screen, a.noticeID
	a, next := a.apply(out)
	if a.screen != was && a.noticeID == notices && !a.alert {
		// A notice tells of something done on the screen left ("Starred:
		// …" is no news on the links screen); a failure stays its time.
		a.notice = ""
	}
	return a, tea.Batch(cmd, next)
}

// apply carries out what a screen asked for.
func (a App) apply(out outcome) (App, tea.Cmd) {
	switch out.do {
	case actNotify:
		return a.notify(out.notice, out.alert)
	case actQuit:
		return a.quit()
	case actBack:
		a.screen = a.backFrom(a.screen)
	case actHelp:
		a.keyHelp.back, a.keyHelp.top, a.screen = a.screen, 0, screenHelp
	case actOpenStory:
		return a.openStory(out.seq)
	case actStepStory:
		return a.stepStory(out.dir)
	case actLinks:
		a.screen = screenLinks
	case actSources:
		a.screen, a.feeds.top = screenSources, 0
		return a, a.listFeeds()
	case actShowSource:
		a.screen = screenList
		a.list = a.list.showSource(out.names, a.env())
	case actRefresh:
		return a.askRefresh(out.origin, out.name)
	case actOpenLink, actCopyLink:
		if out.story != nil && out.story.Partial {
			return a, completeCmd(out.story, out.do)
		}
		if out.do == actCopyLink {
			return a.copyLink(out.url)
		}
		return a.openLink(out.url)
	case actToggleRead, actToggleStar, actNextUnread:
		return a.handleMarkAct(out.do)
	case actMarkAllRead:
		return a.markAllRead()
	case actUndo:
		return a.undoMark()
	case actReadOn:
		return a.readOn()
	case actArticle:
		return a.toggleArticle(out.seq)
	case actCoverage:
		return a.stepCoverage(out.dir)
	case actCountries:
		a.picker = a.list.countryPicker(a.env())
		a.screen = screenCountries
	case actPickCountry:
		a.screen = screenList
		a.list = a.list.narrowTo(out.country, a.env())
	}
	return a, nil
}

// backFrom is the screen under s.
func (a App) backFrom(s screen) screen {
	switch s {
	case screenLinks:
		return screenDetail
	case screenHelp:
		return a.keyHelp.back
	case screenDetail:
		return a.storyBack
	}
	return screenList
}

// handlePaste gives pasted text to the filter line or the story's search
// line, when one is open.
func (a App) handlePaste(msg tea.PasteMsg) (App, tea.Cmd) {
	if a.screen == screenDetail && a.story.find.typing {
		var cmd tea.Cmd
		a.story, cmd = a.story.pasteSearch(msg)
		return a, cmd
	}
	if a.screen != screenList || !a.list.typing {
		return a, nil
	}
	var cmd tea.Cmd
	a.list, cmd = a.list.paste(msg, a.env())
	return a, cmd
}

// handleOther gives any other message (the cursor's own, a paste from the
// clipboard) to the filter line or the story's search line, when one is
// open.
func (a App) handleOther(msg tea.Msg) (App, tea.Cmd) {
	if a.screen == screenDetail && a.story.find.typing {
		var cmd tea.Cmd
		a.story, cmd = a.story.pasteSearch(msg)
		return a, cmd
	}
	if !a.list.typing {
		return a, nil
	}
	var cmd tea.Cmd
	a.list.input, cmd = a.list.input.Update(msg)
	return a, cmd
}

// handleStoryCompleted keeps the whole story and does with its link what
// was asked.
func (a App) handleStoryCompleted(msg StoryCompleted) (App, tea.Cmd) {
	if msg.Err != nil || msg.Story == nil || msg.Story.Partial {
		return a.notify(fmt.Sprintf("Could not read the story from the library: %v. Open it with enter and try again.", msg.Err), true)
	}
	a.stories.Complete(msg.Story)
	return a.apply(outcome{do: msg.Then, url: msg.Story.Link()})
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

// handleTerminalBrowser hands the terminal to a browser that runs in it.
func (a App) handleTerminalBrowser(msg TerminalBrowserFound) (App, tea.Cmd) {
	url := msg.URL
	return a, tea.ExecProcess(msg.Cmd, func(err error) tea.Msg { return LinkOpened{URL: url, Err: err} })
}

func (a App) handleLinkOpened(msg LinkOpened) (App, tea.Cmd) {
	if msg.Err != nil {
		return a.notify(fmt.Sprintf("Could not open the link: %v. Press %s to copy it instead.", msg.Err, keyOf(a.keys.CopyLink)), true)
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
	return a, a.tick(a.noticeTTL, func(time.Time) tea.Msg { return StatusExpired{ID: id} })
}

func (a App) handleStatusExpired(msg StatusExpired) App {
	if msg.ID == a.noticeID {
		a.notice, a.alert = "", false
	}
	return a
}
