package serversync

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
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

// The HTTP layer: login, tokens, one retry on 401, and errors a user can act on.

// call makes an authenticated API call and returns the body of a 2xx
// answer. A POST carries the action token in T. On a 401 it retries
// once: a POST with a fresh action token (which logs in again if the
// session is stale too), a GET after logging in again.
func (g *GReader) call(ctx context.Context, method, path string, query, form url.Values) ([]byte, error) {
	post := method == http.MethodPost
	for retried := false; ; retried = true {
		auth, token, err := g.session(ctx, post)
		if err != nil {
			return nil, err
		}
		if post {
			form = maps.Clone(form)
			if form == nil {
				form = url.Values{}
			}
			form.Set("T", token)
		}
		res, err := g.send(ctx, method, path, query, form, auth)
		if err != nil {
			return nil, err
		}
		switch {
		case res.status >= 200 && res.status < 300:
			return res.body, nil
		case res.status != http.StatusUnauthorized && res.status != http.StatusForbidden:
			return nil, g.statusError(method, path, res)
		case retried:
			return nil, &grError{kind: ErrAuth, msg: fmt.Sprintf(
				"the Google Reader API at %s refused %s %s even after a fresh login (HTTP %d); check that the web server passes the Authorization header on to it",
				g.display, method, path, res.status)}
		}
		g.mu.Lock()
		if post && g.token == token {
			g.token = ""
		} else if !post && g.auth == auth {
			g.auth, g.token = "", ""
		}
		g.mu.Unlock()
	}
}

// session returns the login token, logging in if needed, and the action
// token when asked, fetching it if needed.
func (g *GReader) session(ctx context.Context, needToken bool) (auth, token string, err error) {
	g.mu.Lock()
	auth, token = g.auth, g.token
	g.mu.Unlock()
	if auth == "" {
		if auth, err = g.login(ctx); err != nil {
			return "", "", err
		}
		token = ""
		g.mu.Lock()
		g.auth, g.token = auth, ""
		g.mu.Unlock()
	}
	if !needToken || token != "" {
		return auth, token, nil
	}
	body, err := g.call(ctx, http.MethodGet, "/reader/api/0/token", nil, nil)
	if err != nil {
		return "", "", err
	}
	token = strings.TrimSpace(string(body))
	if token == "" {
		return "", "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"the Google Reader API at %s answered an empty action token; check the address is the API's", g.display)}
	}
	g.mu.Lock()
	g.token = token
	auth = g.auth // fetching the token may have logged in again
	g.mu.Unlock()
	return auth, token, nil
}

const grAddressHint = "check the address (Miniflux: its base URL; FreshRSS: https://host/api/greader.php) and that the Google Reader API is enabled"

// login posts the credentials to ClientLogin and returns the Auth token.
func (g *GReader) login(ctx context.Context) (string, error) {
	path := "/accounts/ClientLogin"
	res, err := g.send(ctx, http.MethodPost, path, nil, url.Values{"Email": {g.user}, "Passwd": {g.password}}, "")
	if err != nil {
		return "", err
	}
	moved := "" // worth saying when http:// was sent on to https://, not when a login page answered
	if res.url != nil && res.url.String() != g.base+path && strings.HasSuffix(res.url.Path, path) {
		moved = fmt.Sprintf(" (it sent the login on to %s: use that address)", redactURL(strings.TrimSuffix(res.url.String(), path)))
	}
	switch {
	case res.status == http.StatusOK:
		for line := range strings.Lines(string(res.body)) {
			if tok, ok := strings.CutPrefix(strings.TrimSpace(line), "Auth="); ok && tok != "" {
				return tok, nil
			}
		}
		return "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"%s answered the Google Reader login without a token%s; %s", g.display, moved, grAddressHint)}
	case res.status == http.StatusUnauthorized || res.status == http.StatusForbidden || res.status == http.StatusBadRequest:
		if g.minifluxAccepts(ctx, res) {
			return "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
				"Miniflux at %s accepts user %q and this password for its own API but not for the Google Reader API; enable it in Settings > Integrations > Google Reader and use the user name and password set there",
				g.display, g.user)}
		}
		return "", &grError{kind: ErrAuth, msg: fmt.Sprintf(
			"the Google Reader API at %s refused user %q and this password%s; check them (Miniflux: the ones in Settings > Integrations > Google Reader; FreshRSS: the API password in your profile)",
			g.display, g.user, moved)}
	case res.status == http.StatusNotFound || res.status == http.StatusMethodNotAllowed:
		return "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"no Google Reader API at %s (HTTP %d on %s%s); %s", g.display, res.status, path, moved, grAddressHint)}
	}
	return "", g.statusError(http.MethodPost, path, res)
}

// minifluxAccepts tells a Miniflux whose Google Reader integration is off
// from a wrong password: Miniflux answers both with the same 401, but its
// own REST API takes the account's user name and password.
func (g *GReader) minifluxAccepts(ctx context.Context, login grResponse) bool {
	if !strings.Contains(string(login.body), `"error_message"`) {
		return false // not Miniflux
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v1/me", nil)
	if err != nil {
		return false
	}
	req.SetBasicAuth(g.user, g.password)
	req.Header.Set("User-Agent", g.UserAgent)
	resp, err := g.client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var me struct {
		Username string `json:"username"`
	}
	return resp.StatusCode == http.StatusOK &&
		json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&me) == nil && me.Username != ""
}

type grResponse struct {
	status int
	header http.Header
	body   []byte
	url    *url.URL // where the answer came from, after redirects
}

// send makes one request and reads the answer, up to maxBody.
func (g *GReader) send(ctx context.Context, method, path string, query, form url.Values, auth string) (grResponse, error) {
	target := g.base + path
	if len(query) > 0 {
		target += "?" + query.Encode()
	}
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		return grResponse{}, &grError{kind: ErrUnreachable, cause: err, msg: fmt.Sprintf(
			"%q is not a usable server address (%v); check it", g.display, err)}
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if auth != "" {
		req.Header.Set("Authorization", "GoogleLogin auth="+auth)
	}
	req.Header.Set("User-Agent", g.UserAgent)
	resp, err := g.client.Do(req)
	if err != nil {
		return grResponse{}, g.transportError(ctx, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, g.maxBody+1))
	if err != nil {
		return grResponse{}, g.transportError(ctx, err)
	}
	if int64(len(data)) > g.maxBody {
		return grResponse{}, fmt.Errorf("the Google Reader API at %s answered %s %s with more than %d bytes; check the address, or report it to the server's authors",
			g.display, method, path, g.maxBody)
	}
	return grResponse{status: resp.StatusCode, header: resp.Header, body: data, url: resp.Request.URL}, nil
}

func (g *GReader) transportError(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.Canceled) {
		return fmt.Errorf("talking to %s: %w", g.display, ctx.Err())
	}
	shown := err
	if ue, ok := errors.AsType[*url.Error](err); ok {
		shown = ue.Err // the URL is named already
	}
	return &grError{kind: ErrUnreachable, cause: err, msg: fmt.Sprintf(
		"cannot reach %s (%s); check the address and that the server is running", g.display, oneLine(shown.Error(), "no answer"))}
}

// statusError describes an answer that is neither a success nor a 401.
func (g *GReader) statusError(method, path string, res grResponse) error {
	text := grExcerpt(res)
	switch {
	case res.status == http.StatusServiceUnavailable && strings.HasPrefix(text, "Service Unavailable"):
		// FreshRSS's whole answer when its administrator has not allowed API access.
		return &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"the Google Reader API is disabled at %s; allow API access (FreshRSS: Administration > Authentication)", g.display)}
	case res.status == http.StatusBadGateway || res.status == http.StatusServiceUnavailable || res.status == http.StatusGatewayTimeout:
		return &grError{kind: ErrUnreachable, msg: fmt.Sprintf(
			"%s answered HTTP %d to %s %s: the server behind it is down or starting; try again later", g.display, res.status, method, path)}
	case res.status == http.StatusNotFound:
		return fmt.Errorf("the Google Reader API at %s has no %s (HTTP 404); %s", g.display, path, grAddressHint)
	}
	if text != "" {
		text = ": " + text
	}
	return fmt.Errorf("the Google Reader API at %s answered HTTP %d to %s %s%s; try again, or see the server's log",
		g.display, res.status, method, path, text)
}

func (g *GReader) decodeError(path string, err error) error {
	return fmt.Errorf("the Google Reader API at %s answered %s with something else than expected (%s); check the address is the API's, or report it to the server's authors",
		g.display, path, oneLine(err.Error(), "?"))
}

// grExcerpt is what a failed answer says, in one short line: Miniflux's
// error_message, or a text body (never an HTML page).
func grExcerpt(res grResponse) string {
	var miniflux struct {
		ErrorMessage string `json:"error_message"`
	}
	if json.Unmarshal(res.body, &miniflux) == nil && miniflux.ErrorMessage != "" {
		return oneLine(miniflux.ErrorMessage, "")
	}
	if strings.Contains(res.header.Get("Content-Type"), "html") {
		return ""
	}
	return oneLine(string(res.body), "")
}

// oneLine makes text from a server safe to put in a one-line message:
// control characters and runs of space become one space, and it is cut
// short. Empty text becomes the fallback.
func oneLine(text, fallback string) string {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return r < ' ' || r == 0x7f || r == ' ' || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029
	})
	s := strings.Join(fields, " ")
	if s == "" {
		return fallback
	}
	if r := []rune(s); len(r) > grExcerptLimit {
		s = string(r[:grExcerptLimit]) + "…"
	}
	return s
}

// grError is an error a user can act on, in one line, wrapping one of
// ErrUnreachable, ErrAuth or ErrAPIDisabled and the cause, if any.
type grError struct {
	kind  error
	cause error
	msg   string
}

func (e *grError) Error() string { return e.msg }

func (e *grError) Unwrap() []error {
	if e.cause == nil {
		return []error{e.kind}
	}
	return []error{e.kind, e.cause}
}

// Item IDs.

// grParseID reads an item ID in the long form (16 hex digits: the 64-bit
// number in two's complement, as Google Reader defined it) or the short
// decimal form.
func grParseID(s string) (int64, bool) {
	if hex, ok := strings.CutPrefix(s, grItemPrefix); ok {
		if hex == "" || len(hex) > 16 || strings.ContainsAny(hex, "+-") {
			return 0, false
		}
		u, err := strconv.ParseUint(hex, 16, 64)
		if err != nil {
			return 0, false
		}
		return int64(u), true
	}
	if strings.HasPrefix(s, "+") {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

func grLongID(n int64) string { return fmt.Sprintf("%s%016x", grItemPrefix, uint64(n)) }

func grCompareIDs(a, b string) int {
	x, _ := strconv.ParseInt(a, 10, 64)
	y, _ := strconv.ParseInt(b, 10, 64)
	return cmp.Compare(x, y)
}

// grCategory splits a category or stream ID: "user/<anyone>/state/com.google/<state>"
// (Miniflux puts the user's number where FreshRSS puts "-") or
// "user/<anyone>/label/<name>".
func grCategory(c string) (state, label string) {
	rest, ok := strings.CutPrefix(c, "user/")
	if !ok {
		return "", ""
	}
	_, rest, ok = strings.Cut(rest, "/")
	if !ok {
		return "", ""
	}
	if s, ok := strings.CutPrefix(rest, "state/com.google/"); ok {
		return s, ""
	}
	if l, ok := strings.CutPrefix(rest, "label/"); ok {
		return "", l
	}
	return "", ""
}

// The JSON the servers send, read leniently: a field of an unexpected type
// is left empty rather than failing the whole answer.

type grSubscription struct {
	ID         grString        `json:"id"`
	Title      grString        `json:"title"`
	URL        grString        `json:"url"`
	HTMLURL    grString        `json:"htmlUrl"`
	Categories grList[grLabel] `json:"categories"`
}

type grLabel struct {
	ID    grString `json:"id"`
	Label grString `json:"label"`
}

type grItemRef struct {
	ID grString `json:"id"`
}

type grItem struct {
	ID            grString             `json:"id"`
	Title         grString             `json:"title"`
	Author        grString             `json:"author"`
	Published     grInt                `json:"published"`
	Updated       grInt                `json:"updated"`
	CrawlTimeMsec grInt                `json:"crawlTimeMsec"`
	TimestampUsec grInt                `json:"timestampUsec"`
	Categories    grList[grString]     `json:"categories"`
	Canonical     grList[grHref]       `json:"canonical"`
	Alternate     grList[grHref]       `json:"alternate"`
	Content       grLenient[grContent] `json:"content"`
	Summary       grLenient[grContent] `json:"summary"`
	Origin        grLenient[grOrigin]  `json:"origin"`
}

type grHref struct {
	Href grString `json:"href"`
}

type grContent struct {
	Content grString `json:"content"`
}

type grOrigin struct {
	StreamID grString `json:"streamId"`
}

// grDecodeContents reads a stream/items/contents (or stream/contents)
// answer. Items without a usable ID are dropped; the answer must be a
// JSON object.
func grDecodeContents(body []byte) ([]Entry, error) {
	var res struct {
		Items grList[grItem] `json:"items"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		return nil, err
	}
	entries := make([]Entry, 0, len(res.Items))
	for _, it := range res.Items {
		if e, ok := it.entry(); ok {
			entries = append(entries, e)
		}
	}
	return entries, nil
}

func (it grItem) entry() (Entry, bool) {
	id, ok := grParseID(string(it.ID))
	if !ok {
		return Entry{}, false
	}
	e := Entry{
		ID:        strconv.FormatInt(id, 10),
		FeedID:    string(it.Origin.V.StreamID),
		Title:     string(it.Title),
		Author:    string(it.Author),
		Content:   string(it.Content.V.Content),
		Published: grTime(int64(it.Published), time.Second),
		Changed:   grTime(int64(it.Updated), time.Second),
	}
	if e.Content == "" {
		e.Content = string(it.Summary.V.Content)
	}
	for _, links := range []grList[grHref]{it.Canonical, it.Alternate} {
		if len(links) > 0 && links[0].Href != "" {
			e.URL = string(links[0].Href)
			break
		}
	}
	if e.Published.IsZero() {
		e.Published = grTime(int64(it.TimestampUsec), time.Microsecond)
	}
	if e.Changed.IsZero() {
		e.Changed = grTime(int64(it.CrawlTimeMsec), time.Millisecond)
	}
	if e.Changed.IsZero() {
		e.Changed = grTime(int64(it.TimestampUsec), time.Microsecond)
	}
	for _, c := range it.Categories {
		switch state, label := grCategory(string(c)); {
		case state == "read":
			e.Read = true
		case state == "starred":
			e.Starred = true
		case label != "" && !slices.Contains(e.Tags, label):
			e.Tags = append(e.Tags, label)
		}
	}
	return e, true
}

// grTime reads a count of units since 1970; zero, negative or absurd
// values (past the year 9999) are no time.
func grTime(n int64, unit time.Duration) time.Time {
	const maxSeconds = 253402300799 // 9999-12-31T23:59:59Z
	if n <= 0 || n/int64(time.Second/unit) > maxSeconds {
		return time.Time{}
	}
	per := int64(time.Second / unit)
	return time.Unix(n/per, (n%per)*int64(unit)).UTC()
}

// grString is a JSON string; a number or boolean is kept as its text,
// anything else is "".
type grString string

func (s *grString) UnmarshalJSON(data []byte) error {
	*s = ""
	if len(data) == 0 {
		return nil
	}
	switch c := data[0]; {
	case c == '"':
		var v string
		if json.Unmarshal(data, &v) == nil {
			*s = grString(v)
		}
	case c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f':
		*s = grString(data)
	}
	return nil
}

// grInt is a JSON number or a string holding one (Google Reader sent its
// timestamps as strings); anything else, or out of range, is 0.
type grInt int64

func (n *grInt) UnmarshalJSON(data []byte) error {
	*n = 0
	var text string
	if json.Unmarshal(data, &text) != nil {
		text = string(data)
	}
	if v, err := strconv.ParseInt(text, 10, 64); err == nil {
		*n = grInt(v)
	} else if f, err := strconv.ParseFloat(text, 64); err == nil && f > -9e18 && f < 9e18 {
		*n = grInt(math.Trunc(f))
	}
	return nil
}

// grList is a JSON array whose elements that do not fit T are dropped;
// anything but an array is an empty list.
type grList[T any] []T

func (l *grList[T]) UnmarshalJSON(data []byte) error {
	*l = nil
	var raws []json.RawMessage
	if json.Unmarshal(data, &raws) != nil {
		return nil
	}
	for _, raw := range raws {
		var v T
		if json.Unmarshal(raw, &v) == nil {
			*l = append(*l, v)
		}
	}
	return nil
}

// grLenient is a JSON object read as V, or V's zero value when it is not one.
type grLenient[V any] struct{ V V }

func (l *grLenient[V]) UnmarshalJSON(data []byte) error {
	var v V
	if json.Unmarshal(data, &v) == nil {
		l.V = v
	}
	return nil
}

// The sync cursor.

type grIDSet map[int64]struct{}

func (s grIDSet) has(id int64) bool {
	_, ok := s[id]
	return ok
}

func (s grIDSet) addAll(sets ...grIDSet) {
	for _, other := range sets {
		maps.Copy(s, other)
	}
}

// symmetricDiff is the IDs in one set and not the other.
func (s grIDSet) symmetricDiff(other grIDSet) grIDSet {
	d := make(grIDSet)
	for id := range s {
		if !other.has(id) {
			d[id] = struct{}{}
		}
	}
	for id := range other {
		if !s.has(id) {
			d[id] = struct{}{}
		}
	}
	return d
}

func (s grIDSet) sorted() []int64 {
	return slices.Sorted(maps.Keys(s))
}

// grCursor is what Entries remembers between syncs (see Entries).
type grCursor struct {
	synced  time.Time
	recent  grIDSet // listed with ot= at the last sync
	unread  grIDSet
	starred grIDSet
}

const grCursorPrefix = "gr1."

func (c grCursor) encode() string {
	buf := binary.AppendVarint(nil, c.synced.Unix())
	for _, set := range []grIDSet{c.recent, c.unread, c.starred} {
		ids := set.sorted()
		buf = binary.AppendUvarint(buf, uint64(len(ids)))
		var last int64
		for i, id := range ids {
			if i == 0 {
				buf = binary.AppendVarint(buf, id)
			} else {
				buf = binary.AppendUvarint(buf, uint64(id)-uint64(last))
			}
			last = id
		}
	}
	return grCursorPrefix + base64.RawURLEncoding.EncodeToString(buf)
}

// grDecodeCursor reads a cursor; "" is the empty cursor of a first sync.
func grDecodeCursor(s string) (grCursor, error) {
	c := grCursor{recent: grIDSet{}, unread: grIDSet{}, starred: grIDSet{}}
	if s == "" {
		return c, nil
	}
	rest, ok := strings.CutPrefix(s, grCursorPrefix)
	if !ok {
		return c, errors.New("not a Google Reader cursor")
	}
	buf, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil {
		return c, err
	}
	bad := errors.New("truncated or corrupt")
	synced, n := binary.Varint(buf)
	if n <= 0 {
		return c, bad
	}
	buf = buf[n:]
	c.synced = time.Unix(synced, 0)
	for _, set := range []grIDSet{c.recent, c.unread, c.starred} {
		count, n := binary.Uvarint(buf)
		if n <= 0 || count > uint64(len(buf)) { // every ID takes a byte at least
			return c, bad
		}
		buf = buf[n:]
		var last int64
		for i := range count {
			var id int64
			if i == 0 {
				id, n = binary.Varint(buf)
			} else {
				var delta uint64
				delta, n = binary.Uvarint(buf)
				id = int64(uint64(last) + delta)
			}
			if n <= 0 {
				return c, bad
			}
			buf = buf[n:]
			set[id] = struct{}{}
			last = id
		}
	}
	if len(buf) != 0 {
		return c, bad
	}
	return c, nil
}
