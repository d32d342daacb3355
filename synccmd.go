package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/serversync"
	"github.com/dateline-news/dateline/store"
)

// Syncing with a feed server: the [sync] section of the config, `dateline
// sync login` and `dateline sync`.

// syncHTTP is the client for the feed server: a dead server must not hold
// a sync for long, and a large first sync must have time.
func syncHTTP() *http.Client {
	return &http.Client{
		Timeout: 2 * time.Minute,
		Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			DialContext:         (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
			TLSHandshakeTimeout: 10 * time.Second,
			MaxIdleConnsPerHost: 4,
		},
	}
}

// syncServer is the server the config's [sync] section names, nil when
// there is none.
func syncServer(cfg *config.Config) (serversync.Server, string, error) {
	s := cfg.Sync
	if s == nil {
		return nil, "", nil
	}
	user := s.Username
	var secret string
	var err error
	switch {
	case s.TokenCommand != "" || s.TokenEnv != "":
		secret, err = password("[sync]", s.TokenCommand, s.TokenEnv)
		if s.Kind == config.SyncMiniflux {
			user = "" // Miniflux takes a token alone
		}
	default:
		secret, err = password("[sync]", s.PasswordCommand, s.PasswordEnv)
	}
	if err != nil {
		return nil, "", err
	}
	key := syncKey(s)
	switch s.Kind {
	case config.SyncMiniflux:
		return serversync.NewMiniflux(s.URL, user, secret, syncHTTP()), key, nil
	case config.SyncGReader:
		g := serversync.NewGReader(s.URL, user, secret, syncHTTP())
		g.UserAgent = "dateline/" + version
		return g, key, nil
	}
	return nil, "", fmt.Errorf("[sync] kind %q is not one dateline speaks: use miniflux or greader", s.Kind)
}

// syncKey names the server in the library.
func syncKey(s *config.Sync) string {
	return string(s.Kind) + " " + strings.TrimRight(s.URL, "/")
}

// syncEngine is the sync of the library with the config's server, nil
// without a [sync] section or a library.
func syncEngine(cfg *config.Config, st *store.Store) (*serversync.Engine, error) {
	srv, key, err := syncServer(cfg)
	if err != nil || srv == nil || st == nil {
		return nil, err
	}
	return &serversync.Engine{Server: srv, Store: st, Key: key}, nil
}

// errNoSync is what the sync commands say without a [sync] section.
var errNoSync = errors.New("no [sync] section in the config file; add one (kind, url, username, and password_command or password_env: dateline config init shows how)")

// runSync syncs once without the reader (for a timer), or with `login`
// checks the address and credentials. Either says in one line what is
// wrong.
func runSync(c cliConfig, stdout, stderr io.Writer) int {
	cfg, err := loadConfig(c)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	srv, key, err := syncServer(cfg)
	if err == nil && srv == nil {
		err = errNoSync
	}
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if len(c.sources) == 1 { // login
		if err := srv.Check(ctx); err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return exitFailed
		}
		fmt.Fprintf(stdout, "Logged in to %s as %s.\n", cfg.Sync.URL, cmpOr(cfg.Sync.Username, "the API token's user"))
		return exitOK
	}
	st, err := openLibrary(c)
	if err != nil {
		return libraryFailed(stderr, err)
	}
	e := &serversync.Engine{Server: srv, Store: st, Key: key}
	rep, err := e.Sync(ctx, nil)
	ok := closeLibrary(st, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: sync failed: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(stdout, "Synced with %s: %d entries pulled, %d stories stored, %d marks pushed.\n", cfg.Sync.URL, rep.Entries, rep.Stories, rep.Pushed)
	if !ok {
		return exitFailed
	}
	return exitOK
}

// serverOf is the config's sync server, nil when sync is off (or there
// is no config file yet).
func serverOf(c cliConfig) (serversync.Server, *config.Config, error) {
	cfg, err := loadConfig(c)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	srv, _, err := syncServer(cfg)
	return srv, cfg, err
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

// syncOn is the sync server when sync is on; otherwise nil, with done
// set when the config could not be read (and that was said).
func syncOn(c cliConfig, stderr io.Writer) (srv serversync.Server, code int, done bool) {
	srv, _, err := serverOf(c)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return nil, exitFailed, true
	}
	return srv, 0, false
}

// addToServer subscribes on the sync server, when there is one: it keeps
// the subscriptions then. done says whether it did (or failed).
func addToServer(c cliConfig, url string, stdout, stderr io.Writer) (code int, done bool) {
	srv, code, done := syncOn(c, stderr)
	if srv == nil {
		return code, done
	}
	f, err := srv.Subscribe(context.Background(), url, c.region)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed, true
	}
	fmt.Fprintf(stdout, "Subscribed on the sync server to %s (%s). dateline sync, or r in the reader, brings its stories.\n", cmpOr(f.Title, f.URL), f.URL)
	return exitOK, true
}

// removeFromServer unsubscribes on the sync server, by the feed's title
// or address.
func removeFromServer(c cliConfig, nameOrURL string, stdout, stderr io.Writer) (code int, done bool) {
	srv, code, done := syncOn(c, stderr)
	if srv == nil {
		return code, done
	}
	ctx := context.Background()
	list, err := srv.Feeds(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed, true
	}
	for _, f := range list {
		if f.URL == nameOrURL || strings.EqualFold(f.Title, nameOrURL) {
			if err := srv.Unsubscribe(ctx, f.ID); err != nil {
				fmt.Fprintf(stderr, "dateline: %v\n", err)
				return exitFailed, true
			}
			fmt.Fprintf(stdout, "Unsubscribed on the sync server from %s. Its stories stay in the library until they are old enough to go.\n", cmpOr(f.Title, f.URL))
			return exitOK, true
		}
	}
	return 0, false // not on the server: maybe a local feed in the config
}
