package serversync

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeGReader is a Google Reader API server in memory: the calls GReader
// makes, answered the way Miniflux 2.3.5 and FreshRSS answer them (item
// IDs decimal in stream/items/ids and long in contents, "ot" on the
// published date, the continuation an offset, 401 with a Bad-Token
// header for a stale session), with switches for the ways servers fail.
type fakeGReader struct {
	srv  *httptest.Server
	root string // where the API is mounted: "" (Miniflux) or "/api/greader.php" (FreshRSS)

	mu       sync.Mutex
	user     string
	password string
	// restPassword, when set, makes the fake a Miniflux: a failed login
	// answers JSON, and GET /v1/me takes the user with this password.
	restPassword string
	disabled     bool   // answer as a server with the API switched off
	noAPI        bool   // answer 404 everywhere, as a wrong address does
	dropAuth     bool   // lose the Authorization header, as a misconfigured web server does
	userPart     string // in state and label streams: "-" (FreshRSS) or "1" (Miniflux)
	sendUpdated  bool   // send "updated" (Miniflux's changed_at) with items
	pageMax      int    // most IDs per stream/items/ids page
	session      int    // bumped to make every token stale
	now          time.Time

	feeds    []*fakeFeed
	entries  map[int64]*fakeEntry
	nextID   int64
	nextFeed int

	// What the client did.
	logins      int
	hits        map[string]int // requests per path
	editBatches []int          // IDs per edit-tag
	userAgents  map[string]bool

	// contentsBody, when set, is the whole answer of stream/items/contents.
	contentsBody string
	// editTagError, when set, fails edit-tag with a 500 and this message.
	editTagError string
}

type fakeFeed struct {
	id                       int
	url, title, site, folder string
}

type fakeEntry struct {
	id                     int64
	feed                   int
	title, url, author     string
	content                string
	published, crawled     time.Time
	changed                time.Time
	read, starred, removed bool
	labels                 []string // the user's tags on the entry
}

// newFakeGReader starts a fake FreshRSS (the API under /api/greader.php)
// with user "ann", password "secret", no feeds, and pages of three IDs.
func newFakeGReader(t *testing.T) *fakeGReader {
	t.Helper()
	f := &fakeGReader{
		root:       "/api/greader.php",
		user:       "ann",
		password:   "secret",
		userPart:   "-",
		pageMax:    3,
		session:    1,
		now:        time.Now().Truncate(time.Second),
		entries:    map[int64]*fakeEntry{},
		nextID:     100,
		hits:       map[string]int{},
		userAgents: map[string]bool{},
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// newFakeMiniflux starts a fake Miniflux: the API at the root, the user's
// number in streams, "updated" sent, and a REST password.
func newFakeMiniflux(t *testing.T) *fakeGReader {
	f := newFakeGReader(t)
	f.root, f.userPart, f.sendUpdated, f.restPassword = "", "1", true, "rest-secret"
	return f
}

// URL is the address a user would give dateline.
func (f *fakeGReader) URL() string { return f.srv.URL + f.root }

// client returns a GReader for the fake with the given password.
func (f *fakeGReader) client(password string) *GReader {
	return NewGReader(f.URL(), f.user, password, f.srv.Client())
}

func (f *fakeGReader) addFeed(url, title, folder string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return "feed/" + strconv.Itoa(f.addFeedLocked(url, title, folder).id)
}

func (f *fakeGReader) addFeedLocked(url, title, folder string) *fakeFeed {
	f.nextFeed++
	feed := &fakeFeed{id: f.nextFeed, url: url, title: title, site: strings.TrimSuffix(url, ".xml") + "/", folder: folder}
	f.feeds = append(f.feeds, feed)
	return feed
}

// addEntry adds an unread entry published at the given time and returns
// its ID (short form).
func (f *fakeGReader) addEntry(feedID string, title string, published time.Time) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, _ := strconv.Atoi(strings.TrimPrefix(feedID, "feed/"))
	f.nextID++
	f.now = f.now.Add(time.Second)
	e := &fakeEntry{
		id: f.nextID, feed: n, title: title,
		url:       fmt.Sprintf("https://example.com/%d", f.nextID),
		author:    "Reporter " + title,
		content:   "<p>" + title + "</p>",
		published: published, crawled: f.now, changed: f.now,
	}
	f.entries[e.id] = e
	return strconv.FormatInt(e.id, 10)
}

// edit changes an entry as a user of another client would.
func (f *fakeGReader) edit(id string, change func(*fakeEntry)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, _ := strconv.ParseInt(id, 10, 64)
	f.now = f.now.Add(time.Second)
	change(f.entries[n])
	f.entries[n].changed = f.now
}

func (f *fakeGReader) entry(id string) fakeEntry {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, _ := strconv.ParseInt(id, 10, 64)
	return *f.entries[n]
}

// expire makes every token the fake gave stale, as a restart with new
// secrets would.
func (f *fakeGReader) expire() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.session++
}

func (f *fakeGReader) set(change func(*fakeGReader)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	change(f)
}

func (f *fakeGReader) hitCount(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[path]
}

func (f *fakeGReader) authToken() string { return fmt.Sprintf("%s/auth%d", f.user, f.session) }
func (f *fakeGReader) actionToken() string {
	return fmt.Sprintf("T%dZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ", f.session)[:57]
}

func (f *fakeGReader) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.userAgents[r.UserAgent()] = true
	if r.URL.Path == "/v1/me" && f.restPassword != "" {
		user, pass, ok := r.BasicAuth()
		if !ok || user != f.user || pass != f.restPassword {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"error_message":"access unauthorized"}`)
			return
		}
		fmt.Fprintf(w, `{"id":1,"username":%q,"is_admin":false}`, user)
		return
	}
	path, ok := strings.CutPrefix(r.URL.Path, f.root)
	if !ok || f.noAPI {
		http.NotFound(w, r)
		return
	}
	f.hits[path]++
	if f.disabled && f.restPassword == "" {
		http.Error(w, "Service Unavailable!", http.StatusServiceUnavailable) // FreshRSS
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "Bad Request!", http.StatusBadRequest)
		return
	}
	if path == "/accounts/ClientLogin" && r.Method == http.MethodPost {
		f.clientLogin(w, r)
		return
	}
	if !strings.HasPrefix(path, "/reader/api/0/") {
		http.NotFound(w, r)
		return
	}
	if !f.authorized(r) {
		w.Header().Set("Google-Bad-Token", "true")
		http.Error(w, "Unauthorized!", http.StatusUnauthorized)
		return
	}
	route := r.Method + " " + strings.TrimPrefix(path, "/reader/api/0/")
	switch route {
	case "GET token":
		io.WriteString(w, f.actionToken()+"\n")
	case "GET subscription/list":
		f.subscriptionList(w)
	case "POST subscription/quickadd":
		f.quickAdd(w, r)
	case "POST subscription/edit":
		f.subscriptionEdit(w, r)
	case "GET stream/items/ids":
		f.itemIDs(w, r)
	case "POST stream/items/contents":
		f.itemContents(w, r)
	case "POST edit-tag":
		f.editTag(w, r)
	default:
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, "[]") // Miniflux's answer to what it does not implement
	}
}

func (f *fakeGReader) clientLogin(w http.ResponseWriter, r *http.Request) {
	if f.disabled || r.PostForm.Get("Email") != f.user || r.PostForm.Get("Passwd") != f.password {
		if f.restPassword != "" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"error_message":"access unauthorized"}`)
			return
		}
		http.Error(w, "Unauthorized!", http.StatusUnauthorized)
		return
	}
	f.logins++
	fmt.Fprintf(w, "SID=%s\nLSID=null\nAuth=%s\n", f.authToken(), f.authToken())
}

// authorized checks the session, and for a POST the action token too.
func (f *fakeGReader) authorized(r *http.Request) bool {
	if f.dropAuth || r.Header.Get("Authorization") != "GoogleLogin auth="+f.authToken() {
		return false
	}
	return r.Method != http.MethodPost || r.PostForm.Get("T") == f.actionToken()
}

func (f *fakeGReader) writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (f *fakeGReader) fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error_message": msg})
}

func (f *fakeGReader) label(name string) string {
	return "user/" + f.userPart + "/label/" + name
}

func (f *fakeGReader) state(name string) string {
	return "user/" + f.userPart + "/state/com.google/" + name
}

func (f *fakeGReader) subscriptionList(w http.ResponseWriter) {
	subs := []map[string]any{}
	for _, feed := range f.feeds {
		subs = append(subs, map[string]any{
			"id": "feed/" + strconv.Itoa(feed.id), "title": feed.title, "url": feed.url, "htmlUrl": feed.site,
			"categories": []map[string]string{{"id": f.label(feed.folder), "label": feed.folder, "type": "folder"}},
		})
	}
	f.writeJSON(w, map[string]any{"subscriptions": subs})
}

func (f *fakeGReader) quickAdd(w http.ResponseWriter, r *http.Request) {
	url := r.URL.Query().Get("quickadd") // FreshRSS reads the query
	if url == "" || strings.Contains(url, "nofeed") {
		f.writeJSON(w, map[string]any{"numResults": 0, "error": "no feed\nfound there"})
		return
	}
	feed := f.addFeedLocked(url, "Feed at "+url, "All")
	f.writeJSON(w, map[string]any{"numResults": 1, "query": url,
		"streamId": "feed/" + strconv.Itoa(feed.id), "streamName": feed.title})
}

func (f *fakeGReader) feedByStream(s string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(s, "feed/"))
	return slices.IndexFunc(f.feeds, func(feed *fakeFeed) bool { return feed.id == n })
}

func (f *fakeGReader) subscriptionEdit(w http.ResponseWriter, r *http.Request) {
	i := f.feedByStream(r.PostForm.Get("s"))
	if i < 0 {
		f.fail(w, http.StatusInternalServerError, "store: unable to find feed")
		return
	}
	switch r.PostForm.Get("ac") {
	case "unsubscribe":
		f.feeds = slices.Delete(f.feeds, i, i+1)
	case "edit":
		_, name, ok := strings.Cut(r.PostForm.Get("a"), "/label/")
		if !ok || name == "" {
			f.fail(w, http.StatusBadRequest, "destination must be a label")
			return
		}
		f.feeds[i].folder = name
	default:
		f.fail(w, http.StatusBadRequest, "unrecognized action")
		return
	}
	io.WriteString(w, "OK")
}

// itemIDs lists a stream newest first, a page at a time, with an offset
// for a continuation as Miniflux does.
func (f *fakeGReader) itemIDs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("output") != "json" {
		f.fail(w, http.StatusBadRequest, "googlereader: only json output is supported")
		return
	}
	var list []*fakeEntry
	for _, e := range f.entries {
		switch {
		case q.Get("s") == grStarred && !e.starred,
			q.Get("xt") == grRead && (e.read || e.removed),
			q.Has("ot") && e.published.Unix() < atoi64(q.Get("ot")):
			continue
		}
		list = append(list, e)
	}
	slices.SortFunc(list, func(a, b *fakeEntry) int {
		return cmp.Or(b.published.Compare(a.published), cmp.Compare(b.id, a.id))
	})
	n := min(int(atoi64(q.Get("n"))), f.pageMax)
	offset := min(int(atoi64(q.Get("c"))), len(list))
	end := min(offset+n, len(list))
	refs := []map[string]string{}
	for _, e := range list[offset:end] {
		refs = append(refs, map[string]string{"id": strconv.FormatInt(e.id, 10)})
	}
	res := map[string]any{"itemRefs": refs}
	if end < len(list) {
		res["continuation"] = strconv.Itoa(end)
	}
	f.writeJSON(w, res)
}

func (f *fakeGReader) itemContents(w http.ResponseWriter, r *http.Request) {
	if f.contentsBody != "" {
		io.WriteString(w, f.contentsBody)
		return
	}
	items := []map[string]any{}
	for _, raw := range r.PostForm["i"] {
		id, ok := grParseID(raw)
		e := f.entries[id]
		if !ok || e == nil {
			continue
		}
		feed := f.feeds[max(0, f.feedByStream("feed/"+strconv.Itoa(e.feed)))]
		cats := []string{f.state("reading-list"), f.label(feed.folder)}
		if e.read {
			cats = append(cats, f.state("read"))
		}
		if e.starred {
			cats = append(cats, f.state("starred"))
		}
		for _, l := range e.labels {
			cats = append(cats, f.label(l))
		}
		item := map[string]any{
			"id":            grLongID(e.id),
			"crawlTimeMsec": strconv.FormatInt(e.crawled.UnixMilli(), 10),
			"timestampUsec": strconv.FormatInt(e.crawled.UnixMicro(), 10),
			"published":     e.published.Unix(),
			"title":         e.title,
			"author":        e.author,
			"categories":    cats,
			"canonical":     []map[string]string{{"href": e.url}},
			"alternate":     []map[string]string{{"href": e.url, "type": "text/html"}},
			"summary":       map[string]string{"content": e.content},
			"origin":        map[string]string{"streamId": "feed/" + strconv.Itoa(e.feed), "title": feed.title},
		}
		if f.sendUpdated {
			item["updated"] = e.changed.Unix()
		}
		items = append(items, item)
	}
	f.writeJSON(w, map[string]any{"id": grReadingList, "items": items})
}

func (f *fakeGReader) editTag(w http.ResponseWriter, r *http.Request) {
	if f.editTagError != "" {
		f.fail(w, http.StatusInternalServerError, f.editTagError)
		return
	}
	ids := r.PostForm["i"]
	f.editBatches = append(f.editBatches, len(ids))
	f.now = f.now.Add(time.Second)
	for _, raw := range ids {
		id, ok := grParseID(raw)
		e := f.entries[id]
		if !ok || e == nil {
			continue
		}
		for op, on := range map[string]bool{"a": true, "r": false} {
			switch r.PostForm.Get(op) {
			case grRead:
				e.read = on
			case grStarred:
				e.starred = on
			default:
				continue
			}
			e.changed = f.now
		}
	}
	io.WriteString(w, "OK")
}

func atoi64(s string) int64 {
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}
