package fetch

import (
	"context"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// gauge counts requests in progress and remembers the most at once.
type gauge struct{ now, most atomic.Int64 }

func (g *gauge) enter() {
	n := g.now.Add(1)
	for m := g.most.Load(); n > m && !g.most.CompareAndSwap(m, n); m = g.most.Load() {
	}
}

func (g *gauge) leave() { g.now.Add(-1) }

func TestFetchAllLimitsConcurrency(t *testing.T) {
	var all gauge
	hostA, hostB := new(gauge), new(gauge)
	handler := func(host *gauge) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			all.enter()
			host.enter()
			// Long enough for the pool to start whatever else it would.
			time.Sleep(10 * time.Millisecond)
			host.leave()
			all.leave()
			io.WriteString(w, testFeed)
		}
	}
	a, b := serve(t, handler(hostA)), serve(t, handler(hostB))
	var reqs []Request
	for i := range 10 {
		reqs = append(reqs, Request{URL: a.URL + "/" + strconv.Itoa(i)}, Request{URL: b.URL + "/" + strconv.Itoa(i)})
	}
	// Answered without a worker: a bad address and a skipped request.
	reqs = append(reqs, Request{URL: "not a url"}, Request{URL: a.URL + "/later", NotBefore: testNow().Add(time.Hour)})

	f := testFetcher()
	f.Workers, f.PerHost = 3, 2
	seen := map[string]int{}
	f.FetchAll(context.Background(), reqs, func(res Result) {
		seen[res.Request.URL]++ // no lock: done calls come one at a time
		if res.Err != nil && res.Request.URL != "not a url" {
			t.Errorf("%s: %v", res.Request.URL, res.Err)
		}
	})
	for _, r := range reqs {
		if seen[r.URL] != 1 {
			t.Errorf("%s reported %d times, want once", r.URL, seen[r.URL])
		}
	}
	if got := all.most.Load(); got > 3 || got < 2 {
		t.Errorf("at most %d requests at once, want 2 or 3 (Workers)", got)
	}
	if a, b := hostA.most.Load(), hostB.most.Load(); a > 2 || b > 2 {
		t.Errorf("at most %d and %d requests at once to one host, want 2 at most (PerHost)", a, b)
	}
}

func TestFetchAllSlowHostDoesNotHoldUpOthers(t *testing.T) {
	release := make(chan struct{})
	slow := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		io.WriteString(w, testFeed)
	})
	fast := serve(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, testFeed) })
	var reqs []Request
	for i := range 5 {
		reqs = append(reqs, Request{URL: slow.URL + "/" + strconv.Itoa(i)})
	}
	for i := range 10 {
		reqs = append(reqs, Request{URL: fast.URL + "/" + strconv.Itoa(i)})
	}

	f := testFetcher()
	f.Workers, f.PerHost = 4, 2
	// The slow host answers only once the fast one is done (or, if the
	// pool waited for it, at the timeout, with errors that fail the test).
	var order []bool
	fastDone := 0
	f.FetchAll(context.Background(), reqs, func(res Result) {
		if res.Err != nil {
			t.Errorf("%s: %v", res.Request.URL, res.Err)
		}
		isFast := strings.HasPrefix(res.Request.URL, fast.URL+"/")
		order = append(order, isFast)
		if isFast {
			if fastDone++; fastDone == 10 {
				close(release)
			}
		}
	})
	for i, isFast := range order {
		if isFast != (i < 10) {
			t.Fatalf("results came from the fast host: %v; want the fast host's ten first", order)
		}
	}
}

func TestFetchAllOrderIsRandomButSeeded(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		io.WriteString(w, testFeed)
	})
	var reqs []Request
	for i := range 10 {
		reqs = append(reqs, Request{URL: s.URL + "/" + strconv.Itoa(i)})
	}
	run := func(seed uint64) []string {
		paths = nil
		f := testFetcher()
		f.Workers = 1 // so the server sees the order the pool chose
		f.Shuffle = rand.New(rand.NewPCG(seed, seed)).Shuffle
		f.FetchAll(context.Background(), reqs, nil)
		return slices.Clone(paths)
	}
	one, again, two := run(1), run(1), run(2)
	if !slices.Equal(one, again) {
		t.Errorf("seed 1 gave %v, then %v", one, again)
	}
	if slices.Equal(one, two) {
		t.Errorf("seeds 1 and 2 both gave %v", one)
	}
	if sorted := slices.Sorted(slices.Values(one)); len(one) != 10 || !slices.Equal(sorted, slices.Compact(sorted)) {
		t.Errorf("fetched %v, want each of the 10 once", one)
	}
}

func TestFetchAllStopsWhenCanceled(t *testing.T) {
	arrived := make(chan struct{}, 1)
	var hits atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		select {
		case arrived <- struct{}{}:
		default:
		}
		<-r.Context().Done()
	})
	var reqs []Request
	for i := range 6 {
		reqs = append(reqs, Request{URL: s.URL + "/" + strconv.Itoa(i)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived
		cancel()
	}()
	f := testFetcher()
	f.Workers = 2 // one per host, so five wait when ctx ends
	reported := 0
	f.FetchAll(ctx, reqs, func(res Result) {
		reported++
		if fe := fetchError(t, res); fe.Kind != KindCanceled {
			t.Errorf("%s: %v, want canceled", res.Request.URL, res.Err)
		}
	})
	if reported != 6 || hits.Load() != 1 {
		t.Errorf("%d reported, %d requests made; want 6 reported, 1 made", reported, hits.Load())
	}
}
