package ui

// The user's own keys: the config file's [keys] table names actions (the
// bindings of KeyMap, by the names keyActions gives them) and the keys
// for each. The keys given replace the action's defaults. A key must be
// one Bubble Tea can report (tea.KeyPressMsg.String()), and no key may
// do two things on one screen: which bindings are live where is asked of
// forScreen, the same switch the reader runs, so the check cannot drift
// from the real key handling.

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/agnivade/levenshtein"

	"github.com/dateline-news/dateline/model"
)

// KeyAction is one action of the [keys] table.
type KeyAction struct {
	Name string   // as the table writes it: next_story
	Keys []string // its default keys
	Help string   // what it does
}

// KeyActions lists every action with its default keys, in the order of
// KeyMap.
func KeyActions() []KeyAction {
	k := DefaultKeyMap()
	var out []KeyAction
	for _, a := range keyActions() {
		b := a.binding(&k)
		out = append(out, KeyAction{Name: a.name, Keys: b.Keys(), Help: b.Help().Desc})
	}
	return out
}

// KeyError is one problem of a [keys] table: an action, or one of its
// keys, that KeyMapFrom refuses.
type KeyError struct {
	Action string // as written
	Key    string // as written; "" when the problem is the action's
	Msg    string
}

func (e *KeyError) Error() string {
	if e.Key == "" {
		return e.Action + ": " + e.Msg
	}
	return fmt.Sprintf("%s: %q %s", e.Action, e.Key, e.Msg)
}

// KeyMapFrom is the default key map with each action named in keys bound
// to the keys given instead of its defaults. The error joins a *KeyError
// for each unknown action, action without keys, key Bubble Tea never
// reports, and key that would do two things on one screen.
func KeyMapFrom(keys map[string][]string) (KeyMap, error) {
	k := DefaultKeyMap()
	if len(keys) == 0 {
		return k, nil
	}
	actions := keyActions()
	names := make([]string, len(actions))
	byName := map[string]keyAction{}
	for i, a := range actions {
		names[i] = a.name
		byName[a.name] = a
	}
	named := keyNames()
	var errs []error
	applied := map[string][]string{}
	for _, name := range slices.Sorted(maps.Keys(keys)) {
		a, ok := byName[name]
		if !ok {
			msg := "unknown action"
			if s := nearest(name, names); s != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", s)
			}
			errs = append(errs, &KeyError{Action: name, Msg: msg + "; `dateline config init` writes a file that lists them all"})
			continue
		}
		b := a.binding(&k)
		list := keys[name]
		if len(list) == 0 {
			errs = append(errs, &KeyError{Action: name, Msg: fmt.Sprintf("no keys; give one or more, such as [%s]", quoteKeys(b.Keys()))})
			continue
		}
		good := true
		for _, s := range list {
			switch msg := checkKeyName(s, named); {
			case s == "":
				errs = append(errs, &KeyError{Action: name, Msg: `"" ` + msg})
				good = false
			case msg != "":
				errs = append(errs, &KeyError{Action: name, Key: s, Msg: msg})
				good = false
			}
		}
		if good {
			list = slices.Compact(slices.Clone(list))
			*b = key.NewBinding(key.WithKeys(list...), key.WithHelp(keyLabel(list), b.Help().Desc))
			applied[name] = list
		}
	}
	// The actions refused keep their defaults while the others are
	// checked for clashes, so that every problem is told at once.
	errs = append(errs, k.clashes(applied)...)
	if len(errs) > 0 {
		return DefaultKeyMap(), errors.Join(errs...)
	}
	return k, nil
}

// keyState is one combination of what forScreen is told.
type keyState struct {
	s                               screen
	filtering, filtered, confirming bool
}

// keyStates is every combination forScreen can be called with, the ones
// the reader meets first first, so a clash is told where it is seen first.
func keyStates() []keyState {
	var out []keyState
	for _, confirming := range []bool{false, true} {
		for _, filtering := range []bool{false, true} {
			for _, filtered := range []bool{false, true} {
				for s := range screenCount {
					out = append(out, keyState{s, filtering, filtered, confirming})
				}
			}
		}
	}
	return out
}

// where says in words where a state is, for messages.
func (st keyState) where() string {
	switch {
	case st.s == screenList && st.confirming:
		return "the headline list while it asks to mark all read"
	case st.s == screenList && st.filtering:
		return "the filter line"
	case st.s == screenList && st.filtered:
		return "the headline list with a filter applied"
	}
	return map[screen]string{
		screenList:      "the headline list",
		screenDetail:    "the story screen",
		screenLinks:     "the links screen",
		screenSources:   "the sources screen",
		screenHelp:      "the help screen",
		screenFront:     "the front page",
		screenCountries: "the countries screen",
	}[st.s]
}

// sharedOnPurpose reports whether two actions have one key by design:
// space pages down a story, and at its end reads on.
func sharedOnPurpose(a, b string) bool {
	return a == "read_on" && b == "page_down" || a == "page_down" && b == "read_on"
}

// typing says whether the state's printable keys are text (the filter
// line has the keyboard).
func (st keyState) typing() bool { return st.s == screenList && st.filtering && !st.confirming }

// clashes finds the keys of k that would do two things on one screen, or
// that a line of text being typed needs, and blames them on the actions
// of keys (the user's) that brought them.
func (k KeyMap) clashes(keys map[string][]string) []error {
	actions := keyActions()
	editing := filterEditingKeys()
	seen := map[string]bool{}
	var errs []*KeyError
	for _, st := range keyStates() {
		m := k
		m.split = true // the split layout's keys are live on top of the rest
		m.forScreen(st.s, st.filtering, st.filtered, st.confirming)
		owner := map[string]string{} // key → the first live action with it
		for _, a := range actions {
			b := a.binding(&m)
			if !b.Enabled() {
				continue
			}
			_, mine := keys[a.name]
			for _, s := range b.Keys() {
				other, taken := owner[s]
				if !taken {
					owner[s] = a.name
				}
				var e *KeyError
				_, theirs := keys[other]
				switch {
				case taken && sharedOnPurpose(a.name, other):
				case taken && other != a.name && (mine || theirs):
					blame, by := a.name, other
					if !mine {
						blame, by = other, a.name
					}
					e = &KeyError{Action: blame, Key: s, Msg: fmt.Sprintf("is also the key of %s on %s; give one of them another key", by, st.where())}
					if _, both := keys[by]; !both {
						e.Msg = fmt.Sprintf("is already the key of %s on %s; give %s another key, or give %s other keys too", by, st.where(), blame, by)
					}
				case mine && st.typing() && isText(s):
					e = &KeyError{Action: a.name, Key: s, Msg: fmt.Sprintf("is typed into the filter line, where %s works too; use a key that types nothing, such as ctrl+%s", a.name, strings.ToLower(s))}
				case mine && st.typing() && editing[s] != "":
					e = &KeyError{Action: a.name, Key: s, Msg: fmt.Sprintf("edits the filter line (%s), where %s works too; use another key", editing[s], a.name)}
				}
				if e != nil && !seen[e.Action+"\x00"+e.Key] {
					seen[e.Action+"\x00"+e.Key] = true
					errs = append(errs, e)
				}
			}
		}
	}
	slices.SortStableFunc(errs, func(a, b *KeyError) int { return cmp.Compare(a.Action, b.Action) })
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return out
}

// filterEditingKeys are the keys the filter line's text input edits with
// (the list's own input, as built), each with what it does.
func filterEditingKeys() map[string]string {
	in := newListScreen(model.Everywhere(), false).input
	km := in.KeyMap
	out := map[string]string{}
	for what, b := range map[string]key.Binding{
		"cursor right": km.CharacterForward, "cursor left": km.CharacterBackward,
		"word right": km.WordForward, "word left": km.WordBackward,
		"delete word": km.DeleteWordBackward, "delete next word": km.DeleteWordForward,
		"delete to end": km.DeleteAfterCursor, "delete to start": km.DeleteBeforeCursor,
		"delete character": km.DeleteCharacterBackward, "delete next character": km.DeleteCharacterForward,
		"start of line": km.LineStart, "end of line": km.LineEnd, "paste": km.Paste,
	} {
		for _, s := range b.Keys() {
			out[s] = what
		}
	}
	if in.ShowSuggestions {
		for _, b := range []key.Binding{km.AcceptSuggestion, km.NextSuggestion, km.PrevSuggestion} {
			for _, s := range b.Keys() {
				out[s] = "suggestions"
			}
		}
	}
	return out
}

// modifierOrder is the modifiers in the order tea.Key.String writes them.
func modifierOrder() []string { return []string{"ctrl", "alt", "shift", "meta", "hyper", "super"} }

// keyNames is every name Bubble Tea gives a key that is not a character
// (enter, pgdown, f12...), read from Bubble Tea itself.
func keyNames() map[string]bool {
	names := map[string]bool{}
	for _, code := range []rune{tea.KeyTab, tea.KeyEnter, tea.KeyEscape, tea.KeyBackspace, tea.KeySpace} {
		names[tea.Key{Code: code}.Keystroke()] = true
	}
	for code := tea.KeyExtended + 1; ; code++ {
		s := tea.Key{Code: code}.Keystroke()
		if strings.ContainsRune(s, utf8.RuneError) || s == "" {
			break
		}
		names[s] = true
	}
	return names
}

// checkKeyName says why Bubble Tea never reports the key s, with the key
// meant if it can tell; "" if s is a key it reports. The reason reads
// after the key in quotes.
func checkKeyName(s string, named map[string]bool) string {
	if s == "" {
		return "is no key; write a key such as \"n\", \"ctrl+n\" or \"pgdown\""
	}
	base, mods := s, []string(nil)
	if i := strings.LastIndex(strings.TrimSuffix(s, "+"), "+"); i > 0 {
		base, mods = s[i+1:], strings.Split(s[:i], "+")
	}
	order := modifierOrder()
	for _, m := range mods {
		if !slices.Contains(order, m) {
			msg := fmt.Sprintf("has an unknown modifier, %q", m)
			if n := nearestWithin(strings.ToLower(m), order, 3); n != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", n)
			}
			return msg + "; the modifiers are " + strings.Join(order, ", ")
		}
	}
	sorted := slices.Clone(mods)
	slices.SortFunc(sorted, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
	sorted = slices.Compact(sorted)
	canonical := strings.Join(append(sorted, base), "+")
	char := utf8.RuneCountInString(base) == 1
	r, _ := utf8.DecodeRuneInString(base)
	switch {
	case named[base] || char && unicode.IsGraphic(r) && !unicode.IsSpace(r):
	case strings.TrimSpace(base) == "" && base != "":
		return fmt.Sprintf("is the space bar: write it %q", strings.Join(append(sorted, "space"), "+"))
	default:
		msg := "is no key name"
		if n := suggestKey(base, named); n != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", strings.Join(append(sorted, n), "+"))
		}
		return msg + "; write a character (n, N, ?) or a key such as enter, esc, tab, space, backspace, up, pgdown, home or f1, with modifiers such as ctrl+ or alt+ before it"
	}
	if canonical != s {
		return fmt.Sprintf("is written %q: modifiers come once each, in the order %s", canonical, strings.Join(order, "+"))
	}
	if char && len(mods) > 0 && unicode.IsUpper(r) {
		shifted := append(slices.Clone(sorted), "shift")
		slices.SortFunc(shifted, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
		shifted = append(slices.Compact(shifted), strings.ToLower(base))
		return fmt.Sprintf("never arrives: with a modifier a letter is lower case and shift is written out, %q", strings.Join(shifted, "+"))
	}
	if char && slices.Equal(mods, []string{"shift"}) {
		return fmt.Sprintf("never arrives: shift and a character arrive as the character typed; write %q", strings.ToUpper(base))
	}
	return ""
}

// suggestKey is the key name nearest to a name Bubble Tea does not use.
func suggestKey(s string, named map[string]bool) string {
	low := strings.ToLower(s)
	if named[low] {
		return low
	}
	alias := map[string]string{
		"pagedown": "pgdown", "pgdn": "pgdown", "pageup": "pgup", "escape": "esc",
		"return": "enter", "del": "delete", "ins": "insert", "bs": "backspace",
		"spacebar": "space", "↑": "up", "↓": "down", "←": "left", "→": "right",
	}
	if a, ok := alias[low]; ok {
		return a
	}
	return nearest(low, slices.Sorted(maps.Keys(named)))
}

// nearest is the known name nearest to s, for "did you mean": within one
// edit, or two for names longer than four letters.
func nearest(s string, known []string) string {
	if len(s) > 4 {
		return nearestWithin(s, known, 3)
	}
	return nearestWithin(s, known, 2)
}

// nearestWithin is the known name nearest to s, fewer than maxD edits
// away.
func nearestWithin(s string, known []string, maxD int) string {
	best, bestD := "", maxD
	for _, k := range known {
		if d := levenshtein.ComputeDistance(s, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// isText says whether a key types text (a character, or the space bar).
func isText(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return s == "space" || size == len(s) && unicode.IsGraphic(r)
}

// keyLabel is how help shows keys: arrows as arrows, apart by "/" unless
// "/" is one of them.
func keyLabel(keys []string) string {
	shown := make([]string, len(keys))
	for i, s := range keys {
		shown[i] = keyShown(s)
	}
	if slices.ContainsFunc(keys, func(s string) bool { return strings.Contains(s, "/") }) {
		return strings.Join(shown, " ")
	}
	return strings.Join(shown, "/")
}

// keyShown is how a key is written on screen.
func keyShown(s string) string {
	switch s {
	case "up":
		return "↑"
	case "down":
		return "↓"
	case "left":
		return "←"
	case "right":
		return "→"
	case "pgdown":
		return "pgdn"
	}
	return s
}

// keyOf is b's first key as shown on screen, for telling the user which
// key to press.
func keyOf(b key.Binding) string {
	if keys := b.Keys(); len(keys) > 0 {
		return keyShown(keys[0])
	}
	return ""
}

func quoteKeys(keys []string) string {
	q := make([]string, len(keys))
	for i, s := range keys {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}
