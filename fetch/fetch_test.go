package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
)

// Every test runs real HTTP servers on loopback; the clock is fixed so that
// NextFetch can be checked exactly, and timeouts are short so that the
// tests of them take a fraction of a second.

const testFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` +
	`<item><title>One</title><link>https://example.com/1</link></item></channel></rss>`

func testNow() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }

func testFetcher() *Fetcher {
	return &Fetcher{Timeout: 2 * time.Second, ConnectTimeout: time.Second, Now: testNow}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

// fetchError returns res.Err as a *Error, failing the test if it is not.
func fetchError(t *testing.T, res Result) *Error {
	t.Helper()
	var fe *Error
	if !errors.As(res.Err, &fe) {
		t.Fatalf("Err = %v (%T), want a *Error", res.Err, res.Err)
	}
	return fe
}

// reason is an error's text without the "URL: " it starts with.
func reason(t *testing.T, err error, url string) string {
	t.Helper()
	s, ok := strings.CutPrefix(err.Error(), url+": ")
	if !ok {
		t.Fatalf("error %q does not start with the feed's URL %s", err, url)
	}
	return s
}

func TestFetchOK(t *testing.T) {
	var got http.Header
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Sun, 01 Mar 2026 10:00:00 GMT")
		io.WriteString(w, testFeed)
	})
	res := testFetcher().Fetch(context.Background(), Request{URL: s.URL + "/feed"})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if string(res.Body) != testFeed || res.Status != 200 || res.NotModified || res.Skipped {
		t.Errorf("got status %d, body %q", res.Status, res.Body)
	}
	want := Result{FinalURL: s.URL + "/feed", ContentType: "application/rss+xml", ETag: `"v1"`,
		LastModified: "Sun, 01 Mar 2026 10:00:00 GMT", Bytes: int64(len(testFeed)), Fetched: testNow()}
	if res.FinalURL != want.FinalURL || res.MovedTo != "" || res.ContentType != want.ContentType ||
		res.ETag != want.ETag || res.LastModified != want.LastModified || res.Bytes != want.Bytes ||
		!res.Fetched.Equal(want.Fetched) {
		t.Errorf("got %+v, want %+v", res, want)
	}
	for k, v := range map[string]string{
		"User-Agent":      "dateline (+https://github.com/dateline-news/dateline)",
		"Accept-Encoding": "gzip, deflate",
		"Authorization":   "",
		"If-None-Match":   "",
	} {
		if got.Get(k) != v {
			t.Errorf("request header %s = %q, want %q", k, got.Get(k), v)
		}
	}
	if !strings.HasPrefix(got.Get("Accept"), "application/rss+xml, application/atom+xml") {
		t.Errorf("Accept = %q, want the feed types first", got.Get("Accept"))
	}
}

func TestFetchSendsUserAgentAndBasicAuthOnlyToItsHost(t *testing.T) {
	var otherAuth atomic.Bool
	other := serve(t, func(w http.ResponseWriter, r *http.Request) {
		otherAuth.Store(r.Header.Get("Authorization") != "")
		io.WriteString(w, testFeed)
	})
	var ua, user, pass string
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		ua = r.UserAgent()
		user, pass, _ = r.BasicAuth()
		if r.URL.Path == "/away" {
			http.Redirect(w, r, other.URL+"/feed", http.StatusFound)
			return
		}
		io.WriteString(w, testFeed)
	})
	f := testFetcher()
	f.UserAgent = DefaultUserAgent("1.2.3")
	res := f.Fetch(context.Background(), Request{URL: s.URL + "/feed", Username: "ana", Password: "s3cret"})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if ua != "dateline/1.2.3 (+https://github.com/dateline-news/dateline)" || user != "ana" || pass != "s3cret" {
		t.Errorf("server saw User-Agent %q, user %q, password %q", ua, user, pass)
	}
	res = f.Fetch(context.Background(), Request{URL: s.URL + "/away", Username: "ana", Password: "s3cret"})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if otherAuth.Load() {
		t.Error("the password went to the host the feed redirected to")
	}
}

func TestFetchConditional(t *testing.T) {
	const lm = "Sun, 01 Mar 2026 10:00:00 GMT"
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.Header().Set("ETag", `"v1"`)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified) // and repeats no validator
			return
		}
		io.WriteString(w, testFeed)
	})
	for _, tc := range []struct {
		name   string
		req    Request
		etag   string
		lastMo string
	}{
		{"etag", Request{ETag: `"v1"`}, `"v1"`, ""},
		{"last-modified", Request{LastModified: lm}, "", lm},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.req.URL = s.URL
			res := testFetcher().Fetch(context.Background(), tc.req)
			if res.Err != nil || !res.NotModified || res.Status != 304 || res.Body != nil || res.Bytes != 0 {
				t.Fatalf("got %+v, want a 304 and no body", res)
			}
			if res.ETag != tc.etag || res.LastModified != tc.lastMo {
				t.Errorf("validators %q, %q; want %q, %q", res.ETag, res.LastModified, tc.etag, tc.lastMo)
			}
		})
	}
}

func TestFetchFollowsAChangingFeed(t *testing.T) {
	var mu sync.Mutex
	etag, body := `"v1"`, "<rss>one</rss>"
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		io.WriteString(w, body)
	})
	f := testFetcher()
	req := Request{URL: s.URL}
	step := func(wantBody string) {
		t.Helper()
		res := f.Fetch(context.Background(), req)
		if res.Err != nil || string(res.Body) != wantBody || res.NotModified != (wantBody == "") {
			t.Fatalf("got body %q, not modified %v, err %v; want body %q", res.Body, res.NotModified, res.Err, wantBody)
		}
		req.ETag = res.ETag
	}
	step("<rss>one</rss>")
	step("")
	mu.Lock()
	etag, body = `"v2"`, "<rss>two</rss>"
	mu.Unlock()
	step("<rss>two</rss>")
	step("")
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	redirect := func(path, to string, code int) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Location", to)
			w.WriteHeader(code)
		})
	}
	redirect("/perm", "perm2", http.StatusMovedPermanently) // relative
	redirect("/perm2", "/feed", http.StatusPermanentRedirect)
	redirect("/temp", "/feed", http.StatusFound)
	redirect("/mixed", "/temp", http.StatusMovedPermanently)
	redirect("/loop", "/loop2", http.StatusFound)
	redirect("/loop2", "/loop", http.StatusFound)
	redirect("/gone", "/missing", http.StatusMovedPermanently)
	redirect("/ftp", "ftp://example.com/feed", http.StatusFound)
	for i := range 7 {
		redirect("/chain"+strconv.Itoa(i), "/chain"+strconv.Itoa(i+1), http.StatusFound)
	}
	mux.HandleFunc("/chain7", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, testFeed) })
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, testFeed) })
	s := httptest.NewServer(mux)
	defer s.Close()

	for _, tc := range []struct {
		path, final, movedTo string
		kind                 ErrorKind // KindOther: no error
		reason               string
	}{
		{path: "/temp", final: "/feed"},
		{path: "/perm", final: "/feed", movedTo: "/feed"},
		{path: "/mixed", final: "/feed"},
		{path: "/gone", final: "/missing", kind: KindHTTP,
			reason: "HTTP 404 Not Found (from " + s.URL + "/missing, where it redirects); check the address, the feed may have moved"},
		{path: "/loop", final: "/loop2", kind: KindRedirect,
			reason: "redirects in a loop (back to " + s.URL + "/loop); the site is misconfigured, try again later or open the address in a browser"},
		{path: "/chain0", final: "/chain5", kind: KindRedirect,
			reason: "too many redirects (more than 5, the last to " + s.URL + "/chain6); open the address in a browser and use the one it ends at"},
		{path: "/ftp", final: "/ftp", kind: KindRedirect,
			reason: `redirects to "ftp://example.com/feed", which is not a web address; open the address in a browser to see where the feed went`},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res := testFetcher().Fetch(context.Background(), Request{URL: s.URL + tc.path})
			if res.FinalURL != s.URL+tc.final {
				t.Errorf("FinalURL = %q, want %q", res.FinalURL, s.URL+tc.final)
			}
			wantMoved := ""
			if tc.movedTo != "" {
				wantMoved = s.URL + tc.movedTo
			}
			if res.MovedTo != wantMoved {
				t.Errorf("MovedTo = %q, want %q", res.MovedTo, wantMoved)
			}
			if tc.kind == KindOther {
				if res.Err != nil || string(res.Body) != testFeed {
					t.Fatalf("got %v, body %q", res.Err, res.Body)
				}
				return
			}
			if fe := fetchError(t, res); fe.Kind != tc.kind {
				t.Errorf("Kind = %v, want %v", fe.Kind, tc.kind)
			}
			if got := reason(t, res.Err, s.URL+tc.path); got != tc.reason {
				t.Errorf("error\n got %q\nwant %q", got, tc.reason)
			}
		})
	}
}

// A permanent move from https to http is followed, but not kept: that
// would downgrade the feed for good on one answer. It also runs the
// Fetcher with a Client of the caller's (one that trusts the test server).
func TestFetchDoesNotProposeAMoveToHTTP(t *testing.T) {
	plain := serve(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, testFeed) })
	secure := httptest.NewTLSServer(http.RedirectHandler(plain.URL+"/feed", http.StatusMovedPermanently))
	defer secure.Close()
	f := testFetcher()
	f.Client = secure.Client()
	res := f.Fetch(context.Background(), Request{URL: secure.URL + "/feed"})
	if res.Err != nil || string(res.Body) != testFeed {
		t.Fatalf("got %v, body %q", res.Err, res.Body)
	}
	if res.FinalURL != plain.URL+"/feed" || res.MovedTo != "" {
		t.Errorf("FinalURL %q, MovedTo %q; want %q and no move", res.FinalURL, res.MovedTo, plain.URL+"/feed")
	}
}

func TestFetchSkipsUntilNotBefore(t *testing.T) {
	var hits atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.WriteString(w, testFeed)
	})
	later := testNow().Add(time.Hour)
	for _, tc := range []struct {
		name string
		req  Request
		skip bool
	}{
		{"not before ahead", Request{URL: s.URL, NotBefore: later, ETag: `"e"`}, true},
		{"forced", Request{URL: s.URL, NotBefore: later, Force: true}, false},
		{"not before passed", Request{URL: s.URL, NotBefore: testNow().Add(-time.Second)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := hits.Load()
			res := testFetcher().Fetch(context.Background(), tc.req)
			if fetched := hits.Load() > before; res.Skipped != tc.skip || fetched == tc.skip || res.Err != nil {
				t.Fatalf("Skipped %v, request made %v, err %v; want skipped %v", res.Skipped, fetched, res.Err, tc.skip)
			}
			if tc.skip && (!res.NextFetch.Equal(later) || res.ETag != `"e"`) {
				t.Errorf("a skipped result keeps NextFetch %v and ETag %q", res.NextFetch, res.ETag)
			}
		})
	}
}

func TestFetchKeepsTheBodyWhateverItsContentType(t *testing.T) {
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, testFeed)
	})
	res := testFetcher().Fetch(context.Background(), Request{URL: s.URL})
	if res.Err != nil || string(res.Body) != testFeed || res.ContentType != "text/html; charset=utf-8" {
		t.Fatalf("got %v, %q, %q", res.Err, res.ContentType, res.Body)
	}
}

func TestFetchDecodes(t *testing.T) {
	compress := func(newWriter func(io.Writer) io.WriteCloser) []byte {
		var b bytes.Buffer
		w := newWriter(&b)
		io.WriteString(w, testFeed)
		w.Close()
		return b.Bytes()
	}
	gz := compress(func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) })
	for _, tc := range []struct {
		name, coding string
		sent         []byte
		kind         ErrorKind // KindOther: none
		reason       string
	}{
		{name: "gzip", coding: "gzip", sent: gz},
		{name: "x-gzip", coding: "x-gzip", sent: gz},
		{name: "deflate in zlib", coding: "deflate", sent: compress(func(w io.Writer) io.WriteCloser { return zlib.NewWriter(w) })},
		{name: "raw deflate", coding: "deflate", sent: compress(func(w io.Writer) io.WriteCloser {
			fw, _ := flate.NewWriter(w, flate.DefaultCompression)
			return fw
		})},
		{name: "labelled gzip but plain", coding: "gzip", sent: []byte(testFeed)},
		{name: "identity", coding: "identity", sent: []byte(testFeed)},
		{name: "damaged gzip", coding: "gzip", sent: append(gz[:10:10], "\xff\xff\xff\xff"...), kind: KindDecode,
			reason: "the server sent a damaged compressed answer (flate: corrupt input before offset 1); try again later"},
		{name: "cut-off gzip", coding: "gzip", sent: gz[:len(gz)-12], kind: KindDecode,
			reason: "the server sent a compressed answer that ends too soon; try again later"},
		{name: "unasked encoding", coding: "br", sent: []byte("\x1b\x2a"), kind: KindDecode,
			reason: `the server sent an answer compressed as "br", which dateline did not ask for and cannot read; tell the site's owner`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", tc.coding)
				w.Write(tc.sent)
			})
			res := testFetcher().Fetch(context.Background(), Request{URL: s.URL})
			if tc.kind != KindOther {
				if fe := fetchError(t, res); fe.Kind != tc.kind || reason(t, fe, s.URL) != tc.reason {
					t.Errorf("got %v error %q, want %v %q", fe.Kind, reason(t, fe, s.URL), tc.kind, tc.reason)
				}
				return
			}
			if res.Err != nil || string(res.Body) != testFeed || res.Bytes != int64(len(tc.sent)) {
				t.Errorf("got %v, %d bytes sent, body %q", res.Err, res.Bytes, res.Body)
			}
		})
	}
}

// zeros writes n zero bytes to w, stopping at the first failed write (the
// client hung up), and returns how many it wrote: the test's count of what
// a server really sent.
func zeros(w io.Writer, n int64) int64 {
	buf := make([]byte, 32<<10)
	var sent int64
	for sent < n {
		k, err := w.Write(buf[:min(int64(len(buf)), n-sent)])
		sent += int64(k)
		if err != nil {
			break
		}
	}
	return sent
}

func TestFetchTooLarge(t *testing.T) {
	const limit = 4 << 20
	const huge = 500 << 20
	var bomb bytes.Buffer
	gz, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros(gz, 1<<20)
	gz.Close()
	bombMember := bomb.Bytes()
	for _, tc := range []struct {
		name  string
		serve func(w http.ResponseWriter) int64 // returns the bytes sent
		read  int64                             // most body bytes the client may read
	}{
		{"streamed", func(w http.ResponseWriter) int64 { return zeros(w, huge) }, limit + 1},
		{"declared", func(w http.ResponseWriter) int64 {
			w.Header().Set("Content-Length", "524288000")
			return zeros(w, huge)
		}, 0},
		{"gzip bomb", func(w http.ResponseWriter) int64 {
			// 64 GiB of zeros, some 64 MiB compressed: a gzip member of
			// 1 MiB of zeros, over and over (a reader takes the members
			// of a gzip stream one after the other).
			w.Header().Set("Content-Encoding", "gzip")
			var sent int64
			for range 64 << 10 {
				n, err := w.Write(bombMember)
				if sent += int64(n); err != nil {
					break
				}
			}
			return sent
		}, 64 << 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sent := make(chan int64, 1)
			s := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("ETag", `"huge"`)
				sent <- tc.serve(w)
			})
			f := testFetcher()
			f.MaxBytes = limit
			res := f.Fetch(context.Background(), Request{URL: s.URL, ETag: `"old"`})
			if fe := fetchError(t, res); fe.Kind != KindTooLarge || !errors.Is(res.Err, feeds.ErrTooLarge) {
				t.Fatalf("got %v error %v, want too large", fe.Kind, res.Err)
			}
			if got, want := reason(t, res.Err, s.URL), "larger than the 4 MiB limit; check that the address is a feed and not a file download"; got != want {
				t.Errorf("error %q, want %q", got, want)
			}
			if res.ETag != `"old"` {
				t.Errorf("ETag = %s: a body not read must not be marked as had", res.ETag)
			}
			if res.Bytes > tc.read {
				t.Errorf("read %d bytes from the wire, want at most %d", res.Bytes, tc.read)
			}
			// What the server got out before the client hung up: the cap
			// plus what socket buffers hold (some 5 MiB on Linux), far
			// short of 500 MB.
			if n := <-sent; n > limit+16<<20 {
				t.Errorf("the server sent %d MiB", n>>20)
			}
		})
	}
}
