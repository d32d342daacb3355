package app

import (
	"cmp"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/serversync"
	"github.com/dateline-news/dateline/store"
)

// The subscriptions: the config's feeds as the refresher reads them, their
// statuses, and a refresh of them all without the reader.

// passwordTimeout bounds a password command (a password manager may ask
// for a passphrase on the terminal; past this it is taken as stuck).
const passwordTimeout = 30 * time.Second

// password reads a secret from its command or variable.
func (s *Session) password(name, command, env string) (string, error) {
	switch {
	case command != "":
		ctx, cancel := context.WithTimeout(context.Background(), passwordTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, "sh", "-c", command)
		cmd.Stdin, cmd.Stderr = s.env.Stdin, s.env.Stderr
		out, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("%s: password_command %q failed: %v; run it yourself to see why", name, command, err)
		}
		return strings.TrimRight(string(out), "\r\n"), nil
	case env != "":
		v, ok := s.env.lookup(env)
		if !ok {
			return "", fmt.Errorf("%s: password_env names $%s, which is not set; set it, or use password_command", name, env)
		}
		return v, nil
	}
	return "", nil
}

// subscriptions turns the config's feeds into what the refresher reads.
// A feed whose password cannot be read is left out, with its error. A
// feed without a name in the config is called by the title its feed had
// at its last fetch.
func (s *Session) subscriptions(cfg *config.Config, st *store.Store) ([]Subscription, []error) {
	var titles map[string]store.FeedState
	if st != nil {
		titles, _ = st.FeedStates(context.Background())
	}
	var subs []Subscription
	var errs []error
	for _, f := range cfg.Feeds {
		sub := Subscription{Key: f.Source(), URL: f.URL, Path: f.Path, Name: cmp.Or(f.Name, titles[f.Source()].Title, f.Source()), Username: f.Username, FullText: f.FullText}
		sub.Options = feeds.Options{Name: f.Name, Section: f.Section, Tags: f.Tags}
		if r, ok := model.LookupRegion(f.Region); ok && f.Region != "" {
			sub.Options.Region, sub.Options.HasRegion = r, true
		}
		if f.Username != "" {
			p, err := s.password(sub.Name, f.PasswordCommand, f.PasswordEnv)
			if err != nil {
				errs = append(errs, fmt.Errorf("%w (left out of this session)", err))
				continue
			}
			sub.Password = p
		}
		subs = append(subs, sub)
	}
	return subs, errs
}

// fetcher is the session's one Fetcher: refreshes and article pages
// share its connections and its per-host limit.
func (s *Session) fetcher() *fetch.Fetcher {
	s.fetcherOnce.Do(func() {
		s.fetch = &fetch.Fetcher{UserAgent: fetch.DefaultUserAgent(s.env.Version), AllowPrivatePages: s.env.AllowPrivatePages}
	})
	return s.fetch
}

// refresher builds the refresher for the config and library.
func (s *Session) refresher(cfg *config.Config, st *store.Store) *Refresher {
	return &Refresher{
		Loader:  Loader{Store: st, KeepRead: cfg.Retention.ReadAge(), KeepUnread: cfg.Retention.UnreadAge()},
		Fetcher: s.fetcher(),
	}
}

// applyMoves points the subscriptions whose feeds have moved for good at
// their new addresses, in one edit of the config file: all of them or,
// if that fails, none. It returns the moves that failed, with why.
func (s *Session) applyMoves(results []Result) []Result {
	var moves []Result
	for _, r := range results {
		if r.MoveTo != "" {
			moves = append(moves, r)
		}
	}
	if len(moves) == 0 {
		return nil
	}
	path, err := s.ConfigPath()
	if err == nil {
		err = s.env.editConfig(path, func(d *config.Doc) error {
			for _, m := range moves {
				if err := d.MoveFeed(m.Sub.URL, m.MoveTo); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err == nil {
		return nil
	}
	for i := range moves {
		moves[i].Err = fmt.Errorf("%s moved to %s, but the config could not be updated: %w", moves[i].Sub.Name, moves[i].MoveTo, err)
	}
	return moves
}

// RefreshReport is what a refresh without the reader did.
type RefreshReport struct {
	// Synced is the sync's report when there is a sync server and it
	// worked.
	Synced  *serversync.Report
	Results []Result
	// Errs are the failures that are not a feed's own: a password, the
	// sync, a move the config could not take.
	Errs []error
}

// Failed counts the feeds that failed and the other failures.
func (r RefreshReport) Failed() int { return len(Failed(r.Results)) + len(r.Errs) }

// Count is how many feeds' refreshes ended so.
func (r RefreshReport) Count(status store.FetchStatus) int {
	n := 0
	for _, res := range r.Results {
		if res.Status == status {
			n++
		}
	}
	return n
}

// Stories is how many stories the refresh parsed.
func (r RefreshReport) Stories() int {
	n := 0
	for _, res := range r.Results {
		n += res.Stories
	}
	return n
}

// ErrNothingToRefresh is Refresh's answer when there are no feeds and no
// sync server.
var ErrNothingToRefresh = fmt.Errorf("no feeds to refresh; add one with dateline add URL")

// Refresh syncs with the feed server, if there is one, then fetches every
// subscription, force ignoring the floors servers set.
func (s *Session) Refresh(ctx context.Context, force bool) (RefreshReport, error) {
	var rep RefreshReport
	cfg, err := s.Config()
	if err != nil {
		return rep, err
	}
	if len(cfg.Feeds) == 0 && cfg.Sync == nil {
		return rep, ErrNothingToRefresh
	}
	st, err := s.Library()
	if err != nil {
		return rep, err
	}
	subs, errs := s.subscriptions(cfg, st)
	rep.Errs = errs
	engine, err := s.syncEngine(st)
	if err != nil {
		rep.Errs = append(rep.Errs, err)
	}
	if engine != nil {
		sync, err := engine.Sync(ctx, nil)
		if err != nil {
			rep.Errs = append(rep.Errs, syncFailed(err, ""))
		} else {
			rep.Synced = &sync
		}
	}
	rep.Results = s.refresher(cfg, st).Refresh(ctx, subs, force, nil)
	for _, res := range s.applyMoves(rep.Results) {
		rep.Errs = append(rep.Errs, res.Err)
	}
	return rep, nil
}

// FeedStatuses is every subscription as `dateline feeds` and the feeds
// screen show it, from the config and what the library knows: the config
// file's feeds, then the sync server's (as its last sync saw them).
func (s *Session) FeedStatuses(ctx context.Context) ([]model.FeedStatus, error) {
	cfg, err := s.Config()
	if err != nil {
		return nil, err
	}
	st, err := s.Library()
	if err != nil {
		return nil, err
	}
	var states map[string]store.FeedState
	var counts map[string][2]int
	if st != nil {
		states, _ = st.FeedStates(ctx)
		counts, _ = st.SourceCounts(ctx)
	}
	out := make([]model.FeedStatus, 0, len(cfg.Feeds))
	for _, f := range cfg.Feeds {
		fs := states[f.Source()]
		n := counts[f.Source()]
		out = append(out, model.FeedStatus{
			Name: cmp.Or(f.Name, fs.Title, f.Source()), Origin: model.Feed(f.Source()), Region: f.Region,
			LastFetch: fs.LastFetch, Status: cmp.Or(string(fs.Status), "not fetched"), Error: fs.Error,
			MovedTo: fs.MovedTo, Stories: n[0], Unread: n[1],
		})
	}
	if cfg.Sync == nil || st == nil {
		return out, nil
	}
	list, at := serversync.SavedFeeds(ctx, st, syncKey(cfg.Sync))
	for _, f := range list {
		region := ""
		if r, ok := model.LookupRegion(f.Category); ok && f.Category != "" {
			region = r.String()
		}
		n := counts[f.URL]
		out = append(out, model.FeedStatus{Name: cmp.Or(f.Title, f.URL), Origin: model.Server(f.URL), Region: region,
			LastFetch: at, Status: string(store.StatusSynced), Stories: n[0], Unread: n[1]})
	}
	return out, nil
}
