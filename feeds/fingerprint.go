package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Fingerprint is what a source on disk looked like when it was read: the
// library skips a source whose fingerprint has not changed since its last
// load.
type Fingerprint struct {
	// Key names the source in the library: its absolute path, so that it
	// does not depend on the folder dateline was started in.
	Key   string
	Size  int64     // bytes, all files of a folder together
	MTime time.Time // the newest modification time
	Hash  []byte    // SHA-256 over every file's name, size, time and content
}

// Fingerprint reads the source's files and returns its fingerprint. Only a
// source on disk has one: ok is false for standard input and the bundled
// sample, and for a source that cannot be read now (loading it reports
// why). A folder's fingerprint covers every file in it that is not hidden,
// read or not, so a change anywhere in it counts as a change.
func (s Source) Fingerprint(ctx context.Context) (fp Fingerprint, ok bool) {
	return s.fingerprint(ctx, true)
}

// Stat is Fingerprint without the hash: it reads no file, so it costs
// microseconds where Fingerprint costs ~20 ms for a 32 MB feed. A source
// whose size and time are unchanged is very likely unchanged.
func (s Source) Stat(ctx context.Context) (fp Fingerprint, ok bool) {
	return s.fingerprint(ctx, false)
}

func (s Source) fingerprint(ctx context.Context, content bool) (fp Fingerprint, ok bool) {
	if s.kind != kindPath {
		return fp, false
	}
	abs, err := filepath.Abs(s.path)
	if err != nil {
		return fp, false
	}
	fp.Key = abs
	h := sha256.New()
	add := func(p string, info fs.FileInfo) bool {
		fp.Size += info.Size()
		if info.ModTime().After(fp.MTime) {
			fp.MTime = info.ModTime()
		}
		if !content {
			return true
		}
		f, err := os.Open(p)
		if err != nil {
			return false
		}
		defer f.Close()
		var head [16]byte
		binary.LittleEndian.PutUint64(head[:8], uint64(info.Size()))
		binary.LittleEndian.PutUint64(head[8:], uint64(info.ModTime().UnixNano()))
		io.WriteString(h, p)
		h.Write([]byte{0})
		h.Write(head[:])
		_, err = io.Copy(h, f)
		return err == nil
	}
	info, err := os.Stat(abs)
	if err != nil {
		return fp, false
	}
	if !info.IsDir() {
		if !add(abs, info) {
			return fp, false
		}
		if content {
			fp.Hash = h.Sum(nil)
		}
		return fp, true
	}
	ok = true
	err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err != nil {
			ok = false
			return fs.SkipAll
		}
		if p != abs && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := os.Stat(p) // follows a link to a file, as loading does
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		if !add(p, info) {
			ok = false
			return fs.SkipAll
		}
		return nil
	})
	if err != nil || !ok {
		return Fingerprint{}, false
	}
	if content {
		fp.Hash = h.Sum(nil)
	}
	return fp, true
}
