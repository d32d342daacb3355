package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// The library as a user meets it: stories kept between runs, marks joined,
// moved in and out, and a damaged library left alone.

// mark is a story's read or starred mark in list --format json; false
// when absent.
func mark(m map[string]any, key string) (on, present bool) {
	on, present = m[key].(bool)
	return on, present
}

func TestLibraryKeepsStoriesAndMarksBetweenRuns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "library.db")
	stored := listJSON(t, "--db", db, "../testdata/sample")
	if len(stored) < 10 {
		t.Fatalf("the sample folder gave %d stories", len(stored))
	}
	for _, l := range stored {
		read, hasRead := mark(l, "read")
		starred, hasStarred := mark(l, "starred")
		if read || starred || !hasRead || !hasStarred {
			t.Fatalf("a new story is not unread and unstarred: %v", l)
		}
	}
	id, title := field(stored[1], "id"), field(stored[1], "title")

	// A newsboat-style list of read items: one ID a line.
	marks := filepath.Join(t.TempDir(), "read.txt")
	os.WriteFile(marks, []byte(id+"\n"), 0o600)
	o := dateline(t, "--db", db, "state", "import", marks)
	o.want(t, 0, "state import")
	if !strings.Contains(o.stdout, "Imported marks for 1 story") {
		t.Errorf("state import said %q", o.stdout)
	}

	// No SOURCE: the whole library, with the mark.
	read := listJSON(t, "--db", db, "--query", "is:read")
	if on, _ := mark(read[0], "read"); len(read) != 1 || field(read[0], "id") != id || !on {
		t.Errorf("is:read lists %v, want only %s", read, id)
	}
	if all := listJSON(t, "--db", db); len(all) != len(stored) {
		t.Errorf("the library lists %d stories, want %d", len(all), len(stored))
	}

	o = dateline(t, "--db", db, "state", "export")
	o.want(t, 0, "state export")
	var exported struct {
		Stories map[string]struct{ Read bool } `json:"stories"`
	}
	if err := json.Unmarshal([]byte(o.stdout), &exported); err != nil || len(exported.Stories) != 1 || !exported.Stories[id].Read {
		t.Errorf("state export: %v\n%s", err, o.stdout)
	}

	o = dateline(t, "--db", db, "show", id)
	o.want(t, 0, "show from the library")
	if !strings.Contains(o.stdout, title) {
		t.Errorf("show printed:\n%s", o.stdout)
	}
}

func TestLibraryFlagsAreCheckedBeforeAnythingIsRead(t *testing.T) {
	db := filepath.Join(t.TempDir(), "library.db")
	for _, args := range [][]string{
		{"--no-library", "list", "--query", "is:unread"},
		{"--no-library", "--db", db, "list"},
		{"--no-library", "state", "export"},
		{"state"},
		{"state", "frob"},
		{"state", "import"},
		{"state", "export", "a", "b"},
	} {
		o := dateline(t, args...)
		o.want(t, ExitUsage, args...)
		if o.stdout != "" || !strings.Contains(o.stderr, "dateline --help") {
			t.Errorf("%q: stdout %q, stderr %q", args, o.stdout, o.stderr)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a usage error created the library")
	}
}

func TestNoLibraryReadsSourcesAndKeepsNothing(t *testing.T) {
	home := t.TempDir()
	o := runInEnv(t, []string{"XDG_DATA_HOME=" + home}, "--no-library", "list", "../testdata/sample")
	o.want(t, 0, "--no-library list")
	if strings.Count(o.stdout, "\n") < 10 {
		t.Errorf("--no-library listed:\n%s", o.stdout)
	}
	if _, err := os.Stat(filepath.Join(home, "dateline")); err == nil {
		t.Error("--no-library created a library")
	}
}

func TestDamagedLibraryIsReportedAndLeftAlone(t *testing.T) {
	db := filepath.Join(t.TempDir(), "library.db")
	junk := []byte("these are my notes, not a database\n")
	os.WriteFile(db, junk, 0o600)
	o := dateline(t, "--db", db, "list", "../testdata/sample")
	o.want(t, ExitFailed, "list on a damaged library")
	for _, want := range []string{db, "not a SQLite database", "--db PATH", "--no-library"} {
		if !strings.Contains(o.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, o.stderr)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(after, junk) {
		t.Error("the damaged library was changed")
	}
}

// TestReaderMarksLastAcrossRestarts reads and stars in the reader, closes
// the library as runReader does on quit, and starts again from the library
// alone.
func TestReaderMarksLastAcrossRestarts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "library.db")
	r := startReader(t, db, "../testdata/sample")
	r.loaded(t)
	r.press(tea.KeyEnter) // opens (and reads) the first story
	r.waitFor(t, []string{"Embakasi"})
	r.press(tea.KeyEscape)
	r.press(tea.KeyDown)
	r.press('s') // stars the second
	r.waitFor(t, []string{"★"})
	r.quit(t)
	if err := r.session.Close(); err != nil { // as Run does once the reader is done
		t.Fatal(err)
	}

	st, err := store.Open(db, feeds.Codec{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// The first two rows are events: the Nairobi rail link, led by its
	// first story, and the Buffalo snow; between their leads are the
	// rail link's two other stories and one of the snow's.
	first, err := st.FirstPage(t.Context(), model.Everywhere(), 5)
	if err != nil || len(first) != 5 {
		t.Fatalf("first page: %v, %v", first, err)
	}
	var read, starred []string
	for _, it := range first {
		if it.State.Read {
			read = append(read, it.Story.Title)
		}
		if it.State.Starred {
			starred = append(starred, it.Story.Title)
		}
	}
	if len(read) != 1 || !strings.HasPrefix(read[0], "Nairobi's airport train") || len(starred) != 1 || !strings.HasPrefix(starred[0], "Lake-effect snow buries Buffalo") {
		t.Errorf("stored marks: read %q, starred %q; want the first row's story read, the second's starred", read, starred)
	}

	st.Close()
	// No SOURCE now: the library, marks and all.
	r = startReader(t, db)
	screen := r.waitFor(t, []string{"Nairobi's airport train", "★"}, "loading")
	r.quit(t)
	if strings.Count(screen, "★") != 1 {
		t.Errorf("one story was starred:\n%s", screen)
	}
}

func TestListQueryReadsBodiesThroughTheLibrary(t *testing.T) {
	// "Embakasi" is only in the bodies of the three stories of the
	// Nairobi airport rail link.
	found := listJSON(t, "../testdata/sample", "--query", "embak")
	if got := titles(found); len(got) != 3 || !strings.Contains(got[0], "Nairobi commuter rail") || !strings.Contains(got[1], "Nairobi") || !strings.Contains(got[2], "Nairobi") {
		t.Errorf("--query embak found %v", got)
	}
	phrase := listJSON(t, "../testdata/sample", "--query", `"viaduct to a new station"`)
	if len(phrase) != 1 {
		t.Errorf("a phrase from a body found %v", titles(phrase))
	}
	// Each alternative of an OR is looked up in the bodies, and the rest
	// of the alternative still applies ("Aparri" is only in the typhoon
	// story's body; the Nairobi stories are in Africa).
	either := listJSON(t, "../testdata/sample", "--query", "embak OR aparri")
	if got := titles(either); len(got) != 4 || !strings.Contains(got[0], "Nairobi") || !strings.Contains(got[2], "Nairobi") || !strings.Contains(got[3], "Typhoon") {
		t.Errorf("--query 'embak OR aparri' found %v", got)
	}
	grouped := listJSON(t, "../testdata/sample", "--query", "(embak region:asia) OR aparri")
	if got := titles(grouped); len(got) != 1 || !strings.Contains(got[0], "Typhoon") {
		t.Errorf("--query '(embak region:asia) OR aparri' found %v", got)
	}
	if none := listJSON(t, "--no-library", "../testdata/sample", "--query", "embak"); len(none) != 0 {
		t.Errorf("--no-library searched bodies: %v", titles(none))
	}
}

// Undated stories come in their feed's order, whatever their IDs, both
// parsed and read back from the library.
func TestUndatedStoriesKeepTheirFeedsOrder(t *testing.T) {
	feed := filepath.Join(t.TempDir(), "undated.xml")
	err := os.WriteFile(feed, []byte(`<rss version="2.0"><channel><title>Undated Wire</title>
<item><title>First in the feed</title><guid>https://u.example/c</guid></item>
<item><title>Second in the feed</title><guid>https://u.example/b</guid></item>
<item><title>Third in the feed</title><guid>https://u.example/a</guid></item>
</channel></rss>`), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"First in the feed", "Second in the feed", "Third in the feed"}
	db := filepath.Join(t.TempDir(), "library.db")
	for _, args := range [][]string{
		{"--db", db, feed}, // parsed
		{"--db", db, feed}, // unchanged: from the library
		{"--db", db},       // the library alone
	} {
		if got := titles(listJSON(t, args...)); !slices.Equal(got, want) {
			t.Errorf("dateline %q lists %q, want %q", args, got, want)
		}
	}
}

// list's text lines take the library's stories partial (no details, no
// bodies): the same stories as JSON, which takes them whole, matched on a
// word only their summary has and on one only the body has.
func TestListTextFromTheLibraryMatchesAsJSONDoes(t *testing.T) {
	s := newSubscriber(t)
	s.run("add", "../testdata/sample/world-wire.xml").want(t, ExitOK, "add")
	s.run("refresh").want(t, ExitOK, "refresh")
	for _, q := range []string{"rolling stock", "ribbon", "region:africa"} {
		text := s.run("list", "--query", q)
		text.want(t, ExitOK, "list --query", q)
		js := s.run("list", "--format", "json", "--query", q)
		js.want(t, ExitOK, "list --format json --query", q)
		var want []string
		for _, m := range jsonLines(t, js.stdout) {
			want = append(want, field(m, "id"))
		}
		var got []string
		for line := range strings.Lines(text.stdout) {
			f := strings.Split(strings.TrimSpace(line), " | ")
			got = append(got, f[len(f)-1])
		}
		if len(want) == 0 || strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("--query %q: text lists\n%s\nJSON\n%s", q, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
