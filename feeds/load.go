package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dateline-news/dateline/model"
)

// Errors a failure wraps, for errors.Is.
var (
	// ErrNotFeed: the file is neither a feed nor a story file.
	ErrNotFeed = errors.New("not a feed")
	// ErrTooLarge: the file is larger than the 64 MiB limit.
	ErrTooLarge = errors.New("larger than the 64 MiB limit")
)

// errTooLarge is what the size-limited reader returns past the limit.
var errTooLarge = fmt.Errorf("%w; split the feed", ErrTooLarge)

const (
	defaultBatch = 256
	// firstBatch is the most stories a source's first batch waits for; each
	// batch after it may be twice as large, up to the caller's batch size,
	// so the first headlines show at once and later ones come in bulk.
	firstBatch = 16
	// flushAfter sends what a source has parsed when its oldest unsent
	// story has waited this long (a feed trickling in through a pipe).
	flushAfter = 50 * time.Millisecond
)

// Stream reads every source (at most runtime.NumCPU() files at once) and
// sends batches of at most batchSize stories, and any failures, to out. It
// returns at once; the reading goes on in goroutines, and out is closed when
// every source is done or ctx ends, whichever is first.
//
// Stories of one source come in batches as they are parsed, so the first
// headlines of a huge feed arrive within milliseconds. A source that fails,
// wholly or in part, sends one Batch with Err set, after any stories it
// could read; every other source still loads. A folder's failures (one per
// bad file) come joined in that one Batch.
func Stream(ctx context.Context, sources []Source, batchSize int, out chan<- model.Batch) {
	sk := &chanSink{ctx: ctx, out: out}
	done := make(chan struct{})
	go func() {
		run(ctx, sources, batchSize, sk)
		close(done)
		sk.close()
	}()
	go func() {
		select {
		case <-ctx.Done():
			sk.close()
		case <-done:
		}
	}()
}

// LoadAll is Stream collected: every story (deduplicated by ID, the first
// wins, in the order of the sources and of each source's files) and every
// failure, one per failed file.
func LoadAll(ctx context.Context, sources []Source) ([]*model.Story, []error) {
	c := &collectSink{jobs: map[int][]*model.Story{}, errs: map[int][]error{}}
	run(ctx, sources, 1024, c)

	var stories []*model.Story
	seen := map[string]bool{}
	for _, j := range slices.Sorted(maps.Keys(c.jobs)) {
		for _, s := range c.jobs[j] {
			if !seen[s.ID] {
				seen[s.ID] = true
				stories = append(stories, s)
			}
		}
	}
	var errs []error
	for _, i := range slices.Sorted(maps.Keys(c.errs)) {
		errs = append(errs, c.errs[i]...)
	}
	if err := ctx.Err(); err != nil {
		errs = append(errs, err)
	}
	return stories, errs
}

// job is a unit of work: one file, or the story files of one folder.
type job struct {
	index int
	src   *sourceState
	files []file
}

// sourceState gathers one source's failures until its last job is done,
// so that the source reports at most one (joined) failure.
type sourceState struct {
	index   int
	origin  model.Origin
	sink    sink
	mu      sync.Mutex
	pending int // jobs not finished, +1 while the source is being planned
	errs    []indexedError
}

type indexedError struct {
	job int
	err error
}

func (s *sourceState) finish(job int, errs ...error) {
	s.mu.Lock()
	for _, err := range errs {
		if err != nil {
			s.errs = append(s.errs, indexedError{job, err})
		}
	}
	s.pending--
	var report []error
	if s.pending == 0 && len(s.errs) > 0 {
		slices.SortStableFunc(s.errs, func(a, b indexedError) int { return a.job - b.job })
		for _, e := range s.errs {
			report = append(report, e.err)
		}
		s.errs = nil
	}
	s.mu.Unlock()
	if report != nil {
		s.sink.failed(s.index, s.origin, report)
	}
}

// run does the work of Stream and LoadAll: it plans the sources one after
// another and reads their files on runtime.NumCPU() workers.
func run(ctx context.Context, sources []Source, batchSize int, sk sink) {
	if batchSize <= 0 {
		batchSize = defaultBatch
	}
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.src.finish(j.index, runJob(ctx, j, batchSize, sk)...)
			}
		}()
	}
	next := 0
	for i, src := range sources {
		if ctx.Err() != nil {
			break
		}
		st := &sourceState{index: i, origin: src.Origin(), sink: sk, pending: 1}
		src.plan(ctx,
			func(files []file) bool {
				for k := range files {
					files[k].opts = src.opts
				}
				st.mu.Lock()
				st.pending++
				st.mu.Unlock()
				j := job{index: next, src: st, files: files}
				next++
				select {
				case jobs <- j:
					return true
				case <-ctx.Done():
					st.finish(j.index)
					return false
				}
			},
			func(err error) {
				st.mu.Lock()
				st.errs = append(st.errs, indexedError{next, err})
				st.mu.Unlock()
			})
		st.finish(next)
	}
	close(jobs)
	wg.Wait()
}

// runJob reads a job's files, sending their stories in batches; it returns
// the failures, one per failed file.
func runJob(ctx context.Context, j job, batchSize int, sk sink) (errs []error) {
	em := &emitter{ctx: ctx, sink: sk, job: j.index, origin: j.src.origin, max: batchSize, next: min(firstBatch, batchSize)}
	var stories *normaliser // shared by the job's story files: one source per folder
	for _, f := range j.files {
		if ctx.Err() != nil {
			break
		}
		if err := loadFile(ctx, f, em, &stories); err != nil && ctx.Err() == nil {
			errs = append(errs, err)
		}
	}
	em.flush()
	return errs
}

// loadFile reads one file: detects its format and parses it.
func loadFile(ctx context.Context, f file, em *emitter, stories **normaliser) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = newPanicError(v)
		}
		var pe *panicError
		if errors.As(err, &pe) {
			err = &fileError{path: f.display, msg: fmt.Sprintf("internal error while reading this file (%v); please report it with the file", pe.value), err: pe}
		}
	}()
	rc, size, err := f.open()
	if err != nil {
		var fe *fileError
		if errors.As(err, &fe) {
			return err
		}
		return openError(f.display, err)
	}
	defer rc.Close()
	if size > MaxFileSize {
		return &fileError{path: f.display, msg: fmt.Sprintf("larger than the 64 MiB limit (%d MiB); split the feed", (size+(1<<20)-1)>>20), err: ErrTooLarge}
	}
	var raw io.Reader = &limitReader{r: rc, left: MaxFileSize}
	var rec *recorder
	if !f.reopen {
		rec = &recorder{r: raw}
		raw = rec
	}
	in, err := sniff(raw)
	if err != nil {
		return wrapFileError(f, err, 0)
	}

	hint, empty := "pass an RSS, Atom or JSON Feed file", "empty file"
	if f.remote {
		hint, empty = "check that the address is an RSS, Atom or JSON Feed", "empty document"
	}
	notFeed := func(why string) error {
		if f.quiet && !feedExt[strings.ToLower(filepath.Ext(f.display))] {
			return nil
		}
		return &fileError{path: f.display, msg: "not a feed (" + why + "); " + hint, err: ErrNotFeed}
	}
	switch in.format {
	case formatEmpty:
		if f.quiet && !feedExt[strings.ToLower(filepath.Ext(f.display))] {
			return nil
		}
		return &fileError{path: f.display, msg: empty + "; " + hint, err: ErrNotFeed}
	case formatHTML:
		if f.remote {
			return &fileError{path: f.display, msg: "not a feed (it is a web page); subscribe to the address of the feed it links to, " +
				"or run \"dateline add " + f.display + "\", which finds it", err: ErrNotFeed}
		}
		return notFeed("it is an HTML page; give the feed it links to")
	case formatJSON:
		return notFeed("JSON without a JSON Feed version")
	case formatXML:
		return notFeed(fmt.Sprintf("the root element is <%s>, not <rss>, <feed> or <rdf:RDF>", SanitizeLine(capText(in.root, 40))))
	case formatUnknown:
		if storyExt[strings.ToLower(filepath.Ext(f.display))] {
			if f.quiet {
				return nil
			}
			return &fileError{path: f.display, msg: "not a story file (no YAML front matter: a story file starts with a line \"---\")", err: ErrNotFeed}
		}
		return notFeed("no <rss>, <feed>, <rdf:RDF> or JSON Feed version found")
	case formatStory:
		if *stories == nil {
			*stories = f.normaliser(f.folder, f.dirKey)
		}
		it, err := parseStoryFile(in.r)
		if err != nil {
			return wrapFileError(f, err, 0)
		}
		if s := (*stories).story(it, &feedInfo{}); s != nil {
			return em.add(s)
		}
		return nil
	}

	n := f.normaliser(f.name, f.key)
	normalise := func(it *rawItem, feed *feedInfo) error {
		if s := n.story(it, feed); s != nil {
			return em.add(s)
		}
		return nil
	}
	parse := parseXML
	if in.format == formatJSONFeed {
		parse = parseJSONFeed
	}
	items := 0
	err = pipeline(ctx, func(emit func(*rawItem) error, feed *feedInfo) error {
		return parse(ctx, in, feed, func(it *rawItem) error {
			if items++; items == 1 && rec != nil {
				rec.stop() // an item is out: gofeed will not be needed
			}
			return emit(it)
		})
	}, normalise)
	if se, ok := asSyntaxError(err, 0); ok && items == 0 && ctx.Err() == nil {
		// Nothing read yet: gofeed forgives some breakage; if it fails
		// too, the fast path's error (with its line) is the one shown.
		if r := reread(f, rec); r != nil {
			feed := &feedInfo{}
			gerr := parseGofeed(r, feed, func(it *rawItem) error { return normalise(it, feed) })
			if gerr == nil && n.count > 0 {
				return nil
			}
		}
		err = se
	}
	if err != nil && ctx.Err() == nil {
		return wrapFileError(f, err, n.count)
	}
	return nil
}

// normaliser makes the normaliser for the file's stories, named and keyed
// as given (the file's own, or its folder's for story files).
func (f file) normaliser(name, key string) *normaliser {
	n := newNormaliser(name, key)
	n.base, n.opts = f.base, f.opts
	return n
}

// pipeline runs parse on a goroutine of its own and normalise on this one,
// so that on a second core turning items into stories overlaps reading the
// file. Items cross in chunks, small at first so the first stories are not
// held back; each carries a snapshot of what the feed has said about itself
// so far, as parse goes on changing its feedInfo.
func pipeline(ctx context.Context, parse func(emit func(*rawItem) error, feed *feedInfo) error,
	normalise func(*rawItem, *feedInfo) error) error {
	type item struct {
		raw  *rawItem
		feed *feedInfo
	}
	chunks := make(chan []item, 4)
	stop := make(chan struct{})
	var parseErr error
	go func() {
		defer close(chunks)
		defer func() {
			if v := recover(); v != nil {
				parseErr = newPanicError(v)
			}
		}()
		feed := &feedInfo{}
		var snap *feedInfo
		size := 1
		var chunk []item
		send := func() bool {
			select {
			case chunks <- chunk:
				chunk, size = nil, min(2*size, 64)
				return true
			case <-stop:
				return false
			}
		}
		parseErr = parse(func(it *rawItem) error {
			if snap == nil || *snap != *feed {
				c := *feed
				snap = &c
			}
			chunk = append(chunk, item{it, snap})
			if len(chunk) >= size && !send() {
				return context.Canceled
			}
			return nil
		}, feed)
		if len(chunk) > 0 {
			send()
		}
	}()
	var err error
	for chunk := range chunks {
		for _, it := range chunk {
			if err == nil {
				err = normalise(it.raw, it.feed)
				if err != nil {
					close(stop)
				}
			}
		}
	}
	if err != nil {
		return err
	}
	if parseErr == nil && ctx.Err() != nil {
		return ctx.Err()
	}
	return parseErr
}

// reread gives the whole file again for the gofeed retry: reopened, or for
// standard input the bytes recorded so far followed by the rest.
func reread(f file, rec *recorder) io.Reader {
	if rec != nil {
		if rec.stopped {
			return nil
		}
		return io.MultiReader(bytes.NewReader(rec.buf.Bytes()), rec.r)
	}
	rc, _, err := f.open()
	if err != nil {
		return nil
	}
	// Read fully now: parseGofeed does, and the file is closed here.
	defer rc.Close()
	data, err := io.ReadAll(&limitReader{r: rc, left: MaxFileSize})
	if err != nil {
		return nil
	}
	return bytes.NewReader(data)
}

// wrapFileError names the file, and the stories kept before the failure;
// for a feed that is not well-formed, what to do about it.
func wrapFileError(f file, err error, kept int) error {
	var se *syntaxError
	if errors.As(err, &se) {
		se.Kept = kept
		return &fileError{path: f.display, msg: se.Error() + "; " + brokenAdvice(f), err: err}
	}
	if se, ok := asSyntaxError(err, kept); ok {
		return &fileError{path: f.display, msg: se.Error() + "; " + brokenAdvice(f), err: err}
	}
	msg := err.Error()
	var je *jsonSyntaxError
	broken := errors.As(err, &je)
	if errors.Is(err, ErrTooLarge) {
		msg = errTooLarge.Error()
	}
	switch {
	case kept == 1:
		msg += "; showing the 1 story before it"
	case kept > 1:
		msg += fmt.Sprintf("; showing the %d stories before it", kept)
	}
	if broken {
		msg += "; " + brokenAdvice(f)
	}
	return &fileError{path: f.display, msg: msg, err: err}
}

// brokenAdvice says what to do about a feed that is not well-formed.
func brokenAdvice(f file) string {
	if f.remote {
		return "the site sent a broken feed: it is fetched again at the next refresh; if it stays broken, tell its publisher"
	}
	return "fix the file, or download the feed again"
}
