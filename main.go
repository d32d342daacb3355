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

// cliConfig is everything the command line says.
type cliConfig struct {
	command string // "" (the reader) or one of commands
	// sources are the words after the command: SOURCEs, or its arguments.
	sources    []string
	configPath string // --config; "" is the default file
	name       string // add --name
	force      bool   // refresh --force
	db         string
	noLibrary  bool
	region     string
	scope      model.Scope
	theme      string
	noMouse    bool
	query      string
	search     model.Search
	format     string
	width      int
	plain      bool
	help       bool
	version    bool
}

var commands = []string{"list", "show", "state", "refresh", "feeds", "add", "remove", "import", "export", "config", "sync"}

const usage = `dateline - read the news in a terminal

Usage:
  dateline [flags] [SOURCE...]                 read stories in the terminal
  dateline list [flags] [SOURCE...]            print matching stories, newest first
  dateline show [flags] ID [SOURCE...]         print one story (ID or guid as in the feed)
  dateline state export [FILE]                 write read and starred marks as JSON
                                               (standard output without FILE)
  dateline state import FILE                   add the marks in FILE: dateline's JSON,
                                               or a list of read GUIDs or URLs (newsboat)

Subscriptions (the config file, default ~/.config/dateline/config.toml):
  dateline feeds                               list them: region, last fetch, status, counts
  dateline add URL|PATH [--name N] [--region R]
                                               subscribe (a web page's feed is found from
                                               its links; the name is the feed's title)
  dateline remove NAME|URL                     unsubscribe
  dateline refresh [--force]                   fetch them all without the reader (for cron);
                                               --force ignores the servers' "not before"
  dateline import FILE.opml                    subscribe to every feed in an OPML file
  dateline export [FILE]                       write the subscriptions as OPML 2.0
  dateline config init                         write a commented starter config file

Sync (the [sync] section: Miniflux, or a Google Reader API server such as FreshRSS):
  dateline sync login                          check the address and credentials
  dateline sync                                sync once without the reader (for a timer)

A SOURCE is a feed file (RSS, Atom, JSON Feed), a story file (Markdown with
YAML front matter), a folder of them, or - for a feed on standard input.
Every story read is kept in the library with its read and starred marks.
With no SOURCE, dateline shows the library and refreshes the subscriptions
behind it (r refreshes again), or shows its bundled sample news while both
are empty. list and show print only the SOURCEs' stories,
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
  --config PATH     the config file (default: $XDG_CONFIG_HOME/dateline/config.toml,
                    or ~/.config/dateline/config.toml)
  --help            this help
  --version         the version
`

// parseArgs reads the command line. Flags may come anywhere until "--"; the
// first word naming a command is the command (a folder of that name is
// "./list").
func parseArgs(args []string) (cliConfig, error) {
	var c cliConfig
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
	fl.StringVar(&c.configPath, "config", "", "")
	fl.StringVar(&c.name, "name", "", "")
	fl.BoolVar(&c.force, "force", false, "")
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
	if err := checkCommandArgs(c); err != nil && !c.help {
		return c, err
	}
	return c, nil
}

// checkCommandArgs checks the arguments of the subscription commands.
func checkCommandArgs(c cliConfig) error {
	n := len(c.sources)
	need := map[string]struct {
		ok  bool
		how string
	}{
		"refresh": {n == 0, "dateline refresh [--force]"},
		"feeds":   {n == 0, "dateline feeds"},
		"add":     {n == 1, "dateline add URL|PATH [--name N] [--region R]"},
		"remove":  {n == 1, "dateline remove NAME|URL"},
		"import":  {n == 1, "dateline import FILE.opml"},
		"export":  {n <= 1, "dateline export [FILE]"},
		"config":  {n == 1 && c.sources[0] == "init", "dateline config init"},
		"sync":    {n == 0 || n == 1 && c.sources[0] == "login", "dateline sync [login]"},
	}
	rule, known := need[c.command]
	switch {
	case !known:
		return nil
	case !rule.ok:
		return fmt.Errorf("%s %s: use %s", c.command, strings.Join(c.sources, " "), rule.how)
	case c.noLibrary && (c.command == "refresh" || c.command == "feeds" || c.command == "sync" && n == 0):
		return fmt.Errorf("%s needs the library; drop --no-library", c.command)
	}
	return nil
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
	case "refresh":
		return runRefresh(c, stdout, stderr)
	case "feeds":
		return runFeeds(c, stdout, stderr)
	case "add":
		return runAdd(c, stdout, stderr)
	case "remove":
		return runRemove(c, stdout, stderr)
	case "import":
		return runImport(c, stdout, stderr)
	case "export":
		return runExport(c, stdout, stderr)
	case "config":
		return runConfigInit(c, stdout, stderr)
	case "sync":
		return runSync(c, stdout, stderr)
	}
	return runReader(c, stdin, stderr)
}
