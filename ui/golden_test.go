package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dateline-news/dateline/model"
)

// Whole screens at fixed sizes, ANSI stripped, clock, zone and theme pinned
// by newTestApp. Regenerate with: go test ./ui -run TestGolden -update
// and read the diff in review like code.
func TestGoldenScreens(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"list-scrolled", []string{"j", "j", "j"}},
		{"region-tab", []string{"tab", "tab", "tab"}},
		{"filtering", []string{"/", "e", "u"}},
		{"filtered", []string{"/", "e", "u", "enter"}},
		{"story", []string{"enter"}},
		{"story-links", []string{"enter", "L"}},
		{"help", []string{"?"}},
		{"help-end", []string{"?", "G"}},
		{"story-search-typing", []string{"enter", "/", "a", "n"}},
		{"story-search", []string{"enter", "/", "a", "n", "enter", "n"}},
		{"story-search-miss", []string{"enter", "/", "x", "q", "enter"}},
		{"story-space-at-end", []string{"enter", "space"}},
		{"list-undo", []string{"m", "U"}},
		{"list-copy", []string{"j", "y"}},
		{"sources", []string{"F"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				a := newTestApp(t, size[0], size[1], sampleStories())
				a = send(t, a, SourceFailed{From: model.File("broken.xml"), Err: fmt.Errorf("broken.xml: XML syntax error on line 3: unexpected EOF; showing the 0 stories before it")})
				a = press(t, a, s.keys...)
				golden.RequireEqual(t, screenText(a))
			})
		}
	}
}
