package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/library"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/serversync"
	"github.com/dateline-news/dateline/store"
	"github.com/dateline-news/dateline/ui"
)

// The subscription commands: refresh, feeds, add, remove, import, export
// and config init, and turning the config's feeds into subscriptions.

// loadConfig reads the config file the flags name (or the default one).
func loadConfig(c cliConfig) (*config.Config, error) {
	return config.Load(c.configPath)
}

// passwordTimeout bounds a password command (a password manager may ask
// for a passphrase on the terminal; past this it is taken as stuck).
const passwordTimeout = 30 * time.Second

// password reads a feed's password from its command or variable.
func password(name, command, env string) (string, error) {
	switch {
	case command != "":
		ctx, cancel := context.WithTimeout(context.Background(), passwordTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, "sh", "-c", command)
		cmd.Stdin, cmd.Stderr = os.Stdin, os.Stderr
		out, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("%s: password_command %q failed: %v; run it yourself to see why", name, command, err)
		}
		return strings.TrimRight(string(out), "\r\n"), nil
	case env != "":
		v, ok := os.LookupEnv(env)
		if !ok {
			return "", fmt.Errorf("%s: password_env names $%s, which is not set; set it, or use password_command", name, env)
		}
		return v, nil
	}
	return "", nil
}

// subscriptions turns the config's feeds into what the refresher reads.
// A feed whose password cannot be read is left out, with its error.
func subscriptions(cfg *config.Config) ([]library.Subscription, []error) {
	var subs []library.Subscription
	var errs []error
	for _, f := range cfg.Feeds {
		s := library.Subscription{Key: f.Source(), URL: f.URL, Path: f.Path, Name: f.Name, Username: f.Username}
		if s.Name == "" {
			s.Name = f.Source()
		}
		s.Options = feeds.Options{Name: f.Name, Section: f.Section, Tags: f.Tags}
		if r, ok := model.LookupRegion(f.Region); ok && f.Region != "" {
			s.Options.Region, s.Options.HasRegion = r, true
		}
		if f.Username != "" {
			p, err := password(s.Name, f.PasswordCommand, f.PasswordEnv)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			s.Password = p
		}
		subs = append(subs, s)
	}
	return subs, errs
}

// named gives subscriptions without a name in the config the title their
// feed had at its last fetch.
func named(subs []library.Subscription, st *store.Store) {
	if st == nil {
		return
	}
	states, err := st.FeedStates(context.Background())
	if err != nil {
		return
	}
	for i, s := range subs {
		if s.Options.Name == "" && states[s.Key].Title != "" {
			subs[i].Name = states[s.Key].Title
		}
	}
}

func newFetcher() *fetch.Fetcher {
	return &fetch.Fetcher{UserAgent: fetch.DefaultUserAgent(version)}
}

// newRefresher builds the refresher for the config and library.
func newRefresher(cfg *config.Config, st *store.Store, stderr io.Writer) *library.Refresher {
	return &library.Refresher{
		Loader:  library.Loader{Store: st, KeepRead: cfg.Retention.ReadAge(), KeepUnread: cfg.Retention.UnreadAge()},
		Fetcher: newFetcher(),
		Moved: func(sub library.Subscription, to string) {
			if err := move(cfg.Path, sub, to); err != nil {
				fmt.Fprintf(stderr, "dateline: %s moved to %s, but the config could not be updated: %v\n", sub.Name, to, err)
			}
		},
	}
}

// move points a subscription at the address its feed has moved to for
// good, keeping everything else the config says of it.
func move(path string, sub library.Subscription, to string) error {
	old, err := config.RemoveFeed(path, sub.URL)
	if err != nil {
		return err
	}
	old.URL, old.Line = to, 0
	return config.AddFeed(path, old)
}

// runRefresh refreshes every subscription without the reader, for cron
// or a timer: one line per failure on stderr, exit 1 if any.
func runRefresh(c cliConfig, stdout, stderr io.Writer) int {
	cfg, err := loadConfig(c)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	subs, errs := subscriptions(cfg)
	if len(subs) == 0 && len(errs) == 0 && cfg.Sync == nil {
		fmt.Fprintln(stderr, "dateline: no feeds to refresh; add one with dateline add URL")
		return exitOK
	}
	st, err := openLibrary(c)
	if err != nil {
		return libraryFailed(stderr, err)
	}
	named(subs, st)
	// With sync on, the server's entries first, then the local feeds.
	engine, err := syncEngine(cfg, st)
	if err != nil {
		errs = append(errs, err)
	}
	if engine != nil {
		rep, err := engine.Sync(context.Background(), nil)
		if err != nil {
			errs = append(errs, fmt.Errorf("sync failed: %w", err))
		} else {
			fmt.Fprintf(stdout, "Synced with %s: %d entries pulled, %d stories stored, %d marks pushed.\n", cfg.Sync.URL, rep.Entries, rep.Stories, rep.Pushed)
		}
	}
	results := newRefresher(cfg, st, stderr).Refresh(context.Background(), subs, c.force, nil)
	ok := closeLibrary(st, stderr)
	counts := map[store.FetchStatus]int{}
	stories := 0
	for _, res := range results {
		counts[res.Status]++
		stories += res.Stories
	}
	for _, err := range errs {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
	}
	for _, res := range library.Failed(results) {
		fmt.Fprintf(stderr, "dateline: %v\n", res.Err)
	}
	fmt.Fprintf(stdout, "Refreshed %d feeds: %d new or changed, %d not modified, %d skipped (too soon), %d failed; %d stories read.\n",
		len(results), counts[store.StatusOK], counts[store.StatusNotModified], counts[store.StatusSkipped], len(library.Failed(results))+len(errs), stories)
	if !ok || len(errs) > 0 || len(library.Failed(results)) > 0 {
		return exitFailed
	}
	return exitOK
}

// feedStatuses is every subscription as `dateline feeds` and the feeds
// screen show it, from the config and what the library knows.
func feedStatuses(cfg *config.Config, st *store.Store) []ui.FeedStatus {
	out := configFeedStatuses(cfg, st)
	if cfg.Sync != nil && st != nil {
		out = append(out, serverFeedStatuses(syncKey(cfg.Sync), st)...)
	}
	return out
}

// serverFeedStatuses are the sync server's subscriptions, as the last
// sync saw them.
func serverFeedStatuses(key string, st *store.Store) []ui.FeedStatus {
	ctx := context.Background()
	list, at := serversync.SavedFeeds(ctx, st, key)
	counts, _ := st.SourceCounts(ctx)
	out := make([]ui.FeedStatus, 0, len(list))
	for _, f := range list {
		region := ""
		if r, ok := model.LookupRegion(f.Category); ok && f.Category != "" {
			region = r.String()
		}
		n := counts[f.URL]
		out = append(out, ui.FeedStatus{Name: cmpOr(f.Title, f.URL), Origin: model.Server(f.URL), Region: region,
			LastFetch: at, Status: string(store.StatusSynced), Stories: n[0], Unread: n[1]})
	}
	return out
}

// configFeedStatuses are the config file's feeds.
func configFeedStatuses(cfg *config.Config, st *store.Store) []ui.FeedStatus {
	var states map[string]store.FeedState
	var counts map[string][2]int
	if st != nil {
		ctx := context.Background()
		states, _ = st.FeedStates(ctx)
		counts, _ = st.SourceCounts(ctx)
	}
	out := make([]ui.FeedStatus, len(cfg.Feeds))
	for i, f := range cfg.Feeds {
		s := states[f.Source()]
		n := counts[f.Source()]
		out[i] = ui.FeedStatus{
			Name: cmpOr(f.Name, s.Title, f.Source()), Origin: model.Feed(f.Source()), Region: f.Region,
			LastFetch: s.LastFetch, Status: cmpOr(string(s.Status), "not fetched"), Error: s.Error,
			MovedTo: s.MovedTo, Stories: n[0], Unread: n[1],
		}
	}
	return out
}

// runFeeds prints the subscriptions as a table.
func runFeeds(c cliConfig, stdout, stderr io.Writer) int {
	cfg, err := loadConfig(c)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	if len(cfg.Feeds) == 0 && cfg.Sync == nil {
		fmt.Fprintln(stdout, "No feeds yet: dateline add URL subscribes to one, dateline import FILE.opml to many.")
		return exitOK
	}
	st, err := openLibrary(c)
	if err != nil {
		return libraryFailed(stderr, err)
	}
	feedList := feedStatuses(cfg, st)
	ok := closeLibrary(st, stderr)
	rows := [][]string{{"NAME", "REGION", "LAST FETCH", "STATUS", "STORIES", "UNREAD"}}
	var errs []string
	for _, f := range feedList {
		last := "never"
		if !f.LastFetch.IsZero() {
			last = f.LastFetch.Local().Format("2006-01-02 15:04")
		}
		status := f.Status
		if f.MovedTo != "" {
			status += " (moved)"
			errs = append(errs, fmt.Sprintf("%s: moved permanently to %s", f.Name, f.MovedTo))
		}
		rows = append(rows, []string{f.Name, cmpOr(f.Region, "-"), last, status, fmt.Sprint(f.Stories), fmt.Sprint(f.Unread)})
		if f.Error != "" {
			errs = append(errs, fmt.Sprintf("%s: %s", f.Name, f.Error))
		}
	}
	writeTable(stdout, rows)
	if len(errs) > 0 {
		fmt.Fprintln(stdout)
		for _, e := range errs {
			fmt.Fprintln(stdout, e)
		}
	}
	if !ok {
		return exitFailed
	}
	return exitOK
}

// writeTable writes rows in columns padded to the widest cell, measured
// in terminal cells (names may be CJK or carry emoji).
func writeTable(w io.Writer, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)+2))
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

// runAdd subscribes to a feed: a URL (a web page's own feed is found
// through its links), or a file or folder.
func runAdd(c cliConfig, stdout, stderr io.Writer) int {
	arg := c.sources[0]
	f := config.Feed{Name: c.name, Region: c.region}
	var title string
	if isURL(arg) {
		if code, done := addToServer(c, arg, stdout, stderr); done {
			return code
		}
		feedURL, body, err := findFeed(context.Background(), arg)
		if err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return exitFailed
		}
		f.URL = feedURL
		title = titleOf(feeds.Remote(feedURL, body))
	} else {
		abs, err := filepath.Abs(arg)
		if err == nil {
			_, err = os.Stat(abs)
		}
		if err != nil {
			fmt.Fprintf(stderr, "dateline: %v; give a feed's URL (http or https) or an existing file or folder\n", err)
			return exitFailed
		}
		f.Path = abs
		title = titleOf(feeds.Path(abs))
	}
	if err := config.AddFeed(c.configPath, f); err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	if st, err := openLibrary(c); err == nil && st != nil && title != "" {
		// Until its first refresh, the feed is called by its title.
		st.SaveFeedState(context.Background(), store.FeedState{Key: f.Source(), Title: title})
		closeLibrary(st, stderr)
	}
	name := cmpOr(f.Name, title, f.Source())
	fmt.Fprintf(stdout, "Added %s (%s). dateline refresh, or r in the reader, fetches it.\n", name, f.Source())
	return exitOK
}

func cmpOr(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// findFeed fetches a URL; a web page that is not a feed is searched for
// the feeds it links to (<link rel="alternate">), and the first is used.
func findFeed(ctx context.Context, raw string) (string, []byte, error) {
	f := newFetcher()
	res := f.Fetch(ctx, fetch.Request{URL: raw})
	if res.Err != nil {
		return "", nil, res.Err
	}
	if !feeds.IsHTMLPage(res.Body) {
		return raw, res.Body, nil
	}
	base, err := url.Parse(res.FinalURL)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", raw, err)
	}
	found := fetch.Discover(base, res.Body)
	if len(found) == 0 {
		return "", nil, fmt.Errorf("%s is a web page that names no feed (no <link rel=\"alternate\"> to RSS, Atom or JSON Feed); find the site's feed address and add that", raw)
	}
	res = f.Fetch(ctx, fetch.Request{URL: found[0]})
	if res.Err != nil {
		return "", nil, fmt.Errorf("the page %s names the feed %s, but: %w", raw, found[0], res.Err)
	}
	return found[0], res.Body, nil
}

// titleOf is the name a source's stories carry: the feed's title.
func titleOf(src feeds.Source) string {
	stories, _ := feeds.LoadAll(context.Background(), []feeds.Source{src})
	if len(stories) == 0 {
		return ""
	}
	return stories[0].Source
}

// runRemove unsubscribes. The feed's stories stay in the library until
// retention takes them.
func runRemove(c cliConfig, stdout, stderr io.Writer) int {
	if code, done := removeFromServer(c, c.sources[0], stdout, stderr); done {
		return code
	}
	f, err := config.RemoveFeed(c.configPath, c.sources[0])
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(stdout, "Removed %s. Its stories stay in the library until they are old enough to go.\n", cmpOr(f.Name, f.Source()))
	return exitOK
}
