package app

import (
	"context"
	"sync"
	"time"

	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// grouping places the stories of an ingest in events (model.Coverage)
// before they are written and shown, so each carries its event from the
// start. It lives as long as its ingester: the library keeps every
// story's event, and the next ingest rebuilds the grouping from the
// stories published around its own, which it reads from the library as it
// needs them. A refresh so holds a few days of stories, not the library.
// Without a library (st nil) it places what is read among itself.
type grouping struct {
	st *store.Store

	mu       sync.Mutex // sources are parsed, and so placed, in parallel
	coverage *model.Coverage
	from, to time.Time // the span read from the library so far
	read     bool      // from and to are set
}

func newGrouping(st *store.Store) *grouping { return &grouping{st: st} }

// place sets the Event of each story (see model.Story.Event). The stories
// are not yet shown or queued: nobody else reads them. It returns the
// stories placed before, alone, that have joined an event since (story
// ID -> event ID; see model.Coverage.TakeMoved): the caller writes and
// tells their new events.
func (g *grouping) place(ctx context.Context, stories []*model.Story) map[string]string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.coverage == nil {
		g.coverage = model.NewCoverage()
	}
	var from, to time.Time
	for _, s := range stories {
		if !s.Dated() {
			continue
		}
		if from.IsZero() || s.Published.Before(from) {
			from = s.Published
		}
		if s.Published.After(to) {
			to = s.Published
		}
	}
	if g.st != nil && !from.IsZero() {
		// A story may join an event whose first story is up to MaxSpan
		// before it, and be joined by one up to Window after it.
		g.readSpan(ctx, from.Add(-model.MaxSpan), to.Add(model.MaxSpan))
	}
	events := g.coverage.Group(stories, nil)
	moved := g.coverage.TakeMoved()
	for i, s := range stories {
		s.Event = ""
		if events[i] != s.ID {
			s.Event = events[i]
		}
		delete(moved, s.ID) // its Event says it
	}
	return moved
}

// readSpan adds the library's stories published from from to to that it
// has not read yet, with the events they were placed in.
func (g *grouping) readSpan(ctx context.Context, from, to time.Time) {
	switch {
	case !g.read:
		g.keep(ctx, from, to)
		g.from, g.to, g.read = from, to, true
	default:
		if from.Before(g.from) {
			g.keep(ctx, from, g.from)
			g.from = from
		}
		if to.After(g.to) {
			g.keep(ctx, g.to, to)
			g.to = to
		}
	}
}

func (g *grouping) keep(ctx context.Context, from, to time.Time) {
	for it, err := range g.st.Published(ctx, from, to) {
		if err != nil {
			return // the library's failures are reported by its writes; the stories are placed among fewer
		}
		s := *it.Story
		s.Details = &model.Details{Summary: it.Summary} // its own: s shares nothing with it.Story
		g.coverage.Keep(&s, "", s.Event)
	}
}
