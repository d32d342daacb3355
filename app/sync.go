package app

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/serversync"
	"github.com/dateline-news/dateline/store"
)

// Syncing with a feed server: the [sync] section of the config.

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

// ErrNoSync is what the sync commands meet without a [sync] section.
var ErrNoSync = errors.New("no [sync] section in the config file; add one (kind, url, username, and password_command or password_env: dateline config init shows how)")

// syncServer is the server the config's [sync] section names, nil when
// there is none.
func (s *Session) syncServer() (serversync.Server, error) {
	cfg, err := s.Config()
	if err != nil || cfg.Sync == nil {
		return nil, err
	}
	sc := cfg.Sync
	user := sc.Username
	var secret string
	switch {
	case sc.TokenCommand != "" || sc.TokenEnv != "":
		secret, err = s.password("[sync]", sc.TokenCommand, sc.TokenEnv)
		if sc.Kind == config.SyncMiniflux {
			user = "" // Miniflux takes a token alone
		}
	default:
		secret, err = s.password("[sync]", sc.PasswordCommand, sc.PasswordEnv)
	}
	if err != nil {
		return nil, err
	}
	switch sc.Kind {
	case config.SyncMiniflux:
		return serversync.NewMiniflux(sc.URL, user, secret, syncHTTP()), nil
	case config.SyncGReader:
		g := serversync.NewGReader(sc.URL, user, secret, syncHTTP())
		g.UserAgent = "dateline/" + s.env.Version
		return g, nil
	}
	return nil, fmt.Errorf("[sync] kind %q is not one dateline speaks: use miniflux or greader", sc.Kind)
}

// syncKey names the server in the library.
func syncKey(sc *config.Sync) string {
	return string(sc.Kind) + " " + strings.TrimRight(sc.URL, "/")
}

// syncEngine is the sync of the library with the config's server, nil
// without a [sync] section or a library.
func (s *Session) syncEngine(st *store.Store) (*serversync.Engine, error) {
	srv, err := s.syncServer()
	if err != nil || srv == nil || st == nil {
		return nil, err
	}
	cfg, _ := s.Config()
	return &serversync.Engine{Server: srv, Store: st, Key: syncKey(cfg.Sync), Ingest: func(ctx context.Context, out chan<- model.Event) serversync.Ingester {
		return startIngester(ctx, st, out)
	}}, nil
}

// syncFailed words a failed sync, with what happens next if anything.
func syncFailed(err error, next string) error {
	if next == "" {
		return fmt.Errorf("sync failed: %w", err)
	}
	return fmt.Errorf("sync failed: %w; %s", err, next)
}

// SyncServer is the URL and user of the config's sync server.
func (s *Session) SyncServer() (url, user string, err error) {
	cfg, err := s.Config()
	if err != nil {
		return "", "", err
	}
	if cfg.Sync == nil {
		return "", "", ErrNoSync
	}
	return cfg.Sync.URL, cfg.Sync.Username, nil
}

// SyncLogin checks the sync server's address and credentials.
func (s *Session) SyncLogin(ctx context.Context) error {
	srv, err := s.syncServer()
	if err == nil && srv == nil {
		err = ErrNoSync
	}
	if err != nil {
		return err
	}
	return srv.Check(ctx)
}

// Sync syncs the library with the server once.
func (s *Session) Sync(ctx context.Context) (serversync.Report, error) {
	if _, _, err := s.SyncServer(); err != nil {
		return serversync.Report{}, err
	}
	st, err := s.Library()
	if err != nil {
		return serversync.Report{}, err
	}
	engine, err := s.syncEngine(st)
	if err == nil && engine == nil {
		err = ErrNoSync
	}
	if err != nil {
		return serversync.Report{}, err
	}
	rep, err := engine.Sync(ctx, nil)
	if err != nil {
		return rep, syncFailed(err, "")
	}
	return rep, nil
}
