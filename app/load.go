package app

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// Loading: what the reader shows at start, from the library or from the
// sources. A source whose files have not changed since its last load (its
// fingerprint: size, modification time and content hash) is not parsed
// again: its stories come from the library. Any other source is parsed; its
// stories go to the reader at once, with the marks the library holds for
// them, and are written to the library behind that, so the reader never
// waits for the disk.

// Batch sizes: the first page is what fills a screen at once; later
// batches are larger, so merging them costs the reader fewer updates.
const (
	firstPage = 256
	batchSize = 1024
	// parseBatch is the most stories of a parsed source sent at a time.
	parseBatch = 500
)

// Loader reads stories for the reader.
type Loader struct {
	// Store is the library; nil reads the sources alone (--no-library).
	Store *store.Store
	// Scope is the region the reader opens on: its first page comes first.
	Scope model.Scope
	// Whole asks for whole stories from the library. The reader leaves it
	// off: it gets partial ones (model.Story.Partial), half the memory,
	// and completes a story when it is opened.
	Whole bool
	// MarksOnly joins the library's marks to what Sources reads but stores
	// none of it: the bundled sample is never stored.
	MarksOnly bool
	// KeepRead and KeepUnread are how long a story gone from its feed is
	// kept after it was read, or unread after it left (zero: the store's
	// defaults, 90 and 180 days). A starred story is always kept.
	KeepRead, KeepUnread time.Duration
	// Parsing, if set, is called (once) before the first source that has
	// to be parsed: parsed stories hold their bodies in memory, stored ones
	// do not, and the reader sets its memory limit by that.
	Parsing func()
	// Stored, if set, is told how many parsed stories were written each
	// time a batch of them is handed to the reader again from the
	// library: the reader's memory limit grows by what it holds.
	Stored func(written int)
}

// Library sends every story in the library to out, the first page of the
// scope first. A failure to read the library is sent as the failure of
// model.Library().
func (l Loader) Library(ctx context.Context, out chan<- model.Event) {
	first, err := l.Store.FirstPage(ctx, l.Scope, firstPage)
	if err != nil {
		send(ctx, out, model.SourceFailed{From: model.Library(), Err: err})
		return
	}
	seen := make(map[string]bool, len(first))
	e := model.StoriesArrived{From: model.Library()}
	for _, it := range first {
		seen[it.Story.ID] = true
		e.Stories = append(e.Stories, it.Story)
		e.States = append(e.States, it.State)
	}
	if !send(ctx, out, e) {
		return
	}
	all := l.Store.AllPartial
	if l.Whole {
		all = l.Store.All
	}
	if l.stream(ctx, all(ctx), model.Library(), seen, out) {
		l.prune(ctx, out)
	}
}

// prune applies the retention once the stories are loaded, so that it
// never holds up the first screen.
func (l Loader) prune(ctx context.Context, out chan<- model.Event) {
	read, unread := cmp.Or(l.KeepRead, store.DefaultReadAge), cmp.Or(l.KeepUnread, store.DefaultUnreadAge)
	if _, err := l.Store.Prune(ctx, time.Now(), read, unread); err != nil && ctx.Err() == nil {
		send(ctx, out, model.SourceFailed{From: model.Library(), Err: fmt.Errorf("prune old stories: %w", err)})
	}
}

// stream sends the items of a library read in batches from from,
// skipping those in skip: a screenful first, then larger ones, then a
// failure to read the rest, if any. It reports whether out still takes
// events.
func (l Loader) stream(ctx context.Context, items func(func(store.Item, error) bool), from model.Origin, skip map[string]bool, out chan<- model.Event) bool {
	b := model.StoriesArrived{From: from}
	size := firstPage
	if skip != nil {
		size = batchSize // the first page has been sent
	}
	var failed error
	for it, err := range items {
		if err != nil {
			failed = err
			break
		}
		if skip[it.Story.ID] {
			continue
		}
		b.Stories = append(b.Stories, it.Story)
		b.States = append(b.States, it.State)
		if it.Story.Partial {
			if b.Summaries == nil {
				b.Summaries = make([]string, len(b.Stories)-1, batchSize)
			}
			b.Summaries = append(b.Summaries, it.Summary)
		} else if b.Summaries != nil {
			b.Summaries = append(b.Summaries, "")
		}
		if len(b.Stories) == size {
			if !send(ctx, out, b) {
				return false
			}
			b, size = model.StoriesArrived{From: from}, batchSize
		}
	}
	if len(b.Stories) > 0 && !send(ctx, out, b) {
		return false
	}
	if failed != nil {
		return send(ctx, out, model.SourceFailed{From: from, Err: failed})
	}
	return true
}

// Sources reads the sources and sends their stories to out as they come.
// It returns once every source is read and, with a library, everything
// read has been handed to it (the reader shows "loading" until then). Failures
// come as in feeds.Stream: one Batch with Err set per failed source.
func (l Loader) Sources(ctx context.Context, sources []feeds.Source, out chan<- model.Event) {
	var in *ingester
	var group *grouping
	if l.Store != nil && !l.MarksOnly {
		in = startIngester(ctx, l.Store, out) // it places stories as it stores them
		in.stored = l.Stored
	} else {
		// Nothing read is stored (the bundled sample, --no-library), so
		// nothing is placed on its way into the library: place the stories
		// here, among themselves, so they show as events all the same.
		group = newGrouping(nil)
	}
	if l.Parsing != nil {
		l.Parsing = sync.OnceFunc(l.Parsing)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(2, runtime.NumCPU()))
	for _, src := range sources {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			l.source(ctx, src, in, group, out)
		}()
	}
	wg.Wait()
	if in != nil {
		if err := in.Finish(); err != nil {
			send(ctx, out, model.SourceFailed{From: model.Library(), Err: err})
		} else {
			l.prune(ctx, out)
		}
	}
}

// source reads one source: from the library when it is unchanged since its
// last load, else by parsing it. It reports whether it parsed.
//
// A source with the size and time it was last loaded with is shown from the
// library at once; its content hash, which means reading it, is checked
// after that, and only if that differs is it parsed. Any other source is
// hashed while it is parsed, so that the first headlines do not wait.
//
// With no ingester, group places the stories in their events instead.
func (l Loader) source(ctx context.Context, src feeds.Source, in *ingester, group *grouping, out chan<- model.Event) (parsed bool) {
	quick, onDisk := feeds.Fingerprint{}, false
	var hashed <-chan fingerprinted
	if in != nil {
		if quick, onDisk = src.Stat(ctx); onDisk {
			if hash, seen := l.Store.SourceHash(quick.Key, quick.Size, quick.MTime); seen {
				stored := l.Store.BySourcePartial
				if l.Whole {
					stored = l.Store.BySource
				}
				if !l.stream(ctx, stored(ctx, quick.Key), src.Origin(), nil, out) {
					return false
				}
				fp, ok := src.Fingerprint(ctx)
				if ok && bytes.Equal(fp.Hash, hash) {
					return false
				}
				ch := make(chan fingerprinted, 1)
				ch <- fingerprinted{fp, ok}
				hashed = ch
			} else {
				hashed = fingerprint(ctx, src)
			}
		}
	}
	if l.Parsing != nil {
		l.Parsing()
	}
	key := quick.Key
	if !onDisk {
		key = src.Name() // "-": a pipe has no place of its own
	}
	// A source the library holds no story of (a first load) has none to
	// mark gone: MarkGone would look up each of its stories for nothing,
	// on the writer, which is the slower side of an ingest.
	held := in != nil && onDisk && l.Store.HoldsSource(ctx, key)
	batches := make(chan model.Batch, 4)
	feeds.Stream(ctx, []feeds.Source{src}, parseBatch, batches)
	var ids []string
	failed := false
	for b := range batches {
		if b.Err != nil {
			failed = true
			if !send(ctx, out, model.SourceFailed{From: b.From, Err: b.Err}) {
				return true
			}
			continue
		}
		e := model.StoriesArrived{From: b.From, Stories: b.Stories}
		if l.Store != nil {
			e.States = l.states(ctx, b.Stories)
		}
		var moved map[string]string
		if in != nil {
			in.Add(key, b.Stories)
		} else if group != nil {
			moved = group.place(ctx, b.Stories)
		}
		if held {
			for _, s := range b.Stories {
				ids = append(ids, s.ID)
			}
		}
		if !send(ctx, out, e) {
			return true
		}
		if len(moved) > 0 && !send(ctx, out, model.EventsJoined{Events: moved}) {
			return true
		}
	}
	if in == nil || !onDisk || failed || ctx.Err() != nil {
		// Only a source read whole says which stories left it, and only
		// then is it recorded as loaded: a failed or cut one is read again.
		return true
	}
	if held {
		in.markGone(key, ids)
	}
	// Recorded with the size and time from before the parse: a source
	// written to meanwhile has a newer time, and is read again next time.
	if fp := <-hashed; fp.ok && fp.Size == quick.Size && fp.MTime.Equal(quick.MTime) {
		in.recordSource(fp.Fingerprint)
	}
	return true
}

// fingerprinted is a source's fingerprint, if it could be taken.
type fingerprinted struct {
	feeds.Fingerprint
	ok bool
}

// fingerprint hashes the source on its own goroutine.
func fingerprint(ctx context.Context, src feeds.Source) <-chan fingerprinted {
	ch := make(chan fingerprinted, 1)
	go func() {
		fp, ok := src.Fingerprint(ctx)
		ch <- fingerprinted{fp, ok}
	}()
	return ch
}

// states looks up the marks of stories just parsed; a failure to read
// them leaves them unread on screen (the library keeps the real marks).
func (l Loader) states(ctx context.Context, stories []*model.Story) []model.StoryState {
	ids := make([]string, len(stories))
	for i, s := range stories {
		ids[i] = s.ID
	}
	marks, err := l.Store.States(ctx, ids)
	if err != nil || len(marks) == 0 {
		return nil
	}
	out := make([]model.StoryState, len(stories))
	for i, id := range ids {
		out[i] = marks[id]
	}
	return out
}

// send sends e unless ctx ends first, and reports whether it was sent.
func send(ctx context.Context, out chan<- model.Event, e model.Event) bool {
	select {
	case out <- e:
		return true
	case <-ctx.Done():
		return false
	}
}
