package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dateline-news/dateline/model"
)

// Reads return stories in the order of model.Newer at second resolution:
// newest first, undated last, ties by ID. Bodies are not read: each
// story's Body fetches its text on the first Markdown().

const storyCols = `s.n, s.id, s.guid, s.title, s.summary, s.author, s.published, s.link, s.source,
s.section, s.tags, s.dateline, s.regions, s.regions_inferred, s.position, s.event, s.countries, coalesce(t.read, 0), coalesce(t.starred, 0)
FROM stories s LEFT JOIN state t ON t.story_id = s.id`

// leanCols are what the headline list needs (see model.Story.Partial).
const leanCols = `s.n, s.id, s.title, s.summary, s.published, s.source, s.section, s.regions,
s.regions_inferred, s.position, s.event, s.countries, coalesce(t.read, 0), coalesce(t.starred, 0)
FROM stories s LEFT JOIN state t ON t.story_id = s.id`

// Cursor is a place in the library's order within a scope: a page starts
// after it.
type Cursor struct {
	scope     model.Scope
	started   bool // false: from the top
	dated     bool
	published int64
	id        string
}

// After is the cursor just past story s (the last one shown) in scope.
func After(scope model.Scope, s *model.Story) Cursor {
	return Cursor{scope: scope, started: true, dated: s.Dated(), published: s.Published.Unix(), id: s.ID}
}

// FirstPage returns the first limit stories in scope (model.Everywhere()
// or model.In(region)). It costs the same at any library size.
func (s *Store) FirstPage(ctx context.Context, scope model.Scope, limit int) ([]Item, error) {
	return s.Page(ctx, Cursor{scope: scope}, limit)
}

// Page returns up to limit stories after the cursor, in order.
func (s *Store) Page(ctx context.Context, after Cursor, limit int) ([]Item, error) {
	if err := s.readErr(ctx); err != nil {
		return nil, err
	}
	where := ""
	if r, one := after.scope.Region(); one {
		where = " AND " + regionTerm(int(r))
	}
	var items []Item
	var err error
	switch {
	case !after.started:
		items, err = s.items(ctx, `SELECT `+storyCols+` WHERE 1`+where+` ORDER BY s.published DESC, s.id LIMIT ?`, limit)
		return items, err
	case after.dated:
		items, err = s.items(ctx, `SELECT `+storyCols+`
WHERE s.published <= ?1 AND (s.published < ?1 OR s.id > ?2)`+where+` ORDER BY s.published DESC, s.id LIMIT ?3`,
			after.published, after.id, limit)
		if err != nil || len(items) == limit {
			return items, err
		}
		more, err := s.items(ctx, `SELECT `+storyCols+` WHERE s.published IS NULL`+where+` ORDER BY s.id LIMIT ?`, limit-len(items))
		return append(items, more...), err
	default:
		return s.items(ctx, `SELECT `+storyCols+` WHERE s.published IS NULL AND s.id > ?`+where+` ORDER BY s.id LIMIT ?`, after.id, limit)
	}
}

// items runs a query over storyCols.
func (s *Store) items(ctx context.Context, q string, args ...any) ([]Item, error) {
	var out []Item
	for it, err := range s.scan(ctx, q, args...) {
		if err != nil {
			return out, err
		}
		out = append(out, it)
	}
	return out, nil
}

// scan yields the rows of a query over storyCols, or over leanCols when
// the query selects them: partial stories, with the summary in the Item.
func (s *Store) scan(ctx context.Context, q string, args ...any) iter.Seq2[Item, error] {
	if strings.HasPrefix(q, "SELECT "+leanCols) {
		return s.scanLean(ctx, q, args...)
	}
	return s.rows(ctx, q, args, func(rows *sql.Rows) (Item, error) {
		var (
			n                       int64
			st                      model.Story
			published               sql.NullInt64
			tags                    string
			regions, countries      int64
			inferred, read, starred bool
		)
		if err := rows.Scan(&n, &st.ID, &st.Edit().GUID, &st.Title, &st.Edit().Summary, &st.Edit().Author, &published, &st.Edit().Link,
			&st.Source, &st.Section, &tags, &st.Edit().Dateline, &regions, &inferred, &st.Position, &st.Event, &countries, &read, &starred); err != nil {
			return Item{}, err
		}
		if published.Valid {
			st.Published = time.Unix(published.Int64, 0).UTC()
		}
		if tags != "[]" && tags != "" {
			_ = json.Unmarshal([]byte(tags), &st.Edit().Tags) // written by encode; a damaged one is dropped
		}
		st.Regions, st.RegionsInferred = model.RegionSet(regions), inferred
		st.Countries = model.CountrySet(countries)
		st.Body = &lazyBody{s: s, n: n}
		return Item{Story: &st, State: StoryState{Read: read, Starred: starred}}, nil
	})
}

// scanLean is scan for leanCols. The source and section of 100,000 stories
// are a few dozen strings: each is kept once.
func (s *Store) scanLean(ctx context.Context, q string, args ...any) iter.Seq2[Item, error] {
	names := map[string]string{}
	intern := func(x string) string {
		if v, ok := names[x]; ok {
			return v
		}
		if len(names) < 4096 {
			names[x] = x
		}
		return x
	}
	return s.rows(ctx, q, args, func(rows *sql.Rows) (Item, error) {
		var (
			n                       int64
			st                      model.Story
			summary                 string
			published               sql.NullInt64
			regions, countries      int64
			inferred, read, starred bool
		)
		if err := rows.Scan(&n, &st.ID, &st.Title, &summary, &published, &st.Source, &st.Section,
			&regions, &inferred, &st.Position, &st.Event, &countries, &read, &starred); err != nil {
			return Item{}, err
		}
		if published.Valid {
			st.Published = time.Unix(published.Int64, 0).UTC()
		}
		st.Source, st.Section = intern(st.Source), intern(st.Section)
		st.Regions, st.RegionsInferred = model.RegionSet(regions), inferred
		st.Countries = model.CountrySet(countries)
		st.Body, st.Partial = &lazyBody{s: s, n: n}, true
		return Item{Story: &st, State: StoryState{Read: read, Starred: starred}, Summary: summary}, nil
	})
}

// rows yields what item makes of each row of the query, streaming, and
// stops at the first failure, which it yields.
func (s *Store) rows(ctx context.Context, q string, args []any, item func(*sql.Rows) (Item, error)) iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		rows, err := s.rdb.QueryContext(ctx, q, args...)
		if err != nil {
			yield(Item{}, s.readFailed(err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			it, err := item(rows)
			if err != nil {
				yield(Item{}, s.readFailed(err))
				return
			}
			if !yield(it, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Item{}, s.readFailed(err))
		}
	}
}

func (s *Store) readFailed(err error) error {
	return fmt.Errorf("read library %s: %w", s.path, err)
}

// All yields every story in the library in order, streaming.
func (s *Store) All(ctx context.Context) iter.Seq2[Item, error] {
	if err := s.readErr(ctx); err != nil {
		return func(yield func(Item, error) bool) { yield(Item{}, err) }
	}
	return s.scan(ctx, `SELECT `+storyCols+` ORDER BY s.published DESC, s.id`)
}

// AllPartial is All with partial stories (model.Story.Partial): what the
// headline list needs, at half the memory. Each Item has the summary,
// for the search words.
func (s *Store) AllPartial(ctx context.Context) iter.Seq2[Item, error] {
	if err := s.readErr(ctx); err != nil {
		return func(yield func(Item, error) bool) { yield(Item{}, err) }
	}
	return s.scan(ctx, `SELECT `+leanCols+` ORDER BY s.published DESC, s.id`)
}

// Published reads the dated stories published from from to to, partial
// (as AllPartial), newest first: the stories a new one may be coverage
// of the same event as (see model.Coverage).
func (s *Store) Published(ctx context.Context, from, to time.Time) iter.Seq2[Item, error] {
	if err := s.readErr(ctx); err != nil {
		return func(yield func(Item, error) bool) { yield(Item{}, err) }
	}
	return s.scan(ctx, `SELECT `+leanCols+` WHERE s.published BETWEEN ? AND ? ORDER BY s.published DESC, s.id`, from.Unix(), to.Unix())
}

// BySource yields the stories the source sourceKey last delivered, in
// order, streaming: what an unchanged source holds, without re-reading it.
func (s *Store) BySource(ctx context.Context, sourceKey string) iter.Seq2[Item, error] {
	if err := s.readErr(ctx); err != nil {
		return func(yield func(Item, error) bool) { yield(Item{}, err) }
	}
	return s.scan(ctx, `SELECT `+storyCols+` WHERE s.source_key = ? ORDER BY s.published DESC, s.id`, sourceKey)
}

// BySourcePartial is BySource with partial stories, as AllPartial.
func (s *Store) BySourcePartial(ctx context.Context, sourceKey string) iter.Seq2[Item, error] {
	if err := s.readErr(ctx); err != nil {
		return func(yield func(Item, error) bool) { yield(Item{}, err) }
	}
	return s.scan(ctx, `SELECT `+leanCols+` WHERE s.source_key = ? ORDER BY s.published DESC, s.id`, sourceKey)
}

// States returns the marks of those of ids that have any (a story never
// marked is unread and unstarred), whether or not the story is stored yet.
func (s *Store) States(ctx context.Context, ids []string) (map[string]StoryState, error) {
	if err := s.readErr(ctx); err != nil {
		return nil, err
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT story_id, read, starred FROM state
WHERE story_id IN (SELECT value FROM json_each(?)) AND (read OR starred)`, string(b))
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer rows.Close()
	out := map[string]StoryState{}
	for rows.Next() {
		var id string
		var st StoryState
		if err := rows.Scan(&id, &st.Read, &st.Starred); err != nil {
			return nil, s.readFailed(err)
		}
		out[id] = st
	}
	if err := rows.Err(); err != nil {
		return nil, s.readFailed(err)
	}
	return out, nil
}

// Get returns the stories with the given IDs (those the library has), in
// library order.
func (s *Store) Get(ctx context.Context, ids []string) ([]Item, error) {
	if err := s.readErr(ctx); err != nil {
		return nil, err
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	return s.items(ctx, `SELECT `+storyCols+` WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.published DESC, s.id`, string(b))
}

// Find returns the story whose ID, or else whose feed guid, is key.
func (s *Store) Find(ctx context.Context, key string) (Item, bool, error) {
	for _, q := range []string{`SELECT ` + storyCols + ` WHERE s.id = ?`, `SELECT ` + storyCols + ` WHERE s.guid = ? ORDER BY s.n LIMIT 1`} {
		items, err := s.items(ctx, q, key)
		if err != nil || len(items) > 0 {
			return firstOf(items), len(items) > 0, err
		}
	}
	return Item{}, false, nil
}

func firstOf(items []Item) Item {
	if len(items) == 0 {
		return Item{}
	}
	return items[0]
}

// Counts returns the number of stories and of unread ones, in all and by
// region (Other: stories with no region): byRegion[r] = {total, unread}.
// The counts are kept by the database as stories and marks are written, so
// this costs the same at any size.
func (s *Store) Counts(ctx context.Context) (all, unread int, byRegion map[model.Region][2]int, err error) {
	if err := s.readErr(ctx); err != nil {
		return 0, 0, nil, err
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT region, total, read FROM counts`)
	if err != nil {
		return 0, 0, nil, s.readFailed(err)
	}
	defer rows.Close()
	byRegion = map[model.Region][2]int{}
	for rows.Next() {
		var r, total, read int
		if err := rows.Scan(&r, &total, &read); err != nil {
			return 0, 0, nil, s.readFailed(err)
		}
		switch {
		case r == -1:
			all, unread = total, total-read
		case r == 0 || slices.Contains(model.WorldRegions[:], model.Region(r)):
			byRegion[model.Region(r)] = [2]int{total, total - read}
		}
	}
	if err := rows.Err(); err != nil {
		return 0, 0, nil, s.readFailed(err)
	}
	return all, unread, byRegion, nil
}

// lazyBody is a stored story's body: it reads the raw body from the
// library and decodes it on the first Markdown(), and keeps it. Safe for
// concurrent use. A reader holds one for every story in the library, so
// it is small: 24 bytes until it is read.
type lazyBody struct {
	s    *Store
	n    int64 // the story's key
	body atomic.Pointer[model.Body]
}

// idBody is lazyBody for a story known by its ID (BodyOf): 32 bytes.
type idBody struct {
	s    *Store
	id   string
	body atomic.Pointer[model.Body]
}

// unreadable is shown when a body cannot be read (the library was closed,
// or the story pruned, meanwhile); a later call tries again.
const unreadable = "*The text of this story could not be read from the library.*"

// Complete reads the whole of the partial story s (model.Completer). The
// story keeps this body, and whatever it has read.
func (b *lazyBody) Complete(s *model.Story) (*model.Story, error) {
	return b.s.complete(s, b, `SELECT `+storyCols+` WHERE s.n = ?`, b.n)
}

// Complete is lazyBody.Complete for a story known by its ID.
func (b *idBody) Complete(s *model.Story) (*model.Story, error) {
	return b.s.complete(s, b, `SELECT `+storyCols+` WHERE s.id = ?`, b.id)
}

func (s *Store) complete(partial *model.Story, body model.Body, q string, key any) (*model.Story, error) {
	items, err := s.items(context.Background(), q, key)
	if err != nil {
		return partial, err
	}
	if len(items) == 0 {
		return partial, fmt.Errorf("story %s is no longer in the library %s", partial.ID, s.path)
	}
	full := items[0].Story
	full.Body = body
	return full, nil
}

// Markdown reads, decodes and returns the body.
func (b *lazyBody) Markdown() string {
	return b.s.markdown(&b.body, `SELECT body_kind, body_raw, body_base FROM bodies WHERE n = ?`, b.n)
}

// Markdown reads, decodes and returns the body.
func (b *idBody) Markdown() string {
	return b.s.markdown(&b.body, `SELECT b.body_kind, b.body_raw, b.body_base FROM stories s JOIN bodies b ON b.n = s.n WHERE s.id = ?`, b.id)
}

// markdown is the Markdown of the body that q finds by key, read and
// decoded once into *cache. Two first calls at once may both read it: one
// decoded body is kept, and both return its Markdown.
func (s *Store) markdown(cache *atomic.Pointer[model.Body], q string, key any) string {
	body := cache.Load()
	if body == nil {
		var kind, raw, base string
		if err := s.rdb.QueryRow(q, key).Scan(&kind, &raw, &base); err != nil {
			return unreadable
		}
		decoded := s.codec.Decode(kind, raw, base)
		if !cache.CompareAndSwap(nil, &decoded) {
			body = cache.Load()
		} else {
			body = &decoded
		}
	}
	return (*body).Markdown()
}

// BodyOf is the body of the stored story id, read from the library on the
// first Markdown(): what a story parsed from a feed can hold instead of
// its text once it is stored. Safe for concurrent use.
func (s *Store) BodyOf(id string) model.Body { return &idBody{s: s, id: id} }
