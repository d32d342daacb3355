package config

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/pelletier/go-toml/v2/unstable"
)

// layout is where things are in a config file's text: each table header
// and each key, by byte offset and line. go-toml's decoder gives positions
// only in its own errors, so the checks that run after decoding look their
// lines up here, and the edits use it to find a feed's table.
type layout struct {
	lineStarts []int     // offset of the start of each line
	sections   []section // sections[0] is the root table
}

// section is a table: the root, a [table] or a [[table]], with the keys
// written directly in it.
type section struct {
	parts []string // header key; nil for the root
	array bool     // [[...]]
	index int      // from 1 among the [[...]] tables of the same name
	line  int      // of the header; 0 for the root
	start int      // offset of the start of the header's line
	end   int      // offset just past its header or its last key-value
	keys  []keyPos
}

// keyPos is a key-value of a section.
type keyPos struct {
	parts      []string // a dotted key has several
	line       int      // of the key
	start, end int      // offsets of the key-value, value included
}

func (s *section) name() string { return strings.Join(s.parts, ".") }

// parseLayout reads the layout of a document. It fails only on invalid
// TOML, which the decoder has reported by then.
func parseLayout(data []byte) (*layout, error) {
	l := &layout{lineStarts: []int{0}, sections: []section{{}}}
	for i, c := range data {
		if c == '\n' {
			l.lineStarts = append(l.lineStarts, i+1)
		}
	}
	counts := map[string]int{}
	var p unstable.Parser
	p.Reset(data)
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			parts, first, last := keyParts(e)
			s := section{parts: parts, array: e.Kind == unstable.ArrayTable, line: l.lineOf(first)}
			s.start = l.lineStarts[s.line-1]
			s.end = headerEnd(data, last)
			if s.array {
				counts[s.name()]++
				s.index = counts[s.name()]
			}
			l.sections = append(l.sections, s)
		case unstable.KeyValue:
			parts, first, _ := keyParts(e)
			s := &l.sections[len(l.sections)-1]
			end := int(e.Raw.Offset + e.Raw.Length)
			s.keys = append(s.keys, keyPos{parts: parts, line: l.lineOf(first), start: first, end: end})
			s.end = max(s.end, end)
		}
	}
	return l, p.Error()
}

// keyParts returns the parts of an expression's key and the offsets of its
// first byte and of the end of its last part.
func keyParts(e *unstable.Node) (parts []string, first, last int) {
	it := e.Key()
	for it.Next() {
		n := it.Node()
		if len(parts) == 0 {
			first = int(n.Raw.Offset)
		}
		last = int(n.Raw.Offset + n.Raw.Length)
		parts = append(parts, string(n.Data))
	}
	return parts, first, last
}

// headerEnd is the offset past a header's closing brackets, found after
// the end of its key (a quoted key may hold a "]").
func headerEnd(data []byte, keyEnd int) int {
	i := keyEnd
	for i < len(data) && (data[i] == ']' || data[i] == ' ' || data[i] == '\t') {
		i++
	}
	return i
}

// lineOf is the line, from 1, of an offset.
func (l *layout) lineOf(off int) int {
	return sort.Search(len(l.lineStarts), func(i int) bool { return l.lineStarts[i] > off })
}

// lineEnd is the offset past the newline of the line holding off, or the
// length of the document on its last line.
func (l *layout) lineEnd(off, size int) int {
	line := l.lineOf(off)
	if line < len(l.lineStarts) {
		return l.lineStarts[line]
	}
	return size
}

// sectionAt is the section a line belongs to.
func (l *layout) sectionAt(line int) *section {
	for i := len(l.sections) - 1; i > 0; i-- {
		if l.sections[i].line <= line {
			return &l.sections[i]
		}
	}
	return &l.sections[0]
}

// table is the index-th (from 1) [[name]] table, or the [name] table when
// index is 0; nil if there is none.
func (l *layout) table(name string, index int) *section {
	for i := range l.sections {
		s := &l.sections[i]
		if s.name() == name && s.index == index {
			return s
		}
	}
	return nil
}

// keyLine is the line of key in the table name[index] (index 0: a plain
// table, "" the root), else the table's header line, else the line where a
// whole array of inline tables is written (feed = [...]), else 0.
func (l *layout) keyLine(name string, index int, key string) int {
	if s := l.table(name, index); s != nil {
		for _, k := range s.keys {
			if strings.Join(k.parts, ".") == key {
				return k.line
			}
		}
		return s.line
	}
	for _, k := range l.sections[0].keys {
		if len(k.parts) == 1 && k.parts[0] == name {
			return k.line
		}
	}
	return 0
}

// qualify writes a key path as messages show it, with the index of each
// [[table]] in it: ["feed", "regoin"] on a line of the second [[feed]] is
// "feed[2].regoin". A key inside an inline table has no path of its own
// in go-toml's errors; the key-value around it gives the rest, so path
// may be longer than key.
func (l *layout) qualify(key []string, line int) (path []string, shown string) {
	path = key
	s := l.sectionAt(line)
	if hasPrefix(key, s.parts) {
		rest := key[len(s.parts):]
		for _, k := range s.keys {
			if k.line <= line && line <= l.lineOf(k.end) && len(rest) > 0 && rest[0] != k.parts[0] {
				path = slices.Concat(s.parts, k.parts, rest)
			}
		}
	}
	var b strings.Builder
	for i, part := range path {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part)
		if n := l.arrayIndex(path[:i+1], line); n > 0 {
			fmt.Fprintf(&b, "[%d]", n)
		}
	}
	return path, b.String()
}

// arrayIndex is the index of the [[table]] named parts that a line is in
// or under, 0 if none.
func (l *layout) arrayIndex(parts []string, line int) int {
	n := 0
	for _, s := range l.sections {
		if s.array && s.line <= line && slices.Equal(s.parts, parts) {
			n = s.index
		}
	}
	return n
}

func hasPrefix(key, prefix []string) bool {
	return len(key) >= len(prefix) && slices.Equal(key[:len(prefix)], prefix)
}

// The schema is read from the raw types' toml tags, so the keys named in
// messages are always the keys the decoder knows.

// tomlKeys lists the keys of a raw table type in declaration order,
// leaving out those tagged hidden:"" (keys that exist only to be refused
// with a better message than "unknown key").
func tomlKeys(t reflect.Type) []string {
	var keys []string
	for f := range t.Fields() {
		if _, hidden := f.Tag.Lookup("hidden"); !hidden {
			keys = append(keys, f.Tag.Get("toml"))
		}
	}
	return keys
}

// field returns the type of key in table type t, with pointers and slices
// of tables taken off to give the table's type.
func field(t reflect.Type, key string) (reflect.StructField, bool) {
	for f := range t.Fields() {
		if f.Tag.Get("toml") == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// tableOf is the struct type a field holds (through a pointer or a
// slice), or nil for a value.
func tableOf(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		return t
	}
	return nil
}

// unknownKey explains a key the decoder found no field for. path is the
// whole key; the message is about its first part the schema does not
// know.
func unknownKey(path []string) (depth int, msg string) {
	t := reflect.TypeFor[rawConfig]()
	for i, part := range path {
		f, ok := field(t, part)
		if !ok {
			known := tomlKeys(t)
			msg = "unknown key"
			if s := closest(part, known); s != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", s)
			}
			return i + 1, msg + "; known keys: " + strings.Join(known, ", ")
		}
		if t = tableOf(f.Type); t == nil {
			return i + 1, "is a value, not a table; write " + part + " = ..."
		}
	}
	return len(path), "unknown key"
}

// expected says what a key's value should look like, for a value of the
// wrong type.
func expected(path []string) string {
	t := reflect.TypeFor[rawConfig]()
	var f reflect.StructField
	for _, part := range path {
		if t == nil {
			return ""
		}
		var ok bool
		if f, ok = field(t, part); !ok {
			return ""
		}
		t = tableOf(f.Type)
	}
	if len(path) == 0 {
		return ""
	}
	key := path[len(path)-1]
	ft := f.Type
	if ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	switch {
	case ft.Kind() == reflect.Map:
		return fmt.Sprintf("a table: a line [%s] with its keys below it", key)
	case ft.Kind() == reflect.Slice && t != nil:
		return fmt.Sprintf("tables, each starting with a line [[%s]]", key)
	case t != nil:
		return fmt.Sprintf("a table: a line [%s] with its keys below it", key)
	case ft.Kind() == reflect.Slice:
		return `a list of strings, such as ["world", "politics"]`
	case ft.Kind() == reflect.String:
		return "a string in quotes"
	case ft.Kind() == reflect.Int:
		return "a whole number"
	case ft.Kind() == reflect.Bool:
		return "true or false"
	}
	return ""
}

// closest is the known key nearest to key, for "did you mean": within
// one edit, or two for keys longer than four letters (auth is not path).
func closest(key string, known []string) string {
	best, bestD := "", 2
	if len(key) > 4 {
		bestD = 3
	}
	for _, k := range known {
		if d := levenshtein.ComputeDistance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}
