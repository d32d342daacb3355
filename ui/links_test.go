package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// lastLine is the bottom line of the screen, the footer.
func lastLine(t *testing.T, a App) string {
	t.Helper()
	lines := strings.Split(screenText(a), "\n")
	if len(lines) != a.height {
		t.Fatalf("the screen has %d lines, the terminal %d", len(lines), a.height)
	}
	return lines[len(lines)-1]
}

// What enter, o and y did on the links screen shows in its footer, which
// fits on the screen.
func TestLinksScreenSaysWhatItDid(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		a := newTestApp(t, size[0], size[1], sampleStories())
		a.opts.Copier = func(string) (string, error) { return "xclip", nil }
		a = press(t, a, "enter", "L", "enter")
		if got := lastLine(t, a); !strings.Contains(got, "Opened in the browser: https://example.com/a") {
			t.Errorf("%v enter: footer %q", size, got)
		}
		a = press(t, a, "j", "o")
		if got := lastLine(t, a); !strings.Contains(got, "Opened in the browser: https://example.com/b") {
			t.Errorf("%v o: footer %q", size, got)
		}
		a = press(t, a, "y")
		if got := lastLine(t, a); !strings.Contains(got, "Copied with xclip: https://example.com/b") {
			t.Errorf("%v y: footer %q", size, got)
		}
		a.opts.Opener = func(string) error { return errors.New("firefox: no display") }
		a = press(t, a, "o")
		if got := lastLine(t, a); !strings.Contains(got, "Could not open the link: firefox: no display") {
			t.Errorf("%v failing o: footer %q", size, got)
		}
	}
}

// A story with no links and no link of its own promises nothing.
func TestLinksScreenOfAStoryWithNoLinkAtAll(t *testing.T) {
	s := story("bare", "A story with no link", time.Hour, model.Europe)
	s.Body = model.Markdown("Just text.")
	s.Edit().Link = ""
	opened := false
	a := newTestAppWith(t, 80, 24, []*model.Story{s}, func(o *Options) {
		o.Opener = func(string) error { opened = true; return nil }
	})
	a = press(t, a, "enter", "L")
	if got := screenText(a); strings.Contains(got, "Press o") || !strings.Contains(got, "no link of its own") {
		t.Fatalf("links screen of a story with no link:\n%s", got)
	}
	a = press(t, a, "o")
	if got := lastLine(t, a); opened || !strings.Contains(got, "This story has no link.") {
		t.Fatalf("o opened %v; footer %q", opened, got)
	}
}

// A notice belongs to the screen where it was earned: the star given in
// the story is not the links screen's news, and the links screen's footer
// shows its keys instead. A failure keeps its time whatever the screen.
func TestANoticeStaysOnTheScreenItWasGivenOn(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "enter", "s")
	if got := lastLine(t, a); !strings.Contains(got, "Starred") {
		t.Fatalf("s in the story: footer %q", got)
	}
	a = press(t, a, "L")
	if got := lastLine(t, a); strings.Contains(got, "Starred") || !strings.Contains(got, "esc") {
		t.Errorf("the links screen after s: footer %q, want its keys", got)
	}
	a.opts.Opener = func(string) error { return errors.New("firefox: no display") }
	a = press(t, a, "o", "esc")
	if got := lastLine(t, a); !strings.Contains(got, "Could not open") {
		t.Errorf("back in the story after a failed o: footer %q, want the failure", got)
	}
}
