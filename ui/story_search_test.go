package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// searchStory is a long story with a word in three places: near the top,
// far down, and at the very end.
func searchStory() *model.Story {
	s := story("find", "A story to search", time.Minute, model.Europe)
	var b strings.Builder
	for i := range 80 {
		word := ""
		switch i {
		case 3, 50, 79:
			word = " Zanzibar"
		}
		fmt.Fprintf(&b, "Paragraph %d of the report%s, with words enough to fill a line.\n\n", i, word)
	}
	s.Body = model.Markdown(b.String())
	return s
}

// marked is the text of the screen's cells drawn with SGR sequence on, in
// order, with the line each is on.
func markedText(content, on string) []string {
	var found []string
	for i, line := range strings.Split(content, "\n") {
		for {
			j := strings.Index(line, on)
			if j < 0 {
				break
			}
			line = line[j+len(on):]
			end := strings.Index(line, ansi.ResetStyle)
			if end < 0 {
				end = len(line)
			}
			found = append(found, fmt.Sprintf("%d:%s", i, ansi.Strip(line[:end])))
		}
	}
	return found
}

// / in a story finds the words as they are typed, case aside, shows every
// match in reverse video and the current one in the accent, and scrolls
// the first into view.
func TestStorySearchHighlightsMatchesAndScrollsToTheFirst(t *testing.T) {
	a := newTestApp(t, 100, 30, []*model.Story{searchStory()})
	a = press(t, a, "enter", "pgdown", "pgdown") // past the first match
	a = press(t, a, "/", "z", "A", "n", "z")
	if !a.story.find.typing || a.screen != screenDetail {
		t.Fatalf("typing the search left it: typing %v, screen %v", a.story.find.typing, a.screen)
	}
	if len(a.story.find.hits) != 3 {
		t.Fatalf("%d matches of zanz, want 3", len(a.story.find.hits))
	}
	screen := screenText(a)
	if !strings.Contains(screen, "Paragraph 50 of the report Zanzibar") {
		t.Fatalf("the first match after the reader's place is not on screen:\n%s", screen)
	}
	if got := footerOf(a); !strings.Contains(got, "/ zAnz") || !strings.Contains(got, "3 matches") {
		t.Fatalf("footer while typing: %q", got)
	}
	content := a.View().Content
	st := a.styles
	if got := markedText(content, st.find.current.pre); len(got) != 1 || !strings.HasSuffix(got[0], ":Zanz") {
		t.Fatalf("the current match is drawn %q, want Zanz once", got)
	}
	a = press(t, a, "enter", "n")
	if got := footerOf(a); !strings.Contains(got, "/zAnz 3/3") || !strings.Contains(got, "n/N match") || !strings.Contains(got, "esc end search") {
		t.Fatalf("footer with the search kept, after n: %q", got)
	}
	if !strings.Contains(screenText(a), "Paragraph 79 of the report Zanzibar") {
		t.Fatalf("n did not show the last match:\n%s", screenText(a))
	}
	// The screen's text is the story's: the search only re-styles cells.
	plain := press(t, a, "esc")
	if strings.Join(strings.Split(screenText(a), "\n")[:29], "\n") != strings.Join(strings.Split(screenText(plain), "\n")[:29], "\n") {
		t.Fatal("highlighting changed the text on screen")
	}
	if len(markedText(plain.View().Content, st.find.match.pre)) != 0 {
		t.Fatal("esc ended the search but matches are still drawn")
	}
}

// n and N go round the matches while the search is on; N is not next
// unread then, nor n next story. esc ends the search and they are again.
func TestStorySearchNAndShiftNMoveBetweenMatchesThenEscEndsIt(t *testing.T) {
	stories := append([]*model.Story{searchStory()}, sampleStories()...)
	a := newTestApp(t, 100, 30, stories)
	a = press(t, a, "enter", "/", "z", "a", "n", "z", "i", "b", "a", "r", "enter")
	for _, step := range []struct {
		key string
		at  int
	}{{"n", 1}, {"n", 2}, {"n", 0}, {"N", 2}, {"N", 1}} {
		a = press(t, a, step.key)
		if a.screen != screenDetail || a.story.story.ID != "find" {
			t.Fatalf("%s with the search on left the story", step.key)
		}
		if a.story.find.at != step.at {
			t.Fatalf("%s: at match %d, want %d", step.key, a.story.find.at, step.at)
		}
		h := a.story.find.hits[step.at]
		if h.line < a.story.pager.offset || h.line >= a.story.pager.offset+a.story.pager.height {
			t.Fatalf("%s: match on line %d, screen shows %d+%d", step.key, h.line, a.story.pager.offset, a.story.pager.height)
		}
	}
	a = press(t, a, "esc")
	if a.screen != screenDetail || a.story.searching() {
		t.Fatalf("esc should end the search and stay in the story: screen %v", a.screen)
	}
	a = press(t, a, "n")
	if a.story.story.ID == "find" {
		t.Fatal("after esc, n should open the next story")
	}
	a = press(t, a, "esc")
	if a.screen != screenList {
		t.Fatal("esc with no search on should go back to the list")
	}
	a = press(t, a, "enter", "/", "s", "enter", "backspace")
	if a.screen != screenList {
		t.Fatal("backspace with a search on should go back to the list")
	}
}

// While the search line is open, letters that are keys elsewhere are text.
func TestStorySearchTypingKeysAreText(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "enter", "/", "q", "n", "?", "m", "space", "j")
	if a.screen != screenDetail || a.story.find.input.Value() != "qn?m j" {
		t.Fatalf("screen %v, search line %q", a.screen, a.story.find.input.Value())
	}
	if st := a.stories.State(a.story.seq); !st.Read {
		t.Fatal("m typed in the search marked the story")
	}
	a = send(t, a, tea.PasteMsg{Content: "xyz"})
	if a.story.find.input.Value() != "qn?m jxyz" {
		t.Fatalf("a paste is text too: %q", a.story.find.input.Value())
	}
}

// esc while typing goes back where the reader was; enter on words not in
// the story says so and ends the search.
func TestStorySearchEscWhileTypingGoesBackAndAMissIsSaid(t *testing.T) {
	a := newTestApp(t, 100, 30, []*model.Story{searchStory()})
	a = press(t, a, "enter", "pgdown", "j")
	was := a.story.pager.offset
	a = press(t, a, "/", "z", "a", "n")
	if a.story.pager.offset == was {
		t.Fatal("typing did not scroll to the match")
	}
	a = press(t, a, "esc")
	if a.story.pager.offset != was || a.story.searching() {
		t.Fatalf("esc while typing: offset %d (want %d), searching %v", a.story.pager.offset, was, a.story.searching())
	}
	a = press(t, a, "/", "q", "u", "x", "enter")
	if a.story.searching() || !strings.Contains(footerOf(a), `"qux" is not in this story.`) {
		t.Fatalf("a miss: searching %v, footer %q", a.story.searching(), footerOf(a))
	}
}

// The matches follow a re-render at another width: the same matches, the
// current one still the current one.
func TestStorySearchFollowsAResize(t *testing.T) {
	a := newTestApp(t, 100, 30, []*model.Story{searchStory()})
	a = press(t, a, "enter", "/", "z", "a", "n", "z", "enter", "n")
	a = send(t, a, tea.WindowSizeMsg{Width: 60, Height: 20})
	if len(a.story.find.hits) != 3 || a.story.find.at != 1 {
		t.Fatalf("after a resize: %d matches, at %d; want 3, at 1", len(a.story.find.hits), a.story.find.at)
	}
	for _, h := range a.story.find.hits {
		if got := ansi.Strip(ansi.Cut(a.story.pager.lines[h.line], h.start, h.end)); got != "Zanz" {
			t.Fatalf("after a resize a match's cells hold %q", got)
		}
	}
}

// Matches are found by cell, whatever the script: wide letters and emoji
// take two cells, and an accent none.
func TestFindCellsCountsCellsNotBytes(t *testing.T) {
	for _, c := range []struct {
		line, query string
		want        [][2]int
	}{
		{"  東京で新しい経済対策", "経済", [][2]int{{14, 18}}},
		{"👨‍👩‍👧 family news, Family", "family", [][2]int{{3, 9}, {16, 22}}},
		{"\x1b[1mCafe\u0301 CAFÉ\x1b[m cafe\u0301", "café", [][2]int{{5, 9}}},
		{"e\u0301e\u0301 abc", "abc", [][2]int{{3, 6}}},
		{"İstanbul and ıstanbul", "stanbul", [][2]int{{1, 8}, {14, 21}}},
	} {
		got := findCells(c.line, strings.Map(unicode.ToLower, ansi.Strip(c.line)), strings.Map(unicode.ToLower, c.query))
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q in %q: cells %v, want %v", c.query, c.line, got, c.want)
		}
		for _, sp := range got {
			if cut := ansi.Strip(ansi.Cut(c.line, sp[0], sp[1])); !strings.EqualFold(cut, c.query) {
				t.Errorf("%q in %q: the cells %v hold %q", c.query, c.line, sp, cut)
			}
		}
	}
}

// Re-styling cells keeps the line's own styles: a reset or a colour
// inside a match does not end it, and after it the text is styled as it
// was; escapes that are not SGR stay where they were.
func TestRestyleCellsKeepsTheLineStyle(t *testing.T) {
	const on = "\x1b[7m"
	line := "\x1b[1mbold \x1b[31mred\x1b[m plain \x1b]8;;https://x.example\x07链接\x1b]8;;\x07 end"
	got := restyleCells(line, []cellStyle{{start: 2, end: 7, on: on}, {start: 15, end: 17, on: on}})
	want := "\x1b[1mbo" + on + "ld \x1b[31m" + on + "re" + ansi.ResetStyle + "\x1b[1m\x1b[31m" + "d\x1b[m plain " +
		"\x1b]8;;https://x.example\x07" + on + "链" + ansi.ResetStyle + "接\x1b]8;;\x07 end"
	if got != want {
		t.Errorf("restyled:\n got %q\nwant %q", got, want)
	}
	if ansi.Strip(got) != ansi.Strip(line) {
		t.Error("re-styling changed the text")
	}
}

// Every match on screen is drawn: the current one in the accent, the
// others in reverse video.
func TestStorySearchDrawsEveryMatchOnScreen(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "enter", "/", "a", "n", "enter") // "and another": two matches
	content, st := a.View().Content, a.styles
	current, others := markedText(content, st.find.current.pre), markedText(content, st.find.match.pre)
	if len(current) != 1 || len(others) != 1 || !strings.HasSuffix(current[0], ":an") || !strings.HasSuffix(others[0], ":an") {
		t.Fatalf("current %q, others %q; want one of each", current, others)
	}
	a = press(t, a, "esc", "N")
	if a.story.story.ID != "s2" {
		t.Fatalf("N after the search ended opened %s, want the next unread, s2", a.story.story.ID)
	}
}

// BenchmarkStorySearch is the search of a long story (120 paragraphs, 600
// lines at 120x40) as the program runs it: one op is typing "report"
// letter by letter (240 matches), n, then esc, each Update and View.
func BenchmarkStorySearch(b *testing.B) {
	var m tea.Model = newApp(Options{Theme: Dark, ThemeForced: true, Now: func() time.Time { return testNow }, Location: time.UTC})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m, _ = m.Update(StoriesLoaded{From: model.File("bench"), Prepared: model.Prepare([]*model.Story{longStory()})})
	m, cmd := m.Update(keyMsg("enter"))
	for _, msg := range runBatch(cmd) {
		if r, ok := msg.(BodyRendered); ok && !r.Partial {
			m, _ = m.Update(msg)
		}
	}
	if m.(App).story.partial {
		b.Fatal("the story is not rendered")
	}
	var keys []tea.KeyPressMsg
	for _, k := range []string{"/", "r", "e", "p", "o", "r", "t", "enter", "n", "esc"} {
		keys = append(keys, keyMsg(k))
	}
	for b.Loop() {
		for _, k := range keys {
			m = step(m, k)
		}
	}
	if n := len(m.(App).story.find.hits); n != 0 {
		b.Fatalf("the search did not end: %d matches", n)
	}
}
