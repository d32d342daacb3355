// Package store is dateline's library on disk: every story the reader has
// seen, its read and starred state, and a full-text index, in one SQLite
// file (modernc.org/sqlite, no cgo).
//
// Reads run on a pool of connections and never wait for writes (WAL mode).
// Every write goes through one writer goroutine that commits stories in
// transactions of at most MaxTxStories and takes state changes first, so a
// key press never waits behind an ingest. Writes are queued: Flush waits
// until what was queued before it is committed and returns any write error.
//
// The store keeps a story's body in its raw form and gives it back through
// the BodyCodec the caller passes to Open; bodies are read from disk only
// when a story's Markdown is asked for. The store knows no body format: the
// codec also gives it the words of a body to index.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/dateline-news/dateline/model"
)

// BodyCodec turns a story's body into what is stored and back. feeds
// implements it (main wires it).
type BodyCodec interface {
	// Encode returns the body's raw form, e.g. ("html", "<p>…", "https://base/").
	Encode(b model.Body) (kind, raw, base string)
	// Decode restores a body; it must be cheap: conversion happens on the
	// first Markdown().
	Decode(kind, raw, base string) model.Body
	// Text is the plain text of a body stored by Encode, for the full-text
	// index: the words a reader sees, none from markup (tags, attributes,
	// scripts). It is never shown. It runs on the writer's idle time and
	// for phrase searches, over every body, so it should be quick.
	Text(kind, raw, base string) string
}

// StoryState is a story's read and starred marks.
type StoryState = model.StoryState

// Item is a story as the library holds it, with its state.
type Item struct {
	Story *model.Story
	State StoryState
	// Summary is a partial story's summary (see AllPartial), "" otherwise.
	Summary string
}

// busyTimeoutMS is how long a connection waits for another (another
// dateline process) to release the database before failing.
const busyTimeoutMS = 5000

// Errors Open wraps, for errors.Is.
var (
	// ErrNewerSchema: the library was written by a newer dateline.
	ErrNewerSchema = errors.New("library is from a newer dateline")
	// ErrNotLibrary: the file is not a SQLite database, or is corrupt.
	ErrNotLibrary = errors.New("not a dateline library or damaged")
	// ErrClosed: the store has been closed.
	ErrClosed = errors.New("library closed")
)

// Store is an open library. Its methods are safe for concurrent use.
type Store struct {
	path  string
	codec BodyCodec
	rdb   *sql.DB // readers: a small pool, query_only
	wdb   *sql.DB // the writer's one connection
	cdb   *sql.DB // the checkpointer's one connection
	w     *writer
	c     *checkpointer

	closeOnce sync.Once
	closeErr  error
}

// DefaultPath is where the library lives unless the user says otherwise:
// $XDG_DATA_HOME/dateline/library.db, else ~/.local/share/dateline/library.db.
func DefaultPath() (string, error) {
	return DefaultPathFrom(os.Getenv, os.UserHomeDir)
}

// DefaultPathFrom is DefaultPath for the environment getenv reads and the
// home folder home finds.
func DefaultPathFrom(getenv func(string) string, home func() (string, error)) (string, error) {
	if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "dateline", "library.db"), nil
	}
	h, err := home()
	if err != nil || h == "" {
		if err == nil {
			err = errors.New("$HOME is not set")
		}
		return "", fmt.Errorf("find the library: %w; set XDG_DATA_HOME or pass --db PATH", err)
	}
	return filepath.Join(h, ".local", "share", "dateline", "library.db"), nil
}

// Open opens the library at path, creating it (and its folder) if need be,
// and brings its schema up to date. A file that is not a library (an
// empty file, another program's database), is damaged, comes from a newer dateline or cannot be opened is reported with
// its path and what to do, and is never modified.
func Open(path string, codec BodyCodec) (*Store, error) {
	if codec == nil {
		return nil, errors.New("open library: no body codec")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	path = abs
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create the folder of library %s: %w", path, err)
	}
	if err := precheck(path); err != nil {
		return nil, err
	}

	s := &Store{path: path, codec: codec}
	// The writer does not checkpoint the WAL (wal_autocheckpoint 0): the
	// checkpointer does, on its own connection, beside it. Its page cache
	// is 4 MiB: modernc's allocator holds each 16 KiB page in a larger
	// slot, and 16 MiB of cache kept ~65 MiB of memory (outside the Go
	// heap, so beyond the memory limit) through a first ingest.
	if s.wdb, err = openDB(path, 1, "&_txlock=immediate&_pragma=synchronous(NORMAL)&_pragma=wal_autocheckpoint(0)&_pragma=journal_size_limit(67108864)&_pragma=cache_size(-4096)"); err != nil {
		return nil, s.openErr(err)
	}
	if err := s.migrate(); err != nil {
		s.wdb.Close()
		return nil, err
	}
	if s.rdb, err = openDB(path, 4, "&_pragma=query_only(1)&_pragma=cache_size(-512)"); err != nil {
		s.wdb.Close()
		return nil, s.openErr(err)
	}
	if s.cdb, err = openDB(path, 1, "&_pragma=journal_size_limit(67108864)"); err != nil {
		s.rdb.Close()
		s.wdb.Close()
		return nil, s.openErr(err)
	}
	s.c = startCheckpointer(s.cdb, path)
	if s.w, err = startWriter(s); err != nil {
		s.c.close()
		s.cdb.Close()
		s.rdb.Close()
		s.wdb.Close()
		return nil, s.openErr(err)
	}
	return s, nil
}

// openDB opens a pool on the file; every connection gets the busy timeout
// and foreign keys.
func openDB(path string, conns int, extra string) (*sql.DB, error) {
	u := url.URL{Path: path}
	dsn := fmt.Sprintf("file:%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)%s",
		u.EscapedPath(), busyTimeoutMS, extra)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// precheck looks at the file before SQLite does, so that a file that is
// not a database, or that we may not write, is reported and left alone.
func precheck(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("open library %s: permission denied; give your user read and write access to it (and its folder) or pass --db PATH", path)
	case err != nil:
		return fmt.Errorf("open library %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if n == 0 && err == io.EOF {
		// Not one dateline made (it writes the header before Open
		// returns): a file the user named by mistake, kept as it is.
		return notLibrary(path, "it is empty")
	}
	if n < len(head) || !bytes.HasPrefix(head, sqliteHeader) {
		return notLibrary(path, "it is not a SQLite database")
	}
	// Fields every valid header has: a power-of-two page size (1 means
	// 65536) and the fixed payload fractions 64, 32, 32.
	if ps := int(head[16])<<8 | int(head[17]); (ps != 1 && (ps < 512 || ps&(ps-1) != 0)) ||
		head[21] != 64 || head[22] != 32 || head[23] != 32 {
		return notLibrary(path, "its header is damaged")
	}
	// The header's user_version (offset 60) may lag behind a newer schema
	// still in the WAL; migrate checks again inside its transaction.
	if v := int(be32(head[60:])); v > len(migrations) {
		return newerSchema(path, v)
	}
	return nil
}

func be32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func notLibrary(path, why string) error {
	return fmt.Errorf("open library %s: %w: %s; move it aside (dateline will start a new library) or pass --db PATH",
		path, ErrNotLibrary, why)
}

func newerSchema(path string, v int) error {
	return fmt.Errorf("open library %s: %w (schema version %d, this one knows up to %d); upgrade dateline, or pass --db PATH to use another library",
		path, ErrNewerSchema, v, len(migrations))
}

// openErr turns a SQLite failure at open into a message a user can act on.
func (s *Store) openErr(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return notLibrary(s.path, err.Error())
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_AUTH:
			return fmt.Errorf("open library %s: %w; check that you may read and write it and its folder, or pass --db PATH", s.path, err)
		}
	}
	return fmt.Errorf("open library %s: %w", s.path, err)
}

// Path is the library's file.
func (s *Store) Path() string { return s.path }

// Close commits what is queued, stops the writer and closes the file. It
// returns any write error not yet reported.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		err := s.w.close()
		s.c.close()
		if _, e := s.wdb.Exec("PRAGMA optimize"); e != nil && err == nil {
			err = fmt.Errorf("library %s: %w", s.path, e)
		}
		err = errors.Join(err, s.rdb.Close(), s.cdb.Close(), s.wdb.Close())
		s.closeErr = err
	})
	return s.closeErr
}

// readCtx is what read methods check first.
func (s *Store) readErr(ctx context.Context) error {
	if s.w.isClosed() {
		return ErrClosed
	}
	return ctx.Err()
}
