package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/library"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/serversync"
	"github.com/dateline-news/dateline/store"
	"github.com/dateline-news/dateline/ui"
)

// The reader and what it reads: the library, the SOURCE arguments or the
// sample news.

// The soft limits the reader's garbage collector works to. Reading from
// the library, 100,000 stories keep ~50 MiB live (partial stories, bodies
// on disk); with Go's default pacing the heap would still peak near three
// times that while they load. Parsing feeds into the library, at most
// ~32,000 parsed stories wait to be written (library.maxQueued) and the
// written ones let their bodies go: ~250 MiB live at 100,000. Without a
// library every body stays: ~400 MiB. So the limit is raised when a source
// has to be parsed. A limit only makes the collector run sooner; past it
// Go still caps GC at half the CPU, so a larger load is slower, never
// stuck. GOMEMLIMIT, if set, wins.
const (
	libraryMemoryLimit = 96 << 20
	parseMemoryLimit   = 384 << 20
	noLibraryLimit     = 512 << 20
)

// openLibrary opens the library the flags name; nil with --no-library.
func openLibrary(c cliConfig) (*store.Store, error) {
	if c.noLibrary {
		return nil, nil
	}
	path := c.db
	if path == "" {
		var err error
		if path, err = store.DefaultPath(); err != nil {
			return nil, err
		}
	}
	return store.Open(path, feeds.Codec{})
}

// libraryFailed reports a library that cannot be opened.
func libraryFailed(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "dateline: %v\n(--no-library reads the sources without a library.)\n", err)
	return exitFailed
}

// closeLibrary commits what is queued (marks first) and closes the library.
func closeLibrary(st *store.Store, stderr io.Writer) bool {
	if st == nil {
		return true
	}
	if err := st.Close(); err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return false
	}
	return true
}

// empty reports whether the library has no story (or cannot say).
func empty(st *store.Store) bool {
	all, _, _, err := st.Counts(context.Background())
	return err != nil || all == 0
}

// sourcesFor turns the SOURCE arguments into sources; none means the sample.
func sourcesFor(names []string, stdin io.Reader) []feeds.Source {
	if len(names) == 0 {
		sub, err := fs.Sub(sample, "testdata/sample")
		if err != nil {
			panic(err) // the embed pattern above guarantees the folder
		}
		return []feeds.Source{feeds.Bundled(sub)}
	}
	out := make([]feeds.Source, len(names))
	for i, n := range names {
		if n == "-" {
			out[i] = feeds.Stdin(stdin)
		} else {
			out[i] = feeds.Path(n)
		}
	}
	return out
}

// feeding is how the reader keeps its subscriptions fresh: refreshed once
// the library is loaded, again when the user asks and every interval.
type feeding struct {
	subs      []library.Subscription
	refresher *library.Refresher
	// sync, when set, syncs with the feed server before each refresh.
	sync     *serversync.Engine
	requests <-chan []model.Origin // none for all, or the feeds to refresh
	interval time.Duration         // 0: only when asked
}

// run refreshes until ctx ends.
func (f *feeding) run(ctx context.Context, out chan<- model.Batch) {
	var tick <-chan time.Time
	if f.interval > 0 {
		t := time.NewTicker(f.interval)
		defer t.Stop()
		tick = t.C
	}
	var only []model.Origin
	for {
		var retry <-chan time.Time
		var steps []library.Step
		syncAsked := len(only) == 0 || slices.ContainsFunc(only, func(o model.Origin) bool { return o.Kind == model.FromServer })
		if f.sync != nil && syncAsked {
			steps = append(steps, library.Step{From: model.Server(f.sync.Key), Run: func(ctx context.Context, out chan<- model.Batch) error {
				if _, err := f.sync.Sync(ctx, out); err != nil {
					retry = time.After(syncRetry)
					return fmt.Errorf("sync failed: %w; reading goes on from the library, and it is tried again in a minute", err)
				}
				return nil
			}})
		}
		subs := f.subs
		if len(only) > 0 {
			subs = slices.DeleteFunc(slices.Clone(subs), func(s library.Subscription) bool {
				return !slices.Contains(only, model.Feed(s.Key))
			})
		}
		f.refresher.Refresh(ctx, subs, false, out, steps...)
		select {
		case <-ctx.Done():
			return
		case only = <-f.requests:
		case <-tick:
			only = nil
		case <-retry:
			only = nil
		}
	}
}

// syncRetry is how soon a failed sync is tried again.
const syncRetry = time.Minute

// startLoading starts sending what there is to show to out: the SOURCE
// arguments (stored in the library), else the library and, with
// subscriptions, their refreshes, else the sample (never stored). It
// returns the sources' origins and a channel closed when the loading has
// stopped. f is nil but in the reader.
func startLoading(ctx context.Context, c cliConfig, st *store.Store, whole bool, stdin io.Reader, out chan<- model.Batch, f *feeding) ([]model.Origin, <-chan struct{}) {
	done := make(chan struct{})
	l := library.Loader{Store: st, Scope: c.scope, Whole: whole}
	if os.Getenv("GOMEMLIMIT") == "" {
		limit := int64(parseMemoryLimit)
		if st == nil {
			limit = noLibraryLimit
		}
		l.Parsing = func() { debug.SetMemoryLimit(limit) }
	}
	if f != nil {
		f.refresher.Loader.Parsing = l.Parsing
	}
	if len(c.sources) == 0 && f != nil {
		go func() {
			if st != nil && !empty(st) {
				l.Library(ctx, out)
			}
			f.run(ctx, out)
			close(out)
			close(done)
		}()
		return nil, done
	}
	if len(c.sources) == 0 && st != nil && !empty(st) {
		go func() { l.Library(ctx, out); close(out); close(done) }()
		return nil, done
	}
	if len(c.sources) == 0 {
		l.MarksOnly = true // the sample is never stored
	}
	sources := sourcesFor(c.sources, stdin)
	names := make([]model.Origin, len(sources))
	for i, s := range sources {
		names[i] = s.Origin()
	}
	go func() { l.Sources(ctx, sources, out); close(out); close(done) }()
	return names, done
}

// applyConfig applies the config file's settings that a flag did not
// override.
func applyConfig(opts *ui.Options, c cliConfig, cfg *config.Config) {
	if c.theme == "" {
		switch cfg.Theme {
		case config.ThemeDark:
			opts.Theme, opts.ThemeForced = ui.Dark, true
		case config.ThemeLight:
			opts.Theme, opts.ThemeForced = ui.Light, true
		}
	}
	opts.Mouse = opts.Mouse && cfg.Mouse
	opts.ReadingWidth = cfg.ReadingWidth
	for _, s := range cfg.Searches {
		q := s.Parsed
		if unread, read, starred := q.State(); opts.NoState && (unread || read || starred) {
			continue // is: needs the library
		}
		opts.Searches = append(opts.Searches, ui.SavedSearch{Name: s.Name, Query: q})
	}
}

// readerOptions are the reader's options for what the flags say.
func readerOptions(c cliConfig, st *store.Store, batches <-chan model.Batch, names []model.Origin) ui.Options {
	opts := ui.Options{
		Batches:     batches,
		Sources:     names,
		Scope:       c.scope,
		Theme:       ui.Dark,
		ThemeForced: c.theme != "",
		Mouse:       !c.noMouse,
		NoColor:     os.Getenv("NO_COLOR") != "",
		Browser:     os.Getenv("BROWSER"),
		NoState:     st == nil,
	}
	if st != nil {
		opts.Marks = st
		opts.FullText = func(ctx context.Context, words, phrases []string) ([]string, bool, error) {
			pending := st.BodiesPending(ctx)
			ids, err := st.SearchWords(ctx, words, phrases, 0)
			return ids, pending, err
		}
	}
	if c.theme == "light" {
		opts.Theme = ui.Light
	}
	return opts
}

// startSession wires the reader: what it loads, and its options from the
// flags and the config file (with subscriptions, the refreshes behind the
// library and the r key). loaded is closed once loading has stopped,
// after ctx ends.
func startSession(ctx context.Context, c cliConfig, cfg *config.Config, st *store.Store, stdin io.Reader, stderr io.Writer) (ui.Options, <-chan struct{}) {
	subs, subErrs := subscriptions(cfg)
	for _, err := range subErrs {
		fmt.Fprintf(stderr, "dateline: %v (left out of this session)\n", err)
	}
	named(subs, st)
	requests := make(chan []model.Origin, 1)
	var f *feeding
	engine, err := syncEngine(cfg, st)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v (no sync this session)\n", err)
	}
	if len(subs) > 0 || engine != nil {
		f = &feeding{subs: subs, refresher: newRefresher(cfg, st, io.Discard), requests: requests, interval: cfg.RefreshInterval, sync: engine}
	}
	batches := make(chan model.Batch, 8)
	names, loaded := startLoading(ctx, c, st, false, stdin, batches, f)
	opts := readerOptions(c, st, batches, names)
	applyConfig(&opts, c, cfg)
	if len(cfg.Feeds) > 0 || engine != nil {
		opts.Feeds = func() []ui.FeedStatus { return feedStatuses(cfg, st) }
	}
	if f != nil && len(c.sources) == 0 {
		opts.Refresh = func(only ...model.Origin) {
			select {
			case requests <- only:
			default: // one is already waiting
			}
		}
	}
	return opts, loaded
}

func runReader(c cliConfig, stdin io.Reader, stderr io.Writer) int {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(libraryMemoryLimit)
	}
	cfg, err := loadConfig(c)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	st, err := openLibrary(c)
	if err != nil {
		return libraryFailed(stderr, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	opts, loaded := startSession(ctx, c, cfg, st, stdin, stderr)
	var progOpts []tea.ProgramOption
	if slices.Contains(c.sources, "-") {
		// Standard input holds the feed: read keys from the terminal.
		tty, err := os.Open("/dev/tty")
		if err != nil {
			cancel()
			<-loaded
			closeLibrary(st, stderr)
			fmt.Fprintf(stderr, "dateline: reading a feed from standard input needs a terminal for the keys: %v\n", err)
			return exitFailed
		}
		defer tty.Close()
		progOpts = append(progOpts, tea.WithInput(tty))
	}
	p := tea.NewProgram(ui.New(opts), progOpts...)
	// Bubble Tea quits on SIGTERM; a closed terminal (SIGHUP) must quit
	// the same way, so that the marks are committed below.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	go func() {
		if _, ok := <-hup; ok {
			p.Quit()
		}
	}()
	_, runErr := p.Run()
	signal.Stop(hup)
	close(hup)
	cancel()
	<-loaded
	ok := closeLibrary(st, stderr)
	if runErr != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", runErr)
		return exitFailed
	}
	if !ok {
		return exitFailed
	}
	return exitOK
}
