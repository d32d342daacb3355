package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"

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
	default:
		return fmt.Errorf("state %q: %s", a.words, how)
	}
	return nil
}

// runState moves the marks in and out of the library.
func runState(ctx context.Context, s *app.Session, a args, o IO) error {
	verb, files := a.words[0], a.words[1:]
	if verb == "import" {
		f, err := os.Open(files[0])
		if err != nil {
			return err
		}
		defer f.Close()
		n, err := s.ImportState(ctx, f)
		if err != nil {
			return fmt.Errorf("%s: %w", files[0], err)
		}
		fmt.Fprintf(o.Stdout, "Imported marks for %d stories from %s.\n", n, files[0])
		return nil
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
