package ui

// The list screen: the region tabs, the headlines, the filter line and the
// footer. It owns what the list shows (scope, saved search, filter, the
// unread or starred view); the App owns the stories.

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// chrome is the rows the list screen spends outside the list: tab bar, rule,
// rule, footer.
const chrome = 4

// listScreen is the headline list and what narrows it.
type listScreen struct {
	storyList // the rows, the cursor and the scroll window

	tabs  []tab
	scope model.Scope
	// searchTab is 1 + the index of the saved search whose tab is shown,
	// 0 on a region's tab.
	searchTab int
	query     model.Search
	// textHits are the stories the library's full-text search found for
	// the query's alternatives (nil until it answers).
	textHits model.TextHits
	textErr  error // the full-text search for the query failed
	// textPartial says the full-text answer came from an index still
	// taking in new stories: it is asked again.
	textPartial bool
	// queryErr is what is wrong with the query being typed; the list keeps
	// showing the last query that parsed.
	queryErr error
	input    textinput.Model
	typing   bool // the filter line has the keyboard
	moved    bool // the user has moved the selection: batches must not move it
	// only narrows the list to unread or starred stories; its Keep holds
	// the stories read in this view, which stay until the view changes.
	only model.Only
	// confirmAll is set while "mark every story here read?" awaits y/n.
	confirmAll bool
	// matched is every story the list holds, the rows' and, when the
	// list is grouped, the stories their rows stand for, as the counts
	// and M see them.
	matched []int32
	// country narrows every tab to the stories about it (0: no country),
	// chosen on the countries screen.
	country model.Country
}

// filterPlaceholder is the empty filter line's hint, with the user's keys.
func filterPlaceholder(k KeyMap) string {
	return "words, \"a phrase\", -word, region:asia… (" + keyOf(k.FilterClear) + " then " + keyOf(k.Help) + " for all)"
}

func newListScreen(scope model.Scope, noMarks bool) listScreen {
	in := textinput.New()
	in.Prompt = "/ "
	// ? typed here is text: the placeholder says how to reach help.
	in.Placeholder = filterPlaceholder(DefaultKeyMap())
	in.CharLimit = 200
	l := listScreen{scope: scope, input: in, only: model.Only{Keep: map[int32]bool{}}}
	l.noMarks = noMarks
	l.grouped = true
	return l
}

// startIn is the list narrowed to country from the start.
func (l listScreen) startIn(country model.Country) listScreen {
	l.country = country
	return l
}

// restyle gives the filter line the theme's styles.
func (l listScreen) restyle(t Theme, st Styles) listScreen {
	in := textinput.DefaultStyles(t == Dark)
	in.Focused.Prompt = st.Footer.FilterPrompt
	in.Blurred.Prompt = st.Footer.FilterPrompt
	in.Cursor.Blink = false // a blinking cursor redraws the screen twice a second for nothing
	l.input.SetStyles(in)
	return l
}

func (l listScreen) resize(width, height int) listScreen {
	l.storyList = l.storyList.resize(height - chrome)
	l.input.SetWidth(max(10, width-4))
	return l
}

// selectRow selects row i: the user has moved.
func (l listScreen) selectRow(i int) listScreen {
	l.moved = true
	l.storyList = l.moveTo(i)
	return l
}

// wheel scrolls the selection by a turn of the mouse wheel.
func (l listScreen) wheel(step int) listScreen { return l.selectRow(l.cursor + step) }

// refresh recomputes the tabs and the rows from the scope and the filter,
// keeping the selected story selected.
//
// Until the user moves, the top row stays selected, so stories streaming in
// while the reader starts leave the newest on screen.
//
// Dates counted from now (after:24h, after:today) are read again at each
// refresh, so a filter or saved search left on keeps to its window.
func (l listScreen) refresh(e env) listScreen {
	c := e.stories
	l.tabs = buildTabs(c, l.scope, e.savedSearches())
	view := l.inCountry(e, l.tabView(e))
	l.matched = view
	if l.grouped {
		view = c.Group(view)
	}
	// The selection may move to another story of its event (the row
	// that stands for it now): only worth a look if it has one.
	var same func(a, b int32) bool
	if seq, ok := l.selected(); ok && c.Covered(seq) > 0 {
		same = c.SameEvent
	}
	l.storyList = l.setView(view, same)
	if !l.moved {
		l.storyList = l.moveTo(0)
	}
	return l
}

// tabView is the stories of the tab, narrowed by the filter and the
// unread or starred view, not by the country.
func (l listScreen) tabView(e env) []int32 {
	c := e.stories
	view := c.ViewText(l.scope, l.query.At(e.opts.Now(), e.opts.Location), l.only, l.textHits)
	if l.searchTab > 0 {
		// A saved search's tab: its stories, narrowed by the filter.
		in := map[int32]bool{}
		for _, seq := range c.View(model.Everywhere(), e.savedSearches()[l.searchTab-1].Query, model.Only{}) {
			in[seq] = true
		}
		// A copy: without a filter the view is the collection's own order.
		view = slices.DeleteFunc(slices.Clone(view), func(seq int32) bool { return !in[seq] })
	}
	return view
}

// inCountry narrows view to the stories about the list's country.
func (l listScreen) inCountry(e env, view []int32) []int32 {
	if l.country == 0 {
		return view
	}
	out := make([]int32, 0, len(view)/8)
	for _, seq := range view {
		if e.stories.Story(seq).Countries.Has(l.country) {
			out = append(out, seq)
		}
	}
	return out
}

// countryPicker is the countries screen for the list's tab.
func (l listScreen) countryPicker(e env) countryPicker {
	of := "All"
	if len(l.tabs) > 0 {
		of = l.tabs[tabIndex(l.tabs, l.scope, l.searchTab)].name
	}
	if !l.query.Empty() {
		of += " matching " + l.query.String()
	}
	return newCountryPicker(e.stories, l.tabView(e), l.country, of)
}

// narrowTo narrows every tab to the stories about country.
func (l listScreen) narrowTo(country model.Country, e env) listScreen {
	l.country = country
	return l.restart(e)
}

// tabBar draws the tab bar, and after it the country the list is
// narrowed to.
func (l listScreen) tabBar(st Styles, width int) string {
	bar := renderTabs(l.tabs, tabIndex(l.tabs, l.scope, l.searchTab), st, l.tabsWidth(st, width))
	if l.country == 0 {
		return bar
	}
	chip := st.Tabs.Active.Render(l.country.String())
	if l.countryNamed(st, width) {
		chip = st.Tabs.Active.Render(l.country.Name()) + " " + st.Tabs.Count.Render(l.country.String())
	}
	return bar + st.Tabs.Separator.Render(" │ ") + chip
}

// countryNamed reports whether the tab bar names the country in full:
// when every tab still fits beside it; else it shows the code alone.
func (l listScreen) countryNamed(st Styles, width int) bool {
	room := width - ansi.StringWidth(l.country.Name()+" "+l.country.String()) - 3
	_, spans := layoutTabs(l.tabs, tabIndex(l.tabs, l.scope, l.searchTab), st, max(10, room))
	return len(spans) == len(l.tabs)
}

// tabsWidth is the room the tabs have on a bar width cells wide: the
// country, when there is one, takes its share.
func (l listScreen) tabsWidth(st Styles, width int) int {
	switch {
	case l.country == 0:
		return width
	case l.countryNamed(st, width):
		return max(10, width-ansi.StringWidth(l.country.Name()+" "+l.country.String())-3)
	}
	return max(10, width-ansi.StringWidth(l.country.String())-3)
}

// restart shows the view from its top, forgetting the stories kept in it.
func (l listScreen) restart(e env) listScreen {
	l.only.Keep = map[int32]bool{}
	l = l.refresh(e)
	l.storyList = l.moveTo(0)
	return l
}

// update handles a key on the list screen.
func (l listScreen) update(msg tea.KeyPressMsg, e env) (listScreen, outcome, tea.Cmd) {
	k := e.keys
	if l.confirmAll {
		l.confirmAll = false
		if key.Matches(msg, k.ConfirmYes) {
			return l, outcome{do: actMarkAllRead}, nil
		}
		return l, notice("Nothing marked.", false), nil
	}
	if l.typing {
		return l.updateFilter(msg, e)
	}
	switch {
	case key.Matches(msg, k.ToggleRead):
		return l, outcome{do: actToggleRead}, nil
	case key.Matches(msg, k.ToggleStar):
		return l, outcome{do: actToggleStar}, nil
	case key.Matches(msg, k.NextUnread):
		return l, outcome{do: actNextUnread}, nil
	case key.Matches(msg, k.Undo):
		return l, outcome{do: actUndo}, nil
	case key.Matches(msg, k.OpenLink, k.CopyLink):
		seq, ok := l.selected()
		if !ok {
			return l, outcome{}, nil
		}
		do := actOpenLink
		if key.Matches(msg, k.CopyLink) {
			do = actCopyLink
		}
		s := e.stories.Story(seq)
		return l, outcome{do: do, url: s.Link(), story: s}, nil
	}
	if key.Matches(msg, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom, k.Open) {
		l.moved = true
	}
	switch {
	case key.Matches(msg, k.Quit):
		return l, outcome{do: actQuit}, nil
	case key.Matches(msg, k.Down):
		l.storyList = l.moveBy(1)
	case key.Matches(msg, k.Up):
		l.storyList = l.moveBy(-1)
	case key.Matches(msg, k.PageDown):
		l.storyList = l.page(1)
	case key.Matches(msg, k.PageUp):
		l.storyList = l.page(-1)
	case key.Matches(msg, k.Top):
		l.storyList = l.moveTo(0)
	case key.Matches(msg, k.Bottom):
		l.storyList = l.moveTo(len(l.view) - 1)
	case key.Matches(msg, k.NextTab):
		return l.switchTab(1, e), outcome{}, nil
	case key.Matches(msg, k.PrevTab):
		return l.switchTab(-1, e), outcome{}, nil
	case key.Matches(msg, k.Filter):
		l.typing = true
		l.input.SetValue(l.query.String())
		l.input.CursorEnd()
		return l, outcome{}, l.input.Focus()
	case key.Matches(msg, k.Sources):
		return l, outcome{do: actSources}, nil
	case key.Matches(msg, k.Countries):
		return l, outcome{do: actCountries}, nil
	case key.Matches(msg, k.Refresh):
		return l, outcome{do: actRefresh}, nil
	case key.Matches(msg, k.UnreadOnly):
		l.only.Unread = !l.only.Unread
		return l.restart(e), outcome{}, nil
	case key.Matches(msg, k.StarredOnly):
		l.only.Starred = !l.only.Starred
		return l.restart(e), outcome{}, nil
	case key.Matches(msg, k.ToggleGroup):
		l.grouped = !l.grouped
		l = l.refresh(e)
		if l.grouped {
			return l, notice("One row per event: "+keyOf(k.Open)+" opens its first story, "+keyOf(k.CoverageNext)+" there the next outlet's.", false), nil
		}
		return l, notice("A row for every story ("+keyOf(k.ToggleGroup)+" groups them by event again).", false), nil
	case key.Matches(msg, k.MarkAllRead):
		if l.unreadInView(e) == 0 {
			return l, notice("Nothing to mark: every story here is read.", false), nil
		}
		l.confirmAll = true
	case key.Matches(msg, k.Help):
		return l, outcome{do: actHelp}, nil
	case key.Matches(msg, k.Open):
		if seq, ok := l.selected(); ok {
			return l, outcome{do: actOpenStory, seq: seq}, nil
		}
	case key.Matches(msg, k.Article):
		if seq, ok := l.selected(); ok {
			return l, outcome{do: actArticle, seq: seq}, nil
		}
	case key.Matches(msg, k.FilterClear):
		// esc on the list clears a kept filter, then the country, and
		// never quits.
		switch {
		case !l.query.Empty():
			l.query, l.textHits = model.Search{}, nil
			l = l.refresh(e)
		case l.country != 0:
			l.country = 0
			l = l.refresh(e)
		}
	}
	return l, outcome{}, nil
}

// unreadInView counts the unread stories in the list, the ones M marks.
func (l listScreen) unreadInView(e env) int {
	n := 0
	for _, seq := range l.matched {
		if !e.stories.State(seq).Read {
			n++
		}
	}
	return n
}

// switchTab moves to the next or previous region tab.
func (l listScreen) switchTab(dir int, e env) listScreen {
	if len(l.tabs) == 0 {
		return l
	}
	i := (tabIndex(l.tabs, l.scope, l.searchTab) + dir + len(l.tabs)) % len(l.tabs)
	l.scope, l.searchTab = l.tabs[i].scope, l.tabs[i].search
	return l.restart(e)
}

// showSource shows the stories of the sources called names, on the All
// tab: a region's tab could hide them all.
func (l listScreen) showSource(names []string, e env) listScreen {
	terms := make([]string, 0, len(names))
	for _, name := range names {
		terms = append(terms, sourceTerm(name))
	}
	q, err := model.ParseSearch(strings.Join(terms, " "))
	if err != nil {
		return l
	}
	l.query, l.textHits, l.textErr, l.textPartial = q, nil, nil, false
	l.input.SetValue(q.String())
	l.scope, l.searchTab = model.Everywhere(), 0
	return l.restart(e)
}

// sourceTerm is the query term for stories from the source called name,
// as the user would type it. A quote cannot be escaped inside quotes, and
// source: matches the start of a name: a name with one is matched by the
// part before it.
func sourceTerm(name string) string {
	name, _, _ = strings.Cut(name, `"`)
	return `source:"` + strings.TrimSpace(name) + `"`
}

// updateFilter handles a key while the filter line has the keyboard.
func (l listScreen) updateFilter(msg tea.KeyPressMsg, e env) (listScreen, outcome, tea.Cmd) {
	k := e.keys
	switch {
	case key.Matches(msg, k.FilterApply):
		// A query that does not parse is not kept: the last one that did is.
		l.typing, l.queryErr = false, nil
		l.input.Blur()
		return l, outcome{}, nil
	case key.Matches(msg, k.FilterClear):
		l.typing, l.queryErr = false, nil
		l.input.Blur()
		l.input.SetValue("")
		l.query, l.textHits = model.Search{}, nil
		return l.refresh(e), outcome{}, nil
	case key.Matches(msg, k.FilterDown):
		// The arrows still move the selection while typing.
		return l.selectRow(l.cursor + 1), outcome{}, nil
	case key.Matches(msg, k.FilterUp):
		return l.selectRow(l.cursor - 1), outcome{}, nil
	}
	var cmd tea.Cmd
	l.input, cmd = l.input.Update(msg)
	l, ask := l.applyTyped(e)
	return l, outcome{}, tea.Batch(cmd, ask)
}

// paste takes pasted text into the filter line.
func (l listScreen) paste(msg tea.PasteMsg, e env) (listScreen, tea.Cmd) {
	var cmd tea.Cmd
	l.input, cmd = l.input.Update(msg)
	l, ask := l.applyTyped(e)
	return l, tea.Batch(cmd, ask)
}

// applyTyped runs the query in the filter line, if it changed and parses;
// otherwise the list keeps the last query that did and the error shows.
// It returns the command that asks the library's full-text index.
func (l listScreen) applyTyped(e env) (listScreen, tea.Cmd) {
	v := l.input.Value()
	if v == l.query.String() {
		l.queryErr = nil
		return l, nil
	}
	q, err := model.ParseSearchAt(v, e.opts.Now(), e.opts.Location)
	if unread, read, starred := q.State(); err == nil && e.opts.NoState && (unread || read || starred) {
		err = errors.New("is: needs the library; run dateline without --no-library")
	}
	l.queryErr = err
	if err != nil {
		return l, nil
	}
	l.query, l.textHits, l.textErr, l.textPartial = q, nil, nil, false
	l = l.restart(e)
	return l, l.askFullText(e)
}

// listStatus is what the App knows that the list screen shows.
type listStatus struct {
	loading    bool
	refreshing string // the footer's word on a refresh under way ("" if none)
	failed     int    // sources that failed
	// footer lays out the App's footer line: a notice, or left and the
	// short help.
	footer func(left string) string
}

// draw draws the list screen.
func (l listScreen) draw(e env, status listStatus) string {
	var b strings.Builder
	b.WriteString(l.tabBar(*e.styles, e.width))
	b.WriteByte('\n')
	b.WriteString(rule(e))
	b.WriteByte('\n')
	// A query that does not parse shows its error whole, wrapped, above
	// the filter line: the advice is at its end.
	var errLines []string
	if l.typing && l.queryErr != nil {
		errLines = strings.Split(lipgloss.NewStyle().Width(max(10, e.width-2)).Render(l.queryErr.Error()), "\n")
		errLines = errLines[:min(len(errLines), max(0, l.height-1))]
	}
	rows := l.storyList.resize(l.height - len(errLines)) // a copy: the list keeps its height
	if len(l.view) == 0 {
		b.WriteString(l.empty(e, status, rows.height))
	} else {
		b.WriteString(rows.render(e.stories, *e.styles, e.width, e.opts.Now(), e.opts.Location))
	}
	for _, line := range errLines {
		b.WriteString("\n " + e.styles.Footer.Alert.Render(line))
	}
	b.WriteByte('\n')
	b.WriteString(rule(e))
	b.WriteByte('\n')
	b.WriteString(l.footer(e, status))
	return b.String()
}

// empty explains an empty list and says what to do, padded to height
// lines.
func (l listScreen) empty(e env, status listStatus, height int) string {
	var msg string
	c := e.stories
	switch {
	case l.narrowed():
		msg = l.whyEmpty(e)
	case status.loading:
		msg = "Loading stories…"
	case status.refreshing != "" && c.Len() == 0:
		msg = "Fetching your feeds…"
	case c.Len() == 0 && status.failed > 0:
		msg = "No stories: every source failed. Press " + keyOf(e.keys.Sources) + " to see why."
	case c.Len() == 0:
		msg = "No stories found in the sources given."
	default:
		msg = l.whyEmpty(e)
	}
	lines := strings.Split(lipgloss.NewStyle().Width(max(10, e.width-2)).Render(msg), "\n")
	out := make([]string, height)
	for i := range out {
		if i-1 >= 0 && i-1 < len(lines) {
			out[i] = " " + e.styles.List.Empty.Render(lines[i-1])
		}
	}
	return strings.Join(out, "\n")
}

// narrowed reports whether something the user set hides stories: the
// filter, the unread or starred view, a saved search's tab.
func (l listScreen) narrowed() bool {
	return !l.query.Empty() || l.only.Unread || l.only.Starred || l.searchTab > 0 || l.country != 0
}

// whyEmpty says what hides every story here, and the key that undoes it.
func (l listScreen) whyEmpty(e env) string {
	what := "stories"
	var undo []string
	switch {
	case l.only.Unread && l.only.Starred:
		what = "unread starred stories"
		undo = append(undo, keyOf(e.keys.UnreadOnly)+" to show read ones too", keyOf(e.keys.StarredOnly)+" to show unstarred ones")
	case l.only.Unread:
		what = "unread stories"
		undo = append(undo, keyOf(e.keys.UnreadOnly)+" to show read ones too")
	case l.only.Starred:
		what = "starred stories"
		undo = append(undo, keyOf(e.keys.StarredOnly)+" to show unstarred ones too")
	}
	msg := "No " + what
	if l.country != 0 {
		msg += " about " + l.country.Name()
	}
	if !l.query.Empty() {
		msg += " match " + l.query.String()
		undo = append(undo, keyOf(e.keys.FilterClear)+" to clear the filter")
	} else if l.country != 0 {
		undo = append(undo, keyOf(e.keys.FilterClear)+" for every country")
	}
	switch r, one := l.scope.Region(); {
	case l.searchTab > 0:
		msg += fmt.Sprintf(" in the saved search %q", e.opts.Searches[l.searchTab-1].Name)
		undo = append(undo, keyOf(e.keys.NextTab)+" for another tab")
	case one:
		msg += " in " + r.String()
		undo = append(undo, keyOf(e.keys.NextTab)+" for another tab")
	default:
		msg += " here"
	}
	return msg + ". Press " + strings.Join(undo, ", ") + "."
}

func (l listScreen) footer(e env, status listStatus) string {
	st, width := e.styles, e.width
	if l.confirmAll {
		return st.Footer.Alert.Render(ansi.Truncate(fmt.Sprintf("Mark %s here read? %s/n", plural(l.unreadInView(e), "unread story", "unread stories"), keyOf(e.keys.ConfirmYes)), width, "…"))
	}
	if l.typing {
		count := st.Footer.Count.Render(plural(len(l.matched), "match", "matches"))
		switch {
		case l.queryErr != nil:
			count = st.Footer.Alert.Render("not applied: see above")
		case l.textErr != nil:
			count += " " + st.Footer.Alert.Render("(headlines only: full text failed)")
		case l.textPartial:
			count += " " + st.App.Notice.Render("(indexing…)")
		}
		room := width - ansi.StringWidth(ansi.Strip(count)) - 2
		l.input.SetWidth(max(5, room-4))
		return padRight(ansi.Truncate(l.input.View(), room, "…"), room) + "  " + count
	}
	c := e.stories
	var parts []string
	parts = append(parts, st.Footer.Count.Render(fmt.Sprintf("%d/%d", len(l.matched), c.Len())))
	if len(l.view) < len(l.matched) {
		parts = append(parts, st.Footer.Count.Render(plural(len(l.view), "event", "events")))
	}
	if n := c.UnreadTotal(); n != c.Len() {
		parts = append(parts, st.Footer.Count.Render(fmt.Sprintf("%d unread", n)))
	}
	switch {
	case l.only.Unread && l.only.Starred:
		parts = append(parts, st.App.Notice.Render("unread starred only (u, S)"))
	case l.only.Unread:
		parts = append(parts, st.App.Notice.Render("unread only (u)"))
	case l.only.Starred:
		parts = append(parts, st.App.Notice.Render("starred only (S)"))
	}
	if !l.query.Empty() {
		parts = append(parts, st.Footer.Filter.Render("filter: "+l.query.String()))
	}
	if status.loading {
		parts = append(parts, st.App.Notice.Render("loading…"))
	}
	if status.refreshing != "" {
		parts = append(parts, st.App.Notice.Render(status.refreshing))
	}
	if status.failed > 0 {
		parts = append(parts, st.Footer.Alert.Render(fmt.Sprintf("%s failed (F)", plural(status.failed, "source", "sources"))))
	}
	return status.footer(strings.Join(parts, st.App.Subtle.Render(" · ")))
}
