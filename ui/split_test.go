package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/dateline-news/dateline/model"
)

// paneText is the story pane of a split screen: every line's text right
// of the divider.
func paneText(t *testing.T, a App) string {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(screenText(a), "\n") {
		_, right, ok := strings.Cut(line, "│  ")
		if !ok {
			_, right, _ = strings.Cut(line, "─│")
		}
		// the tab bar has dividers of its own: the pane starts at the last
		if i := strings.LastIndex(line, "│"); i >= 0 && strings.Count(line, "│") > 1 {
			right = line[i+len("│"):]
		}
		b.WriteString(right + "\n")
	}
	return b.String()
}

func TestWideTerminalShowsTheListBesideTheSelectedStory(t *testing.T) {
	a := newTestApp(t, 200, 50, sampleStories())
	if !a.splitShown() {
		t.Fatal("200 columns: not split")
	}
	lines := strings.Split(screenText(a), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines, want 50", len(lines))
	}
	listW, _ := a.panes()
	if listW < minListPane {
		t.Errorf("list pane %d columns, want at least %d", listW, minListPane)
	}
	pane := paneText(t, a)
	if !strings.Contains(pane, "Seoul urges Beijing on defectors") || !strings.Contains(pane, "First paragraph with a link") {
		t.Errorf("the story pane does not preview the selection:\n%s", pane)
	}
	if a.stories.State(0).Read {
		t.Error("previewing a story marked it read")
	}

	narrow := newTestApp(t, 159, 50, sampleStories())
	if narrow.splitShown() || strings.Contains(screenText(narrow), "First paragraph") {
		t.Errorf("159 columns split:\n%s", screenText(narrow))
	}
	list := newTestAppWith(t, 200, 50, sampleStories(), func(o *Options) { o.Layout = LayoutList })
	if list.splitShown() {
		t.Error(`layout "list" split the screen`)
	}
	forced := newTestAppWith(t, 130, 40, sampleStories(), func(o *Options) { o.Layout = LayoutSplit })
	if !forced.splitShown() {
		t.Error(`layout "split" did not split 130 columns`)
	}
}

func TestThePreviewFollowsTheSelection(t *testing.T) {
	a := newTestApp(t, 200, 50, sampleStories())
	a = press(t, a, "j", "j")
	if got := paneText(t, a); !strings.Contains(got, "Brazil and Argentina agree on beef tariffs") || strings.Contains(got, "Seoul urges") {
		t.Errorf("after j j the pane shows:\n%s", got)
	}
	if a.screen != screenList {
		t.Errorf("moving the selection left the list (screen %d)", a.screen)
	}
}

func TestEnterAndLMoveTheKeyboardToTheStoryAndEscAndHBack(t *testing.T) {
	for _, keys := range [][2]string{{"enter", "esc"}, {"l", "h"}} {
		a := newTestApp(t, 200, 50, sampleStories())
		a = press(t, a, "j", keys[0])
		if a.screen != screenDetail || !a.stories.State(a.story.seq).Read {
			t.Errorf("%s: screen %d, read %v; want the story, read", keys[0], a.screen, a.stories.State(a.story.seq).Read)
		}
		if !strings.Contains(screenText(a), "Seoul urges Beijing on defectors") {
			t.Errorf("%s: the list is gone:\n%s", keys[0], screenText(a))
		}
		a = press(t, a, "j") // scrolls the story, not the list
		if got := selectedTitle(a); got != "Kenya opens a new rail line to Uganda" {
			t.Errorf("%s then j moved the list to %q", keys[0], got)
		}
		a = press(t, a, "n") // the next story: the list follows
		if got := selectedTitle(a); got != "Brazil and Argentina agree on beef tariffs" {
			t.Errorf("n: the list's selection is %q", got)
		}
		a = press(t, a, keys[1])
		if a.screen != screenList {
			t.Errorf("%s: screen %d, want the list", keys[1], a.screen)
		}
	}
}

func TestVSwitchesTheSplitAndSaysWhenTheTerminalIsTooNarrow(t *testing.T) {
	a := newTestApp(t, 200, 50, sampleStories())
	a = press(t, a, "v")
	if a.splitShown() || strings.Contains(screenText(a), "First paragraph") {
		t.Fatalf("v did not leave the split layout:\n%s", screenText(a))
	}
	a = press(t, a, "enter")
	if a.screen != screenDetail || strings.Contains(screenText(a), "Kenya opens") {
		t.Errorf("one pane: enter does not show the story alone:\n%s", screenText(a))
	}
	a = press(t, a, "v")
	if !a.splitShown() || !strings.Contains(screenText(a), "Kenya opens") || !strings.Contains(paneText(t, a), "First paragraph") {
		t.Errorf("v in the story did not split again, the story beside the list:\n%s", screenText(a))
	}
	narrow := press(t, newTestApp(t, 100, 30, sampleStories()), "v")
	if narrow.splitShown() || !strings.Contains(screenText(narrow), "needs a terminal at least 160 columns wide; this one is 100") {
		t.Errorf("v at 100 columns:\n%s", screenText(narrow))
	}
}

// Holding j moves the selection on every key while at most a couple of
// previews render; the one the selection stops on is shown.
func TestHoldingJRendersACoupleOfPreviewsAtATime(t *testing.T) {
	var stories []*model.Story
	for i := range 200 {
		stories = append(stories, story(fmt.Sprintf("h%d", i), fmt.Sprintf("Headline number %d", i), time.Duration(i)*time.Minute, model.Europe))
	}
	a := newTestApp(t, 200, 50, stories)
	var cmds []tea.Cmd
	for range 30 {
		m, cmd := a.Update(keyMsg("j"))
		a = m.(App)
		cmds = append(cmds, cmd)
		if len(a.pending) > a.slots {
			t.Fatalf("%d renders under way while j is held, want at most %d", len(a.pending), a.slots)
		}
	}
	if got := selectedTitle(a); got != "Headline number 30" {
		t.Fatalf("30 j: selection %q", got)
	}
	// The renders end (stale ones land in the cache, not on screen), and
	// the selection's own follows.
	for _, c := range cmds {
		a = runCmds(t, a, c)
	}
	if a.story.partial || !strings.Contains(paneText(t, a), "Headline number 30") {
		t.Errorf("the preview of the selection did not show:\n%s", paneText(t, a))
	}
}

func TestSplitGoldenScreens(t *testing.T) {
	for _, s := range []struct {
		name string
		keys []string
	}{
		{"split", nil},
		{"split-filtered", []string{"/", "e", "u", "enter"}},
		{"split-story", []string{"j", "enter"}},
		{"split-links", []string{"enter", "L"}},
	} {
		t.Run(s.name+"-200x50", func(t *testing.T) {
			a := newTestApp(t, 200, 50, sampleStories())
			a = press(t, a, s.keys...)
			golden.RequireEqual(t, screenText(a))
		})
	}
}
