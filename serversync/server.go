// Package serversync keeps the library in step with a feed server people
// already run (Miniflux, or any server speaking the Google Reader API, such
// as FreshRSS): subscriptions and entries are pulled into the library,
// read and starred marks go both ways.
//
// Server is what the sync engine needs of a server; miniflux.go speaks
// Miniflux's REST API through its official client, greader.go the Google
// Reader API through a small client of our own.
package serversync

import (
	"context"
	"errors"
	"time"
)

// Server is a feed server. Every method may fail with an error wrapping
// one of ErrUnreachable, ErrAuth or ErrAPIDisabled when that is the cause,
// so that `dateline sync login` can say what is wrong in one line.
type Server interface {
	// Check verifies the address and the credentials.
	Check(ctx context.Context) error
	// Feeds returns the subscriptions, each with its category.
	Feeds(ctx context.Context) ([]Feed, error)
	// Entries returns the entries added or changed (content, read or
	// starred) since the cursor ("" for all), oldest first, and the cursor
	// to pass next time. It pages through the server's results itself.
	Entries(ctx context.Context, since string) ([]Entry, string, error)
	// SetRead and SetStarred set the state of entries by their IDs. They
	// are idempotent: setting a state an entry has is no error.
	SetRead(ctx context.Context, ids []string, read bool) error
	SetStarred(ctx context.Context, ids []string, starred bool) error
	// Subscribe adds a feed (in the category, "" for the server's default)
	// and returns it; Unsubscribe removes one by its ID.
	Subscribe(ctx context.Context, url, category string) (Feed, error)
	Unsubscribe(ctx context.Context, feedID string) error
}

// Feed is a subscription on the server.
type Feed struct {
	ID       string
	URL      string // the feed's address
	SiteURL  string
	Title    string
	Category string // "" when none
}

// Entry is a story as the server has it. Text fields are as the server
// sent them: hostile until the feeds package has read them.
type Entry struct {
	ID        string // the server's entry ID
	FeedID    string
	URL       string
	GUID      string // "" when the server does not tell (Miniflux)
	Title     string
	Author    string
	Content   string // HTML
	Published time.Time
	Tags      []string
	Read      bool
	Starred   bool
	// Changed is when the server last changed the entry (its state
	// included), zero when the server does not say.
	Changed time.Time
}

// Errors a Server wraps, for errors.Is.
var (
	// ErrUnreachable: the address is wrong, or the server is down.
	ErrUnreachable = errors.New("server unreachable")
	// ErrAuth: the user name, password or token is wrong.
	ErrAuth = errors.New("wrong credentials")
	// ErrAPIDisabled: the server answers, but the API is switched off
	// (the Google Reader API is off by default in Miniflux and FreshRSS).
	ErrAPIDisabled = errors.New("API disabled on the server")
)
