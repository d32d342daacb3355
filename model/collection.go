package model

import (
	"math"
	"slices"
	"strings"
)

// Collection holds every story the reader has, in display order, with what the
// headline list needs to stay fast at 100,000 stories: counts per region and a
// word index for the filter. Stories are added in batches as sources stream in;
// a story whose ID is already present is skipped (the first source wins).
//
// A Collection is not safe for concurrent use; the UI owns it.
type Collection struct {
	stories []*Story         // by sequence number (arrival order)
	times   []int64          // publication time by sequence, for sorting
	regions []RegionSet      // regions by sequence, for scanning without touching stories
	byID    map[string]int32 // ID and GUID -> sequence
	order   []int32          // sequence numbers, newest first
	// inRegion is order narrowed to each region (Other: region-less
	// stories), kept up to date on Add so a tab switch costs no scan.
	inRegion [numRegions][]int32
	index    wordIndex

	states    []StoryState // by sequence number
	unread    [numRegions]int
	unreadAll int
	starred   int

	events eventIndex // each story's event, for the grouped list
}

// NewCollection returns an empty collection.
func NewCollection() *Collection {
	return &Collection{byID: map[string]int32{}, index: newWordIndex()}
}

// Prepared is a batch of stories with their search words computed. Preparing
// is the expensive part of adding a batch and touches no shared state, so it
// can run off the UI goroutine.
type Prepared struct {
	Stories []*Story
	// States, when not nil, holds each story's state (from the library);
	// without it every story starts unread.
	States []StoryState
	// words holds every story's search words, one story after another:
	// story i's are words[ends[i-1]:ends[i]]. One slice for the batch,
	// not one per story: at 100,000 stories the per-story slices' growth
	// was a third of everything a start from the library allocated.
	words []string
	ends  []int32
}

// Prepare computes the search words of stories: headline, summary, source and
// section.
func Prepare(stories []*Story) Prepared {
	return PrepareArrived(StoriesArrived{Stories: stories})
}

// PrepareArrived prepares stories that arrived with their states, taking
// the summaries of partial stories from e.Summaries.
func PrepareArrived(e StoriesArrived) Prepared {
	p := Prepared{Stories: e.Stories, States: e.States, ends: make([]int32, len(e.Stories))}
	p.prepare(e.Summaries)
	return p
}

// PrepareUnsearched is PrepareArrived without the search words, for a
// caller that never filters by words (dateline list with no query): the
// collection keeps the stories' order, regions, marks and events, and a
// query's words match none of them. At 100,000 stories the words are
// ~0.45 s of CPU.
func PrepareUnsearched(e StoriesArrived) Prepared {
	return Prepared{Stories: e.Stories, States: e.States, ends: make([]int32, len(e.Stories))}
}

func (p *Prepared) prepare(summaries []string) {
	for i, s := range p.Stories {
		summary := s.Summary()
		if summaries != nil && s.Partial {
			summary = summaries[i]
		}
		for _, field := range [...]string{s.Title, summary, s.Source, s.Section} {
			p.words = appendWords(p.words, Fold(field), true)
		}
		p.ends[i] = int32(len(p.words))
		if i == 0 && len(p.Stories) > 1 {
			// The first story's count sizes the batch's slice.
			p.words = slices.Grow(p.words, len(p.words)*len(p.Stories)*5/4)
		}
	}
}

// storyWords returns the search words of the batch's story i.
func (p *Prepared) storyWords(i int) []string {
	start := int32(0)
	if i > 0 {
		start = p.ends[i-1]
	}
	return p.words[start:p.ends[i]]
}

// Add merges a prepared batch into the collection and returns how many of its
// stories were new. The relative order of stories already present never
// changes, so a selection held by ID stays put.
func (c *Collection) Add(p Prepared) int {
	fresh := make([]int32, 0, len(p.Stories))
	for i, s := range p.Stories {
		if _, dup := c.byID[s.ID]; dup {
			continue
		}
		seq := int32(len(c.stories))
		c.stories = append(c.stories, s)
		c.times = append(c.times, sortTime(s))
		c.regions = append(c.regions, s.Regions)
		var st StoryState
		if p.States != nil {
			st = p.States[i]
		}
		c.states = append(c.states, st)
		if !st.Read {
			c.countUnread(seq, 1)
		}
		if st.Starred {
			c.starred++
		}
		c.byID[s.ID] = seq
		if s.GUID() != "" {
			if _, taken := c.byID[s.GUID()]; !taken {
				c.byID[s.GUID()] = seq
			}
		}
		c.index.add(seq, p.storyWords(i))
		c.addToEvent(seq)
		fresh = append(fresh, seq)
	}
	c.index.flush()
	if len(fresh) == 0 {
		return 0
	}
	slices.SortFunc(fresh, c.compare)
	c.order = mergeSorted(c.order, fresh, c.compare)
	for r := range Region(numRegions) {
		var in []int32
		for _, seq := range fresh {
			if c.regions[seq].Has(r) {
				in = append(in, seq)
			}
		}
		if len(in) > 0 {
			c.inRegion[r] = mergeSorted(c.inRegion[r], in, c.compare)
		}
	}
	return len(fresh)
}

// compare orders sequence numbers as Newer orders their stories.
func (c *Collection) compare(a, b int32) int {
	ta, tb := c.times[a], c.times[b]
	switch {
	case ta > tb:
		return -1
	case ta < tb:
		return 1
	}
	sa, sb := c.stories[a], c.stories[b]
	if na, nb := sa.Published.Nanosecond(), sb.Published.Nanosecond(); na != nb {
		return nb - na
	}
	if ta == math.MinInt64 && sa.Position != sb.Position { // undated: as their feeds order them
		return int(sa.Position) - int(sb.Position)
	}
	return strings.Compare(sa.ID, sb.ID)
}

// sortTime is a story's publication time in seconds (nanoseconds would
// overflow for the far-future dates hostile feeds carry), with undated
// stories after every dated one.
func sortTime(s *Story) int64 {
	if !s.Dated() {
		return math.MinInt64
	}
	return s.Published.Unix()
}

// mergeSorted merges two sorted runs into a new slice.
func mergeSorted(a, b []int32, cmp func(x, y int32) int) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if cmp(b[j], a[i]) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// Len is the number of stories.
func (c *Collection) Len() int { return len(c.stories) }

// Story returns the story with sequence number seq, as found in a View.
func (c *Collection) Story(seq int32) *Story { return c.stories[seq] }

// Replace puts each story in the place of the one with the same ID, when
// that one is the same story (headline, date and source alike): a parsed
// story whose body is now read from the library. Others are ignored. The
// story keeps the event it has here: one that joined an event after it
// was parsed (Rejoin) is read back with the event it was written with.
func (c *Collection) Replace(stories []*Story) {
	for _, s := range stories {
		seq, ok := c.Seq(s.ID)
		if !ok {
			continue
		}
		old := c.stories[seq]
		if old.Title == s.Title && old.Published.Equal(s.Published) && old.Source == s.Source {
			if s.Event != old.Event {
				copied := *s
				copied.Event = old.Event
				s = &copied
			}
			c.stories[seq] = s
		}
	}
}

// Complete replaces a partial story with its whole self (same ID) once it
// has been read, so that it is read only once.
func (c *Collection) Complete(s *Story) {
	seq, ok := c.byID[s.ID]
	if !ok {
		return
	}
	if old := c.stories[seq]; old.ID == s.ID && old.Partial && !s.Partial {
		c.stories[seq] = s
		if s.GUID() != "" {
			if _, taken := c.byID[s.GUID()]; !taken {
				c.byID[s.GUID()] = seq
			}
		}
	}
}

// Lookup finds a story by ID or by its GUID as written in the feed.
func (c *Collection) Lookup(id string) (*Story, bool) {
	seq, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	return c.stories[seq], true
}

// Count is the number of stories in region r (Other: stories with no region).
func (c *Collection) Count(r Region) int {
	if r >= numRegions {
		return 0
	}
	return len(c.inRegion[r])
}

// All returns every story, newest first.
func (c *Collection) All() []*Story {
	out := make([]*Story, len(c.order))
	for i, seq := range c.order {
		out[i] = c.stories[seq]
	}
	return out
}

// Scope narrows stories by region: every story, or one region's.
type Scope struct {
	region Region
	one    bool
}

// Everywhere is the scope of every story.
func Everywhere() Scope { return Scope{} }

// In is the scope of one region's stories; In(Other) is the region-less ones.
func In(r Region) Scope { return Scope{region: r, one: true} }

// Region returns the scope's region and whether it is limited to one.
func (s Scope) Region() (Region, bool) { return s.region, s.one }

// View returns the sequence numbers of the stories in scope that match q
// and only, newest first. The caller may keep the result, which later Adds
// leave as it is, but must not modify it: without a query it is shared.
//
// The word index narrows the stories first (a phrase's words, too, each
// begin a word of a matching story; OR takes the union); regions, state
// and dates are checked against the collection's own arrays, words from
// the index; only a query with phrases, exclusions, sections or sources
// reads a story's text. The result is always exactly the stories
// q.Matches accepts.
func (c *Collection) View(scope Scope, q Search, only Only) []int32 {
	return c.ViewText(scope, q, only, nil)
}

// TextHits are the stories a full-text search found (the library's, which
// reads bodies too), each with the alternatives of the query it was found
// for: bit i of the mask stands for the query's alternative i.
type TextHits map[int32]uint64

// Found gathers what a full-text index answered to qs (a query's
// TextQueries, or some of them): ids[i] are the IDs found for qs[i].
// IDs not in the collection are left out.
func (c *Collection) Found(qs []TextQuery, ids [][]string) TextHits {
	hits := TextHits{}
	for i, list := range ids[:min(len(ids), len(qs))] {
		for _, id := range list {
			if seq, ok := c.Seq(id); ok {
				hits[seq] |= qs[i].alts
			}
		}
	}
	return hits
}

// ViewText is View with the stories a full-text search found for q's
// TextQueries: a story found for an alternative matches that
// alternative's words and phrases whatever the collection knows of its
// text; the rest of the alternative still applies to it.
func (c *Collection) ViewText(scope Scope, q Search, only Only, found TextHits) []int32 {
	stories := c.order
	if scope.one {
		stories = c.inRegion[scope.region]
	}
	if q.Empty() && only.none() {
		return stories
	}
	narrow := !only.none()
	out := make([]int32, 0, len(stories)/4)
	if q.plain || q.Empty() {
		// The index answers q, found stories have all they need (q has
		// nothing but words): no story need be evaluated.
		var cand []uint64
		if !q.Empty() {
			cand = c.candidates(&q, &q.root, nil)
		}
		for _, seq := range stories {
			if cand != nil && cand[seq>>6]&(1<<(seq&63)) == 0 && (found == nil || found[seq] == 0) {
				continue
			}
			if narrow && !only.admits(seq, c.states[seq]) {
				continue
			}
			out = append(out, seq)
		}
		return out
	}
	e := evaluation{q: &q, seen: make([]bool, len(q.terms)), bits: make([][]uint64, len(q.terms))}
	cand := c.candidates(&q, &q.root, e.bits)
	for _, seq := range stories {
		var alts uint64
		if found != nil { // a lookup in a nil map is still a call, for every story
			alts = found[seq]
		}
		in := cand == nil || cand[seq>>6]&(1<<(seq&63)) != 0
		if !in && alts == 0 {
			continue
		}
		st := c.states[seq]
		if narrow && !only.admits(seq, st) {
			continue
		}
		e.reset(c.stories[seq], c.regions[seq], st, seq)
		if !(in && e.node(&q.root)) && !(alts != 0 && e.admitsFound(alts)) {
			continue
		}
		out = append(out, seq)
	}
	return out
}

// candidates returns, as a bitset over sequence numbers, the stories that
// may match n by the word index (nil: any story may). A word term's answer
// is exact; a phrase's is the stories with all its words. With keep, it
// also records each word and phrase term's answer in keep[term].
func (c *Collection) candidates(q *Search, n *node, keep [][]uint64) []uint64 {
	switch n.op {
	case opTerm:
		t := &q.terms[n.term]
		if !t.positive() {
			return nil
		}
		var b []uint64
		for _, w := range t.p.words {
			b = c.index.narrow(b, w, len(c.stories))
		}
		if keep == nil {
			return b
		}
		keep[n.term] = b
		return slices.Clone(b) // the caller changes it
	case opOr:
		var acc []uint64
		all := false
		for i := range n.kids {
			b := c.candidates(q, &n.kids[i], keep)
			switch {
			case b == nil:
				all = true
			case acc == nil:
				acc = b
			default:
				for k := range acc {
					acc[k] |= b[k]
				}
			}
		}
		if all {
			return nil
		}
		return acc
	}
	var acc []uint64
	for i := range n.kids {
		b := c.candidates(q, &n.kids[i], keep)
		switch {
		case b == nil:
		case acc == nil:
			acc = b
		default:
			for k := range acc {
				acc[k] &= b[k]
			}
		}
	}
	return acc
}

// Seq returns the sequence number of the story with this ID.
func (c *Collection) Seq(id string) (int32, bool) {
	seq, ok := c.byID[id]
	return seq, ok && c.stories[seq].ID == id
}
