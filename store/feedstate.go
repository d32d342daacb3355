package store

import (
	"context"
	"database/sql"
	"time"
)

// FeedState is what the library remembers of a subscription between
// fetches. Key is the subscription's URL (or a local feed's absolute path,
// FetchStatus is how a feed's last fetch went, in the words the feeds
// screen shows (and the library keeps).
type FetchStatus string

// The outcomes of a fetch.
const (
	StatusOK          FetchStatus = "ok"
	StatusNotModified FetchStatus = "not modified"
	StatusSkipped     FetchStatus = "skipped" // too soon: the server's floor
	StatusFailed      FetchStatus = "failed"
	StatusGone        FetchStatus = "gone" // HTTP 410 at this fetch
	StatusDead        FetchStatus = "dead" // gone before: no more fetches
	StatusSynced      FetchStatus = "synced"
)

// Failed reports whether the outcome is a failure.
func (s FetchStatus) Failed() bool {
	return s == StatusFailed || s == StatusGone || s == StatusDead
}

// the source key its stories are stored under).
type FeedState struct {
	Key   string
	Title string // the feed's own title, as last parsed
	// ETag and LastModified are sent back for a conditional GET.
	ETag, LastModified string
	// NextFetch is the floor the server set (Retry-After, max-age,
	// Expires, <ttl>): no fetch before it unless forced.
	NextFetch time.Time
	LastFetch time.Time // the last attempt
	LastOK    time.Time // the last success (a 200 parsed, or a 304)
	// Status is the last outcome; Error, the last failure's message.
	Status FetchStatus
	Error  string
	// MovedTo is the address a permanent redirect pointed to, MovedCount
	// how many fetches in a row saw it.
	MovedTo    string
	MovedCount int
	// Dead is set when the server said 410 Gone: no more fetches.
	Dead bool
}

// FeedStates returns every subscription's state, by key.
func (s *Store) FeedStates(ctx context.Context) (map[string]FeedState, error) {
	if err := s.readErr(ctx); err != nil {
		return nil, err
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT key, title, etag, last_modified, next_fetch, last_fetch, last_ok,
status, error, moved_to, moved_count, dead FROM feeds`)
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer rows.Close()
	out := map[string]FeedState{}
	for rows.Next() {
		var f FeedState
		var next, last, ok sql.NullInt64
		if err := rows.Scan(&f.Key, &f.Title, &f.ETag, &f.LastModified, &next, &last, &ok,
			&f.Status, &f.Error, &f.MovedTo, &f.MovedCount, &f.Dead); err != nil {
			return nil, s.readFailed(err)
		}
		f.NextFetch, f.LastFetch, f.LastOK = fromUnix(next), fromUnix(last), fromUnix(ok)
		out[f.Key] = f
	}
	if err := rows.Err(); err != nil {
		return nil, s.readFailed(err)
	}
	return out, nil
}

// SaveFeedState queues writing a subscription's state (with the marks: it
// is small and must not wait behind an ingest).
func (s *Store) SaveFeedState(ctx context.Context, f FeedState) error {
	run := func(t *wtx) error {
		_, err := t.exec(`INSERT OR REPLACE INTO feeds (key, title, etag, last_modified, next_fetch, last_fetch, last_ok,
status, error, moved_to, moved_count, dead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			f.Key, f.Title, f.ETag, f.LastModified, toUnix(f.NextFetch), toUnix(f.LastFetch), toUnix(f.LastOK),
			f.Status, f.Error, f.MovedTo, f.MovedCount, f.Dead)
		return err
	}
	if err := s.w.send(ctx, true, job{weight: 1, run: run}); err != nil {
		return err
	}
	return s.w.pending()
}

// SourceCounts returns how many stories each source key has in the
// library, and how many of them are unread.
func (s *Store) SourceCounts(ctx context.Context) (map[string][2]int, error) {
	if err := s.readErr(ctx); err != nil {
		return nil, err
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT s.source_key, count(*), count(*) - coalesce(sum(t.read), 0)
FROM stories s LEFT JOIN state t ON t.story_id = s.id GROUP BY s.source_key`)
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer rows.Close()
	out := map[string][2]int{}
	for rows.Next() {
		var key string
		var total, unread int
		if err := rows.Scan(&key, &total, &unread); err != nil {
			return nil, s.readFailed(err)
		}
		out[key] = [2]int{total, unread}
	}
	if err := rows.Err(); err != nil {
		return nil, s.readFailed(err)
	}
	return out, nil
}

func toUnix(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.Unix(), Valid: true}
}

func fromUnix(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.Unix(v.Int64, 0).UTC()
}
