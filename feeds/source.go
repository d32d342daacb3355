package feeds

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline/model"
)

// Source is one place stories come from: a file or folder on disk,
// standard input, the bundled sample news, or a feed fetched over HTTP;
// With adjusts its stories as a subscription asks.
type Source struct {
	kind sourceKind
	path string // the path, or a remote feed's URL
	r    io.Reader
	fsys fs.FS
	body []byte // a remote feed's bytes
	opts Options
}

type sourceKind uint8

const (
	kindPath sourceKind = iota
	kindStdin
	kindBundled
	kindRemote
)

// Path is a feed file, a story file or a folder on disk, as the user typed
// it. A folder is read recursively; see the package comment for what in it
// is read. "-" is a file named "-" here: standard input is Stdin.
func Path(p string) Source { return Source{kind: kindPath, path: p} }

// Stdin is one feed (or story file) read from r, named "-".
func Stdin(r io.Reader) Source { return Source{kind: kindStdin, r: r} }

// Bundled is a folder tree of feeds and story files in fsys, such as the
// sample news embedded in the binary, named "sample".
func Bundled(fsys fs.FS) Source { return Source{kind: kindBundled, fsys: fsys} }

// Origin is where the source's batches say they came from: the sample, a
// remote feed, or a file, each named by its Name.
func (s Source) Origin() model.Origin {
	switch s.kind {
	case kindBundled:
		return model.Sample()
	case kindRemote:
		return model.Feed(s.Name())
	}
	return model.File(s.Name())
}

// Name is how batches and messages name the source: the path as given
// (with any control or bidi character in it written as a Go escape, such as
// \x1b or \u202e, so that it is safe to print), "-", "sample", or a remote
// feed's URL (so escaped too, and with any password in it hidden).
func (s Source) Name() string {
	switch s.kind {
	case kindStdin:
		return "-"
	case kindBundled:
		return "sample"
	case kindRemote:
		return remoteDisplay(s.path)
	}
	return QuoteControls(s.path)
}

// file is one file of a source, found by plan. Its names come from the file
// system and are shown to the user, so they hold no control characters:
// QuoteControls has written any as escapes.
type file struct {
	display string // the path in messages: "feeds/a.xml", "sample/world.xml", "-"
	key     string // what qualifies its short guids when it names no URL
	name    string // display name when it has no title: its base name
	folder  string // its folder's display name: the source of its story files
	dirKey  string // its folder's key
	// base is what relative addresses resolve against when the feed does
	// not make them absolute: a remote feed's URL; "" for a file.
	base string
	// remote: display is the URL the bytes were fetched from, and messages
	// speak of an address, not a file.
	remote bool
	opts   Options // the source's, set by run
	// quiet: it was found in a folder, so if it is neither feed nor story
	// file it is skipped without a word, unless its extension claims a feed.
	quiet bool
	open  func() (io.ReadCloser, int64, error) // size -1 if unknown
	// reopen is false for a stream that can be read once (standard input).
	reopen bool
}

// Extensions that decide how a file found in a folder is treated. Files are
// recognised by content; these only spare opening files that are plainly
// not news, group story files, and say when a file that is not a feed
// deserves a message.
var (
	skipExt = setOf(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif",
		".tiff", ".avif", ".heic", ".pdf", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z",
		".tar", ".rar", ".go", ".mod", ".sum", ".py", ".js", ".ts", ".css", ".c", ".h", ".rs",
		".java", ".rb", ".sh", ".exe", ".bin", ".so", ".dll", ".dylib", ".o", ".a", ".mp3",
		".mp4", ".m4a", ".ogg", ".wav", ".flac", ".mov", ".avi", ".mkv", ".webm", ".woff",
		".woff2", ".ttf", ".otf", ".yaml", ".yml", ".toml", ".ini", ".lock", ".db", ".sqlite",
		".csv", ".tsv", ".opml", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt")
	feedExt  = setOf(".xml", ".rss", ".atom", ".rdf", ".json", ".jsonfeed", ".feed")
	storyExt = setOf(".md", ".markdown", ".mdown", ".mkd")
)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// plan lists the source's work: add is called with each job's files (one
// file, or the story files of one folder, which share a source name and
// their IDs' qualifier), fail with each problem that stops part of it.
func (s Source) plan(ctx context.Context, add func([]file) bool, fail func(error)) {
	switch s.kind {
	case kindStdin:
		r := s.r
		used := false
		add([]file{{display: "-", key: "-", name: "stdin", folder: "stdin", dirKey: "-",
			open: func() (io.ReadCloser, int64, error) {
				if used {
					return nil, 0, errors.New("standard input was already read")
				}
				used = true
				return io.NopCloser(r), -1, nil
			}}})
	case kindBundled:
		planFS(ctx, s.fsys, add, fail)
	case kindRemote:
		add([]file{remoteFile(s.path, s.body)})
	default:
		planPath(ctx, s.path, add, fail)
	}
}

func planPath(ctx context.Context, p string, add func([]file) bool, fail func(error)) {
	info, err := os.Stat(p)
	if err != nil {
		fail(openError(p, err))
		return
	}
	if !info.IsDir() {
		add([]file{diskFile(p, false)})
		return
	}
	groups := map[string][]file{}
	var order []string
	found := 0
	err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			fail(openError(fp, err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if fp != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// A link to a file is read; a link to a folder is not followed
			// (it could loop).
			if st, err := os.Stat(fp); err != nil || !st.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(fp))
		if !skipExt[ext] {
			found++
		}
		switch {
		case skipExt[ext]:
		case storyExt[ext]:
			dir := filepath.Dir(fp)
			if _, ok := groups[dir]; !ok {
				order = append(order, dir)
			}
			groups[dir] = append(groups[dir], diskFile(fp, true))
		default:
			if !add([]file{diskFile(fp, true)}) {
				return fs.SkipAll
			}
		}
		return nil
	})
	if err != nil && ctx.Err() == nil {
		fail(openError(p, err))
	}
	if found == 0 && err == nil {
		fail(&fileError{path: p, msg: "no feeds or story files in this folder"})
	}
	for _, dir := range order {
		if !add(groups[dir]) {
			return
		}
	}
}

// diskFile describes a file on disk; its key is its absolute path, so that
// IDs do not depend on the directory dateline was started in.
func diskFile(p string, quiet bool) file {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	return file{
		display: QuoteControls(p),
		key:     QuoteControls(abs),
		name:    QuoteControls(filepath.Base(p)),
		folder:  QuoteControls(filepath.Base(filepath.Dir(abs))),
		dirKey:  QuoteControls(filepath.Dir(abs)),
		quiet:   quiet,
		reopen:  true,
		open: func() (io.ReadCloser, int64, error) {
			f, err := os.Open(p)
			if err != nil {
				return nil, 0, openError(p, err)
			}
			st, err := f.Stat()
			if err != nil {
				f.Close()
				return nil, 0, openError(p, err)
			}
			return f, st.Size(), nil
		},
	}
}

func planFS(ctx context.Context, fsys fs.FS, add func([]file) bool, fail func(error)) {
	if fsys == nil {
		return
	}
	groups := map[string][]file{}
	var order []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			fail(&fileError{path: "sample/" + p, msg: err.Error(), err: err})
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		dir := path.Dir(p)
		folder := path.Base(dir)
		if dir == "." {
			folder = "sample"
		}
		f := file{
			display: QuoteControls("sample/" + p),
			key:     QuoteControls("sample/" + p),
			name:    QuoteControls(path.Base(p)),
			folder:  QuoteControls(folder),
			dirKey:  QuoteControls("sample/" + dir),
			quiet:   true,
			reopen:  true,
			open: func() (io.ReadCloser, int64, error) {
				rc, err := fsys.Open(p)
				if err != nil {
					return nil, 0, err
				}
				size := int64(-1)
				if st, err := rc.Stat(); err == nil {
					size = st.Size()
				}
				return rc, size, nil
			},
		}
		ext := strings.ToLower(path.Ext(p))
		switch {
		case skipExt[ext]:
		case storyExt[ext]:
			if _, ok := groups[dir]; !ok {
				order = append(order, dir)
			}
			groups[dir] = append(groups[dir], f)
		default:
			if !add([]file{f}) {
				return fs.SkipAll
			}
		}
		return nil
	})
	if err != nil && ctx.Err() == nil {
		fail(&fileError{path: "sample", msg: err.Error(), err: err})
	}
	for _, dir := range order {
		if !add(groups[dir]) {
			return
		}
	}
}

// openError words a failure to open or stat a path.
func openError(p string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &fileError{path: p, msg: "no such file; check the path", err: err}
	case errors.Is(err, fs.ErrPermission):
		return &fileError{path: p, msg: "permission denied; check the file's permissions", err: err}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fileError{path: p, msg: pe.Err.Error(), err: err}
	}
	return &fileError{path: p, msg: err.Error(), err: err}
}

// fileError is a failure that names its file. Its text is "path: msg",
// with any control or bidi character in either written as an escape
// (QuoteControls): the path is a name from the file system and the message
// may quote the file's content, and neither may act on the terminal.
type fileError struct {
	path string
	msg  string
	err  error
}

func (e *fileError) Error() string { return QuoteControls(e.path) + ": " + QuoteControls(e.msg) }
func (e *fileError) Unwrap() error { return e.err }
