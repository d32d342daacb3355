package model

import "slices"

// The Collection's events: which stories are coverage of the same event
// (Story.EventID, set at ingestion by Coverage), so that the list can show
// an event as one row.
//
// Most stories are alone, and a story alone costs one int32 here: only
// events of two or more stories have a members list and a map entry. The
// grouping of a view (Group) is two passes over the view with a scratch
// array reused from call to call: no map, and one allocation, the result.

// eventIndex maps stories to their events.
type eventIndex struct {
	of      []int32          // by sequence number: 1 + index in members, or 0 when alone
	members [][]int32        // each event's stories, oldest first (lead first)
	byKey   map[string]int32 // event ID -> index in members
	// stamp is Group's scratch, by slot (1 + event): event e has its row
	// in the pass whose number stamp[e+1] holds.
	stamp []uint32
	pass  uint32
	rows  []int32 // Group's rows, filled from the end
}

// addToEvent puts story seq, just added, in its event: the one named by
// its EventID. The event's first story may come before or after it (a
// library reads newest first), so an event whose named story is missing
// is kept with the stories that name it, and the named story joins it
// when it comes.
func (c *Collection) addToEvent(seq int32) {
	ev := &c.events
	ev.of = append(ev.of, 0)
	s := c.stories[seq]
	key := s.EventID()
	if e, ok := ev.byKey[key]; ok {
		c.join(e, seq)
		return
	}
	if key == s.ID {
		return // alone, until a story that names it comes
	}
	e := ev.newEvent(key)
	// The story the event is named after, if here and still alone (a
	// story with another event of its own is not this event's).
	if first, ok := c.Seq(key); ok && ev.of[first] == 0 && c.stories[first].EventID() == key {
		c.join(e, first)
	}
	c.join(e, seq)
}

// Rejoin puts the stories named, each alone, in the events given (story
// ID -> event ID, as EventsJoined says), each story replaced by a copy
// that carries its event. A story that is not here, or already in an
// event, is left as it is.
func (c *Collection) Rejoin(events map[string]string) {
	for id, key := range events {
		seq, ok := c.Seq(id)
		if !ok || c.events.of[seq] != 0 || key == id {
			continue
		}
		moved := *c.stories[seq]
		moved.Event = key
		c.stories[seq] = &moved
		e, ok := c.events.byKey[key]
		if !ok {
			e = c.events.newEvent(key)
			if first, ok := c.Seq(key); ok && c.events.of[first] == 0 && c.stories[first].EventID() == key {
				c.join(e, first)
			}
		}
		c.join(e, seq)
	}
}

func (ev *eventIndex) newEvent(key string) int32 {
	if ev.byKey == nil {
		ev.byKey = map[string]int32{}
	}
	e := int32(len(ev.members))
	ev.members = append(ev.members, nil)
	ev.byKey[key] = e
	return e
}

// join adds story seq to event e, in time order: oldest first, as the
// list's order reversed.
func (c *Collection) join(e, seq int32) {
	ev := &c.events
	ev.of[seq] = e + 1
	m := ev.members[e]
	i := len(m)
	for i > 0 && c.compare(seq, m[i-1]) > 0 { // seq is older than m[i-1]
		i--
	}
	ev.members[e] = slices.Insert(m, i, seq)
}

// Coverage returns the stories of story seq's event, the lead (the
// oldest) first, seq among them; nil when the story is alone. The caller
// must not modify it.
func (c *Collection) Coverage(seq int32) []int32 {
	if e := c.events.of[seq]; e > 0 && len(c.events.members[e-1]) > 1 {
		return c.events.members[e-1]
	}
	return nil
}

// Covered is how many other stories cover story seq's event: the +3 of
// its row.
func (c *Collection) Covered(seq int32) int {
	if e := c.events.of[seq]; e > 0 {
		return len(c.events.members[e-1]) - 1
	}
	return 0
}

// SameEvent reports whether stories a and b are one story or coverage of
// one event.
func (c *Collection) SameEvent(a, b int32) bool {
	if a == b {
		return true
	}
	e := c.events.of[a]
	return e > 0 && e == c.events.of[b]
}

// Group collapses a view (as View returns it, newest first) to one row per
// event: of an event's stories in the view, the oldest stands for it, in
// its place; the others are left out. The oldest of an event is its lead,
// so an event whose lead is in the view shows as its lead, and one whose
// lead the view leaves out (the filter, a tab, unread only) as the
// earliest of its stories the view holds. Stories alone stay as they are.
//
// The result is view itself when nothing collapses; otherwise a new slice.
func (c *Collection) Group(view []int32) []int32 {
	ev := &c.events
	if len(ev.members) == 0 {
		return view
	}
	if n := len(ev.members) + 1; len(ev.stamp) < n {
		ev.stamp = slices.Grow(ev.stamp[:0], n)[:n]
		clear(ev.stamp)
		ev.pass = 0
	}
	ev.pass++
	if ev.pass == 0 { // wrapped: every stamp could look current
		clear(ev.stamp)
		ev.pass = 1
	}
	// Oldest to newest: the first story of an event met stands for it.
	// The rows are written from the end of a scratch slice, then copied.
	// The loop has no branch to mispredict: every story is written, and
	// the end moves on past it when it is a row (an event met the first
	// time, or a story alone: slot 0 of stamp, which never stays seen).
	if cap(ev.rows) < len(view) {
		ev.rows = make([]int32, len(view))
	}
	rows := ev.rows[:len(view)]
	of, stamp, pass := ev.of, ev.stamp, ev.pass
	at := len(rows)
	for i := len(view) - 1; i >= 0; i-- {
		seq := view[i]
		slot := of[seq]
		row := stamp[slot] != pass
		stamp[slot] = pass
		stamp[0] = 0
		rows[at-1] = seq
		if row {
			at--
		}
	}
	if at == 0 {
		return view
	}
	return slices.Clone(rows[at:])
}
