package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestMarksArePendingUntilPushedAndNewestWins(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	upsert(t, s, "feed", story("a", 1), story("b", 2), story("c", 3))
	// A mark made before sync was on goes too, once a/b are server entries.
	s.SetRead("a", true)
	s.SetStarred("b", true)
	flush(t, s)
	if p, _ := s.PendingMarks(ctx); len(p) != 0 {
		t.Fatalf("pending before any entry is known: %+v", p)
	}
	if err := s.MapEntries(ctx, map[string]EntryRef{"a": {"1", 10}, "b": {"2", 0}, "c": {"3", 0}}); err != nil {
		t.Fatal(err)
	}
	p, err := s.PendingMarks(ctx)
	if err != nil || len(p) != 2 {
		t.Fatalf("pending: %+v, %v", p, err)
	}
	if ch, err := s.EntriesSeen(ctx, []string{"1", "2", "9"}); err != nil || len(ch) != 2 || ch["1"] != (SeenEntry{10, true, false}) {
		t.Errorf("EntriesSeen = %v, %v", ch, err)
	}

	// The server: a is unread there since long ago (ours is newer, stays
	// pending); c was starred there just now (taken).
	long := time.Now().Add(-time.Hour)
	err = s.ApplyServerState(ctx, []ServerState{
		{StoryID: "a", Read: false, Changed: long},
		{StoryID: "c", Starred: true, Changed: time.Now().Add(time.Hour)},
	})
	if err != nil {
		t.Fatal(err)
	}
	states, _ := s.States(ctx, []string{"a", "b", "c"})
	if !states["a"].Read || !states["c"].Starred || !states["b"].Starred {
		t.Errorf("after the server's state: %+v", states)
	}
	p, _ = s.PendingMarks(ctx)
	if len(p) != 2 { // a and b; c came from the server and is not pending
		t.Errorf("pending after pull: %+v", p)
	}
	if err := s.ClearPending(ctx, p); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.PendingMarks(ctx); len(p) != 0 {
		t.Errorf("pending after the push: %+v", p)
	}
	// A change after the push is pending again.
	s.SetRead("c", true)
	flush(t, s)
	if p, _ := s.PendingMarks(ctx); len(p) != 1 || p[0].EntryID != "3" || !p[0].Read || !p[0].Starred {
		t.Errorf("a new mark: %+v", p)
	}
}

func TestSyncMetaAndStoriesByLink(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	upsert(t, s, "feed", story("a", 1))
	if err := s.SetSyncMeta(ctx, "cursor", "42"); err != nil {
		t.Fatal(err)
	}
	if v, err := s.SyncMeta(ctx, "cursor"); v != "42" || err != nil {
		t.Errorf("SyncMeta = %q, %v", v, err)
	}
	got, err := s.StoriesByLink(ctx, []string{"https://example.com/a", "a", "https://nowhere/", ""})
	if err != nil || got["https://example.com/a"] != "a" || got["a"] != "a" || len(got) != 2 {
		t.Errorf("StoriesByLink = %v, %v", got, err)
	}
	// Links are looked up through their index, not by reading every story
	// for each one (a sync's page of 1,000 URLs took 28 s at 100,000).
	rows, err := s.rdb.QueryContext(ctx, "EXPLAIN QUERY PLAN "+storiesByLinkQuery, `["x"]`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if p := strings.Join(plan, "; "); !strings.Contains(p, "USING INDEX stories_link") || strings.Contains(p, "SCAN s") {
		t.Errorf("StoriesByLink's plan: %s", p)
	}
}
