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
	workers := f.Workers
	if workers <= 0 {
		workers = defaultWorkers
	}
	perHost := f.PerHost
	if perHost <= 0 {
		perHost = defaultPerHost
	}
	if workers > 1 {
		perHost = min(perHost, workers-1)
	}

	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	shuffle := f.Shuffle
	if shuffle == nil {
		shuffle = rand.Shuffle
	}
	shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })

	// Each host has a queue, in the shuffled order. ready holds the hosts
	// that have a request waiting and a free slot, each at most once, in
	// turn: a host goes to the back when it is given a worker, so hosts
	// alternate and none starves.
	var ready, all []*hostQueue
	hosts := map[string]*hostQueue{}
	now := f.now()
	for _, i := range order {
		res, u := f.precheck(rs[i], now)
		if u == nil {
			done(res)
			continue
		}
		key := hostKey(u)
		h := hosts[key]
		if h == nil {
			h = &hostQueue{queued: true}
			hosts[key] = h
			ready, all = append(ready, h), append(all, h)
		}
		h.jobs = append(h.jobs, fetchJob{rs[i], u})
	}

	type finished struct {
		h   *hostQueue
		res Result
	}
	results := make(chan finished, workers) // never blocks a worker
	running := 0
	for {
		for running < workers && len(ready) > 0 && ctx.Err() == nil {
			h := ready[0]
			ready = ready[1:]
			j := h.jobs[0]
			h.jobs = h.jobs[1:]
			h.active++
			running++
			go func() { results <- finished{h, f.fetch(ctx, j.r, j.u)} }()
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
		done(fin.res)
	}

	// Only an ended ctx leaves requests unstarted.
	for _, h := range all {
		for _, j := range h.jobs {
			done(Result{Request: j.r, ETag: j.r.ETag, LastModified: j.r.LastModified, Fetched: f.now(),
				Err: &Error{URL: redact(j.r.URL), Kind: KindCanceled, Err: ctx.Err(),
					reason: "not fetched, as fetching was stopped; it will be fetched at the next refresh"}})
		}
	}
}

// hostQueue is one host's requests not yet started, and how many of its
// requests are running.
type hostQueue struct {
	jobs   []fetchJob
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
