package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// Refreshing the subscriptions: r asks for it, the loader reports its
// progress in batches, and the footer shows it until it is over.

// askRefresh asks for a refresh of every subscription, or of the one
// only (called name), unless one is under way.
func (a App) askRefresh(only *model.Origin, name string) (App, tea.Cmd) {
	if a.opts.Refresh == nil {
		return a.notify("No subscriptions to refresh: add a feed with dateline add URL.", false)
	}
	if a.refresh != nil {
		return a.notify("A refresh is already under way.", false)
	}
	refresh := a.opts.Refresh
	if only == nil {
		return a, func() tea.Msg {
			refresh()
			return RefreshRequested{}
		}
	}
	origin := *only
	ask := func() tea.Msg {
		refresh(origin)
		return RefreshRequested{Only: []model.Origin{origin}}
	}
	a, note := a.notify(fmt.Sprintf("Refreshing %s…", name), false)
	return a, tea.Batch(ask, note)
}

// handleRefreshProgressed takes a refresh's progress: the first report of
// a pass clears the errors of the last.
func (a App) handleRefreshProgressed(p RefreshProgressed) (App, tea.Cmd) {
	// The library is loaded before a refresh starts: from now on the
	// selection stays on its story as new ones come in above it.
	a.loading, a.list.moved = false, true
	if a.refresh == nil {
		a.refreshNew = 0
		for i := range a.sources {
			if a.sources[i].origin.Kind != model.FromLibrary {
				a.sources[i].err = nil
			}
		}
	}
	a.refresh = &p
	return a, waitForEvent(a.opts.Events)
}

// handleRefreshFinished says how a refresh went.
func (a App) handleRefreshFinished(done RefreshFinished) (App, tea.Cmd) {
	a.loading, a.list.moved = false, true
	a.refresh = nil
	msg := fmt.Sprintf("Refreshed %s: %s.", plural(done.Feeds, "feed", "feeds"), plural(a.refreshNew, "new story", "new stories"))
	if done.Failed > 0 {
		msg += fmt.Sprintf(" %d failed: F says why.", done.Failed)
	}
	alert := false
	for _, s := range a.sources {
		if s.origin.Kind == model.FromServer && s.err != nil {
			// The sync's own words: the server is down, the password wrong.
			msg, alert = s.err.Error(), true
		}
	}
	a, note := a.notify(msg, alert)
	return a, tea.Batch(note, a.listFeeds(), waitForEvent(a.opts.Events))
}

// refreshStatus is the footer's word on a refresh under way.
func (a App) refreshStatus() string {
	if a.refresh == nil {
		return ""
	}
	return fmt.Sprintf("refreshing %d/%d feeds · %s", a.refresh.Done, a.refresh.Total, plural(a.refreshNew, "new", "new"))
}
