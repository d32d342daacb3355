package cli

import (
	"cmp"
	"context"
	"fmt"
	"time"

	"github.com/dateline-news/dateline/app"
)

// syncLimit bounds a headless sync (a first sync of a large account takes
// a minute or two).
const syncLimit = 10 * time.Minute

// runSync syncs once without the reader (for a timer), or with `login`
// checks the address and credentials. Either says in one line what is
// wrong.
func runSync(ctx context.Context, s *app.Session, a args, o IO) error {
	ctx, cancel := context.WithTimeout(ctx, syncLimit)
	defer cancel()
	url, user, err := s.SyncServer()
	if err != nil {
		return err
	}
	if len(a.words) == 1 { // login
		if err := s.SyncLogin(ctx); err != nil {
			return err
		}
		fmt.Fprintf(o.Stdout, "Logged in to %s as %s.\n", url, cmp.Or(user, "the API token's user"))
		return nil
	}
	rep, err := s.Sync(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.Stdout, "Synced with %s: %d entries pulled, %d stories stored, %d marks pushed.\n", url, rep.Entries, rep.Stories, rep.Pushed)
	return nil
}
