package config

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/dateline-news/dateline/model"
)

// The raw types are the file as written. Pointers tell a key left out
// (the default applies) from a key set to a zero value (an error where
// zero is not allowed). Their toml tags are the schema: error messages
// list known keys from them.
type rawConfig struct {
	Theme           *string       `toml:"theme"`
	ReadingWidth    *int          `toml:"reading_width"`
	Mouse           *bool         `toml:"mouse"`
	Layout          *string       `toml:"layout"`
	Group           *bool         `toml:"group"`
	RefreshInterval any           `toml:"refresh_interval"` // "30m", "" or 0
	Retention       *rawRetention `toml:"retention"`
	Search          []rawSearch   `toml:"search"`
	Feed            []rawFeed     `toml:"feed"`
	Sync            *rawSync      `toml:"sync"`
	Keys            rawKeys       `toml:"keys"`
}

// rawKeys is the [keys] table: action = "key" or ["key", ...].
type rawKeys = map[string]any

type rawRetention struct {
	ReadDays   *int `toml:"read_days"`
	UnreadDays *int `toml:"unread_days"`
}

type rawSearch struct {
	Name  *string `toml:"name"`
	Query *string `toml:"query"`
}

type rawFeed struct {
	URL             *string  `toml:"url"`
	Path            *string  `toml:"path"`
	Name            string   `toml:"name"`
	Region          string   `toml:"region"`
	Section         string   `toml:"section"`
	Tags            []string `toml:"tags"`
	Username        string   `toml:"username"`
	PasswordCommand *string  `toml:"password_command"`
	PasswordEnv     *string  `toml:"password_env"`
	FullText        bool     `toml:"full_text"`
	Password        *string  `toml:"password" hidden:""`
}

type rawSync struct {
	Kind            string  `toml:"kind"`
	URL             string  `toml:"url"`
	Username        string  `toml:"username"`
	PasswordCommand *string `toml:"password_command"`
	PasswordEnv     *string `toml:"password_env"`
	TokenCommand    *string `toml:"token_command"`
	TokenEnv        *string `toml:"token_env"`
	Password        *string `toml:"password" hidden:""`
	Token           *string `toml:"token" hidden:""`
}

const utf8BOM = "\xEF\xBB\xBF"

// checker collects the problems of one file.
type checker struct {
	file string // as shown
	dir  string // the file's folder: relative feed paths start there
	lay  *layout
	errs []*Error

	rules KeyRules // the reader's, for the [keys] table
}

func (c *checker) fail(line int, key, format string, args ...any) {
	c.errs = append(c.errs, &Error{File: c.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) err() error {
	slices.SortStableFunc(c.errs, func(a, b *Error) int { return a.Line - b.Line })
	errs := make([]error, len(c.errs))
	for i, e := range c.errs {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// parse decodes and checks a config file's bytes; path is where they came
// from, for messages and for relative feed paths. The [keys] table's
// shape is checked, not its actions (see parseWithKeys).
func parse(path string, data []byte) (*Config, error) {
	return parseWithKeys(path, data, KeyRules{})
}

// parseWithKeys is parse with the [keys] table checked by rules.
func parseWithKeys(path string, data []byte, rules KeyRules) (*Config, error) {
	c := &checker{file: displayPath(path), dir: filepath.Dir(path), rules: rules}
	// Editors on Windows may start the file with a byte-order mark, which
	// TOML does not allow; it changes no line number.
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	var raw rawConfig
	err := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields().Decode(&raw)
	if err != nil {
		var strict *toml.StrictMissingError
		var de *toml.DecodeError
		switch {
		case errors.As(err, &strict):
			lay, _ := parseLayout(data)
			for _, e := range strict.Errors {
				line, _ := e.Position()
				path, _ := lay.qualify(e.Key(), line)
				depth, msg := unknownKey(path)
				_, shown := lay.qualify(path[:depth], line)
				c.fail(line, shown, "%s", msg)
			}
		case errors.As(err, &de):
			c.decodeError(data, de)
		default:
			c.fail(0, "", "%v", err)
		}
		return nil, c.err()
	}
	lay, err := parseLayout(data)
	if err != nil { // the decoder accepted the file: this cannot happen
		c.fail(0, "", "invalid TOML: %v", err)
		return nil, c.err()
	}
	c.lay = lay
	cfg := c.check(&raw)
	if len(c.errs) > 0 {
		return nil, c.err()
	}
	return cfg, nil
}

// decodeError turns a decoder error (invalid TOML, or a value of the
// wrong type) into one that names the key and says what was expected.
func (c *checker) decodeError(data []byte, de *toml.DecodeError) {
	line, _ := de.Position()
	msg := strings.TrimPrefix(de.Error(), "toml: ")
	if len(de.Key()) == 0 {
		c.fail(line, "", "invalid TOML: %s", msg)
		return
	}
	// The file decoded up to here, so its layout is readable up to here.
	lay, _ := parseLayout(data)
	path, shown := lay.qualify(de.Key(), line)
	want := expected(path)
	// theme.x = 1 makes theme a table: the problem is theme.
	for n := len(path) - 1; want == "" && n > 0; n-- {
		if want = expected(path[:n]); want != "" {
			path = path[:n]
			_, shown = lay.qualify(path, line)
		}
	}
	switch {
	case strings.HasPrefix(msg, "cannot decode TOML ") && want != "":
		got, _, _ := strings.Cut(strings.TrimPrefix(msg, "cannot decode TOML "), " into ")
		c.fail(line, shown, "expected %s, found a TOML %s", want, got)
	case strings.Contains(msg, "array table") && strings.HasPrefix(want, "a table"):
		c.fail(line, strings.Join(path, "."), "there is only one; write [%s] with single brackets", strings.Join(path, "."))
	default:
		c.fail(line, shown, "%s", msg)
	}
}

// check turns the raw file into a Config, recording every problem.
func (c *checker) check(raw *rawConfig) *Config {
	cfg := Default()
	if raw.Theme != nil {
		switch t := Theme(strings.ToLower(strings.TrimSpace(*raw.Theme))); t {
		case ThemeAuto, ThemeDark, ThemeLight:
			cfg.Theme = t
		default:
			c.fail(c.lay.keyLine("", 0, "theme"), "theme", "unknown theme %q; use dark, light or auto", *raw.Theme)
		}
	}
	if raw.ReadingWidth != nil {
		if w := *raw.ReadingWidth; w < minReadingWidth || w > maxReadingWidth {
			c.fail(c.lay.keyLine("", 0, "reading_width"), "reading_width", "%d columns is out of range; use %d to %d", w, minReadingWidth, maxReadingWidth)
		} else {
			cfg.ReadingWidth = w
		}
	}
	if raw.Mouse != nil {
		cfg.Mouse = *raw.Mouse
	}
	if raw.Group != nil {
		cfg.Group = *raw.Group
	}
	if raw.Layout != nil {
		switch l := Layout(strings.ToLower(strings.TrimSpace(*raw.Layout))); l {
		case LayoutAuto, LayoutSplit, LayoutList:
			cfg.Layout = l
		default:
			c.fail(c.lay.keyLine("", 0, "layout"), "layout", "unknown layout %q; use auto (split at 160 columns or more), split (whenever both fit) or list", *raw.Layout)
		}
	}
	cfg.RefreshInterval = c.refresh(raw.RefreshInterval)
	if r := raw.Retention; r != nil {
		cfg.Retention.ReadDays = c.days(r.ReadDays, "read_days", cfg.Retention.ReadDays)
		cfg.Retention.UnreadDays = c.days(r.UnreadDays, "unread_days", cfg.Retention.UnreadDays)
	}
	for _, name := range []string{"search", "feed"} {
		if s := c.lay.table(name, 0); s != nil {
			c.fail(s.line, name, "write [[%s]], with double brackets: each %s is one entry of a list", name, name)
		}
	}
	cfg.Searches = c.searches(raw.Search)
	cfg.Feeds = c.feeds(raw.Feed)
	if raw.Sync != nil {
		cfg.Sync = c.sync(raw.Sync)
	}
	cfg.Keys = c.keys(raw.Keys)
	return cfg
}

// refresh reads refresh_interval: a Go duration of at least a minute, or
// "", "0" or 0 for none.
func (c *checker) refresh(v any) time.Duration {
	line := c.lay.keyLine("", 0, "refresh_interval")
	const hint = `write a duration such as "30m" or "2h", or 0 for none`
	switch v := v.(type) {
	case nil:
		return 0
	case int64:
		if v != 0 {
			c.fail(line, "refresh_interval", "%d has no unit; %s", v, hint)
		}
		return 0
	case string:
		if strings.TrimSpace(v) == "" {
			return 0
		}
		d, err := time.ParseDuration(strings.TrimSpace(v))
		switch {
		case err != nil:
			c.fail(line, "refresh_interval", "%q is not a duration; %s", v, hint)
		case d < 0:
			c.fail(line, "refresh_interval", "%q is negative; %s", v, hint)
		case d > 0 && d < minRefresh:
			c.fail(line, "refresh_interval", "%q is too often; refresh at most once a minute (\"1m\")", v)
		default:
			return d
		}
		return 0
	}
	c.fail(line, "refresh_interval", "expected a string in quotes; %s", hint)
	return 0
}

// days reads one of the retention settings.
func (c *checker) days(v *int, key string, def int) int {
	if v == nil {
		return def
	}
	if *v < 1 || *v > maxDays {
		c.fail(c.lay.keyLine("retention", 0, key), "retention."+key, "%d days is out of range; use 1 to %d (starred stories are kept for good anyway)", *v, maxDays)
		return def
	}
	return *v
}

func (c *checker) searches(raw []rawSearch) []Search {
	var out []Search
	seen := map[string]int{}
	for i, r := range raw {
		at := func(key string) (int, string) {
			return c.lay.keyLine("search", i+1, key), fmt.Sprintf("search[%d].%s", i+1, key)
		}
		line, _ := at("")
		s := Search{Line: line}
		switch {
		case r.Name == nil || strings.TrimSpace(*r.Name) == "":
			c.fail(line, fmt.Sprintf("search[%d]", i+1), "no name; add name = \"...\": it is the tab's title")
		default:
			s.Name = strings.TrimSpace(*r.Name)
			line, key := at("name")
			if msg := lineProblem(s.Name); msg != "" {
				c.fail(line, key, "%s", msg)
			} else if j, dup := seen[strings.ToLower(s.Name)]; dup {
				c.fail(line, key, "%q is also the name of search[%d]; give each saved search its own name", s.Name, j)
			}
			seen[strings.ToLower(s.Name)] = i + 1
		}
		line, key := at("query")
		switch {
		case r.Query == nil || strings.TrimSpace(*r.Query) == "":
			c.fail(line, fmt.Sprintf("search[%d]", i+1), "no query; add query = '...' in the language of the / filter, such as 'ukraine region:europe'")
		default:
			s.Query = *r.Query
			q, err := model.ParseSearch(s.Query)
			if err != nil {
				c.fail(line, key, "%q: %v", s.Query, err)
			}
			s.Parsed = q
		}
		out = append(out, s)
	}
	return out
}

// lineProblem says what makes s unfit for a one-line name, "" if nothing.
func lineProblem(s string) string {
	for _, r := range s {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return fmt.Sprintf("%q holds a control character or invalid text; use plain text", s)
		}
	}
	return ""
}

// checkURL says what is wrong with a URL to fetch, "" if nothing.
func checkURL(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https"):
		return fmt.Sprintf("%q is not an http or https URL; write it in full, such as \"https://example.com/feed.xml\"", s)
	case u.User != nil:
		return fmt.Sprintf("%q holds a user name or password; put the user name in username and get the password with password_command or password_env", u.Redacted())
	}
	return ""
}

// expandPath makes a feed path absolute: "~" is the home folder, and a
// relative path starts at dir (the config file's folder, so the file
// means the same from any working folder).
func expandPath(p, dir string) (string, error) {
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, "~"+string(filepath.Separator)) {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return "", errors.New("cannot expand ~: $HOME is not set; write the full path")
		}
		return filepath.Join(home, p[1:]), nil
	}
	if strings.HasPrefix(p, "~") {
		return "", fmt.Errorf("%q: only ~ alone means a home folder; write the full path", p)
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	return filepath.Join(dir, p), nil
}

// secret checks a password or token given by command or variable: at most
// one of the two, neither empty. It returns whether one was given.
func (c *checker) secret(name string, at func(string) (int, string), cmd, env *string) bool {
	if cmd != nil && env != nil {
		line, key := at(name + "_env")
		c.fail(line, key, "both %s_command and %s_env are set; keep one", name, name)
	}
	if cmd != nil && strings.TrimSpace(*cmd) == "" {
		line, key := at(name + "_command")
		c.fail(line, key, "is empty; give a command that prints the %s, such as \"pass show news/example\"", name)
	}
	if env != nil && !isEnvName(*env) {
		line, key := at(name + "_env")
		c.fail(line, key, "%q is not an environment variable name; use letters, digits and _, such as \"EXAMPLE_PASSWORD\"", *env)
	}
	return cmd != nil || env != nil
}

func isEnvName(s string) bool {
	for i, r := range s {
		if r != '_' && !(r < 0x80 && unicode.IsLetter(r)) && !(i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// plainSecret refuses a password or token written in the file.
func (c *checker) plainSecret(at func(string) (int, string), name string, v *string) {
	if v != nil {
		line, key := at(name)
		c.fail(line, key, "a plain %s is not allowed in the config file; use %s_command (a command that prints it, such as \"pass show news/example\") or %s_env (an environment variable)", name, name, name)
	}
}

func (c *checker) sync(r *rawSync) *Sync {
	at := func(key string) (int, string) { return c.lay.keyLine("sync", 0, key), "sync." + key }
	line, _ := at("")
	s := &Sync{Line: line, Kind: SyncKind(strings.ToLower(r.Kind)), URL: r.URL, Username: r.Username}
	switch s.Kind {
	case SyncMiniflux, SyncGReader:
	case "":
		c.fail(line, "sync.kind", "missing; add kind = \"miniflux\" or kind = \"greader\"")
	default:
		line, key := at("kind")
		c.fail(line, key, "unknown kind %q; use miniflux or greader (FreshRSS, Inoreader and others speak greader)", r.Kind)
	}
	if r.URL == "" {
		c.fail(line, "sync.url", "missing; add url = \"https://...\", the server's address")
	} else if msg := checkURL(r.URL); msg != "" {
		line, key := at("url")
		c.fail(line, key, "%s", msg)
	}
	c.plainSecret(at, "password", r.Password)
	c.plainSecret(at, "token", r.Token)
	hasPassword := c.secret("password", at, r.PasswordCommand, r.PasswordEnv)
	hasToken := c.secret("token", at, r.TokenCommand, r.TokenEnv)
	switch {
	case hasPassword && hasToken:
		c.fail(line, "sync", "both a password and a token are set; keep one")
	case !hasPassword && !hasToken && r.Password == nil && r.Token == nil:
		c.fail(line, "sync", "no credentials; add username with password_command or password_env, or an API token with token_command or token_env")
	case hasPassword && r.Username == "":
		c.fail(line, "sync.username", "missing; a password needs a user name")
	}
	s.PasswordCommand, s.PasswordEnv = deref(r.PasswordCommand), deref(r.PasswordEnv)
	s.TokenCommand, s.TokenEnv = deref(r.TokenCommand), deref(r.TokenEnv)
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
