package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// covering is a story of event, from source.
func covering(id, title string, hoursAfter int, event, source string, regions ...Region) *Story {
	s := mk(id, title, hoursAfter, regions...)
	s.Source = source
	if event != id {
		s.Event = event
	}
	return s
}

// storm is an event of three stories (lead "a", the oldest) with two
// stories alone around it.
func storm() []*Story {
	return []*Story{
		covering("a", "Storm lead", 1, "a", "Wire", Europe),
		covering("b", "Storm follow", 3, "a", "Paper", Europe),
		covering("c", "Storm late", 5, "a", "Daily", Americas),
		mk("x", "Alone old", 0),
		mk("y", "Alone new", 6),
	}
}

func TestGroupShowsAnEventAsItsLeadInItsPlace(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare(storm()))
	view := c.View(Everywhere(), Search{}, Only{})
	got := titles(c, c.Group(view))
	want := []string{"Alone new", "Storm lead", "Alone old"}
	if !slices.Equal(got, want) {
		t.Fatalf("grouped = %v, want %v", got, want)
	}
	lead, _ := c.Seq("a")
	if n := c.Covered(lead); n != 2 {
		t.Errorf("covered = %d, want 2", n)
	}
	if got := titles(c, c.Coverage(lead)); !slices.Equal(got, []string{"Storm lead", "Storm follow", "Storm late"}) {
		t.Errorf("coverage = %v, want the lead first, oldest to newest", got)
	}
	alone, _ := c.Seq("x")
	if c.Coverage(alone) != nil || c.Covered(alone) != 0 {
		t.Errorf("a story alone has coverage")
	}
	if got := titles(c, view); len(got) != 5 {
		t.Errorf("Group changed the view it was given: %v", got)
	}
}

func TestGroupWithoutTheLeadShowsTheEarliestStoryLeft(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare(storm()))
	// The Americas tab holds only the late story.
	if got := titles(c, c.Group(c.View(In(Americas), Search{}, Only{}))); !slices.Equal(got, []string{"Storm late"}) {
		t.Errorf("Americas = %v", got)
	}
	// The filter drops the lead: the follow-up, older than the late one, stands for the event.
	q, err := ParseSearch("storm -lead")
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(c, c.Group(c.View(Everywhere(), q, Only{}))); !slices.Equal(got, []string{"Storm follow"}) {
		t.Errorf("storm -lead = %v, want the follow-up alone", got)
	}
	// Unread only, the lead read: the event still shows.
	lead, _ := c.Seq("a")
	c.SetRead(lead, true)
	if got := titles(c, c.Group(c.View(Everywhere(), Search{}, Only{Unread: true}))); !slices.Equal(got, []string{"Alone new", "Storm follow", "Alone old"}) {
		t.Errorf("unread only = %v", got)
	}
}

// A library reads newest first: the stories that name an event come
// before the story it is named after, and across batches.
func TestEventsFormWhateverOrderTheirStoriesCome(t *testing.T) {
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}, {2, 0, 1}} {
		c := NewCollection()
		s := storm()
		for _, i := range order {
			c.Add(Prepare([]*Story{s[i]}))
		}
		c.Add(Prepare(s[3:]))
		got := titles(c, c.Group(c.View(Everywhere(), Search{}, Only{})))
		if want := []string{"Alone new", "Storm lead", "Alone old"}; !slices.Equal(got, want) {
			t.Errorf("order %v: grouped = %v, want %v", order, got, want)
		}
		late, _ := c.Seq("c")
		if got := titles(c, c.Coverage(late)); !slices.Equal(got, []string{"Storm lead", "Storm follow", "Storm late"}) {
			t.Errorf("order %v: coverage = %v", order, got)
		}
	}
}

// An event whose named story is not in the collection (left out by
// retention, say) still holds the stories that name it.
func TestAnEventWithoutItsNamedStoryStillGroups(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{
		covering("b", "Follow", 3, "gone", "Paper"),
		covering("c", "Late", 5, "gone", "Daily"),
	}))
	var alone []*Story // past the first 64 stories, after the event's
	for i := range 200 {
		alone = append(alone, mk(fmt.Sprint(i), "Alone", -1))
	}
	c.Add(Prepare(alone))
	got := titles(c, c.Group(c.View(Everywhere(), Search{}, Only{})))
	if len(got) != 201 || got[0] != "Follow" {
		t.Fatalf("grouped = %v…, want the earliest of the two, then 200 alone", got[:min(3, len(got))])
	}
	b, _ := c.Seq("b")
	c2, _ := c.Seq("c")
	if !c.SameEvent(b, c2) || c.Covered(c2) != 1 {
		t.Errorf("not one event")
	}
}

// Group is two passes over the view, whatever its size, with one
// allocation: the result.
func TestGroupAllocatesOnlyItsResult(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare(eventStories(10_000)))
	view := c.View(Everywhere(), Search{}, Only{})
	c.Group(view) // sizes the scratch
	if n := testing.AllocsPerRun(20, func() { c.Group(view) }); n != 1 {
		t.Errorf("%v allocations a call, want 1", n)
	}
	grouped := c.Group(view)
	seen := map[int32]bool{}
	for _, seq := range grouped {
		for _, m := range c.Coverage(seq) {
			if seen[m] {
				t.Fatalf("two rows of one event")
			}
			seen[m] = true
		}
	}
	if len(grouped) >= len(view) || len(grouped) < len(view)/3 {
		t.Errorf("%d rows of %d stories", len(grouped), len(view))
	}
}

// eventStories makes n stories, about half in events of two to five
// stories from different sources a few hours apart.
func eventStories(n int) []*Story {
	rng := rand.New(rand.NewPCG(5, 6))
	out := make([]*Story, 0, n)
	for len(out) < n {
		k := 1
		if rng.IntN(2) == 0 {
			k = 2 + rng.IntN(4)
		}
		at := rng.IntN(24 * 700)
		lead := fmt.Sprintf("s%d", len(out))
		for j := range min(k, n-len(out)) {
			id := fmt.Sprintf("s%d", len(out))
			out = append(out, covering(id, "story "+id, at+3*j, lead, fmt.Sprintf("Wire %d", j)))
		}
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func BenchmarkGroup(b *testing.B) {
	c := NewCollection()
	stories := eventStories(100_000)
	for i := 0; i < len(stories); i += 1000 {
		c.Add(Prepare(stories[i : i+1000]))
	}
	view := c.View(Everywhere(), Search{}, Only{})
	b.ReportAllocs()
	for b.Loop() {
		c.Group(view)
	}
}

// A story alone that has joined an event since (EventsJoined) shows in
// it: as a member of its coverage, not as a row of its own; the event
// read back from the library without its new event keeps it; stories
// not here or already in an event are left as they are; and two stories
// alone make an event named after the one that names it.
func TestRejoinPutsAStoryAloneInItsEvent(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare(storm()))
	c.Rejoin(map[string]string{"x": "a", "b": "y", "nowhere": "a"})
	view := c.View(Everywhere(), Search{}, Only{})
	if got, want := titles(c, c.Group(view)), []string{"Alone new", "Alone old"}; !slices.Equal(got, want) {
		t.Fatalf("grouped = %v, want %v (the storm's lead is now the old story)", got, want)
	}
	x, _ := c.Seq("x")
	if got := titles(c, c.Coverage(x)); !slices.Equal(got, []string{"Alone old", "Storm lead", "Storm follow", "Storm late"}) {
		t.Errorf("coverage = %v", got)
	}
	if s := c.Story(x); s.Event != "a" {
		t.Errorf("x's Event = %q, want a", s.Event)
	}
	b, _ := c.Seq("b")
	if c.Story(b).Event != "a" || !c.SameEvent(b, x) {
		t.Error("a story already in an event was moved")
	}
	stale := *c.Story(x)
	stale.Event = "" // as the ingester read it back, written before it moved
	c.Replace([]*Story{&stale})
	if s := c.Story(x); s.Event != "a" {
		t.Errorf("after Replace, x's Event = %q, want a", s.Event)
	}

	c = NewCollection()
	c.Add(Prepare(storm()))
	c.Rejoin(map[string]string{"y": "x"})
	y, _ := c.Seq("y")
	if got := titles(c, c.Coverage(y)); !slices.Equal(got, []string{"Alone old", "Alone new"}) {
		t.Errorf("two stories alone: coverage = %v", got)
	}
}
