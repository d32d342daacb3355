package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dateline-news/dateline/model"
)

func TestOpenCreatesFolderWithWALAndPragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "library.db")
	s := openAt(t, path)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	var mode string
	var fk, busy, version int
	row := s.rdb.QueryRow(`SELECT * FROM pragma_journal_mode, pragma_foreign_keys, pragma_busy_timeout, pragma_user_version`)
	if err := row.Scan(&mode, &fk, &busy, &version); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || fk != 1 || busy != busyTimeoutMS || version != len(migrations) {
		t.Errorf("journal_mode %s, foreign_keys %d, busy_timeout %d, user_version %d", mode, fk, busy, version)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Opening again migrates nothing and keeps what is there.
	s = openAt(t, path)
	upsert(t, s, "k", story("a", 1))
	if all, _, _, _ := s.Counts(context.Background()); all != 1 {
		t.Errorf("%d stories", all)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	if p, err := DefaultPath(); err != nil || p != "/data/dateline/library.db" {
		t.Errorf("with XDG_DATA_HOME: %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/reader")
	if p, err := DefaultPath(); err != nil || p != "/home/reader/.local/share/dateline/library.db" {
		t.Errorf("without: %q, %v", p, err)
	}
}

// unchanged checks that nothing was written at path or beside it.
func unchanged(t *testing.T, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s was changed (%v)", path, err)
	}
	for _, side := range []string{"-wal", "-journal"} {
		if fi, err := os.Stat(path + side); err == nil && fi.Size() > 0 {
			t.Errorf("%s%s written", path, side)
		}
	}
}

func TestOpenRefusesNotADatabase(t *testing.T) {
	for name, junk := range map[string][]byte{
		"empty":       {},
		"text":        []byte(strings.Repeat("these are my notes, not a library\n", 20)),
		"other app":   otherDatabase(t),
		"short":       []byte("SQLite"),
		"bad header":  append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xff}, 5000)...),
		"bad content": corruptDatabase(t),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "library.db")
			if err := os.WriteFile(path, junk, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path, mdCodec{})
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			t.Log(err)
			if !errors.Is(err, ErrNotLibrary) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "move it aside") {
				t.Errorf("error %q", err)
			}
			unchanged(t, path, junk)
		})
	}
}

// otherDatabase is another program's SQLite database.
func otherDatabase(t *testing.T) []byte {
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// corruptDatabase is a library whose header is fine and whose schema page
// is not.
func corruptDatabase(t *testing.T) []byte {
	path := filepath.Join(t.TempDir(), "library.db")
	s := openAt(t, path)
	upsert(t, s, "k", story("a", 1))
	s.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 100; i < min(len(b), 3*pageSize); i++ {
		b[i] = 0xA5
	}
	return b
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s := openAt(t, path)
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	newer := len(migrations) + 1
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", newer)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)

	_, err = Open(path, mdCodec{})
	if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "upgrade dateline") {
		t.Errorf("error %q", err)
	}
	unchanged(t, path, before)
}

// helperEnv names the library a helper process works on.
const helperEnv = "DATELINE_STORE_HELPER"

func TestOpenReportsPermissionDenied(t *testing.T) {
	root := os.Geteuid() == 0
	dir := t.TempDir()
	if root {
		// root may write anything: the library is opened by nobody, in a
		// helper process, so it goes in a folder nobody may enter.
		dir = folderForNobody(t)
	}
	path := filepath.Join(dir, "library.db")
	s := openAt(t, path)
	s.Close()
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var msg string
	if !root {
		_, err := Open(path, mdCodec{})
		if err == nil {
			t.Fatal("opened a read-only library")
		}
		msg = err.Error()
	} else {
		msg = openAsNobody(t, dir, path)
	}
	t.Log(msg)
	if !strings.Contains(msg, path) || !strings.Contains(msg, "permission denied") || !strings.Contains(msg, "--db PATH") {
		t.Errorf("error %q", msg)
	}
	unchanged(t, path, before)
}

func TestOpenReportsAFolderItCannotMake(t *testing.T) {
	// A file where the library's folder should be stops root as well.
	file := filepath.Join(t.TempDir(), "notes")
	if err := os.WriteFile(file, []byte("my notes"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(file, "library.db")
	s, err := Open(path, mdCodec{})
	if err == nil {
		s.Close()
		t.Fatal("opened a library inside a file")
	}
	t.Log(err)
	if !strings.Contains(err.Error(), "create the folder of library "+path) || !errors.Is(err, syscall.ENOTDIR) {
		t.Errorf("error %q", err)
	}
	unchanged(t, file, []byte("my notes"))
}

// folderForNobody makes a folder that user nobody may enter and read, in
// the system's temporary folder, and removes it after the test. It changes
// the mode of nothing else: if nobody cannot reach the temporary folder,
// the test fails and says so.
func folderForNobody(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "dateline-store-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o001 == 0 {
			t.Fatalf("user nobody may not enter %s, so cannot reach %s: set TMPDIR to a folder others may enter", p, dir)
		}
		if p == filepath.Dir(p) {
			break
		}
	}
	return dir
}

// openAsNobody runs TestHelperOpen as user nobody on the library at path
// and returns what it printed. dir, from folderForNobody, gets a copy of
// the test binary.
func openAsNobody(t *testing.T, dir, path string) string {
	t.Helper()
	bin := filepath.Join(dir, "store.test")
	copyFile(t, os.Args[0], bin)
	cmd := exec.Command(bin, "-test.run=^TestHelperOpen$")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	return string(out)
}

func copyFile(t *testing.T, from, to string) {
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestHelperOpen is run by TestOpenReportsPermissionDenied in a process of
// its own: it opens the library and prints the error.
func TestHelperOpen(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		return // not a helper process
	}
	s, err := Open(path, mdCodec{})
	if err == nil {
		s.Close()
		fmt.Println("opened")
		return
	}
	fmt.Println(err)
}

// schemaV1ForTest is the schema of a version-1 library, as released: it is
// spelled out here, not taken from migrations, so that a change to the
// released step shows up as this test failing.
const schemaV1ForTest = `
CREATE TABLE stories (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, guid TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',
	published INTEGER, link TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', section TEXT NOT NULL DEFAULT '',
	tags TEXT NOT NULL DEFAULT '[]', dateline TEXT NOT NULL DEFAULT '', regions INTEGER NOT NULL DEFAULT 0,
	regions_inferred INTEGER NOT NULL DEFAULT 0, source_key TEXT NOT NULL DEFAULT '', content_hash BLOB,
	first_seen INTEGER NOT NULL, last_seen_in_feed INTEGER NOT NULL, gone_since INTEGER);
CREATE INDEX stories_page ON stories (published DESC, id);
CREATE INDEX stories_source ON stories (source_key);
CREATE INDEX stories_gone ON stories (gone_since) WHERE gone_since IS NOT NULL;
CREATE TABLE bodies (n INTEGER PRIMARY KEY REFERENCES stories (n) ON DELETE CASCADE,
	body_kind TEXT NOT NULL DEFAULT '', body_raw TEXT NOT NULL DEFAULT '', body_base TEXT NOT NULL DEFAULT '');
CREATE TABLE state (story_id TEXT PRIMARY KEY,
	read INTEGER NOT NULL DEFAULT 0, starred INTEGER NOT NULL DEFAULT 0, read_at INTEGER, starred_at INTEGER,
	changed_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (key TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash BLOB,
	loaded_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts USING fts5 (words, content = '', contentless_delete = 1, detail = none,
	tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
INSERT INTO fts (fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO fts (fts, rank) VALUES ('automerge', 0);
INSERT INTO fts (fts, rank) VALUES ('crisismerge', 64);
CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN DELETE FROM fts WHERE rowid = OLD.n; END;
INSERT INTO stories (n, id, title, published, regions, first_seen, last_seen_in_feed) VALUES
	(1, 'africa-read', 'Drought in the Sahel', 1790000000, 2, 1, 1),
	(2, 'europe-unread', 'Harbour strike', 1790000100, 16, 1, 1),
	(3, 'nowhere', 'Undated note', NULL, 0, 1, 1),
	(4, 'two-regions', 'Summit', 1790000200, 18, 1, 1);
INSERT INTO bodies (n, body_kind, body_raw) VALUES (1, 'md', 'Rain has not come.'), (2, 'md', ''), (3, 'md', ''), (4, 'md', '');
INSERT INTO fts (rowid, words) VALUES (1, 'drought in the sahel rain has not come'), (2, 'harbour strike'),
	(3, 'undated note'), (4, 'summit');
INSERT INTO state (story_id, read, starred, read_at, changed_at) VALUES
	('africa-read', 1, 0, 5, 5), ('two-regions', 1, 1, 5, 5);
PRAGMA user_version = 1;
`

func TestMigrateFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(schemaV1ForTest); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s := openAt(t, path)
	ctx := context.Background()
	all, unread, by, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[model.Region][2]int{
		model.Other: {1, 1}, model.Africa: {2, 0}, model.Europe: {2, 1},
		model.Americas: {0, 0}, model.AsiaPacific: {0, 0}, model.MiddleEast: {0, 0},
	}
	if all != 4 || unread != 2 || fmt.Sprint(by) != fmt.Sprint(want) {
		t.Errorf("counts after migration: %d, %d unread, %v; want 4, 2, %v", all, unread, by, want)
	}
	items, err := s.FirstPage(ctx, model.In(model.Africa), 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(items); fmt.Sprint(got) != "[two-regions africa-read]" {
		t.Errorf("Africa: %v", got)
	}
	if !items[0].State.Read || !items[0].State.Starred || !items[1].State.Read {
		t.Errorf("state lost: %+v %+v", items[0].State, items[1].State)
	}
	if got, _ := s.Search(ctx, "sahel", 0); fmt.Sprint(got) != "[africa-read]" {
		t.Errorf("search after migration: %v", got)
	}
	// The counts go on being kept.
	if err := s.SetRead("europe-unread", true); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
	if _, unread, _, _ := s.Counts(ctx); unread != 1 {
		t.Errorf("unread %d after marking one", unread)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, _ = sql.Open("sqlite", path)
	defer db.Close()
	var v int
	db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != len(migrations) {
		t.Errorf("user_version %d", v)
	}
}
