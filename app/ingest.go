package app

import (
	"context"
	"fmt"
	"sync"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// The one way stories are written to the library: loading, refresh and
// sync all hand them to an ingester.

// ingester writes parsed stories to the library on its own goroutine, in
// the order they were parsed, so that the reader never waits for the disk.
// The queue holds the stories the reader holds anyway.
//
// Parsing would outrun writing (the writer is busy throughout a first
// load of 100,000 stories, and the parsers wait for it), and a parsed
// story holds its body in memory: so add waits while maxQueued stories
// are waiting to be written, and once swapAfter are committed the reader
// is sent them again with their bodies read from the library
// (StoriesStored), which lets the parsed text go. A first load of 100,000
// stories then peaks under 250 MiB instead of holding every body at once.
type ingester struct {
	ctx   context.Context
	st    *store.Store
	out   chan<- model.Event // nil: nobody to tell (no reader)
	group *grouping

	mu     sync.Mutex
	space  *sync.Cond // signalled as queued stories are written
	jobs   []func() error
	queued int // stories added and not yet written
	wake   chan struct{}
	done   chan struct{}
	err    error

	written  []*model.Story // written since the last swap
	swapping sync.WaitGroup // a swap waiting for its commit
	stored   func(int)      // told how many at each swap (Loader.Stored); may be nil
}

// maxQueued is how many parsed stories may wait to be written; swapAfter,
// how many written ones are swapped for stored ones at a time. Their sum,
// with the store's own queue (2,048 stories) and the transaction being
// committed, bounds the parsed bodies held at once: ~8,000 stories, ~30
// MiB. More would not store the stories sooner (the writer is the slower
// side); it would only list them sooner, at ~3.5 KiB a story held, and
// leave the collector less room under the memory limit: with twice these
// (and twice the store's queue) a first ingest of 100,000 stories
// collected 90 times instead of 64, and peaked 6 MiB higher.
const (
	maxQueued = 1024
	swapAfter = 1024
)

func startIngester(ctx context.Context, st *store.Store, out chan<- model.Event) *ingester {
	in := &ingester{ctx: ctx, st: st, out: out, group: newGrouping(st), wake: make(chan struct{}, 1), done: make(chan struct{})}
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

// Add places stories of the source key in their events (setting their
// Event, before anyone is shown them) and queues them for writing,
// waiting while the queue is full. Stories placed before, alone, that
// join an event with them have their events written and told.
func (in *ingester) Add(key string, stories []*model.Story) {
	if moved := in.group.place(in.ctx, stories); len(moved) > 0 {
		in.push(func() error { return in.st.SetEvents(in.ctx, moved) })
		if in.out != nil {
			send(in.ctx, in.out, model.EventsJoined{Events: moved})
		}
	}
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
	if in.stored != nil && len(in.written) > 0 {
		in.stored(len(in.written))
	}
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
		b := model.StoriesStored{Stories: make([]*model.Story, len(stories))}
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

// Finish waits for every queued write to be committed (or ctx to end) and
// returns the first failure.
func (in *ingester) Finish() error {
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
