package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeConfig writes text to a config.toml in a fresh folder.
func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadFullExample(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	cfg, err := Load("testdata/full.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Found || cfg.Theme != ThemeDark || cfg.ReadingWidth != 100 || cfg.Mouse ||
		cfg.RefreshInterval != 30*time.Minute || cfg.Retention != (Retention{ReadDays: 30, UnreadDays: 60}) {
		t.Errorf("settings: %+v", cfg)
	}
	if len(cfg.Searches) != 2 || cfg.Searches[0].Name != "Ukraine" || cfg.Searches[0].Query != "ukraine region:europe" || cfg.Searches[0].Line != 13 {
		t.Errorf("searches: %+v", cfg.Searches)
	}
	want := []Feed{{
		URL: "https://example.com/feed.xml", Name: "Example Wire", Region: "Europe", Section: "World",
		Tags: []string{"world", "politics"}, Username: "me", PasswordCommand: "pass show news/example", FullText: true, Line: 23,
	}, {
		Path: filepath.Join(home, "news/wire.xml"), Region: "Asia - Pacific", Line: 34,
	}, {
		Path: filepath.Join(filepath.Dir(cfg.Path), "local/feeds"), PasswordEnv: "WIRE_PASSWORD", Username: "u", Line: 38,
	}}
	if len(cfg.Feeds) != len(want) {
		t.Fatalf("feeds: %+v", cfg.Feeds)
	}
	for i, f := range cfg.Feeds {
		if !feedEqual(f, want[i]) {
			t.Errorf("feed %d:\n got %+v\nwant %+v", i, f, want[i])
		}
	}
	s := cfg.Sync
	if s == nil || s.Kind != SyncMiniflux || s.URL != "https://rss.example.com" || s.TokenEnv != "MINIFLUX_TOKEN" || s.Line != 43 {
		t.Errorf("sync: %+v", s)
	}
}

func feedEqual(a, b Feed) bool {
	return slices.Equal(a.Tags, b.Tags) && func() bool { a.Tags, b.Tags = nil, nil; return fmt.Sprint(a) == fmt.Sprint(b) }()
}

func TestLoadBadInput(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		key, msg   string
	}{
		{"unknown top-level key", "theme = \"dark\"\nfeeds = 3\n", 2, "feeds", "unknown key (did you mean feed?); known keys: theme, reading_width, mouse, layout, group, refresh_interval, retention, search, feed, sync, keys"},
		{"unknown feed key", "[[feed]]\nurl = \"https://a.example/x\"\n\n[[feed]]\nurl = \"https://b.example/x\"\nregoin = \"Europe\"\n", 6, "feed[2].regoin",
			"unknown key (did you mean region?); known keys: url, path, name, region, section, tags, username, password_command, password_env, full_text"},
		{"unknown table", "[retentoin]\nread_days = 3\n", 1, "retentoin", "unknown key (did you mean retention?)"},
		{"unknown key under a feed", "[[feed]]\nurl = \"https://a.example/x\"\n[feed.auth]\nuser = 1\n", 3, "feed[1].auth", "unknown key; known keys: url"},
		{"unknown key in an inline feed", "feed = [{url = \"https://a.example/x\", nme = \"A\"}]\n", 1, "feed.nme", "did you mean name?"},
		{"unknown retention key", "[retention]\nread_dayz = 3\n", 2, "retention.read_dayz", "did you mean read_days?"},
		{"password key", "[[feed]]\nurl = \"https://a.example/x\"\nusername = \"me\"\npassword = \"hunter2\"\n", 4, "feed[1].password", "use password_command"},
		{"sync token key", "[sync]\nkind = \"miniflux\"\nurl = \"https://r.example\"\ntoken = \"abc\"\n", 4, "sync.token", "use token_command"},
		{"bad region", "[[feed]]\nurl = \"https://a.example/x\"\nregion = \"Eurpoe\"\n", 3, "feed[1].region", `unknown region "Eurpoe"; known regions: Africa, Americas, Asia - Pacific, Europe, Middle East, Other`},
		{"bad query", "[[search]]\nname = \"S\"\nquery = 'ukraine regoin:europe'\n", 3, "search[1].query", `"ukraine regoin:europe": col 9: `},
		{"unfinished OR in a query", "[[search]]\nname = \"S\"\nquery = 'tariff OR'\n", 3, "search[1].query", `"tariff OR": col 8: OR with nothing after it`},
		{"bad span in a query", "[[search]]\nname = \"S\"\nquery = '(a OR b) after:7x'\n", 3, "search[1].query", `"(a OR b) after:7x": col 16: bad date "7x"`},
		{"search without a name", "[[search]]\nquery = 'x'\n", 1, "search[1]", "no name"},
		{"duplicate search names", "[[search]]\nname = \"S\"\nquery = 'x'\n[[search]]\nname = \"s\"\nquery = 'y'\n", 5, "search[2].name", "also the name of search[1]"},
		{"url and path", "[[feed]]\nurl = \"https://a.example/x\"\npath = \"/tmp/x.xml\"\n", 3, "feed[1].path", "both url and path are set"},
		{"neither url nor path", "[[feed]]\nname = \"A\"\n", 1, "feed[1]", "no source; add url"},
		{"duplicate names", "[[feed]]\nurl = \"https://a.example/x\"\nname = \"Wire\"\n\n[[feed]]\nurl = \"https://b.example/x\"\nname = \"wire\"\n", 7, "feed[2].name", `"wire" is also the name of feed[1] (line 1)`},
		{"duplicate URLs", "[[feed]]\nurl = \"https://a.example/x\"\n[[feed]]\nurl = \"HTTPS://A.example/x\"\n", 4, "feed[2].url", "is also feed[1]"},
		{"ftp URL", "[[feed]]\nurl = \"ftp://a.example/x\"\n", 2, "feed[1].url", "not an http or https URL"},
		{"URL with a password", "[[feed]]\nurl = \"https://me:pw@a.example/x\"\n", 2, "feed[1].url", "password_command"},
		{"path of another user", "[[feed]]\npath = \"~bob/x.xml\"\n", 2, "feed[1].path", "write the full path"},
		{"password without username", "[[feed]]\nurl = \"https://a.example/x\"\npassword_env = \"P\"\n", 1, "feed[1]", "add username"},
		{"two password sources", "[[feed]]\nurl = \"https://a.example/x\"\nusername = \"u\"\npassword_command = \"pass x\"\npassword_env = \"P\"\n", 5, "feed[1].password_env", "keep one"},
		{"bad env name", "[[feed]]\nurl = \"https://a.example/x\"\nusername = \"u\"\npassword_env = \"$P\"\n", 4, "feed[1].password_env", "not an environment variable name"},
		{"single-bracket feed", "[feed]\nurl = \"https://a.example/x\"\n", 1, "feed", "write [[feed]], with double brackets"},
		{"double-bracket retention", "[[retention]]\nread_days = 1\n", 1, "retention", "write [retention] with single brackets"},
		{"bad theme", "theme = \"blue\"\n", 1, "theme", "use dark, light or auto"},
		{"bad layout", "layout = \"sideways\"\n", 1, "layout", "use auto (split at 160 columns or more), split (whenever both fit) or list"},
		{"theme not a string", "theme = 3\n", 1, "theme", "expected a string in quotes, found a TOML integer"},
		{"width out of range", "\n\nreading_width = 500\n", 3, "reading_width", "use 20 to 200"},
		{"width not a number", "reading_width = \"wide\"\n", 1, "reading_width", "expected a whole number"},
		{"tags not a list", "[[feed]]\nurl = \"https://a.example/x\"\ntags = \"world\"\n", 3, "feed[1].tags", "expected a list of strings"},
		{"mouse not a bool", "mouse = \"yes\"\n", 1, "mouse", "expected true or false"},
		{"group not a bool", "\ngroup = \"off\"\n", 2, "group", "expected true or false"},
		{"group misspelt", "groups = false\n", 1, "groups", "did you mean group?"},
		{"full_text not a bool", "[[feed]]\nurl = \"https://a.example/x\"\nfull_text = \"yes\"\n", 3, "feed[1].full_text", "expected true or false"},
		{"full_text misspelt", "[[feed]]\nurl = \"https://a.example/x\"\nfulltext = true\n", 3, "feed[1].fulltext", "did you mean full_text?"},
		{"feed not a table", "feed = \"https://a.example/x\"\n", 1, "feed", "expected tables, each starting with a line [[feed]]"},
		{"refresh without unit", "refresh_interval = 30\n", 1, "refresh_interval", "has no unit"},
		{"refresh too often", "refresh_interval = \"10s\"\n", 1, "refresh_interval", "at most once a minute"},
		{"refresh not a duration", "refresh_interval = \"soon\"\n", 1, "refresh_interval", "not a duration"},
		{"refresh a table", "refresh_interval = {m = 3}\n", 1, "refresh_interval", "expected a string"},
		{"retention zero", "[retention]\nread_days = 0\n", 2, "retention.read_days", "use 1 to 36500"},
		{"sync kind", "[sync]\nkind = \"rss\"\nurl = \"https://r.example\"\ntoken_env = \"T\"\n", 2, "sync.kind", "use miniflux or greader"},
		{"sync without url", "[sync]\nkind = \"greader\"\ntoken_env = \"T\"\n", 1, "sync.url", "missing"},
		{"sync without credentials", "[sync]\nkind = \"greader\"\nurl = \"https://r.example\"\n", 1, "sync", "no credentials"},
		{"sync password and token", "[sync]\nkind = \"greader\"\nurl = \"https://r.example\"\nusername = \"u\"\npassword_env = \"P\"\ntoken_env = \"T\"\n", 1, "sync", "keep one"},
		{"dotted unknown key", "a.b.c = 1\n", 1, "a", "unknown key; known keys: theme"},
		{"value used as a table", "theme.x = 1\n", 1, "theme", "expected a string in quotes, found a TOML table"},
		{"syntax error", "theme = \"dark\"\ntheme \"light\"\n", 2, "", "invalid TOML: "},
		{"key set twice", "theme = \"dark\"\ntheme = \"light\"\n", 2, "theme", "already defined"},
		{"invalid UTF-8", "theme = \"\xff\"\n", 1, "", "invalid TOML: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.text)
			_, err := Load(path)
			if err == nil {
				t.Fatal("no error")
			}
			prefix := fmt.Sprintf("%s:%d: ", path, tt.line)
			if tt.key != "" {
				prefix += tt.key + ": "
			}
			first := strings.SplitN(err.Error(), "\n", 2)[0]
			if !strings.HasPrefix(first, prefix) || !strings.Contains(first, tt.msg) {
				t.Errorf("error:\n%s\nwant it to start with %q and hold %q", err, prefix, tt.msg)
			}
			var ce *Error
			if !errors.As(err, &ce) || ce.Line != tt.line || ce.Key != tt.key {
				t.Errorf("errors.As *Error: %+v", ce)
			}
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	path := writeConfig(t, "theme = \"blue\"\n[[feed]]\nname = \"A\"\n[[feed]]\nurl = \"gopher://x\"\n")
	_, err := Load(path)
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], ":1: theme") || !strings.Contains(lines[1], ":2: feed[1]") || !strings.Contains(lines[2], ":5: feed[2].url") {
		t.Errorf("errors:\n%s", err)
	}
}

func TestLoadEmptyFileGivesDefaults(t *testing.T) {
	cfg, err := Load(writeConfig(t, "# nothing yet\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := Default()
	if cfg.Theme != d.Theme || cfg.ReadingWidth != d.ReadingWidth || cfg.Mouse != d.Mouse || cfg.Retention != d.Retention || cfg.RefreshInterval != 0 || cfg.Sync != nil {
		t.Errorf("got %+v, want the defaults %+v", cfg, d)
	}
}

func TestLoadAcceptsByteOrderMarkAndCRLF(t *testing.T) {
	cfg, err := Load(writeConfig(t, "\xEF\xBB\xBFtheme = \"light\"\r\n[[feed]]\r\nurl = \"https://a.example/x\"\r\nregion = \"apac\"\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Theme != ThemeLight || len(cfg.Feeds) != 1 || cfg.Feeds[0].Region != "Asia - Pacific" || cfg.Feeds[0].Line != 2 {
		t.Errorf("got %+v", cfg)
	}
}

func TestRefreshOff(t *testing.T) {
	for _, v := range []string{`0`, `""`, `"0"`, `"0s"`} {
		cfg, err := Load(writeConfig(t, "refresh_interval = "+v+"\n"))
		if err != nil || cfg.RefreshInterval != 0 {
			t.Errorf("refresh_interval = %s: %v, %v", v, cfg, err)
		}
	}
}

func TestMissingDefaultFileIsNoError(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	cfg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Found || cfg.Path != filepath.Join(dir, "dateline", "config.toml") || cfg.ReadingWidth != DefaultReadingWidth {
		t.Errorf("got %+v", cfg)
	}
}

func TestMissingExplicitFileIsAnError(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"))
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "dateline config init") {
		t.Errorf("got %v", err)
	}
}

func TestLoadFolderIsAnError(t *testing.T) {
	_, err := Load(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("got %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	home := func() (string, error) { return "/home/ann", nil }
	env := func(v map[string]string) func(string) string { return func(k string) string { return v[k] } }
	tests := []struct {
		xdg, want string
	}{
		{"", "/home/ann/.config/dateline/config.toml"},
		{"/xdg", "/xdg/dateline/config.toml"},
		{"relative/xdg", "/home/ann/.config/dateline/config.toml"},
	}
	for _, tt := range tests {
		got, err := DefaultPathFrom(env(map[string]string{"XDG_CONFIG_HOME": tt.xdg}), home)
		if err != nil || got != tt.want {
			t.Errorf("XDG_CONFIG_HOME=%q: %q, %v; want %q", tt.xdg, got, err, tt.want)
		}
	}
	_, err := DefaultPathFrom(env(nil), func() (string, error) { return "", errors.New("no home") })
	if err == nil || !strings.Contains(err.Error(), "--config") {
		t.Errorf("without a home: %v", err)
	}
}

func TestErrorsShowHomeAsTilde(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	path := filepath.Join(home, ".config", "dateline", "config.toml")
	os.MkdirAll(filepath.Dir(path), 0o700)
	os.WriteFile(path, []byte("\n[[feed]]\nurl = \"https://a.example/x\"\nregoin = \"x\"\n"), 0o600)
	_, err := Load(path)
	want := "~/.config/dateline/config.toml:4: feed[1].regoin: unknown key"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v, want %q...", err, want)
	}
}

func TestStarterLoads(t *testing.T) {
	cfg, err := parse("starter.toml", []byte(Starter(KeyRules{})))
	if err != nil {
		t.Fatal(err)
	}
	d := Default()
	if cfg.Theme != d.Theme || cfg.ReadingWidth != d.ReadingWidth || cfg.Mouse != d.Mouse || cfg.Retention != d.Retention || len(cfg.Feeds) != 0 || cfg.Sync != nil {
		t.Errorf("the starter is not the defaults: %+v", cfg)
	}
}

// TestStarterExamplesLoad uncomments every example line of the starter,
// so that the examples it shows stay valid.
func TestStarterExamplesLoad(t *testing.T) {
	example := regexp.MustCompile(`(?m)^# (\[|[a-z0-9_]+ = )`)
	text := example.ReplaceAllString(Starter(testKeyRules()), "$1")
	cfg, err := parseWithKeys("starter.toml", []byte(text), testKeyRules())
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	if cfg.RefreshInterval != 30*time.Minute || len(cfg.Searches) != 1 || len(cfg.Feeds) != 1 || cfg.Feeds[0].Region != "Europe" || cfg.Sync == nil {
		t.Errorf("not every example was uncommented: %+v", cfg)
	}
}

func TestWriteStarterRefusesToOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "config.toml")
	if err := WriteStarter(path, testKeyRules()); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != Starter(testKeyRules()) {
		t.Errorf("wrote %q", got)
	}
	err := WriteStarter(path, testKeyRules())
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second write: %v", err)
	}
}

func FuzzLoad(f *testing.F) {
	for _, name := range []string{"testdata/full.toml", "testdata/commented.toml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(Starter(testKeyRules())))
	f.Add([]byte("feed = [{url = \"https://a.example/x\", nme = 1}]\n[[search]]\nquery = 'region:'\n"))
	f.Add([]byte("[feed]\n[[feed]]\n[feed.x]\n[[retention]]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := parseWithKeys("/fuzz/config.toml", data, testKeyRules())
		if (cfg == nil) == (err == nil) {
			t.Fatalf("got %v and %v", cfg, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "/fuzz/config.toml") {
			t.Errorf("the error does not name the file: %v", err)
		}
	})
}

func TestLoadRelativePathIsMadeAbsolute(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("config.toml", []byte("[[feed]]\npath = \"wire.xml\"\n"), 0o600)
	cfg, err := Load("config.toml")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Path != filepath.Join(dir, "config.toml") || cfg.Feeds[0].Path != filepath.Join(dir, "wire.xml") {
		t.Errorf("got %q and %q", cfg.Path, cfg.Feeds[0].Path)
	}
}

func TestLayout(t *testing.T) {
	for text, want := range map[string]Layout{"": LayoutAuto, "layout = \"split\"\n": LayoutSplit, "layout = \"List\"\n": LayoutList, "layout = \"auto\"\n": LayoutAuto} {
		cfg, err := Load(writeConfig(t, text))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Layout != want {
			t.Errorf("%q: layout %q, want %q", text, cfg.Layout, want)
		}
	}
}

func TestGroupIsOnUnlessTheFileSaysFalse(t *testing.T) {
	if !Default().Group {
		t.Error("grouping is off by default")
	}
	for text, want := range map[string]bool{"theme = \"dark\"\n": true, "group = false\n": false, "group = true\n": true} {
		cfg, err := Load(writeConfig(t, text))
		if err != nil || cfg.Group != want {
			t.Errorf("%q: group = %v, %v; want %v", text, cfg.Group, err, want)
		}
	}
}
