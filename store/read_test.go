package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dateline-news/dateline/model"
)

// mixed is a library with ties, undated stories and every region.
func mixed(t *testing.T) (*Store, []*model.Story) {
	s := openTemp(t)
	rng := rand.New(rand.NewPCG(7, 7))
	var stories []*model.Story
	for i := range 120 {
		hours := rng.IntN(30) // many ties
		if i%9 == 0 {
			hours = -1 // undated
		}
		var regions []model.Region
		if r := rng.IntN(7); r < len(model.WorldRegions) {
			regions = append(regions, model.WorldRegions[r])
		}
		if i%11 == 0 {
			regions = append(regions, model.Europe)
		}
		stories = append(stories, story(fmt.Sprintf("s%03d", rng.IntN(1000)*1000+i), hours, regions...))
	}
	upsert(t, s, "feed", stories...)
	return s, stories
}

func expected(stories []*model.Story, scope model.Scope) []string {
	var out []*model.Story
	for _, s := range stories {
		if r, one := scope.Region(); !one || s.Regions.Has(r) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b *model.Story) int {
		if model.Newer(a, b) {
			return -1
		}
		return 1
	})
	ids := make([]string, len(out))
	for i, s := range out {
		ids[i] = s.ID
	}
	return ids
}

func scopes() map[string]model.Scope {
	out := map[string]model.Scope{"all": model.Everywhere(), "Other": model.In(model.Other)}
	for _, r := range model.WorldRegions {
		out[r.String()] = model.In(r)
	}
	return out
}

func TestFirstPageIsNewestFirstUndatedLast(t *testing.T) {
	s, stories := mixed(t)
	for name, scope := range scopes() {
		want := expected(stories, scope)
		items, err := s.FirstPage(context.Background(), scope, 10)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(items); !slices.Equal(got, want[:min(10, len(want))]) {
			t.Errorf("%s: first page %v, want %v", name, got, want[:min(10, len(want))])
		}
	}
}

func TestPagesWalkTheWholeScope(t *testing.T) {
	s, stories := mixed(t)
	ctx := context.Background()
	for name, scope := range scopes() {
		var got []string
		items, err := s.FirstPage(ctx, scope, 7)
		for len(items) > 0 && err == nil {
			got = append(got, ids(items)...)
			items, err = s.Page(ctx, After(scope, items[len(items)-1].Story), 7)
		}
		if err != nil {
			t.Fatal(err)
		}
		if want := expected(stories, scope); !slices.Equal(got, want) {
			t.Errorf("%s: pages gave\n%v\nwant\n%v", name, got, want)
		}
	}
	var all []string
	for it, err := range s.All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, it.Story.ID)
	}
	if want := expected(stories, model.Everywhere()); !slices.Equal(all, want) {
		t.Errorf("All gave\n%v\nwant\n%v", all, want)
	}
}

// TestFirstPageUsesAnIndex checks the query plans: the first page of every
// scope walks an index in order, so its cost does not grow with the
// library (a sort would read every story).
func TestFirstPageUsesAnIndex(t *testing.T) {
	s := openTemp(t)
	for name, scope := range scopes() {
		where := ""
		if r, one := scope.Region(); one {
			where = " AND " + regionTerm(int(r))
		}
		if p := plan(t, s, `SELECT `+storyCols+` WHERE 1`+where+` ORDER BY s.published DESC, s.id LIMIT 50`); strings.Contains(p, "TEMP B-TREE") || !strings.Contains(p, "USING INDEX stories_") {
			t.Errorf("%s: plan %s", name, p)
		}
	}
}

func TestBySourceUsesAnIndex(t *testing.T) {
	s := openTemp(t)
	if p := plan(t, s, `SELECT `+leanCols+` WHERE s.source_key = 'x' ORDER BY s.published DESC, s.id`); strings.Contains(p, "TEMP B-TREE") || !strings.Contains(p, "stories_source_page") {
		t.Errorf("plan %s", p)
	}
}

// plan is SQLite's query plan for q, its steps joined by "; ".
func plan(t *testing.T, s *Store, q string) string {
	t.Helper()
	rows, err := s.rdb.Query("EXPLAIN QUERY PLAN " + q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var steps []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		rows.Scan(&id, &parent, &notused, &detail)
		steps = append(steps, detail)
	}
	return strings.Join(steps, "; ")
}

func TestBodiesAreReadWhenAskedFor(t *testing.T) {
	s := openTemp(t)
	a := story("a", 1)
	a.Body = model.Markdown("# The text")
	upsert(t, s, "feed", a)
	items, err := s.FirstPage(context.Background(), model.Everywhere(), 1)
	if err != nil {
		t.Fatal(err)
	}
	lb, ok := items[0].Story.Body.(*lazyBody)
	if !ok || lb.body.Load() != nil {
		t.Fatalf("body read with the page: %T", items[0].Story.Body)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if md := items[0].Story.Body.Markdown(); md != "# The text" {
				t.Errorf("Markdown %q", md)
			}
		})
	}
	wg.Wait()
	s.Close()
	if md := items[0].Story.Body.Markdown(); md != "# The text" {
		t.Errorf("a body once read is kept: %q", md)
	}
	items[0].Story.Body = &lazyBody{s: s, n: lb.n}
	if md := items[0].Story.Body.Markdown(); md != unreadable {
		t.Errorf("unreadable body: %q", md)
	}
}

// checkCounts compares Counts with a count over every story.
func checkCounts(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	all, unread, by, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var wantAll, wantUnread int
	wantBy := map[model.Region][2]int{model.Other: {}}
	for _, r := range model.WorldRegions {
		wantBy[r] = [2]int{}
	}
	for it, err := range s.All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		wantAll++
		u := 0
		if !it.State.Read {
			wantUnread++
			u = 1
		}
		for _, r := range it.Story.Regions.List() {
			c := wantBy[r]
			wantBy[r] = [2]int{c[0] + 1, c[1] + u}
		}
	}
	if all != wantAll || unread != wantUnread || fmt.Sprint(by) != fmt.Sprint(wantBy) {
		t.Errorf("Counts: %d, %d unread, %v\nwant      %d, %d unread, %v", all, unread, by, wantAll, wantUnread, wantBy)
	}
}

func TestCountsFollowEveryWrite(t *testing.T) {
	s, stories := mixed(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 3))
	checkCounts(t, s)
	for round := range 30 {
		st := stories[rng.IntN(len(stories))]
		switch round % 5 {
		case 0:
			s.SetRead(st.ID, true)
		case 1:
			s.SetRead(st.ID, false)
		case 2: // its regions change
			c := *st
			c.Regions = model.RegionSet(0).Add(model.WorldRegions[rng.IntN(5)])
			s.Upsert(ctx, []*model.Story{&c}, "feed")
		case 3:
			s.MarkRead([]string{stories[rng.IntN(len(stories))].ID, st.ID})
		case 4: // it goes from its feed and is pruned
			s.MarkGone(ctx, "feed", nil)
			flush(t, s)
			s.wdb.Exec(`UPDATE stories SET gone_since = 1 WHERE id = ?`, st.ID)
			s.wdb.Exec(`UPDATE stories SET gone_since = NULL WHERE id != ?`, st.ID)
			if _, err := s.Prune(ctx, day0, DefaultReadAge, DefaultUnreadAge); err != nil {
				t.Fatal(err)
			}
		}
		flush(t, s)
		checkCounts(t, s)
	}
}

func TestGet(t *testing.T) {
	s, _ := mixed(t)
	items, err := s.FirstPage(context.Background(), model.Everywhere(), 3)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(context.Background(), []string{items[2].Story.ID, "nope", items[0].Story.ID})
	if err != nil || len(got) != 2 || got[0].Story.ID != items[0].Story.ID || got[1].Story.ID != items[2].Story.ID {
		t.Errorf("Get: %v, %v", ids(got), err)
	}
}

func TestBySourceYieldsWhatTheSourceLastDelivered(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "a", story("a1", 1), story("shared", 2), story("a2", 3))
	upsert(t, s, "b", story("b1", 4), story("shared", 2))
	var got []string
	for it, err := range s.BySource(context.Background(), "a") {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, it.Story.ID)
	}
	if want := []string{"a2", "a1"}; !slices.Equal(got, want) {
		t.Errorf("BySource(a) = %v, want %v (shared moved to b)", got, want)
	}
}

func TestStatesReturnsOnlyMarkedStories(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("x", 1), story("y", 2), story("z", 3))
	if err := s.SetRead("x", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred("not-yet-stored", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead("z", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead("z", false); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
	got, err := s.States(context.Background(), []string{"x", "y", "z", "not-yet-stored"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]StoryState{"x": {Read: true}, "not-yet-stored": {Starred: true}}
	if len(got) != len(want) || got["x"] != want["x"] || got["not-yet-stored"] != want["not-yet-stored"] {
		t.Errorf("States = %v, want %v", got, want)
	}
}

func TestFindByIDThenGUID(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("a", 1), story("b", 2))
	ctx := context.Background()
	for key, want := range map[string]string{"a": "a", "guid-b": "b", "nope": ""} {
		it, ok, err := s.Find(ctx, key)
		if err != nil || ok != (want != "") || ok && it.Story.ID != want {
			t.Errorf("Find(%q) = %v, %v, %v; want %q", key, it.Story, ok, err, want)
		}
	}
}

func TestBodyOfReadsAStoredBodyByID(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("a", 1))
	if got := s.BodyOf("a").Markdown(); got != "Body of a" {
		t.Errorf("BodyOf(a) = %q", got)
	}
	if got := s.BodyOf("missing").Markdown(); got != unreadable {
		t.Errorf("BodyOf(missing) = %q", got)
	}
}
