package store

import (
	"context"
	"testing"
	"time"
)

func TestFeedStateRoundTrips(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	at := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	want := FeedState{Key: "https://example.com/feed.xml", Title: "Example", ETag: `"v1"`, LastModified: "Fri, 27 Nov 2026 09:00:00 GMT",
		NextFetch: at.Add(time.Hour), LastFetch: at, Status: "failed", Error: "HTTP 500", MovedTo: "https://example.org/feed", MovedCount: 2}
	if err := s.SaveFeedState(ctx, want); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
	got, err := s.FeedStates(ctx)
	if err != nil || got[want.Key] != want {
		t.Fatalf("FeedStates = %+v, %v; want %+v", got[want.Key], err, want)
	}
	want.Status, want.Error, want.Dead, want.LastOK = "gone", "410", true, at
	s.SaveFeedState(ctx, want)
	flush(t, s)
	if got, _ := s.FeedStates(ctx); got[want.Key] != want || len(got) != 1 {
		t.Errorf("after a second save: %+v", got)
	}
}

func TestSourceCountsCountStoriesAndUnread(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "a", story("a1", 1), story("a2", 2))
	upsert(t, s, "b", story("b1", 3))
	s.SetRead("a1", true)
	flush(t, s)
	got, err := s.SourceCounts(context.Background())
	if err != nil || got["a"] != [2]int{2, 1} || got["b"] != [2]int{1, 1} {
		t.Errorf("SourceCounts = %v, %v", got, err)
	}
}
