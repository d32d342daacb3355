package model

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// The front page of the world: for each region, the events of the last
// day that the most outlets covered. A day is the 24 hours before now, or,
// when the newest story is older than that (an old feed, a library not
// refreshed), the 24 hours before the newest story.

// FrontDay is how far back the front page looks.
const FrontDay = 24 * time.Hour

// FrontEvent is one event on the front page.
type FrontEvent struct {
	// Event is the event's ID (Story.EventID).
	Event string
	// Lead is the story the front page shows for it: the earliest of its
	// stories in the day (the one that broke it), ties by ID.
	Lead *Story
	// Stories are the event's stories in the day, the lead first, then
	// newest first; Seqs are their sequence numbers in the collection.
	Stories []*Story
	Seqs    []int32
	// Outlets is how many sources covered it in the day.
	Outlets int
	// Newest is its newest story's time.
	Newest time.Time
	// Countries are the countries its stories are about, those most of
	// them name first (at most six).
	Countries CountrySet
}

// FrontRegion is a region's part of the front page.
type FrontRegion struct {
	Region Region
	Events []FrontEvent
}

// FrontPage is the front page: the day it covers and its regions, in the
// order of WorldRegions then Other, each with at most a few events.
type FrontPage struct {
	From, To time.Time
	Regions  []FrontRegion
}

// Empty reports whether no region has an event.
func (f FrontPage) Empty() bool {
	for _, r := range f.Regions {
		if len(r.Events) > 0 {
			return false
		}
	}
	return true
}

// FrontPage builds the front page at now with up to perRegion events in
// each region, ranked by outlets, then stories, then the newest story,
// then ID, so the same stories always give the same page. An event is in
// every region one of its stories is in. It reads only the stories of the
// day: the collection keeps them in time order.
func (c *Collection) FrontPage(now time.Time, perRegion int) FrontPage {
	to := now.Unix()
	if len(c.order) > 0 {
		if newest := c.times[c.order[0]]; newest != math.MinInt64 && newest < to-int64(FrontDay/time.Second) {
			to = newest
		}
	}
	from := to - int64(FrontDay/time.Second)
	page := FrontPage{From: time.Unix(from, 0), To: time.Unix(to, 0)}
	// c.order is newest first: skip what is newer than the day, stop at
	// what is older.
	start, _ := slices.BinarySearchFunc(c.order, to, func(seq int32, t int64) int { return cmp.Compare(t, c.times[seq]) })
	type acc struct {
		FrontEvent
		regions RegionSet
		sources map[string]bool
		named   map[Country]int // how many of its stories name each country
		order   []Country       // the countries in the order first named
	}
	byEvent := map[string]*acc{}
	var events []*acc
	for _, seq := range c.order[start:] {
		t := c.times[seq]
		if t == math.MinInt64 || t < from {
			break
		}
		s := c.stories[seq]
		id := s.EventID()
		e := byEvent[id]
		if e == nil {
			e = &acc{FrontEvent: FrontEvent{Event: id, Newest: s.Published}, sources: map[string]bool{}}
			byEvent[id] = e
			events = append(events, e)
		}
		e.Stories = append(e.Stories, s)
		e.Seqs = append(e.Seqs, seq)
		e.regions |= c.regions[seq]
		e.sources[s.Source] = true
		for k := range s.Countries.All() {
			if e.named == nil {
				e.named = map[Country]int{}
			}
			if e.named[k] == 0 {
				e.order = append(e.order, k)
			}
			e.named[k]++
		}
	}
	for _, e := range events {
		e.Outlets = len(e.sources)
		slices.SortStableFunc(e.order, func(a, b Country) int { return cmp.Compare(e.named[b], e.named[a]) })
		for _, k := range e.order {
			e.Countries = e.Countries.Add(k)
		}
		// Newest first already; the lead, the earliest, goes first.
		lead := len(e.Stories) - 1
		for i := len(e.Stories) - 2; i >= 0; i-- {
			if e.Stories[i].Published.Equal(e.Stories[lead].Published) && e.Stories[i].ID < e.Stories[lead].ID {
				lead = i
			}
		}
		e.Lead = e.Stories[lead]
		if lead != 0 {
			s, q := e.Stories[lead], e.Seqs[lead]
			copy(e.Stories[1:lead+1], e.Stories[:lead])
			copy(e.Seqs[1:lead+1], e.Seqs[:lead])
			e.Stories[0], e.Seqs[0] = s, q
		}
	}
	slices.SortFunc(events, func(a, b *acc) int {
		return cmp.Or(
			cmp.Compare(b.Outlets, a.Outlets),
			cmp.Compare(len(b.Stories), len(a.Stories)),
			b.Newest.Compare(a.Newest),
			cmp.Compare(a.Event, b.Event),
		)
	})
	for _, r := range append(WorldRegions[:], Other) {
		fr := FrontRegion{Region: r}
		for _, e := range events {
			if len(fr.Events) == perRegion {
				break
			}
			if e.regions.Has(r) { // Other: an event in no region
				fr.Events = append(fr.Events, e.FrontEvent)
			}
		}
		page.Regions = append(page.Regions, fr)
	}
	return page
}
