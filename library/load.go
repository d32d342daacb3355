// Package library joins the store to the sources: it decides what the
// reader shows at start and keeps the library up to date as sources are
// read. The reader gets stories from it the way it got them from feeds
// alone, as a stream of model.Batch, now with each story's marks.
//
// A source whose files have not changed since its last load (its
// fingerprint: size, modification time and content hash) is not parsed
// again: its stories come from the library. Any other source is parsed; its
// stories go to the reader at once, with the marks the library holds for
// them, and are written to the library behind that, so the reader never
// waits for the disk.
package library

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

// Batch sizes: the first page is what fills a screen at once; later
// batches are larger, so merging them costs the reader fewer updates.
const (
	firstPage = 256
	batchSize = 2048
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
}

// Library sends every story in the library to out, the first page of the
// scope first. A failure to read the library is sent as a
// Batch from model.Library() with Err set.
func (l Loader) Library(ctx context.Context, out chan<- model.Batch) {
	first, err := l.Store.FirstPage(ctx, l.Scope, firstPage)
	if err != nil {
		send(ctx, out, model.Batch{From: model.Library(), Err: err})
		return
	}
	seen := make(map[string]bool, len(first))
	b := model.Batch{From: model.Library()}
	for _, it := range first {
		seen[it.Story.ID] = true
		b.Stories = append(b.Stories, it.Story)
		b.States = append(b.States, it.State)
	}
	if !send(ctx, out, b) {
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
func (l Loader) prune(ctx context.Context, out chan<- model.Batch) {
	read, unread := cmp.Or(l.KeepRead, store.DefaultReadAge), cmp.Or(l.KeepUnread, store.DefaultUnreadAge)
	if _, err := l.Store.Prune(ctx, time.Now(), read, unread); err != nil && ctx.Err() == nil {
		send(ctx, out, model.Batch{From: model.Library(), Err: fmt.Errorf("prune old stories: %w", err)})
	}
}

// stream sends the items of a library read in batches from from,
// skipping those in skip: a screenful first, then larger ones. It reports
// whether out still takes batches.
func (l Loader) stream(ctx context.Context, items func(func(store.Item, error) bool), from model.Origin, skip map[string]bool, out chan<- model.Batch) bool {
	b := model.Batch{From: from}
	size := firstPage
	if skip != nil {
		size = batchSize // the first page has been sent
	}
	for it, err := range items {
		if err != nil {
			b.Err = err
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
			b, size = model.Batch{From: from}, batchSize
		}
	}
	if len(b.Stories) == 0 && b.Err == nil {
		return true
	}
	return send(ctx, out, b)
}

// Sources reads the sources and sends their stories to out as they come.
// It returns once every source is read and, with a library, everything
// read has been handed to it (the reader shows "loading" until then). Failures
// come as in feeds.Stream: one Batch with Err set per failed source.
func (l Loader) Sources(ctx context.Context, sources []feeds.Source, out chan<- model.Batch) {
	var in *ingester
	if l.Store != nil && !l.MarksOnly {
		in = startIngester(ctx, l.Store, out)
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
			l.source(ctx, src, in, out)
		}()
	}
	wg.Wait()
	if in != nil {
		if err := in.finish(); err != nil {
			send(ctx, out, model.Batch{From: model.Library(), Err: err})
		} else {
			l.prune(ctx, out)
		}
	}
}

// source reads one source: from the library when it is unchanged since its
// last load, else by parsing it.
//
// A source with the size and time it was last loaded with is shown from the
// library at once; its content hash, which means reading it, is checked
// after that, and only if that differs is it parsed. Any other source is
// hashed while it is parsed, so that the first headlines do not wait.
func (l Loader) source(ctx context.Context, src feeds.Source, in *ingester, out chan<- model.Batch) {
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
					return
				}
				fp, ok := src.Fingerprint(ctx)
				if ok && bytes.Equal(fp.Hash, hash) {
					return
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
	batches := make(chan model.Batch, 4)
	feeds.Stream(ctx, []feeds.Source{src}, parseBatch, batches)
	var ids []string
	failed := false
	for b := range batches {
		failed = failed || b.Err != nil
		if l.Store != nil && len(b.Stories) > 0 {
			b.States = l.states(ctx, b.Stories)
		}
		if in != nil && len(b.Stories) > 0 {
			in.add(key, b.Stories)
			for _, s := range b.Stories {
				ids = append(ids, s.ID)
			}
		}
		if !send(ctx, out, b) {
			return
		}
	}
	if in == nil || !onDisk || failed || ctx.Err() != nil {
		// Only a source read whole says which stories left it, and only
		// then is it recorded as loaded: a failed or cut one is read again.
		return
	}
	in.markGone(key, ids)
	// Recorded with the size and time from before the parse: a source
	// written to meanwhile has a newer time, and is read again next time.
	if fp := <-hashed; fp.ok && fp.Size == quick.Size && fp.MTime.Equal(quick.MTime) {
		in.recordSource(fp.Fingerprint)
	}
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

// send sends b unless ctx ends first, and reports whether it was sent.
func send(ctx context.Context, out chan<- model.Batch, b model.Batch) bool {
	select {
	case out <- b:
		return true
	case <-ctx.Done():
		return false
	}
}

// ingester writes parsed stories to the library on its own goroutine, in
// the order they were parsed, so that the reader never waits for the disk.
// The queue holds the stories the reader holds anyway.
//
// Parsing outruns writing (100,000 stories parse in ~5 s and take ~6 s
// more to store), and a parsed story holds its body in memory: so add
// waits while maxQueued stories are waiting to be written, and once a
// few thousand are committed the reader is sent them again with their
// bodies read from the library (Batch.Replace), which lets the parsed
// text go. A first load of 100,000 stories then peaks at a few hundred
// MiB instead of holding every body at once.
type ingester struct {
	ctx context.Context
	st  *store.Store
	out chan<- model.Batch // nil: nobody to tell (no reader)

	mu     sync.Mutex
	space  *sync.Cond // signalled as queued stories are written
	jobs   []func() error
	queued int // stories added and not yet written
	wake   chan struct{}
	done   chan struct{}
	err    error

	written  []*model.Story // written since the last swap
	swapping sync.WaitGroup // a swap waiting for its commit
}

// maxQueued is how many parsed stories may wait to be written; swapAfter,
// how many written ones are swapped for stored ones at a time.
const (
	maxQueued = 32768
	swapAfter = 8192
)

func startIngester(ctx context.Context, st *store.Store, out chan<- model.Batch) *ingester {
	in := &ingester{ctx: ctx, st: st, out: out, wake: make(chan struct{}, 1), done: make(chan struct{})}
	in.space = sync.NewCond(&in.mu)
	go in.loop()
	return in
}

func (in *ingester) push(job func() error) {
	in.mu.Lock()
	in.jobs = append(in.jobs, job)
	in.mu.Unlock()
	select {
	case in.wake <- struct{}{}:
	default:
	}
}

// add queues stories of the source key for writing, waiting while the
// queue is full.
func (in *ingester) add(key string, stories []*model.Story) {
	in.mu.Lock()
	for in.queued > maxQueued && in.ctx.Err() == nil && !in.stopped() {
		in.space.Wait()
	}
	in.queued += len(stories)
	in.mu.Unlock()
	in.push(func() error {
		err := in.st.Upsert(in.ctx, stories, key)
		in.mu.Lock()
		in.queued -= len(stories)
		in.space.Broadcast()
		in.mu.Unlock()
		if err == nil {
			in.written = append(in.written, stories...)
			if len(in.written) >= swapAfter {
				return in.swap()
			}
		}
		return err
	})
}

// stopped reports whether the loop has ended (called with mu held).
func (in *ingester) stopped() bool {
	select {
	case <-in.done:
		return true
	default:
		return false
	}
}

// swap sends the written stories to the reader again, their bodies now
// read from the library, once they are committed. It waits for the
// commit on a goroutine of its own (one at a time), so that writing goes
// on meanwhile; finish waits for the last.
func (in *ingester) swap() error {
	if len(in.written) == 0 || in.out == nil {
		in.written = nil
		return nil
	}
	stories := in.written
	in.written = nil
	in.swapping.Wait() // one at a time: their order does not matter, their number does
	in.swapping.Add(1)
	go func() {
		defer in.swapping.Done()
		if in.st.Flush(in.ctx) != nil {
			return // the stories stay as parsed; the failure is the writer's to report
		}
		b := model.Batch{Replace: true, Stories: make([]*model.Story, len(stories))}
		for i, s := range stories {
			c := *s
			c.Body = in.st.BodyOf(s.ID)
			b.Stories[i] = &c
		}
		send(in.ctx, in.out, b)
	}()
	return nil
}

// markGone queues marking the stories the source key no longer carries as
// gone, after its stories.
func (in *ingester) markGone(key string, ids []string) {
	in.push(func() error { return in.st.MarkGone(in.ctx, key, ids) })
}

// recordSource queues recording the source's fingerprint, after its
// stories: a crash before that commits leaves it to be read again.
func (in *ingester) recordSource(fp feeds.Fingerprint) {
	in.push(func() error { return in.st.RecordSource(in.ctx, fp.Key, fp.Size, fp.MTime, fp.Hash) })
}

// finish waits for every queued write to be committed (or ctx to end) and
// returns the first failure.
func (in *ingester) finish() error {
	in.push(func() error { return in.swap() })
	in.push(nil) // nil: the end
	<-in.done
	in.swapping.Wait()
	if in.err == nil && in.ctx.Err() == nil {
		in.err = in.st.Flush(in.ctx)
	}
	return in.err
}

func (in *ingester) loop() {
	defer func() {
		in.mu.Lock()
		close(in.done)
		in.space.Broadcast() // adders waiting for space: there is none to come
		in.mu.Unlock()
	}()
	for {
		in.mu.Lock()
		jobs := in.jobs
		in.jobs = nil
		in.mu.Unlock()
		for _, job := range jobs {
			if job == nil {
				return
			}
			if in.err != nil || in.ctx.Err() != nil {
				continue // drain: a failed library takes no more
			}
			if err := job(); err != nil {
				in.err = fmt.Errorf("save stories to the library: %w", err)
			}
		}
		select {
		case <-in.wake:
		case <-in.ctx.Done():
			return
		}
	}
}
