package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func click(t *testing.T, a App, x, y int) App {
	t.Helper()
	return send(t, a, tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
}

func wheel(t *testing.T, a App, x, y int, b tea.MouseButton) App {
	t.Helper()
	return send(t, a, tea.MouseWheelMsg{X: x, Y: y, Button: b})
}

func TestClickSelectsARowAndAClickOnTheSelectedRowOpensIt(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = click(t, a, 10, listTop+2)
	if got := selectedTitle(a); got != "Brazil and Argentina agree on beef tariffs" || a.screen != screenList {
		t.Fatalf("click on the third row: selection %q, screen %d", got, a.screen)
	}
	a = click(t, a, 40, listTop+2)
	if a.screen != screenDetail || !strings.Contains(screenText(a), "Brazil and Argentina agree on beef tariffs") || !a.stories.State(a.story.seq).Read {
		t.Fatalf("a click on the selected row did not open it:\n%s", screenText(a))
	}
	// Below the last row, on the rule and on the footer: nothing.
	b := newTestApp(t, 100, 30, sampleStories()[:3])
	for _, y := range []int{listTop + 5, 28, 29, 1} {
		if b = click(t, b, 10, y); b.screen != screenList || b.list.cursor != 0 {
			t.Errorf("a click on row %d: screen %d, cursor %d", y, b.screen, b.list.cursor)
		}
	}
}

func TestClickOnATabSwitchesToIt(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	bar := strings.Split(screenText(a), "\n")[0]
	x := strings.Index(bar, "Europe")
	if x < 0 {
		t.Fatalf("no Europe tab: %q", bar)
	}
	a = click(t, a, len([]rune(bar[:x]))+1, 0)
	if r, one := a.list.scope.Region(); !one || r.String() != "Europe" {
		t.Fatalf("a click on Europe: scope %v", a.list.scope)
	}
	r, _ := a.list.scope.Region()
	for _, seq := range a.list.view {
		if !a.stories.Story(seq).Regions.Has(r) {
			t.Errorf("%q shown on the Europe tab", a.stories.Story(seq).Title)
		}
	}
}

func TestClickOnALinkOpensIt(t *testing.T) {
	var opened []string
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) {
		o.Opener = func(u string) error { opened = append(opened, u); return nil }
	})
	a = press(t, a, "enter", "L")
	a = click(t, a, 5, linksTop+1)
	if len(opened) != 1 || opened[0] != "https://example.com/b" {
		t.Fatalf("a click on the second link opened %v", opened)
	}
	click(t, a, 5, linksTop+5) // below the links
	if len(opened) != 1 {
		t.Errorf("a click below the links opened %v", opened)
	}
}

func TestTheWheelScrollsEveryScrollableScreen(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	if a = wheel(t, a, 5, 5, tea.MouseWheelDown); a.list.cursor != wheelStep {
		t.Errorf("list: cursor %d after a turn down, want %d", a.list.cursor, wheelStep)
	}
	long := newTestApp(t, 80, 24, append(sampleStories()[:1:1], longStory()))
	long = press(t, long, "enter") // the long story is the newest
	if long = wheel(t, long, 5, 5, tea.MouseWheelDown); long.story.pager.offset != wheelStep {
		t.Errorf("story: offset %d after a turn down", long.story.pager.offset)
	}
	help := press(t, newTestApp(t, 80, 24, sampleStories()), "?")
	if help = wheel(t, help, 5, 5, tea.MouseWheelDown); help.keyHelp.top == 0 {
		t.Error("help: a turn down did not scroll it")
	}
	links := press(t, newTestApp(t, 80, 24, sampleStories()), "enter", "L")
	if links = wheel(t, links, 5, 5, tea.MouseWheelDown); links.links.index != 1 {
		t.Errorf("links: index %d after a turn down, want the last, 1", links.links.index)
	}
}

func TestSplitClicksAndWheelGoToThePaneUnderThePointer(t *testing.T) {
	stories := append(sampleStories()[:2:2], longStory())
	a := newTestApp(t, 200, 50, stories)
	listW, _ := a.panes()
	if got := selectedTitle(a); got != longStory().Title { // the newest, previewed
		t.Fatalf("selection %q", got)
	}
	a = wheel(t, a, listW+10, 10, tea.MouseWheelDown)
	if a.screen != screenList || a.story.pager.offset != wheelStep || a.list.cursor != 0 {
		t.Errorf("the wheel over the preview: screen %d, offset %d, cursor %d", a.screen, a.story.pager.offset, a.list.cursor)
	}
	a = click(t, a, listW+10, 10)
	if a.screen != screenDetail || !a.stories.State(a.story.seq).Read {
		t.Errorf("a click on the preview: screen %d, read %v", a.screen, a.stories.State(a.story.seq).Read)
	}
	a = click(t, a, 5, listTop+1)
	if a.screen != screenList || a.list.cursor != 1 {
		t.Errorf("a click on the list from the story: screen %d, cursor %d", a.screen, a.list.cursor)
	}
}

func TestNoMouseLeavesTheMouseToTheTerminal(t *testing.T) {
	on := newTestAppWith(t, 80, 24, sampleStories(), func(o *Options) { o.Mouse = true })
	off := newTestApp(t, 80, 24, sampleStories())
	if on.View().MouseMode != tea.MouseModeCellMotion || off.View().MouseMode != tea.MouseModeNone {
		t.Errorf("mouse modes: on %v, off %v", on.View().MouseMode, off.View().MouseMode)
	}
}
