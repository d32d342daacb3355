package tea

import (
	"fmt"
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
// once a frame: the first at once, the rest together at the next tick.
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
	if n := h.r.count() - before; n > 1 {
		t.Errorf("%d frames drawn within half a frame of a burst, want at most 1", n)
	}
	h.waitOutput(mark, 2*time.Second, "ZYXWVUTS")
}
