package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/dateline-news/dateline/model"
)

// The sources and feeds screen (F): every subscription with its last
// fetch, status, counts and last error, then the other sources read.
// enter shows only the stories of the feed or source on top, on the All
// tab; r refreshes just that feed.

// FeedStatus is a subscription as the feeds screen shows it.
type FeedStatus = model.FeedStatus

// sourceState is what the sources screen shows for one source.
type sourceState struct {
	origin  model.Origin
	stories int
	err     error
	// names are the source names of its stories, in the order first seen,
	// at most maxSourceNames+1 of them: enter filters by them.
	names []string
}

// maxSourceNames is the most source names enter on a source's row puts in
// the filter; a folder of story files from many sources is filtered by
// hand.
const maxSourceNames = 6

// took notes the source names of stories the source brought.
func (s sourceState) took(stories []*model.Story) sourceState {
	for _, st := range stories {
		if len(s.names) > maxSourceNames {
			break
		}
		if n := len(s.names); n > 0 && s.names[n-1] == st.Source || slices.Contains(s.names, st.Source) {
			continue
		}
		s.names = append(s.names, st.Source)
	}
	return s
}

// sourcesScreen is the subscriptions as last read, and the row on top.
type sourcesScreen struct {
	top   int
	feeds []FeedStatus
}

// listFeeds reads the subscriptions' state, off the UI goroutine.
func (a App) listFeeds() tea.Cmd {
	if a.opts.Feeds == nil {
		return nil
	}
	read := a.opts.Feeds
	return func() tea.Msg { return FeedsListed{Feeds: read()} }
}

// listed takes the subscriptions' state just read.
func (s sourcesScreen) listed(feeds []FeedStatus) sourcesScreen {
	s.feeds = feeds
	return s
}

// sourceRow is a row of the sources screen: a subscription, or another
// source that was read.
type sourceRow struct {
	feed *FeedStatus
	src  *sourceState
}

// sourceRows are the rows of the sources screen, in order: the
// subscriptions, then the other sources.
func sourceRows(feeds []FeedStatus, sources []sourceState) []sourceRow {
	var rows []sourceRow
	seen := map[model.Origin]bool{}
	for i := range feeds {
		rows = append(rows, sourceRow{feed: &feeds[i]})
		seen[feeds[i].Origin] = true
	}
	for i := range sources {
		if !seen[sources[i].origin] {
			rows = append(rows, sourceRow{src: &sources[i]})
		}
	}
	return rows
}

// update handles a key on the sources screen, whose rows are rows.
func (s sourcesScreen) update(msg tea.KeyPressMsg, k *KeyMap, all []sourceRow) (sourcesScreen, outcome) {
	rows := len(all)
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit), key.Matches(msg, k.Sources):
		return s, outcome{do: actBack}
	case key.Matches(msg, k.Help):
		return s, outcome{do: actHelp}
	case key.Matches(msg, k.Down):
		s.top = min(s.top+1, max(0, rows-1))
	case key.Matches(msg, k.Up):
		s.top = max(s.top-1, 0)
	case key.Matches(msg, k.Refresh) && s.top < len(s.feeds):
		f := s.feeds[s.top]
		return s, outcome{do: actRefresh, origin: &f.Origin, name: f.Name}
	case key.Matches(msg, k.Refresh) && s.top < rows:
		return s, notice(fmt.Sprintf("Only subscriptions refresh; %s is read again when dateline starts.", all[s.top].src.origin), false)
	case key.Matches(msg, k.Open) && s.top < rows:
		return s, all[s.top].show()
	}
	return s, outcome{}
}

// show is the outcome of enter on the row: the list of its stories, or
// why there is none.
func (r sourceRow) show() outcome {
	if r.feed != nil {
		return outcome{do: actShowSource, names: []string{r.feed.Name}}
	}
	src := r.src
	switch {
	case len(src.names) == 0 && src.err != nil:
		return notice(fmt.Sprintf("%s gave no stories: its error is below it.", src.origin), true)
	case len(src.names) == 0:
		return notice(fmt.Sprintf("%s has no stories to show.", src.origin), false)
	case len(src.names) > maxSourceNames:
		return notice(fmt.Sprintf("%s has stories from more than %d sources: filter by one with / then source:NAME.", src.origin, maxSourceNames), false)
	}
	return outcome{do: actShowSource, names: src.names}
}

// draw draws the sources screen; sources are the loader's record of what
// it read.
func (s sourcesScreen) draw(e env, sources []sourceState, footer func(string) string) string {
	st := e.styles
	failed := 0
	for _, src := range sources {
		if src.err != nil {
			failed++
		}
	}
	var b strings.Builder
	title, counts := "Sources", fmt.Sprintf("%d read, %d failed", len(sources), failed)
	if len(s.feeds) > 0 {
		title, counts = "Feeds", fmt.Sprintf("%s · %s: its stories · %s: refresh it", plural(len(s.feeds), "subscription", "subscriptions"), keyOf(e.keys.Open), keyOf(e.keys.Refresh))
	} else if len(sources) > 0 {
		counts += " · " + keyOf(e.keys.Open) + ": its stories"
	}
	b.WriteString(st.App.Title.Render(title))
	b.WriteString("  ")
	b.WriteString(st.App.Subtle.Render(counts))
	b.WriteString("\n")
	b.WriteString(rule(e))
	b.WriteString("\n")
	var lines []string
	wrap := lipgloss.NewStyle().Width(max(10, e.width-6))
	rows := sourceRows(s.feeds, sources)
	for i, row := range rows[min(s.top, len(rows)):] {
		if row.feed != nil {
			lines = append(lines, feedLines(e, *row.feed, i == 0 && len(rows) > 1)...)
			continue
		}
		src := *row.src
		status := st.App.Subtle.Render(plural(src.stories, "story", "stories"))
		name := "  " + fit(src.origin.String(), max(10, e.width-18))
		if i == 0 && len(rows) > 1 {
			name = st.List.Selected.Render("▸ " + fit(src.origin.String(), max(10, e.width-18)))
		}
		lines = append(lines, name+"  "+status)
		if src.err != nil {
			for l := range strings.SplitSeq(wrap.Render(src.err.Error()), "\n") {
				lines = append(lines, "    "+st.App.Error.Render(l))
			}
		}
	}
	if len(rows) == 0 {
		lines = append(lines, st.List.Empty.Render(" No sources."))
	}
	for i := range e.height - 4 {
		if i < len(lines) {
			b.WriteString(lines[i])
		}
		b.WriteString("\n")
	}
	b.WriteString(rule(e))
	b.WriteString("\n")
	return b.String() + footer("")
}

// feedLines are the feeds screen's lines for the subscription f.
func feedLines(e env, f FeedStatus, top bool) []string {
	st := e.styles
	last := "never fetched"
	if !f.LastFetch.IsZero() {
		last = "fetched " + f.LastFetch.In(e.opts.Location).Format("02 Jan 15:04")
	}
	region := f.Region
	if region == "" {
		region = "regions from its stories"
	}
	meta := fmt.Sprintf("%s · %s · %s · %d/%d unread", region, last, f.Status, f.Unread, f.Stories)
	name := "  " + fit(f.Name, max(10, e.width-6))
	if top {
		name = st.List.Selected.Render("▸ " + fit(f.Name, max(10, e.width-6)))
	}
	lines := []string{name, "    " + st.App.Subtle.Render(fit(meta, max(10, e.width-6)))}
	wrap := max(10, e.width-6)
	for _, msg := range []string{f.Error, movedNote(f.MovedTo)} {
		if msg == "" {
			continue
		}
		for l := range strings.SplitSeq(lipgloss.NewStyle().Width(wrap).Render(msg), "\n") {
			lines = append(lines, "    "+st.App.Error.Render(l))
		}
	}
	return lines
}

func movedNote(to string) string {
	if to == "" {
		return ""
	}
	return "moved permanently to " + to + " (the config follows after a few fetches)"
}
