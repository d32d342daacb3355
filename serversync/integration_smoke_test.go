//go:build integration

package serversync

import (
	"encoding/json"
	"fmt"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// These tests prove the harness, not the sync engine: that .ci/miniflux.sh
// started a Miniflux whose two APIs answer, and that the helpers subscribe,
// refresh and reset as they say.

func TestSmokeRESTLogin(t *testing.T) {
	e := serverEnv(t)
	var me struct {
		Username string `json:"username"`
	}
	rest(t, e, "GET", "/v1/me", nil, &me)
	if me.Username != e.MinifluxUser {
		t.Errorf("GET /v1/me: username %q, want %q", me.Username, e.MinifluxUser)
	}
}

func TestSmokeGReaderListsSubscribedFeed(t *testing.T) {
	e := serverEnv(t)
	resetMiniflux(t, e)
	feeds := feedServer(t)
	feedURL := testFeedURL(feeds, "alpha")
	subscribeFeed(t, e, feedURL)

	token := greaderLogin(t, e)
	req, err := http.NewRequest("GET", e.GReaderURL+"/reader/api/0/subscription/list?output=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "GoogleLogin auth="+token)
	resp, err := harnessClient.Do(req)
	if err != nil {
		t.Fatalf("subscription/list: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("subscription/list: %s", resp.Status)
	}
	var list struct {
		Subscriptions []struct {
			ID    string `json:"id"`
			Title string `json:"title"`
			URL   string `json:"url"`
		} `json:"subscriptions"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatalf("subscription/list: %v", err)
	}
	if len(list.Subscriptions) != 1 {
		t.Fatalf("subscription/list: %d subscriptions, want 1: %+v", len(list.Subscriptions), list.Subscriptions)
	}
	got := list.Subscriptions[0]
	if got.URL != feedURL || got.Title != "Feed alpha" || !strings.HasPrefix(got.ID, "feed/") {
		t.Errorf("subscription/list: got %+v, want feed/N %q at %s", got, "Feed alpha", feedURL)
	}
}

func TestSmokeGReaderRejectsWrongPassword(t *testing.T) {
	e := serverEnv(t)
	e.GReaderPassword += "-wrong"
	resp, err := harnessClient.PostForm(e.GReaderURL+"/accounts/ClientLogin",
		map[string][]string{"Email": {e.GReaderUser}, "Passwd": {e.GReaderPassword}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("ClientLogin with a wrong password: %s, want 401", resp.Status)
	}
}

func TestSmokeRefreshBringsNewItems(t *testing.T) {
	e := serverEnv(t)
	resetMiniflux(t, e)
	feeds := feedServer(t)
	id := subscribeFeed(t, e, testFeedURL(feeds, "beta"))

	want := []string{"beta item 1", "beta item 2", "beta item 3"}
	if got := entryTitles(feedEntries(t, e, id)); !slices.Equal(got, want) {
		t.Fatalf("after subscribing: entries %q, want %q", got, want)
	}

	link := addTestItem(t, feeds, "beta", "Breaking & new")
	refreshFeed(t, e, id)
	entries := feedEntries(t, e, id)
	want = append(want, "Breaking & new")
	if got := entryTitles(entries); !slices.Equal(got, want) {
		t.Fatalf("after adding an item and refreshing: entries %q, want %q", got, want)
	}
	if last := entries[len(entries)-1]; last.URL != link || last.Status != "unread" {
		t.Errorf("new entry: URL %q status %q, want %q unread", last.URL, last.Status, link)
	}
}

func TestSmokeResetRemovesFeedsAndCategories(t *testing.T) {
	e := serverEnv(t)
	resetMiniflux(t, e)
	feeds := feedServer(t)
	subscribeFeed(t, e, testFeedURL(feeds, "alpha"))
	subscribeFeed(t, e, testFeedURL(feeds, "gamma"))
	rest(t, e, "POST", "/v1/categories", map[string]string{"title": "Extra"}, nil)

	resetMiniflux(t, e)
	var left []mfFeed
	rest(t, e, "GET", "/v1/feeds", nil, &left)
	if len(left) != 0 {
		t.Errorf("after reset: %d feeds left: %+v", len(left), left)
	}
	var cats []mfCategory
	rest(t, e, "GET", "/v1/categories", nil, &cats)
	if len(cats) != 1 || cats[0].Title != "All" {
		t.Errorf("after reset: categories %+v, want just All", cats)
	}
}

// TestSmokeServerEnvFailsWithoutServer: under the integration tag, a
// missing server must fail the run, not skip it.
func TestSmokeServerEnvFailsWithoutServer(t *testing.T) {
	t.Setenv("DATELINE_GREADER_PASSWORD", "")
	rec := &fatalRecorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		serverEnv(rec)
	}()
	<-done
	if !rec.failed || !strings.Contains(rec.msg, "DATELINE_GREADER_PASSWORD") ||
		!strings.Contains(rec.msg, ".ci/miniflux.sh start") {
		t.Errorf("serverEnv without DATELINE_GREADER_PASSWORD: failed=%v, message %q; "+
			"want a failure naming the variable and .ci/miniflux.sh start", rec.failed, rec.msg)
	}
}

// fatalRecorder stands in for a test to catch a helper's Fatalf.
type fatalRecorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.failed = true
	r.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func entryTitles(entries []mfEntry) []string {
	titles := make([]string, len(entries))
	for i, en := range entries {
		titles[i] = en.Title
	}
	return titles
}
