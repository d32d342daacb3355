//go:build integration

package serversync

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// GReader against the harness's real Miniflux (see integration_env_test.go).

func greaderFor(e env) *GReader {
	g := NewGReader(e.GReaderURL, e.GReaderUser, e.GReaderPassword, &http.Client{Timeout: 30 * time.Second})
	g.UserAgent = "dateline/integration-test"
	return g
}

func TestGReaderMinifluxCheck(t *testing.T) {
	e := serverEnv(t)
	ctx := context.Background()
	if err := greaderFor(e).Check(ctx); err != nil {
		t.Fatalf("Check: %v", err)
	}
	for _, tt := range []struct {
		name, user, password string
		want                 error
	}{
		{"wrong password", e.GReaderUser, "not the password", ErrAuth},
		{"unknown user", "nobody", "x", ErrAuth},
		// Miniflux answers a disabled integration and a wrong password
		// alike; the account's own login gives it away.
		{"the REST login", e.MinifluxUser, e.MinifluxPassword, ErrAPIDisabled},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := NewGReader(e.GReaderURL, tt.user, tt.password, nil).Check(ctx)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Check = %v, want %q", err, tt.want)
			}
			checkOneLine(t, err, e.GReaderURL)
		})
	}
}

func TestGReaderMinifluxEntries(t *testing.T) {
	e := serverEnv(t)
	resetMiniflux(t, e)
	feeds := feedServer(t)
	alpha := subscribeFeed(t, e, testFeedURL(feeds, "alpha"))
	beta := subscribeFeed(t, e, testFeedURL(feeds, "beta"))
	g := greaderFor(e)
	ctx := context.Background()

	got, cursor, err := g.Entries(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	rest := append(feedEntries(t, e, alpha), feedEntries(t, e, beta)...)
	if len(got) != len(rest) || len(got) != 2*testFeedInitialItems {
		t.Fatalf("first sync: %d entries, Miniflux has %d", len(got), len(rest))
	}
	byID := map[string]Entry{}
	for _, en := range got {
		byID[en.ID] = en
	}
	for _, r := range rest {
		en, ok := byID[strconv.FormatInt(r.ID, 10)]
		switch {
		case !ok:
			t.Errorf("Miniflux entry %d (%s) missing; got IDs %v", r.ID, r.Title, ids(got))
		case en.URL != r.URL || en.Title != r.Title || en.FeedID != fmt.Sprintf("feed/%d", r.FeedID) || en.Read || en.Starred:
			t.Errorf("entry %d = %+v, Miniflux has %+v", r.ID, en, r)
		case !strings.Contains(en.Content, "Body of") || en.Published.IsZero() || en.Changed.IsZero() || len(en.Tags) != 0:
			t.Errorf("entry %d: content %q, published %v, changed %v, tags %v", r.ID, en.Content, en.Published, en.Changed, en.Tags)
		}
	}
	if first := feeds.URL + "/alpha/1"; got[0].URL != first || !got[0].Published.Equal(testFeedEpoch.Add(time.Hour)) {
		t.Errorf("oldest entry %s at %v, want %s at %v", got[0].URL, got[0].Published, first, testFeedEpoch.Add(time.Hour))
	}

	if got, cursor, err = g.Entries(ctx, cursor); err != nil || len(got) != 0 {
		t.Fatalf("with nothing changed: %+v, %v", got, err)
	}

	// Changes made in Miniflux's own API, as another client would.
	read, starred := rest[1].ID, rest[4].ID
	restCall(t, e, "PUT", "/v1/entries", map[string]any{"entry_ids": []int64{read}, "status": "read"})
	restCall(t, e, "PUT", fmt.Sprintf("/v1/entries/%d/bookmark", starred), nil)
	// A new item dated in 2024: outside the ot= window, found as unread.
	link := addTestItem(t, feeds, "beta", "Fresh from beta")
	refreshFeed(t, e, beta)

	got, cursor, err = g.Entries(ctx, cursor)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{strconv.FormatInt(read, 10): "read", strconv.FormatInt(starred, 10): "starred"}
	if len(got) != 3 {
		t.Errorf("after three changes: %d entries %v", len(got), ids(got))
	}
	for _, en := range got {
		state := want[en.ID]
		switch {
		case en.URL == link:
			if en.Read || en.Starred || en.Title != "Fresh from beta" {
				t.Errorf("new entry %+v", en)
			}
		case state == "read" && (!en.Read || en.Starred), state == "starred" && (en.Read || !en.Starred), state == "":
			t.Errorf("entry %s (%s): read %v starred %v, want %s", en.ID, en.Title, en.Read, en.Starred, state)
		case en.Changed.Before(time.Now().Add(-time.Minute)):
			t.Errorf("entry %s: Changed %v, want Miniflux's changed_at (just now)", en.ID, en.Changed)
		}
	}
	if got, _, err = g.Entries(ctx, cursor); err != nil || len(got) != 0 {
		t.Fatalf("after taking the changes: %+v, %v", ids(got), err)
	}
}

// restCall is rest without an answer to decode.
func restCall(t *testing.T, e env, method, path string, in any) {
	t.Helper()
	rest(t, e, method, path, in, nil)
}

func TestGReaderMinifluxSetReadAndStarred(t *testing.T) {
	e := serverEnv(t)
	resetMiniflux(t, e)
	feeds := feedServer(t)
	gamma := subscribeFeed(t, e, testFeedURL(feeds, "gamma"))
	entries := feedEntries(t, e, gamma)
	var all []string
	for _, en := range entries {
		all = append(all, strconv.FormatInt(en.ID, 10))
	}
	g := greaderFor(e)
	g.batch = 2 // three entries: two requests
	ctx := context.Background()
	for range 2 { // idempotent
		if err := g.SetRead(ctx, all, true); err != nil {
			t.Fatal(err)
		}
		if err := g.SetStarred(ctx, all[:1], true); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.SetRead(ctx, all[2:], false); err != nil {
		t.Fatal(err)
	}
	for i, en := range feedEntries(t, e, gamma) {
		if wantRead, wantStar := i < 2, i == 0; (en.Status == "read") != wantRead || en.Starred != wantStar {
			t.Errorf("entry %d: %s starred %v; want read %v starred %v", en.ID, en.Status, en.Starred, wantRead, wantStar)
		}
	}
}

func TestGReaderMinifluxSubscribe(t *testing.T) {
	e := serverEnv(t)
	resetMiniflux(t, e)
	feeds := feedServer(t)
	g := greaderFor(e)
	ctx := context.Background()

	url := testFeedURL(feeds, "gamma")
	f, err := g.Subscribe(ctx, url, "Europe")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(f.ID, "feed/") || f.URL != url || f.Title != "Feed gamma" || f.Category != "Europe" || f.SiteURL != feeds.URL+"/gamma/" {
		t.Errorf("Subscribe = %+v", f)
	}
	if again, err := g.Subscribe(ctx, url, "Europe"); err != nil || again != f {
		t.Errorf("subscribing again = %+v, %v; want %+v", again, err, f)
	}
	var mf []mfFeed
	rest(t, e, "GET", "/v1/feeds", nil, &mf)
	if len(mf) != 1 || "feed/"+strconv.FormatInt(mf[0].ID, 10) != f.ID || mf[0].Category.Title != "Europe" {
		t.Errorf("Miniflux has %+v", mf)
	}
	if _, err := g.Subscribe(ctx, feeds.URL+"/nothing-here", ""); err == nil {
		t.Error("subscribing to a missing feed: no error")
	} else {
		checkOneLine(t, err, e.GReaderURL)
	}

	for range 2 {
		if err := g.Unsubscribe(ctx, f.ID); err != nil {
			t.Fatalf("Unsubscribe: %v", err)
		}
	}
	list, err := g.Feeds(ctx)
	if err != nil || slices.ContainsFunc(list, func(x Feed) bool { return x.ID == f.ID }) {
		t.Errorf("Feeds after Unsubscribe = %+v, %v", list, err)
	}
}
