package serversync

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// GReader is a Server speaking the Google Reader API as FreshRSS and
// Miniflux serve it.
//
// Entry IDs are given in the short decimal form ("1234"): the number both
// servers use for the entry (for Miniflux, the same ID its own REST API
// uses). SetRead and SetStarred also take the long form
// ("tag:google.com,2005:reader/item/<16 hex>") and send the long form,
// which is the one form every server parses the same way (Miniflux reads
// any 16-character ID as hex).
//
// The client sticks to the calls both servers implement: Miniflux 2.3.5
// has no stream/contents, so entries are listed with stream/items/ids and
// fetched with stream/items/contents.
type GReader struct {
	// UserAgent is sent with every request: "dateline/<version>".
	UserAgent string

	base     string // endpoint root, no trailing slash
	display  string // base with any password hidden, for messages
	user     string
	password string
	client   *http.Client

	// Knobs the tests turn down; the defaults suit real servers.
	idsPage int           // n= for stream/items/ids (Miniflux caps it at 10000)
	batch   int           // item IDs per edit-tag or items/contents request
	maxBody int64         // largest response body read
	window  time.Duration // how far before the last sync Entries looks for new items
	now     func() time.Time

	mu    sync.Mutex
	auth  string // ClientLogin token, "" before login
	token string // action token for POSTs, "" until fetched
}

var _ Server = (*GReader)(nil)

// NewGReader returns a client for the Google Reader API at url: the
// endpoint root the server's settings page shows (Miniflux: its base URL;
// FreshRSS: https://host/api/greader.php). A nil client means one with a
// one-minute timeout.
func NewGReader(url, user, password string, client *http.Client) *GReader {
	if client == nil {
		client = &http.Client{Timeout: time.Minute}
	}
	base := strings.TrimRight(url, "/")
	return &GReader{
		UserAgent: "dateline",
		base:      base,
		display:   redactURL(base),
		user:      user,
		password:  password,
		client:    client,
		idsPage:   10000,
		batch:     250,
		maxBody:   64 << 20,
		window:    24 * time.Hour,
		now:       time.Now,
	}
}

func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = nil
	return u.String()
}

const (
	grItemPrefix   = "tag:google.com,2005:reader/item/"
	grReadingList  = "user/-/state/com.google/reading-list"
	grRead         = "user/-/state/com.google/read"
	grStarred      = "user/-/state/com.google/starred"
	grLabelPrefix  = "user/-/label/"
	grMaxPages     = 10000 // a server whose continuation never ends is broken
	grExcerptLimit = 200
)

// Check verifies the address and the credentials: a fresh login, then a
// call with its token (a web server that drops the Authorization header
// lets the login through and fails here).
func (g *GReader) Check(ctx context.Context) error {
	auth, err := g.login(ctx)
	if err != nil {
		return err
	}
	g.mu.Lock()
	g.auth, g.token = auth, ""
	g.mu.Unlock()
	_, err = g.call(ctx, http.MethodGet, "/reader/api/0/token", nil, nil)
	return err
}

// Feeds returns the subscriptions.
func (g *GReader) Feeds(ctx context.Context) ([]Feed, error) {
	path := "/reader/api/0/subscription/list"
	body, err := g.call(ctx, http.MethodGet, path, url.Values{"output": {"json"}}, nil)
	if err != nil {
		return nil, err
	}
	var res struct {
		Subscriptions grList[grSubscription] `json:"subscriptions"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		return nil, g.decodeError(path, err)
	}
	feeds := make([]Feed, 0, len(res.Subscriptions))
	for _, s := range res.Subscriptions {
		if s.ID == "" {
			continue
		}
		f := Feed{ID: string(s.ID), URL: string(s.URL), SiteURL: string(s.HTMLURL), Title: string(s.Title)}
		if len(s.Categories) > 0 {
			c := s.Categories[0]
			f.Category = string(c.Label)
			if f.Category == "" {
				_, f.Category = grCategory(string(c.ID))
			}
		}
		feeds = append(feeds, f)
	}
	return feeds, nil
}

// Entries returns the entries added or changed since the cursor.
//
// The Google Reader API cannot say "what changed since": read and starred
// marks change without the entry changing, and no stream is ordered by
// the time of a mark. Listing the IDs of every read entry on every sync
// would cost a request per 10,000 entries the server keeps. So the cursor
// remembers the two small sets instead, the IDs of the unread entries and
// of the starred ones, and each sync lists them again (a request per
// 10,000 each) and compares: an entry that left the unread set was read
// (or removed), one that joined it was marked unread or is new, and so on
// for starred. New entries that are already read (read in another client
// before this sync, or marked read by a server rule) are in neither set;
// they are found by listing the items newer than the last sync less a
// day's margin (ot=) and comparing with the previous sync's listing,
// which the cursor also keeps. Miniflux applies ot= to the published
// date, not the crawl date, so an entry crawled late with an old date
// that is already read when this sync runs is missed; FreshRSS applies it
// to the crawl date, so nothing is. Only the entries so found are fetched,
// with their content, in batches.
//
// The first sync ("") lists and fetches everything. The cursor is
// "gr1." and base64 of the sync time and the three ID sets, delta-encoded:
// a few bytes per unread or starred entry.
//
// Read is true when the entry says so or when it is not in the unread
// listing (Miniflux lists entries the user removed, and says nothing of
// their state). Changed is the server's last change of the entry, its
// state included, where the server says (Miniflux's "updated"); else the
// time it was crawled, which misses later changes of state: so for an
// entry whose marks changed since the last sync and whose time is older
// than that sync, Changed is zero ("the server does not say").
func (g *GReader) Entries(ctx context.Context, since string) ([]Entry, string, error) {
	prev, err := grDecodeCursor(since)
	if err != nil {
		return nil, "", fmt.Errorf("sync cursor for %s is unreadable (%w); sync again from the start", g.display, err)
	}
	now := g.now()
	from := now.Add(-g.window)
	if since != "" {
		from = prev.synced.Add(-g.window)
	}
	recent, err := g.listIDs(ctx, url.Values{"s": {grReadingList}, "ot": {strconv.FormatInt(from.Unix(), 10)}})
	if err != nil {
		return nil, "", err
	}
	unread, err := g.listIDs(ctx, url.Values{"s": {grReadingList}, "xt": {grRead}})
	if err != nil {
		return nil, "", err
	}
	starred, err := g.listIDs(ctx, url.Values{"s": {grStarred}})
	if err != nil {
		return nil, "", err
	}

	want, stateChanged := make(grIDSet), make(grIDSet)
	if since == "" {
		all, err := g.listIDs(ctx, url.Values{"s": {grReadingList}})
		if err != nil {
			return nil, "", err
		}
		want.addAll(all, starred)
	} else {
		for id := range recent {
			if !prev.recent.has(id) && !prev.unread.has(id) && !prev.starred.has(id) {
				want[id] = struct{}{}
			}
		}
		stateChanged.addAll(unread.symmetricDiff(prev.unread), starred.symmetricDiff(prev.starred))
		want.addAll(stateChanged)
	}

	entries, err := g.contents(ctx, want.sorted())
	if err != nil {
		return nil, "", err
	}
	if err := g.dropFolderTags(ctx, entries); err != nil {
		return nil, "", err
	}
	for i := range entries {
		id, _ := strconv.ParseInt(entries[i].ID, 10, 64)
		if !unread.has(id) {
			entries[i].Read = true
		}
		// A mark found by comparing the sets was made after the last
		// sync: an older Changed is a crawl time, and says nothing of it.
		if stateChanged.has(id) && entries[i].Changed.Before(prev.synced) {
			entries[i].Changed = time.Time{}
		}
	}
	slices.SortStableFunc(entries, func(a, b Entry) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return grCompareIDs(a.ID, b.ID)
	})
	next := grCursor{synced: now, recent: recent, unread: unread, starred: starred}
	return entries, next.encode(), nil
}

// dropFolderTags removes from each entry's tags the label of its feed's
// folder: both servers list it among an entry's categories, but it says
// where the feed is filed, not how the entry was tagged.
func (g *GReader) dropFolderTags(ctx context.Context, entries []Entry) error {
	if !slices.ContainsFunc(entries, func(e Entry) bool { return len(e.Tags) > 0 }) {
		return nil
	}
	feeds, err := g.Feeds(ctx)
	if err != nil {
		return err
	}
	folder := make(map[string]string, len(feeds))
	for _, f := range feeds {
		folder[f.ID] = f.Category
	}
	for i := range entries {
		e := &entries[i]
		e.Tags = slices.DeleteFunc(e.Tags, func(t string) bool { return t == folder[e.FeedID] })
		if len(e.Tags) == 0 {
			e.Tags = nil
		}
	}
	return nil
}

// listIDs lists the IDs of a stream (the query says which), page by page.
func (g *GReader) listIDs(ctx context.Context, query url.Values) (grIDSet, error) {
	path := "/reader/api/0/stream/items/ids"
	query.Set("output", "json")
	query.Set("n", strconv.Itoa(g.idsPage))
	ids := make(grIDSet)
	for page, cont := 0, ""; ; page++ {
		if page == grMaxPages {
			return nil, fmt.Errorf("the Google Reader API at %s kept paging %s past %d pages; report this to the server's authors", g.display, path, page)
		}
		if cont != "" {
			query.Set("c", cont)
		}
		body, err := g.call(ctx, http.MethodGet, path, query, nil)
		if err != nil {
			return nil, err
		}
		var res struct {
			ItemRefs     grList[grItemRef] `json:"itemRefs"`
			Continuation grString          `json:"continuation"`
		}
		if err := json.Unmarshal(body, &res); err != nil {
			return nil, g.decodeError(path, err)
		}
		for _, ref := range res.ItemRefs {
			if id, ok := grParseID(string(ref.ID)); ok {
				ids[id] = struct{}{}
			}
		}
		next := string(res.Continuation)
		if next == "" || next == "0" || next == cont || len(res.ItemRefs) == 0 {
			return ids, nil
		}
		cont = next
	}
}

// contents fetches entries by ID, in batches.
func (g *GReader) contents(ctx context.Context, ids []int64) ([]Entry, error) {
	path := "/reader/api/0/stream/items/contents"
	seen := make(map[string]bool, len(ids))
	var entries []Entry
	for batch := range slices.Chunk(ids, g.batch) {
		form := url.Values{}
		for _, id := range batch {
			form.Add("i", grLongID(id))
		}
		body, err := g.call(ctx, http.MethodPost, path, url.Values{"output": {"json"}}, form)
		if err != nil {
			return nil, err
		}
		got, err := grDecodeContents(body)
		if err != nil {
			return nil, g.decodeError(path, err)
		}
		for _, e := range got {
			if !seen[e.ID] {
				seen[e.ID] = true
				entries = append(entries, e)
			}
		}
	}
	return entries, nil
}

// SetRead marks entries read or unread.
func (g *GReader) SetRead(ctx context.Context, ids []string, read bool) error {
	return g.editTag(ctx, ids, grRead, read)
}

// SetStarred stars or unstars entries.
func (g *GReader) SetStarred(ctx context.Context, ids []string, starred bool) error {
	return g.editTag(ctx, ids, grStarred, starred)
}

func (g *GReader) editTag(ctx context.Context, ids []string, tag string, add bool) error {
	nums := make([]int64, 0, len(ids))
	for _, s := range ids {
		n, ok := grParseID(s)
		if !ok {
			return fmt.Errorf("entry ID %q is not a Google Reader item ID (the server at %s gave IDs like \"1234\")", s, g.display)
		}
		nums = append(nums, n)
	}
	op := "r"
	if add {
		op = "a"
	}
	for batch := range slices.Chunk(nums, g.batch) {
		form := url.Values{op: {tag}}
		for _, n := range batch {
			form.Add("i", grLongID(n))
		}
		if _, err := g.call(ctx, http.MethodPost, "/reader/api/0/edit-tag", nil, form); err != nil {
			return err
		}
	}
	return nil
}

// Subscribe adds a feed, or finds it when it is already there, files it
// in the category when one is given, and returns it as the server lists it.
func (g *GReader) Subscribe(ctx context.Context, feedURL, category string) (Feed, error) {
	feeds, err := g.Feeds(ctx)
	if err != nil {
		return Feed{}, err
	}
	feed := Feed{URL: feedURL}
	if i := slices.IndexFunc(feeds, func(f Feed) bool { return f.URL == feedURL }); i >= 0 {
		feed = feeds[i]
	} else {
		path := "/reader/api/0/subscription/quickadd"
		q := url.Values{"quickadd": {feedURL}}
		// The URL goes in the query as well as the form: FreshRSS reads it from the query.
		body, err := g.call(ctx, http.MethodPost, path, q, maps.Clone(q))
		if err != nil {
			return Feed{}, fmt.Errorf("subscribing to %s: %w", feedURL, err)
		}
		var res struct {
			NumResults grInt    `json:"numResults"`
			StreamID   grString `json:"streamId"`
			StreamName grString `json:"streamName"`
			Query      grString `json:"query"`
			Error      grString `json:"error"`
		}
		if err := json.Unmarshal(body, &res); err != nil {
			return Feed{}, g.decodeError(path, err)
		}
		if res.NumResults == 0 || res.StreamID == "" {
			return Feed{}, fmt.Errorf("the server at %s found no feed at %s (%s); check the feed's address", g.display, feedURL, oneLine(string(res.Error), "no result"))
		}
		feed.ID = string(res.StreamID)
		if !strings.HasPrefix(feed.ID, "feed/") { // FreshRSS before 1.20 answers the bare number
			feed.ID = "feed/" + feed.ID
		}
		feed.Title = string(res.StreamName)
		if res.Query != "" {
			feed.URL = string(res.Query)
		}
	}
	if category != "" && category != feed.Category {
		form := url.Values{"ac": {"edit"}, "s": {feed.ID}, "a": {grLabelPrefix + category}}
		if _, err := g.call(ctx, http.MethodPost, "/reader/api/0/subscription/edit", nil, form); err != nil {
			return Feed{}, err
		}
	}
	if feeds, err = g.Feeds(ctx); err != nil {
		return Feed{}, err
	}
	if i := slices.IndexFunc(feeds, func(f Feed) bool { return f.ID == feed.ID }); i >= 0 {
		return feeds[i], nil
	}
	feed.Category = category
	return feed, nil
}

// Unsubscribe removes a feed. A feed the server no longer has is no error.
func (g *GReader) Unsubscribe(ctx context.Context, feedID string) error {
	form := url.Values{"ac": {"unsubscribe"}, "s": {feedID}}
	_, err := g.call(ctx, http.MethodPost, "/reader/api/0/subscription/edit", nil, form)
	if err == nil || errors.Is(err, ErrUnreachable) || errors.Is(err, ErrAuth) || errors.Is(err, ErrAPIDisabled) {
		return err
	}
	// Both servers answer an error for a feed they do not have.
	feeds, ferr := g.Feeds(ctx)
	if ferr == nil && !slices.ContainsFunc(feeds, func(f Feed) bool { return f.ID == feedID }) {
		return nil
	}
	return err
}
