package ui

// The mouse, when the user leaves it on: a click selects a row, a click on
// the selected row opens it (so a double-click opens what it points at), a
// click on a tab switches to it, a click on a link on the links screen
// opens it, and the wheel scrolls whatever is under it. On a split screen
// a click moves the keyboard to the pane clicked.

import tea "charm.land/bubbletea/v2"

// wheelStep is how many rows a turn of the mouse wheel scrolls.
const wheelStep = 3

// listTop is the first screen row of the headlines: under the tab bar and
// its rule.
const listTop = 2

// linksTop is the first screen row of the links screen's links.
const linksTop = 2

func (a App) handleClick(msg tea.MouseClickMsg) (App, tea.Cmd) {
	m := msg.Mouse()
	if m.Button != tea.MouseLeft || a.list.confirmAll {
		return a, nil
	}
	x, y := m.X, m.Y
	if a.splitShown() {
		listW, _ := a.panes()
		switch {
		case x > listW && a.screen == screenLinks:
			return a.clickLink(y)
		case x > listW && a.screen == screenList && a.story.story != nil:
			return a.openStory(a.story.seq) // the preview, read
		case x > listW:
			return a, nil
		case x < listW && a.screen != screenList:
			a.screen = screenList
		}
	}
	switch a.screen {
	case screenList:
		return a.clickList(x, y)
	case screenLinks:
		return a.clickLink(y)
	}
	return a, nil
}

// clickList selects the row clicked, opens the selected row, or switches
// to the tab clicked.
func (a App) clickList(x, y int) (App, tea.Cmd) {
	l := a.list
	if y == 0 {
		_, spans := layoutTabs(l.tabs, tabIndex(l.tabs, l.scope, l.searchTab), a.styles, l.tabsWidth(a.styles, a.listWidth()))
		cur := tabIndex(l.tabs, l.scope, l.searchTab)
		for _, s := range spans {
			if x >= s.from && x < s.to && s.tab != cur {
				a.list = l.switchTab(s.tab-cur, a.env())
				return a, nil
			}
		}
		return a, nil
	}
	row := y - listTop
	if row < 0 || row >= l.height {
		return a, nil
	}
	i := l.offset + row
	if i >= len(l.view) {
		return a, nil
	}
	if i == l.cursor && !l.typing {
		return a.openStory(l.view[i])
	}
	a.list = l.selectRow(i)
	return a, nil
}

// clickLink opens the link on screen row y of the links screen.
func (a App) clickLink(y int) (App, tea.Cmd) {
	n := len(a.story.links)
	rows := a.height - 4 // as linksScreen.draw lays it out
	top := max(0, min(a.links.index-rows/2, n-rows))
	i := top + y - linksTop
	if n == 0 || y < linksTop || i >= n || y-linksTop >= rows {
		return a, nil
	}
	a.links.index = i
	return a.openLink(a.story.links[i])
}

// handleWheel scrolls what is under the pointer: on a split screen the
// pane it is over, whichever has the keyboard.
func (a App) handleWheel(msg tea.MouseWheelMsg) (App, tea.Cmd) {
	m := msg.Mouse()
	step := 0
	switch m.Button {
	case tea.MouseWheelDown:
		step = wheelStep
	case tea.MouseWheelUp:
		step = -wheelStep
	}
	s := a.screen
	if a.splitShown() {
		if listW, _ := a.panes(); m.X < listW {
			s = screenList
		} else if s == screenList {
			s = screenDetail // the preview
		}
	}
	switch s {
	case screenList:
		a.list = a.list.wheel(step)
	case screenDetail:
		a.story.pager.scroll(step)
	case screenLinks:
		a.links.index = max(0, min(a.links.index+step, len(a.story.links)-1))
	case screenHelp:
		a.keyHelp.top = max(0, min(a.keyHelp.top+step, a.keyHelp.maxTop(a.env(), a.help)))
	case screenSources:
		rows := len(sourceRows(a.feeds.feeds, a.sources))
		a.feeds.top = max(0, min(a.feeds.top+step, rows-1))
	}
	return a, nil
}
