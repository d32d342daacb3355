package cli

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline/app"
)

// runConfigInit writes the commented starter config file.
func runConfigInit(ctx context.Context, s *app.Session, a args, o IO) error {
	path, err := s.WriteStarter()
	if err != nil {
		return err
	}
	fmt.Fprintf(o.Stdout, "Wrote %s: every setting is there, commented out. dateline add URL adds feeds to it.\n", path)
	return nil
}
