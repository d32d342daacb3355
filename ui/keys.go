package ui

import (
	"cmp"
	"strconv"

	"charm.land/bubbles/v2/key"
)

// KeyMap is every key binding of the reader. Bindings that do not apply to
// the screen in front of the user are switched off, so help shows only what
// works.
type KeyMap struct {
	// noState switches the mark keys off for good (no library).
	noState bool
	// noRefresh switches r off for good (no subscriptions).
	noRefresh bool
	// noArticle switches a off for good (no way to fetch articles).
	noArticle bool
	// opens is what enter does on the screen in front, for the footer:
	// it opens a story or a link, but narrows the list to a country and
	// shows a feed's stories.
	opens string

	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Back, Quit, ForceQuit, Help       key.Binding
	NextTab, PrevTab, Filter, Sources       key.Binding
	Refresh                                 key.Binding

	// Filter input: the arrows still move the selection while typing.
	FilterApply, FilterClear, FilterUp, FilterDown key.Binding

	// ConfirmYes answers the mark-all question; any other key says no.
	ConfirmYes key.Binding

	// PickLink[i] picks link i+1 on the links screen.
	PickLink [9]key.Binding

	// Story view
	NextStory, PrevStory, OpenLink, CopyLink, Links key.Binding

	// Read and starred state (list and story view)
	ToggleRead, ToggleStar, NextUnread, UnreadOnly, StarredOnly, MarkAllRead key.Binding

	// Undo takes back the session's last mark, star or mark-all.
	Undo key.Binding

	// Searching the story (/ in the story view): while its line is typed,
	// keys are text; once kept, SearchNext and SearchPrev (n and N) move
	// between its matches until SearchClear ends it.
	StorySearch, SearchApply, SearchClear, SearchNext, SearchPrev key.Binding

	// ReadOn is space at the end of a story: the next unread story.
	ReadOn key.Binding

	// The split layout: ToggleLayout switches it on and off; FocusStory
	// and FocusList move the keyboard between its panes.
	ToggleLayout, FocusStory, FocusList key.Binding

	// Front opens the front page of the world (and closes it).
	Front key.Binding
	// Countries lists the countries of the list's tab, to narrow it to one.
	Countries key.Binding

	// split says the screen is split (set before forScreen).
	split bool
	// Article swaps the story's text for the article of the page it links
	// to, and back (story view; on the list it opens the story so).
	Article key.Binding

	// ToggleGroup shows an event's stories as one row of the list, or
	// each on its own; CoverageNext and CoveragePrev open the next and
	// previous story of the open story's event (story view).
	ToggleGroup, CoverageNext, CoveragePrev key.Binding
}

// DefaultKeyMap returns the built-in bindings.
func DefaultKeyMap() KeyMap {
	k := KeyMap{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),

		Front:        key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "front page of the world")),
		ToggleLayout: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "split/one pane")),
		FocusStory:   key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "split: to story")),
		FocusList:    key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "split: to list")),

		Back:      key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "back, or quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		NextTab:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next region")),
		PrevTab:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous region")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Sources:   key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "sources and feeds")),
		Refresh:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh feeds")),

		FilterApply: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
		FilterClear: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		FilterUp:    key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "up, while typing a filter")),
		FilterDown:  key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "down, while typing a filter")),

		ConfirmYes: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes, mark them all read")),

		NextStory: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next story")),
		PrevStory: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "previous story")),
		OpenLink:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open in browser")),
		CopyLink:  key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy link")),
		Links:     key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "links in story")),

		ToggleRead:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark read/unread")),
		ToggleStar:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "star/unstar")),
		NextUnread:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "next unread")),
		UnreadOnly:  key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "unread only")),
		StarredOnly: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "starred only")),
		MarkAllRead: key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "mark all here read")),
		Undo:        key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "undo last mark")),

		StorySearch: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search the story")),
		SearchApply: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep search")),
		SearchClear: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "end search")),
		SearchNext:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/prev match")),
		SearchPrev:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		ReadOn:      key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "next unread at end")),

		Article: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "article text")),

		ToggleGroup:  key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "group by event")),
		CoverageNext: key.NewBinding(key.WithKeys("c"), key.WithHelp("c/C", "other outlets")),
		CoveragePrev: key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "previous outlet")),
		Countries:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "countries")),
	}
	for i := range k.PickLink {
		n := strconv.Itoa(i + 1)
		k.PickLink[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, "link "+n))
	}
	return k
}

// keyAction names a binding for the config file's [keys] table.
type keyAction struct {
	name    string
	binding func(*KeyMap) *key.Binding
}

// keyActions is every binding of KeyMap by its name in the [keys] table,
// one line each, in the order of KeyMap. A binding added to KeyMap needs
// its line here (TestEveryBindingHasAnAction fails without it).
func keyActions() []keyAction {
	actions := []keyAction{
		{"up", func(k *KeyMap) *key.Binding { return &k.Up }},
		{"down", func(k *KeyMap) *key.Binding { return &k.Down }},
		{"page_up", func(k *KeyMap) *key.Binding { return &k.PageUp }},
		{"page_down", func(k *KeyMap) *key.Binding { return &k.PageDown }},
		{"top", func(k *KeyMap) *key.Binding { return &k.Top }},
		{"bottom", func(k *KeyMap) *key.Binding { return &k.Bottom }},
		{"open", func(k *KeyMap) *key.Binding { return &k.Open }},
		{"back", func(k *KeyMap) *key.Binding { return &k.Back }},
		{"quit", func(k *KeyMap) *key.Binding { return &k.Quit }},
		{"force_quit", func(k *KeyMap) *key.Binding { return &k.ForceQuit }},
		{"help", func(k *KeyMap) *key.Binding { return &k.Help }},
		{"next_tab", func(k *KeyMap) *key.Binding { return &k.NextTab }},
		{"prev_tab", func(k *KeyMap) *key.Binding { return &k.PrevTab }},
		{"filter", func(k *KeyMap) *key.Binding { return &k.Filter }},
		{"sources", func(k *KeyMap) *key.Binding { return &k.Sources }},
		{"refresh", func(k *KeyMap) *key.Binding { return &k.Refresh }},
		{"filter_apply", func(k *KeyMap) *key.Binding { return &k.FilterApply }},
		{"filter_clear", func(k *KeyMap) *key.Binding { return &k.FilterClear }},
		{"filter_up", func(k *KeyMap) *key.Binding { return &k.FilterUp }},
		{"filter_down", func(k *KeyMap) *key.Binding { return &k.FilterDown }},
		{"confirm_yes", func(k *KeyMap) *key.Binding { return &k.ConfirmYes }},
		{"next_story", func(k *KeyMap) *key.Binding { return &k.NextStory }},
		{"prev_story", func(k *KeyMap) *key.Binding { return &k.PrevStory }},
		{"open_link", func(k *KeyMap) *key.Binding { return &k.OpenLink }},
		{"copy_link", func(k *KeyMap) *key.Binding { return &k.CopyLink }},
		{"links", func(k *KeyMap) *key.Binding { return &k.Links }},
		{"toggle_read", func(k *KeyMap) *key.Binding { return &k.ToggleRead }},
		{"toggle_star", func(k *KeyMap) *key.Binding { return &k.ToggleStar }},
		{"next_unread", func(k *KeyMap) *key.Binding { return &k.NextUnread }},
		{"unread_only", func(k *KeyMap) *key.Binding { return &k.UnreadOnly }},
		{"starred_only", func(k *KeyMap) *key.Binding { return &k.StarredOnly }},
		{"mark_all_read", func(k *KeyMap) *key.Binding { return &k.MarkAllRead }},
		{"undo", func(k *KeyMap) *key.Binding { return &k.Undo }},
		{"story_search", func(k *KeyMap) *key.Binding { return &k.StorySearch }},
		{"story_search_apply", func(k *KeyMap) *key.Binding { return &k.SearchApply }},
		{"story_search_clear", func(k *KeyMap) *key.Binding { return &k.SearchClear }},
		{"next_match", func(k *KeyMap) *key.Binding { return &k.SearchNext }},
		{"prev_match", func(k *KeyMap) *key.Binding { return &k.SearchPrev }},
		{"read_on", func(k *KeyMap) *key.Binding { return &k.ReadOn }},
		{"toggle_layout", func(k *KeyMap) *key.Binding { return &k.ToggleLayout }},
		{"focus_story", func(k *KeyMap) *key.Binding { return &k.FocusStory }},
		{"focus_list", func(k *KeyMap) *key.Binding { return &k.FocusList }},
		{"countries", func(k *KeyMap) *key.Binding { return &k.Countries }},
		{"article", func(k *KeyMap) *key.Binding { return &k.Article }},
		{"front_page", func(k *KeyMap) *key.Binding { return &k.Front }},
		{"toggle_group", func(k *KeyMap) *key.Binding { return &k.ToggleGroup }},
		{"next_coverage", func(k *KeyMap) *key.Binding { return &k.CoverageNext }},
		{"prev_coverage", func(k *KeyMap) *key.Binding { return &k.CoveragePrev }},
	}
	for i := range len(KeyMap{}.PickLink) {
		actions = append(actions, keyAction{"link_" + strconv.Itoa(i+1), func(k *KeyMap) *key.Binding { return &k.PickLink[i] }})
	}
	return actions
}

// forScreen switches each binding on or off for what is in front of the
// user: the screen, whether the filter line has the keyboard, whether a
// filter is applied, and whether the mark-all question awaits its answer.
func (k *KeyMap) forScreen(s screen, filtering, filtered, confirming bool) {
	list, detail, links, front := s == screenList, s == screenDetail, s == screenLinks, s == screenFront
	typing := list && filtering
	k.FilterUp.SetEnabled(typing)
	k.FilterDown.SetEnabled(typing)
	k.ConfirmYes.SetEnabled(list && confirming)
	for i := range k.PickLink {
		k.PickLink[i].SetEnabled(links)
	}
	for _, b := range []*key.Binding{&k.Up, &k.Down} {
		b.SetEnabled(!typing && s != screenHelp)
	}
	for _, b := range []*key.Binding{&k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(!typing && s != screenHelp)
	}
	if s == screenHelp { // it scrolls when taller than the window
		for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
			b.SetEnabled(true)
		}
	}
	k.Open.SetEnabled(list && !filtering || links || s == screenSources || front || s == screenCountries)
	switch s {
	case screenCountries:
		k.opens = "narrow"
	case screenSources:
		k.opens = "show"
	default:
		k.opens = "open"
	}
	k.Countries.SetEnabled(list && !filtering || s == screenCountries)
	k.Back.SetEnabled(!list)
	k.Quit.SetEnabled(!typing)
	k.Help.SetEnabled(!typing)
	k.NextTab.SetEnabled(list || front)
	k.PrevTab.SetEnabled(list || front)
	k.Front.SetEnabled(list && !filtering || front)
	k.Filter.SetEnabled(list && !filtering)
	k.Sources.SetEnabled(list && !filtering)
	k.FilterApply.SetEnabled(typing)
	k.FilterClear.SetEnabled(typing || list && filtered)
	k.NextStory.SetEnabled(detail)
	k.PrevStory.SetEnabled(detail)
	k.OpenLink.SetEnabled(detail || links || list && !filtering && !confirming)
	k.CopyLink.SetEnabled(detail || links || list && !filtering && !confirming)
	k.Links.SetEnabled(detail)
	// Without subscriptions r stays on, to say so and how to add one.
	k.Refresh.SetEnabled(list && !filtering || s == screenSources)
	state := !k.noState
	k.ToggleRead.SetEnabled(state && (list && !filtering || detail))
	k.ToggleStar.SetEnabled(state && (list && !filtering || detail))
	k.NextUnread.SetEnabled(state && (list && !filtering || detail))
	k.UnreadOnly.SetEnabled(state && list && !filtering)
	k.StarredOnly.SetEnabled(state && list && !filtering)
	k.MarkAllRead.SetEnabled(state && list && !filtering)
	k.Undo.SetEnabled(state && (list && !filtering || detail))
	k.StorySearch.SetEnabled(detail)
	k.ReadOn.SetEnabled(detail)
	k.ToggleLayout.SetEnabled(list && !filtering || detail)
	k.FocusStory.SetEnabled(k.split && list && !filtering)
	k.FocusList.SetEnabled(k.split && detail)
	for _, b := range []*key.Binding{&k.SearchApply, &k.SearchClear, &k.SearchNext, &k.SearchPrev} {
		b.SetEnabled(false) // forStorySearch switches them on
	}
	k.Article.SetEnabled(!k.noArticle && (detail || list && !filtering))
	k.ToggleGroup.SetEnabled(list && !filtering)
	k.CoverageNext.SetEnabled(detail)
	k.CoveragePrev.SetEnabled(detail)
	if list && confirming {
		// The question takes the next key: y answers it, any other says no.
		for _, a := range keyActions() {
			if b := a.binding(k); b != &k.ConfirmYes && b != &k.ForceQuit {
				b.SetEnabled(false)
			}
		}
	}
}

// forStorySearch adjusts the story view's bindings to its search: while
// the search line is typed only enter and esc are keys (the rest is
// text); once a search is kept, n and N move between its matches, esc
// ends it (backspace still goes back), and the keys n and N had (next
// story, next unread) wait until it ends.
func (k *KeyMap) forStorySearch(typing, on bool) {
	if typing {
		for _, b := range k.storyBindings() {
			b.SetEnabled(false)
		}
		k.SearchApply.SetEnabled(true)
		k.SearchClear.SetEnabled(true)
		return
	}
	if on {
		k.NextStory.SetEnabled(false)
		k.NextUnread.SetEnabled(false)
		k.SearchNext.SetEnabled(true)
		k.SearchPrev.SetEnabled(true)
		k.SearchClear.SetEnabled(true)
	}
}

// storyBindings are every binding the story view answers to.
func (k *KeyMap) storyBindings() []*key.Binding {
	return []*key.Binding{
		&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom, &k.Back, &k.Quit, &k.Help,
		&k.NextStory, &k.PrevStory, &k.OpenLink, &k.CopyLink, &k.Links,
		&k.ToggleRead, &k.ToggleStar, &k.NextUnread, &k.Undo, &k.StorySearch, &k.ReadOn,
		&k.SearchNext, &k.SearchPrev, &k.ToggleLayout, &k.FocusList,
		&k.CoverageNext, &k.CoveragePrev,
	}
}

// ShortHelp is the footer's one line of help: the few keys that matter on
// the screen in front of the user, described tersely, by their first keys.
func (k KeyMap) ShortHelp() []key.Binding {
	// o works on the list too, but the list's footer has no room for it
	// (? lists it): it shows where a story or its links are in front.
	browser := terse(k.OpenLink, "browser")
	browser.SetEnabled(browser.Enabled() && !k.NextTab.Enabled())
	// With a story search on, esc ends it before it goes back.
	back := terse(k.Back, "back")
	back.SetEnabled(back.Enabled() && !k.SearchClear.Enabled())
	return []key.Binding{
		terse(k.FilterApply, "keep"), terse(k.FilterClear, "clear"),
		terse(k.Open, cmp.Or(k.opens, "open")), back,
		terse(k.SearchNext, "match", k.SearchPrev), terse(k.SearchClear, "end search"),
		terse(k.NextStory, "next/prev", k.PrevStory), browser,
		terse(k.Links, "links"),
		terse(k.Filter, "filter"), terse(k.NextTab, "region"), terse(k.Help, "help"),
	}
}

// terse is b with shorter help text, shown by its first key (and the first
// keys of the bindings paired with it), on or off as b is.
func terse(b key.Binding, desc string, pair ...key.Binding) key.Binding {
	keys := keyOf(b)
	for _, p := range pair {
		keys += "/" + keyOf(p)
	}
	t := key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(keys, desc))
	t.SetEnabled(b.Enabled())
	return t
}

// FullHelp is the `?` screen, in groups: moving, the list, a story, read
// and starred marks, anywhere.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.NextTab, k.PrevTab, k.Filter, k.Countries, k.Sources, k.Refresh, k.Front, k.ToggleGroup},
		// SearchNext's help names N too, so SearchPrev needs no line; space at
		// the end (ReadOn) is in the help's notes: "space" would widen the
		// column past five groups at 120 columns.
		{k.NextStory, k.PrevStory, k.OpenLink, k.CopyLink, k.Links, k.StorySearch, k.SearchNext, k.Article, k.CoverageNext},
		{k.ToggleRead, k.ToggleStar, k.NextUnread, k.UnreadOnly, k.StarredOnly, k.MarkAllRead, k.Undo},
		{k.ToggleLayout, k.FocusStory, k.FocusList, k.Help, k.Quit, k.ForceQuit},
	}
}
