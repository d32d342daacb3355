package config

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

// helperEnv, when set, makes the test binary a helper process for the
// tests below instead of running tests: a real second (or eighth) process
// editing the same file, with no build step.
const helperEnv = "DATELINE_CONFIG_HELPER"

func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		os.Exit(helperProcess(mode))
	}
	os.Exit(m.Run())
}

// helperProcess edits the file $HELPER_CONFIG, adding a feed at
// $HELPER_URL. "add" waits for the file $HELPER_GO to exist first, so
// that all helpers start together; "hang-in-fn" and "hang-before-rename"
// print "ready" at that point of the edit and wait to be killed.
func helperProcess(mode string) int {
	path, url := os.Getenv("HELPER_CONFIG"), os.Getenv("HELPER_URL")
	add := func(d *Doc) error { return d.AddFeed(Feed{URL: url}) }
	hang := func() {
		fmt.Println("ready")
		time.Sleep(time.Minute)
	}
	e := newEditor()
	var err error
	switch mode {
	case "add":
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if _, err := os.Stat(os.Getenv("HELPER_GO")); err == nil {
				break
			}
		}
		err = e.edit(path, add)
	case "hang-in-fn":
		err = e.edit(path, func(d *Doc) error {
			if err := add(d); err != nil {
				return err
			}
			hang()
			return nil
		})
	case "hang-before-rename":
		e.write = func(path string, data []byte, perm fs.FileMode) error {
			return writeFile(path, data, perm, hang)
		}
		err = e.edit(path, add)
	default:
		err = fmt.Errorf("unknown helper %q", mode)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func helper(t *testing.T, mode string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), append([]string{helperEnv + "=" + mode}, env...)...)
	cmd.Stderr = new(bytes.Buffer)
	return cmd
}

// countingEditor is an editor that counts its writes in *n.
func countingEditor(n *int) editor {
	e := newEditor()
	e.write = func(path string, data []byte, perm fs.FileMode) error {
		*n++
		return WriteFile(path, data, perm)
	}
	return e
}

func TestEightProcessesAddingAtOnceKeepEveryFeed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dateline", "config.toml") // no folder yet either
	start := filepath.Join(t.TempDir(), "go")
	var cmds []*exec.Cmd
	var want []string
	for i := range 8 {
		url := fmt.Sprintf("https://feed%d.example/rss", i)
		cmd := helper(t, "add", "HELPER_CONFIG="+path, "HELPER_URL="+url, "HELPER_GO="+start)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, want = append(cmds, cmd), append(want, url)
	}
	if err := os.WriteFile(start, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("process %d: %v: %s", i, err, cmd.Stderr)
		}
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range cfg.Feeds {
		got = append(got, f.URL)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("the file has the feeds\n%v\nwant\n%v", got, want)
	}
}

func thousandFeeds() []Feed {
	feeds := make([]Feed, 1000)
	for i := range feeds {
		feeds[i] = Feed{URL: fmt.Sprintf("https://feed%d.example/rss", i), Name: fmt.Sprintf("Feed %d", i), Region: "mena", Tags: []string{"import"}}
	}
	return feeds
}

func addAll(feeds []Feed) func(*Doc) error {
	return func(d *Doc) error {
		for _, f := range feeds {
			if err := d.AddFeed(f); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestThousandFeedsInOneEditWriteTheFileOnce(t *testing.T) {
	path, _ := copyFixture(t, "commented.toml")
	var writes int
	if err := countingEditor(&writes).edit(path, addAll(thousandFeeds())); err != nil {
		t.Fatal(err)
	}
	if writes != 1 {
		t.Errorf("%d writes, want 1", writes)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Feeds) != 1002 || cfg.Feeds[2].Name != "Feed 0" || cfg.Feeds[1001].URL != "https://feed999.example/rss" || cfg.Sync == nil {
		t.Errorf("loaded %d feeds, the third %+v", len(cfg.Feeds), cfg.Feeds[2])
	}
}

func BenchmarkEditAdd1000(b *testing.B) {
	feeds := thousandFeeds()
	dir := b.TempDir()
	n := 0
	for b.Loop() {
		n++
		if err := Edit(filepath.Join(dir, fmt.Sprint(n), "config.toml"), addAll(feeds)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDocSeesItsOwnChanges(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	var lines []int
	err := Edit(path, func(d *Doc) error {
		if err := d.AddFeed(Feed{URL: "https://a.example/x", Name: "A"}); err != nil {
			return err
		}
		if err := d.AddFeed(Feed{URL: "https://b.example/x"}); err != nil {
			return err
		}
		if err := d.AddFeed(Feed{URL: "https://A.EXAMPLE/x"}); !errors.Is(err, ErrDuplicate) || !strings.Contains(err.Error(), "(line 18)") {
			t.Errorf("the same URL twice: %v", err)
		}
		if err := d.AddFeed(Feed{URL: "https://c.example/x", Name: "a"}); !errors.Is(err, ErrDuplicate) {
			t.Errorf("the same name twice: %v", err)
		}
		for _, f := range d.Feeds() {
			lines = append(lines, f.Line)
		}
		if _, err := d.RemoveFeed("A"); err != nil {
			return err
		}
		return d.MoveFeed("https://b.example/x", "https://b.example/y")
	})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(orig, "name = \"Slow News\"\n", "name = \"Slow News\"\n\n[[feed]]\nurl = \"https://b.example/y\"\n", 1)
	if got := readText(t, path); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// The lines the Doc gave the added feeds before writing them in are
	// the lines they are on once written.
	if !slices.Equal(lines, []int{7, 14, 18, 22}) {
		t.Errorf("lines %v", lines)
	}
}

func TestMoveFeedChangesOnlyTheURL(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	if err := MoveFeed(path, "https://WIRE.example/rss", "https://wire.example/feed.xml"); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(orig, `url = "https://wire.example/rss"   # fast`, `url = "https://wire.example/feed.xml"   # fast`, 1)
	if got := readText(t, path); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f := cfg.Feeds[0]; f.URL != "https://wire.example/feed.xml" || f.Name != "Morning Wire" || f.Section != "World" || !slices.Equal(f.Tags, []string{"wire"}) {
		t.Errorf("moved to %+v", f)
	}
}

func TestMoveFeedKeepsHowTheLineIsWritten(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{"quoted key, no spaces, comment", "[[feed]]\n\"url\"=\"https://a.example/x\"#old\n", "[[feed]]\n\"url\"=\"https://b.example/y\"#old\n"},
		{"literal string, tab", "[[feed]]\nname = 'A'\nurl =\t'https://a.example/x'\n", "[[feed]]\nname = 'A'\nurl =\t\"https://b.example/y\"\n"},
		{"CRLF, second feed", "[[feed]]\r\nurl = \"https://c.example/\"\r\n\r\n[[feed]]\r\nurl = \"https://a.example/x\"\r\nname = \"A\"\r\n",
			"[[feed]]\r\nurl = \"https://c.example/\"\r\n\r\n[[feed]]\r\nurl = \"https://b.example/y\"\r\nname = \"A\"\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.before)
			if err := MoveFeed(path, "https://a.example/x", "https://b.example/y"); err != nil {
				t.Fatal(err)
			}
			if got := readText(t, path); got != tt.after {
				t.Errorf("got:\n%q\nwant:\n%q", got, tt.after)
			}
		})
	}
}

func TestMoveFeedRefuses(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	tests := []struct {
		name, from, to, msg string
		dup                 bool
	}{
		{"onto another feed", "https://wire.example/rss", "https://SLOW.example/atom.xml", "https://SLOW.example/atom.xml is already a feed in " + path + " (line 14)", true},
		{"unknown feed", "https://nope.example/", "https://b.example/", `no feed in ` + path + ` has the URL "https://nope.example/"`, false},
		{"ftp", "https://wire.example/rss", "ftp://wire.example/rss", "cannot move https://wire.example/rss to \"ftp://wire.example/rss\": url: ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := MoveFeed(path, tt.from, tt.to)
			if err == nil || !strings.Contains(err.Error(), tt.msg) || errors.Is(err, ErrDuplicate) != tt.dup {
				t.Errorf("got %v, want %q", err, tt.msg)
			}
			if readText(t, path) != orig {
				t.Error("the file changed")
			}
		})
	}
	missing := filepath.Join(t.TempDir(), "config.toml")
	if err := MoveFeed(missing, "https://a.example/", "https://b.example/"); err == nil || !strings.Contains(err.Error(), "no feed to move") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a failed move created the file: %v", err)
	}
}

func TestFailedEditLeavesTheFileAsItWas(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	var writes int
	err := countingEditor(&writes).edit(path, func(d *Doc) error {
		if err := d.MoveFeed("https://wire.example/rss", "https://wire.example/new"); err != nil {
			return err
		}
		if err := d.AddFeed(Feed{URL: "https://a.example/"}); err != nil {
			return err
		}
		return d.AddFeed(Feed{URL: "https://slow.example/atom.xml"})
	})
	if !errors.Is(err, ErrDuplicate) {
		t.Errorf("got %v", err)
	}
	if writes != 0 || readText(t, path) != orig {
		t.Errorf("%d writes; the file is now:\n%s", writes, readText(t, path))
	}
}

func TestEditWithNoChangeWritesNothing(t *testing.T) {
	path, _ := copyFixture(t, "commented.toml")
	var writes int
	e := countingEditor(&writes)
	if err := e.edit(path, func(d *Doc) error { return nil }); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "config.toml")
	if err := e.edit(missing, func(d *Doc) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if writes != 0 {
		t.Errorf("%d writes", writes)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("an empty edit created the file: %v", err)
	}
}

func TestKilledEditLeavesAWholeFileAndNoLock(t *testing.T) {
	for _, mode := range []string{"hang-in-fn", "hang-before-rename"} {
		t.Run(mode, func(t *testing.T) {
			path, orig := copyFixture(t, "commented.toml")
			other, _ := copyFixture(t, "commented.toml")
			if err := AddFeed(other, Feed{URL: "https://killed.example/"}); err != nil {
				t.Fatal(err)
			}
			edited := readText(t, other)

			cmd := helper(t, mode, "HELPER_CONFIG="+path, "HELPER_URL=https://killed.example/")
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			stop := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
			defer stop.Stop()
			line, err := bufio.NewReader(out).ReadString('\n')
			if line != "ready\n" {
				cmd.Wait()
				t.Fatalf("the helper said %q (%v): %s", line, err, cmd.Stderr)
			}
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()

			if got := readText(t, path); got != orig && got != edited {
				t.Fatalf("neither the old file nor the new one:\n%s", got)
			}
			if _, err := Load(path); err != nil {
				t.Fatal(err)
			}
			e := newEditor()
			e.lockWait = 2 * time.Second
			if err := e.edit(path, func(d *Doc) error { return d.AddFeed(Feed{URL: "https://later.example/"}) }); err != nil {
				t.Fatalf("the edit after the kill: %v", err)
			}
			entries, _ := os.ReadDir(filepath.Dir(path))
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if !slices.Equal(names, []string{"config.toml", "config.toml.lock"}) {
				t.Errorf("left in the folder: %v", names)
			}
		})
	}
}

func TestEditWaitsForTheLockThenNamesIt(t *testing.T) {
	path, orig := copyFixture(t, "commented.toml")
	held := flock.New(path + ".lock")
	if err := held.Lock(); err != nil {
		t.Fatal(err)
	}
	e := newEditor()
	e.lockWait = 50 * time.Millisecond
	err := e.edit(path, func(d *Doc) error {
		t.Error("fn ran without the lock")
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "another dateline has been editing "+path) || !strings.Contains(err.Error(), "holds the lock "+path+".lock") {
		t.Errorf("got %v", err)
	}
	if readText(t, path) != orig {
		t.Error("the file changed")
	}

	time.AfterFunc(100*time.Millisecond, func() { held.Unlock() })
	e.lockWait = 5 * time.Second
	if err := e.edit(path, func(d *Doc) error { return d.AddFeed(Feed{URL: "https://a.example/"}) }); err != nil {
		t.Errorf("after the lock was released: %v", err)
	}
}

func TestWriteStarterWaitsForTheLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	held := flock.New(path + ".lock")
	if err := held.Lock(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- WriteStarter(path, KeyRules{}) }()
	select {
	case err := <-done:
		t.Fatalf("WriteStarter did not wait for the lock: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	held.Unlock()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if readText(t, path) != Starter(KeyRules{}) {
		t.Error("the starter was not written")
	}
}
