package ui

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Every key.Binding of KeyMap (arrays of them included) has exactly one
// line in keyActions, so a binding added later cannot be forgotten by the
// [keys] table, the clash check or `config init`.
func TestEveryBindingHasAnAction(t *testing.T) {
	var k KeyMap
	owner := map[uintptr]string{}
	names := map[string]bool{}
	snake := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	for _, a := range keyActions() {
		if !snake.MatchString(a.name) || names[a.name] {
			t.Errorf("action %q: names are lower_snake_case and unique", a.name)
		}
		names[a.name] = true
		p := reflect.ValueOf(a.binding(&k)).Pointer()
		if other, dup := owner[p]; dup {
			t.Errorf("actions %s and %s are the same binding", other, a.name)
		}
		owner[p] = a.name
	}
	binding := reflect.TypeFor[key.Binding]()
	v := reflect.ValueOf(&k).Elem()
	for i, f := range reflect.VisibleFields(v.Type()) {
		fv := v.Field(i)
		switch {
		case f.Type == binding:
			if _, ok := owner[fv.Addr().Pointer()]; !ok {
				t.Errorf("KeyMap.%s has no line in keyActions: add one, so the [keys] table can bind it", f.Name)
			}
		case f.Type.Kind() == reflect.Array && f.Type.Elem() == binding:
			for j := range fv.Len() {
				if _, ok := owner[fv.Index(j).Addr().Pointer()]; !ok {
					t.Errorf("KeyMap.%s[%d] has no line in keyActions", f.Name, j)
				}
			}
		case f.Type.Kind() == reflect.Slice || f.Type.Kind() == reflect.Map:
			t.Errorf("KeyMap.%s: bindings in a slice or map are beyond keyActions and this test", f.Name)
		}
	}
}

// The defaults, given as if the user wrote them all, pass every check:
// their names are keys Bubble Tea reports, and no two live bindings of
// any screen share a key. A binding added with a key that another uses on
// the same screen fails here.
func TestDefaultKeysClashNowhere(t *testing.T) {
	all := map[string][]string{}
	for _, a := range KeyActions() {
		if len(a.Keys) == 0 || a.Help == "" {
			t.Errorf("%s: no default keys or no help", a.Name)
		}
		all[a.Name] = a.Keys
	}
	if _, err := KeyMapFrom(all); err != nil {
		t.Fatalf("the defaults are refused:\n%v", err)
	}
}

// keyErrors runs KeyMapFrom and returns its problems as text, one a line.
func keyErrors(t *testing.T, keys map[string][]string) string {
	t.Helper()
	_, err := KeyMapFrom(keys)
	if err == nil {
		return ""
	}
	var ke *KeyError
	if !errors.As(err, &ke) {
		t.Fatalf("not a *KeyError: %v", err)
	}
	return err.Error()
}

func TestKeyMapFromRefuses(t *testing.T) {
	tests := []struct {
		name string
		keys map[string][]string
		want string
	}{
		{"unknown action", map[string][]string{"next_stroy": {"J"}}, `next_stroy: unknown action (did you mean next_story?)`},
		{"no keys", map[string][]string{"quit": {}}, `quit: no keys; give one or more, such as ["q"]`},
		{"empty key", map[string][]string{"quit": {""}}, `quit: "" is no key`},
		{"empty key beside a good one", map[string][]string{"quit": {"Q", ""}}, `quit: "" is no key`},
		{"key name in capitals", map[string][]string{"open": {"Enter"}}, `open: "Enter" is no key name (did you mean enter?)`},
		{"page down spelt out", map[string][]string{"page_down": {"pagedown"}}, `(did you mean pgdown?)`},
		{"near a key name", map[string][]string{"page_down": {"pgdonw"}}, `(did you mean pgdown?)`},
		{"a word", map[string][]string{"quit": {"quitt"}}, `quit: "quitt" is no key name`},
		{"a space", map[string][]string{"page_down": {" "}}, `" " is the space bar: write it "space"`},
		{"unknown modifier", map[string][]string{"quit": {"cmd+q"}}, `"cmd+q" has an unknown modifier, "cmd"`},
		{"modifier misspelt", map[string][]string{"quit": {"crtl+q"}}, `has an unknown modifier, "crtl" (did you mean ctrl?)`},
		{"modifiers out of order", map[string][]string{"quit": {"shift+ctrl+q"}}, `"shift+ctrl+q" is written "ctrl+shift+q"`},
		{"shift and a letter", map[string][]string{"quit": {"shift+q"}}, `"shift+q" never arrives: shift and a character arrive as the character typed; write "Q"`},
		{"a capital with ctrl", map[string][]string{"quit": {"ctrl+Q"}}, `"ctrl+Q" never arrives: with a modifier a letter is lower case and shift is written out, "ctrl+shift+q"`},
		{"a clash with a default", map[string][]string{"next_story": {"j"}},
			`next_story: "j" is already the key of down on the story screen; give next_story another key, or give down other keys too`},
		{"a clash of two of the user's", map[string][]string{"next_story": {"J"}, "prev_story": {"J"}},
			`"J" is also the key of`},
		{"a clash on the list only", map[string][]string{"unread_only": {"n"}, "next_story": {"u"}},
			"",
		},
		{"text on the filter line", map[string][]string{"filter_apply": {"x"}}, `filter_apply: "x" is typed into the filter line`},
		{"the space bar on the filter line", map[string][]string{"filter_apply": {"space"}}, `is typed into the filter line`},
		{"an editing key on the filter line", map[string][]string{"filter_clear": {"backspace"}}, `filter_clear: "backspace" edits the filter line (delete character)`},
		{"a question's answer is no clash", map[string][]string{"mark_all_read": {"Y"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := keyErrors(t, tt.keys)
			switch {
			case tt.want == "" && got != "":
				t.Errorf("refused: %s", got)
			case tt.want != "" && !strings.Contains(got, tt.want):
				t.Errorf("got  %q\nwant %q in it", got, tt.want)
			}
		})
	}
}

func TestKeyMapFromAcceptsWhatBubbleTeaReports(t *testing.T) {
	// Keys as Bubble Tea reports them: KeyPressMsg.String() of real keys.
	reported := []tea.Key{
		{Code: 'n', Mod: tea.ModCtrl}, {Code: 'j', Mod: tea.ModAlt}, {Code: 'x', Mod: tea.ModCtrl | tea.ModShift},
		{Code: tea.KeyF5}, {Code: tea.KeyPgDown}, {Code: tea.KeyTab, Mod: tea.ModShift},
		{Code: 'J', Text: "J"}, {Code: 'é', Text: "é"}, {Code: '+', Text: "+"}, {Code: '+', Mod: tea.ModCtrl},
		{Code: tea.KeySpace, Text: " ", Mod: tea.ModCtrl}, {Code: tea.KeyDelete}, {Code: tea.KeyInsert},
	}
	named := keyNames()
	for _, k := range reported {
		s := tea.KeyPressMsg(k).String()
		if msg := checkKeyName(s, named); msg != "" {
			t.Errorf("%q (reported by Bubble Tea) refused: %s", s, msg)
		}
	}
}

// newKeysApp is newTestApp with the user's keys.
func newKeysApp(t *testing.T, keys map[string][]string) App {
	t.Helper()
	return newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Keys = keys })
}

func TestRemappedKeyWorksAndTheDefaultNoLonger(t *testing.T) {
	a := newKeysApp(t, map[string][]string{"next_story": {"J", "ctrl+n"}, "down": {"ctrl+j"}})
	a = press(t, a, "enter")
	first := a.story.story.Title
	b := press(t, a, "n")
	if b.story.story.Title != first {
		t.Errorf("n (the default, remapped) still moved to %q", b.story.story.Title)
	}
	b = press(t, a, "J")
	if b.story.story.Title == first || b.story.story.Title != sampleStories()[1].Title {
		t.Errorf("J (the user's) did not move to the next story: %q", b.story.story.Title)
	}
	b = send(t, a, tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	if b.story.story.Title != sampleStories()[1].Title {
		t.Errorf("ctrl+n (the user's second key) did not move to the next story: %q", b.story.story.Title)
	}

	l := newKeysApp(t, map[string][]string{"down": {"ctrl+j"}})
	if press(t, l, "j").list.cursor != 0 {
		t.Errorf("j (the default, remapped) still moves down")
	}
	if send(t, l, tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl}).list.cursor != 1 {
		t.Errorf("ctrl+j (the user's) does not move down")
	}
}

func TestHelpAndFooterShowTheUsersKeys(t *testing.T) {
	a := newKeysApp(t, map[string][]string{
		"next_story": {"J"}, "prev_story": {"K"}, "open_link": {"O"}, "filter": {"ctrl+f", "/"},
		"help": {"H", "?"}, "open": {"right", "enter"},
	})
	list := lastLine(t, a)
	if !strings.Contains(list, "ctrl+f filter") || !strings.Contains(list, "→ open") || !strings.Contains(list, "H help") || strings.Contains(list, "H/?") ||
		strings.Contains(list, "/ filter") || strings.Contains(list, "? help") {
		t.Errorf("list footer: %q", list)
	}
	story := lastLine(t, press(t, a, "enter"))
	if !strings.Contains(story, "J/K next/prev") || !strings.Contains(story, "O browser") || strings.Contains(story, "n/p") {
		t.Errorf("story footer: %q", story)
	}
	help := screenText(press(t, a, "H"))
	for _, want := range []string{"J +next story", "K +previous story", "O +open in browser", `ctrl\+f / +filter`, "→/enter +open", `H/\? +help`, `Filter: ctrl\+f then words`, "esc or H to close"} {
		if !regexp.MustCompile(want).MatchString(help) {
			t.Errorf("help lacks %q:\n%s", want, help)
		}
	}
	for _, gone := range []string{"n +next story", "p +previous story", `(?m)^\? +help`} {
		if regexp.MustCompile(gone).MatchString(help) {
			t.Errorf("help still shows the default %q", gone)
		}
	}
}

func TestRefusedKeysLeaveTheDefaultsAndSaySo(t *testing.T) {
	a := newKeysApp(t, map[string][]string{"next_story": {"pagedown"}})
	if !strings.Contains(lastLine(t, a), "Default keys: next_story") {
		t.Errorf("footer: %q", lastLine(t, a))
	}
	a = press(t, a, "enter", "n")
	if a.story.story.Title != sampleStories()[1].Title {
		t.Errorf("n does not work with the defaults: %q", a.story.story.Title)
	}
}

// BenchmarkKeyMapFromEveryAction is the start-up cost of a [keys] table
// that binds every action (checked once by config, once by the reader).
func BenchmarkKeyMapFromEveryAction(b *testing.B) {
	all := map[string][]string{}
	for _, a := range KeyActions() {
		all[a.Name] = a.Keys
	}
	for b.Loop() {
		if _, err := KeyMapFrom(all); err != nil {
			b.Fatal(err)
		}
	}
}
