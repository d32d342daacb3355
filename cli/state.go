package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/dateline-news/dateline/app"
	"github.com/dateline-news/dateline/config"
)

// The marks in and out of the library: state export and state import.

// checkState checks `state export [FILE]` and `state import FILE`.
func checkState(a args) error {
	const how = "use dateline state export [FILE] or dateline state import FILE"
	switch {
	case a.noLibrary:
		return fmt.Errorf("state needs the library; drop %s", a.flag("no-library"))
	case len(a.words) == 0:
		return errors.New("state needs export or import; " + how)
	case a.words[0] == "export" && len(a.words) <= 2:
	case a.words[0] == "import" && len(a.words) == 2:
	case a.words[0] == "import" && len(a.words) < 2:
		return errors.New("state import needs the FILE to read; " + how)
	case a.words[0] != "export" && a.words[0] != "import":
		return fmt.Errorf("unknown state command %q; use export or import (%s)", a.words[0], how)
	default:
		return fmt.Errorf("state %s: too many words; %s", strings.Join(a.words, " "), how)
	}
	return nil
}

// runState moves the marks in and out of the library.
func runState(ctx context.Context, s *app.Session, a args, o IO) error {
	verb, files := a.words[0], a.words[1:]
	if verb == "import" {
		return importState(ctx, s, files[0], o)
	}
	if len(files) == 0 {
		return s.ExportState(ctx, o.Stdout)
	}
	// The file is replaced only once the new one is whole.
	var buf bytes.Buffer
	if err := s.ExportState(ctx, &buf); err != nil {
		return fmt.Errorf("export marks to %s: %w", files[0], err)
	}
	return config.WriteFile(files[0], buf.Bytes(), 0o600)
}

// importState adds the marks in the file at path to the library.
func importState(ctx context.Context, s *app.Session, path string, o IO) error {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("state import %s: no such file; give the path of a file dateline state export wrote, or of a list of read GUIDs or URLs", path)
	case err != nil:
		return fmt.Errorf("state import: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return fmt.Errorf("state import %s: a folder; give the file dateline state export wrote, or a list of read GUIDs or URLs", path)
	}
	n, err := s.ImportState(ctx, f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(o.Stdout, "Imported marks for %s from %s", plural(n.Matched, "story", "stories"), path)
	if n.Unmatched > 0 {
		fmt.Fprintf(o.Stdout, "; %d of its entries matched no story in the library", n.Unmatched)
	}
	fmt.Fprintln(o.Stdout, ".")
	return nil
}

// plural is "1 story", "2 stories".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
