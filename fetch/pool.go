package fetch

// Fetching many feeds at once, politely: a few workers in all, fewer still
// for any one host, so that dateline never hammers a site and a site that
// hangs never holds up the rest.

import (
	"context"
	"math/rand/v2"
	"net/url"
	"strings"
)

const (
	defaultWorkers = 8
	defaultPerHost = 2
)

// FetchAll fetches every request, at most Workers at once and at most
// PerHost at once from one host, in random order (see Shuffle), taking
// hosts in turn. A request that needs no network (a bad address, or one
// skipped for its NotBefore) is answered at once, without a worker.
//
// done is called once for every request, with its Result, as each
// finishes. The calls are made one at a time, on the goroutine that
// called FetchAll, so done needs no locking; a slow done delays the start
// of further fetches, never the ones already running. done may be nil.
//
// FetchAll returns when every request is done. When ctx ends it starts no
// more, reports those it did not start as canceled (KindCanceled), and
// returns once the running ones have stopped, which they do at once.
func (f *Fetcher) FetchAll(ctx context.Context, rs []Request, done func(Result)) {
	if done == nil {
		done = func(Result) {}
	}
	workers, perHost := f.poolSize()
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	shuffle := f.Shuffle
	if shuffle == nil {
		shuffle = rand.Shuffle
	}
	shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })

	var jobs []fetchJob
	var hosts []string
	now := f.now()
	for _, i := range order {
		res, u := f.precheck(rs[i], now)
		if u == nil {
			done(res)
			continue
		}
		jobs, hosts = append(jobs, fetchJob{rs[i], u}), append(hosts, hostKey(u))
	}
	unstarted := schedule(ctx, workers, perHost, hosts,
		func(i int) Result { return f.fetch(ctx, jobs[i].r, jobs[i].u) },
		func(_ int, res Result) { done(res) })
	for _, i := range unstarted {
		r := jobs[i].r
		done(Result{Request: r, ETag: r.ETag, LastModified: r.LastModified, Fetched: f.now(),
			Err: &Error{URL: redact(r.URL), Kind: KindCanceled, Err: ctx.Err(),
				reason: "not fetched, as fetching was stopped; it will be fetched at the next refresh"}})
	}
}

// poolSize is Workers and PerHost with their defaults, PerHost kept below
// Workers.
func (f *Fetcher) poolSize() (workers, perHost int) {
	workers, perHost = f.Workers, f.PerHost
	if workers <= 0 {
		workers = defaultWorkers
	}
	if perHost <= 0 {
		perHost = defaultPerHost
	}
	if workers > 1 {
		perHost = min(perHost, workers-1)
	}
	return workers, perHost
}

// schedule runs job i (run(i)) for each host in hosts, at most workers
// at once and perHost at once for one host, starting them in order within
// each host and taking hosts in turn. done gets each result as its job
// ends, on the calling goroutine, one at a time. When ctx ends it starts
// no more, waits for the running ones and returns the jobs never started.
func schedule[R any](ctx context.Context, workers, perHost int, hosts []string, run func(i int) R, done func(i int, r R)) (unstarted []int) {
	// Each host has a queue. ready holds the hosts that have a job
	// waiting and a free slot, each at most once, in turn: a host goes to
	// the back when it is given a worker, so hosts alternate and none
	// starves.
	var ready, all []*hostQueue
	queues := map[string]*hostQueue{}
	for i, key := range hosts {
		h := queues[key]
		if h == nil {
			h = &hostQueue{queued: true}
			queues[key] = h
			ready, all = append(ready, h), append(all, h)
		}
		h.jobs = append(h.jobs, i)
	}
	type finished struct {
		h   *hostQueue
		i   int
		res R
	}
	results := make(chan finished, workers) // never blocks a worker
	running := 0
	for {
		for running < workers && len(ready) > 0 && ctx.Err() == nil {
			h := ready[0]
			ready = ready[1:]
			i := h.jobs[0]
			h.jobs = h.jobs[1:]
			h.active++
			running++
			go func() { results <- finished{h, i, run(i)} }()
			if h.queued = len(h.jobs) > 0 && h.active < perHost; h.queued {
				ready = append(ready, h)
			}
		}
		if running == 0 {
			break
		}
		fin := <-results
		running--
		fin.h.active--
		if len(fin.h.jobs) > 0 && !fin.h.queued {
			fin.h.queued = true
			ready = append(ready, fin.h)
		}
		done(fin.i, fin.res)
	}
	// Only an ended ctx leaves jobs unstarted.
	for _, h := range all {
		unstarted = append(unstarted, h.jobs...)
	}
	return unstarted
}

// hostQueue is one host's requests not yet started, and how many of its
// requests are running.
type hostQueue struct {
	jobs   []int
	active int
	queued bool // in ready
}

type fetchJob struct {
	r Request
	u *url.URL
}

// hostKey is what PerHost counts by: the host name, lower case, and the
// port, the scheme's default if none is written (so that example.com and
// example.com:443 are one host over https).
func hostKey(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	return strings.ToLower(u.Hostname()) + ":" + port
}
