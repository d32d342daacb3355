package serversync

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// checkOneLine fails the test unless err is one line naming the address.
func checkOneLine(t *testing.T, err error, addr string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\r\n") {
		t.Errorf("error is not one line: %q", msg)
	}
	if !strings.Contains(msg, addr) {
		t.Errorf("error does not name %s: %q", addr, msg)
	}
}

func TestGReaderCheck(t *testing.T) {
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := "http://" + closed.Addr().String()
	closed.Close()

	tests := []struct {
		name     string
		fake     func(*testing.T) *fakeGReader // nil: the closed listener
		password string
		want     error // nil: no error
		says     string
	}{
		{"ok", newFakeGReader, "secret", nil, ""},
		{"wrong password", newFakeGReader, "wrong", ErrAuth, "refused user"},
		{"FreshRSS with the API off", func(t *testing.T) *fakeGReader {
			f := newFakeGReader(t)
			f.disabled = true
			return f
		}, "secret", ErrAPIDisabled, "allow API access"},
		{"Miniflux with the integration off", func(t *testing.T) *fakeGReader {
			f := newFakeMiniflux(t)
			f.disabled = true
			return f
		}, "rest-secret", ErrAPIDisabled, "Settings > Integrations"},
		{"Miniflux given the account's password", newFakeMiniflux, "rest-secret", ErrAPIDisabled, "not for the Google Reader API"},
		{"Miniflux wrong password", newFakeMiniflux, "wrong", ErrAuth, "refused user"},
		{"no API at the address", func(t *testing.T) *fakeGReader {
			f := newFakeGReader(t)
			f.noAPI = true
			return f
		}, "secret", ErrAPIDisabled, "HTTP 404"},
		{"web server drops the Authorization header", func(t *testing.T) *fakeGReader {
			f := newFakeGReader(t)
			f.dropAuth = true
			return f
		}, "secret", ErrAuth, "Authorization header"},
		{"unreachable", nil, "secret", ErrUnreachable, "check the address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g *GReader
			addr := down
			if tt.fake == nil {
				g = NewGReader(down, "ann", tt.password, nil)
			} else {
				f := tt.fake(t)
				g, addr = f.client(tt.password), f.URL()
			}
			err := g.Check(context.Background())
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Check = %v, want an error wrapping %q", err, tt.want)
			}
			for _, other := range []error{ErrUnreachable, ErrAuth, ErrAPIDisabled} {
				if other != tt.want && errors.Is(err, other) {
					t.Errorf("Check = %v, which also wraps %q", err, other)
				}
			}
			checkOneLine(t, err, addr)
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("Check = %q, want it to say %q", err, tt.says)
			}
		})
	}
}

func TestGReaderCheckHidesPasswordInAddress(t *testing.T) {
	f := newFakeGReader(t)
	addr := strings.Replace(f.URL(), "http://", "http://ann:hunter2@", 1)
	err := NewGReader(addr, "ann", "wrong", f.srv.Client()).Check(context.Background())
	if !errors.Is(err, ErrAuth) || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("Check = %v, want ErrAuth without the address's password", err)
	}
}

func TestGReaderCanceledIsNotUnreachable(t *testing.T) {
	f := newFakeGReader(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := f.client("secret").Check(ctx)
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrUnreachable) {
		t.Fatalf("Check = %v, want context.Canceled and not ErrUnreachable", err)
	}
}

func TestGReaderSendsUserAgent(t *testing.T) {
	f := newFakeGReader(t)
	g := f.client("secret")
	g.UserAgent = "dateline/1.2.3"
	if _, err := g.Feeds(context.Background()); err != nil {
		t.Fatal(err)
	}
	if want := map[string]bool{"dateline/1.2.3": true}; !reflect.DeepEqual(f.userAgents, want) {
		t.Errorf("user agents %v, want %v", f.userAgents, want)
	}
}

func TestGReaderFeeds(t *testing.T) {
	f := newFakeMiniflux(t)
	f.addFeed("https://a.example/feed.xml", "Alpha", "Africa")
	f.addFeed("https://b.example/rss", "Beta", "All")
	got, err := f.client("secret").Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []Feed{
		{ID: "feed/1", URL: "https://a.example/feed.xml", SiteURL: "https://a.example/feed/", Title: "Alpha", Category: "Africa"},
		{ID: "feed/2", URL: "https://b.example/rss", SiteURL: "https://b.example/rss/", Title: "Beta", Category: "All"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Feeds =\n%+v\nwant\n%+v", got, want)
	}
}

// ids returns the entries' IDs in order.
func ids(entries []Entry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.ID
	}
	return out
}

func TestGReaderFirstEntriesPageThroughEverything(t *testing.T) {
	f := newFakeGReader(t)
	alpha := f.addFeed("https://a.example/feed.xml", "Alpha", "News")
	beta := f.addFeed("https://b.example/feed.xml", "Beta", "Sport")
	day := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	var want []string
	for i := range 7 {
		feed := alpha
		if i%2 == 1 {
			feed = beta
		}
		want = append(want, f.addEntry(feed, fmt.Sprintf("story %d", i), day.Add(time.Duration(i)*time.Hour)))
	}
	f.edit(want[2], func(e *fakeEntry) { e.read, e.starred, e.labels = true, true, []string{"keep", "News"} })
	f.edit(want[5], func(e *fakeEntry) { e.starred = true })

	g := f.client("secret")
	g.batch = 3
	got, cursor, err := g.Entries(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(got), want) {
		t.Fatalf("Entries IDs %v, want %v (oldest first)", ids(got), want)
	}
	if !strings.HasPrefix(cursor, "gr1.") {
		t.Errorf("cursor %q", cursor)
	}
	e, stored := got[2], f.entry(want[2])
	wantEntry := Entry{
		ID: want[2], FeedID: alpha, URL: stored.url, Title: "story 2", Author: "Reporter story 2",
		Content: "<p>story 2</p>", Published: day.Add(2 * time.Hour),
		Tags: []string{"keep"}, // "News" is the feed's folder, not a tag
		Read: true, Starred: true, Changed: stored.crawled.UTC(),
	}
	if !reflect.DeepEqual(e, wantEntry) {
		t.Errorf("entry =\n%+v\nwant\n%+v", e, wantEntry)
	}
	for i, e := range got {
		if e.Read != (i == 2) || e.Starred != (i == 2 || i == 5) {
			t.Errorf("entry %d: read %v starred %v", i, e.Read, e.Starred)
		}
	}
	// In pages of three: three pages for the seven entries, two for the
	// six unread, one for the two starred, one for the recent (none).
	if n := f.hitCount("/reader/api/0/stream/items/ids"); n != 3+2+1+1 {
		t.Errorf("%d stream/items/ids requests, want 7", n)
	}
	if n := f.hitCount("/reader/api/0/stream/items/contents"); n != 3 {
		t.Errorf("%d stream/items/contents requests, want 3 batches of at most 3", n)
	}
}

func TestGReaderEntriesReturnsOnlyWhatChanged(t *testing.T) {
	f := newFakeGReader(t)
	feed := f.addFeed("https://a.example/feed.xml", "Alpha", "News")
	now := time.Now()
	var old []string
	for i := range 5 {
		old = append(old, f.addEntry(feed, fmt.Sprintf("old %d", i), now.Add(-time.Duration(72+i)*time.Hour)))
	}
	g := f.client("secret")
	ctx := context.Background()
	_, cursor, err := g.Entries(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	got, cursor, err := g.Entries(ctx, cursor)
	if err != nil || len(got) != 0 {
		t.Fatalf("with nothing changed: %v, %v", ids(got), err)
	}

	fresh := f.addEntry(feed, "fresh", now)
	readFresh := f.addEntry(feed, "read elsewhere before this sync", now)
	f.edit(readFresh, func(e *fakeEntry) { e.read = true })
	late := f.addEntry(feed, "crawled late, dated long ago", now.Add(-30*24*time.Hour))
	f.edit(old[1], func(e *fakeEntry) { e.read = true })
	f.edit(old[3], func(e *fakeEntry) { e.starred = true })

	got, cursor, err = g.Entries(ctx, cursor)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]bool{ // read, starred
		fresh: {false, false}, readFresh: {true, false}, late: {false, false},
		old[1]: {true, false}, old[3]: {false, true},
	}
	if len(got) != len(want) {
		t.Errorf("changed entries %v, want the %d in %v", ids(got), len(want), want)
	}
	for _, e := range got {
		if w, ok := want[e.ID]; !ok || w != [2]bool{e.Read, e.Starred} {
			t.Errorf("entry %s %q read %v starred %v; want %v (listed: %v)", e.ID, e.Title, e.Read, e.Starred, w, ok)
		}
	}
	if !slices.IsSortedFunc(got, func(a, b Entry) int { return a.Published.Compare(b.Published) }) {
		t.Errorf("not oldest first: %v", ids(got))
	}

	got, cursor, err = g.Entries(ctx, cursor)
	if err != nil || len(got) != 0 {
		t.Fatalf("after taking the changes: %v, %v", ids(got), err)
	}
	f.edit(old[3], func(e *fakeEntry) { e.starred = false })
	f.edit(old[1], func(e *fakeEntry) { e.read = false })
	got, _, err = g.Entries(ctx, cursor)
	if err != nil || !slices.Equal(ids(got), []string{old[3], old[1]}) || got[0].Starred || got[1].Read {
		t.Fatalf("after unstarring and marking unread: %+v, %v", got, err)
	}
}

func TestGReaderChangedOfAMarkIsTheServersOrUnknown(t *testing.T) {
	for _, tt := range []struct {
		name        string
		sendUpdated bool
	}{{"FreshRSS: only the crawl time", false}, {"Miniflux: updated", true}} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeGReader(t)
			f.sendUpdated = tt.sendUpdated
			f.now = time.Now().Add(-time.Hour).Truncate(time.Second) // crawled an hour ago
			id := f.addEntry(f.addFeed("https://a.example/feed.xml", "A", "All"), "one", time.Now().Add(-72*time.Hour))
			g := f.client("secret")
			_, cursor, err := g.Entries(context.Background(), "")
			if err != nil {
				t.Fatal(err)
			}
			f.set(func(f *fakeGReader) { f.now = time.Now().Add(time.Hour).Truncate(time.Second) })
			f.edit(id, func(e *fakeEntry) { e.read = true })
			got, _, err := g.Entries(context.Background(), cursor)
			if err != nil || len(got) != 1 {
				t.Fatalf("Entries = %+v, %v", got, err)
			}
			want := time.Time{} // a crawl time would say the mark is older than it is
			if tt.sendUpdated {
				want = f.entry(id).changed.UTC()
			}
			if !got[0].Changed.Equal(want) {
				t.Errorf("Changed = %v, want %v", got[0].Changed, want)
			}
		})
	}
}

func TestGReaderEntryMinifluxRemovedIsRead(t *testing.T) {
	// Miniflux lists the entries a user removed in the reading list, and
	// gives them no read category; they are not in the unread listing.
	f := newFakeMiniflux(t)
	id := f.addEntry(f.addFeed("https://a.example/feed.xml", "A", "All"), "gone", time.Now())
	f.edit(id, func(e *fakeEntry) { e.removed = true })
	got, _, err := f.client("secret").Entries(context.Background(), "")
	if err != nil || len(got) != 1 || !got[0].Read {
		t.Fatalf("Entries = %+v, %v; want the removed entry read", got, err)
	}
}

func TestGReaderEntriesRejectsDamagedCursor(t *testing.T) {
	f := newFakeGReader(t)
	for _, cursor := range []string{"garbage", "gr1.!!", "gr1.AQ", "1700000000"} {
		_, next, err := f.client("secret").Entries(context.Background(), cursor)
		if err == nil || next != "" {
			t.Errorf("Entries(%q) = %q, %v; want an error", cursor, next, err)
			continue
		}
		checkOneLine(t, err, f.URL())
	}
}

func TestGReaderCursorRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	set := func(n int) grIDSet {
		s := grIDSet{}
		for range n {
			s[r.Int64()-r.Int64()] = struct{}{}
		}
		s[0], s[-1], s[1<<62] = struct{}{}, struct{}{}, struct{}{}
		return s
	}
	c := grCursor{synced: time.Unix(1750000000, 0), recent: set(0), unread: set(500), starred: set(20)}
	c.recent = grIDSet{}
	got, err := grDecodeCursor(c.encode())
	if err != nil {
		t.Fatal(err)
	}
	if !got.synced.Equal(c.synced) || !reflect.DeepEqual(got.recent, c.recent) ||
		!reflect.DeepEqual(got.unread, c.unread) || !reflect.DeepEqual(got.starred, c.starred) {
		t.Error("the cursor did not survive encoding")
	}
}

func FuzzGReaderCursor(f *testing.F) {
	f.Add(grCursor{synced: time.Unix(1, 0), recent: grIDSet{5: {}}, unread: grIDSet{1: {}, 9: {}}, starred: grIDSet{}}.encode())
	f.Add("gr1.")
	f.Add("gr1.AgEC")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := grDecodeCursor(s)
		if err != nil {
			return
		}
		again, err := grDecodeCursor(c.encode())
		if err != nil || !reflect.DeepEqual(again.unread, c.unread) || !reflect.DeepEqual(again.starred, c.starred) ||
			!reflect.DeepEqual(again.recent, c.recent) || !again.synced.Equal(c.synced) {
			t.Errorf("cursor %q does not survive re-encoding: %v", s, err)
		}
	})
}

func TestGReaderSetReadBatchesAndIsIdempotent(t *testing.T) {
	f := newFakeGReader(t)
	feed := f.addFeed("https://a.example/feed.xml", "A", "All")
	var all []string
	for i := range 600 {
		all = append(all, f.addEntry(feed, strconv.Itoa(i), time.Now()))
	}
	g := f.client("secret")
	ctx := context.Background()
	for range 2 {
		if err := g.SetRead(ctx, all, true); err != nil {
			t.Fatal(err)
		}
	}
	if want := []int{250, 250, 100, 250, 250, 100}; !slices.Equal(f.editBatches, want) {
		t.Errorf("edit-tag batches %v, want %v", f.editBatches, want)
	}
	for _, id := range all {
		if !f.entry(id).read {
			t.Fatalf("entry %s not read", id)
		}
	}
	// Unread again, one by its long ID.
	if err := g.SetRead(ctx, []string{all[0], grLongID(atoi64(all[1]))}, false); err != nil {
		t.Fatal(err)
	}
	if f.entry(all[0]).read || f.entry(all[1]).read || !f.entry(all[2]).read {
		t.Error("SetRead false did not mark exactly the two entries unread")
	}
	if err := g.SetRead(ctx, nil, true); err != nil || len(f.editBatches) != 7 {
		t.Errorf("SetRead of nothing: %v, %d requests", err, len(f.editBatches))
	}
}

func TestGReaderSetStarred(t *testing.T) {
	f := newFakeGReader(t)
	feed := f.addFeed("https://a.example/feed.xml", "A", "All")
	a, b := f.addEntry(feed, "a", time.Now()), f.addEntry(feed, "b", time.Now())
	g := f.client("secret")
	ctx := context.Background()
	for range 2 {
		if err := g.SetStarred(ctx, []string{a, b}, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.SetStarred(ctx, []string{b}, false); err != nil {
		t.Fatal(err)
	}
	if !f.entry(a).starred || f.entry(b).starred || f.entry(a).read {
		t.Errorf("a %+v, b %+v", f.entry(a), f.entry(b))
	}
}

func TestGReaderSetReadRejectsForeignIDs(t *testing.T) {
	f := newFakeGReader(t)
	err := f.client("secret").SetRead(context.Background(), []string{"12", "not-an-id"}, true)
	if err == nil || !strings.Contains(err.Error(), `"not-an-id"`) || len(f.editBatches) != 0 {
		t.Errorf("SetRead = %v after %d requests; want an error naming the ID and no request", err, len(f.editBatches))
	}
}

func TestGReaderWriteErrorIsOneLine(t *testing.T) {
	f := newFakeMiniflux(t)
	f.editTagError = "pq: deadlock detected\nDETAIL: Process 1 waits"
	err := f.client("secret").SetRead(context.Background(), []string{"1"}, true)
	checkOneLine(t, err, f.URL())
	if !strings.Contains(err.Error(), "deadlock detected DETAIL") || !strings.Contains(err.Error(), "HTTP 500") {
		t.Errorf("SetRead = %q, want the server's message and status", err)
	}
}

func TestGReaderSubscribe(t *testing.T) {
	f := newFakeMiniflux(t)
	g := f.client("secret")
	ctx := context.Background()

	got, err := g.Subscribe(ctx, "https://new.example/feed.xml", "Asia")
	if err != nil {
		t.Fatal(err)
	}
	want := Feed{ID: "feed/1", URL: "https://new.example/feed.xml", SiteURL: "https://new.example/feed/",
		Title: "Feed at https://new.example/feed.xml", Category: "Asia"}
	if got != want {
		t.Errorf("Subscribe =\n%+v\nwant\n%+v", got, want)
	}
	if got, err := g.Subscribe(ctx, "https://new.example/feed.xml", ""); err != nil || got != want {
		t.Errorf("subscribing again = %+v, %v; want the same feed", got, err)
	}
	if n := f.hitCount("/reader/api/0/subscription/quickadd"); n != 1 {
		t.Errorf("%d quickadd requests, want 1", n)
	}
	if got, err := g.Subscribe(ctx, "https://other.example/rss", ""); err != nil || got.Category != "All" || got.ID != "feed/2" {
		t.Errorf("Subscribe without a category = %+v, %v", got, err)
	}
	_, err = g.Subscribe(ctx, "https://nofeed.example/", "")
	checkOneLine(t, err, f.URL())
	if !strings.Contains(err.Error(), "found no feed at https://nofeed.example/") {
		t.Errorf("Subscribe to a page without a feed = %v", err)
	}
}

func TestGReaderUnsubscribe(t *testing.T) {
	f := newFakeMiniflux(t)
	keep := f.addFeed("https://a.example/feed.xml", "A", "All")
	drop := f.addFeed("https://b.example/feed.xml", "B", "All")
	g := f.client("secret")
	ctx := context.Background()
	for range 2 {
		if err := g.Unsubscribe(ctx, drop); err != nil {
			t.Fatal(err)
		}
	}
	feeds, err := g.Feeds(ctx)
	if err != nil || len(feeds) != 1 || feeds[0].ID != keep {
		t.Errorf("Feeds after Unsubscribe = %+v, %v", feeds, err)
	}
}

func TestGReaderLogsInAgainWhenTheSessionGoesStale(t *testing.T) {
	f := newFakeGReader(t)
	id := f.addEntry(f.addFeed("https://a.example/feed.xml", "A", "All"), "a", time.Now())
	g := f.client("secret")
	ctx := context.Background()
	if _, err := g.Feeds(ctx); err != nil {
		t.Fatal(err)
	}
	if err := g.SetRead(ctx, []string{id}, true); err != nil {
		t.Fatal(err)
	}
	f.expire()
	if _, err := g.Feeds(ctx); err != nil {
		t.Fatalf("a read after the session went stale: %v", err)
	}
	f.expire()
	if err := g.SetStarred(ctx, []string{id}, true); err != nil {
		t.Fatalf("a write after the session went stale: %v", err)
	}
	if f.logins != 3 || !f.entry(id).starred {
		t.Errorf("%d logins, starred %v; want 3 and true", f.logins, f.entry(id).starred)
	}
}

func TestGReaderStopsWhenTheNewLoginFails(t *testing.T) {
	f := newFakeGReader(t)
	g := f.client("secret")
	ctx := context.Background()
	if _, err := g.Feeds(ctx); err != nil {
		t.Fatal(err)
	}
	f.set(func(f *fakeGReader) { f.password = "changed"; f.session++ })
	_, err := g.Feeds(ctx)
	if !errors.Is(err, ErrAuth) {
		t.Fatalf("Feeds after a password change = %v, want ErrAuth", err)
	}
	checkOneLine(t, err, f.URL())
	if f.logins != 1 {
		t.Errorf("%d successful logins, want 1", f.logins)
	}
}

func TestGReaderRetriesA401Once(t *testing.T) {
	f := newFakeGReader(t)
	f.dropAuth = true
	_, err := f.client("secret").Feeds(context.Background())
	if !errors.Is(err, ErrAuth) {
		t.Fatalf("Feeds = %v, want ErrAuth", err)
	}
	if f.logins != 2 || f.hitCount("/reader/api/0/subscription/list") != 2 {
		t.Errorf("%d logins, %d calls; want 2 of each", f.logins, f.hitCount("/reader/api/0/subscription/list"))
	}
}

func TestGReaderCapsResponses(t *testing.T) {
	f := newFakeGReader(t)
	for i := range 50 {
		f.addFeed(fmt.Sprintf("https://%d.example/feed.xml", i), strings.Repeat("x", 100), "All")
	}
	g := f.client("secret")
	g.maxBody = 4096
	_, err := g.Feeds(context.Background())
	checkOneLine(t, err, f.URL())
	if !strings.Contains(err.Error(), "more than 4096 bytes") {
		t.Errorf("Feeds = %v", err)
	}
}

func TestGReaderStreamContentsOddJSON(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []Entry // nil with wantErr
		err  bool
	}{
		{"not an object (Miniflux's answer to stream/contents)", `[]`, nil, true},
		{"not JSON", `<html>`, nil, true},
		{"no items", `{}`, []Entry{}, false},
		{"null items", `{"items":null}`, []Entry{}, false},
		{"items not a list", `{"items":{"id":"1"}}`, []Entry{}, false},
		{"items without an ID", `{"items":[1,"x",null,{},{"id":""},{"id":"tag:google.com,2005:reader/item/xyz"}]}`, []Entry{}, false},
		{"wrong types everywhere", `{"items":[{"id":5,"title":7,"author":["a"],"published":"12","updated":true,
			"categories":"user/-/state/com.google/read","alternate":{"href":1},"canonical":[3,{"href":"https://x/"}],
			"content":"<p>raw</p>","summary":{"content":{"nested":1}},"origin":[]}]}`,
			[]Entry{{ID: "5", Title: "7", URL: "https://x/", Published: time.Unix(12, 0).UTC()}}, false},
		{"numbers out of range", `{"items":[{"id":"tag:google.com,2005:reader/item/ffffffffffffffff",
			"published":1e300,"crawlTimeMsec":"-5","timestampUsec":99999999999999999999999}]}`,
			[]Entry{{ID: "-1"}}, false},
		{"states and labels of another user", `{"items":[{"id":"tag:google.com,2005:reader/item/000000000000002a",
			"categories":["user/7/state/com.google/read","user/7/state/com.google/starred","user/7/label/x","user/7/label/x","feed/1","user/oops"],
			"summary":{"content":"s"},"alternate":[{"href":"https://alt/"}],"timestampUsec":"1700000000000001"}]}`,
			[]Entry{{ID: "42", Read: true, Starred: true, Tags: []string{"x"}, Content: "s", URL: "https://alt/",
				Published: time.UnixMicro(1700000000000001).UTC(), Changed: time.UnixMicro(1700000000000001).UTC()}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := grDecodeContents([]byte(tt.body))
			if tt.err {
				if err == nil {
					t.Fatalf("no error, entries %+v", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestGReaderEntriesSaysWhenContentsAreNotAStream(t *testing.T) {
	f := newFakeGReader(t)
	f.addEntry(f.addFeed("https://a.example/feed.xml", "A", "All"), "a", time.Now())
	f.contentsBody = `[]`
	_, _, err := f.client("secret").Entries(context.Background(), "")
	checkOneLine(t, err, f.URL())
}

func FuzzGReaderDecodeContents(f *testing.F) {
	f.Add([]byte(`{"items":[{"id":"tag:google.com,2005:reader/item/000000000000002a","published":1,"categories":["user/-/state/com.google/read"],"origin":{"streamId":"feed/1"}}]}`))
	f.Add([]byte(`{"items":[{"id":5,"title":7,"published":"12","alternate":{"href":1},"content":"x","origin":[]}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"items":[[[[[[]]]]]]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		entries, err := grDecodeContents(body)
		if err != nil {
			return
		}
		for _, e := range entries {
			if _, ok := grParseID(e.ID); !ok {
				t.Errorf("entry ID %q does not parse back", e.ID)
			}
		}
	})
}

func TestGReaderItemIDForms(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1234", 1234, true},
		{"tag:google.com,2005:reader/item/00000000000004d2", 1234, true},
		{"tag:google.com,2005:reader/item/4d2", 1234, true},
		{"tag:google.com,2005:reader/item/ffffffffffffffff", -1, true},
		{"-5", -5, true},
		{"", 0, false},
		{"+5", 0, false},
		{"12a", 0, false},
		{"tag:google.com,2005:reader/item/", 0, false},
		{"tag:google.com,2005:reader/item/+4d2", 0, false},
		{"tag:google.com,2005:reader/item/10000000000000000", 0, false},
	}
	for _, tt := range tests {
		got, ok := grParseID(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("grParseID(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if got := grLongID(-1); got != "tag:google.com,2005:reader/item/ffffffffffffffff" {
		t.Errorf("grLongID(-1) = %q", got)
	}
}

func TestGReaderServerDownBehindProxy(t *testing.T) {
	f := newFakeGReader(t)
	g := f.client("secret")
	if _, err := g.Feeds(context.Background()); err != nil {
		t.Fatal(err)
	}
	res := grResponse{status: http.StatusBadGateway, header: http.Header{"Content-Type": {"text/html"}}, body: []byte("<html>bad gateway</html>")}
	err := g.statusError(http.MethodGet, "/reader/api/0/token", res)
	if !errors.Is(err, ErrUnreachable) || strings.Contains(err.Error(), "<html>") {
		t.Errorf("statusError(502) = %v", err)
	}
}
