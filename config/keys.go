package config

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// KeyRules is what the config file needs to know of the reader's keys:
// its actions, to check the [keys] table and to list them in the starter
// file, and the check of the keys given. The reader owns both (package
// ui: KeyActions, KeyMapFrom) and the session is handed them by the
// command line, so that the actions are defined in one place; config
// names none itself. The zero KeyRules checks only the table's shape.
type KeyRules struct {
	// Actions are every action with its default keys, in the order the
	// starter file lists them.
	Actions []KeyAction
	// Check returns the problems of bindings whose actions are all in
	// Actions: keys the reader never receives, a key that would do two
	// things on one screen. Nil checks nothing.
	Check func(bindings map[string][]string) []KeyProblem
}

// KeyAction is an action of the reader a key can be bound to.
type KeyAction struct {
	Name string   // next_story
	Keys []string // its default keys
	Help string   // what it does
}

// KeyProblem is what is wrong with an action's keys, or with one of them.
type KeyProblem struct {
	Action string
	Key    string // the key as written; "" when the problem is the action's
	Msg    string // reads after the key in quotes
}

// keys reads the [keys] table: each action to a key or a list of keys.
func (c *checker) keys(raw map[string]any) map[string][]string {
	if len(raw) == 0 {
		return nil
	}
	at := func(action string) (int, string) {
		line := c.lay.keyLine("keys", 0, action)
		if s := c.lay.table("keys."+action, 0); line == 0 && s != nil {
			line = s.line // [keys.down]
		}
		return line, "keys." + action
	}
	var known []string
	for _, a := range c.rules.Actions {
		known = append(known, a.Name)
	}
	out := map[string][]string{}
	for _, action := range slices.Sorted(maps.Keys(raw)) {
		line, key := at(action)
		if known != nil && !slices.Contains(known, action) {
			msg := "unknown action"
			if s := closest(action, known); s != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", s)
			}
			c.fail(line, key, "%s; known actions: %s", msg, strings.Join(known, ", "))
			continue
		}
		var list []string
		switch v := raw[action].(type) {
		case string:
			list = []string{v}
		case []any:
			list = []string{}
			for _, k := range v {
				s, ok := k.(string)
				if !ok {
					list = nil
					break
				}
				list = append(list, s)
			}
			if list == nil {
				c.fail(line, key, "expected keys in quotes, such as [\"n\", \"ctrl+n\"]")
				continue
			}
		default:
			c.fail(line, key, "expected a key in quotes or a list of them, such as [\"n\", \"ctrl+n\"]")
			continue
		}
		out[action] = list
	}
	if c.rules.Check == nil {
		return out
	}
	for _, p := range c.rules.Check(out) {
		line, key := at(p.Action)
		if p.Key == "" {
			c.fail(line, key, "%s", p.Msg)
		} else {
			c.fail(line, key, "%q %s", p.Key, p.Msg)
		}
	}
	return out
}

// keysSection is the starter file's [keys] table: every action with its
// default keys, commented out.
func keysSection(rules KeyRules) string {
	if len(rules.Actions) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`
# Your own keys: each action with the keys it answers to. The keys given
# replace the action's defaults (below). A key is a character ("n", "N",
# "?") or a key's name (enter, esc, tab, space, backspace, up, down,
# left, right, pgup, pgdown, home, end, f1...), with modifiers before it
# (ctrl+n, alt+j, shift+tab). A key may not do two things on one screen;
# help and the footer show the keys you give.
# [keys]
`)
	lines := make([]string, len(rules.Actions))
	width := 0
	for i, a := range rules.Actions {
		q := make([]string, len(a.Keys))
		for j, k := range a.Keys {
			q[j] = fmt.Sprintf("%q", k)
		}
		lines[i] = fmt.Sprintf("# %s = [%s]", a.Name, strings.Join(q, ", "))
		width = max(width, len(lines[i]))
	}
	for i, a := range rules.Actions {
		fmt.Fprintf(&b, "%-*s  # %s\n", width, lines[i], a.Help)
	}
	return b.String()
}
