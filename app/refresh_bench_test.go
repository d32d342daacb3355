package app

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/store"
)

// BenchmarkRefresh200Feeds refreshes 200 feeds of 50 items each, served
// from eight loopback hosts (127.0.0.2 to 127.0.0.9, so that the pool and
// the per-host cap both matter), parsed and stored: cold (an empty
// library, every feed new) and all-304 (nothing changed).
func BenchmarkRefresh200Feeds(b *testing.B) {
	const n, items = 200, 50
	var subs []Subscription
	for h := range 8 {
		srv := benchServer(b, h+2, n/8, items)
		for i := range n / 8 {
			u := fmt.Sprintf("%s/%d.xml", srv.URL, i)
			subs = append(subs, Subscription{Key: u, URL: u, Name: u})
		}
	}
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			st, err := store.Open(filepath.Join(b.TempDir(), "library.db"), feeds.Codec{})
			if err != nil {
				b.Fatal(err)
			}
			r := &Refresher{Loader: Loader{Store: st}, Fetcher: &fetch.Fetcher{}}
			b.StartTimer()
			if failed := Failed(r.Refresh(b.Context(), subs, false, nil)); len(failed) > 0 {
				b.Fatal(failed[0].Err)
			}
			b.StopTimer()
			st.Close()
			b.StartTimer()
		}
	})
	b.Run("all-304", func(b *testing.B) {
		st, err := store.Open(filepath.Join(b.TempDir(), "library.db"), feeds.Codec{})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		r := &Refresher{Loader: Loader{Store: st}, Fetcher: &fetch.Fetcher{}}
		r.Refresh(b.Context(), subs, false, nil)
		for b.Loop() {
			for _, res := range r.Refresh(b.Context(), subs, true, nil) {
				if res.Status != "not modified" {
					b.Fatalf("%s: %s %v", res.Sub.URL, res.Status, res.Err)
				}
			}
		}
	})
}

// benchServer serves feeds 0..count-1 of items items each on 127.0.0.host
// (127.0.0.1 where that address cannot be bound), with ETags.
func benchServer(b *testing.B, host, count, items int) *httptest.Server {
	bodies := make([]string, count)
	for i := range bodies {
		var sb strings.Builder
		fmt.Fprintf(&sb, `<rss version="2.0"><channel><title>Wire %d-%d</title><link>http://wire%d-%d.example/</link>`, host, i, host, i)
		for j := range items {
			fmt.Fprintf(&sb, `<item><guid>http://wire%d-%d.example/%d</guid><title>Story %d of wire %d-%d</title>
<pubDate>%s</pubDate><description>&lt;p&gt;A paragraph of news, with a &lt;a href="/x"&gt;link&lt;/a&gt;.&lt;/p&gt;</description></item>`,
				host, i, j, j, host, i, time.Date(2026, 11, 1, 0, j, 0, 0, time.UTC).Format(time.RFC1123Z))
		}
		sb.WriteString(`</channel></rss>`)
		bodies[i] = sb.String()
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/%d.xml", &i); err != nil || i >= count {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"%d-%d"`, host, i)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Write([]byte(bodies[i]))
	}))
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", host))
	if err != nil {
		l, err = net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
	}
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	b.Cleanup(srv.Close)
	return srv
}
