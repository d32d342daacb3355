package tea

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dateline's patch: a view that comes after a whole frame with nothing drawn
// is drawn at once, not at the next tick of the frame ticker.

// At 2 frames a second a tick is 500 ms away on average; the change must be
// out long before, every time, whether the renderer was parked or not.
func TestRendererDrawsAChangeAfterAPauseAtOnce(t *testing.T) {
	t.Parallel()

	h := newParkHarness(t, 2)
	h.waitOutput(0, 5*time.Second, "first")
	// The renderer writes only the cells that change: no two of these
	// share a letter in the same place.
	contents := []string{"alpha", "bravo", "chess"}
	for i, pause := range []time.Duration{600 * time.Millisecond, 700 * time.Millisecond, 1100 * time.Millisecond} {
		time.Sleep(pause)
		mark := h.out.Len()
		content := contents[i]
		h.setView(func(v *View) { v.Content = content })
		if took := h.waitOutput(mark, 2*time.Second, content); took > 150*time.Millisecond {
			t.Errorf("%q drawn %v after a pause of %v, want at once (a frame is 500ms)", content, took, pause)
		}
	}
}

// Changes that come closer together than a frame are still drawn at most
// twice in the frame they start: the first at once, one more at once if
// it comes after that draw, the rest together at the next tick.
func TestRendererStillDrawsAtMostOnceAFrame(t *testing.T) {
	t.Parallel()

	h := newParkHarness(t, 5) // a frame is 200 ms
	h.waitOutput(0, 5*time.Second, "first")
	time.Sleep(300 * time.Millisecond)
	mark, before := h.out.Len(), h.r.count()
	for i := range 20 {
		content := fmt.Sprintf("burst %02d", i)
		if i == 19 {
			content = "ZYXWVUTS" // shares no cell with the others
		}
		h.setView(func(v *View) { v.Content = content })
	}
	time.Sleep(100 * time.Millisecond)
	if n := h.r.count() - before; n > 2 {
		t.Errorf("%d frames drawn within half a frame of a burst, want at most 2", n)
	}
	h.waitOutput(mark, 2*time.Second, "ZYXWVUTS")
}

// The second key of a burst, handled after the first was drawn (a slow
// Update), is drawn at once too, not a frame later.
func TestRendererDrawsTheSecondChangeOfABurstAtOnce(t *testing.T) {
	t.Parallel()

	h := newParkHarness(t, 2) // a frame is 500 ms
	h.waitOutput(0, 5*time.Second, "first")
	time.Sleep(600 * time.Millisecond)
	mark := h.out.Len()
	h.setView(func(v *View) { v.Content = "alpha" })
	h.waitOutput(mark, 2*time.Second, "alpha")
	mark = h.out.Len()
	h.setView(func(v *View) { v.Content = "bravo" })
	if took := h.waitOutput(mark, 2*time.Second, "bravo"); took > 150*time.Millisecond {
		t.Errorf("the second change of a burst drawn %v after it came, want at once (a frame is 500ms)", took)
	}
}

// The keys of one read of the terminal make one frame, even when the
// second takes a while to handle: the renderer waits for the loop to
// finish it rather than drawing the first key's frame in between.
func TestRendererWaitsForTheNextMessageOfABurst(t *testing.T) {
	t.Parallel()

	h := newParkHarness(t, 2) // a frame is 500 ms
	h.waitOutput(0, 5*time.Second, "first")
	time.Sleep(600 * time.Millisecond)
	mark := h.out.Len()
	h.setView(func(v *View) { v.Content = "alpha" })
	h.setView(func(v *View) {
		time.Sleep(5 * time.Millisecond) // a slow Update
		v.Content = "bravo"
	})
	if took := h.waitOutput(mark, 2*time.Second, "bravo"); took > 150*time.Millisecond {
		t.Errorf("the burst drawn %v after it came, want at once", took)
	}
	if got := h.out.since(mark); strings.Contains(got, "alpha") {
		t.Errorf("the first message of the burst was drawn on its own: %q", got)
	}
}
