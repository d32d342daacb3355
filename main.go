// Command dateline is a terminal news reader: it loads stories from feeds and
// story files into a headline list and a story view, with the world's regions
// as tabs. main.go only parses the command line, wires the packages together
// and chooses the exit code.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/ui"
)

const version = "0.1.0"

// sample is the bundled news shown when no source is given.
//
//go:embed testdata/sample
var sample embed.FS

// Exit codes.
const (
	exitOK     = 0
	exitFailed = 1 // a source failed, or the program did
	exitUsage  = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is everything the command line says.
type config struct {
	command string // "", "list" or "show"
	sources []string
	region  string
	scope   model.Scope
	theme   string
	noMouse bool
	query   string
	search  model.Search
	format  string
	width   int
	plain   bool
	help    bool
	version bool
}

var commands = []string{"list", "show"}

const usage = `dateline - read the news in a terminal

Usage:
  dateline [flags] [SOURCE...]                 read stories in the terminal
  dateline list [flags] [SOURCE...]            print matching stories, newest first
  dateline show [flags] ID [SOURCE...]         print one story (ID or guid as in the feed)

A SOURCE is a feed file (RSS, Atom, JSON Feed), a story file (Markdown with
YAML front matter), a folder of them, or - for a feed on standard input.
With no SOURCE, dateline shows its bundled sample news.

Flags (before or after the command and the sources; -- ends flags):
  --region NAME     start on / list only this region (Africa, Americas,
                    "Asia - Pacific", Europe, "Middle East", Other; aliases
                    such as APAC, MENA, Latin America work too)
  --theme THEME     dark or light (default: asked from the terminal)
  --no-mouse        leave the mouse to the terminal (text selection)
  --query TEXT      list: the query language of the / filter: words (each
                    the start of a word), "a phrase", -word, region:asia,
                    section:politics, source:"Example Wire", is:unread,
                    is:starred, after:2026-11-01, before:2026-11-30
  --format FORMAT   list: text or json (one object per line)
  --width N         show: wrap at N columns, at least 20 and at most 88 for
                    reading comfort (default: terminal width or 80)
  --plain           show: no colour or escape sequences (default when piped)
  --help            this help
  --version         the version
`

// parseArgs reads the command line. Flags may come anywhere until "--"; the
// first word naming a command is the command (a folder of that name is
// "./list").
func parseArgs(args []string) (config, error) {
	var c config
	fl := flag.NewFlagSet("dateline", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	fl.StringVar(&c.region, "region", "", "")
	fl.StringVar(&c.theme, "theme", "", "")
	fl.BoolVar(&c.noMouse, "no-mouse", false, "")
	fl.StringVar(&c.query, "query", "", "")
	fl.StringVar(&c.format, "format", "text", "")
	fl.IntVar(&c.width, "width", 0, "")
	fl.BoolVar(&c.plain, "plain", false, "")
	fl.BoolVar(&c.help, "help", false, "")
	fl.BoolVar(&c.help, "h", false, "")
	fl.BoolVar(&c.version, "version", false, "")
	var words []string
	for len(args) > 0 {
		if err := fl.Parse(args); err != nil {
			return c, err
		}
		consumed := len(args) - len(fl.Args())
		if consumed > 0 && args[consumed-1] == "--" {
			words = append(words, fl.Args()...)
			break
		}
		args = fl.Args()
		if len(args) > 0 {
			words = append(words, args[0])
			args = args[1:]
		}
	}
	if len(words) > 0 && slices.Contains(commands, words[0]) {
		c.command, words = words[0], words[1:]
	}
	c.sources = words
	c.scope = model.Everywhere()
	if c.region != "" {
		r, ok := model.LookupRegion(c.region)
		if !ok {
			return c, fmt.Errorf("unknown region %q; known regions: %s", c.region, strings.Join(model.RegionNames(), ", "))
		}
		c.scope = model.In(r)
	}
	switch c.theme {
	case "", "dark", "light":
	default:
		return c, fmt.Errorf("unknown theme %q; use dark or light", c.theme)
	}
	switch c.format {
	case "text", "json":
	default:
		return c, fmt.Errorf("unknown format %q; use text or json", c.format)
	}
	q, err := model.ParseSearch(c.query)
	if err != nil {
		return c, fmt.Errorf("--query %q: %w", c.query, err)
	}
	c.search = q
	if c.width < 0 {
		return c, fmt.Errorf("--width must be positive, not %d", c.width)
	}
	if n := countOf(c.sources, "-"); n > 1 {
		return c, fmt.Errorf("- (standard input) is given %d times; it can be read only once", n)
	}
	if c.command == "show" && len(c.sources) == 0 && !c.help {
		return c, errors.New("show needs a story ID: dateline show ID [SOURCE...] (dateline list shows IDs with --format json)")
	}
	return c, nil
}

func countOf(words []string, w string) int {
	n := 0
	for _, x := range words {
		if x == w {
			n++
		}
	}
	return n
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\nRun dateline --help for usage.\n", err)
		return exitUsage
	}
	switch {
	case c.help:
		fmt.Fprint(stdout, usage)
		return exitOK
	case c.version:
		fmt.Fprintln(stdout, "dateline", version)
		return exitOK
	}
	switch c.command {
	case "list":
		return runList(c, stdin, stdout, stderr)
	case "show":
		return runShow(c, stdin, stdout, stderr)
	}
	return runReader(c, stdin, stderr)
}

// sourcesFor turns the SOURCE arguments into sources; none means the sample.
func sourcesFor(names []string, stdin io.Reader) []feeds.Source {
	if len(names) == 0 {
		sub, err := fs.Sub(sample, "testdata/sample")
		if err != nil {
			panic(err) // the embed pattern above guarantees the folder
		}
		return []feeds.Source{feeds.Bundled(sub)}
	}
	out := make([]feeds.Source, len(names))
	for i, n := range names {
		if n == "-" {
			out[i] = feeds.Stdin(stdin)
		} else {
			out[i] = feeds.Path(n)
		}
	}
	return out
}

// memoryLimit is the soft limit the reader's garbage collector works to. A
// 100,000-story load keeps ~400 MiB live (mostly story bodies); with Go's
// default pacing the heap would peak near twice that. The limit only makes
// the collector run sooner; past it Go still caps GC at half the CPU, so a
// larger library is slower, never stuck. GOMEMLIMIT, if set, wins.
const memoryLimit = 512 << 20

func runReader(c config, stdin io.Reader, stderr io.Writer) int {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	sources := sourcesFor(c.sources, stdin)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	batches := make(chan model.Batch, 8)
	go feeds.Stream(ctx, sources, 500, batches)
	names := make([]string, len(sources))
	for i, s := range sources {
		names[i] = s.Name()
	}
	opts := ui.Options{
		Batches:     batches,
		Sources:     names,
		Scope:       c.scope,
		Theme:       ui.Dark,
		ThemeForced: c.theme != "",
		Mouse:       !c.noMouse,
		NoColor:     os.Getenv("NO_COLOR") != "",
		Browser:     os.Getenv("BROWSER"),
	}
	if c.theme == "light" {
		opts.Theme = ui.Light
	}
	var progOpts []tea.ProgramOption
	if slices.Contains(c.sources, "-") {
		// Standard input holds the feed: read keys from the terminal.
		tty, err := os.Open("/dev/tty")
		if err != nil {
			fmt.Fprintf(stderr, "dateline: reading a feed from standard input needs a terminal for the keys: %v\n", err)
			return exitFailed
		}
		defer tty.Close()
		progOpts = append(progOpts, tea.WithInput(tty))
	}
	if _, err := tea.NewProgram(ui.New(opts), progOpts...).Run(); err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// load reads every source for list and show, reporting failures on stderr.
func load(c config, stdin io.Reader, stderr io.Writer) (*model.Collection, bool) {
	stories, errs := feeds.LoadAll(context.Background(), sourcesFor(c.sources, stdin))
	for _, err := range errs {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
	}
	coll := model.NewCollection()
	coll.Add(model.Prepare(stories))
	return coll, len(errs) == 0
}

func runList(c config, stdin io.Reader, stdout, stderr io.Writer) int {
	coll, ok := load(c, stdin, stderr)
	var stories []*model.Story
	for _, seq := range coll.View(c.scope, c.search, model.Only{}) {
		stories = append(stories, coll.Story(seq))
	}
	if err := ui.PrintList(stdout, stories, c.format); err != nil {
		fmt.Fprintf(stderr, "dateline: writing the list: %v\n", err)
		return exitFailed
	}
	if !ok {
		return exitFailed
	}
	return exitOK
}

func runShow(c config, stdin io.Reader, stdout, stderr io.Writer) int {
	id, rest := c.sources[0], c.sources[1:]
	c.sources = rest
	coll, ok := load(c, stdin, stderr)
	s, found := coll.Lookup(id)
	if !found {
		fmt.Fprintf(stderr, "dateline: no story with ID or guid %q in these sources; dateline list --format json shows the IDs\n", id)
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
