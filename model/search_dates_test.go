package model

import (
	"testing"
	"time"
)

func TestRelativeDates(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	// 15:30 on 10 November in Tokyo is 06:30 UTC.
	now := time.Date(2026, 11, 10, 15, 30, 0, 0, tokyo)
	// 00:30 on 10 November in Tokyo is still the 9th in UTC.
	justAfterMidnight := time.Date(2026, 11, 10, 0, 30, 0, 0, tokyo)
	// Summer time began at 02:00 on 29 March 2026 in Berlin: that day had
	// 23 hours.
	dstNoon := time.Date(2026, 3, 29, 12, 0, 0, 0, berlin)
	for _, tc := range []struct {
		query     string
		now       time.Time
		loc       *time.Location
		published time.Time
		want      bool
	}{
		{"after:7d", now, tokyo, now.Add(-7 * 24 * time.Hour), true},
		{"after:7d", now, tokyo, now.Add(-7*24*time.Hour - time.Nanosecond), false},
		{"after:24h", now, tokyo, now.Add(-24 * time.Hour), true},
		{"after:24H", now, tokyo, now.Add(-24*time.Hour - time.Second), false},
		{"after:2w", now, tokyo, now.Add(-14 * 24 * time.Hour), true},
		{"before:1h", now, tokyo, now.Add(-time.Hour), false},
		{"before:1h", now, tokyo, now.Add(-time.Hour - time.Nanosecond), true},
		{"after:0h", now, tokyo, now, true},
		{"after:yesterday", now, tokyo, time.Date(2026, 11, 9, 0, 0, 0, 0, tokyo), true},
		{"after:Yesterday", now, tokyo, time.Date(2026, 11, 9, 0, 0, 0, 0, tokyo).Add(-time.Nanosecond), false},
		{"after:today", now, tokyo, time.Date(2026, 11, 10, 0, 0, 0, 0, tokyo), true},
		{"after:today", now, tokyo, time.Date(2026, 11, 9, 23, 59, 59, 0, tokyo), false},
		{"before:today", now, tokyo, time.Date(2026, 11, 9, 23, 59, 59, 0, tokyo), true},
		{"before:today", now, tokyo, time.Date(2026, 11, 10, 0, 0, 0, 0, tokyo), false},
		{"after:yesterday before:today", now, tokyo, time.Date(2026, 11, 9, 12, 0, 0, 0, time.UTC), true},
		{"after:yesterday before:today", now, tokyo, time.Date(2026, 11, 9, 16, 0, 0, 0, time.UTC), false}, // the 10th in Tokyo
		// Today is the user's day, not UTC's.
		{"after:today", justAfterMidnight, tokyo, time.Date(2026, 11, 9, 15, 10, 0, 0, time.UTC), true},
		{"after:today", justAfterMidnight, time.UTC, time.Date(2026, 11, 9, 15, 10, 0, 0, time.UTC), true},
		{"after:today", justAfterMidnight, time.UTC, time.Date(2026, 11, 8, 23, 0, 0, 0, time.UTC), false},
		// A day typed in full is the user's day too, once read At a zone.
		{"after:2026-11-10", now, tokyo, time.Date(2026, 11, 9, 15, 0, 0, 0, time.UTC), true},
		{"after:2026-11-10", now, tokyo, time.Date(2026, 11, 9, 14, 59, 0, 0, time.UTC), false},
		// Across the change to summer time: days start at local midnight,
		// spans are 24 hours each.
		{"after:today", dstNoon, berlin, time.Date(2026, 3, 28, 23, 0, 0, 0, time.UTC), true},
		{"after:today", dstNoon, berlin, time.Date(2026, 3, 28, 22, 59, 0, 0, time.UTC), false},
		{"after:yesterday", dstNoon, berlin, time.Date(2026, 3, 27, 23, 0, 0, 0, time.UTC), true},
		{"after:yesterday", dstNoon, berlin, time.Date(2026, 3, 27, 22, 59, 0, 0, time.UTC), false},
		{"after:1d", dstNoon, berlin, time.Date(2026, 3, 28, 10, 0, 0, 0, time.UTC), true},
		{"after:1d", dstNoon, berlin, time.Date(2026, 3, 28, 9, 59, 0, 0, time.UTC), false},
	} {
		q, err := ParseSearchAt(tc.query, tc.now, tc.loc)
		if err != nil {
			t.Fatal(err)
		}
		s := &Story{Title: "x", Published: tc.published}
		if got := q.Matches(s, StoryState{}); got != tc.want {
			after, before := q.Between()
			t.Errorf("%q at %v (%v): published %v matches %v, want %v (range %v, %v)",
				tc.query, tc.now, tc.loc, tc.published.UTC(), got, tc.want, after.UTC(), before.UTC())
		}
		if q.Matches(&Story{Title: "x"}, StoryState{}) {
			t.Errorf("%q matches an undated story", tc.query)
		}
	}
}

func TestRelativeDatesNeedAClock(t *testing.T) {
	q := mustSearch(t, "after:24h")
	recent := &Story{Title: "x", Published: time.Now()}
	if q.Matches(recent, StoryState{}) {
		t.Error("after:24h without a clock matched a story")
	}
	if after, before := q.Between(); !after.IsZero() || !before.IsZero() {
		t.Errorf("Between() = %v, %v; want nothing until At", after, before)
	}
	now := time.Date(2026, 11, 10, 12, 0, 0, 0, time.UTC)
	recent.Published = now.Add(-time.Hour)
	at := q.At(now, time.UTC)
	if !at.Matches(recent, StoryState{}) {
		t.Error("after:24h At now does not match a story an hour old")
	}
	if q.Matches(recent, StoryState{}) {
		t.Error("At changed the query it was called on")
	}
	if later := at.At(now.Add(48*time.Hour), time.UTC); later.Matches(recent, StoryState{}) {
		t.Error("after:24h read again two days later still matches the story")
	}
	if plain := mustSearch(t, "trade"); plain.At(now, nil).String() != "trade" {
		t.Error("At lost the query's text")
	}
}
