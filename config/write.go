package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// WriteFile replaces the file at path with data so that a crash or a
// power cut leaves the old file or the new one, never a mix: data goes to
// a temporary file in the same folder, which is flushed to disk, renamed
// over path, and then the folder itself is flushed so the rename lasts.
//
// Like os.WriteFile, perm is the mode of a file that does not exist yet
// (as given: the umask is not applied); an existing file keeps its mode.
// A symbolic link at path is kept, and the file it points to replaced.
// The folder must exist. dateline writes every file a user keeps (the
// config, exports) through here.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	return writeFile(path, data, perm, nil)
}

// writeFile is WriteFile; beforeRename, when not nil, runs once the
// temporary file is on disk, for tests that kill a writer there.
func writeFile(path string, data []byte, perm fs.FileMode, beforeRename func()) error {
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	shown := displayPath(path)
	dir := filepath.Dir(path)
	mode := perm.Perm()
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, tempPattern(path))
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot write %s: the folder %s does not exist; create it first, or name a file in another folder", shown, displayPath(dir))
	}
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
	if err == nil && beforeRename != nil {
		beforeRename()
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot write %s: %w; it was left as it was", shown, unwrapPath(err))
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("wrote %s, but could not flush its folder to disk, so a power cut now could undo it: %w", shown, unwrapPath(err))
	}
	return nil
}

// tempPattern names the temporary files of path: hidden, and easy to tell
// as leftovers of the file they were for.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".*.tmp"
}

// syncDir flushes a folder, making a rename in it durable. Windows has no
// way to open a folder for that, and its renames need none.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	// Some file systems (and some FUSE mounts) cannot sync a folder; the
	// rename has happened, and there is nothing better to do.
	if errors.Is(err, errors.ErrUnsupported) {
		return nil
	}
	return err
}
