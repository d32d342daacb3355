package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func copyFixture(t *testing.T, name string) (path string, text string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return writeConfig(t, string(data)), string(data)
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestAddThenRemoveKeepsTheFileAsItWas(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	path, orig := copyFixture(t, "commented.toml")
	f := Feed{Path: "~/news/wire.xml", Name: `The "Quoted" \ Wire`, Region: "apac", Tags: []string{"wire", "asia"}}
	if err := AddFeed(path, f); err != nil {
		t.Fatal(err)
	}
	got := readText(t, path)
	wantTable := "\n[[feed]]\npath = \"~/news/wire.xml\"\nname = \"The \\\"Quoted\\\" \\\\ Wire\"\nregion = \"Asia - Pacific\"\ntags = [\"wire\", \"asia\"]\n\n# Sync comes last.\n"
	if !strings.Contains(got, "name = \"Slow News\"\n"+wantTable) {
		t.Errorf("the table is not after the last feed:\n%s", got)
	}
	if strings.Replace(got, wantTable, "\n# Sync comes last.\n", 1) != orig {
		t.Errorf("the rest of the file changed:\n%s", got)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	added := cfg.Feeds[2]
	if added.Name != f.Name || added.Path != filepath.Join(home, "news/wire.xml") || added.Region != "Asia - Pacific" || !slices.Equal(added.Tags, f.Tags) {
		t.Errorf("loaded back as %+v", added)
	}
	removed, err := RemoveFeed(path, "the \"quoted\" \\ wire")
	if err != nil {
		t.Fatal(err)
	}
	if removed.Name != f.Name {
		t.Errorf("removed %+v", removed)
	}
	if got := readText(t, path); got != orig {
		t.Errorf("after add and remove:\n%s\nwant:\n%s", got, orig)
	}
}

func TestRemoveFeedKeepsCommentsAround(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	f, err := RemoveFeed(path, "https://wire.example/rss")
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != "Morning Wire" || f.Section != "World" {
		t.Errorf("removed %+v", f)
	}
	table := "[[feed]]\nurl = \"https://wire.example/rss\"   # fast\nname = \"Morning Wire\"\ntags = [\"wire\"]\n# it has no sections of its own\nsection = \"World\"\n"
	if got := readText(t, path); got != strings.Replace(orig, table, "", 1) {
		t.Errorf("got:\n%s", got)
	}
}

func TestRemoveLastFeedLeavesNoTrailingBlankLines(t *testing.T) {
	path := writeConfig(t, "theme = \"dark\"\n\n[[feed]]\nurl = \"https://a.example/x\"\n\n")
	if _, err := RemoveFeed(path, "https://A.EXAMPLE/x"); err != nil {
		t.Fatal(err)
	}
	if got := readText(t, path); got != "theme = \"dark\"\n" {
		t.Errorf("got %q", got)
	}
}

func TestRemoveFeedByPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	path := writeConfig(t, "[[feed]]\npath = \""+filepath.Join(dir, "wire.xml")+"\"\n")
	if _, err := RemoveFeed(path, "wire.xml"); err != nil {
		t.Fatal(err)
	}
	if got := readText(t, path); got != "" {
		t.Errorf("got %q", got)
	}
}

func TestRemoveFeedErrors(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	if _, err := RemoveFeed(path, "Nope"); err == nil || !strings.Contains(err.Error(), `no feed in `+path+` has the name, URL or path "Nope"`) {
		t.Errorf("unknown feed: %v", err)
	}
	if readText(t, path) != orig {
		t.Error("the file changed")
	}
	_, err := RemoveFeed(filepath.Join(t.TempDir(), "config.toml"), "x")
	if err == nil || !strings.Contains(err.Error(), "there is no config file") {
		t.Errorf("missing file: %v", err)
	}
	inline := writeConfig(t, "feed = [{url = \"https://a.example/x\"}]\n")
	if _, err := RemoveFeed(inline, "https://a.example/x"); err == nil || !strings.Contains(err.Error(), ":1: the feeds are written as one inline list") {
		t.Errorf("inline feeds: %v", err)
	}
}

func TestAddFeedCreatesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "dateline", "config.toml")
	if err := AddFeed(path, Feed{URL: "https://a.example/x", Section: "World"}); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("%v %v", st, err)
	}
	cfg, err := Load(path)
	if err != nil || len(cfg.Feeds) != 1 || cfg.Feeds[0].Section != "World" {
		t.Errorf("%+v %v", cfg, err)
	}
	// The lock file stays: see Edit.
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 2 || entries[1].Name() != "config.toml.lock" {
		t.Errorf("left behind: %v", entries)
	}
}

func TestAddFeedPlacement(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{"no feeds yet, a table last", "theme = \"dark\"\n\n[sync]\nkind = \"miniflux\"\nurl = \"https://r.example\"\ntoken_env = \"T\"\n",
			"theme = \"dark\"\n\n[sync]\nkind = \"miniflux\"\nurl = \"https://r.example\"\ntoken_env = \"T\"\n\n[[feed]]\nurl = \"https://n.example/\"\n"},
		{"no newline at the end", "[[feed]]\nurl = \"https://a.example/x\"",
			"[[feed]]\nurl = \"https://a.example/x\"\n\n[[feed]]\nurl = \"https://n.example/\"\n"},
		{"a table right after", "[[feed]]\nurl = \"https://a.example/x\"\n[sync]\nkind = \"miniflux\"\nurl = \"https://r.example\"\ntoken_env = \"T\"\n",
			"[[feed]]\nurl = \"https://a.example/x\"\n\n[[feed]]\nurl = \"https://n.example/\"\n\n[sync]\nkind = \"miniflux\"\nurl = \"https://r.example\"\ntoken_env = \"T\"\n"},
		{"CRLF", "theme = \"dark\"\r\n", "theme = \"dark\"\r\n\r\n[[feed]]\r\nurl = \"https://n.example/\"\r\n"},
		{"byte-order mark", "\xEF\xBB\xBF[[feed]]\nurl = \"https://a.example/x\"\n",
			"\xEF\xBB\xBF[[feed]]\nurl = \"https://a.example/x\"\n\n[[feed]]\nurl = \"https://n.example/\"\n"},
		{"a multi-line value", "[[feed]]\nurl = \"https://a.example/x\"\ntags = [\n  \"a\",\n  \"b\",\n]\n# after\n",
			"[[feed]]\nurl = \"https://a.example/x\"\ntags = [\n  \"a\",\n  \"b\",\n]\n\n[[feed]]\nurl = \"https://n.example/\"\n\n# after\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.before)
			if err := AddFeed(path, Feed{URL: "https://n.example/"}); err != nil {
				t.Fatal(err)
			}
			if got := readText(t, path); got != tt.after {
				t.Errorf("got:\n%q\nwant:\n%q", got, tt.after)
			}
		})
	}
}

func TestAddFeedRefuses(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	tests := []struct {
		name string
		f    Feed
		msg  string
	}{
		{"same URL", Feed{URL: "https://WIRE.example/rss"}, "https://WIRE.example/rss is already a feed in " + path + " (line 7)"},
		{"same name", Feed{URL: "https://other.example/", Name: "slow news"}, `a feed named "Slow News" is already in ` + path + " (line 14)"},
		{"ftp", Feed{URL: "ftp://a.example/"}, "cannot add the feed: url: "},
		{"relative path", Feed{Path: "wire.xml"}, `path "wire.xml" is relative; give it in full`},
		{"url and path", Feed{URL: "https://a.example/", Path: "/x"}, "both url and path"},
		{"no source", Feed{Name: "x"}, "no source"},
		{"bad region", Feed{URL: "https://a.example/", Region: "Atlantis"}, `region: unknown region "Atlantis"`},
		{"password without username", Feed{URL: "https://a.example/", PasswordEnv: "P"}, "add username"},
		{"control character", Feed{URL: "https://a.example/", Name: "a\x1b[31mb"}, "control character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := AddFeed(path, tt.f)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %v, want %q", err, tt.msg)
			}
			if readText(t, path) != orig {
				t.Error("the file changed")
			}
		})
	}
}

func TestAddFeedRefusesABrokenFile(t *testing.T) {
	path := writeConfig(t, "theme = \"blue\"\n")
	err := AddFeed(path, Feed{URL: "https://a.example/x"})
	if err == nil || !strings.Contains(err.Error(), "fix the config file first") || !strings.Contains(err.Error(), ":1: theme: unknown theme") {
		t.Errorf("got %v", err)
	}
	if readText(t, path) != "theme = \"blue\"\n" {
		t.Error("the file changed")
	}
	inline := writeConfig(t, "feed = [{url = \"https://a.example/x\"}]\n")
	if err := AddFeed(inline, Feed{URL: "https://b.example/x"}); err == nil || !strings.Contains(err.Error(), "write each as a [[feed]] table") {
		t.Errorf("inline feeds: %v", err)
	}
}

func TestAddFeedKeepsASymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "dotfiles", "dateline.toml")
	os.MkdirAll(filepath.Dir(real), 0o755)
	os.WriteFile(real, []byte("theme = \"dark\"\n"), 0o644)
	link := filepath.Join(dir, "config.toml")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := AddFeed(link, Feed{URL: "https://a.example/x"}); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", st, err)
	}
	if st, _ := os.Stat(real); st.Mode().Perm() != 0o644 {
		t.Errorf("mode changed to %v", st.Mode())
	}
	if !strings.Contains(readText(t, real), "[[feed]]") {
		t.Error("the file the link points to was not edited")
	}
}
