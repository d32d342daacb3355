package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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
