// Package app is the session: what the command line and the reader share.
// It owns the config file, the library, loading, refresh, sync and the
// memory policy, and offers them to the layers above as one typed stream
// of events (model.Event: stories, each from a model.Origin, stories
// stored, failures, refreshes) and a few calls:
// refresh, feed statuses, subscribe and unsubscribe, marks, close.
//
// Nothing here reads process state: the environment, standard input and
// the memory limit come in through Env.
package app

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/store"
)

// Env is the process state a session may read, given by its caller.
type Env struct {
	// Stdin and Stderr are the terminal a password command may ask on.
	Stdin  io.Reader
	Stderr io.Writer
	// LookupEnv reads an environment variable (os.LookupEnv).
	LookupEnv func(string) (string, bool)
	// SetMemoryLimit sets the garbage collector's soft limit
	// (debug.SetMemoryLimit); nil leaves the limit alone.
	SetMemoryLimit func(int64) int64
	// Sample is the bundled sample news, shown while there is nothing else.
	Sample fs.FS
	// Version is dateline's version, for the User-Agent.
	Version string
	// After is time.After (nil: that); tests give a clock of their own.
	After func(time.Duration) <-chan time.Time
	// EditConfig is config.Edit (nil: that); tests count the edits.
	EditConfig func(path string, fn func(*config.Doc) error) error
	// Keys are the reader's actions and the check of the config file's
	// [keys] table (the zero value checks only its shape).
	Keys config.KeyRules
	// AllowPrivatePages lets article pages come from loopback and
	// private addresses (fetch.Fetcher.AllowPrivatePages): tests.
	AllowPrivatePages bool
}

// after waits as Env.After says.
func (e Env) after(d time.Duration) <-chan time.Time {
	if e.After == nil {
		return time.After(d)
	}
	return e.After(d)
}

// editConfig edits the config file at path: one locked, atomic write.
func (e Env) editConfig(path string, fn func(*config.Doc) error) error {
	if e.EditConfig == nil {
		return config.Edit(path, fn)
	}
	return e.EditConfig(path, fn)
}

// lookup reads a variable; none are set without LookupEnv.
func (e Env) lookup(key string) (string, bool) {
	if e.LookupEnv == nil {
		return "", false
	}
	return e.LookupEnv(key)
}

// getenv is the variable's value, "" when it is not set.
func (e Env) getenv(key string) string {
	v, _ := e.lookup(key)
	return v
}

// Paths name the files a session uses; "" means the default.
type Paths struct {
	Config  string // config.toml
	Library string // library.db
	// NoLibrary keeps no library: no marks, nothing stored.
	NoLibrary bool
}

// Session is one run of dateline: the config and the library, opened
// when first needed and closed by Close.
type Session struct {
	env   Env
	paths Paths

	cfgOnce sync.Once
	cfg     *config.Config
	cfgErr  error

	libOnce sync.Once
	lib     *store.Store
	libErr  error

	// requests are the reader's refresh requests (see Stories).
	requests chan refreshRequest

	fetcherOnce sync.Once
	fetch       *fetch.Fetcher

	// reader is set by ReaderStarting; held counts the stories the
	// reader's list holds from the library, the ones it held then and the
	// ones written since (see readerPerStory).
	reader bool
	held   atomic.Int64
}

// New starts a session. Nothing is read until it is needed.
func New(env Env, paths Paths) *Session {
	return &Session{env: env, paths: paths, requests: make(chan refreshRequest, 1)}
}

// Config is the config file, read once. Without one at the default
// path, every setting has its default; a file named with --config must
// be there.
func (s *Session) Config() (*config.Config, error) {
	s.cfgOnce.Do(func() {
		path, err := s.ConfigPath()
		if err != nil {
			s.cfgErr = err
			return
		}
		s.cfg, s.cfgErr = config.LoadWithKeys(path, s.env.Keys)
		if errors.Is(s.cfgErr, fs.ErrNotExist) && s.paths.Config == "" {
			// No file where the default one would be: no settings yet.
			s.cfg, s.cfgErr = config.Default(), nil
			s.cfg.Path = path
		}
	})
	return s.cfg, s.cfgErr
}

// ConfigPath is the config file's path: the one given, else
// $XDG_CONFIG_HOME/dateline/config.toml or ~/.config/dateline/config.toml.
func (s *Session) ConfigPath() (string, error) {
	if s.paths.Config != "" {
		return filepath.Abs(s.paths.Config)
	}
	return config.DefaultPathFrom(s.env.getenv, s.env.home)
}

// home is the user's home folder, from $HOME.
func (e Env) home() (string, error) {
	if h := e.getenv("HOME"); h != "" {
		return h, nil
	}
	return "", errors.New("$HOME is not set")
}

// libraryPath is the library's path: the one given, else
// $XDG_DATA_HOME/dateline/library.db or ~/.local/share/dateline/library.db.
func (s *Session) libraryPath() (string, error) {
	if s.paths.Library != "" {
		return s.paths.Library, nil
	}
	return store.DefaultPathFrom(s.env.getenv, s.env.home)
}

// LibraryError is a library that could not be opened: the CLI adds that
// --no-library reads the sources without one.
type LibraryError struct{ Err error }

func (e *LibraryError) Error() string { return e.Err.Error() }
func (e *LibraryError) Unwrap() error { return e.Err }

// Library is the library, opened once; nil with NoLibrary.
func (s *Session) Library() (*store.Store, error) {
	s.libOnce.Do(func() {
		if s.paths.NoLibrary {
			return
		}
		path, err := s.libraryPath()
		if err == nil {
			s.lib, err = store.Open(path, feeds.Codec{})
		}
		if err != nil {
			s.libErr = &LibraryError{err}
		}
	})
	return s.lib, s.libErr
}

// HasLibrary says whether the session keeps a library (no --no-library).
func (s *Session) HasLibrary() bool { return !s.paths.NoLibrary }

// Close commits what is queued for the library (marks first) and closes
// it. The session is not used after.
func (s *Session) Close() error {
	if s.lib == nil {
		return nil
	}
	err := s.lib.Close()
	s.lib = nil
	return err
}

// empty reports whether the library has no story (or cannot say).
func empty(st *store.Store) bool {
	all, _, _, err := st.Counts(context.Background())
	return err != nil || all == 0
}

// The soft limits the garbage collector works to. Reading from the
// library, the reader keeps ~430 bytes a story live (partial stories of
// 144 bytes with their details on disk, the filter's word index, events):
// 43 MB at 100,000, and the runtime keeps ~10 MiB more beside the heap
// (metadata, stacks, the space between objects). With Go's default pacing
// the heap would peak near twice that while they load. So the reader's
// limit follows the library's size: 560 bytes a story over 20 MiB (73 MiB
// at 100,000), which leaves the collector ~25 MiB of room over what is
// live, and never under 32 MiB, where the default pacing is the tighter
// one anyway. The room matters as much as the limit: when a Story was 240
// bytes (53 MiB live at 100,000), 600 bytes a story (69 MiB) left so
// little room that the heap sat at its goal once the list was full, every
// key's few allocations started a collection of all 53 MiB, and / took
// 38 ms to show instead of ~10. A
// fixed limit would be too loose for a small library and, for a large one,
// below what it keeps live: past its limit Go runs the collector without
// pause (capped at half the CPU) for the whole session. Parsing feeds into
// the library, at most ~15,000 parsed stories are held (see maxQueued) and
// the written ones let their bodies go: ~150 MiB live at 100,000 whole
// stories (dateline list). Without a library every body stays: ~400 MiB.
// So the limit is raised when a source has to be parsed. The reader
// holds its list on top of that (readerPerStory a story, from the
// library's and from each batch written): a fixed 192 MiB left a first
// ingest of 100,000 stories into the reader collecting all ~180 MiB live
// every ~70 ms once past half of them, which took all 100,000 listed 12-14
// s instead of 7-9 (peak 263 MiB; with the list's room, ~290). The
// process's peak is the limit plus what is not Go's: SQLite's memory
// (~10-20 MiB) and the binary (~23 MiB of it touched). GOMEMLIMIT, if
// set, wins.
const (
	readerBaseLimit  = 20 << 20
	readerPerStory   = 560
	readerLeastLimit = 32 << 20
	parseMemoryLimit = 192 << 20
	noLibraryLimit   = 512 << 20
)

// readerLimit is the reader's limit for a library of n stories.
func readerLimit(n int) int64 {
	return max(readerLeastLimit, readerBaseLimit+int64(n)*readerPerStory)
}

// setMemoryLimit applies the limit unless GOMEMLIMIT is set or there is
// no way to.
func (s *Session) setMemoryLimit(limit int64) {
	if s.env.SetMemoryLimit == nil || s.env.getenv("GOMEMLIMIT") != "" {
		return
	}
	s.env.SetMemoryLimit(limit)
}

// ReaderStarting sets the memory policy for an interactive session, by
// the size of the library (a library that cannot be opened is reported by
// Stories).
func (s *Session) ReaderStarting() {
	n := 0
	if st, err := s.Library(); err == nil && st != nil {
		n, _, _, _ = st.Counts(context.Background())
	}
	s.reader = true
	s.held.Store(int64(n))
	s.setMemoryLimit(readerLimit(n))
}
