package ui

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// waitForEvent reads the session's next event and turns it into a message;
// stories get their search words here, off the UI goroutine, so Update
// only merges. Each handler of these messages waits for the next.
func waitForEvent(events <-chan model.Event) tea.Cmd {
	if events == nil {
		return nil
	}
	return func() tea.Msg {
		for {
			e, ok := <-events
			if !ok {
				return LoadingFinished{}
			}
			switch e := e.(type) {
			case model.StoriesArrived:
				return StoriesLoaded{From: e.From, Prepared: model.PrepareArrived(e)}
			case model.StoriesStored:
				return StoriesReplaced{Stories: e.Stories}
			case SourceFailed, RefreshProgressed, RefreshFinished, EventsJoined:
				return e
			}
			// An event the reader has no use for: the next one.
		}
	}
}

// renderCmd renders a story body off the UI goroutine: converting the
// feed's HTML (on a story's first open), numbering the links and running
// Glamour all happen here. The command reads only the story, whose Body is
// safe for concurrent use, and never touches the App. With opening set it
// renders just the first screenful of a long story, and returns nil for a
// short one.
func renderCmd(k renderKey, s *model.Story, opening bool) tea.Cmd {
	render := func() tea.Msg {
		// A story from the library is read whole here, off the UI
		// goroutine; a failure leaves what the list had.
		var whole *model.Story
		if s.Partial {
			if c, err := s.Complete(); err == nil && !c.Partial {
				whole = c
			}
		}
		md, links := storyBody(s)
		if opening {
			short := openingOf(md)
			if len(short) == len(md) {
				return nil // the full render, already asked for, will do
			}
			md = short
		}
		out, err := renderBody(md, k.Width, k.Theme, false)
		if err != nil {
			out = md
		}
		return BodyRendered{Key: k, Partial: opening, Out: out, Links: links, Err: err, Story: whole}
	}
	if !s.Partial || opening {
		return render
	}
	// A story from the library is read whole first, and said so at once
	// (StoryRead), so that its header (byline, link) is in while Glamour
	// renders its body: enter right after a filter's last key shows the
	// whole header at once.
	return func() tea.Msg {
		whole, err := s.Complete()
		if err != nil || whole == nil || whole.Partial {
			return render() // what the list has; the render reports the failure
		}
		return tea.BatchMsg{
			func() tea.Msg { return StoryRead{Story: whole} },
			renderCmd(k, whole, false),
		}
	}
}

// completeCmd reads a partial story whole, off the UI goroutine, for
// what then needs more of it than the list holds (its link).
func completeCmd(s *model.Story, then act) tea.Cmd {
	return func() tea.Msg {
		whole, err := s.Complete()
		return StoryCompleted{Story: whole, Then: then, Err: err}
	}
}

func copyCmd(copyText func(string) (string, error), text string) tea.Cmd {
	return func() tea.Msg {
		tool, err := copyText(text)
		return LinkCopied{URL: text, Tool: tool, Err: err}
	}
}

// browserCommand builds the command that opens url: $BROWSER (which may
// hold arguments, and %s for the URL), else the platform's opener.
func browserCommand(browser, url string) (*exec.Cmd, error) {
	var name string
	var args []string
	if fields := strings.Fields(browser); len(fields) > 0 {
		name, args = fields[0], fields[1:]
		placed := false
		for i, f := range args {
			if strings.Contains(f, "%s") {
				args[i], placed = strings.ReplaceAll(f, "%s", url), true
			}
		}
		if !placed {
			args = append(args, url)
		}
	} else {
		switch runtime.GOOS {
		case "darwin":
			name = "open"
		case "windows":
			name, args = "rundll32", []string{"url.dll,FileProtocolHandler"}
		default:
			name = "xdg-open"
		}
		args = append(args, url)
	}
	if _, err := exec.LookPath(name); err != nil {
		return nil, fmt.Errorf("%s not found; set $BROWSER to your browser's command", name)
	}
	return exec.Command(name, args...), nil
}

// terminalBrowsers run in the terminal the reader is using: they get the
// terminal for as long as they run, and the reader comes back after.
var terminalBrowsers = []string{"w3m", "lynx", "links", "links2", "elinks", "browsh", "carbonyl"}

func isTerminalBrowser(c *exec.Cmd) bool {
	return slices.Contains(terminalBrowsers, filepath.Base(c.Path))
}

// OpenInBrowser starts a graphical browser with url and does not wait for
// it, past the first moments in which a browser that cannot start says so.
// browser is $BROWSER ("" for the platform's opener).
func OpenInBrowser(browser, url string) error {
	cmd, err := browserCommand(browser, url)
	if err != nil {
		return err
	}
	return startBrowser(cmd, browserGrace)
}

// browserGrace is how long a browser has to fail before it counts as
// started: one that cannot run (no display, BROWSER=false) exits at once;
// a browser, or an opener handing the link to one, runs or exits cleanly.
const browserGrace = 1500 * time.Millisecond

// startBrowser starts cmd and waits up to grace for it to fail: an exit
// with an error in that time is the failure, with what the command said.
// After that it is reaped when it exits; its exit status is not ours.
func startBrowser(cmd *exec.Cmd, grace time.Duration) error {
	var said tailBuffer
	cmd.Stderr = &said
	// A child the browser leaves running (a graphical browser started by
	// xdg-open) may hold its stderr open: the exit is what counts.
	cmd.WaitDelay = 100 * time.Millisecond
	name := filepath.Base(cmd.Path)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", name, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err == nil || errors.Is(err, exec.ErrWaitDelay) {
			return nil
		}
		if why := said.lastLine(); why != "" {
			return fmt.Errorf("%s: %s (%v)", name, why, err)
		}
		return fmt.Errorf("%s: %v", name, err)
	case <-time.After(grace):
		return nil
	}
}

// tailBuffer keeps the last 4 KB written to it: what a failing browser
// said last is the reason.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - 4096; over > 0 {
		t.buf = t.buf[over:]
	}
	return len(p), nil
}

// lastLine is the last line written that is not blank.
func (t *tailBuffer) lastLine() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := strings.Split(strings.TrimSpace(string(t.buf)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// openCmd opens url with open, when set (tests), else the browser: looking
// it up on $PATH happens here, in the command. A terminal browser is not
// started here but reported, for Update to hand it the terminal until it
// exits; anything else is started alongside the reader, the command
// waiting a moment to see that it does not fail at once.
func openCmd(open func(string) error, browser, url string) tea.Cmd {
	return func() tea.Msg {
		if open != nil {
			return LinkOpened{URL: url, Err: open(url)}
		}
		cmd, err := browserCommand(browser, url)
		if err != nil {
			return LinkOpened{URL: url, Err: err}
		}
		if isTerminalBrowser(cmd) {
			return TerminalBrowserFound{URL: url, Cmd: cmd}
		}
		return LinkOpened{URL: url, Err: startBrowser(cmd, browserGrace)}
	}
}

// clipboardTools are tried in order; the first one on $PATH is used.
var clipboardTools = [][]string{
	{"wl-copy"},
	{"xclip", "-selection", "clipboard"},
	{"xsel", "--clipboard", "--input"},
	{"pbcopy"},
}

// CopyWithTool copies text with the first clipboard tool found that can
// reach a display (getenv reads $DISPLAY and $WAYLAND_DISPLAY). No tool is
// not an error: the terminal's OSC 52 copy has already been sent.
func CopyWithTool(text string, getenv func(string) string) (string, error) {
	for _, t := range clipboardTools {
		if _, err := exec.LookPath(t[0]); err != nil {
			continue
		}
		if t[0] == "wl-copy" && getenv("WAYLAND_DISPLAY") == "" {
			continue
		}
		if (t[0] == "xclip" || t[0] == "xsel") && getenv("DISPLAY") == "" {
			continue
		}
		cmd := exec.Command(t[0], t[1:]...)
		cmd.Stdin = strings.NewReader(text)
		if out, err := cmd.CombinedOutput(); err != nil {
			msg := strings.TrimSpace(string(out))
			if msg == "" {
				msg = err.Error()
			}
			return t[0], errors.New(msg)
		}
		return t[0], nil
	}
	return "", nil
}
