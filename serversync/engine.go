package serversync

import (
	"cmp"
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// Engine syncs one library with one server.
//
// A sync pulls the entries changed since the last one, turns them into
// stories through the feeds package (each server feed's entries become a
// JSON Feed document, so they are read, converted and sanitised exactly as
// any feed is), stores them, and takes the server's marks where they are
// newer than the library's. Then it pushes the marks made here since, and
// only then moves its cursor: a sync cut short is repeated whole next
// time, which costs a few repeats and loses nothing.
type Engine struct {
	Server Server
	Store  *store.Store
	// Key names the server in the library ("miniflux https://rss.example"),
	// so that pointing the config at another server starts afresh.
	Key string
	// Ingest starts a writer of one sync's stories to the library: the
	// session's one ingest path, the one loading and refresh use too.
	Ingest func(ctx context.Context, out chan<- model.Event) Ingester
}

// Ingester writes stories to the library.
type Ingester interface {
	// Add queues the stories of the feed key for writing.
	Add(key string, stories []*model.Story)
	// Finish waits until everything added is committed and returns the
	// first failure.
	Finish() error
}

// Report says what a sync did.
type Report struct {
	Entries int // pulled
	Stories int // stored (new or changed)
	Pushed  int // marks pushed
}

// Sync syncs once, sending the stories it stores to out (which may be nil)
// with their marks.
func (e *Engine) Sync(ctx context.Context, out chan<- model.Event) (Report, error) {
	var rep Report
	cursorKey := "cursor " + e.Key
	cursor, err := e.Store.SyncMeta(ctx, cursorKey)
	if err != nil {
		return rep, err
	}
	entries, next, err := e.Server.Entries(ctx, cursor)
	if err != nil {
		return rep, err
	}
	rep.Entries = len(entries)
	feedList, err := e.Server.Feeds(ctx)
	if err != nil {
		return rep, err
	}
	if err := e.saveFeeds(ctx, feedList); err != nil {
		return rep, err
	}
	if len(entries) > 0 {
		n, err := e.pull(ctx, entries, feedList, out)
		rep.Stories = n
		if err != nil {
			return rep, err
		}
	}
	pushed, err := e.push(ctx)
	rep.Pushed = pushed
	if err != nil {
		return rep, err
	}
	if next != cursor {
		if err := e.Store.SetSyncMeta(ctx, cursorKey, next); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// saveFeeds keeps the server's subscriptions in the library, for the
// feeds screen and `dateline feeds`, offline too.
func (e *Engine) saveFeeds(ctx context.Context, list []Feed) error {
	b, err := json.Marshal(savedFeeds{At: time.Now().UTC(), Feeds: list})
	if err != nil {
		return err
	}
	return e.Store.SetSyncMeta(ctx, "feeds "+e.Key, string(b))
}

type savedFeeds struct {
	At    time.Time
	Feeds []Feed
}

// SavedFeeds returns the subscriptions of the server key (Engine.Key) as
// the library's last sync with it saw them, and when that was (zero:
// never). It needs no server, nor its password.
func SavedFeeds(ctx context.Context, st *store.Store, key string) ([]Feed, time.Time) {
	v, err := st.SyncMeta(ctx, "feeds "+key)
	if err != nil || v == "" {
		return nil, time.Time{}
	}
	var s savedFeeds
	if json.Unmarshal([]byte(v), &s) != nil {
		return nil, time.Time{}
	}
	return s.Feeds, s.At
}

// pull stores the entries and takes the server's marks.
func (e *Engine) pull(ctx context.Context, entries []Entry, feedList []Feed, out chan<- model.Event) (int, error) {
	ids := make([]string, len(entries))
	for i, en := range entries {
		ids[i] = en.ID
	}
	seen, err := e.Store.EntriesSeen(ctx, ids)
	if err != nil {
		return 0, err
	}
	byFeed := map[string][]Entry{}
	var urls []string
	for _, en := range entries {
		if s, ok := seen[en.ID]; ok && s.Changed != 0 && s.Changed == en.Changed.UnixNano() && s.Read == en.Read && s.Starred == en.Starred {
			continue // pulled again unchanged (the cursor counts in seconds)
		}
		byFeed[en.FeedID] = append(byFeed[en.FeedID], en)
		if en.URL != "" {
			urls = append(urls, en.URL)
		}
	}
	known, err := e.Store.StoriesByLink(ctx, urls)
	if err != nil {
		return 0, err
	}
	feedsByID := map[string]Feed{}
	for _, f := range feedList {
		feedsByID[f.ID] = f
	}
	in := e.Ingest(ctx, out)
	stored := 0
	mapped := map[string]store.EntryRef{}
	var states []store.ServerState
	for _, id := range slices.Sorted(maps.Keys(byFeed)) {
		f, ok := feedsByID[id]
		if !ok {
			f = Feed{ID: id, URL: "server-feed:" + id, Title: "Feed " + id}
		}
		stories, items := parse(f, byFeed[id])
		for _, s := range stories {
			en, ok := items[s.GUID()]
			if !ok {
				continue
			}
			if local, ok := known[en.URL]; ok && en.URL != "" {
				s.ID = local // the story the library has: its marks carry over
			}
			mapped[s.ID] = store.EntryRef{EntryID: en.ID, Changed: changedNanos(en.Changed)}
			states = append(states, store.ServerState{StoryID: s.ID, Read: en.Read, Starred: en.Starred, Changed: en.Changed})
		}
		in.Add(f.URL, stories)
		stored += len(stories)
	}
	if err := in.Finish(); err != nil {
		return stored, err
	}
	if err := e.Store.MapEntries(ctx, mapped); err != nil {
		return stored, err
	}
	if err := e.Store.ApplyServerState(ctx, states); err != nil {
		return stored, err
	}
	if out != nil {
		e.send(ctx, mapped, out)
	}
	return stored, nil
}

func changedNanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// send gives the reader the stories just stored, with their marks.
func (e *Engine) send(ctx context.Context, mapped map[string]store.EntryRef, out chan<- model.Event) {
	ids := slices.Collect(maps.Keys(mapped))
	for chunk := range slices.Chunk(ids, 1000) {
		items, err := e.Store.Get(ctx, chunk)
		if err != nil {
			return
		}
		b := model.StoriesArrived{From: model.Server(e.Key)}
		for _, it := range items {
			b.Stories = append(b.Stories, it.Story)
			b.States = append(b.States, it.State)
		}
		select {
		case out <- b:
		case <-ctx.Done():
			return
		}
	}
}

// push sends the marks made here, in four batches at most (read, unread,
// starred, unstarred), and forgets those the server took.
func (e *Engine) push(ctx context.Context) (int, error) {
	pending, err := e.Store.PendingMarks(ctx)
	if err != nil || len(pending) == 0 {
		return 0, err
	}
	var read, unread, star, unstar []string
	for _, p := range pending {
		if p.Read {
			read = append(read, p.EntryID)
		} else {
			unread = append(unread, p.EntryID)
		}
		if p.Starred {
			star = append(star, p.EntryID)
		} else {
			unstar = append(unstar, p.EntryID)
		}
	}
	for _, step := range []struct {
		ids []string
		set func(context.Context, []string, bool) error
		on  bool
	}{{read, e.Server.SetRead, true}, {unread, e.Server.SetRead, false}, {star, e.Server.SetStarred, true}, {unstar, e.Server.SetStarred, false}} {
		if len(step.ids) == 0 {
			continue
		}
		if err := step.set(ctx, step.ids, step.on); err != nil {
			return 0, err
		}
	}
	return len(pending), e.Store.ClearPending(ctx, pending)
}

// parse turns one feed's entries into stories through the feeds
// package's normaliser, as it turns the items of a feed file, and returns
// them with the entry each story's GUID stands for. An entry's GUID is
// its own, else its URL, else a name made of its server ID.
func parse(f Feed, entries []Entry) ([]*model.Story, map[string]Entry) {
	items := make([]feeds.Item, 0, len(entries))
	byGUID := map[string]Entry{}
	for _, en := range entries {
		id := cmp.Or(en.GUID, en.URL, "entry:"+en.ID)
		byGUID[id] = en
		it := feeds.Item{GUID: id, Link: en.URL, Title: en.Title, HTML: en.Content, Published: en.Published, Tags: en.Tags}
		if en.Author != "" {
			it.Authors = []string{en.Author}
		}
		items = append(items, it)
	}
	feed := feeds.Feed{Title: f.Title, Home: f.SiteURL, URL: f.URL}
	return feeds.Normalise(f.URL, feed, items, options(f)), byGUID
}

// options are what the server's feed says of its stories: a category
// named after a region (or an alias: "APAC", "Latin America") puts them
// there.
func options(f Feed) feeds.Options {
	var o feeds.Options
	if r, ok := model.LookupRegion(strings.TrimSpace(f.Category)); ok && f.Category != "" {
		o.Region, o.HasRegion = r, true
	} else if f.Category != "" {
		o.Tags = []string{f.Category}
	}
	return o
}
