package ui

import (
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

	// Article swaps the story's text for the article of the page it links
	// to, and back (story view; on the list it opens the story so).
	Article key.Binding
}

// DefaultKeyMap returns the built-in bindings.
func DefaultKeyMap() KeyMap {
	k := KeyMap{
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:      key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		NextTab:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next region")),
		PrevTab:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous region")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Sources:   key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "sources and feeds")),
		Refresh:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh feeds")),

		FilterApply: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
		FilterClear: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		FilterUp:    key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "up")),
		FilterDown:  key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "down")),

		ConfirmYes: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),

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

		Article: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "article text")),
	}
	for i := range k.PickLink {
		n := strconv.Itoa(i + 1)
		k.PickLink[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, "link "+n))
	}
	return k
}

// forScreen switches each binding on or off for what is in front of the
// user: the screen, whether the filter line has the keyboard, whether a
// filter is applied, and whether the mark-all question awaits its answer.
func (k *KeyMap) forScreen(s screen, filtering, filtered, confirming bool) {
	list, detail, links := s == screenList, s == screenDetail, s == screenLinks
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
	k.Open.SetEnabled(list && !filtering || links || s == screenSources)
	k.Back.SetEnabled(!list)
	k.Quit.SetEnabled(!typing)
	k.Help.SetEnabled(!typing)
	k.NextTab.SetEnabled(list)
	k.PrevTab.SetEnabled(list)
	k.Filter.SetEnabled(list && !filtering)
	k.Sources.SetEnabled(list && !filtering)
	k.FilterApply.SetEnabled(typing)
	k.FilterClear.SetEnabled(typing || list && filtered)
	k.NextStory.SetEnabled(detail)
	k.PrevStory.SetEnabled(detail)
	k.OpenLink.SetEnabled(detail || links)
	k.CopyLink.SetEnabled(detail || links)
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
	k.Article.SetEnabled(!k.noArticle && (detail || list && !filtering))
}

// ShortHelp is the footer's one line of help: the few keys that matter on
// the screen in front of the user, described tersely.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{
		terse(k.FilterApply, "enter", "keep"), terse(k.FilterClear, "esc", "clear"),
		terse(k.Open, "enter", "open"), terse(k.Back, "esc", "back"),
		terse(k.NextStory, "n/p", "next/prev"), terse(k.OpenLink, "o", "browser"),
		terse(k.Links, "L", "links"),
		terse(k.Filter, "/", "filter"), terse(k.NextTab, "tab", "region"), k.Help,
	}
}

// terse is b with shorter help text, on or off as b is.
func terse(b key.Binding, keys, desc string) key.Binding {
	t := key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(keys, desc))
	t.SetEnabled(b.Enabled())
	return t
}

// FullHelp is the `?` screen, in groups: moving, the list, a story, read
// and starred marks, anywhere.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.NextTab, k.PrevTab, k.Filter, k.Sources, k.Refresh},
		{k.NextStory, k.PrevStory, k.OpenLink, k.CopyLink, k.Links, k.Article},
		{k.ToggleRead, k.ToggleStar, k.NextUnread, k.UnreadOnly, k.StarredOnly, k.MarkAllRead},
		{k.Help, k.Quit, k.ForceQuit},
	}
}
