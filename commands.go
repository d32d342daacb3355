package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
	"github.com/dateline-news/dateline/ui"
)

// The commands that print and exit: list, show and state.

// load reads what list and show print, the way the reader does: the SOURCE
// arguments (stored in the library, marks joined), else the library, else
// the sample. Failures are reported on stderr; ok is false after one.
func load(c cliConfig, st *store.Store, stdin io.Reader, stderr io.Writer) (coll *model.Collection, ok bool) {
	ctx := context.Background()
	batches := make(chan model.Batch, 8)
	startLoading(ctx, c, st, true, stdin, batches, nil)
	coll = model.NewCollection()
	ok = true
	for b := range batches {
		if b.Replace {
			coll.Replace(b.Stories) // the same stories, their bodies now on disk
			continue
		}
		if b.Err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", b.Err)
			ok = false
		}
		coll.Add(model.PrepareBatch(b))
	}
	return coll, ok
}

func runList(c cliConfig, stdin io.Reader, stdout, stderr io.Writer) int {
	st, err := openLibrary(c)
	if err != nil {
		return libraryFailed(stderr, err)
	}
	coll, ok := load(c, st, stdin, stderr)
	found, err := fullText(st, coll, c.search)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: full-text search: %v; listing matches in headlines and summaries only\n", err)
		ok = false
	}
	ok = closeLibrary(st, stderr) && ok
	var stories []*model.Story
	var states []model.StoryState
	for _, seq := range coll.ViewText(c.scope, c.search, model.Only{}, found) {
		stories = append(stories, coll.Story(seq))
		states = append(states, coll.State(seq))
	}
	if st == nil {
		states = nil
	}
	if err := ui.PrintList(stdout, stories, states, c.format); err != nil {
		fmt.Fprintf(stderr, "dateline: writing the list: %v\n", err)
		return exitFailed
	}
	if !ok {
		return exitFailed
	}
	return exitOK
}

// fullText finds, in the library's full-text index (bodies included), the
// stories of coll with every word and phrase of q, as the reader's filter
// does. Without a library, or words, it finds nothing.
func fullText(st *store.Store, coll *model.Collection, q model.Search) (map[int32]bool, error) {
	if st == nil || len(q.Words())+len(q.Phrases()) == 0 {
		return nil, nil
	}
	// The sources were just stored: their bodies' words must be in the
	// index before it is asked.
	if err := st.IndexBodies(context.Background()); err != nil {
		return nil, err
	}
	ids, err := st.SearchWords(context.Background(), q.Words(), q.Phrases(), 0)
	if err != nil {
		return nil, err
	}
	found := make(map[int32]bool, len(ids))
	for _, id := range ids {
		if seq, ok := coll.Seq(id); ok {
			found[seq] = true
		}
	}
	return found, nil
}

func runShow(c cliConfig, stdin io.Reader, stdout, stderr io.Writer) int {
	st, err := openLibrary(c)
	if err != nil {
		return libraryFailed(stderr, err)
	}
	id := c.sources[0]
	c.sources = c.sources[1:]
	s, ok := findStory(c, st, id, stdin, stderr)
	if !closeLibrary(st, stderr) {
		ok = false
	}
	if s == nil {
		where := "in these sources"
		if len(c.sources) == 0 {
			where = "in the library"
		}
		fmt.Fprintf(stderr, "dateline: no story with ID or guid %q %s; dateline list --format json shows the IDs\n", id, where)
		return exitFailed
	}
	f, isFile := stdout.(*os.File)
	tty := isFile && term.IsTerminal(f.Fd())
	width := c.width
	if width == 0 {
		width = 80
		if tty {
			if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
				width = w
			}
		}
	}
	theme := ui.Dark
	if c.theme == "light" {
		theme = ui.Light
	}
	plain := c.plain || !tty
	out, err := ui.RenderStory(s, width, theme, plain, nil)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %s: %v\n", id, err)
		return exitFailed
	}
	w := stdout
	if !plain {
		// Lip Gloss writes full colour; let the profile writer fit it to the
		// terminal (and to NO_COLOR).
		w = colorprofile.NewWriter(stdout, os.Environ())
	}
	if _, err := fmt.Fprintln(w, out); err != nil {
		fmt.Fprintf(stderr, "dateline: writing the story: %v\n", err)
		return exitFailed
	}
	if !ok {
		return exitFailed
	}
	return exitOK
}

// findStory finds the story show prints: in the sources when there are
// any, else in the library (by ID or guid, without loading it all), else in
// the sample.
func findStory(c cliConfig, st *store.Store, id string, stdin io.Reader, stderr io.Writer) (*model.Story, bool) {
	if len(c.sources) == 0 && st != nil && !empty(st) {
		it, found, err := st.Find(context.Background(), id)
		if err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return nil, false
		}
		if !found {
			return nil, true
		}
		// Read the body now, while the library is open.
		it.Story.Body = model.Markdown(it.Story.Body.Markdown())
		return it.Story, true
	}
	coll, ok := load(c, st, stdin, stderr)
	s, found := coll.Lookup(id)
	if !found {
		return nil, ok
	}
	if _, done := s.Body.(model.Markdown); !done && s.Body != nil { // it may be read from the library, about to close
		s.Body = model.Markdown(s.Body.Markdown())
	}
	return s, ok
}

// checkStateArgs checks `state export [FILE]` and `state import FILE`.
func checkStateArgs(c cliConfig) error {
	const how = "use dateline state export [FILE] or dateline state import FILE"
	switch {
	case c.noLibrary:
		return errors.New("state needs the library; drop --no-library")
	case len(c.sources) == 0:
		return errors.New("state needs export or import; " + how)
	case c.sources[0] == "export" && len(c.sources) <= 2:
	case c.sources[0] == "import" && len(c.sources) == 2:
	default:
		return fmt.Errorf("state %q: %s", c.sources, how)
	}
	return nil
}

// runState moves the marks in and out of the library.
func runState(c cliConfig, stdout, stderr io.Writer) int {
	st, err := openLibrary(c)
	if err != nil {
		return libraryFailed(stderr, err)
	}
	ctx := context.Background()
	verb, args := c.sources[0], c.sources[1:]
	if verb == "import" {
		f, err := os.Open(args[0])
		if err != nil {
			closeLibrary(st, stderr)
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		n, err := st.ImportState(ctx, f)
		if !closeLibrary(st, stderr) || err != nil {
			if err != nil {
				fmt.Fprintf(stderr, "dateline: %s: %v\n", args[0], err)
			}
			return exitFailed
		}
		fmt.Fprintf(stdout, "Imported marks for %d stories from %s.\n", n, args[0])
		return exitOK
	}
	err = export(ctx, st, args, stdout)
	if !closeLibrary(st, stderr) || err != nil {
		if err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
		}
		return exitFailed
	}
	return exitOK
}

// export writes the marks to the file named in args (replacing it only
// once the new one is whole), or to stdout.
func export(ctx context.Context, st *store.Store, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return st.ExportState(ctx, stdout)
	}
	var buf bytes.Buffer
	if err := st.ExportState(ctx, &buf); err != nil {
		return fmt.Errorf("export marks to %s: %w", args[0], err)
	}
	return writeAtomic(args[0], buf.Bytes())
}
