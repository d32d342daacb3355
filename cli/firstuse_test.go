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
