package ui

import (
	"strings"
	"testing"
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
	if n := len(m.(App).pending); n != maxInFlight {
		t.Fatalf("%d renders ahead under way, want %d", n, maxInFlight)
	}
}
