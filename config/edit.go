package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
)

// ErrDuplicate is what AddFeed's refusal of a feed already there wraps.
var ErrDuplicate = errors.New("already subscribed")

// Doc is the text of a config file being edited in Edit, and what it
// says. Each change is checked as Load would check it before it is made,
// against the file and the changes before it, so several changes in one
// Doc compose; a change that would leave a file dateline cannot load is
// refused, and the Doc stays as it was.
type Doc struct {
	path  string // the file, symbolic links followed
	shown string // path as messages show it
	found bool   // false when there was no file
	bom   []byte // a byte-order mark the text started with, kept apart
	data  []byte // the text, without bom
	cfg   *Config

	// Feeds added since data was last parsed, and their tables, written
	// into data in one go (flush) before any other change and before the
	// file is written: parsing the whole text again after each of a
	// thousand added feeds took seconds.
	added     []Feed
	block     bytes.Buffer // their tables, in order
	addAt     int          // where the block goes in data
	addPrefix string       // what goes between data[:addAt] and the block
	nl        string       // the file's line ending
	nextLine  int          // the line the next table's header will be on

	// The feeds of cfg and added by lower-case name and by sourceKey,
	// for AddFeed's duplicate checks; nil until the first AddFeed.
	names, sources map[string]Feed
}

// readDoc reads the config file at path to edit it. A missing file is an
// empty one.
func readDoc(path string) (*Doc, error) {
	d := &Doc{path: path, shown: displayPath(path), found: true}
	data, err := readFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		d.found, d.cfg = false, Default()
		return d, nil
	}
	if err != nil {
		return nil, err
	}
	if d.cfg, err = parse(path, data); err != nil {
		return nil, fmt.Errorf("fix the config file first:\n%w", err)
	}
	if rest, ok := bytes.CutPrefix(data, []byte(utf8BOM)); ok {
		d.bom, data = []byte(utf8BOM), rest
	}
	d.data = data
	return d, nil
}

// Feeds are the feeds of the file as the changes so far leave it, in file
// order.
func (d *Doc) Feeds() []Feed {
	return slices.Concat(d.cfg.Feeds, d.added)
}

// text is the whole file as it would be written, every change made.
func (d *Doc) text() ([]byte, error) {
	if err := d.flush(); err != nil {
		return nil, err
	}
	return append(append([]byte(nil), d.bom...), d.data...), nil
}

// set takes an edited text, once it loads with the number of feeds the
// edit meant: an edit that would leave a file dateline cannot load is a
// bug, and the user's file must not pay for it.
func (d *Doc) set(data []byte, feeds int) error {
	cfg, err := parse(d.path, data)
	if err == nil && len(cfg.Feeds) != feeds {
		err = fmt.Errorf("%d feeds instead of %d", len(cfg.Feeds), feeds)
	}
	if err != nil {
		return d.editBug(err)
	}
	d.data, d.cfg = data, cfg
	d.added, d.names, d.sources = nil, nil, nil
	d.block.Reset()
	return nil
}

func (d *Doc) editBug(err error) error {
	return fmt.Errorf("dateline could not edit %s safely and left it as it was; please report this bug: %w", d.shown, err)
}

// AddFeed appends f to the file as a [[feed]] table after the last one.
// The rest of the text, comments included, is kept as it is. f is checked
// as Load would check it; its Path must be absolute or start with "~",
// since a relative path in the file is relative to the file's folder, not
// to the user's working folder. Its Region may be an alias: the file gets
// the canonical name. A feed with the same name, URL or path as one
// already there, added in this Doc or before, is refused with an error
// wrapping ErrDuplicate.
func (d *Doc) AddFeed(f Feed) error {
	shown := d.shown
	if f.Path != "" && !isAbsOrHome(f.Path) {
		return fmt.Errorf("cannot add the feed: path %q is relative; give it in full (it would be read from the config file's folder, %s)", f.Path, displayPath(filepath.Dir(d.path)))
	}
	ck := &checker{file: shown, dir: filepath.Dir(d.path)}
	nf := ck.feed(toRaw(f), func(key string) (int, string) { return 0, key })
	if len(ck.errs) > 0 {
		e := ck.errs[0]
		if e.Key == "" {
			return fmt.Errorf("cannot add the feed: %s", e.Msg)
		}
		return fmt.Errorf("cannot add the feed: %s: %s", e.Key, e.Msg)
	}
	if d.sources == nil {
		d.index()
	}
	if old, dup := d.sources[sourceKey(nf)]; dup {
		return fmt.Errorf("%s is already a feed in %s (line %d): %w", nf.Source(), shown, old.Line, ErrDuplicate)
	}
	if old, dup := d.names[strings.ToLower(nf.Name)]; dup && nf.Name != "" {
		return fmt.Errorf("a feed named %q is already in %s (line %d); choose another name: %w", old.Name, shown, old.Line, ErrDuplicate)
	}
	if len(d.added) == 0 {
		if err := d.startAdding(); err != nil {
			return err
		}
	}
	var t bytes.Buffer
	writeFeed(&t, nf, strings.TrimSpace(f.Path), d.nl)
	// The table must load on its own as one feed; flush parses the whole
	// text again.
	got, err := parse(d.path, t.Bytes())
	if err == nil && len(got.Feeds) != 1 {
		err = fmt.Errorf("%d feeds instead of 1 in the table %q", len(got.Feeds), t.Bytes())
	}
	if err != nil {
		return d.editBug(err)
	}
	added := got.Feeds[0]
	added.Line = d.nextLine
	if d.block.Len() > 0 {
		d.block.WriteString(d.nl)
	}
	d.block.Write(t.Bytes())
	d.nextLine += bytes.Count(t.Bytes(), []byte("\n")) + 1
	d.added = append(d.added, added)
	d.sources[sourceKey(added)] = added
	if added.Name != "" {
		d.names[strings.ToLower(added.Name)] = added
	}
	return nil
}

// index fills names and sources.
func (d *Doc) index() {
	d.names, d.sources = map[string]Feed{}, map[string]Feed{}
	for _, f := range slices.Backward(d.Feeds()) { // the first one wins
		d.sources[sourceKey(f)] = f
		if f.Name != "" {
			d.names[strings.ToLower(f.Name)] = f
		}
	}
}

// startAdding finds where added feeds go: after the last [[feed]] table,
// else at the end.
func (d *Doc) startAdding() error {
	data := d.data
	lay, err := parseLayout(data)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", d.shown, err)
	}
	if lay.table("feed", 1) == nil && lay.keyLine("feed", 0, "") > 0 {
		return fmt.Errorf("%s:%d: the feeds are written as one inline list (feed = [...]); write each as a [[feed]] table so that dateline can add one", d.shown, lay.keyLine("feed", 0, ""))
	}
	at := len(data)
	for _, s := range lay.sections {
		if s.array && s.name() == "feed" {
			at = lay.lineEnd(s.end, len(data))
		}
	}
	nl := newline(data)
	var pre strings.Builder
	if at > 0 && data[at-1] != '\n' {
		pre.WriteString(nl)
	}
	if at > 0 && !endsWithBlankLine(data[:at]) {
		pre.WriteString(nl)
	}
	if len(data) == 0 {
		pre.WriteString("# dateline's configuration: `dateline config init` shows every setting." + nl + nl)
	}
	d.addAt, d.addPrefix, d.nl = at, pre.String(), nl
	d.nextLine = bytes.Count(data[:at], []byte("\n")) + strings.Count(d.addPrefix, "\n") + 1
	return nil
}

// flush writes the tables of the added feeds into the text, and parses it
// all again.
func (d *Doc) flush() error {
	if len(d.added) == 0 {
		return nil
	}
	data, at := d.data, d.addAt
	var b bytes.Buffer
	b.Write(data[:at])
	b.WriteString(d.addPrefix)
	b.Write(d.block.Bytes())
	if rest := data[at:]; len(rest) > 0 {
		if !startsWithBlankLine(rest) {
			b.WriteString(d.nl)
		}
		b.Write(rest)
	}
	return d.set(b.Bytes(), len(d.cfg.Feeds)+len(d.added))
}

// RemoveFeed removes the feed whose name (any case), URL or path is
// nameOrURL, and returns it. Its [[feed]] table goes, from the header to
// its last key; comments above the header stay, since they may be about
// more than this feed. The rest of the text is kept as it is.
func (d *Doc) RemoveFeed(nameOrURL string) (Feed, error) {
	if err := d.flush(); err != nil {
		return Feed{}, err
	}
	data, shown := d.data, d.shown
	if !d.found {
		return Feed{}, fmt.Errorf("there is no config file at %s, so no feed to remove", shown)
	}
	i := findFeed(d.cfg.Feeds, nameOrURL)
	if i < 0 {
		return Feed{}, fmt.Errorf("no feed in %s has the name, URL or path %q; dateline feeds shows the names", shown, nameOrURL)
	}
	lay, err := parseLayout(data)
	if err != nil {
		return Feed{}, fmt.Errorf("cannot read %s: %w", shown, err)
	}
	s := lay.table("feed", i+1)
	if s == nil {
		return Feed{}, fmt.Errorf("%s:%d: the feeds are written as one inline list (feed = [...]); remove the feed there by hand, or write each feed as a [[feed]] table", shown, d.cfg.Feeds[i].Line)
	}
	start, end := s.start, lay.lineEnd(s.end, len(data))
	// Between two blank lines, the table takes the blank lines after it
	// with it; at the end of the file, those before it too.
	if start == 0 || endsWithBlankLine(data[:start]) {
		end = skipBlankLines(data, end)
		if end == len(data) {
			start = trimBlankLines(data, start)
		}
	}
	var b bytes.Buffer
	b.Write(data[:start])
	b.Write(data[end:])
	removed := d.cfg.Feeds[i]
	if err := d.set(b.Bytes(), len(d.cfg.Feeds)-1); err != nil {
		return Feed{}, err
	}
	return removed, nil
}

// MoveFeed points the feed at fromURL at toURL, for a feed that has moved
// for good. Only the value of its url key changes: its other keys, the
// comments around them and its place in the file stay. toURL is checked
// as AddFeed checks a URL; if another feed is at toURL already, the move
// is refused with an error wrapping ErrDuplicate. A move to the URL the
// feed has (scheme and host in any case) only rewrites it as given.
func (d *Doc) MoveFeed(fromURL, toURL string) error {
	if err := d.flush(); err != nil {
		return err
	}
	data, shown := d.data, d.shown
	if !d.found {
		return fmt.Errorf("there is no config file at %s, so no feed to move", shown)
	}
	from := sourceKey(Feed{URL: strings.TrimSpace(fromURL)})
	i := slices.IndexFunc(d.cfg.Feeds, func(f Feed) bool { return f.URL != "" && sourceKey(f) == from })
	if i < 0 {
		return fmt.Errorf("no feed in %s has the URL %q; check it against the file", shown, fromURL)
	}
	to := Feed{URL: strings.TrimSpace(toURL)}
	if msg := checkURL(to.URL); msg != "" {
		return fmt.Errorf("cannot move %s to %q: url: %s", fromURL, toURL, msg)
	}
	for j, old := range d.cfg.Feeds {
		if j != i && sourceKey(old) == sourceKey(to) {
			return fmt.Errorf("cannot move %s: %s is already a feed in %s (line %d): %w", fromURL, to.URL, shown, old.Line, ErrDuplicate)
		}
	}
	lay, err := parseLayout(data)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", shown, err)
	}
	s := lay.table("feed", i+1)
	if s == nil {
		return fmt.Errorf("%s:%d: the feeds are written as one inline list (feed = [...]); change the URL there by hand, or write each feed as a [[feed]] table", shown, d.cfg.Feeds[i].Line)
	}
	k := slices.IndexFunc(s.keys, func(k keyPos) bool { return len(k.parts) == 1 && k.parts[0] == "url" })
	if k < 0 { // the table loaded with a url: this cannot happen
		return fmt.Errorf("%s:%d: dateline could not find the url of this feed; change it by hand", shown, d.cfg.Feeds[i].Line)
	}
	// The key is url, however quoted, so the first "=" ends it; the
	// value runs from the next non-blank to the end of the key-value,
	// which leaves out a comment after it.
	kv := s.keys[k]
	start := kv.start + bytes.IndexByte(data[kv.start:kv.end], '=') + 1
	for data[start] == ' ' || data[start] == '\t' {
		start++
	}
	var b bytes.Buffer
	b.Write(data[:start])
	b.WriteString(quote(to.URL))
	b.Write(data[kv.end:])
	return d.set(b.Bytes(), len(d.cfg.Feeds))
}

// findFeed is the index of the feed nameOrURL names, -1 if none.
func findFeed(feeds []Feed, nameOrURL string) int {
	want := strings.TrimSpace(nameOrURL)
	full := ""
	if !strings.Contains(want, "://") {
		if p, err := expandPath(want, "."); err == nil {
			full, _ = filepath.Abs(p)
		}
	}
	for i, f := range feeds {
		if (f.Name != "" && strings.EqualFold(f.Name, want)) ||
			(f.URL != "" && sourceKey(f) == sourceKey(Feed{URL: want})) || (f.Path != "" && f.Path == full) {
			return i
		}
	}
	return -1
}

// writeFeed writes a [[feed]] table. path is the path as the caller gave
// it, so "~" stays "~".
func writeFeed(b *bytes.Buffer, f Feed, path, nl string) {
	b.WriteString("[[feed]]" + nl)
	kv := func(k, v string) {
		if v != "" {
			b.WriteString(k + " = " + quote(v) + nl)
		}
	}
	kv("url", f.URL)
	if f.URL == "" {
		kv("path", path)
	}
	kv("name", f.Name)
	kv("region", f.Region)
	kv("section", f.Section)
	if len(f.Tags) > 0 {
		q := make([]string, len(f.Tags))
		for i, t := range f.Tags {
			q[i] = quote(t)
		}
		b.WriteString("tags = [" + strings.Join(q, ", ") + "]" + nl)
	}
	kv("username", f.Username)
	kv("password_command", f.PasswordCommand)
	kv("password_env", f.PasswordEnv)
}

// quote writes s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// newline is the file's line ending, so an edit does not mix them.
func newline(data []byte) string {
	if bytes.Contains(data, []byte("\r\n")) {
		return "\r\n"
	}
	return "\n"
}

func isBlank(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }

// endsWithBlankLine reports whether text ends with an empty line (two
// newlines in a row, spaces aside).
func endsWithBlankLine(text []byte) bool {
	s := bytes.TrimRight(text, " \t\r")
	if !bytes.HasSuffix(s, []byte("\n")) {
		return false
	}
	s = bytes.TrimRight(s[:len(s)-1], " \t\r")
	return len(s) == 0 || s[len(s)-1] == '\n'
}

func startsWithBlankLine(text []byte) bool {
	line, _, _ := bytes.Cut(text, []byte("\n"))
	return isBlank(line)
}

// skipBlankLines returns the offset past the blank lines that start at i.
func skipBlankLines(data []byte, i int) int {
	for i < len(data) {
		line, _, found := bytes.Cut(data[i:], []byte("\n"))
		if !isBlank(line) {
			break
		}
		if !found {
			return len(data)
		}
		i += len(line) + 1
	}
	return i
}

// trimBlankLines returns the offset of the start of the blank lines that
// end at i, i being the start of a line.
func trimBlankLines(data []byte, i int) int {
	for i > 0 {
		j := lineBefore(data, i)
		if !isBlank(data[j:i]) {
			break
		}
		i = j
	}
	return i
}

// lineBefore is the start of the line before the one starting at i > 0.
func lineBefore(data []byte, i int) int {
	return bytes.LastIndexByte(data[:i-1], '\n') + 1
}
