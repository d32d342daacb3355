// Command dateline is a terminal news reader: it loads stories from feeds and
// story files into a headline list and a story view, with the world's regions
// as tabs. main.go only parses the command line, wires the packages together
// and chooses the exit code.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/model"
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
	command   string // "", "list", "show" or "state"
	sources   []string
	db        string
	noLibrary bool
	region    string
	scope     model.Scope
	theme     string
	noMouse   bool
	query     string
	search    model.Search
	format    string
	width     int
	plain     bool
	help      bool
	version   bool
}

var commands = []string{"list", "show", "state"}

const usage = `dateline - read the news in a terminal

Usage:
  dateline [flags] [SOURCE...]                 read stories in the terminal
  dateline list [flags] [SOURCE...]            print matching stories, newest first
  dateline show [flags] ID [SOURCE...]         print one story (ID or guid as in the feed)
  dateline state export [FILE]                 write read and starred marks as JSON
                                               (standard output without FILE)
  dateline state import FILE                   add the marks in FILE: dateline's JSON,
                                               or a list of read GUIDs or URLs (newsboat)

A SOURCE is a feed file (RSS, Atom, JSON Feed), a story file (Markdown with
YAML front matter), a folder of them, or - for a feed on standard input.
Every story read is kept in the library with its read and starred marks.
With no SOURCE, dateline shows the library, or its bundled sample news
while the library is empty. list and show print only the SOURCEs' stories,
or the whole library without any.

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
  --db PATH         the library file (default: $XDG_DATA_HOME/dateline/library.db,
                    or ~/.local/share/dateline/library.db)
  --no-library      read the SOURCEs only: keep nothing, no read marks, no is:
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
	fl.StringVar(&c.db, "db", "", "")
	fl.BoolVar(&c.noLibrary, "no-library", false, "")
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
	if c.noLibrary && c.db != "" {
		return c, errors.New("--db and --no-library cannot go together: --no-library keeps no library")
	}
	if unread, read, starred := c.search.State(); c.noLibrary && (unread || read || starred) {
		return c, fmt.Errorf("--query %q: is: needs the library; drop --no-library", c.query)
	}
	if c.command == "state" && !c.help {
		if err := checkStateArgs(c); err != nil {
			return c, err
		}
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
	case "state":
		return runState(c, stdout, stderr)
	}
	return runReader(c, stdin, stderr)
}
