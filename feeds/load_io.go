package feeds

// The loader's small parts: batching stories, size limits, and keeping
// what was read for a second parser.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/dateline-news/dateline/model"
)

// emitter batches one job's stories.
type emitter struct {
	ctx    context.Context
	sink   sink
	job    int
	origin model.Origin
	max    int
	next   int // the size at which the current batch is sent
	buf    []*model.Story
	oldest time.Time
}

func (e *emitter) add(s *model.Story) error {
	if len(e.buf) == 0 {
		e.buf = make([]*model.Story, 0, e.next)
		e.oldest = time.Now()
	}
	e.buf = append(e.buf, s)
	if len(e.buf) >= e.next || time.Since(e.oldest) > flushAfter {
		return e.flush()
	}
	return nil
}

func (e *emitter) flush() error {
	if len(e.buf) == 0 {
		return nil
	}
	ok := e.sink.stories(e.job, e.origin, e.buf)
	e.buf = nil
	e.next = min(2*e.next, e.max)
	if !ok {
		if err := e.ctx.Err(); err != nil {
			return err
		}
		return context.Canceled
	}
	return nil
}

// panicError is a panic caught while reading a file, kept with its stack
// for whoever reports it; the file gets an error, the program goes on.
type panicError struct {
	value any
	stack []byte
}

func newPanicError(v any) *panicError {
	buf := make([]byte, 8192)
	return &panicError{value: v, stack: buf[:runtime.Stack(buf, false)]}
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v\n%s", e.value, e.stack) }

// limitReader reads at most left bytes and fails with errTooLarge if the
// input goes on past them.
type limitReader struct {
	r    io.Reader
	left int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n - 1, errTooLarge
	}
	return n, err
}

// recorder keeps what it reads until stop, so a stream read once can be
// given to gofeed from the start.
type recorder struct {
	r       io.Reader
	buf     bytes.Buffer
	stopped bool
}

func (r *recorder) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if !r.stopped {
		r.buf.Write(p[:n])
	}
	return n, err
}

func (r *recorder) stop() {
	if !r.stopped {
		r.stopped = true
		r.buf = bytes.Buffer{}
	}
}
