package app

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// Subscriptions: the feeds the config names, fetched (or read, for local
// ones) into the library. A refresh sends what it parses to the reader as
// it comes, with progress, and keeps each feed's fetch state in the
// library so that the next refresh, in this process or another, is a
// conditional one and respects the server's wishes.

// Subscription is one feed to refresh.
type Subscription struct {
	// Key names the feed in the library: its URL, or a local feed's
	// absolute path. Its stories are stored under it.
	Key string
	// URL is the address of a remote feed; Path, a local one's.
	URL, Path string
	// Name is what the user calls it (the config's name, else the feed's
	// title once known, else the key).
	Name string
	// Options apply to every story of the feed.
	Options feeds.Options
	// Username and Password are sent as HTTP basic auth (the password
	// already read from its command or variable).
	Username, Password string
	// FullText fetches the articles of the feed's new stories after it
	// is refreshed (see fetchArticles).
	FullText bool
}

// movedAfter is how many fetches in a row must see the same permanent
// redirect before a subscription's address is changed.
const movedAfter = 3

// Refresher refreshes subscriptions.
type Refresher struct {
	Loader  Loader // with a Store: fetch state is kept there
	Fetcher *fetch.Fetcher

	mu sync.Mutex // one refresh at a time
}

// Result is how one subscription's refresh went.
type Result struct {
	Sub     Subscription
	Status  store.FetchStatus
	Stories int // parsed this time
	Err     error
	// MoveTo is set when the feed has answered with the same permanent
	// redirect movedAfter times: the subscription should follow it.
	MoveTo string

	// linked are the stories parsed, in feed order, for a FullText
	// subscription: whose articles to fetch.
	linked []articleJob
}

// Step is work a refresh does before the feeds, such as a sync with a feed
// server: it counts as one feed in the progress, and its failure is sent
// as the failure of From.
type Step struct {
	From model.Origin
	Run  func(ctx context.Context, out chan<- model.Event) error
}

// Refresh runs the steps, then fetches (or reads) the subscriptions, force ignoring the floors
// servers set, and sends their stories to out as they are parsed, each
// batch named by the subscription's key, with a Progress batch as each
// feed is done and a final one with Finished set. It returns one Result a
// subscription, in the order of subs. It does not close out. out may be
// nil (dateline refresh): the stories are only stored.
func (r *Refresher) Refresh(ctx context.Context, subs []Subscription, force bool, out chan<- model.Event, steps ...Step) []Result {
	r.mu.Lock()
	defer r.mu.Unlock()
	st := r.Loader.Store
	states := map[string]store.FeedState{}
	if st != nil {
		if s, err := st.FeedStates(ctx); err == nil {
			states = s
		}
	}
	results := make([]Result, len(subs))
	for i, s := range subs {
		results[i].Sub = s
	}
	progress := model.RefreshProgressed{Total: len(subs) + len(steps)}
	failed := 0
	report := func() { sendTo(ctx, out, progress) }
	report()
	for _, s := range steps {
		if err := s.Run(ctx, out); err != nil && ctx.Err() == nil {
			sendTo(ctx, out, model.SourceFailed{From: s.From, Err: err})
			failed++
		}
		progress.Done++
		report()
	}

	var in *ingester
	if st != nil {
		in = startIngester(ctx, st, out)
		in.stored = r.Loader.Stored
	}
	var mu sync.Mutex // guards results and progress, and keeps reports in order
	finish := func(i int, res Result) {
		mu.Lock()
		defer mu.Unlock()
		results[i] = res
		progress.Done++
		if res.Err != nil {
			sendTo(ctx, out, model.SourceFailed{From: model.Feed(res.Sub.Key), Err: res.Err})
			failed++
		}
		report()
	}

	// Local feeds are read as sources are; remote ones fetched in a pool,
	// parsed by a few workers as their bodies arrive.
	var reqs []fetch.Request
	var remote []int
	var wg sync.WaitGroup
	for i, sub := range subs {
		if sub.URL == "" {
			wg.Add(1)
			go func() {
				defer wg.Done()
				finish(i, r.local(ctx, sub, states[sub.Key], in, out))
			}()
			continue
		}
		fs := states[sub.Key]
		if fs.Dead && !force {
			finish(i, Result{Sub: sub, Status: store.StatusDead, Err: fmt.Errorf("%s: gone (HTTP 410) at its last fetch; remove it with dateline remove, or add its new address", sub.Name)})
			continue
		}
		reqs = append(reqs, fetch.Request{URL: sub.URL, ETag: fs.ETag, LastModified: fs.LastModified,
			NotBefore: fs.NextFetch, Force: force, Username: sub.Username, Password: sub.Password})
		remote = append(remote, i)
	}
	byURL := map[string]int{}
	for k, i := range remote {
		byURL[reqs[k].URL] = i
	}
	bodies := make(chan fetch.Result)
	for range max(1, runtime.NumCPU()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for res := range bodies {
				i := byURL[res.Request.URL]
				finish(i, r.remote(ctx, subs[i], states[subs[i].Key], res, in, out))
			}
		}()
	}
	r.Fetcher.FetchAll(ctx, reqs, func(res fetch.Result) {
		select {
		case bodies <- res:
		case <-ctx.Done():
		}
	})
	close(bodies)
	wg.Wait()
	if in != nil {
		if err := in.Finish(); err != nil {
			sendTo(ctx, out, model.SourceFailed{From: model.Library(), Err: err})
		}
		// The stories are stored: their articles can be kept with them.
		r.fetchArticles(ctx, results)
	}
	sendTo(ctx, out, model.RefreshFinished{Feeds: progress.Total, Failed: failed})
	return results
}

// local reads a local subscription the way a SOURCE argument is read, and
// keeps how that went as its fetch state. Files unchanged since their last
// read are not parsed: "not modified", as a 304 is.
func (r *Refresher) local(ctx context.Context, sub Subscription, fs store.FeedState, in *ingester, out chan<- model.Event) Result {
	src := feeds.Path(sub.Path).With(sub.Options)
	res := Result{Sub: sub, Status: store.StatusOK}
	defer func() {
		now := time.Now()
		fs.Key, fs.LastFetch, fs.Status, fs.Error = sub.Key, now, res.Status, ""
		if res.Err != nil {
			fs.Error = res.Err.Error()
		} else {
			fs.LastOK = now
		}
		r.save(ctx, fs)
	}()
	counted := make(chan model.Event)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for e := range counted {
			switch e := e.(type) {
			case model.SourceFailed:
				// Sent once, by Refresh, as the result's error.
				res.Err, res.Status = e.Err, store.StatusFailed
			case model.StoriesArrived:
				res.Stories += len(e.Stories)
				res.linked = linkedOf(sub, res.linked, e.Stories)
				if fs.Title == "" && sub.Options.Name == "" && len(e.Stories) > 0 {
					fs.Title = e.Stories[0].Source
				}
				e.From = model.Feed(sub.Key)
				sendTo(ctx, out, e)
			default:
				sendTo(ctx, out, e)
			}
		}
	}()
	parsed := r.Loader.source(ctx, src, in, nil, counted)
	close(counted)
	<-done
	if !parsed && res.Err == nil {
		res.Status, res.Stories = store.StatusNotModified, 0
	}
	return res
}

// remote handles one fetch's result: keeps the feed's state, and parses
// and stores a body.
func (r *Refresher) remote(ctx context.Context, sub Subscription, fs store.FeedState, res fetch.Result, in *ingester, out chan<- model.Event) Result {
	now := res.Fetched
	if now.IsZero() {
		now = time.Now()
	}
	fs.Key = sub.Key
	out1 := Result{Sub: sub}
	switch {
	case res.Skipped:
		out1.Status = store.StatusSkipped // the state, and its last error, stay as they were
		return out1
	case res.Err != nil:
		fs.LastFetch, fs.Status, fs.Error = now, store.StatusFailed, res.Err.Error()
		if res.Gone {
			fs.Status, fs.Dead = store.StatusGone, true
		}
		if !res.NextFetch.IsZero() {
			fs.NextFetch = res.NextFetch
		}
		out1.Status, out1.Err = fs.Status, res.Err
		r.save(ctx, fs)
		return out1
	}
	fs.LastFetch, fs.LastOK, fs.Error = now, now, ""
	fs.ETag, fs.LastModified, fs.NextFetch = res.ETag, res.LastModified, res.NextFetch
	out1.MoveTo = noteMove(&fs, res.MovedTo)
	if res.NotModified {
		fs.Status, out1.Status = store.StatusNotModified, store.StatusNotModified
		r.save(ctx, fs)
		return out1
	}
	batches := make(chan model.Batch, 4)
	src := feeds.Remote(sub.URL, res.Body).With(sub.Options)
	feeds.Stream(ctx, []feeds.Source{src}, parseBatch, batches)
	var ids []string
	var failed error
	for b := range batches {
		if b.Err != nil {
			failed = b.Err
			continue // sent once, by Refresh, as the result's error
		}
		e := model.StoriesArrived{From: model.Feed(sub.Key), Stories: b.Stories}
		if r.Loader.Store != nil {
			e.States = r.Loader.states(ctx, b.Stories)
		}
		if in != nil {
			in.Add(sub.Key, b.Stories)
			for _, s := range b.Stories {
				ids = append(ids, s.ID)
			}
		}
		if fs.Title == "" && sub.Options.Name == "" {
			fs.Title = b.Stories[0].Source
		}
		out1.Stories += len(b.Stories)
		out1.linked = linkedOf(sub, out1.linked, b.Stories)
		sendTo(ctx, out, e)
	}
	if failed != nil {
		// The validators would say "you have this" of a body we could not
		// read whole: forget them, so the next fetch gets it all again.
		fs.ETag, fs.LastModified, fs.Status, fs.Error = "", "", store.StatusFailed, failed.Error()
		out1.Status, out1.Err = store.StatusFailed, failed
	} else {
		fs.Status, out1.Status = store.StatusOK, store.StatusOK
		if in != nil && ctx.Err() == nil {
			in.markGone(sub.Key, ids)
		}
	}
	r.save(ctx, fs)
	return out1
}

// linkedOf adds the stories to jobs when the subscription fetches
// articles.
func linkedOf(sub Subscription, jobs []articleJob, stories []*model.Story) []articleJob {
	if !sub.FullText {
		return jobs
	}
	for _, s := range stories {
		jobs = append(jobs, articleJob{id: s.ID, link: s.Link()})
	}
	return jobs
}

// noteMove counts fetches that ended at the same permanent redirect, and
// returns the address to move the subscription to once there have been
// enough.
func noteMove(fs *store.FeedState, to string) string {
	switch {
	case to == "":
		fs.MovedTo, fs.MovedCount = "", 0
		return ""
	case to == fs.MovedTo:
		fs.MovedCount++
	default:
		fs.MovedTo, fs.MovedCount = to, 1
	}
	if fs.MovedCount >= movedAfter {
		return to
	}
	return ""
}

func (r *Refresher) save(ctx context.Context, fs store.FeedState) {
	if st := r.Loader.Store; st != nil {
		_ = st.SaveFeedState(ctx, fs) // a failure shows at the next write (Flush)
	}
}

// Failed returns the results that failed, for a one-line report each.
func Failed(results []Result) []Result {
	var out []Result
	for _, res := range results {
		if res.Err != nil {
			out = append(out, res)
		}
	}
	return out
}

// sendTo is send for an optional channel.
func sendTo(ctx context.Context, out chan<- model.Event, e model.Event) {
	if out != nil {
		send(ctx, out, e)
	}
}
