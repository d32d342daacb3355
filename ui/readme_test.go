package ui

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// Promises the README makes about the reader, held to at the ui level.

func TestMouseWheelScrollsTheListAndTheStory(t *testing.T) {
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Mouse = true })
	if mode := a.View().MouseMode; mode != tea.MouseModeCellMotion {
		t.Fatalf("with Options.Mouse the view asks for mouse mode %v, want cell motion", mode)
	}
	a = send(t, a, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if a.list.cursor != wheelStep || selectedTitle(a) != sampleStories()[wheelStep].Title {
		t.Fatalf("wheel down on the list selected row %d (%q), want row %d", a.list.cursor, selectedTitle(a), wheelStep)
	}
	a = send(t, a, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if a.list.cursor != 0 {
		t.Fatalf("wheel up on the list: row %d, want 0", a.list.cursor)
	}

	a = newTestAppWith(t, 100, 30, []*model.Story{longStory()}, func(o *Options) { o.Mouse = true })
	a = press(t, a, "enter")
	before := screenText(a)
	a = send(t, a, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if a.story.pager.offset != wheelStep || screenText(a) == before {
		t.Fatalf("wheel down in the story: offset %d, want %d", a.story.pager.offset, wheelStep)
	}
	a = send(t, a, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if a.story.pager.offset != 0 {
		t.Fatalf("wheel up in the story: offset %d, want 0", a.story.pager.offset)
	}
}

func TestWithoutMouseNoMouseModeIsRequested(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories()) // Options.Mouse false: --no-mouse
	for _, keys := range [][]string{nil, {"enter"}, {"enter", "L"}, {"F"}, {"?"}} {
		b := press(t, a, keys...)
		if mode := b.View().MouseMode; mode != tea.MouseModeNone {
			t.Errorf("after %q the view asks for mouse mode %v; --no-mouse must leave the mouse to the terminal", keys, mode)
		}
	}
}

// sgr matches a Select Graphic Rendition sequence and its parameters.
var sgr = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// colours lists the SGR sequences of s that set a colour.
func colours(s string) []string {
	var found []string
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		for p := range strings.SplitSeq(m[1], ";") {
			var n int
			if _, err := fmt.Sscan(strings.SplitN(p, ":", 2)[0], &n); err != nil {
				continue
			}
			if n >= 30 && n <= 49 && n != 39 && n != 49 || n >= 90 && n <= 107 || n == 58 {
				found = append(found, m[0])
				break
			}
		}
	}
	return found
}

func TestNoColorGivesAScreenWithoutColour(t *testing.T) {
	screens := [][]string{nil, {"/", "e", "u"}, {"enter"}, {"enter", "L"}, {"F"}, {"?"}}
	coloured := newTestApp(t, 100, 30, sampleStories())
	if len(colours(coloured.View().Content)) == 0 {
		t.Fatal("the list has no colour even with colour on: the check below would prove nothing")
	}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.NoColor = true })
	for _, keys := range screens {
		b := press(t, a, keys...)
		content := b.View().Content
		if c := colours(content); len(c) > 0 {
			t.Errorf("NO_COLOR, after %q: the screen sets colours %q", keys, c[:min(3, len(c))])
		}
		if ansiFree := screenText(b); ansiFree != screenText(press(t, coloured, keys...)) {
			t.Errorf("NO_COLOR, after %q: the text differs from the coloured screen's", keys)
		}
	}
	// Attributes stay: the selected row is in reverse video.
	if !strings.Contains(a.View().Content, "\x1b[7m") {
		t.Error("NO_COLOR lost the reverse video of the selected row")
	}
}

// linkyStory is a story with four links in its text.
func linkyStory() *model.Story {
	s := story("links", "A story full of links", time.Hour, model.Europe)
	s.Body = model.Markdown("See [one](https://x.example/1), [two](https://x.example/2), [three](https://x.example/3) and [four](https://x.example/4).")
	return s
}

func TestLinksScreenDigitsPickALinkAndYCopiesIt(t *testing.T) {
	var opened, copied []string
	a := newTestAppWith(t, 100, 30, []*model.Story{linkyStory()}, func(o *Options) {
		o.Opener = func(u string) error { opened = append(opened, u); return nil }
		o.Copier = func(u string) (string, error) { copied = append(copied, u); return "wl-copy", nil }
	})
	a = press(t, a, "enter", "L", "3")
	if a.links.index != 2 || !strings.Contains(screenText(a), "[3] https://x.example/3") {
		t.Fatalf("3 selected row %d, want link 3", a.links.index)
	}
	a = press(t, a, "y")
	if !slices.Equal(copied, []string{"https://x.example/3"}) || !strings.Contains(screenText(a), "Copied with wl-copy: https://x.example/3") {
		t.Fatalf("y copied %q:\n%s", copied, screenText(a))
	}
	a = press(t, a, "9") // there is no link 9: the selection stays
	if a.links.index != 2 {
		t.Fatalf("9 with four links moved the selection to row %d", a.links.index)
	}
	a = press(t, a, "1", "enter")
	if !slices.Equal(opened, []string{"https://x.example/1"}) {
		t.Fatalf("1 then enter opened %q, want link 1", opened)
	}
	if a.screen != screenLinks {
		t.Fatal("picking and opening a link left the links screen")
	}
}

func TestArrowsMoveTheSelectionWhileTyping(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "/", "e", "down", "down")
	if !a.list.typing || a.list.cursor != 2 || a.list.input.Value() != "e" {
		t.Fatalf("typing %v, row %d, filter %q: the arrows should move the selection and type nothing", a.list.typing, a.list.cursor, a.list.input.Value())
	}
	a = press(t, a, "up")
	if a.list.cursor != 1 {
		t.Fatalf("up while typing: row %d, want 1", a.list.cursor)
	}
}

// fakeMarks records the marks the reader hands to the library.
type fakeMarks struct {
	calls []string
	err   error
}

func (m *fakeMarks) SetRead(id string, read bool) error {
	m.calls = append(m.calls, fmt.Sprintf("read %s %v", id, read))
	return m.err
}

func (m *fakeMarks) SetStarred(id string, starred bool) error {
	m.calls = append(m.calls, fmt.Sprintf("star %s %v", id, starred))
	return m.err
}

func (m *fakeMarks) MarkRead(ids []string) error {
	m.calls = append(m.calls, "read all "+strings.Join(ids, ","))
	return m.err
}

func TestMarksReachTheLibraryInOrder(t *testing.T) {
	marks := &fakeMarks{}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Marks = marks })
	a = press(t, a, "m", "m", "s", "enter", "esc", "tab", "M", "y")
	want := []string{"read s1 true", "read s1 false", "star s1 true", "read s1 true", "read all s2,s8"}
	if !slices.Equal(marks.calls, want) {
		t.Fatalf("the library got %q, want %q", marks.calls, want)
	}
	marks.err = errors.New("disk full")
	a = press(t, a, "shift+tab", "m")
	if !strings.Contains(screenText(a), "Marks not saved (disk full)") {
		t.Fatalf("a failed write is not shown:\n%s", screenText(a))
	}
}

func TestQuitWaitsForTheMarksOnTheirWay(t *testing.T) {
	marks := &fakeMarks{}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Marks = marks })
	m, write := a.Update(keyMsg("m")) // the write's command is not run yet
	m, quit := m.Update(keyMsg("q"))
	if quit != nil {
		if _, ok := quit().(tea.QuitMsg); ok {
			t.Fatal("q quit with a mark not yet written")
		}
	}
	m, quit = m.Update(runCmd(t, write))
	if quit == nil {
		t.Fatal("no quit once the mark was written")
	}
	if _, ok := quit().(tea.QuitMsg); !ok || len(marks.calls) != 1 {
		t.Fatalf("after the write: quit %T, marks %q", quit(), marks.calls)
	}
	_ = m
}

func TestMarksWaitingWhenTheProgramEndsAreWrittenAfter(t *testing.T) {
	marks := &fakeMarks{}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Marks = marks })
	m, _ := a.Update(keyMsg("m")) // its command starts (busy) but never runs
	m, _ = m.Update(keyMsg("j"))
	m, _ = m.Update(keyMsg("s")) // waits behind it
	// A signal ends the program here: the first write's command may never
	// run, the second still waits. Both are written after.
	if err := m.(App).WriteWaitingMarks(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"read s1 true", "star s2 true"}; !slices.Equal(marks.calls, want) {
		t.Errorf("written after the end: %q, want %q", marks.calls, want)
	}
}
