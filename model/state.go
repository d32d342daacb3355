package model

// StoryState is what the reader knows of a story beyond its feed: whether it
// has been read and whether it is starred.
type StoryState struct {
	Read, Starred bool
}

// The Collection keeps each story's state by sequence number, with unread
// counts per region kept up to date, so marking a story or counting a tab
// never scans.

// State returns a story's state.
func (c *Collection) State(seq int32) StoryState { return c.states[seq] }

// SetRead marks a story read or unread and reports whether that changed it.
func (c *Collection) SetRead(seq int32, read bool) bool {
	st := &c.states[seq]
	if st.Read == read {
		return false
	}
	st.Read = read
	d := 1
	if read {
		d = -1
	}
	c.countUnread(seq, d)
	return true
}

// SetStarred stars or unstars a story and reports whether that changed it.
func (c *Collection) SetStarred(seq int32, starred bool) bool {
	st := &c.states[seq]
	if st.Starred == starred {
		return false
	}
	st.Starred = starred
	if starred {
		c.starred++
	} else {
		c.starred--
	}
	return true
}

// countUnread adds d to the unread counts of every region of story seq.
func (c *Collection) countUnread(seq int32, d int) {
	c.unreadAll += d
	set := c.regions[seq]
	for r := range Region(numRegions) {
		if set.Has(r) {
			c.unread[r] += d
		}
	}
}

// Unread is the number of unread stories in region r (Other: region-less).
func (c *Collection) Unread(r Region) int {
	if r >= numRegions {
		return 0
	}
	return c.unread[r]
}

// UnreadTotal is the number of unread stories.
func (c *Collection) UnreadTotal() int { return c.unreadAll }

// StarredTotal is the number of starred stories.
func (c *Collection) StarredTotal() int { return c.starred }

// Only narrows a view by state. Keep names stories that stay in the view
// whatever their state: a story read while "unread only" is on stays in
// the list until the view changes.
type Only struct {
	Unread, Starred bool
	Keep            map[int32]bool
}

// none reports whether the narrowing lets every story through.
func (o Only) none() bool { return !o.Unread && !o.Starred }

func (o Only) admits(seq int32, st StoryState) bool {
	if o.Keep[seq] {
		return true
	}
	return (!o.Unread || !st.Read) && (!o.Starred || st.Starred)
}
