package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrDuplicate is what AddFeed's refusal of a feed already there wraps.
var ErrDuplicate = errors.New("already subscribed")

// AddFeed appends f to the config file at path ("" means DefaultPath) as a
// [[feed]] table after the last one, creating the file and its folder when
// there are none. The rest of the text, comments included, is kept as it
// is. f is checked as Load would check it; its Path must be absolute or
// start with "~", since a relative path in the file is relative to the
// file's folder, not to the user's working folder. Its Region may be an
// alias: the file gets the canonical name. A feed with the same name, URL
// or path as one already there is refused, and so is a file that does not
// load: it must be fixed first.
func AddFeed(path string, f Feed) error {
	p, _, err := resolve(path)
	if err != nil {
		return err
	}
	target, bom, data, cfg, err := readForEdit(p, true)
	if err != nil {
		return err
	}
	shown := displayPath(target)
	if f.Path != "" && !isAbsOrHome(f.Path) {
		return fmt.Errorf("cannot add the feed: path %q is relative; give it in full (it would be read from the config file's folder, %s)", f.Path, displayPath(filepath.Dir(target)))
	}
	ck := &checker{file: shown, dir: filepath.Dir(target)}
	nf := ck.feed(toRaw(f), func(key string) (int, string) { return 0, key })
	if len(ck.errs) > 0 {
		e := ck.errs[0]
		if e.Key == "" {
			return fmt.Errorf("cannot add the feed: %s", e.Msg)
		}
		return fmt.Errorf("cannot add the feed: %s: %s", e.Key, e.Msg)
	}
	for _, old := range cfg.Feeds {
		switch {
		case sourceKey(old) == sourceKey(nf):
			return fmt.Errorf("%s is already a feed in %s (line %d): %w", nf.Source(), shown, old.Line, ErrDuplicate)
		case nf.Name != "" && strings.EqualFold(old.Name, nf.Name):
			return fmt.Errorf("a feed named %q is already in %s (line %d); choose another name: %w", old.Name, shown, old.Line, ErrDuplicate)
		}
	}
	lay, err := parseLayout(data)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", shown, err)
	}
	if lay.table("feed", 1) == nil && lay.keyLine("feed", 0, "") > 0 {
		return fmt.Errorf("%s:%d: the feeds are written as one inline list (feed = [...]); write each as a [[feed]] table so that dateline can add one", shown, lay.keyLine("feed", 0, ""))
	}
	at := len(data)
	for _, s := range lay.sections {
		if s.array && s.name() == "feed" {
			at = lay.lineEnd(s.end, len(data))
		}
	}
	nl := newline(data)
	var b bytes.Buffer
	b.Write(bom)
	b.Write(data[:at])
	if at > 0 && data[at-1] != '\n' {
		b.WriteString(nl)
	}
	if at > 0 && !endsWithBlankLine(data[:at]) {
		b.WriteString(nl)
	}
	if len(data) == 0 {
		b.WriteString("# dateline's configuration: `dateline config init` shows every setting." + nl + nl)
	}
	writeFeed(&b, nf, strings.TrimSpace(f.Path), nl)
	if rest := data[at:]; len(rest) > 0 {
		if !startsWithBlankLine(rest) {
			b.WriteString(nl)
		}
		b.Write(rest)
	}
	return commit(target, b.Bytes(), len(cfg.Feeds)+1)
}

// RemoveFeed removes the feed whose name (any case), URL or path is
// nameOrURL from the config file at path ("" means DefaultPath), and
// returns it. Its [[feed]] table goes, from the header to its last key;
// comments above the header stay, since they may be about more than this
// feed. The rest of the text is kept as it is.
func RemoveFeed(path, nameOrURL string) (Feed, error) {
	p, _, err := resolve(path)
	if err != nil {
		return Feed{}, err
	}
	target, bom, data, cfg, err := readForEdit(p, false)
	if err != nil {
		return Feed{}, err
	}
	shown := displayPath(target)
	i := findFeed(cfg.Feeds, nameOrURL)
	if i < 0 {
		return Feed{}, fmt.Errorf("no feed in %s has the name, URL or path %q; check the spelling against the file", shown, nameOrURL)
	}
	lay, err := parseLayout(data)
	if err != nil {
		return Feed{}, fmt.Errorf("cannot read %s: %w", shown, err)
	}
	s := lay.table("feed", i+1)
	if s == nil {
		return Feed{}, fmt.Errorf("%s:%d: the feeds are written as one inline list (feed = [...]); remove the feed there by hand, or write each feed as a [[feed]] table", shown, cfg.Feeds[i].Line)
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
	b.Write(bom)
	b.Write(data[:start])
	b.Write(data[end:])
	if err := commit(target, b.Bytes(), len(cfg.Feeds)-1); err != nil {
		return Feed{}, err
	}
	return cfg.Feeds[i], nil
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

// readForEdit reads the config file to edit: the file itself when path is
// a symbolic link (dotfile managers link it; replacing the link would cut
// it loose). A byte-order mark is returned apart, to be written back as
// it was. A missing file is no error when create is true.
func readForEdit(path string, create bool) (target string, bom, data []byte, cfg *Config, err error) {
	target = path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	}
	data, err = readFile(target)
	if errors.Is(err, fs.ErrNotExist) {
		if create {
			return target, nil, nil, Default(), nil
		}
		return "", nil, nil, nil, fmt.Errorf("there is no config file at %s, so no feed to remove", displayPath(target))
	}
	if err != nil {
		return "", nil, nil, nil, err
	}
	if cfg, err = parse(target, data); err != nil {
		return "", nil, nil, nil, fmt.Errorf("fix the config file first:\n%w", err)
	}
	if rest, ok := bytes.CutPrefix(data, []byte(utf8BOM)); ok {
		return target, []byte(utf8BOM), rest, cfg, nil
	}
	return target, nil, data, cfg, nil
}

// commit checks an edited file before writing it over the old one: an
// edit that would leave a file dateline cannot load is a bug, and the
// user's file must not pay for it.
func commit(path string, data []byte, feeds int) error {
	cfg, err := parse(path, data)
	if err == nil && len(cfg.Feeds) != feeds {
		err = fmt.Errorf("%d feeds instead of %d", len(cfg.Feeds), feeds)
	}
	if err != nil {
		return fmt.Errorf("dateline could not edit %s safely and left it as it was; please report this bug: %w", displayPath(path), err)
	}
	return writeAtomic(path, data)
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

// WriteStarter writes Starter() to path ("" means DefaultPath), creating
// its folder. It never overwrites a file.
func WriteStarter(path string) error {
	p, _, err := resolve(path)
	if err != nil {
		return err
	}
	if _, err := os.Lstat(p); err == nil {
		return fmt.Errorf("%s already exists, and dateline does not overwrite it; edit it, or move it away and run `dateline config init` again", displayPath(p))
	}
	return writeAtomic(p, []byte(Starter()))
}

// writeAtomic replaces path with data through a temporary file in the same
// folder, so a crash leaves the old file or the new one, never half of
// one. A new file is private to the user: it names their accounts.
func writeAtomic(path string, data []byte) error {
	shown := displayPath(path)
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create the folder for %s: %w", shown, unwrapPath(err))
	}
	mode := fs.FileMode(0o600)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", shown, unwrapPath(err))
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot write %s: %w; it was left as it was", shown, unwrapPath(err))
	}
	return nil
}
