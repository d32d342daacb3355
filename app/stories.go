package app

import (
	"context"
	"io"
	"slices"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/serversync"
	"github.com/dateline-news/dateline/store"
)

// The stories a session shows: the SOURCE arguments (stored in the
// library), else the library and, in the reader, the refreshes of the
// subscriptions behind it, else the sample (never stored).

// Want says which stories a stream is for.
type Want struct {
	// Sources are the SOURCE arguments: paths, or "-" for Stdin.
	Sources []string
	Stdin   io.Reader
	// Scope is the region shown first: its first page comes first.
	Scope model.Scope
	// Whole asks for whole stories (list, show); the reader takes partial
	// ones from the library, completed when opened.
	Whole bool
	// Unsearched says the caller filters by no words (list with no
	// query): Collect builds its collection without the word index.
	Unsearched bool
	// Headlines says the caller prints no more of a story than its
	// headline, source, date, regions, countries and ID (list's text
	// lines): Collect takes the library's stories partial, not whole.
	Headlines bool
	// Refresh keeps the subscriptions fresh behind the library: once it
	// is loaded, on request (Stream.Refresh), and every refresh_interval.
	// Only without Sources.
	Refresh bool
}

// Stream is stories as they arrive.
type Stream struct {
	// Events brings stories, stories stored, failures and the refreshes'
	// progress; it is closed once loading has stopped (with Refresh, when
	// ctx ends).
	Events <-chan model.Event
	// Origins are the sources named, in order (none for the library).
	Origins []model.Origin
	// Done is closed once nothing more is loaded.
	Done <-chan struct{}
	// Refresh, when not nil, asks for a refresh of the subscriptions now:
	// of those named, or of all. It never waits.
	Refresh func(only ...model.Origin)
	// Warnings are what was left out (a subscription whose password
	// could not be read, a sync server that cannot be reached so).
	Warnings []error
}

// Stories starts loading what want asks for.
func (s *Session) Stories(ctx context.Context, want Want) (Stream, error) {
	if len(want.Sources) > 0 {
		// Sources are parsed, and their stories placed in the world: build
		// the place index beside the rest of the start, not in front of
		// the first story.
		go model.PreparePlaces()
	}
	st, err := s.Library()
	if err != nil {
		return Stream{}, err
	}
	events := make(chan model.Event, 8)
	done := make(chan struct{})
	stream := Stream{Events: events, Done: done}
	finish := func() { close(events); close(done) }

	l := Loader{Store: st, Scope: want.Scope, Whole: want.Whole}
	limit := int64(parseMemoryLimit)
	if st == nil {
		limit = noLibraryLimit
	}
	l.Parsing = func() { s.setMemoryLimit(limit) }
	if s.reader && st != nil {
		l.Stored = func(written int) { s.setMemoryLimit(limit + s.held.Add(int64(written))*readerPerStory) }
	}

	if len(want.Sources) == 0 && want.Refresh {
		f, warnings, err := s.feeding(st)
		if err != nil {
			return Stream{}, err
		}
		stream.Warnings = warnings
		if f != nil {
			f.refresher.Loader.Parsing = l.Parsing
			f.refresher.Loader.Stored = l.Stored
			stream.Refresh = s.requestRefresh
			go func() {
				if st != nil && !empty(st) {
					l.Library(ctx, events)
				}
				f.run(ctx, events, s.requests)
				finish()
			}()
			return stream, nil
		}
	}
	if len(want.Sources) == 0 && st != nil && !empty(st) {
		go func() { l.Library(ctx, events); finish() }()
		return stream, nil
	}
	var sources []feeds.Source
	if len(want.Sources) == 0 {
		go model.PreparePlaces()
		l.MarksOnly = true // the sample is never stored
		sources = []feeds.Source{feeds.Bundled(s.env.Sample)}
	}
	for _, n := range want.Sources {
		if n == "-" {
			sources = append(sources, feeds.Stdin(want.Stdin))
		} else {
			sources = append(sources, feeds.Path(n))
		}
	}
	for _, src := range sources {
		stream.Origins = append(stream.Origins, src.Origin())
	}
	go func() { l.Sources(ctx, sources, events); finish() }()
	return stream, nil
}

// refreshRequest names the feeds to refresh; none: all of them.
type refreshRequest []model.Origin

// requestRefresh queues a refresh request unless one is waiting.
func (s *Session) requestRefresh(only ...model.Origin) {
	select {
	case s.requests <- only:
	default: // one is already waiting
	}
}

// feeding is how the reader keeps its subscriptions fresh: refreshed once
// the library is loaded, again when the user asks and every interval.
type feeding struct {
	session   *Session
	subs      []Subscription
	refresher *Refresher
	// sync, when set, syncs with the feed server before each refresh.
	sync     *serversync.Engine
	interval time.Duration // 0: only when asked
}

// feeding is the reader's refreshing, nil without subscriptions or a
// sync server.
func (s *Session) feeding(st *store.Store) (*feeding, []error, error) {
	cfg, err := s.Config()
	if err != nil {
		return nil, nil, err
	}
	subs, warnings := s.subscriptions(cfg, st)
	engine, err := s.syncEngine(st)
	if err != nil {
		warnings = append(warnings, err)
	}
	if len(subs) == 0 && engine == nil {
		return nil, warnings, nil
	}
	return &feeding{session: s, subs: subs, refresher: s.refresher(cfg, st), interval: cfg.RefreshInterval, sync: engine}, warnings, nil
}

// syncRetry is how soon a failed sync is tried again.
const syncRetry = time.Minute

// run refreshes until ctx ends.
func (f *feeding) run(ctx context.Context, out chan<- model.Event, requests <-chan refreshRequest) {
	var only refreshRequest
	for {
		var tick, retry <-chan time.Time
		var steps []Step
		syncAsked := len(only) == 0 || slices.ContainsFunc(only, func(o model.Origin) bool { return o.Kind == model.FromServer })
		if f.sync != nil && syncAsked {
			steps = append(steps, Step{From: model.Server(f.sync.Key), Run: func(ctx context.Context, out chan<- model.Event) error {
				if _, err := f.sync.Sync(ctx, out); err != nil {
					retry = f.session.env.after(syncRetry)
					return syncFailed(err, "reading goes on from the library, and it is tried again in a minute")
				}
				return nil
			}})
		}
		subs := f.subs
		if len(only) > 0 {
			subs = slices.DeleteFunc(slices.Clone(subs), func(s Subscription) bool {
				return !slices.Contains(only, model.Feed(s.Key))
			})
		}
		results := f.refresher.Refresh(ctx, subs, false, out, steps...)
		for _, res := range f.session.applyMoves(results) {
			sendTo(ctx, out, model.SourceFailed{From: model.Feed(res.Sub.Key), Err: res.Err})
		}
		if f.interval > 0 {
			tick = f.session.env.after(f.interval) // from the end of this refresh
		}
		select {
		case <-ctx.Done():
			return
		case only = <-requests:
		case <-tick:
			only = nil
		case <-retry:
			only = nil
		}
	}
}
