package config

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// lockWait is how long an edit waits for another process's edit of the
// same file. Edits take milliseconds, an import of a thousand feeds well
// under a second: ten seconds means the other process is stuck.
const lockWait = 10 * time.Second

// newFileMode is the mode of a config file dateline creates: private to
// the user, since it names their accounts.
const newFileMode fs.FileMode = 0o600

// Edit edits the config file at path ("" means DefaultPath): it reads the
// file, lets fn change it through d, and writes it back once, atomically
// (WriteFile), if fn returns nil and the text changed. If fn returns an
// error, nothing is written and Edit returns that error. A missing file
// is an empty one, created (mode 0600) only if fn adds to it; a file that
// does not load must be fixed first. d must not be used after fn returns.
//
// Edits of one file are serialised across processes by a lock on a file
// beside it, config.toml.lock, so the folder is created (mode 0700) if
// need be. Edit waits up to ten seconds for another process's edit. The
// lock file is left in place: removing it would let two processes lock
// two different files. A symbolic link at path is followed: the file it
// points to is edited, and locked.
func Edit(path string, fn func(d *Doc) error) error {
	return newEditor().edit(path, fn)
}

// editor is what Edit does, with what tests replace: the wait for the
// lock and the write.
type editor struct {
	lockWait time.Duration
	write    func(path string, data []byte, perm fs.FileMode) error
}

func newEditor() editor {
	return editor{lockWait: lockWait, write: WriteFile}
}

func (e editor) edit(path string, fn func(*Doc) error) error {
	p, _, err := resolve(path)
	if err != nil {
		return err
	}
	target := p
	if resolved, err := filepath.EvalSymlinks(p); err == nil {
		target = resolved
	}
	return e.locked(target, func() error {
		d, err := readDoc(target)
		if err != nil {
			return err
		}
		before, err := d.text()
		if err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
		after, err := d.text()
		if err != nil {
			return err
		}
		if bytes.Equal(before, after) {
			return nil
		}
		return e.write(target, after, newFileMode)
	})
}

// locked runs fn holding the lock on the config file at path, creating
// the file's folder if need be (the lock file goes there).
func (e editor) locked(path string, fn func() error) error {
	shown := displayPath(path)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("cannot create the folder for %s: %w", shown, unwrapPath(err))
	}
	lockPath := path + ".lock"
	lock := flock.New(lockPath, flock.SetPermissions(newFileMode))
	ctx, cancel := context.WithTimeout(context.Background(), e.lockWait)
	defer cancel()
	ok, err := lock.TryLockContext(ctx, 5*time.Millisecond)
	switch {
	case !ok && errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("another dateline has been editing %s for over %s (it holds the lock %s); let it finish and try again, or end it if it hangs",
			shown, e.lockWait.Round(time.Second), displayPath(lockPath))
	case err != nil:
		return fmt.Errorf("cannot lock %s to edit it (with %s): %w", shown, displayPath(lockPath), unwrapPath(err))
	}
	defer lock.Close()
	removeLeftovers(path)
	return fn()
}

// removeLeftovers removes the temporary files of writes to path that
// never finished (the process was killed before its rename). It runs
// under the lock, so no write of path is under way.
func removeLeftovers(path string) {
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return
	}
	prefix, suffix, _ := strings.Cut(tempPattern(path), "*")
	for _, ent := range entries {
		if name := ent.Name(); strings.HasPrefix(name, prefix) && strings.HasSuffix(name, suffix) && ent.Type().IsRegular() {
			os.Remove(filepath.Join(filepath.Dir(path), name))
		}
	}
}

// AddFeed adds f to the config file at path ("" means DefaultPath): see
// Doc.AddFeed.
func AddFeed(path string, f Feed) error {
	return Edit(path, func(d *Doc) error { return d.AddFeed(f) })
}

// RemoveFeed removes a feed from the config file at path ("" means
// DefaultPath), and returns it: see Doc.RemoveFeed.
func RemoveFeed(path, nameOrURL string) (Feed, error) {
	var removed Feed
	err := Edit(path, func(d *Doc) (err error) {
		removed, err = d.RemoveFeed(nameOrURL)
		return err
	})
	if err != nil {
		return Feed{}, err
	}
	return removed, nil
}

// MoveFeed points the feed at fromURL in the config file at path ("" means
// DefaultPath) at toURL: see Doc.MoveFeed.
func MoveFeed(path, fromURL, toURL string) error {
	return Edit(path, func(d *Doc) error { return d.MoveFeed(fromURL, toURL) })
}

// WriteStarter writes Starter(keys) to path ("" means DefaultPath),
// creating its folder. It never overwrites a file.
func WriteStarter(path string, keys KeyRules) error {
	p, _, err := resolve(path)
	if err != nil {
		return err
	}
	e := newEditor()
	return e.locked(p, func() error {
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s already exists, and dateline does not overwrite it; edit it, or move it away and run `dateline config init` again", displayPath(p))
		}
		return e.write(p, []byte(Starter(keys)), newFileMode)
	})
}
