package cli

import (
	"os"
	"path/filepath"
	"testing"
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
