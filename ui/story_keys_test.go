package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// space pages down; at the end of a story it opens the next unread one
// and marks it read, as enter does; after the last, the footer says so.
func TestSpaceAtTheEndOpensTheNextUnreadStory(t *testing.T) {
	marks := &fakeMarks{}
	long := longStory()
	long.Published = testNow // the newest: first in the list
	stories := append([]*model.Story{long}, sampleStories()[:3]...)
	a := newTestAppWith(t, 100, 30, stories, func(o *Options) { o.Marks = marks })
	a = press(t, a, "j", "m", "k") // s1, second in the list, read
	a = press(t, a, "enter", "space")
	if a.story.story.ID != "long" || a.story.pager.offset == 0 {
		t.Fatalf("space in a long story should page down: story %s, offset %d", a.story.story.ID, a.story.pager.offset)
	}
	a = press(t, a, "G", "space")
	if a.story.story.ID != "s2" {
		t.Fatalf("space at the end opened %s, want s2 (s1 is read)", a.story.story.ID)
	}
	if !a.stories.State(a.story.seq).Read || !slices.Contains(marks.calls, "read s2 true") {
		t.Fatalf("the story space opened is not marked read: %q", marks.calls)
	}
	a = press(t, a, "space", "space") // a short story is all on screen: its end
	if a.story.story.ID != "s3" {
		t.Fatalf("space at the end of s2 opened %s, want s3", a.story.story.ID)
	}
	if !strings.Contains(footerOf(a), "No unread story after this one here.") {
		t.Fatalf("space after the last unread story: footer %q", footerOf(a))
	}
}

// Without a library nothing is read: space at the end opens the next story.
func TestSpaceAtTheEndWithoutALibraryOpensTheNextStory(t *testing.T) {
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.NoState = true })
	a = press(t, a, "enter", "space")
	if a.story.story.ID != "s2" {
		t.Fatalf("space at the end opened %s, want s2", a.story.story.ID)
	}
	for range 9 { // s3 to s10, then past it
		a = press(t, a, "space")
	}
	if a.story.story.ID != "s10" || !strings.Contains(footerOf(a), "This is the last story in the list.") {
		t.Fatalf("space past the last story: %s, footer %q", a.story.story.ID, footerOf(a))
	}
}

// o and y act on the list's selected story, as in the story view.
func TestOpenAndCopyFromTheList(t *testing.T) {
	var opened, copied []string
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) {
		o.Opener = func(u string) error { opened = append(opened, u); return nil }
		o.Copier = func(u string) (string, error) { copied = append(copied, u); return "xclip", nil }
	})
	a = press(t, a, "j", "o", "j", "y")
	if !slices.Equal(opened, []string{"https://example.com/s2"}) || !slices.Equal(copied, []string{"https://example.com/s3"}) {
		t.Fatalf("o opened %q, y copied %q", opened, copied)
	}
	if a.screen != screenList || !strings.Contains(footerOf(a), "Copied with xclip: https://example.com/s3") {
		t.Fatalf("y on the list: screen %v, footer %q", a.screen, footerOf(a))
	}
	a = press(t, a, "/", "o", "y")
	if len(opened) != 1 || len(copied) != 1 || a.list.input.Value() != "oy" {
		t.Fatalf("o and y typed in the filter are text: filter %q, opened %q, copied %q", a.list.input.Value(), opened, copied)
	}
	a = press(t, a, "esc", "tab", "M", "y") // y answers the question
	if len(copied) != 1 || a.stories.Unread(model.Africa) != 0 {
		t.Fatalf("y after M should mark all read, not copy: copied %q", copied)
	}
}

// U takes back the last m, s or M, one after another, in the list and in
// a story, and writes the reversal to the library after the marks.
func TestUndoTakesBackTheLastMarks(t *testing.T) {
	marks := &fakeMarks{}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Marks = marks })
	a = press(t, a, "s", "m")
	a = press(t, a, "U")
	if st := a.stories.State(a.list.view[0]); st.Read || !st.Starred {
		t.Fatalf("U after s, m: %+v, want unread and starred", st)
	}
	if !strings.Contains(footerOf(a), "Undone: unread again: Seoul urges Beijing") {
		t.Fatalf("U says what it did: %q", footerOf(a))
	}
	a = press(t, a, "U")
	if st := a.stories.State(a.list.view[0]); st.Starred {
		t.Fatal("U again should take back the star too")
	}
	a = press(t, a, "U")
	if !strings.Contains(footerOf(a), "Nothing to undo") {
		t.Fatalf("U with nothing left: %q", footerOf(a))
	}
	want := []string{"star s1 true", "read s1 true", "read s1 false", "star s1 false"}
	if !slices.Equal(marks.calls, want) {
		t.Fatalf("the library got %q, want %q", marks.calls, want)
	}

	// In a story: the header shows the mark U gave back.
	a = press(t, a, "enter", "s", "U")
	first, _, _ := strings.Cut(screenText(a), "\n")
	if strings.Contains(first, "starred") || !strings.Contains(footerOf(a), "Undone: unstarred again") {
		t.Fatalf("U in the story: header %q, footer %q", first, footerOf(a))
	}
}

// U after M makes unread again exactly the stories M marked: not the
// ones that were read before it.
func TestUndoMarkAllRestoresExactlyWhatItChanged(t *testing.T) {
	marks := &fakeMarks{}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Marks = marks })
	a = press(t, a, "j", "m", "j", "j", "m") // s2 and s4 read
	a = press(t, a, "M", "y")
	if a.stories.UnreadTotal() != 0 {
		t.Fatalf("M y left %d unread", a.stories.UnreadTotal())
	}
	marks.calls = nil
	a = press(t, a, "U")
	for _, seq := range a.list.view {
		s := a.stories.Story(seq)
		if read := a.stories.State(seq).Read; read != (s.ID == "s2" || s.ID == "s4") {
			t.Errorf("after U, %s read = %v", s.ID, read)
		}
	}
	want := []string{"read s1 false", "read s3 false", "read s5 false", "read s6 false", "read s7 false", "read s8 false", "read s9 false", "read s10 false"}
	if !slices.Equal(marks.calls, want) {
		t.Fatalf("the library got %q, want %q", marks.calls, want)
	}
	if !strings.Contains(footerOf(a), "Undone: 8 stories unread again.") {
		t.Fatalf("footer %q", footerOf(a))
	}
}

// Opening a story marks it read, but that is no mark for U: U takes back
// the m before it.
func TestUndoSkipsTheReadMarkOfOpening(t *testing.T) {
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Marks = &fakeMarks{} })
	a = press(t, a, "j", "s", "k", "enter", "esc", "U")
	if a.stories.State(a.list.view[1]).Starred || !a.stories.State(a.list.view[0]).Read {
		t.Fatalf("U after s on s2 and opening s1: s2 %+v, s1 %+v", a.stories.State(a.list.view[1]), a.stories.State(a.list.view[0]))
	}
}

// Help names the new keys, and says what n and N are while a story search
// is on, and what space does at the end of a story.
func TestHelpTellsOfTheStoryKeys(t *testing.T) {
	a := newTestApp(t, 120, 40, sampleStories())
	a = press(t, a, "?")
	for _, want := range []string{"U undo last mark", "/   search the story", "n/N next/prev match",
		"space at its end opens the next unread story", "n and N are the next and previous match (not next story, next unread)"} {
		if !strings.Contains(strings.Join(strings.Fields(screenText(a)), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("help lacks %q:\n%s", want, screenText(a))
		}
	}
}

// libraryBody is the Body of a story the list read from the library
// without its link: Complete reads the rest, as the store does.
type libraryBody struct{ whole *model.Story }

func (b libraryBody) Markdown() string { return "" }
func (b libraryBody) Complete(s *model.Story) (*model.Story, error) {
	return b.whole, nil
}

// o and y on a row from the library, whose link the list does not hold,
// read the story whole first and then open or copy its link.
func TestOAndYOnAPartialRowReadTheLinkFromTheLibrary(t *testing.T) {
	whole := story("p1", "A story kept in the library", time.Hour, model.Europe)
	partial := *whole
	partial.Details, partial.Partial, partial.Body = nil, true, libraryBody{whole: whole}
	var opened []string
	newer := story("n1", "A newer story", time.Minute, model.Europe)
	middle := story("n2", "A story between", 30*time.Minute, model.Europe)
	a := newTestAppWith(t, 80, 24, []*model.Story{newer, middle, &partial}, func(o *Options) {
		o.Opener = func(u string) error { opened = append(opened, u); return nil }
	})
	// j at once, without the rest that would render (and so read) the
	// story ahead: o comes before that.
	m, _ := a.Update(keyMsg("j"))
	m, _ = m.Update(keyMsg("j"))
	a = m.(App)
	if a.stories.Story(a.list.view[a.list.cursor]).Link() != "" {
		t.Fatal("the row already holds its link: the test shows nothing")
	}
	a = press(t, a, "o")
	if len(opened) != 1 || opened[0] != whole.Link() {
		t.Fatalf("o on a row from the library opened %v, want %s\n%s", opened, whole.Link(), screenText(a))
	}
	a = press(t, a, "y")
	if !strings.Contains(screenText(a), whole.Link()) && !strings.Contains(screenText(a), "Copied") {
		t.Errorf("y on a row from the library:\n%s", screenText(a))
	}
	if strings.Contains(screenText(a), "no link") {
		t.Errorf("y says the story has no link:\n%s", screenText(a))
	}
}

// enter on a story from the library shows its whole header (byline, link)
// as soon as the story is read, before Glamour has rendered its body.
func TestAPartialStoryShowsItsHeaderBeforeItsBody(t *testing.T) {
	whole := story("p1", "A story kept in the library", time.Hour, model.Europe)
	partial := *whole
	partial.Details, partial.Partial, partial.Body = nil, true, libraryBody{whole: whole}
	newer := story("n1", "A newer story", time.Minute, model.Europe)
	middle := story("n2", "A story between", 30*time.Minute, model.Europe)
	a := newTestApp(t, 80, 24, []*model.Story{newer, middle, &partial})
	// j at once, without the rest that would render (and so read) the
	// story ahead, then enter.
	m, _ := a.Update(keyMsg("j"))
	m, _ = m.Update(keyMsg("j"))
	m, cmd := m.Update(keyMsg("enter"))
	a = m.(App)
	if strings.Contains(screenText(a), whole.Link()) {
		t.Fatal("the link is on screen before the story was read: the test shows nothing")
	}
	var read tea.Msg
	for _, msg := range runBatch(cmd) {
		if _, ok := msg.(StoryRead); ok {
			read = msg
		}
	}
	if read == nil {
		t.Fatal("enter on a partial story did not read it ahead of its render")
	}
	m, _ = a.Update(read)
	a = m.(App)
	if text := screenText(a); !strings.Contains(text, whole.Link()) || !strings.Contains(text, "Rendering") {
		t.Errorf("after the story was read, before its render, the screen:\n%s", text)
	}
	if s, _ := a.stories.Seq("p1"); a.stories.Story(s).Partial {
		t.Error("the list still holds the partial story")
	}
}
