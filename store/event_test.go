package store

import (
	"context"
	"testing"
	"time"
)

// A story's event is kept, and read back by every read, partial or whole;
// Published reads the stories of a span of time.
func TestStoriesKeepTheirEvent(t *testing.T) {
	path := t.TempDir() + "/library.db"
	s := openAt(t, path)
	lead, follower, alone := story("lead", 1), story("follower", 3), story("alone", 100)
	follower.Event = "lead"
	upsert(t, s, "feed", lead, follower, alone)
	s.Close()

	s = openAt(t, path) // a restart
	ctx := context.Background()
	want := map[string]string{"lead": "", "follower": "lead", "alone": ""}
	check := func(what string, items []Item) {
		t.Helper()
		for _, it := range items {
			if it.Story.Event != want[it.Story.ID] {
				t.Errorf("%s: %s has event %q, want %q", what, it.Story.ID, it.Story.Event, want[it.Story.ID])
			}
		}
	}
	var partial, whole, span []Item
	for it, err := range s.AllPartial(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		partial = append(partial, it)
	}
	for it, err := range s.All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		whole = append(whole, it)
	}
	for it, err := range s.Published(ctx, day0, day0.Add(10*time.Hour)) {
		if err != nil {
			t.Fatal(err)
		}
		span = append(span, it)
	}
	if len(partial) != 3 || len(whole) != 3 {
		t.Fatalf("%d partial and %d whole stories, want 3", len(partial), len(whole))
	}
	check("partial", partial)
	check("whole", whole)
	check("published", span)
	if got := ids(span); len(got) != 2 || got[0] != "follower" || got[1] != "lead" {
		t.Errorf("published in the first 10 hours: %v, want [follower lead]", got)
	}
	if e := partial[0].Story.EventID(); e == "" {
		t.Error("EventID is empty")
	}
}

// SetEvents writes the events of stories already written: a story placed
// alone that joined an event later keeps it across a restart.
func TestSetEventsKeepsAStoryThatJoinedLater(t *testing.T) {
	path := t.TempDir() + "/library.db"
	s := openAt(t, path)
	lead, follower, late := story("lead", 1), story("follower", 3), story("late", 2)
	follower.Event = "lead"
	upsert(t, s, "feed", lead, follower, late)
	if err := s.SetEvents(context.Background(), map[string]string{"late": "lead"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openAt(t, path)
	for it, err := range s.All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		if want := map[string]string{"lead": "", "follower": "lead", "late": "lead"}[it.Story.ID]; it.Story.Event != want {
			t.Errorf("%s has event %q, want %q", it.Story.ID, it.Story.Event, want)
		}
	}
}
