package cli

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline/app"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/ui"
)

// The front page of the world, for scripts and mail: brief.

// briefPerRegion is how many events brief shows a region.
const briefPerRegion = 5

// runBrief prints, for each region, the day's events covered by the most
// outlets.
func runBrief(ctx context.Context, s *app.Session, a args, o IO) error {
	coll, failed, err := s.Collect(ctx, app.Want{Sources: a.words, Stdin: o.Stdin})
	if err != nil {
		return err
	}
	for _, err := range failed {
		warn(o.Stderr, err)
	}
	page := coll.FrontPage(o.now(), briefPerRegion)
	var only *model.Region
	if r, one := a.scope.Region(); one {
		only = &r
	}
	if err := ui.PrintBrief(o.Stdout, page, only, a.format, o.location()); err != nil {
		return fmt.Errorf("writing the brief: %w", err)
	}
	if len(failed) > 0 {
		return errReported
	}
	return nil
}
