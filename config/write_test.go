package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestEditKeepsTheFileMode(t *testing.T) {
	path, _ := copyFixture(t, "commented.toml")
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := AddFeed(path, Feed{URL: "https://a.example/"}); err != nil {
		t.Fatal(err)
	}
	if err := MoveFeed(path, "https://a.example/", "https://b.example/"); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want -rw-r-----: %v", st.Mode(), err)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feeds.opml")
	if err := WriteFile(path, []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("a new file: mode %v, want -rw-r--r--: %v", st.Mode(), err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.opml")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := readText(t, path); got != "two" {
		t.Errorf("the file the link points to holds %q", got)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", st, err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("an existing file: mode %v, want -rw-------: %v", st.Mode(), err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("left behind: %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "no", "such", "folder"), []byte("x"), 0o644); err == nil {
		t.Error("WriteFile created folders")
	}
}
