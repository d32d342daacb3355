package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// The list renders the story its selection rests on, and the two beside it,
// so enter shows the story at once, with no render to wait for.
func TestEnterOnARestedSelectionShowsTheStoryAtOnce(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	clear(a.rendered)    // what the first rest rendered
	a = press(t, a, "j") // the test clock's pause is over at once: it rests
	m, _ := a.Update(keyMsg("enter"))
	a = m.(App)
	if a.story.partial {
		t.Fatal("enter on a rested selection waited for a render")
	}
	if got := screenText(a); !strings.Contains(got, "First paragraph with a link [1]") {
		t.Fatalf("story body not on screen at once:\n%s", got)
	}
	width := textWidth(80, 0)
	for _, id := range []string{"s1", "s2", "s3"} {
		if _, ok := a.rendered[renderKey{ID: id, Width: width, Theme: Dark}]; !ok {
			t.Errorf("story %s (the selection or beside it) not rendered ahead", id)
		}
	}
}

// While the selection moves, nothing is rendered: a rest that a later move
// has overtaken is ignored.
func TestMovingSelectionRendersNothingAhead(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	clear(a.rendered) // what the first rest rendered
	m, _ := a.Update(keyMsg("j"))
	first := m.(App).ahead.gen
	m, _ = m.Update(keyMsg("j"))
	a = send(t, m.(App), SelectionRested{Gen: first})
	if len(a.rendered) != 0 || len(a.pending) != 0 {
		t.Fatalf("a stale rest rendered %d stories and started %d", len(a.rendered), len(a.pending))
	}
}

// At most a couple of renders ahead are under way at once.
func TestRenderingAheadIsACoupleAtATime(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	clear(a.rendered) // what the first rest rendered
	m, _ := a.Update(keyMsg("j"))
	m, _ = m.Update(SelectionRested{Gen: m.(App).ahead.gen})
	if n := len(m.(App).pending); n != a.slots {
		t.Fatalf("%d renders ahead under way, want %d", n, a.slots)
	}
}

// A resize to a bigger screen and back lands where the reader was, even at
// the end of the text, where the bigger screen had to show earlier lines.
func TestResizeThereAndBackKeepsThePlace(t *testing.T) {
	for _, keys := range [][]string{{"G"}, {"G", "pgup", "pgup"}, {"space", "space", "space"}} {
		a := newTestApp(t, 80, 24, []*model.Story{longStory()})
		a = press(t, a, "enter")
		a = press(t, a, keys...)
		before, top := a.story.position(), topParagraph(t, a)
		a = send(t, a, tea.WindowSizeMsg{Width: 120, Height: 40})
		if !strings.Contains(screenText(a), "Paragraph "+top+" ") {
			t.Errorf("%v: paragraph %s not on the bigger screen:\n%s", keys, top, screenText(a))
		}
		a = send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
		if got := a.story.position(); got != before || topParagraph(t, a) != top {
			t.Errorf("%v: at %s (paragraph %s) before, %s (paragraph %s) after the round trip", keys, before, top, got, topParagraph(t, a))
		}
	}
}

// m and s in the story view say what they did: the header shows the marks,
// and each press has a footer notice of its own.
func TestMarkKeysInTheStoryShowTheMarks(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "enter")
	for _, step := range []struct{ key, header, notice string }{
		{"s", "★ starred · read", "Starred: Seoul urges Beijing"},
		{"s", "read", "Unstarred: Seoul urges Beijing"},
		{"m", "● unread", "Marked unread: Seoul urges Beijing"},
		{"m", "read", "Marked read: Seoul urges Beijing"},
	} {
		id := a.noticeID
		a = press(t, a, step.key)
		first, _, _ := strings.Cut(screenText(a), "\n")
		if !strings.HasSuffix(strings.TrimRight(first, " "), "   "+step.header) {
			t.Errorf("%s: header's first line %q, want it to end %q", step.key, first, step.header)
		}
		if a.noticeID == id || !strings.Contains(screenText(a), step.notice) {
			t.Errorf("%s: no fresh notice %q:\n%s", step.key, step.notice, screenText(a))
		}
	}
}

// A date with no time is shown as the date alone, whatever the zone.
func TestDateOnlyStoryShowsTheDateAlone(t *testing.T) {
	s := story("d", "Dated only", 0)
	s.Published = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	zone := time.FixedZone("EST", -5*3600)
	got := ansi.Strip(header(s, NewStyles(Dark, false), 78, zone, ""))
	if !strings.Contains(got, "Fri 27 Nov 2026 · Test Wire") {
		t.Errorf("date-only story's byline:\n%s", got)
	}
	s.Published = time.Date(2026, 11, 27, 14, 30, 0, 0, time.UTC)
	if got := ansi.Strip(header(s, NewStyles(Dark, false), 78, zone, "")); !strings.Contains(got, "Fri 27 Nov 2026 09:30 EST") {
		t.Errorf("a story with a time shows it in the zone:\n%s", got)
	}
}

// Plain output (show --plain) has no line ending in spaces.
func TestPlainStoryHasNoTrailingSpaces(t *testing.T) {
	out, err := RenderStory(longStory(), 80, Dark, true, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(line, " ") {
			t.Fatalf("line %d ends in spaces: %q", i+1, line)
		}
	}
}

// The story footer keeps "? help" at 80 columns, cutting the source's name
// first, then the place in the list.
func TestStoryFooterKeepsHelp(t *testing.T) {
	var many []*model.Story
	for i := range 10000 {
		s := story(string(rune('a'+i%26))+strings.Repeat("x", i/26), "Story", time.Duration(i)*time.Minute)
		s.Source = "The Long-Named Evening Chronicle"
		many = append(many, s)
	}
	for _, width := range []int{80, 100} {
		a := newTestApp(t, width, 24, many)
		a = press(t, a, "enter")
		lines := strings.Split(screenText(a), "\n")
		footer := lines[len(lines)-1]
		if !strings.HasSuffix(footer, "? help") {
			t.Errorf("%d columns: footer %q hides ? help", width, footer)
		}
		if width == 80 && !strings.Contains(footer, "1/10000") {
			t.Errorf("%d columns: footer %q lost the place in the list", width, footer)
		}
	}
}

// BenchmarkOpenRenderedAhead is enter on a story rendered ahead while the
// selection rested, then back, at 120x40 over 10,000 stories: one op is
// both keys, each Update and View, the frame the user waits for.
func BenchmarkOpenRenderedAhead(b *testing.B) {
	a := benchApp(b, 10_000)
	m, _ := a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	a = m.(App)
	a.story.story = nil
	m, cmd := a.Update(SelectionRested{Gen: a.ahead.gen})
	for _, msg := range runBatch(cmd) {
		m, _ = m.Update(msg)
	}
	enter, back := keyMsg("enter"), keyMsg("q")
	for b.Loop() {
		m = step(m, enter)
		if m.(App).story.partial {
			b.Fatal("the story was not rendered ahead")
		}
		m = step(m, back)
	}
}

// runBatch runs a command, and a batch's commands, for their messages.
func runBatch(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var msgs []tea.Msg
		for _, c := range batch {
			msgs = append(msgs, runBatch(c)...)
		}
		return msgs
	}
	return []tea.Msg{msg}
}

// The top match of a filter is rendered as soon as it is on top, with no
// pause to wait for: enter (which closes the filter line) and enter again,
// however quickly they come, open it at once.
func TestEnterOnAFiltersMatchShowsTheStoryAtOnce(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	clear(a.rendered) // what the first rest rendered
	clock := &testClock{}
	a.tick = clock.tick
	a = press(t, a, "/", "l", "a", "g", "o", "s") // the filter line is still open
	if _, ok := a.rendered[renderKey{ID: "s8", Width: textWidth(80, 0), Theme: Dark}]; !ok {
		t.Fatal("the filter's top match was not rendered while the filter was typed")
	}
	if slices.Contains(clock.pauses, restPause) {
		t.Errorf("the filter's top match waited for a rest (timers %v)", clock.pauses)
	}
	m, _ := a.Update(keyMsg("enter"))
	m, _ = m.Update(keyMsg("enter"))
	if a = m.(App); a.story.partial || !strings.Contains(screenText(a), "Lagos port clears backlog") {
		t.Fatalf("enter on the match waited for a render:\n%s", screenText(a))
	}
}

// An opened story's own frame and render come first: the stories n, p and
// c would open are rendered only when NeighboursDue comes, in the render
// slots, each render that ends starting the next; in the end all are ready.
func TestOpeningAStoryRendersItsNeighboursAfterIt(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	a = press(t, a, "j")
	clear(a.rendered)
	m, _ := a.Update(keyMsg("enter"))
	a = m.(App)
	width := textWidth(a.storyWidth(), a.opts.ReadingWidth)
	own := a.storyKey(width)
	if len(a.pending) != 1 || !a.pending[own] {
		t.Fatalf("enter started renders %v, want only the opened story's", a.pending)
	}
	m, _ = a.Update(NeighboursDue{Seq: a.story.seq})
	a = m.(App)
	if len(a.pending) != a.slots {
		t.Fatalf("NeighboursDue: %d renders under way (%v), want the %d slots full", len(a.pending), a.pending, a.slots)
	}
	// The opened story's render ends: its slot goes to another neighbour.
	m, _ = a.Update(renderCmd(own, a.story.story, false)())
	a = m.(App)
	if len(a.pending) != a.slots || a.pending[own] {
		t.Fatalf("after the opened story's render, under way: %v, want %d neighbours", a.pending, a.slots)
	}
	// Run every render to its end, as the program would.
	for len(a.pending) > 0 {
		for k := range a.pending {
			seq, ok := a.stories.Seq(k.ID)
			if !ok {
				t.Fatalf("pending render of unknown story %q", k.ID)
			}
			a = send(t, a, renderCmd(k, a.stories.Story(seq), false)())
			break
		}
	}
	for _, d := range []int{1, -1} {
		s := a.stories.Story(a.list.view[a.list.cursor+d])
		if _, ok := a.rendered[renderKey{ID: s.ID, Width: width, Theme: a.theme}]; !ok {
			t.Errorf("the story %d away (%s) was not rendered ahead", d, s.ID)
		}
	}
}
