package feeds

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFingerprintChangesWithTheContent(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a.xml", "<rss/>")
	write(".hidden", "ignored")
	fpOf := func(p string) Fingerprint {
		t.Helper()
		fp, ok := Path(p).Fingerprint(context.Background())
		if !ok {
			t.Fatalf("no fingerprint for %s", p)
		}
		return fp
	}
	file, folder := fpOf(filepath.Join(dir, "a.xml")), fpOf(dir)
	if !filepath.IsAbs(file.Key) || file.Size != 6 || folder.Size != 6 {
		t.Errorf("file %+v, folder %+v", file, folder)
	}
	if again := fpOf(dir); !bytes.Equal(again.Hash, folder.Hash) {
		t.Error("an unchanged folder has a new fingerprint")
	}
	write(".hidden", "still ignored")
	if again := fpOf(dir); !bytes.Equal(again.Hash, folder.Hash) {
		t.Error("a hidden file changed the fingerprint")
	}

	// Same size, same time: only the content tells.
	mtime := time.Now().Add(-time.Hour).Truncate(time.Second)
	setTime := func() {
		t.Helper()
		if err := os.Chtimes(filepath.Join(dir, "a.xml"), mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	write("a.xml", "<RSS/>")
	setTime()
	before := fpOf(dir)
	write("a.xml", "<rss/>")
	setTime()
	after := fpOf(dir)
	if after.Size != before.Size || !after.MTime.Equal(before.MTime) {
		t.Fatalf("size or time changed (%+v, then %+v): the hash is not what tells", before, after)
	}
	if bytes.Equal(after.Hash, before.Hash) {
		t.Error("a change of content alone kept the fingerprint")
	}
	write("b.json", "{}")
	if after := fpOf(dir); after.Size != 8 || bytes.Equal(after.Hash, before.Hash) {
		t.Errorf("a new file: %+v", after)
	}
}

func TestFingerprintOnlyForSourcesOnDisk(t *testing.T) {
	ctx := context.Background()
	if _, ok := Stdin(strings.NewReader("x")).Fingerprint(ctx); ok {
		t.Error("standard input has a fingerprint")
	}
	if _, ok := Path(filepath.Join(t.TempDir(), "missing.xml")).Fingerprint(ctx); ok {
		t.Error("a missing file has a fingerprint")
	}
}

func TestStatIsTheFingerprintWithoutTheHash(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.xml"), []byte("<rss/>"), 0o600); err != nil {
		t.Fatal(err)
	}
	st, ok1 := Path(dir).Stat(context.Background())
	fp, ok2 := Path(dir).Fingerprint(context.Background())
	if !ok1 || !ok2 || st.Key != fp.Key || st.Size != fp.Size || !st.MTime.Equal(fp.MTime) || st.Hash != nil || fp.Hash == nil {
		t.Errorf("Stat %+v, Fingerprint %+v", st, fp)
	}
}
