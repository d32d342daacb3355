package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// benchFeeds serves n RSS feeds of items items each, gzipped as a real
// server would, from eight hosts on loopback (127.0.0.2 to 127.0.0.9, so
// that PerHost applies as it would to eight sites), and returns a request
// for each, with its ETag when withETag is set (every answer is then 304).
// Where those addresses cannot be bound, it falls back to eight ports on
// 127.0.0.1, which PerHost also counts as eight hosts.
func benchFeeds(b *testing.B, n, items int, withETag bool) []Request {
	type feed struct {
		gz   []byte
		etag string
	}
	feeds := make(map[string]feed, n)
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, ok := feeds[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", f.etag)
		if r.Header.Get("If-None-Match") == f.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(f.gz)
	})
	for i := range n {
		var body, gz bytes.Buffer
		fmt.Fprintf(&body, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed %d</title><link>https://example.com/%d</link>`, i, i)
		for j := range items {
			fmt.Fprintf(&body, `<item><title>Story %d of feed %d</title><link>https://example.com/%d/%d</link><guid>%d-%d</guid>`+
				`<pubDate>Sun, 01 Mar 2026 10:%02d:00 GMT</pubDate><description>%s</description></item>`,
				j, i, i, j, i, j, j%60, strings.Repeat("A line of the story's summary. ", 4))
		}
		body.WriteString("</channel></rss>")
		zw := gzip.NewWriter(&gz)
		zw.Write(body.Bytes())
		zw.Close()
		feeds[fmt.Sprintf("/feed/%d.xml", i)] = feed{gz: gz.Bytes(), etag: fmt.Sprintf(`"%d"`, i)}
	}
	var hosts []string
	for i := 2; i <= 9; i++ {
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", i))
		if err != nil {
			l, err = net.Listen("tcp", "127.0.0.1:0")
		}
		if err != nil {
			b.Fatal(err)
		}
		s := httptest.NewUnstartedServer(handler)
		s.Listener.Close()
		s.Listener = l
		s.Start()
		b.Cleanup(s.Close)
		hosts = append(hosts, s.URL)
	}
	reqs := make([]Request, n)
	for i := range n {
		path := fmt.Sprintf("/feed/%d.xml", i)
		reqs[i] = Request{URL: hosts[i%len(hosts)] + path}
		if withETag {
			reqs[i].ETag = feeds[path].etag
		}
	}
	return reqs
}

// BenchmarkFetchAll fetches 200 feeds of 50 items from eight hosts with a
// new Fetcher each time, as a start or a refresh after idle connections
// have closed would: cold (every feed sent, gzipped) and all unchanged
// (every answer a 304).
func BenchmarkFetchAll(b *testing.B) {
	for _, bc := range []struct {
		name     string
		withETag bool
		status   int
	}{
		{"cold", false, http.StatusOK},
		{"all-304", true, http.StatusNotModified},
	} {
		b.Run(bc.name, func(b *testing.B) {
			reqs := benchFeeds(b, 200, 50, bc.withETag)
			for b.Loop() {
				f := &Fetcher{}
				n := 0
				f.FetchAll(context.Background(), reqs, func(res Result) {
					if res.Err != nil || res.Status != bc.status {
						b.Fatalf("%s: status %d, %v", res.Request.URL, res.Status, res.Err)
					}
					n++
				})
				if n != len(reqs) {
					b.Fatalf("%d results for %d requests", n, len(reqs))
				}
				f.httpClient().CloseIdleConnections()
			}
		})
	}
}
