package cli

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/ui"
)

// The config file's [keys] table, checked by the reader's own rules.

// `config init` lists every action of the reader with its default keys;
// with its [keys] lines uncommented the file loads and binds each action
// to its defaults.
func TestConfigInitListsEveryActionAndLoadsBack(t *testing.T) {
	s := newSubscriber(t)
	s.run("config", "init").want(t, ExitOK, "config init")
	data, err := os.ReadFile(s.cfg)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	actions := ui.KeyActions()
	for _, a := range actions {
		quoted := make([]string, len(a.Keys))
		for i, k := range a.Keys {
			quoted[i] = fmt.Sprintf("%q", k)
		}
		line := fmt.Sprintf("# %s = [%s]", a.Name, strings.Join(quoted, ", "))
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(line) + ` +# ` + regexp.QuoteMeta(a.Help) + `$`).MatchString(text) {
			t.Errorf("config init does not list %s as %q", a.Name, line)
		}
	}
	before, table, ok := strings.Cut(text, "# [keys]\n")
	if !ok {
		t.Fatalf("no [keys] table:\n%s", text)
	}
	table = regexp.MustCompile(`(?m)^# ([a-z0-9_]+ = \[)`).ReplaceAllString(table, "$1")
	if err := os.WriteFile(s.cfg, []byte(before+"[keys]\n"+table), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.LoadWithKeys(s.cfg, keyRules())
	if err != nil {
		t.Fatalf("uncommented, the file does not load: %v", err)
	}
	if len(cfg.Keys) != len(actions) {
		t.Errorf("%d actions bound, want %d", len(cfg.Keys), len(actions))
	}
	for _, a := range actions {
		if !slices.Equal(cfg.Keys[a.Name], a.Keys) {
			t.Errorf("%s: %q, want %q", a.Name, cfg.Keys[a.Name], a.Keys)
		}
	}
	s.run("feeds").want(t, ExitOK, "feeds") // through the session, as every command that reads the file
}

// A command that reads the config file (here feeds; the reader too)
// refuses a bad [keys] table, each problem at its line.
func TestBadKeysAreConfigErrors(t *testing.T) {
	s := newSubscriber(t)
	os.WriteFile(s.cfg, []byte(`theme = "dark"

[keys]
next_stroy = ["J"]
page_down = ["pagedown"]
prev_story = "j"
filter_apply = ["x"]
quit = ["shift+ctrl+q"]
`), 0o600)
	o := s.run("feeds")
	if o.code != ExitFailed {
		t.Fatalf("exit %d, want %d\n%s", o.code, ExitFailed, o.stderr)
	}
	for _, want := range []string{
		s.cfg + `:4: keys.next_stroy: unknown action (did you mean next_story?); known actions: up, down, `,
		s.cfg + `:5: keys.page_down: "pagedown" is no key name (did you mean pgdown?)`,
		s.cfg + `:6: keys.prev_story: "j" is already the key of down on the story screen; give prev_story another key, or give down other keys too`,
		s.cfg + `:7: keys.filter_apply: "x" is typed into the filter line`,
		s.cfg + `:8: keys.quit: "shift+ctrl+q" is written "ctrl+shift+q"`,
	} {
		if !strings.Contains(o.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, o.stderr)
		}
	}
}

func TestTheConfigsKeysReachTheReader(t *testing.T) {
	opts := readerOptionsOf(t, "[keys]\nnext_story = [\"J\", \"ctrl+n\"]\n", nil)
	if !slices.Equal(opts.Keys["next_story"], []string{"J", "ctrl+n"}) {
		t.Errorf("Options.Keys: %v", opts.Keys)
	}
}

// The README's [keys] example loads, and its errors are the ones it says.
func TestReadmeKeysExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(readme), "### Your own keys")
	_, example, _ := strings.Cut(section, "```toml\n")
	example, _, _ = strings.Cut(example, "```")
	cfg, err := config.LoadWithKeys(writeFile(t, example), keyRules())
	if err != nil || !slices.Equal(cfg.Keys["next_story"], []string{"J", "ctrl+n"}) || !slices.Equal(cfg.Keys["prev_story"], []string{"K"}) {
		t.Fatalf("the README's example: %v, %v\n%s", cfg, err, example)
	}
	for text, want := range map[string]string{
		"next_stroy = \"J\"":           `next_stroy: unknown action (did you mean next_story?)`,
		"links = \"pagedown\"":         `"pagedown" is no key name (did you mean pgdown?)`,
		"quit = \"shift+q\"":           `"shift+q" never arrives: `,
		"next_story = \"j\"":           `"j" is already the key of down on the story screen`,
		"filter_apply = \"x\"":         `"x" is typed into the filter line`,
		"filter_clear = \"backspace\"": `"backspace" edits the filter line`,
	} {
		_, err := config.LoadWithKeys(writeFile(t, "[keys]\n"+text+"\n"), keyRules())
		if err == nil || !strings.Contains(err.Error(), ":2: keys.") || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", text, err, want)
		}
	}
}

func writeFile(t *testing.T, text string) string {
	t.Helper()
	path := t.TempDir() + "/config.toml"
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
