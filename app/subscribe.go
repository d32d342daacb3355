package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/opml"
	"github.com/dateline-news/dateline/serversync"
	"github.com/dateline-news/dateline/store"
)

// Subscribing and unsubscribing: in the config file, or on the sync server
// when there is one (it keeps the subscriptions then).

// Subscribed says what Subscribe did.
type Subscribed struct {
	Name string // what the feed is called
	Key  string // its URL or path
	// OnServer says the sync server took it, not the config file.
	OnServer bool
}

// Subscribe subscribes to a feed: a URL (a web page's own feed is found
// through its links), or a file or folder. name and region are optional.
func (s *Session) Subscribe(ctx context.Context, target, name, region string) (Subscribed, error) {
	f := config.Feed{Name: name, Region: region}
	var title string
	if scheme, _, ok := strings.Cut(target, "://"); ok && !isURL(target) && !strings.ContainsAny(scheme, `/\.`) {
		return Subscribed{}, fmt.Errorf("%s: only http and https feeds can be added (for a file or folder, give its path)", target)
	}
	if isURL(target) {
		srv, err := s.serverIfAny()
		if err != nil {
			return Subscribed{}, err
		}
		if srv != nil {
			sf, err := srv.Subscribe(ctx, target, region)
			if err != nil {
				return Subscribed{}, err
			}
			return Subscribed{Name: cmp.Or(sf.Title, sf.URL), Key: sf.URL, OnServer: true}, nil
		}
		feedURL, body, err := s.findFeed(ctx, target)
		if err != nil {
			return Subscribed{}, err
		}
		f.URL = feedURL
		title = titleOf(ctx, feeds.Remote(feedURL, body))
	} else {
		abs, err := filepath.Abs(target)
		if err == nil {
			_, err = os.Stat(abs)
		}
		if err != nil {
			return Subscribed{}, fmt.Errorf("%v; give a feed's URL (http or https) or an existing file or folder", err)
		}
		// A path is checked as a URL is: it must hold stories now.
		stories, errs := feeds.LoadAll(ctx, []feeds.Source{feeds.Path(abs)})
		switch {
		case len(stories) == 0 && len(errs) > 0:
			return Subscribed{}, fmt.Errorf("%w; not added", errors.Join(errs...))
		case len(stories) == 0:
			return Subscribed{}, fmt.Errorf("%s holds no story (no RSS, Atom or JSON Feed file or Markdown story file with one); not added", target)
		}
		f.Path = abs
		title = stories[0].Source
	}
	path, err := s.ConfigPath()
	if err != nil {
		return Subscribed{}, err
	}
	if err := s.env.editConfig(path, func(d *config.Doc) error { return d.AddFeed(f) }); err != nil {
		return Subscribed{}, err
	}
	if title != "" && s.HasLibrary() {
		// Until its first refresh, the feed is called by its title. The
		// feed is added either way: a library that cannot take its title
		// now is said, and its first refresh tries again.
		if err := s.saveTitle(ctx, f.Source(), title); err != nil {
			return Subscribed{Name: cmp.Or(f.Name, title, f.Source()), Key: f.Source()}, err
		}
	}
	return Subscribed{Name: cmp.Or(f.Name, title, f.Source()), Key: f.Source()}, nil
}

// saveTitle keeps a new feed's title in the library.
func (s *Session) saveTitle(ctx context.Context, key, title string) error {
	st, err := s.Library()
	if err != nil {
		return err
	}
	return st.SaveFeedState(ctx, store.FeedState{Key: key, Title: title})
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// findFeed fetches a URL; a web page that is not a feed is searched for
// the feeds it links to (<link rel="alternate">), and the first is used.
func (s *Session) findFeed(ctx context.Context, raw string) (string, []byte, error) {
	f := s.fetcher()
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
func titleOf(ctx context.Context, src feeds.Source) string {
	stories, _ := feeds.LoadAll(ctx, []feeds.Source{src})
	if len(stories) == 0 {
		return ""
	}
	return stories[0].Source
}

// serverIfAny is the config's sync server, nil when sync is off (or a
// config file named with --config is not there yet: add creates it).
func (s *Session) serverIfAny() (serversync.Server, error) {
	srv, err := s.syncServer()
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return srv, err
}

// Unsubscribed says what Unsubscribe did.
type Unsubscribed struct {
	Name     string
	OnServer bool
}

// Unsubscribe unsubscribes from the feed with that name or address: on the
// sync server if it has one so, else in the config file. The feed's
// stories stay in the library until retention takes them.
func (s *Session) Unsubscribe(ctx context.Context, nameOrURL string) (Unsubscribed, error) {
	srv, err := s.serverIfAny()
	if err != nil {
		return Unsubscribed{}, err
	}
	if srv != nil {
		list, err := srv.Feeds(ctx)
		if err != nil {
			return Unsubscribed{}, err
		}
		for _, f := range list {
			if f.URL == nameOrURL || strings.EqualFold(f.Title, nameOrURL) {
				if err := srv.Unsubscribe(ctx, f.ID); err != nil {
					return Unsubscribed{}, err
				}
				return Unsubscribed{Name: cmp.Or(f.Title, f.URL), OnServer: true}, nil
			}
		}
		// Not on the server: maybe a local feed in the config.
	}
	path, err := s.ConfigPath()
	if err != nil {
		return Unsubscribed{}, err
	}
	target, title, err := s.feedCalled(ctx, nameOrURL)
	if err != nil {
		return Unsubscribed{}, err
	}
	var removed config.Feed
	err = s.env.editConfig(path, func(d *config.Doc) error {
		var err error
		removed, err = d.RemoveFeed(target)
		return err
	})
	if err != nil {
		return Unsubscribed{}, err
	}
	return Unsubscribed{Name: cmp.Or(removed.Name, title, removed.Source())}, nil
}

// feedCalled finds the config's feed a user names as `dateline feeds`
// shows it: by its name in the config, else by the title the library
// keeps for a feed the config names not, else by its URL or path. It
// returns what config.Doc.RemoveFeed takes (the name, or the feed's URL
// or path), and the title it matched, if it did.
func (s *Session) feedCalled(ctx context.Context, nameOrURL string) (target, title string, err error) {
	cfg, err := s.Config()
	if err != nil || !s.HasLibrary() {
		return nameOrURL, "", err
	}
	want := strings.TrimSpace(nameOrURL)
	for _, f := range cfg.Feeds {
		if f.Name != "" && strings.EqualFold(f.Name, want) {
			return nameOrURL, "", nil
		}
	}
	st, err := s.Library()
	if err != nil {
		return "", "", err
	}
	states, err := st.FeedStates(ctx)
	if err != nil {
		return "", "", err
	}
	var keys []string
	for _, f := range cfg.Feeds {
		if t := states[f.Source()].Title; f.Name == "" && t != "" && strings.EqualFold(t, want) {
			keys, title = append(keys, f.Source()), t
		}
	}
	switch len(keys) {
	case 0:
		return nameOrURL, "", nil
	case 1:
		return keys[0], title, nil
	}
	return "", "", fmt.Errorf("%d feeds are called %q; remove one by its URL or path: %s", len(keys), title, strings.Join(keys, ", "))
}

// Imported says what Import did.
type Imported struct {
	Added, Already int
	// Failed are the outlines that could not be subscribed to.
	Failed []error
	// LeftOut says which outlines dateline cannot fetch (newsboat's exec:
	// and query: feeds): said, but no failure.
	LeftOut  error
	OnServer bool
}

// Import subscribes to every feed in an OPML document (those already there
// are left as they are): on the sync server when there is one, else in the
// config file, in one edit.
func (s *Session) Import(ctx context.Context, r io.Reader) (Imported, error) {
	var out Imported
	subs, perr := opml.Parse(r)
	if perr != nil && len(subs) == 0 {
		return out, perr
	}
	out.LeftOut = perr
	srv, err := s.serverIfAny()
	if err != nil {
		return out, err
	}
	if srv != nil {
		out.OnServer = true
		for _, sub := range subs {
			// The region (else the first folder) becomes the category.
			category := sub.Region
			if category == "" && len(sub.Tags) > 0 {
				category = sub.Tags[0]
			}
			if _, err := srv.Subscribe(ctx, sub.URL, category); err != nil {
				out.Failed = append(out.Failed, fmt.Errorf("%s: %w", sub.URL, err))
			} else {
				out.Added++
			}
		}
		return out, nil
	}
	path, err := s.ConfigPath()
	if err != nil {
		return out, err
	}
	err = s.env.editConfig(path, func(d *config.Doc) error {
		for _, sub := range subs {
			f := config.Feed{URL: sub.URL, Name: sub.Name, Region: sub.Region, Section: sub.Section, Tags: sub.Tags}
			switch err := d.AddFeed(f); {
			case err == nil:
				out.Added++
			case errors.Is(err, config.ErrDuplicate):
				out.Already++
			default:
				out.Failed = append(out.Failed, fmt.Errorf("%s: %w", sub.URL, err))
			}
		}
		return nil
	})
	return out, err
}

// Export writes the config's subscriptions as OPML 2.0 to w. Local feeds
// (files and folders) mean nothing elsewhere: it returns how many it left
// out.
func (s *Session) Export(w io.Writer) (skipped int, err error) {
	cfg, err := s.Config()
	if err != nil {
		return 0, err
	}
	var subs []opml.Subscription
	for _, f := range cfg.Feeds {
		if f.URL == "" {
			skipped++
			continue
		}
		subs = append(subs, opml.Subscription{URL: f.URL, Name: f.Name, Region: f.Region, Section: f.Section, Tags: f.Tags})
	}
	return skipped, opml.Write(w, "dateline subscriptions", subs)
}

// WriteStarter writes the commented starter config file and returns its
// path.
func (s *Session) WriteStarter() (string, error) {
	path, err := s.ConfigPath()
	if err != nil {
		return "", err
	}
	return path, config.WriteStarter(path, s.env.Keys)
}
