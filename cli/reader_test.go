package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/app"
	"github.com/dateline-news/dateline/ui"
)

// What the command line and the environment tell the reader.

func readerOptionsFor(t *testing.T, configText string, vars map[string]string, argv ...string) (mouse, noColor bool, browser string) {
	t.Helper()
	opts := readerOptionsOf(t, configText, vars, argv...)
	return opts.Mouse, opts.NoColor, opts.Browser
}

// readerOptionsOf is the options the reader would start with.
func readerOptionsOf(t *testing.T, configText string, vars map[string]string, argv ...string) ui.Options {
	t.Helper()
	a, err := parseArgs(argv)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(cfg, []byte(configText), 0o600); err != nil {
		t.Fatal(err)
	}
	lookup := func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
	s := app.New(app.Env{LookupEnv: lookup, Sample: sampleFS(t)}, app.Paths{Config: cfg, NoLibrary: true})
	ctx, cancel := context.WithCancel(t.Context())
	opts, stream, err := readerOptions(ctx, s, a, IO{Stdin: strings.NewReader(""), Stderr: io.Discard, LookupEnv: lookup})
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	<-stream.Done
	return opts
}

func TestNoMouseLeavesTheMouseToTheTerminal(t *testing.T) {
	if mouse, _, _ := readerOptionsFor(t, "", nil); !mouse {
		t.Error("the reader takes no mouse by default")
	}
	if mouse, _, _ := readerOptionsFor(t, "", nil, "--no-mouse"); mouse {
		t.Error("--no-mouse left the mouse on")
	}
	if mouse, _, _ := readerOptionsFor(t, "mouse = false\n", nil); mouse {
		t.Error("mouse = false in the config left the mouse on")
	}
}

func TestNoColorAndBrowserComeFromTheEnvironment(t *testing.T) {
	if _, noColor, _ := readerOptionsFor(t, "", nil); noColor {
		t.Error("no colour without NO_COLOR")
	}
	_, noColor, browser := readerOptionsFor(t, "", map[string]string{"NO_COLOR": "1", "BROWSER": "w3m %s"})
	if !noColor || browser != "w3m %s" {
		t.Errorf("NO_COLOR=1 BROWSER='w3m %%s': no colour %v, browser %q", noColor, browser)
	}
}

func TestThemeAutoAsksTheTerminal(t *testing.T) {
	for _, c := range []struct {
		config string
		argv   []string
		forced bool
		theme  ui.Theme
	}{
		{"", nil, false, ui.Dark},
		{"", []string{"--theme", "auto"}, false, ui.Dark},
		{`theme = "auto"` + "\n", nil, false, ui.Dark},
		{`theme = "light"` + "\n", []string{"--theme", "auto"}, false, ui.Dark},
		{`theme = "auto"` + "\n", []string{"--theme", "light"}, true, ui.Light},
		{`theme = "light"` + "\n", nil, true, ui.Light},
	} {
		opts := readerOptionsOf(t, c.config, nil, c.argv...)
		if opts.ThemeForced != c.forced || opts.Theme != c.theme {
			t.Errorf("config %q, flags %q: theme %v forced %v, want %v forced %v", c.config, c.argv, opts.Theme, opts.ThemeForced, c.theme, c.forced)
		}
	}
}

func TestGroupFalseInTheConfigGivesEveryStoryARow(t *testing.T) {
	if opts := readerOptionsOf(t, "", nil); opts.NoGroup {
		t.Error("the reader starts ungrouped by default")
	}
	if opts := readerOptionsOf(t, "group = false\n", nil); !opts.NoGroup {
		t.Error("group = false in the config left the list grouped")
	}
}
