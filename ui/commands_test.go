package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fakeProgram puts an executable named name on a fresh PATH.
func fakeProgram(t *testing.T, name string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
}

func TestBrowserCommandPlacesTheURL(t *testing.T) {
	fakeProgram(t, "firefox")
	for _, tc := range []struct {
		browser string
		want    []string
	}{
		{"firefox", []string{"firefox", "https://x.example/a"}},
		{"firefox --new-tab", []string{"firefox", "--new-tab", "https://x.example/a"}},
		{"firefox --url=%s --private", []string{"firefox", "--url=https://x.example/a", "--private"}},
	} {
		cmd, err := browserCommand(tc.browser, "https://x.example/a")
		if err != nil {
			t.Fatalf("%q: %v", tc.browser, err)
		}
		if !slices.Equal(cmd.Args, tc.want) {
			t.Errorf("%q: args %q, want %q", tc.browser, cmd.Args, tc.want)
		}
	}
}

func TestBrowserCommandSaysWhatToDoWhenMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := browserCommand("", "https://x.example/a")
	if err == nil || !strings.Contains(err.Error(), "set $BROWSER") {
		t.Fatalf("err = %v, want advice to set $BROWSER", err)
	}
}

func TestTerminalBrowsersTakeTheTerminal(t *testing.T) {
	fakeProgram(t, "w3m")
	cmd, err := browserCommand("w3m", "https://x.example/a")
	if err != nil || !isTerminalBrowser(cmd) {
		t.Fatalf("w3m should be run as a terminal browser (err %v)", err)
	}
	fakeProgram(t, "firefox")
	cmd, err = browserCommand("firefox", "https://x.example/a")
	if err != nil || isTerminalBrowser(cmd) {
		t.Fatalf("firefox is not a terminal browser (err %v)", err)
	}
}

// script puts an executable shell script named name on a fresh PATH.
func script(t *testing.T, name, body string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+":/usr/bin:/bin")
}

// A browser that fails at once (BROWSER=false, no display) is a failure,
// with what it said; one still running after the grace has started.
func TestBrowserThatFailsAtOnceIsReported(t *testing.T) {
	script(t, "nobrowser", "echo 'Error: no DISPLAY environment variable specified' >&2; exit 1")
	msg := openCmd(nil, "nobrowser", "https://x.example/a")().(LinkOpened)
	if msg.Err == nil || !strings.Contains(msg.Err.Error(), "no DISPLAY") {
		t.Fatalf("err = %v, want the browser's own reason", msg.Err)
	}
	script(t, "false", "exit 1")
	if msg := openCmd(nil, "false", "https://x.example/a")().(LinkOpened); msg.Err == nil {
		t.Fatal("BROWSER=false reported as opened")
	}
	script(t, "slowbrowser", "exec sleep 1")
	cmd, err := browserCommand("slowbrowser", "https://x.example/a")
	if err != nil {
		t.Fatal(err)
	}
	if err := startBrowser(cmd, 100*time.Millisecond); err != nil {
		t.Fatalf("a browser still running after the grace: %v", err)
	}
	script(t, "opener", "exit 0")
	if msg := openCmd(nil, "opener", "https://x.example/a")().(LinkOpened); msg.Err != nil {
		t.Fatalf("an opener that hands the link on and exits 0: %v", msg.Err)
	}
}
