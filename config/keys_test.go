package config

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// testKeyRules stand for the reader's (cli gives ui's; the cli tests run
// those): four actions; "pagedown" is no key name, and j is down's.
func testKeyRules() KeyRules {
	return KeyRules{
		Actions: []KeyAction{
			{Name: "up", Keys: []string{"k", "up"}, Help: "up"},
			{Name: "down", Keys: []string{"j", "down"}, Help: "down"},
			{Name: "next_story", Keys: []string{"n"}, Help: "next story"},
			{Name: "link_1", Keys: []string{"1"}, Help: "link 1"},
		},
		Check: func(keys map[string][]string) []KeyProblem {
			var out []KeyProblem
			for _, action := range slices.Sorted(maps.Keys(keys)) {
				for _, k := range keys[action] {
					switch {
					case k == "pagedown":
						out = append(out, KeyProblem{Action: action, Key: k, Msg: "is no key name (did you mean pgdown?)"})
					case k == "j" && action != "down":
						out = append(out, KeyProblem{Action: action, Key: k, Msg: "is already the key of down on the story screen"})
					}
				}
				if len(keys[action]) == 0 {
					out = append(out, KeyProblem{Action: action, Msg: "no keys"})
				}
			}
			return out
		},
	}
}

func TestKeysTableErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		key, msg   string
	}{
		{"unknown action", "theme = \"dark\"\n[keys]\nup = [\"k\"]\nnext_stroy = [\"J\"]\n", 4, "keys.next_stroy",
			"unknown action (did you mean next_story?); known actions: up, down, next_story, link_1"},
		{"unknown action far from any", "[keys]\nfly = \"f\"\n", 2, "keys.fly", "unknown action; known actions: up"},
		{"unknown key name", "[keys]\n\nnext_story = [\"J\", \"pagedown\"]\n", 3, "keys.next_story", `"pagedown" is no key name (did you mean pgdown?)`},
		{"a key on two actions", "[keys]\nnext_story = \"j\"\n", 2, "keys.next_story", `"j" is already the key of down on the story screen`},
		{"no keys", "[keys]\ndown = []\n", 2, "keys.down", "no keys"},
		{"a number", "[keys]\ndown = 3\n", 2, "keys.down", `expected a key in quotes or a list of them, such as ["n", "ctrl+n"]`},
		{"a number in the list", "[keys]\ndown = [\"j\", 3]\n", 2, "keys.down", `expected keys in quotes`},
		{"a table", "[keys.down]\nkey = \"j\"\n", 1, "keys.down", "expected a key in quotes or a list of them"},
		{"keys not a table", "keys = \"vim\"\n", 1, "keys", "expected a table: a line [keys] with its keys below it"},
		{"double-bracket keys", "[[keys]]\ndown = \"j\"\n", 1, "keys", "write [keys] with single brackets"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.text)
			_, err := LoadWithKeys(path, testKeyRules())
			if err == nil {
				t.Fatal("no error")
			}
			want := fmt.Sprintf("%s:%d: %s: ", path, tt.line, tt.key)
			first := strings.SplitN(err.Error(), "\n", 2)[0]
			if !strings.HasPrefix(first, want) || !strings.Contains(first, tt.msg) {
				t.Errorf("error:\n%s\nwant it to start with %q and hold %q", err, want, tt.msg)
			}
			var ce *Error
			if !errors.As(err, &ce) || ce.Line != tt.line || ce.Key != tt.key {
				t.Errorf("errors.As *Error: %+v", ce)
			}
		})
	}
}

func TestKeysProblemsComeWithTheOthers(t *testing.T) {
	path := writeConfig(t, "theme = \"blue\"\n[keys]\ndown = [\"j\"]\nnxt = \"x\"\nnext_story = \"j\"\n")
	_, err := LoadWithKeys(path, testKeyRules())
	lines := strings.Split(fmt.Sprint(err), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], ":1: theme") || !strings.Contains(lines[1], ":4: keys.nxt") || !strings.Contains(lines[2], ":5: keys.next_story") {
		t.Errorf("errors:\n%v", err)
	}
}

func TestKeysTableLoads(t *testing.T) {
	path := writeConfig(t, "[keys]\nnext_story = [\"J\", \"ctrl+n\"]\ndown = \"ctrl+j\"\n")
	cfg, err := LoadWithKeys(path, testKeyRules())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"next_story": {"J", "ctrl+n"}, "down": {"ctrl+j"}}
	if !maps.EqualFunc(cfg.Keys, want, slices.Equal) {
		t.Errorf("keys: %v, want %v", cfg.Keys, want)
	}
	inline, err := LoadWithKeys(writeConfig(t, "keys = {down = \"x\"}\n"), testKeyRules())
	if err != nil || !slices.Equal(inline.Keys["down"], []string{"x"}) {
		t.Errorf("inline table: %v, %v", inline.Keys, err)
	}
	none, err := LoadWithKeys(writeConfig(t, "theme = \"dark\"\n"), testKeyRules())
	if err != nil || none.Keys != nil {
		t.Errorf("no [keys]: %v, %v", none.Keys, err)
	}
}

// Without the reader's rules (config.Edit checks the file that way) only
// the table's shape is checked.
func TestKeysWithoutRulesCheckTheShape(t *testing.T) {
	if _, err := Load(writeConfig(t, "[keys]\nanything = [\"x\"]\n")); err != nil {
		t.Errorf("refused: %v", err)
	}
	if _, err := Load(writeConfig(t, "[keys]\nanything = 1\n")); err == nil || !strings.Contains(err.Error(), ":2: keys.anything: expected a key") {
		t.Errorf("not refused: %v", err)
	}
}

// The starter lists every action with its default keys, commented out;
// uncommented, each line binds its action to its defaults and loads.
func TestStarterListsEveryAction(t *testing.T) {
	rules := testKeyRules()
	text := Starter(rules)
	for _, a := range rules.Actions {
		line := regexp.MustCompile(`(?m)^# ` + a.Name + ` = \[(.*)\] +# ` + regexp.QuoteMeta(a.Help) + `$`).FindStringSubmatch(text)
		if line == nil {
			t.Errorf("no line for %s:\n%s", a.Name, text)
			continue
		}
		if want := `"` + strings.Join(a.Keys, `", "`) + `"`; line[1] != want {
			t.Errorf("%s: keys %s, want %s", a.Name, line[1], want)
		}
	}
	cfg, err := parseWithKeys("starter.toml", []byte(text), rules)
	if err != nil || cfg.Keys != nil {
		t.Fatalf("as written: %v, %v", cfg, err)
	}
	before, table, ok := strings.Cut(text, "# [keys]\n")
	if !ok {
		t.Fatalf("no [keys] table:\n%s", text)
	}
	uncommented := before + "[keys]\n" + regexp.MustCompile(`(?m)^# ([a-z0-9_]+ = \[)`).ReplaceAllString(table, "$1")
	cfg, err = parseWithKeys("starter.toml", []byte(uncommented), rules)
	if err != nil {
		t.Fatalf("uncommented: %v\n%s", err, uncommented)
	}
	for _, a := range rules.Actions {
		if !slices.Equal(cfg.Keys[a.Name], a.Keys) {
			t.Errorf("%s: %v, want %v", a.Name, cfg.Keys[a.Name], a.Keys)
		}
	}
}
