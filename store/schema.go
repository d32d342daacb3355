package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/dateline-news/dateline/model"
)

// The schema. Times are unix seconds (UTC); booleans are 0 or 1.
//
//	stories   one row per story ID. n is a stable integer key (an alias of
//	          the rowid, so VACUUM keeps it) shared by bodies and fts.
//	          published is NULL when undated; regions is the
//	          model.RegionSet bitmask; countries the model.CountrySet;
//	          tags a JSON array. source_key says
//	          which source last delivered it; content_hash (over every
//	          stored field and the body) lets a re-ingest skip unchanged
//	          stories. first_seen never changes; last_seen_in_feed is the
//	          last ingest that had it; gone_since is set by MarkGone when
//	          its feed stopped carrying it, cleared when it comes back.
//	bodies    the raw body (body_kind, body_raw, body_base as the codec
//	          gave them), apart so that listing never reads them and the
//	          stories table stays small enough to scan.
//	articles  the article of the page a story links to (markdown), or
//	          why there was none (error), fetched from url; deleted with
//	          the story, and in its index text.
//	state     read/starred marks keyed by story ID, apart from stories so
//	          an ingest never touches them; deleted with their story. A
//	          mark may come before its story (state changes are written
//	          before a queued ingest), so there is no foreign key.
//	sources   size, mtime, content hash of each source at its last load.
//	fts       FTS5, contentless (the text is only in stories and bodies)
//	          and detail=none: one row a story, its "words" the distinct
//	          words of its title, summary, body text, source and section.
//	          The store folds the text (model.Fold) and splits it into
//	          words itself, the way the / filter does, before the unstemmed
//	          unicode61 tokenizer sees it, so a typed prefix of any word
//	          matches (word*). A run of CJK characters is indexed as its
//	          overlapping bigrams and its last character, so a substring of
//	          one or two characters is one token (北京, 京*) and a longer
//	          one all its bigrams; a phrase or a longer CJK substring is
//	          then checked against the story's text (see SearchWords).
//	          Positions (detail=full) would double the cost of an ingest.
//	counts    stories and read stories per region (-1: all, 0: Other,
//	          1..7: model.Region), kept up to date as stories and state
//	          are written (by triggers, and by the writer for new
//	          stories), so counting costs the same at any size.
//
// Indexes: stories_source_page (source_key, published DESC, id) gives a
// source's stories in order; stories_page (published DESC, id) gives the first page and
// every next one in the order of model.Newer (at second resolution);
// stories_region_N does the same within region N (partial indexes, one a
// region, used by queries that spell the same WHERE term).

// pageSize is the page size of a new library: 16 KiB pages take an
// ingest of 100,000 stories from 11.7 s (4 KiB) to 9.6 s, by writing the
// bodies in fewer, larger writes.
const pageSize = 16384

// migrations[i] brings a library from schema version i to i+1 (PRAGMA
// user_version). Append only: a released step never changes.
var migrations = []func(ctx context.Context, tx *sql.Tx) error{
	execStep(schemaV1),
	execStep(schemaV2),
	execStep(schemaV3),
	execStep(schemaV4),
	execStep(schemaV5),
	execStep(schemaV6),
	execStep(schemaV7),
	execStep(schemaV8),
	execStep(schemaV9),
	execStep(schemaV10),
	countriesStep,
}

// schemaV9 keeps the article a story links to, once fetched (or why
// there was none): deleted with its story, and in the story's index text
// (indexBodies reads it).
const schemaV9 = `
CREATE TABLE articles (
	n INTEGER PRIMARY KEY REFERENCES stories (n) ON DELETE CASCADE,
	url TEXT NOT NULL,
	markdown TEXT NOT NULL DEFAULT '',
	error TEXT NOT NULL DEFAULT '',
	fetched INTEGER NOT NULL
);
`

// schemaV10 keeps the event each story is coverage of (model.Coverage),
// so that a restart shows the same events: the ID of the event's first
// story, empty when that is the story itself or it is alone.
const schemaV10 = `
ALTER TABLE stories ADD COLUMN event TEXT NOT NULL DEFAULT '';
`

// countriesStep (schema version 11) keeps each story's countries
// (model.CountrySet, ISO codes ten bits each), and guesses those of the
// stories already kept from what the library has of them: model.ClassifyPlaces
// over their tags, headline, dateline and summary (a story file's
// countries: front matter is not kept, so it is lost until re-ingested).
// About 4 µs a story (75 ms for 20,000 synthetic ones, half naming a
// country), and one UPDATE for each with any.
func countriesStep(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, schemaV11); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT n, title, summary, dateline, tags FROM stories`)
	if err != nil {
		return err
	}
	type found struct{ n, countries int64 }
	var all []found
	for rows.Next() {
		var (
			n                              int64
			title, summary, dateline, tags string
		)
		if err := rows.Scan(&n, &title, &summary, &dateline, &tags); err != nil {
			rows.Close()
			return err
		}
		var terms []string
		if tags != "[]" && tags != "" {
			_ = json.Unmarshal([]byte(tags), &terms) // written by encode; a damaged one is dropped
		}
		p := model.ClassifyPlaces(model.Clues{Terms: terms, Headline: title, Dateline: dateline, Lead: summary})
		if p.Countries != 0 {
			all = append(all, found{n, int64(p.Countries)})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	update, err := tx.PrepareContext(ctx, `UPDATE stories SET countries = ? WHERE n = ?`)
	if err != nil {
		return err
	}
	defer update.Close()
	for _, f := range all {
		if _, err := update.ExecContext(ctx, f.countries, f.n); err != nil {
			return err
		}
	}
	return nil
}

const schemaV11 = `ALTER TABLE stories ADD COLUMN countries INTEGER NOT NULL DEFAULT 0;`

// schemaV8 keeps each story's place in its feed, so that undated stories
// come in their feed's order, not their IDs'.
const schemaV8 = `
ALTER TABLE stories ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
`

// schemaV6 remembers when the server last changed each entry, so that an
// entry a sync pulls again unchanged (a cursor counts in seconds) costs
// nothing more.
const schemaV6 = `ALTER TABLE sync_entries ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;`

// schemaV7 lets a story with a body reach the index after the story: an
// ingest marks it body_indexed = 0 and leaves it out of the index; the
// writer indexes it whole when it has nothing else to do (see
// indexBodies). A first ingest of 100,000 stories
// is stored in about half the time, and their bodies are searchable a few
// seconds later.
const schemaV7 = `
ALTER TABLE stories ADD COLUMN body_indexed INTEGER NOT NULL DEFAULT 1;
CREATE INDEX stories_unindexed ON stories (n) WHERE body_indexed = 0;
`

// schemaV5 is for syncing with a feed server: which server entry each
// story is, the marks made here not yet pushed (every change of state is
// recorded, so marks made before sync was turned on go too), and the
// sync's cursors. A story is matched to an entry by its link.
const schemaV5 = `
CREATE TABLE sync_entries (
	story_id TEXT PRIMARY KEY,
	entry_id TEXT NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE TABLE sync_pending (
	story_id TEXT PRIMARY KEY,
	read INTEGER,
	starred INTEGER,
	changed_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX stories_link ON stories (link) WHERE link != '';
INSERT INTO sync_pending (story_id, read, starred, changed_at)
	SELECT story_id, read, starred, changed_at FROM state WHERE read OR starred;
CREATE TRIGGER state_pending_insert AFTER INSERT ON state BEGIN
	INSERT INTO sync_pending (story_id, read, starred, changed_at)
	VALUES (NEW.story_id, NEW.read, NEW.starred, NEW.changed_at)
	ON CONFLICT (story_id) DO UPDATE SET read = excluded.read, starred = excluded.starred, changed_at = excluded.changed_at;
END;
CREATE TRIGGER state_pending_update AFTER UPDATE ON state
WHEN OLD.read != NEW.read OR OLD.starred != NEW.starred BEGIN
	INSERT INTO sync_pending (story_id, read, starred, changed_at)
	VALUES (NEW.story_id, NEW.read, NEW.starred, NEW.changed_at)
	ON CONFLICT (story_id) DO UPDATE SET read = excluded.read, starred = excluded.starred, changed_at = excluded.changed_at;
END;
`

// schemaV4 keeps what each subscription's last fetch learnt: validators
// for a conditional GET, the floor for the next fetch, the last outcome
// and error, a permanent move, and whether the feed is gone (410).
const schemaV4 = `
CREATE TABLE feeds (
	key TEXT PRIMARY KEY,
	title TEXT NOT NULL DEFAULT '',
	etag TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	next_fetch INTEGER,
	last_fetch INTEGER,
	last_ok INTEGER,
	status TEXT NOT NULL DEFAULT '',
	error TEXT NOT NULL DEFAULT '',
	moved_to TEXT NOT NULL DEFAULT '',
	moved_count INTEGER NOT NULL DEFAULT 0,
	dead INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
`

// schemaV3 lists one source's stories in order from an index: an unchanged
// source is shown from the library without sorting its stories first.
const schemaV3 = `
DROP INDEX stories_source;
CREATE INDEX stories_source_page ON stories (source_key, published DESC, id);
`

const schemaV1 = `
CREATE TABLE stories (
	n INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	guid TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '',
	summary TEXT NOT NULL DEFAULT '',
	author TEXT NOT NULL DEFAULT '',
	published INTEGER,
	link TEXT NOT NULL DEFAULT '',
	source TEXT NOT NULL DEFAULT '',
	section TEXT NOT NULL DEFAULT '',
	tags TEXT NOT NULL DEFAULT '[]',
	dateline TEXT NOT NULL DEFAULT '',
	regions INTEGER NOT NULL DEFAULT 0,
	regions_inferred INTEGER NOT NULL DEFAULT 0,
	source_key TEXT NOT NULL DEFAULT '',
	content_hash BLOB,
	first_seen INTEGER NOT NULL,
	last_seen_in_feed INTEGER NOT NULL,
	gone_since INTEGER
);
CREATE INDEX stories_page ON stories (published DESC, id);
CREATE INDEX stories_source ON stories (source_key);
CREATE INDEX stories_gone ON stories (gone_since) WHERE gone_since IS NOT NULL;

CREATE TABLE bodies (
	n INTEGER PRIMARY KEY REFERENCES stories (n) ON DELETE CASCADE,
	body_kind TEXT NOT NULL DEFAULT '',
	body_raw TEXT NOT NULL DEFAULT '',
	body_base TEXT NOT NULL DEFAULT ''
);

CREATE TABLE state (
	story_id TEXT PRIMARY KEY,
	read INTEGER NOT NULL DEFAULT 0,
	starred INTEGER NOT NULL DEFAULT 0,
	read_at INTEGER,
	starred_at INTEGER,
	changed_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources (
	key TEXT PRIMARY KEY,
	size INTEGER NOT NULL,
	mtime INTEGER NOT NULL,
	hash BLOB,
	loaded_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE fts USING fts5 (
	words,
	content = '', contentless_delete = 1, detail = none,
	tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
-- A transaction's pending index is written as one segment at commit (up to
-- 64 MiB); segments are merged when the writer is idle (see mergeIndex)
-- rather than during an ingest, where merging cost a quarter of the time,
-- and during one only when a level has 64 of them.
INSERT INTO fts (fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO fts (fts, rank) VALUES ('automerge', 0);
INSERT INTO fts (fts, rank) VALUES ('crisismerge', 64);
CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
	DELETE FROM fts WHERE rowid = OLD.n;
END;
`

// inRegion is true for the counts row of region when a story has regions x.
const inRegion = `(region = -1 OR (region = 0 AND (%[1]s) = 0) OR (region > 0 AND ((%[1]s) >> region) & 1))`

func inRegionOf(x string) string { return fmt.Sprintf(inRegion, x) }

var schemaV2 = `
CREATE TABLE counts (
	region INTEGER PRIMARY KEY,
	total INTEGER NOT NULL DEFAULT 0,
	read INTEGER NOT NULL DEFAULT 0
);
INSERT INTO counts (region) VALUES (-1), (0), (1), (2), (3), (4), (5), (6), (7);
UPDATE counts SET
	total = (SELECT count(*) FROM stories WHERE ` + inRegionOf("stories.regions") + `),
	read = (SELECT count(*) FROM stories JOIN state ON state.story_id = stories.id
		WHERE state.read AND ` + inRegionOf("stories.regions") + `);

-- No trigger counts a new story (or its mark, written before it): the
-- writer adds them up once a transaction (writeCounts); a trigger cost
-- 20 µs a story.
CREATE TRIGGER stories_count_regions AFTER UPDATE OF regions ON stories
WHEN OLD.regions != NEW.regions BEGIN
	UPDATE counts SET total = total - 1,
		read = read - coalesce((SELECT read FROM state WHERE story_id = OLD.id), 0)
	WHERE ` + inRegionOf("OLD.regions") + `;
	UPDATE counts SET total = total + 1,
		read = read + coalesce((SELECT read FROM state WHERE story_id = NEW.id), 0)
	WHERE ` + inRegionOf("NEW.regions") + `;
END;
-- Before the story goes, its state goes (counted by state_count_delete
-- while the story's regions can still be read); then the story's total.
CREATE TRIGGER stories_count_before_delete BEFORE DELETE ON stories BEGIN
	DELETE FROM state WHERE story_id = OLD.id;
END;
CREATE TRIGGER stories_count_delete AFTER DELETE ON stories BEGIN
	UPDATE counts SET total = total - 1 WHERE ` + inRegionOf("OLD.regions") + `;
END;

CREATE TRIGGER state_count_insert AFTER INSERT ON state
WHEN NEW.read AND EXISTS (SELECT 1 FROM stories WHERE id = NEW.story_id) BEGIN
	UPDATE counts SET read = read + 1
	WHERE ` + inRegionOf("(SELECT regions FROM stories WHERE id = NEW.story_id)") + `;
END;
CREATE TRIGGER state_count_update AFTER UPDATE OF read ON state
WHEN OLD.read != NEW.read AND EXISTS (SELECT 1 FROM stories WHERE id = NEW.story_id) BEGIN
	UPDATE counts SET read = read + NEW.read - OLD.read
	WHERE ` + inRegionOf("(SELECT regions FROM stories WHERE id = NEW.story_id)") + `;
END;
CREATE TRIGGER state_count_delete AFTER DELETE ON state
WHEN OLD.read AND EXISTS (SELECT 1 FROM stories WHERE id = OLD.story_id) BEGIN
	UPDATE counts SET read = read - 1
	WHERE ` + inRegionOf("(SELECT regions FROM stories WHERE id = OLD.story_id)") + `;
END;
` + regionIndexes()

// regionIndexes makes one partial index a region, and one for Other.
func regionIndexes() string {
	out := "CREATE INDEX stories_region_0 ON stories (published DESC, id) WHERE regions = 0;\n"
	for r := 1; r <= 5; r++ { // model.WorldRegions
		out += fmt.Sprintf("CREATE INDEX stories_region_%d ON stories (published DESC, id) WHERE %s;\n", r, regionTerm(r))
	}
	return out
}

// regionTerm is the WHERE term of region r's partial index; a query must
// spell it the same way for SQLite to use the index.
func regionTerm(r int) string {
	if r == 0 {
		return "regions = 0"
	}
	return fmt.Sprintf("regions & %d != 0", 1<<r)
}

func execStep(q string) func(ctx context.Context, tx *sql.Tx) error {
	return func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
}

// migrate brings the schema up to date in one transaction, after switching
// the file to WAL. It reads the version inside the transaction, so two
// processes opening an old library at once migrate it once.
func (s *Store) migrate() error {
	ctx := context.Background()
	var v int
	if err := s.wdb.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return s.openErr(err)
	}
	if v > len(migrations) {
		return newerSchema(s.path, v)
	}
	if v == 0 {
		// Tables with no schema version: another program's database.
		var tables int
		if err := s.wdb.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
			return s.openErr(err)
		}
		if tables > 0 {
			return notLibrary(s.path, "it is another program's SQLite database")
		}
		// A new library (page_size only takes before the first table, and
		// not in WAL mode): bigger pages mean fewer writes for the bodies.
		if _, err := s.wdb.ExecContext(ctx, fmt.Sprintf("PRAGMA page_size = %d", pageSize)); err != nil {
			return s.openErr(err)
		}
	}
	var mode string
	if err := s.wdb.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return s.openErr(err)
	}
	if mode != "wal" {
		return fmt.Errorf("open library %s: cannot use WAL mode (got %q); put the library on a local disk or pass --db PATH", s.path, mode)
	}
	if v == len(migrations) {
		return nil
	}
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return s.openErr(err)
	}
	defer tx.Rollback() // BEGIN IMMEDIATE (the writer's _txlock): the version cannot change under us
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return s.openErr(err)
	}
	if v > len(migrations) {
		return newerSchema(s.path, v)
	}
	for i := v; i < len(migrations); i++ {
		if err := migrations[i](ctx, tx); err != nil {
			return fmt.Errorf("upgrade library %s to schema version %d: %w", s.path, i+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return fmt.Errorf("upgrade library %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("upgrade library %s: %w", s.path, err)
	}
	return nil
}
