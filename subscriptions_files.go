package main

// Subscriptions in and out of files: OPML import and export, and the
// starter config file.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/opml"
)

// runImport subscribes to every feed in an OPML file (those already
// there are left as they are).
func runImport(c cliConfig, stdout, stderr io.Writer) int {
	path := c.sources[0]
	file, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	defer file.Close()
	subs, perr := opml.Parse(file)
	if perr != nil && len(subs) == 0 {
		fmt.Fprintf(stderr, "dateline: %s: %v\n", path, perr)
		return exitFailed
	}
	added, already := 0, 0
	var failed []error
	srv, _, serr := serverOf(c)
	if serr != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", serr)
		return exitFailed
	}
	for _, s := range subs {
		if srv != nil {
			// With sync on, the server keeps the subscriptions: the region
			// (else the first folder) becomes the category.
			if _, err := srv.Subscribe(context.Background(), s.URL, cmpOr(s.Region, first(s.Tags))); err != nil {
				failed = append(failed, fmt.Errorf("%s: %w", s.URL, err))
			} else {
				added++
			}
			continue
		}
		f := config.Feed{URL: s.URL, Name: s.Name, Region: s.Region, Section: s.Section, Tags: s.Tags}
		switch err := config.AddFeed(c.configPath, f); {
		case err == nil:
			added++
		case errors.Is(err, config.ErrDuplicate):
			already++
		default:
			failed = append(failed, fmt.Errorf("%s: %w", s.URL, err))
		}
	}
	if perr != nil {
		// Outlines dateline cannot fetch (newsboat's exec: and query:
		// feeds): said, but the rest is imported and that is no failure.
		fmt.Fprintf(stderr, "dateline: %s: left out: %v\n", path, perr)
	}
	for _, err := range failed {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
	}
	fmt.Fprintf(stdout, "Imported %d feeds from %s (%d already subscribed).\n", added, path, already)
	if len(failed) > 0 {
		return exitFailed
	}
	return exitOK
}

// runExport writes the subscriptions as OPML 2.0.
func runExport(c cliConfig, stdout, stderr io.Writer) int {
	cfg, err := loadConfig(c)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	var subs []opml.Subscription
	skipped := 0
	for _, f := range cfg.Feeds {
		if f.URL == "" {
			skipped++ // OPML holds web feeds; a local file means nothing elsewhere
			continue
		}
		subs = append(subs, opml.Subscription{URL: f.URL, Name: f.Name, Region: f.Region, Section: f.Section, Tags: f.Tags})
	}
	var buf bytes.Buffer
	if err := opml.Write(&buf, "dateline subscriptions", subs); err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "dateline: %d local feeds (files and folders) are not in the OPML: it holds web feeds only\n", skipped)
	}
	if len(c.sources) == 0 {
		_, err = stdout.Write(buf.Bytes())
	} else {
		err = writeAtomic(c.sources[0], buf.Bytes())
	}
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// writeAtomic replaces path with data only once data is wholly written.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".dateline-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// runConfigInit writes the commented starter config file.
func runConfigInit(c cliConfig, stdout, stderr io.Writer) int {
	if err := config.WriteStarter(c.configPath); err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	path := c.configPath
	if path == "" {
		path, _ = config.DefaultPath()
	}
	fmt.Fprintf(stdout, "Wrote %s: every setting is there, commented out. dateline add URL adds feeds to it.\n", path)
	return exitOK
}
