package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/app"
	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/store"
	"github.com/dateline-news/dateline/ui"
)

// The subscription commands: feeds, add, remove, refresh, import and
// export.

// runFeeds prints the subscriptions as a table, then their errors.
func runFeeds(ctx context.Context, s *app.Session, a args, o IO) error {
	cfg, err := s.Config()
	if err != nil {
		return err
	}
	if len(cfg.Feeds) == 0 && cfg.Sync == nil {
		fmt.Fprintln(o.Stdout, "No feeds yet: dateline add URL subscribes to one, dateline import FILE.opml to many.")
		return nil
	}
	list, err := s.FeedStatuses(ctx)
	if err != nil {
		return err
	}
	rows := [][]string{{"NAME", "REGION", "LAST FETCH", "STATUS", "STORIES", "UNREAD"}}
	var errs []string
	for _, f := range list {
		last := "never"
		if !f.LastFetch.IsZero() {
			last = f.LastFetch.In(o.location()).Format(ui.TimeLayout)
		}
		status := f.Status
		if f.MovedTo != "" {
			status += " (moved)"
			errs = append(errs, fmt.Sprintf("%s: moved permanently to %s", f.Name, f.MovedTo))
		}
		region := f.Region
		if region == "" {
			region = "-"
		}
		rows = append(rows, []string{f.Name, region, last, status, fmt.Sprint(f.Stories), fmt.Sprint(f.Unread)})
		switch {
		case f.Error == "":
		case strings.HasPrefix(f.Error, f.Name+":"):
			errs = append(errs, f.Error) // it names the feed already
		default:
			errs = append(errs, fmt.Sprintf("%s: %s", f.Name, f.Error))
		}
	}
	writeTable(o.Stdout, rows)
	if len(errs) > 0 {
		fmt.Fprintln(o.Stdout)
		for _, e := range errs {
			fmt.Fprintln(o.Stdout, e)
		}
	}
	return nil
}

// writeTable writes rows in columns padded to the widest cell, measured
// in terminal cells (names may be CJK or carry emoji).
func writeTable(w io.Writer, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)+2))
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

// runAdd subscribes to a feed.
func runAdd(ctx context.Context, s *app.Session, a args, o IO) error {
	sub, err := s.Subscribe(ctx, a.words[0], a.name, a.region)
	switch {
	case err != nil && sub.Key == "":
		return err
	case err != nil:
		warn(o.Stderr, fmt.Errorf("the feed is added, but its title could not be kept in the library: %w", err))
	}
	if sub.OnServer {
		fmt.Fprintf(o.Stdout, "Subscribed on the sync server to %s (%s). dateline sync, or r in the reader, brings its stories.\n", sub.Name, sub.Key)
		return nil
	}
	fmt.Fprintf(o.Stdout, "Added %s (%s). dateline refresh, or r in the reader, fetches it.\n", sub.Name, sub.Key)
	return nil
}

// runRemove unsubscribes.
func runRemove(ctx context.Context, s *app.Session, a args, o IO) error {
	gone, err := s.Unsubscribe(ctx, a.words[0])
	if err != nil {
		return err
	}
	where := ""
	if gone.OnServer {
		where = " on the sync server"
	}
	fmt.Fprintf(o.Stdout, "Removed %s%s. Its stories stay in the library until they are old enough to go.\n", gone.Name, where)
	return nil
}

// runRefresh refreshes every subscription without the reader, for cron
// or a timer: one line per failure on stderr, exit 1 if any.
func runRefresh(ctx context.Context, s *app.Session, a args, o IO) error {
	rep, err := s.Refresh(ctx, a.force)
	if err == app.ErrNothingToRefresh {
		warn(o.Stderr, err)
		return nil
	}
	if err != nil {
		return err
	}
	if rep.Synced != nil {
		url, _, _ := s.SyncServer()
		fmt.Fprintf(o.Stdout, "Synced with %s: %d entries pulled, %d stories stored, %d marks pushed.\n", url, rep.Synced.Entries, rep.Synced.Stories, rep.Synced.Pushed)
	}
	for _, err := range rep.Errs {
		warn(o.Stderr, err)
	}
	for _, res := range app.Failed(rep.Results) {
		warn(o.Stderr, res.Err)
	}
	fmt.Fprintf(o.Stdout, "Refreshed %s: %d new or changed, %d not modified, %d skipped (too soon), %d failed; %s parsed.\n",
		plural(len(rep.Results), "feed", "feeds"), rep.Count(store.StatusOK), rep.Count(store.StatusNotModified), rep.Count(store.StatusSkipped), rep.Failed(),
		plural(rep.Stories(), "story", "stories"))
	if rep.Failed() > 0 {
		return errReported
	}
	return nil
}

// runImport subscribes to every feed in an OPML file.
func runImport(ctx context.Context, s *app.Session, a args, o IO) error {
	path := a.words[0]
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	imp, err := s.Import(ctx, file)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if imp.LeftOut != nil {
		warn(o.Stderr, fmt.Errorf("%s: left out: %w", path, imp.LeftOut))
	}
	for _, err := range imp.Failed {
		warn(o.Stderr, err)
	}
	fmt.Fprintf(o.Stdout, "Imported %d feeds from %s (%d already subscribed).\n", imp.Added, path, imp.Already)
	if len(imp.Failed) > 0 {
		return errReported
	}
	return nil
}

// runExport writes the subscriptions as OPML 2.0.
func runExport(ctx context.Context, s *app.Session, a args, o IO) error {
	var buf bytes.Buffer
	skipped, err := s.Export(&buf)
	if err != nil {
		return err
	}
	if skipped > 0 {
		warn(o.Stderr, fmt.Errorf("%d local feeds (files and folders) are not in the OPML: it holds web feeds only", skipped))
	}
	if len(a.words) == 0 {
		_, err = o.Stdout.Write(buf.Bytes())
		return err
	}
	return config.WriteFile(a.words[0], buf.Bytes(), 0o644)
}
