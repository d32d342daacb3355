package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The help screen scrolls when its keys and notes do not fit the window,
// and says so; when they fit it does not move.
func TestHelpScrollsWhenItDoesNotFit(t *testing.T) {
	a := newTestApp(t, 80, 20, sampleStories())
	a = press(t, a, "?")
	all := a.keyHelp.lines(a.env(), a.help)
	last := strings.TrimSpace(ansi.Strip(all[len(all)-1]))
	if !strings.Contains(footerOf(a), "↓ for more") || strings.Contains(screenText(a), last) {
		t.Fatalf("help at 80x20 should say there is more:\n%s", screenText(a))
	}
	a = press(t, a, "G")
	if !strings.Contains(screenText(a), last) || !strings.Contains(footerOf(a), "↑ back up") {
		t.Fatalf("G in help should show its end, %q:\n%s", last, screenText(a))
	}
	a = press(t, a, "k")
	if strings.Contains(screenText(a), last) {
		t.Fatalf("k in help should scroll up a line:\n%s", screenText(a))
	}
	a = press(t, a, "g")
	if !strings.HasPrefix(screenText(a), "dateline keys") {
		t.Fatalf("g in help should show its top:\n%s", screenText(a))
	}
	b := newTestApp(t, 120, 40, sampleStories())
	if b = press(t, b, "?", "j"); strings.Contains(footerOf(b), "more") || b.keyHelp.top != 0 {
		t.Fatalf("help that fits does not scroll: top %d, footer %q", b.keyHelp.top, footerOf(b))
	}
}

// footerOf is the screen's last line.
func footerOf(a App) string {
	s := screenText(a)
	return s[strings.LastIndex(s, "\n")+1:]
}
