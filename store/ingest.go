package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/dateline-news/dateline/model"
)

// Retention defaults: how long a story gone from its feed is kept.
const (
	DefaultReadAge   = 90 * 24 * time.Hour  // after it was read
	DefaultUnreadAge = 180 * 24 * time.Hour // after it left its feed, unread
)

// row is a story as it will be written, prepared off the writer goroutine.
type row struct {
	id, guid, title, summary, author    string
	published                           sql.NullInt64
	link, source, section, tags, dateln string
	regions                             int64
	inferred                            bool
	position                            int32
	event                               string
	countries                           int64 // model.CountrySet
	kind, raw, base                     string
	hash                                []byte
	// words is the index text of a story without a body, "" when the
	// library already had this content when the row was prepared (and
	// then computed by the writer if that changed meanwhile).
	words   string
	indexed bool
	// fresh says the library did not have the story when the row was
	// prepared: the writer tries to insert it before looking it up.
	fresh bool
}

const (
	qLookup = `SELECT n, content_hash, EXISTS (SELECT 1 FROM articles a WHERE a.n = stories.n) FROM stories WHERE id = ?`
	// qInsertStory's parameters are anonymous: the driver looks up the
	// name of each numbered one (?16) every time it binds it, 0.08 s of a
	// first ingest of 100,000 stories.
	qInsertStory = `INSERT INTO stories (id, guid, title, summary, author, published, link, source, section, tags, dateline, regions, regions_inferred, source_key, content_hash, first_seen, last_seen_in_feed, body_indexed, position, event, countries)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING`
	qAddCount = `UPDATE counts SET total = total + ?2, read = read + ?3 WHERE region = ?1`
	qMaxN     = `SELECT coalesce(max(n), 0) FROM stories`
	// qNewRead finds the new stories that were marked read before they came.
	qNewRead     = `SELECT s.regions FROM stories s JOIN state t ON t.story_id = s.id WHERE s.n > ? AND t.read`
	qUpdateStory = `UPDATE stories SET guid = ?2, title = ?3, summary = ?4, author = ?5, published = ?6, link = ?7, source = ?8, section = ?9, tags = ?10, dateline = ?11, regions = ?12, regions_inferred = ?13, source_key = ?14, content_hash = ?15, last_seen_in_feed = ?16, gone_since = NULL, body_indexed = ?17, position = ?18, event = ?19, countries = ?20
WHERE n = ?1`
	qTouchStory = `UPDATE stories SET source_key = ?2, last_seen_in_feed = ?3, gone_since = NULL, position = ?4 WHERE n = ?1`
	qPutBody    = `INSERT OR REPLACE INTO bodies (n, body_kind, body_raw, body_base) VALUES (?, ?, ?, ?)`
	// qAddBody is qPutBody for a story just inserted, which has no body
	// yet: without REPLACE (which may delete a row) the statement cannot
	// fail halfway, so SQLite keeps no statement journal for it, which
	// cost 0.15 s of a first ingest of 100,000 stories.
	qAddBody   = `INSERT INTO bodies (n, body_kind, body_raw, body_base) VALUES (?, ?, ?, ?) ON CONFLICT (n) DO NOTHING`
	qDeleteFTS = `DELETE FROM fts WHERE rowid = ?`
	qInsertFTS = `INSERT INTO fts (rowid, words) VALUES (?, ?)`
	qSetRead   = `INSERT INTO state (story_id, read, read_at, changed_at)
VALUES (?3, ?1, CASE WHEN ?1 THEN ?2 END, ?2)
ON CONFLICT (story_id) DO UPDATE SET read = excluded.read, read_at = excluded.read_at, changed_at = excluded.changed_at
WHERE read != excluded.read`
	qSetStarred = `INSERT INTO state (story_id, starred, starred_at, changed_at)
VALUES (?3, ?1, CASE WHEN ?1 THEN ?2 END, ?2)
ON CONFLICT (story_id) DO UPDATE SET starred = excluded.starred, starred_at = excluded.starred_at, changed_at = excluded.changed_at
WHERE starred != excluded.starred`
)

// writeQueries are prepared once on the write connection.
var writeQueries = []string{qLookup, qInsertStory, qAddCount, qMaxN, qNewRead, qUpdateStory, qTouchStory, qPutBody, qAddBody, qDeleteFTS, qInsertFTS, qSetRead, qSetStarred}

// prepareChunk is how many stories Upsert prepares and queues at a time;
// the writer commits several in one transaction. With the queue's length
// it bounds the memory a large Upsert holds (8 × 256 stories, about one
// transaction's worth: the writer is the slower side, and each story
// queued holds its body).
const prepareChunk = 256

// Upsert queues stories from the source sourceKey for writing, in
// transactions of at most MaxTxStories. A story already in the library
// keeps its state and first_seen; its fields and body are replaced and it
// is no longer gone. The work of preparing the rows is done here, on the
// caller's goroutine; Upsert blocks while the queue is full.
//
// It returns an earlier write's failure that Flush has not returned yet.
func (s *Store) Upsert(ctx context.Context, stories []*model.Story, sourceKey string) error {
	for chunk := range slices.Chunk(stories, prepareChunk) {
		rows, err := s.prepare(ctx, chunk)
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			continue
		}
		j := job{weight: len(rows), run: func(t *wtx) error { return t.upsert(rows, sourceKey) }}
		if err := s.w.send(ctx, false, j); err != nil {
			return err
		}
	}
	return s.w.pending()
}

// prepare encodes stories into rows, and computes the index text of those
// without a body that the library does not already hold with the same
// content. A story with a body is indexed whole later (indexBodies): the
// words of its headline and summary alone would be thrown away.
func (s *Store) prepare(ctx context.Context, stories []*model.Story) ([]row, error) {
	kept := make([]*model.Story, 0, len(stories))
	ids := make([]string, 0, len(stories))
	for _, st := range stories {
		if st == nil {
			continue
		}
		if st.ID == "" {
			return nil, fmt.Errorf("store story %q from %s: no ID", st.Title, st.Source)
		}
		kept = append(kept, st)
		ids = append(ids, st.ID)
	}
	have := s.hashes(ctx, ids)
	rows := make([]row, len(kept))
	overCores(len(rows), func(x *indexer, i int) {
		r := &rows[i]
		*r = s.encode(kept[i], &x.hashed)
		h, ok := have[r.id]
		r.fresh = !ok
		if r.bodyIndexed() == 1 && !bytes.Equal(h, r.hash) {
			r.words, r.indexed = r.indexWords(x), true
		}
	})
	return rows, nil
}

// overCores runs index(x, i) for every i below n, split over the cores
// (which the writer leaves idle while it waits for the disk), each with
// an indexer of its own: encoding a story and finding its words are the
// costly parts of writing it.
func overCores(n int, index func(x *indexer, i int)) {
	workers := min(runtime.GOMAXPROCS(0), 1+n/64)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var x indexer
			for i := w; i < n; i += workers {
				index(&x, i)
			}
		})
	}
	wg.Wait()
}

// encode makes a story's row. Its content hash is taken over the fields
// laid end to end in scratch (reused between stories): writing each to a
// hash.Hash would copy it to a new []byte first, the body too, which was
// 300 MB of garbage in a first ingest of 100,000 stories.
func (s *Store) encode(st *model.Story, scratch *[]byte) row {
	r := row{
		id: st.ID, guid: st.GUID(), title: st.Title, summary: st.Summary(), author: st.Author(),
		link: st.Link(), source: st.Source, section: st.Section, dateln: st.Dateline(), position: st.Position, event: st.Event,
		regions: int64(st.Regions), inferred: st.RegionsInferred, tags: "[]", countries: int64(st.Countries),
	}
	if st.Dated() {
		r.published = sql.NullInt64{Int64: st.Published.Unix(), Valid: true}
	}
	if len(st.Tags()) > 0 {
		if b, err := json.Marshal(st.Tags()); err == nil {
			r.tags = string(b)
		}
	}
	if st.Body != nil {
		r.kind, r.raw, r.base = s.codec.Encode(st.Body)
	}
	h := (*scratch)[:0]
	for _, f := range [...]string{r.guid, r.title, r.summary, r.author, r.link, r.source, r.section, r.tags, r.dateln, r.kind, r.raw, r.base} {
		h = binary.LittleEndian.AppendUint64(h, uint64(len(f)))
		h = append(h, f...)
	}
	pub := int64(-1 << 63)
	if r.published.Valid {
		pub = r.published.Int64
	}
	flags := r.regions << 1
	if r.inferred {
		flags |= 1
	}
	h = binary.LittleEndian.AppendUint64(h, uint64(pub))
	h = binary.LittleEndian.AppendUint64(h, uint64(flags))
	if r.countries != 0 {
		// Only when there are any, so that adding the column changed the
		// hash of no story without countries (and a re-ingest rewrites
		// only the stories whose countries the migration guessed).
		h = binary.LittleEndian.AppendUint64(h, uint64(r.countries))
	}
	sum := sha256.Sum256(h)
	r.hash = slices.Clone(sum[:16])
	*scratch = h
	return r
}

// indexWords is the index text an ingest writes for a story without a
// body; one with a body is indexed whole later (indexBodies), so that
// storing stories does not wait for the words of their bodies.
func (r *row) indexWords(x *indexer) string {
	return x.words(r.title, r.summary, r.source, r.section)
}

// bodyIndexed is the body_indexed an ingest writes: 0 while a body's words
// are still to be indexed.
func (r *row) bodyIndexed() int {
	if r.raw == "" {
		return 1
	}
	return 0
}

// hashes returns the content hash the library holds for each of ids that
// it has. A failure only means more work for the writer, so it is ignored.
func (s *Store) hashes(ctx context.Context, ids []string) map[string][]byte {
	out := map[string][]byte{}
	b, err := json.Marshal(ids)
	if err != nil {
		return out
	}
	rs, err := s.rdb.QueryContext(ctx, `SELECT id, content_hash FROM stories WHERE id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return out
	}
	defer rs.Close()
	for rs.Next() {
		var id string
		var h []byte
		if rs.Scan(&id, &h) == nil {
			out[id] = h
		}
	}
	return out
}

// upsert writes rows in the transaction.
func (t *wtx) upsert(rows []row, sourceKey string) error {
	for i := range rows {
		r := &rows[i]
		var n int64
		var old []byte
		var article bool // indexed with its body (indexBodies)
		inserted, err := false, sql.ErrNoRows
		if r.fresh {
			if n, inserted, err = t.insert(r, sourceKey); err != nil {
				return err
			}
		}
		if !inserted {
			err = t.queryRow(qLookup, r.id).Scan(&n, &old, &article)
		}
		existed := !inserted && err == nil
		switch {
		case inserted:
		case errors.Is(err, sql.ErrNoRows):
			if n, _, err = t.insert(r, sourceKey); err != nil {
				return err
			}
		case err != nil:
			return err
		case bytes.Equal(old, r.hash):
			if _, err := t.exec(qTouchStory, n, sourceKey, t.now, r.position); err != nil {
				return err
			}
			continue
		default:
			indexed := r.bodyIndexed()
			if article {
				indexed = 0
			}
			if _, err := t.exec(qUpdateStory, n, r.guid, r.title, r.summary, r.author, r.published,
				r.link, r.source, r.section, r.tags, r.dateln, r.regions, r.inferred, sourceKey, r.hash, t.now, indexed, r.position, r.event, r.countries); err != nil {
				return err
			}
		}
		if err := t.putBody(n, r, inserted); err != nil {
			return err
		}
		if r.bodyIndexed() == 0 || article {
			// Indexed whole later (indexBodies), in one insert: a story
			// indexed now and again then would cost a delete, which a
			// contentless index makes dear.
			if existed {
				if _, err := t.exec(qDeleteFTS, n); err != nil {
					return err
				}
			}
			t.w.bodiesDue = true
			continue
		}
		if !r.indexed { // the library changed since prepare
			r.words, r.indexed = r.indexWords(&t.x), true
		}
		t.addIndex(n, existed, r.words)
	}
	return nil
}

// putBody writes the body of story n. A story just inserted has none, so
// the body is added; a body already there (a story deleted with foreign
// keys off, its n given out again) is replaced all the same.
func (t *wtx) putBody(n int64, r *row, inserted bool) error {
	if inserted {
		res, err := t.exec(qAddBody, n, r.kind, r.raw, r.base)
		if err != nil {
			return err
		}
		if k, err := res.RowsAffected(); err != nil || k == 1 {
			return err
		}
	}
	_, err := t.exec(qPutBody, n, r.kind, r.raw, r.base)
	return err
}

// insert inserts a new story and reports whether it was new.
func (t *wtx) insert(r *row, sourceKey string) (int64, bool, error) {
	if t.maxN < 0 {
		if err := t.queryRow(qMaxN).Scan(&t.maxN); err != nil {
			return 0, false, err
		}
	}
	res, err := t.exec(qInsertStory, r.id, r.guid, r.title, r.summary, r.author, r.published,
		r.link, r.source, r.section, r.tags, r.dateln, r.regions, r.inferred, sourceKey, r.hash, t.now, t.now, r.bodyIndexed(), r.position, r.event, r.countries)
	if err != nil {
		return 0, false, err
	}
	if k, err := res.RowsAffected(); err != nil || k == 0 {
		return 0, false, err
	}
	n, err := res.LastInsertId()
	if err != nil {
		return 0, false, err
	}
	addCount(&t.added, model.RegionSet(r.regions))
	return n, true, nil
}

// addCount counts a story with regions set in c, indexed by counts.region+1.
func addCount(c *[9]int64, set model.RegionSet) {
	c[0]++ // all
	if set == 0 {
		c[1]++ // Other
	}
	for r := 1; r < 8; r++ {
		if set&(1<<r) != 0 {
			c[r+1]++
		}
	}
}

// writeCounts adds the transaction's new stories, and those of them
// already marked read, to counts.
func (t *wtx) writeCounts() error {
	if t.maxN < 0 {
		return nil // nothing inserted
	}
	st, err := t.stmt(qNewRead)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(t.ctx, t.maxN)
	if err != nil {
		return err
	}
	var read [9]int64
	for rows.Next() {
		var set int64
		if err := rows.Scan(&set); err != nil {
			rows.Close()
			return err
		}
		addCount(&read, model.RegionSet(set))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i, k := range t.added {
		if k == 0 && read[i] == 0 {
			continue
		}
		if _, err := t.exec(qAddCount, i-1, k, read[i]); err != nil {
			return err
		}
	}
	t.added, t.maxN = [9]int64{}, -1
	return nil
}

// indexWrite is a story's text for the full-text index, written when the
// transaction's other writes are done: FTS5 flushes its pending index to a
// new segment whenever a later statement opens a savepoint (any statement
// that fires a trigger does), so writing it last keeps one segment a
// transaction instead of one a story, the difference between 90 s and a
// few seconds for 100,000 stories.
type indexWrite struct {
	n       int64
	replace bool // the story was in the index before the transaction
	words   string
}

// addIndex queues a story's index text; a story written twice in one
// transaction is indexed once, with its last text.
func (t *wtx) addIndex(n int64, replace bool, words string) {
	if t.indexed == nil {
		t.indexed = map[int64]int{}
	}
	if i, ok := t.indexed[n]; ok {
		t.index[i].words = words
		return
	}
	t.indexed[n] = len(t.index)
	t.index = append(t.index, indexWrite{n: n, replace: replace, words: words})
}

// writeIndex writes the transaction's index text.
func (t *wtx) writeIndex() error {
	for _, w := range t.index {
		if w.replace {
			if _, err := t.exec(qDeleteFTS, w.n); err != nil {
				return err
			}
		}
	}
	for _, w := range t.index {
		if _, err := t.exec(qInsertFTS, w.n, w.words); err != nil {
			return err
		}
	}
	t.index, t.indexed = nil, nil
	return nil
}

// MarkGone queues marking the stories of source sourceKey that are not in
// keepIDs as gone from their feed (gone_since = now). They stay in the
// library until Prune. Queued after the source's Upserts, it sees them.
func (s *Store) MarkGone(ctx context.Context, sourceKey string, keepIDs []string) error {
	keep, err := json.Marshal(keepIDs)
	if err != nil {
		return err
	}
	if keepIDs == nil {
		keep = []byte("[]")
	}
	run := func(t *wtx) error {
		_, err := t.exec(`UPDATE stories SET gone_since = ?1
WHERE source_key = ?2 AND gone_since IS NULL AND id NOT IN (SELECT value FROM json_each(?3))`, t.now, sourceKey, string(keep))
		return err
	}
	if err := s.w.send(ctx, false, job{weight: 1, run: run}); err != nil {
		return err
	}
	return s.w.pending()
}

// SetEvents queues writing the events of stories already written (story
// ID -> event ID): stories placed alone that have since joined an event
// (model.Coverage.TakeMoved). Queue it after their Upserts.
func (s *Store) SetEvents(ctx context.Context, events map[string]string) error {
	if len(events) == 0 {
		return nil
	}
	ids := make([]string, 0, len(events))
	for id := range events {
		ids = append(ids, id)
	}
	slices.Sort(ids) // one order whatever the map's
	run := func(t *wtx) error {
		for _, id := range ids {
			if _, err := t.exec(`UPDATE stories SET event = ?1 WHERE id = ?2`, events[id], id); err != nil {
				return err
			}
		}
		return nil
	}
	if err := s.w.send(ctx, false, job{weight: len(ids), run: run}); err != nil {
		return err
	}
	return s.w.pending()
}

// HoldsSource reports whether the library has a story that the source
// key delivered last: a source it has none of has none to mark gone. A
// failure to say counts as yes.
func (s *Store) HoldsSource(ctx context.Context, key string) bool {
	var held bool
	err := s.rdb.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM stories WHERE source_key = ?)`, key).Scan(&held)
	return err != nil || held
}

// SourceHash returns the content hash the source key was last loaded with,
// if it was loaded with this size and modification time.
func (s *Store) SourceHash(key string, size int64, mtime time.Time) ([]byte, bool) {
	var h []byte
	err := s.rdb.QueryRow(`SELECT hash FROM sources WHERE key = ? AND size = ? AND mtime = ?`, key, size, mtime.UnixNano()).Scan(&h)
	return h, err == nil
}

// RecordSource queues recording that the source key was loaded with this
// size, modification time and content hash. Queue it after the source's
// Upserts: it is committed after them, so a crash mid-ingest leaves the
// source to be loaded again.
func (s *Store) RecordSource(ctx context.Context, key string, size int64, mtime time.Time, hash []byte) error {
	run := func(t *wtx) error {
		_, err := t.exec(`INSERT INTO sources (key, size, mtime, hash, loaded_at) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (key) DO UPDATE SET size = ?2, mtime = ?3, hash = ?4, loaded_at = ?5`, key, size, mtime.UnixNano(), hash, t.now)
		return err
	}
	if err := s.w.send(ctx, false, job{weight: 1, run: run}); err != nil {
		return err
	}
	return s.w.pending()
}

// Prune deletes the unstarred stories that are gone from their feed: read
// ones readAge after they were read, unread ones unreadAge after they left
// the feed. A starred story is never deleted. It deletes in transactions of
// MaxTxStories so state changes go on meanwhile, and returns how many.
func (s *Store) Prune(ctx context.Context, now time.Time, readAge, unreadAge time.Duration) (int, error) {
	readCut, unreadCut := now.Add(-readAge).Unix(), now.Add(-unreadAge).Unix()
	total := 0
	for {
		var n int64
		err := s.w.call(ctx, false, MaxTxStories, func(t *wtx) error {
			res, err := t.exec(`DELETE FROM stories WHERE n IN (
	SELECT s.n FROM stories s LEFT JOIN state t ON t.story_id = s.id
	WHERE s.gone_since IS NOT NULL AND coalesce(t.starred, 0) = 0 AND (
		(coalesce(t.read, 0) = 1 AND coalesce(t.read_at, s.gone_since) <= ?1) OR
		(coalesce(t.read, 0) = 0 AND s.gone_since <= ?2))
	LIMIT ?3)`, readCut, unreadCut, MaxTxStories)
			if err != nil {
				return err
			}
			n, err = res.RowsAffected()
			return err
		})
		total += int(n)
		if err != nil {
			return total, err
		}
		if n < MaxTxStories {
			// Marks whose story never came (or was deleted by hand).
			return total, s.w.call(ctx, false, 1, func(t *wtx) error {
				_, err := t.exec(`DELETE FROM state WHERE changed_at <= ? AND story_id NOT IN (SELECT id FROM stories)`, unreadCut)
				return err
			})
		}
	}
}

// SetRead queues marking the story read or unread. State changes are
// written before queued ingests; a mark for a story still on its way to
// the library is kept and applies when it comes. It returns an earlier
// write's failure that Flush has not returned yet.
func (s *Store) SetRead(id string, read bool) error {
	return s.setState(qSetRead, []string{id}, read)
}

// SetStarred queues starring or unstarring the story.
func (s *Store) SetStarred(id string, starred bool) error {
	return s.setState(qSetStarred, []string{id}, starred)
}

// MarkRead queues marking the stories read.
func (s *Store) MarkRead(ids []string) error {
	return s.setState(qSetRead, slices.Clone(ids), true)
}

// setState queues a state change.
func (s *Store) setState(q string, ids []string, on bool) error {
	run := func(t *wtx) error {
		for _, id := range ids {
			if _, err := t.exec(q, on, t.now, id); err != nil {
				return err
			}
		}
		return nil
	}
	if err := s.w.send(context.Background(), true, job{weight: len(ids), run: run}); err != nil {
		return err
	}
	return s.w.pending()
}
