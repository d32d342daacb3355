package model

import "testing"

func TestStateCountsFollowMarks(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{mk("1", "a", 1, Europe), mk("2", "b", 2, Europe, Africa), mk("3", "c", 3)}))
	if c.UnreadTotal() != 3 || c.Unread(Europe) != 2 || c.Unread(Africa) != 1 || c.Unread(Other) != 1 {
		t.Fatalf("all unread at first: %d eu %d af %d other %d", c.UnreadTotal(), c.Unread(Europe), c.Unread(Africa), c.Unread(Other))
	}
	seq2, _ := c.byID["2"]
	if !c.SetRead(seq2, true) || c.SetRead(seq2, true) {
		t.Fatal("SetRead reports a change once")
	}
	if c.UnreadTotal() != 2 || c.Unread(Europe) != 1 || c.Unread(Africa) != 0 {
		t.Fatalf("after reading a two-region story: %d eu %d af %d", c.UnreadTotal(), c.Unread(Europe), c.Unread(Africa))
	}
	c.SetStarred(seq2, true)
	if c.StarredTotal() != 1 || !c.State(seq2).Starred {
		t.Fatal("starred")
	}
	c.SetRead(seq2, false)
	if c.UnreadTotal() != 3 || c.Unread(Africa) != 1 {
		t.Fatal("unread again")
	}
}

func TestPreparedStatesComeFromTheLibrary(t *testing.T) {
	c := NewCollection()
	p := Prepare([]*Story{mk("1", "a", 1, Europe), mk("2", "b", 2, Europe)})
	p.States = []StoryState{{Read: true}, {Starred: true}}
	c.Add(p)
	if c.UnreadTotal() != 1 || c.StarredTotal() != 1 {
		t.Fatalf("unread %d starred %d", c.UnreadTotal(), c.StarredTotal())
	}
}

func TestOnlyNarrowsTheView(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{mk("1", "a", 1, Europe), mk("2", "b", 2, Europe), mk("3", "c", 3, Europe)}))
	s1, s2 := c.byID["1"], c.byID["2"]
	c.SetRead(s1, true)
	c.SetStarred(s2, true)
	if n := len(c.View(Everywhere(), Search{}, Only{Unread: true})); n != 2 {
		t.Fatalf("unread only: %d", n)
	}
	if n := len(c.View(In(Europe), Search{}, Only{Starred: true})); n != 1 {
		t.Fatalf("starred only: %d", n)
	}
	if n := len(c.View(Everywhere(), Search{}, Only{Unread: true, Keep: map[int32]bool{s1: true}})); n != 3 {
		t.Fatalf("kept read story: %d", n)
	}
}
