package main

// The real program, built once: what only a process shows. Exit codes and
// standard input, processes racing on one config file, and the reader in
// a real (pseudo) terminal quitting every way a user can, its marks kept.
// Everything else is tested in process, in cli/ and below.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"

	"github.com/dateline-news/dateline/config"
)

// binaryPath is the dateline binary TestMain builds.
var binaryPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dateline-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "main_test:", err)
		os.Exit(1)
	}
	binaryPath = filepath.Join(dir, "dateline")
	if out, err := exec.Command("go", "build", "-o", binaryPath, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "main_test: building dateline: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// home is an empty HOME for one test: no config, no library.
func home(t *testing.T) []string {
	h := t.TempDir()
	return append(os.Environ(), "HOME="+h, "XDG_CONFIG_HOME="+filepath.Join(h, "config"), "XDG_DATA_HOME="+filepath.Join(h, "data"))
}

// run runs the binary with stdin and returns its exit code and output.
func run(t *testing.T, env []string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binaryPath, args...)
	cmd.Env = env
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("dateline %q did not finish in time", args)
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("dateline %q: %v", args, err)
	}
	return code, out.String(), errOut.String()
}

func TestExitCodesAndWhatTheySay(t *testing.T) {
	env := home(t)
	for _, tt := range []struct {
		args []string
		code int
		says string // on stdout for 0, else stderr
	}{
		{[]string{"--version"}, 0, "dateline 0.1.0"},
		{[]string{"help", "add"}, 0, "Usage: dateline add"},
		{[]string{"--bogus"}, 2, "unknown flag --bogus"},
		{[]string{"list", "--formt", "json"}, 2, "unknown flag --formt (did you mean --format?)"},
		{[]string{"lsit"}, 2, `unknown command "lsit" (did you mean list?)`},
		{[]string{"list", "--width", "-3"}, 2, "--width must be positive"},
		{[]string{"list", "no-such-feed.xml"}, 1, "no-such-feed.xml"},
		{[]string{"show", "no-such-id", "testdata/sample"}, 1, `no story with ID or guid "no-such-id"`},
	} {
		code, stdout, stderr := run(t, env, "", tt.args...)
		said := stderr
		if tt.code == 0 {
			said = stdout
		}
		if code != tt.code || !strings.Contains(said, tt.says) {
			t.Errorf("dateline %q: exit %d, want %d saying %q\nstdout: %s\nstderr: %s", tt.args, code, tt.code, tt.says, stdout, stderr)
		}
	}
}

func TestAFeedOnStandardInput(t *testing.T) {
	feed, err := os.ReadFile("testdata/cli/small.xml")
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, home(t), string(feed), "list", "-")
	if code != 0 || !strings.Contains(stdout, "Lima opens") {
		t.Errorf("list -: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

func TestEightAddsAtOnceKeepEveryFeed(t *testing.T) {
	env := home(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	feed, err := os.ReadFile("testdata/cli/small.xml")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	codes := make([]int, 8)
	for i := range 8 {
		path := filepath.Join(dir, fmt.Sprintf("feed%d.xml", i))
		if err := os.WriteFile(path, feed, 0o600); err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			codes[i], _, _ = run(t, env, "", "--config", cfg, "add", path, "--name", fmt.Sprintf("Feed %d", i))
		})
	}
	wg.Wait()
	c, err := config.Load(cfg)
	if err != nil {
		t.Fatalf("after eight adds at once the config does not load: %v", err)
	}
	if len(c.Feeds) != 8 {
		t.Errorf("eight adds at once kept %d feeds (exits %v)", len(c.Feeds), codes)
	}
}

// ptyReader is the reader running in a pseudo-terminal.
type ptyReader struct {
	cmd  *exec.Cmd
	tty  *os.File
	mu   sync.Mutex
	seen bytes.Buffer
	done chan error
}

func startTerminal(t *testing.T, env []string, args ...string) *ptyReader {
	t.Helper()
	cmd := exec.Command(binaryPath, args...)
	cmd.Env = append(env, "TERM=xterm-256color")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 100})
	if err != nil {
		t.Fatal(err)
	}
	term := &ptyReader{cmd: cmd, tty: tty, done: make(chan error, 1)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			term.mu.Lock()
			term.seen.Write(buf[:n])
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { term.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		tty.Close()
	})
	return term
}

// waitFor waits until the terminal has been sent text (escapes stripped)
// and returns how much it had been sent by then.
func (term *ptyReader) waitFor(t *testing.T, text string) int {
	t.Helper()
	return term.waitForAfter(t, 0, text)
}

// waitForAfter waits until the terminal has been sent text after the
// first from bytes of its output, and returns where in the output the
// text ends (or, when escapes split it there, how much had been sent).
func (term *ptyReader) waitForAfter(t *testing.T, from int, text string) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		term.mu.Lock()
		out := bytes.Clone(term.seen.Bytes())
		term.mu.Unlock()
		rest := out[min(from, len(out)):]
		if i := bytes.Index(rest, []byte(text)); i >= 0 {
			return from + i + len(text)
		}
		if strings.Contains(ansi.Strip(string(rest)), text) {
			return len(out)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the reader never showed %q", text)
	return 0
}

// exited waits for the reader to end.
func (term *ptyReader) exited(t *testing.T) {
	t.Helper()
	select {
	case <-term.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the reader did not end")
	}
}

func TestMarksAreKeptHoweverTheReaderEnds(t *testing.T) {
	for _, tt := range []struct {
		name string
		quit func(term *ptyReader)
	}{
		{"q", func(term *ptyReader) { io.WriteString(term.tty, "qq") }}, // back to the list, then quit
		{"ctrl+c", func(term *ptyReader) { io.WriteString(term.tty, "\x03") }},
		{"SIGTERM", func(term *ptyReader) { term.cmd.Process.Signal(syscall.SIGTERM) }},
		{"SIGHUP", func(term *ptyReader) { term.cmd.Process.Signal(syscall.SIGHUP) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			env := home(t)
			db := filepath.Join(t.TempDir(), "library.db")
			term := startTerminal(t, env, "--db", db, "testdata/sample")
			// The first row is the rail link's event, led by its first story.
			term.waitFor(t, "Nairobi's airport train")
			io.WriteString(term.tty, "\r") // open the first story: it is read
			term.waitFor(t, "Embakasi")
			tt.quit(term)
			term.exited(t)
			code, marks, stderr := run(t, env, "", "--db", db, "state", "export")
			if code != 0 || !strings.Contains(marks, `"read":true`) {
				t.Errorf("after %s the library keeps: %s %s", tt.name, marks, stderr)
			}
		})
	}
}

func TestATerminalBrowserGetsTheTerminalAndGivesItBack(t *testing.T) {
	// A stand-in for lynx: it writes to the terminal it is given, then
	// waits for a key there, as a browser does until the user quits it.
	bin := t.TempDir()
	lynx := filepath.Join(bin, "lynx")
	script := "#!/bin/sh\nprintf 'LYNX OPENED %s\\n' \"$1\"\nread key\nprintf 'LYNX GOT %s\\n' \"$key\"\n"
	if err := os.WriteFile(lynx, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	env := append(home(t), "BROWSER="+lynx)
	term := startTerminal(t, env, "--no-library", "testdata/sample")
	term.waitFor(t, "Nairobi's airport train") // the rail link's event, led by its first story
	io.WriteString(term.tty, "\r")
	term.waitFor(t, "Embakasi")
	io.WriteString(term.tty, "o")
	at := term.waitFor(t, "LYNX OPENED https://")
	io.WriteString(term.tty, "x\r") // the key goes to the browser, not the reader
	at = term.waitForAfter(t, at, "LYNX GOT x")
	// The reader has the terminal again: it draws the story, and a key
	// takes it back to the list.
	at = term.waitForAfter(t, at, "Embakasi")
	io.WriteString(term.tty, "\x1b")
	term.waitForAfter(t, at, "Lake-effect snow buries Buffalo")
	io.WriteString(term.tty, "q")
	term.exited(t)
}
