package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/dateline-news/dateline/model"
)

// args is everything the command line says.
type args struct {
	command *command // nil: the reader
	// words are the words after the command: SOURCEs, or its arguments.
	words      []string
	configPath string // --config; "" is the default file
	name       string // add --name
	force      bool   // refresh --force
	db         string
	noLibrary  bool
	region     string
	scope      model.Scope
	countryArg string        // --country as typed
	country    model.Country // --country: 0 for every country
	theme      string
	noMouse    bool
	query      string
	search     model.Search
	format     string
	width      int
	plain      bool
	full       bool // show --full: the article of the page the story links to
	help       bool
	version    bool
	// typed are the flags as the user typed them, by name, for messages.
	typed map[string]string
}

// usageError is a command line dateline cannot take: exit 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// flags is the flag set every command shares: flags may come anywhere.
func (a *args) flags() *flag.FlagSet {
	fl := flag.NewFlagSet("dateline", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	fl.StringVar(&a.region, "region", "", "")
	fl.StringVar(&a.countryArg, "country", "", "")
	fl.StringVar(&a.theme, "theme", "", "")
	fl.BoolVar(&a.noMouse, "no-mouse", false, "")
	fl.StringVar(&a.query, "query", "", "")
	fl.StringVar(&a.format, "format", "text", "")
	fl.IntVar(&a.width, "width", 0, "")
	fl.BoolVar(&a.plain, "plain", false, "")
	fl.BoolVar(&a.full, "full", false, "")
	fl.StringVar(&a.db, "db", "", "")
	fl.StringVar(&a.configPath, "config", "", "")
	fl.StringVar(&a.name, "name", "", "")
	fl.BoolVar(&a.force, "force", false, "")
	fl.BoolVar(&a.noLibrary, "no-library", false, "")
	fl.BoolVar(&a.help, "help", false, "")
	fl.BoolVar(&a.help, "h", false, "")
	fl.BoolVar(&a.version, "version", false, "")
	return fl
}

// parseArgs reads the command line. Flags may come anywhere until "--";
// the first word naming a command is the command (a folder of that name
// is "./list"). A first word that is neither a command nor an existing
// path is a mistyped command.
func parseArgs(argv []string) (args, error) {
	a := args{typed: map[string]string{}}
	fl := a.flags()
	var words []string
	rest := argv
	for len(rest) > 0 {
		if err := fl.Parse(rest); err != nil {
			return a, flagError(err, rest)
		}
		consumed := len(rest) - len(fl.Args())
		for _, w := range rest[:consumed] {
			if name, ok := flagName(w); ok {
				a.typed[name] = strings.SplitN(w, "=", 2)[0]
			}
		}
		if consumed > 0 && rest[consumed-1] == "--" {
			words = append(words, fl.Args()...)
			break
		}
		rest = fl.Args()
		if len(rest) > 0 {
			words = append(words, rest[0])
			rest = rest[1:]
		}
	}
	if len(words) > 0 {
		if c := lookup(words[0]); c != nil {
			a.command, words = c, words[1:]
		} else if words[0] == "help" {
			return helpFor(a, words[1:])
		} else if !a.help && !a.version && !exists(words[0]) && !looksLikePath(words[0]) {
			return a, unknownCommand(words[0])
		}
	}
	a.words = words
	if a.help || a.version {
		return a, nil
	}
	return a, a.check()
}

// helpFor is `dateline help [COMMAND]`.
func helpFor(a args, words []string) (args, error) {
	a.help = true
	switch {
	case len(words) == 0:
	case lookup(words[0]) != nil:
		a.command = lookup(words[0])
	default:
		return a, unknownCommand(words[0])
	}
	return a, nil
}

// flagName is the name of a flag word ("--format=json": "format").
func flagName(w string) (string, bool) {
	if !strings.HasPrefix(w, "-") || w == "-" || w == "--" {
		return "", false
	}
	name := strings.TrimLeft(w, "-")
	name, _, _ = strings.Cut(name, "=")
	return name, name != ""
}

// flagError words the flag package's complaint with the flag as the user
// typed it ("--bogus", not "-bogus"), and guesses at a mistyped name.
func flagError(err error, argv []string) error {
	msg := err.Error()
	at := strings.LastIndex(msg, " -")
	if at < 0 {
		return usageError{err}
	}
	name, _, _ := strings.Cut(msg[at+2:], ":")
	typed := "--" + name
	for _, w := range argv {
		if n, ok := flagName(w); ok && n == name {
			typed, _, _ = strings.Cut(w, "=")
			break
		}
	}
	if strings.HasPrefix(msg, "flag provided but not defined") {
		return usagef("unknown flag %s%s", typed, didYouMean(name, flagNames()))
	}
	return usageError{errors.New(msg[:at+1] + typed + msg[at+2+len(name):])}
}

// flagNames are the flags dateline knows.
func flagNames() []string {
	var names []string
	new(args).flags().VisitAll(func(f *flag.Flag) {
		if f.Name != "h" {
			names = append(names, f.Name)
		}
	})
	return names
}

// exists reports whether a path is there (so a word is a SOURCE).
func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// looksLikePath reports whether a word names a file rather than a command:
// "-", or a word with a folder separator or a file extension.
func looksLikePath(w string) bool {
	return w == "-" || strings.ContainsAny(w, `/\.~`)
}

// unknownCommand is the error for a first word that is neither a command
// nor a file.
func unknownCommand(w string) error {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return usagef("unknown command %q%s; dateline help lists the commands (a SOURCE must be an existing file or folder)", w, didYouMean(w, names))
}

// didYouMean suggests the known word nearest to w, if one is near.
func didYouMean(w string, known []string) string {
	best, bestDist := "", 0
	for _, k := range known {
		if d := levenshtein.ComputeDistance(strings.ToLower(w), k); best == "" || d < bestDist {
			best, bestDist = k, d
		}
	}
	if best == "" || bestDist > 2 || bestDist >= len(best) {
		return ""
	}
	if slices.Contains(flagNames(), best) {
		return fmt.Sprintf(" (did you mean --%s?)", best)
	}
	return fmt.Sprintf(" (did you mean %s?)", best)
}

// check checks the flags' values, then the command's words.
func (a *args) check() error {
	a.scope = model.Everywhere()
	if a.region != "" {
		r, ok := model.LookupRegion(a.region)
		if !ok {
			return usagef("unknown region %q; known regions: %s", a.region, strings.Join(model.RegionNames(), ", "))
		}
		a.scope = model.In(r)
	}
	if a.countryArg != "" {
		c, ok := model.LookupCountry(a.countryArg)
		if !ok {
			hint := ""
			if near := model.NearestCountry(a.countryArg); near != "" {
				hint = fmt.Sprintf(" (did you mean %s?)", near)
			}
			return usagef("%s: unknown country %q%s; use an ISO code (kr) or a name (\"south korea\")", a.flag("country"), a.countryArg, hint)
		}
		a.country = c
	}
	switch a.theme {
	case "", "dark", "light", "auto":
	default:
		return usagef("unknown theme %q; use dark, light or auto", a.theme)
	}
	switch a.format {
	case "text", "json":
	default:
		return usagef("unknown format %q; use text or json", a.format)
	}
	q, err := model.ParseSearch(a.query)
	if err != nil {
		return usagef("%s %q: %w", a.flag("query"), a.query, err)
	}
	a.search = q
	if a.width < 0 {
		return usagef("%s must be positive, not %d", a.flag("width"), a.width)
	}
	if a.full && (a.command == nil || a.command.name != "show") {
		return usagef("%s goes with show: dateline show --full ID", a.flag("full"))
	}
	if n := countOf(a.words, "-"); n > 1 {
		return usagef("- (standard input) is given %d times; it can be read only once", n)
	}
	if a.noLibrary && a.db != "" {
		return usagef("%s and %s cannot go together: %[2]s keeps no library", a.flag("db"), a.flag("no-library"))
	}
	if unread, read, starred := a.search.State(); a.noLibrary && (unread || read || starred) {
		return usagef("%s %q: is: needs the library; drop %s", a.flag("query"), a.query, a.flag("no-library"))
	}
	if a.command != nil && a.command.check != nil {
		if err := a.command.check(*a); err != nil {
			return usageError{err}
		}
	}
	return nil
}

// flag is a flag's name as the user typed it ("--db", or "-db").
func (a args) flag(name string) string {
	if t, ok := a.typed[name]; ok {
		return t
	}
	return "--" + name
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
