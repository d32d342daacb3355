package model

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// cov is a story of event ev from source src, hours before day0+48h.
func cov(id, ev, src string, hoursAgo int, regions ...Region) *Story {
	s := mk(id, "Story "+id, 48-hoursAgo, regions...)
	s.Source = src
	if ev != id {
		s.Event = ev
	}
	return s
}

func withCountries(s *Story, codes ...string) *Story {
	for _, code := range codes {
		c, ok := LookupCountry(code)
		if !ok {
			panic(code)
		}
		s.Countries = s.Countries.Add(c)
	}
	return s
}

func frontIDs(r FrontRegion) []string {
	var out []string
	for _, e := range r.Events {
		out = append(out, fmt.Sprintf("%s:%s/%d", e.Event, e.Lead.ID, e.Outlets))
	}
	return out
}

func TestFrontPageRanksTheDaysEventsByOutletsInEachRegion(t *testing.T) {
	now := day0.Add(48 * time.Hour)
	c := NewCollection()
	c.Add(Prepare([]*Story{
		// a typhoon: three outlets, Asia - Pacific
		withCountries(cov("t1", "t1", "Wire", 10, AsiaPacific), "JP", "PH"), withCountries(cov("t2", "t1", "Post", 8, AsiaPacific), "PH"),
		cov("t3", "t1", "Radio", 2, AsiaPacific),
		// a summit: two outlets, Europe and Asia - Pacific
		cov("s1", "s1", "Wire", 5, Europe, AsiaPacific), cov("s2", "s1", "Post", 4, Europe),
		// a lone story in Asia, two from one outlet in Africa
		cov("l1", "l1", "Wire", 3, AsiaPacific),
		cov("a1", "a1", "Wire", 6, Africa), cov("a2", "a1", "Wire", 1, Africa),
		// yesterday's news, out of the day
		cov("o1", "o1", "Wire", 30, AsiaPacific), cov("o2", "o1", "Post", 29, AsiaPacific), cov("o3", "o1", "Radio", 28, AsiaPacific),
		// no region
		cov("x1", "x1", "Wire", 7),
	}))
	page := c.FrontPage(now, 2)
	if !page.To.Equal(now) || !page.From.Equal(now.Add(-FrontDay)) {
		t.Errorf("day %v to %v, want the 24 hours to %v", page.From, page.To, now)
	}
	want := map[Region][]string{
		AsiaPacific: {"t1:t1/3", "s1:s1/2"},
		Europe:      {"s1:s1/2"},
		Africa:      {"a1:a1/1"},
		Other:       {"x1:x1/1"},
		Americas:    nil,
	}
	for _, r := range page.Regions {
		w, ok := want[r.Region]
		if !ok {
			continue
		}
		if got := frontIDs(r); fmt.Sprint(got) != fmt.Sprint(w) {
			t.Errorf("%v: %v, want %v", r.Region, got, w)
		}
	}
	typhoon := page.Regions[2].Events[0]
	if got := typhoon.Countries.String(); got != "PH,JP" {
		t.Errorf("the typhoon's countries %q, want PH (named by two stories) then JP", got)
	}
	if page.Regions[2].Region != AsiaPacific || len(typhoon.Stories) != 3 || typhoon.Stories[0].ID != "t1" || typhoon.Stories[1].ID != "t3" {
		t.Errorf("the typhoon's stories: %+v", typhoon.Stories)
	}
}

func TestFrontPageOfAnOldLibraryIsItsLastDay(t *testing.T) {
	c := NewCollection()
	c.Add(Prepare([]*Story{
		cov("t1", "t1", "Wire", 10, Europe), cov("t2", "t1", "Post", 9, Europe),
		cov("o1", "o1", "Wire", 40, Europe),
	}))
	now := day0.Add(30 * 24 * time.Hour) // a month later
	page := c.FrontPage(now, 5)
	newest := day0.Add(39 * time.Hour)
	if !page.To.Equal(newest) {
		t.Errorf("an old library's day ends %v, want at its newest story %v", page.To, newest)
	}
	if got := frontIDs(page.Regions[3]); page.Regions[3].Region != Europe || fmt.Sprint(got) != "[t1:t1/2]" {
		t.Errorf("Europe: %v", got)
	}
	if NewCollection().FrontPage(now, 5).Empty() != true {
		t.Error("an empty collection's front page is not empty")
	}
}

func BenchmarkFrontPage100k(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	c := NewCollection()
	now := day0.Add(365 * 24 * time.Hour)
	batch := make([]*Story, 0, 1000)
	for i := range 100_000 {
		ev := fmt.Sprint(i - i%4) // events of up to four stories
		s := cov(fmt.Sprint(i), ev, fmt.Sprintf("Outlet %d", rng.IntN(8)), 0, WorldRegions[rng.IntN(len(WorldRegions))])
		s.Published = now.Add(-time.Duration(rng.IntN(365*24*60)) * time.Minute)
		batch = append(batch, s)
		if len(batch) == cap(batch) {
			c.Add(Prepare(batch))
			batch = batch[:0]
		}
	}
	b.ResetTimer()
	for range b.N {
		if c.FrontPage(now, 5).Empty() {
			b.Fatal("empty")
		}
	}
}
