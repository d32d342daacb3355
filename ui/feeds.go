package ui

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/dateline-news/dateline/model"
)

// The feeds screen (F): every subscription with its last fetch, status,
// counts and last error, then any other source that failed. enter shows
// only the stories of the feed on top; r refreshes just that feed.

// FeedStatus is a subscription as the feeds screen shows it.
type FeedStatus = model.FeedStatus

// listFeeds reads the subscriptions' state, off the UI goroutine.
func (a App) listFeeds() tea.Cmd {
	if a.opts.Feeds == nil {
		return nil
	}
	read := a.opts.Feeds
	return func() tea.Msg { return FeedsListed{Feeds: read()} }
}

// sourceRows are the names on the sources screen, in order: the
// subscriptions, then the other sources.
func (a App) sourceRows() []string {
	var names []string
	seen := map[model.Origin]bool{}
	for _, f := range a.feeds {
		names = append(names, f.Name)
		seen[f.Origin] = true
	}
	for _, s := range a.sources {
		if !seen[s.origin] {
			names = append(names, s.origin.String())
		}
	}
	return names
}

// sourceOnTop is the name of the source at the top of the sources screen.
func (a App) sourceOnTop() (string, bool) {
	rows := a.sourceRows()
	if a.sourceTop >= len(rows) {
		return "", false
	}
	return rows[a.sourceTop], true
}

// showSource goes back to the list filtered to one source's stories.
func (a App) showSource(name string) App {
	q, err := model.ParseSearch("source:" + strconv.Quote(name))
	if err != nil {
		return a
	}
	a.screen = screenList
	a.query, a.textHits, a.textErr = q, nil, nil
	a.input.SetValue(q.String())
	a.only.Keep = map[int32]bool{}
	a = a.refreshView()
	a.list = a.list.moveTo(0)
	return a
}

// feedLines are the feeds screen's lines for the subscription f.
func (a App) feedLines(f FeedStatus, top bool) []string {
	st := a.styles
	last := "never fetched"
	if !f.LastFetch.IsZero() {
		last = "fetched " + f.LastFetch.In(a.opts.Location).Format("02 Jan 15:04")
	}
	region := f.Region
	if region == "" {
		region = "regions from its stories"
	}
	meta := fmt.Sprintf("%s · %s · %s · %d/%d unread", region, last, f.Status, f.Unread, f.Stories)
	name := "  " + fit(f.Name, max(10, a.width-6))
	if top {
		name = st.List.Selected.Render("▸ " + fit(f.Name, max(10, a.width-6)))
	}
	lines := []string{name, "    " + st.App.Subtle.Render(fit(meta, max(10, a.width-6)))}
	wrap := max(10, a.width-6)
	for _, e := range []string{f.Error, movedNote(f.MovedTo)} {
		if e == "" {
			continue
		}
		for l := range strings.SplitSeq(lipgloss.NewStyle().Width(wrap).Render(e), "\n") {
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
