// Package config owns dateline's configuration file: where it lives, what
// it may hold, and checking it. One TOML file (config.toml in the user's
// config folder) holds the settings, the saved searches and the feeds;
// Load reads and checks it into one Config that main passes down. Any
// unknown key or bad value is an error naming the file, the line and the
// key, so a typo never passes silently.
//
// The file is also edited by dateline itself, always through Edit (and
// its shorthands AddFeed, RemoveFeed, MoveFeed) or WriteStarter. Edits
// change the text, never re-marshal it, so the user's comments and layout
// survive; edits of one file from several processes wait for each other,
// and every write is atomic (WriteFile).
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dateline-news/dateline/model"
)

// Config is everything the configuration file says, with defaults filled
// in. It is loaded once, in main, and passed down.
type Config struct {
	// Path is the file read, or the file that would have been read when
	// Found is false.
	Path string
	// Found is false when there is no file at the default location: the
	// defaults apply, and a first `dateline add` creates the file.
	Found bool

	Theme           Theme
	ReadingWidth    int           // columns of story text, 20..200
	Mouse           bool          // false leaves the mouse to the terminal
	Layout          Layout        // the list and the story side by side, or not
	Group           bool          // an event's stories as one row of the list (false: a row each)
	RefreshInterval time.Duration // 0: no automatic refresh
	Retention       Retention
	Searches        []Search // in file order: tabs after the regions
	Feeds           []Feed   // in file order
	Sync            *Sync    // nil without a [sync] table
	// Keys are the user's keys for the reader's actions ([keys]), each
	// replacing the action's defaults; nil when the file binds none.
	Keys map[string][]string
}

// Theme is the colour scheme: ThemeAuto asks the terminal for its
// background.
type Theme string

// The themes a config file may name.
const (
	ThemeAuto  Theme = "auto"
	ThemeDark  Theme = "dark"
	ThemeLight Theme = "light"
)

// Layout is whether the list and the story share a wide terminal.
type Layout string

// The layouts a config file may name.
const (
	// LayoutAuto splits a terminal at least 160 columns wide.
	LayoutAuto Layout = "auto"
	// LayoutSplit splits any terminal with room for both (121 columns).
	LayoutSplit Layout = "split"
	// LayoutList shows the list and the story one at a time.
	LayoutList Layout = "list"
)

// Retention says how long a story that has left its feed stays in the
// library, in days. Starred stories stay for good.
type Retention struct {
	ReadDays   int // after it was read
	UnreadDays int // after it left its feed, never read
}

// ReadAge is ReadDays as a duration, for store.Prune.
func (r Retention) ReadAge() time.Duration { return time.Duration(r.ReadDays) * 24 * time.Hour }

// UnreadAge is UnreadDays as a duration, for store.Prune.
func (r Retention) UnreadAge() time.Duration { return time.Duration(r.UnreadDays) * 24 * time.Hour }

// Search is a saved search, shown as a tab after the region tabs.
type Search struct {
	Name   string
	Query  string       // as written, for display and editing
	Parsed model.Search // Query, parsed (its dates are read At the clock where it is used)
	Line   int          // of its [[search]] header, for later messages
}

// Feed is one subscription. Exactly one of URL and Path is set.
type Feed struct {
	URL string // http or https
	// Path is a feed file or folder: absolute, with "~" expanded; a path
	// written relative is relative to the config file's folder.
	Path    string
	Name    string // "" means the feed's own title
	Region  string // canonical region name (model.LookupRegion), "" for none
	Section string
	Tags    []string

	// HTTP basic authentication. The password is never in the file: it
	// is the output of PasswordCommand (run by a shell) or the value of
	// the environment variable PasswordEnv; at most one is set.
	Username        string
	PasswordCommand string
	PasswordEnv     string

	// FullText has a refresh fetch the page each new story links to and
	// keep its article text with the story (see app.Refresher).
	FullText bool

	Line int // of its [[feed]] header, for later messages; 0 when not from a file
}

// Source is the feed's URL or path, whichever it has: what a user calls it
// by when it has no name.
func (f Feed) Source() string {
	if f.URL != "" {
		return f.URL
	}
	return f.Path
}

// SyncKind is the protocol of a sync server.
type SyncKind string

// The sync servers dateline knows.
const (
	SyncMiniflux SyncKind = "miniflux"
	SyncGReader  SyncKind = "greader" // the Google Reader API: FreshRSS, Inoreader...
)

// Sync is a server that holds the subscriptions and read state. Exactly one
// of PasswordCommand, PasswordEnv, TokenCommand and TokenEnv is set; the
// password ones come with a Username.
type Sync struct {
	Kind            SyncKind
	URL             string
	Username        string
	PasswordCommand string
	PasswordEnv     string
	TokenCommand    string // an API token, printed by a shell command
	TokenEnv        string
	Line            int // of the [sync] header
}

// Defaults for settings the file leaves out. The retention days match
// store.DefaultReadAge and store.DefaultUnreadAge; the width matches the
// UI's reading width.
const (
	DefaultReadingWidth = 88
	DefaultReadDays     = 90
	DefaultUnreadDays   = 180
)

// Limits of the settings, said in error messages.
const (
	minReadingWidth = 20
	maxReadingWidth = 200
	minRefresh      = time.Minute
	maxDays         = 36500 // a century: more would overflow a time.Duration soon enough
	maxFileSize     = 1 << 20
)

// Default is the configuration of a user without a config file.
func Default() *Config {
	return &Config{
		Theme:        ThemeAuto,
		ReadingWidth: DefaultReadingWidth,
		Mouse:        true,
		Layout:       LayoutAuto,
		Group:        true,
		Retention:    Retention{ReadDays: DefaultReadDays, UnreadDays: DefaultUnreadDays},
	}
}

// DefaultPath is where the config file lives: $XDG_CONFIG_HOME/dateline/
// config.toml, or ~/.config/dateline/config.toml when XDG_CONFIG_HOME is
// unset or relative (the XDG spec says to ignore a relative one). The same
// on every system, macOS included, where terminal users expect ~/.config.
func DefaultPath() (string, error) {
	return DefaultPathFrom(os.Getenv, os.UserHomeDir)
}

// DefaultPathFrom is DefaultPath for the environment getenv reads and the
// home folder home finds.
func DefaultPathFrom(getenv func(string) string, home func() (string, error)) (string, error) {
	if dir := getenv("XDG_CONFIG_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "dateline", "config.toml"), nil
	}
	h, err := home()
	if err != nil || h == "" {
		return "", errors.New("cannot find the config file: neither $XDG_CONFIG_HOME nor $HOME is set; set one, or pass --config PATH")
	}
	return filepath.Join(h, ".config", "dateline", "config.toml"), nil
}

// resolve returns path made absolute (feed paths in the file start at its
// folder), or the default path when path is "". explicit says whether the
// user named the file.
func resolve(path string) (p string, explicit bool, err error) {
	if path != "" {
		p, err = filepath.Abs(path)
		return p, true, err
	}
	p, err = DefaultPath()
	return p, false, err
}

// Load reads and checks the config file at path; "" means DefaultPath. A
// missing file at the default path is no error: Load returns Default()
// with Found false. A missing file the user named (--config) is an error,
// as is any problem in the file. Problems are reported all at once, one
// *Error per line (errors.Join), each naming the file, the line and the
// key.
func Load(path string) (*Config, error) {
	return LoadWithKeys(path, KeyRules{})
}

// LoadWithKeys is Load, with the [keys] table checked against the
// reader's actions and keys: an unknown action, a key the reader never
// receives, or a key that would do two things on one screen is an error
// at its line, as any other problem is. Load checks only its shape.
func LoadWithKeys(path string, rules KeyRules) (*Config, error) {
	p, explicit, err := resolve(path)
	if err != nil {
		return nil, err
	}
	data, err := readFile(p)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		c := Default()
		c.Path = p
		return c, nil
	}
	if err != nil {
		return nil, err
	}
	c, err := parseWithKeys(p, data, rules)
	if err != nil {
		return nil, err
	}
	c.Path = p
	c.Found = true
	return c, nil
}

// readFile reads a config file, refusing sizes no config file reaches.
// Errors wrap fs.ErrNotExist when there is no file.
func readFile(path string) ([]byte, error) {
	shown := displayPath(path)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("config file %s does not exist; create one with `dateline config init`, or check the path: %w", shown, fs.ErrNotExist)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot open config file %s: %w", shown, unwrapPath(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("config file %s is a folder; give the path of a file, such as %s", shown, displayPath(filepath.Join(path, "config.toml")))
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read config file %s: %w", shown, unwrapPath(err))
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("config file %s is larger than 1 MiB; is it the right file?", shown)
	}
	return data, nil
}

// unwrapPath drops the *fs.PathError around err: messages name the file
// once, as the user knows it (with "~").
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// displayPath is path as a user would type it: the home folder as "~".
func displayPath(path string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" || home == "/" {
		return path
	}
	if rest, ok := strings.CutPrefix(path, home); ok && (rest == "" || rest[0] == filepath.Separator) {
		return "~" + rest
	}
	return path
}

// Error is one problem in a config file, at one line.
type Error struct {
	File string // as shown to the user, with "~" for the home folder
	Line int    // from 1; 0 when the problem is not at one line
	Key  string // "feed[2].region"; "" for a syntax error
	Msg  string // what is wrong and what to do
}

// Error reads "file:line: key: msg".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}
