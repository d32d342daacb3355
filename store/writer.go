package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// MaxTxStories is the most stories one write transaction commits, so that a
// state change queued behind an ingest waits for one short transaction at
// most (about 0.1 s).
const MaxTxStories = 2000

// A job is one unit of queued work. Jobs from the state queue are committed
// together, first; consecutive ingest jobs share a transaction up to
// MaxTxStories stories.
type job struct {
	seq    int64
	weight int // stories written, for the transaction cap
	run    func(t *wtx) error
	// done, if set, gets the job's result and the caller reports it;
	// otherwise a failure is kept for Flush.
	done chan error
}

// writer owns the write connection. All writes go through its goroutine.
type writer struct {
	s      *Store
	state  chan job
	ingest chan job
	quit   chan struct{}
	exited chan struct{}

	// sendMu guards closed; senders hold it for reading while they send.
	sendMu sync.RWMutex
	closed atomic.Bool
	// stateMu and ingestMu order the sends to each queue with their
	// sequence numbers, so a queue's done count means "all up to here".
	stateMu, ingestMu   sync.Mutex
	stateSeq, ingestSeq atomic.Int64

	mu                    sync.Mutex
	stateDone, ingestDone int64
	progress              chan struct{} // closed and replaced when a done count moves
	errs                  []error       // failures not yet returned by Flush

	stmts map[string]*sql.Stmt // prepared on the write connection
	// mergeDue says the index has segments that may need merging: the
	// writer merges them when it has nothing else to do.
	mergeDue bool
	// checkpointDue says the writer has committed since it was last idle.
	checkpointDue bool
	// bodiesDue says stories may be waiting for their body's words to be
	// indexed (see indexBodies).
	bodiesDue bool
}

// mergeAfter is how long the writer waits with nothing to do before it
// merges the index and has the WAL checkpointed: an ingest pauses that
// long between batches only when it is over.
const mergeAfter = 300 * time.Millisecond

// mergeSteps is how much index merging one idle transaction does (about
// 16 KiB pages written): tens of milliseconds, so a state change that
// arrives meanwhile waits no longer than that.
const mergeSteps = 64

// mergeIndex does one step of merging the index's segments, in its own
// transaction, and clears mergeDue once there is nothing left to merge.
func (w *writer) mergeIndex() {
	ctx := context.Background()
	var before, after int64
	err := w.s.wdb.QueryRowContext(ctx, "SELECT total_changes()").Scan(&before)
	if err == nil {
		_, err = w.s.wdb.ExecContext(ctx, "INSERT INTO fts (fts, rank) VALUES ('merge', ?)", mergeSteps)
	}
	if err == nil {
		err = w.s.wdb.QueryRowContext(ctx, "SELECT total_changes()").Scan(&after)
	}
	// SQLite's word for it: fewer than 2 changes means nothing to merge.
	// A failure is not worth reporting: the index works unmerged, and the
	// next write makes merging due again.
	if err != nil || after-before < 2 {
		w.mergeDue = false
	}
}

// bodyStep is how many stories one idle transaction indexes the bodies
// of: tens of milliseconds, so that a state change waits no longer.
const bodyStep = 256

// indexBodiesStep indexes the bodies of up to bodyStep stories in its own
// transaction, and clears bodiesDue once none are left. A failure leaves
// them for later: searching them by their bodies waits, nothing is lost.
func (w *writer) indexBodiesStep() {
	ctx := context.Background()
	n := 0
	tx, err := w.s.wdb.BeginTx(ctx, nil)
	if err == nil {
		n, err = indexBodies(ctx, tx, w.s.codec, bodyStep)
		if err == nil {
			err = tx.Commit()
		} else {
			tx.Rollback()
		}
	}
	if err != nil || n < bodyStep {
		w.bodiesDue = false
	}
	if n > 0 {
		w.mergeDue, w.checkpointDue = true, true
	}
}

// indexBodies gives up to limit stories marked body_indexed = 0 their
// whole index text (headline, summary, body, article, source, section), in the
// transaction tx, and returns how many. The codec says what a body's text is.
func indexBodies(ctx context.Context, tx *sql.Tx, codec BodyCodec, limit int) (int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT s.n, s.title, s.summary, s.source, s.section,
coalesce(b.body_kind, ''), coalesce(b.body_raw, ''), coalesce(b.body_base, ''),
coalesce((SELECT a.markdown FROM articles a WHERE a.n = s.n), '')
FROM stories s LEFT JOIN bodies b ON b.n = s.n WHERE s.body_indexed = 0 LIMIT ?`, limit)
	if err != nil {
		return 0, err
	}
	type item struct {
		n                               int64
		title, summary, source, section string
		kind, raw, base                 string
		article                         string
		words                           string
	}
	var items []item
	for rows.Next() {
		var it item
		if err := rows.Scan(&it.n, &it.title, &it.summary, &it.source, &it.section, &it.kind, &it.raw, &it.base, &it.article); err != nil {
			rows.Close()
			return 0, err
		}
		items = append(items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	overCores(len(items), func(x *indexer, i int) {
		it := &items[i]
		var text string
		if it.raw != "" {
			text = codec.Text(it.kind, it.raw, it.base)
		}
		if it.article != "" {
			text += "\n\n" + codec.Text("md", it.article, "")
		}
		it.words = x.words(it.title, it.summary, text, it.source, it.section)
		it.raw, it.article = "", ""
	})
	for _, it := range items {
		// A story waiting for this has no row in the index (see upsert).
		if _, err := tx.ExecContext(ctx, qInsertFTS, it.n, it.words); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET body_indexed = 1 WHERE n = ?`, it.n); err != nil {
			return 0, err
		}
	}
	return len(items), nil
}

func startWriter(s *Store) (*writer, error) {
	w := &writer{
		s:        s,
		state:    make(chan job, 1024),
		ingest:   make(chan job, 8),
		quit:     make(chan struct{}),
		exited:   make(chan struct{}),
		progress: make(chan struct{}),
		stmts:    map[string]*sql.Stmt{},
	}
	for _, q := range writeQueries {
		st, err := s.wdb.Prepare(q)
		if err != nil {
			for _, st := range w.stmts {
				st.Close()
			}
			return nil, err
		}
		w.stmts[q] = st
	}
	w.bodiesDue = true // a library closed before its bodies were indexed
	go w.loop()
	return w, nil
}

func (w *writer) isClosed() bool { return w.closed.Load() }

// send queues j on the state or the ingest queue.
func (w *writer) send(ctx context.Context, state bool, j job) error {
	w.sendMu.RLock()
	defer w.sendMu.RUnlock()
	if w.closed.Load() {
		return ErrClosed
	}
	mu, seq, ch := &w.ingestMu, &w.ingestSeq, w.ingest
	if state {
		mu, seq, ch = &w.stateMu, &w.stateSeq, w.state
	}
	mu.Lock()
	defer mu.Unlock()
	j.seq = seq.Load() + 1
	select {
	case ch <- j:
		seq.Store(j.seq)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// call queues j and waits for its result.
func (w *writer) call(ctx context.Context, state bool, weight int, run func(t *wtx) error) error {
	done := make(chan error, 1)
	if err := w.send(ctx, state, job{weight: weight, run: run, done: done}); err != nil {
		return err
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// pending returns the failures Flush has not yet returned, without
// clearing them.
func (w *writer) pending() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return errors.Join(w.errs...)
}

// flush waits until every job queued before it is committed and returns
// (and forgets) the failures not yet returned.
func (w *writer) flush(ctx context.Context) error {
	st, in := w.stateSeq.Load(), w.ingestSeq.Load()
	for {
		w.mu.Lock()
		if w.stateDone >= st && w.ingestDone >= in {
			err := errors.Join(w.errs...)
			w.errs = nil
			w.mu.Unlock()
			return err
		}
		ch := w.progress
		w.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-w.exited:
			w.mu.Lock()
			err := errors.Join(w.errs...)
			w.errs = nil
			w.mu.Unlock()
			if err == nil {
				err = ErrClosed
			}
			return err
		}
	}
}

// close stops taking jobs, commits those queued and stops the goroutine.
func (w *writer) close() error {
	w.sendMu.Lock()
	w.closed.Store(true)
	w.sendMu.Unlock()
	close(w.quit)
	<-w.exited
	for _, st := range w.stmts {
		st.Close()
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	err := errors.Join(w.errs...)
	w.errs = nil
	return err
}

func (w *writer) loop() {
	defer close(w.exited)
	for {
		select { // state first
		case j := <-w.state:
			w.runState(j)
			continue
		default:
		}
		var idle <-chan time.Time
		if w.mergeDue || w.checkpointDue || w.bodiesDue {
			idle = time.After(mergeAfter)
		}
		select {
		case j := <-w.state:
			w.runState(j)
		case j := <-w.ingest:
			w.runIngest(j)
		case <-idle:
			w.idle()
		case <-w.quit:
			w.drain()
			return
		}
	}
}

// idle indexes the bodies waiting for it and merges the index while
// nothing else is queued, then has the WAL checkpointed.
func (w *writer) idle() {
	for w.bodiesDue && len(w.state) == 0 && len(w.ingest) == 0 && !w.quitting() {
		w.indexBodiesStep()
	}
	for w.mergeDue && len(w.state) == 0 && len(w.ingest) == 0 && !w.quitting() {
		w.mergeIndex()
	}
	if !w.mergeDue {
		w.s.c.committed(true)
		w.checkpointDue = false
	}
}

func (w *writer) quitting() bool {
	select {
	case <-w.quit:
		return true
	default:
		return false
	}
}

// drain runs the jobs left in the queues.
func (w *writer) drain() {
	for {
		select {
		case j := <-w.state:
			w.runState(j)
			continue
		default:
		}
		select {
		case j := <-w.ingest:
			w.runIngest(j)
			continue
		default:
		}
		return
	}
}

// runState commits j and every other state job already queued in one
// transaction, synced to disk (synchronous=FULL) before it is reported.
func (w *writer) runState(j job) {
	jobs := []job{j}
	for len(jobs) < 4096 {
		select {
		case k := <-w.state:
			jobs = append(jobs, k)
			continue
		default:
		}
		break
	}
	w.commit(jobs, true)
}

// runIngest commits j with the ingest jobs queued after it, up to
// MaxTxStories stories, unless a state change is waiting.
func (w *writer) runIngest(j job) {
	jobs := []job{j}
	weight := j.weight
	var next *job
	for weight < MaxTxStories && len(w.state) == 0 {
		select {
		case k := <-w.ingest:
			if weight+k.weight > MaxTxStories {
				next = &k
			} else {
				jobs = append(jobs, k)
				weight += k.weight
				continue
			}
		default:
		}
		break
	}
	w.commit(jobs, false)
	if next != nil {
		// Taken off the queue already: it goes next, after any state job.
		for len(w.state) > 0 {
			w.runState(<-w.state)
		}
		w.runIngest(*next)
	}
}

// commit runs jobs in one transaction, retrying a few times when another
// process holds the database past the busy timeout, then reports.
func (w *writer) commit(jobs []job, state bool) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = w.tx(jobs, state)
		if !isBusy(err) {
			break
		}
	}
	if err != nil {
		err = fmt.Errorf("write to library %s: %w", w.s.path, err)
	}
	w.mu.Lock()
	for _, j := range jobs {
		if j.done != nil {
			j.done <- err
		} else if err != nil && len(w.errs) < 16 {
			w.errs = append(w.errs, err)
			err = nil // one report per transaction
		}
		if state {
			w.stateDone = max(w.stateDone, j.seq)
		} else {
			w.ingestDone = max(w.ingestDone, j.seq)
		}
	}
	close(w.progress)
	w.progress = make(chan struct{})
	w.mu.Unlock()
	w.checkpointDue = true
	w.s.c.committed(false)
}

func (w *writer) tx(jobs []job, state bool) (err error) {
	ctx := context.Background()
	if state {
		if _, err := w.s.wdb.ExecContext(ctx, "PRAGMA synchronous = FULL"); err != nil {
			return err
		}
		defer func() {
			if _, e := w.s.wdb.ExecContext(ctx, "PRAGMA synchronous = NORMAL"); e != nil && err == nil {
				err = e
			}
		}()
	}
	tx, err := w.s.wdb.BeginTx(ctx, nil) // BEGIN IMMEDIATE (_txlock)
	if err != nil {
		return err
	}
	t := &wtx{w: w, tx: tx, ctx: ctx, now: time.Now().Unix(), stmts: map[string]*sql.Stmt{}, maxN: -1}
	for _, j := range jobs {
		if err := j.run(t); err != nil {
			tx.Rollback()
			return err
		}
	}
	wrote := len(t.index) > 0
	if err := t.writeCounts(); err != nil {
		tx.Rollback()
		return err
	}
	if err := t.writeIndex(); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	w.mergeDue = w.mergeDue || wrote
	return nil
}

func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED)
}

// wtx is a write transaction with the statements it has used.
type wtx struct {
	w       *writer
	tx      *sql.Tx
	ctx     context.Context
	now     int64 // unix seconds at the start of the transaction
	stmts   map[string]*sql.Stmt
	added   [9]int64     // new stories by counts.region+1, see writeCounts
	maxN    int64        // the largest stories.n before the first insert, or -1
	index   []indexWrite // written last, see indexWrite
	indexed map[int64]int
	x       indexer
}

// stmt returns q bound to the transaction: prepared once on the write
// connection when it is one of writeQueries, else for this transaction.
func (t *wtx) stmt(q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	var st *sql.Stmt
	if base, ok := t.w.stmts[q]; ok {
		st = t.tx.StmtContext(t.ctx, base)
	} else {
		var err error
		if st, err = t.tx.PrepareContext(t.ctx, q); err != nil {
			return nil, err
		}
	}
	t.stmts[q] = st
	return st, nil
}

func (t *wtx) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

func (t *wtx) queryRow(q string, args ...any) *sql.Row {
	st, err := t.stmt(q)
	if err != nil {
		// A Row with an error: run a statement that fails the same way.
		return t.tx.QueryRowContext(t.ctx, q, args...)
	}
	return st.QueryRowContext(t.ctx, args...)
}

// Flush waits until every write queued before it is committed and returns
// the write failures not returned by an earlier Flush. Call it before the
// process exits (quit, SIGTERM, SIGHUP).
func (s *Store) Flush(ctx context.Context) error { return s.w.flush(ctx) }

// BodiesPending reports whether stories are waiting for their bodies to
// be indexed: a search by words does not find them yet.
func (s *Store) BodiesPending(ctx context.Context) bool {
	var pending bool
	err := s.rdb.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM stories WHERE body_indexed = 0)`).Scan(&pending)
	return err == nil && pending
}

// IndexBodies indexes now the words of every body still waiting for it
// (the writer does it when idle): for a search that must see the stories
// just stored, such as dateline list SOURCE --query. Marks queued
// meanwhile go first.
func (s *Store) IndexBodies(ctx context.Context) error {
	for {
		var n int
		err := s.w.call(ctx, false, MaxTxStories, func(t *wtx) error {
			var err error
			n, err = indexBodies(t.ctx, t.tx, t.w.s.codec, MaxTxStories)
			t.w.mergeDue = t.w.mergeDue || n > 0
			return err
		})
		if err != nil || n < MaxTxStories {
			return err
		}
	}
}
