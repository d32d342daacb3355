package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// What a new user meets at the command line first (issue 10): each
// command refuses what it cannot use, says why and what to do, and exits
// with a code that says how it went.

func TestDBOnAFileThatIsNotALibraryIsRefused(t *testing.T) {
	for name, content := range map[string]string{"empty": "", "text": "my notes\n"} {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "notes.txt")
			os.WriteFile(db, []byte(content), 0o600)
			o := dateline(t, "--db", db, "list", "../testdata/sample")
			o.want(t, ExitFailed, "list --db on a file that is not a library")
			assertWords(t, "stderr", o.stderr, db, "not a dateline library", "--db PATH")
			if after, _ := os.ReadFile(db); string(after) != content {
				t.Errorf("the file was changed: %q", after)
			}
		})
	}
}

func TestShowFoundStoryExitsZeroBesideAFailedSource(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gone.xml")
	args := []string{"show", "small-2", fixture(t, "small.xml"), missing}
	o := dateline(t, args...)
	o.want(t, ExitOK, args...)
	assertWords(t, "stdout", o.stdout, "Astronomers name a newly found comet")
	assertWords(t, "stderr", o.stderr, missing, "no such file")

	// Not found, and a source failed: show failed.
	args = []string{"show", "no-such-story", fixture(t, "small.xml"), missing}
	dateline(t, args...).want(t, ExitFailed, args...)
}

func TestStateImportRefusesWhatHoldsNoMarks(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "library.db")
	dateline(t, "--db", db, "list", "../testdata/sample").want(t, ExitOK, "list")
	binary := filepath.Join(dir, "ls")
	os.WriteFile(binary, []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00"), 0o600)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o600)
	for _, c := range []struct{ file, why string }{
		{binary, "binary data"},
		{empty, "no GUID or URL"},
	} {
		o := dateline(t, "--db", db, "state", "import", c.file)
		o.want(t, ExitFailed, "state import", c.file)
		assertWords(t, "stderr", o.stderr, c.file, c.why, "dateline state export")
	}

	missing := filepath.Join(dir, "gone.json")
	o := dateline(t, "--db", db, "state", "import", missing)
	o.want(t, ExitFailed, "state import", missing)
	assertWords(t, "stderr", o.stderr, missing, "no such file", "dateline state export wrote")
}

func TestStateImportCountsWhatMatchedNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "library.db")
	stored := listJSON(t, "--db", db, "../testdata/sample")
	list := filepath.Join(dir, "read.txt")
	os.WriteFile(list, []byte(field(stored[0], "id")+"\nhttps://example.com/not-here\nurn:nowhere\n"), 0o600)
	o := dateline(t, "--db", db, "state", "import", list)
	o.want(t, ExitOK, "state import", list)
	assertWords(t, "stdout", o.stdout, "Imported marks for 1 story from", "2 of its entries matched no story")
}

func TestStateCommandsSayWhatIsWrong(t *testing.T) {
	o := dateline(t, "state", "frob")
	o.want(t, ExitUsage, "state frob")
	assertWords(t, "stderr", o.stderr, `unknown state command "frob"; use export or import`)

	db := filepath.Join(t.TempDir(), "library.db")
	target := filepath.Join(t.TempDir(), "no-such-folder", "marks.json")
	o = dateline(t, "--db", db, "state", "export", target)
	o.want(t, ExitFailed, "state export", target)
	assertWords(t, "stderr", o.stderr, target, "does not exist")
	if strings.Contains(o.stderr, ".tmp") || strings.Contains(o.stderr, "marks.json.") {
		t.Errorf("the error names a temporary file: %s", o.stderr)
	}
}

func TestReaderWithoutATerminalSaysWhatToUse(t *testing.T) {
	for _, args := range [][]string{{"../testdata/sample"}, {"--no-library"}} {
		o := dateline(t, args...)
		o.want(t, ExitFailed, args...)
		assertWords(t, "stderr", oneLine(o.stderr), "needs a terminal", "dateline list", "dateline show")
		if strings.Contains(o.stderr, "bubbletea") || strings.Contains(o.stderr, "TTY") {
			t.Errorf("stderr speaks of the library underneath: %s", o.stderr)
		}
	}
}

func TestListOfAFolderWithNoFeedsFails(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("my notes\n"), 0o600)
	o := dateline(t, "list", dir)
	o.want(t, ExitFailed, "list", dir)
	assertWords(t, "stderr", o.stderr, dir, "no stories in it")
}

func TestAddRefusesWhatHoldsNoFeed(t *testing.T) {
	s := newSubscriber(t)
	dir := t.TempDir()
	binary := filepath.Join(dir, "ls")
	os.WriteFile(binary, []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), 0o700)
	empty := filepath.Join(dir, "empty.xml")
	os.WriteFile(empty, nil, 0o600)
	folder := filepath.Join(dir, "notes")
	os.Mkdir(folder, 0o700)
	os.WriteFile(filepath.Join(folder, "notes.txt"), []byte("my notes\n"), 0o600)
	for _, c := range []struct{ target, why string }{
		{binary, "not a feed"},
		{empty, "empty file"},
		{folder, "holds no story"},
		{"ftp://example.com/feed.xml", "only http and https"},
		{"gopher://example.com/feed", "only http and https"},
	} {
		o := s.run("add", c.target)
		o.want(t, ExitFailed, "add", c.target)
		assertWords(t, "stderr", o.stderr, c.target, c.why)
		if _, err := os.Stat(s.cfg); err == nil {
			t.Fatalf("add %s wrote the config file", c.target)
		}
	}
	// A file that holds stories is added.
	o := s.run("add", fixture(t, "small.xml"))
	o.want(t, ExitOK, "add small.xml")
}

func TestRefreshOfUnchangedFilesSaysNotModified(t *testing.T) {
	s := newSubscriber(t)
	binary := filepath.Join(t.TempDir(), "ls")
	os.WriteFile(binary, []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), 0o700)
	os.WriteFile(s.cfg, []byte(fmt.Sprintf("[[feed]]\npath = %q\n\n[[feed]]\npath = %q\n", fixture(t, "small.xml"), binary)), 0o600)

	o := s.run("refresh")
	o.want(t, ExitFailed, "refresh")
	assertWords(t, "refresh", o.stdout, "Refreshed 2 feeds: 1 new or changed, 0 not modified", "1 failed; 3 stories parsed.")
	o = s.run("refresh")
	assertWords(t, "a second refresh", o.stdout, "Refreshed 2 feeds: 0 new or changed, 1 not modified", "1 failed; 0 stories parsed.")

	o = s.run("feeds")
	o.want(t, ExitOK, "feeds")
	assertWords(t, "feeds", o.stdout, "Small Wire", "not modified", binary+": not a feed")
	if strings.Contains(o.stdout, binary+": "+binary) {
		t.Errorf("feeds repeats the path:\n%s", o.stdout)
	}
}

func TestEveryNameFeedsShowsWorksInRemoveAndSource(t *testing.T) {
	s := newSubscriber(t)
	s.run("add", fixture(t, "small.xml")).want(t, ExitOK, "add small.xml")
	s.run("add", "../testdata/sample/world-wire.xml", "--name", "My Wire").want(t, ExitOK, "add world-wire.xml")
	s.run("refresh").want(t, ExitOK, "refresh")
	o := s.run("feeds")
	assertWords(t, "feeds", o.stdout, "Small Wire", "My Wire")

	for name, want := range map[string]string{"Small Wire": "Astronomers name a newly found comet", "My Wire": "Eurozone factory output"} {
		q := fmt.Sprintf("source:%q", name)
		o := s.run("list", "--query", q)
		o.want(t, ExitOK, "list --query", q)
		assertWords(t, "list --query "+q, o.stdout, want)
		for line := range strings.Lines(strings.TrimSpace(o.stdout)) {
			if !strings.Contains(line, "| "+name+" |") {
				t.Errorf("%s lists a story of another source: %s", q, line)
			}
		}
	}

	o = s.run("remove", "small wire")
	o.want(t, ExitOK, "remove by the feed's own title")
	assertWords(t, "remove", o.stdout, "Removed Small Wire")
	s.run("remove", "My Wire").want(t, ExitOK, "remove by the config's name")
	if o = s.run("feeds"); strings.Contains(o.stdout, "Wire") {
		t.Errorf("feeds after removing both:\n%s", o.stdout)
	}
}

func TestListAndShowTellTimeInTheUsersZone(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	run := func(args ...string) string {
		var stdout, stderr bytes.Buffer
		code := Run(t.Context(), args, IO{
			Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Sample: sampleFS(t),
			LookupEnv: func(k string) (string, bool) { return "", false }, Location: cet,
		})
		if code != ExitOK {
			t.Fatalf("dateline %q: exit %d\n%s", args, code, stderr.String())
		}
		return stdout.String()
	}
	euro := storyTitled(t, listJSON(t, "--no-library"), "Eurozone factory output")
	if p := field(euro, "published"); p != "2026-11-24T10:00:00Z" {
		t.Fatalf("JSON has published %q, want RFC 3339 in UTC", p)
	}
	list := run("--no-library", "list")
	assertWords(t, "list", list, "2026-11-24 11:00 CET | Europe | Meridian Wire | Eurozone factory output")
	show := run("--no-library", "show", "--plain", "mw-1042")
	assertWords(t, "show", show, "24 Nov 2026 11:00 CET")
}

// A date with no time is printed as the date alone, in every zone: in
// Tokyo midnight UTC would read as 09:00, a time the feed never gave.
func TestListPrintsADateWithNoTimeAsTheDate(t *testing.T) {
	feed := filepath.Join(t.TempDir(), "dates.xml")
	if err := os.WriteFile(feed, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Dates</title>
<item><title>Day only</title><guid>d1</guid><pubDate>2026-11-30</pubDate></item>
<item><title>With a time</title><guid>d2</guid><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item>
</channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := Run(t.Context(), []string{"--no-library", "list", feed}, IO{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		LookupEnv: func(k string) (string, bool) { return "", false }, Location: time.FixedZone("JST", 9*3600),
	})
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	want := []string{
		"2026-11-30 19:00 JST | Other | Dates | With a time |",
		"2026-11-30           | Other | Dates | Day only |",
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got:\n%s", stdout.String())
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want it to start %q", i+1, lines[i], w)
		}
	}
}

// A story that a file and a URL both carry is one story: counted once,
// under the feed that last brought it, never twice and never lost.
func TestAStoryTwoFeedsCarryIsCountedOnce(t *testing.T) {
	srv := feedServer(t)
	s := newSubscriber(t)
	s.run("add", "../testdata/sample/world-wire.xml", "--name", "By File").want(t, ExitOK, "add the file")
	s.run("add", srv.URL+"/feeds/world-wire.xml", "--name", "By URL").want(t, ExitOK, "add the URL")
	s.run("refresh").want(t, ExitOK, "refresh")
	all := len(listJSON(t, "--db", filepath.Join(s.data, "dateline", "library.db"), "--config", s.cfg))
	o := s.run("feeds")
	total := 0
	for line := range strings.Lines(o.stdout) {
		if f := strings.Fields(line); len(f) > 2 && f[0] == "By" {
			n, err := strconv.Atoi(f[len(f)-2])
			if err != nil {
				t.Fatalf("no count in %q", line)
			}
			total += n
		}
	}
	if total != all || all == 0 {
		t.Errorf("the two feeds count %d stories, the library holds %d:\n%s", total, all, o.stdout)
	}
}
