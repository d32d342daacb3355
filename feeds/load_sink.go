package feeds

// Where Stream and LoadAll put what the loader reads.

import (
	"context"
	"errors"
	"sync"

	"github.com/dateline-news/dateline/model"
)

// sink receives what the loader produces; false from either method stops it.
type sink interface {
	stories(job int, from model.Origin, s []*model.Story) bool
	failed(source int, from model.Origin, errs []error) bool
}

// chanSink is Stream's sink. Sends and close are serialised so that
// nothing is sent after out is closed, even when ctx ends mid-send.
type chanSink struct {
	ctx    context.Context
	out    chan<- model.Batch
	mu     sync.Mutex
	closed bool
}

func (c *chanSink) send(b model.Batch) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed || c.ctx.Err() != nil {
		return false
	}
	select {
	case c.out <- b:
		return true
	case <-c.ctx.Done():
		return false
	}
}

func (c *chanSink) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.closed {
		c.closed = true
		close(c.out)
	}
}

func (c *chanSink) stories(_ int, from model.Origin, s []*model.Story) bool {
	return c.send(model.Batch{From: from, Stories: s})
}

func (c *chanSink) failed(_ int, from model.Origin, errs []error) bool {
	return c.send(model.Batch{From: from, Err: errors.Join(errs...)})
}

// collectSink is LoadAll's sink.
type collectSink struct {
	mu   sync.Mutex
	jobs map[int][]*model.Story
	errs map[int][]error
}

func (c *collectSink) stories(job int, _ model.Origin, s []*model.Story) bool {
	c.mu.Lock()
	c.jobs[job] = append(c.jobs[job], s...)
	c.mu.Unlock()
	return true
}

func (c *collectSink) failed(source int, _ model.Origin, errs []error) bool {
	c.mu.Lock()
	c.errs[source] = append(c.errs[source], errs...)
	c.mu.Unlock()
	return true
}
