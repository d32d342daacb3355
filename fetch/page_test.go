package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const testPage = `<!DOCTYPE html><html><head><title>T</title></head><body><article><p>Text.</p></article></body></html>`

// pageFetcher fetches pages from loopback servers, as tests must.
func pageFetcher() *Fetcher {
	return &Fetcher{AllowPrivatePages: true, PageTimeout: 2 * time.Second, ConnectTimeout: time.Second, Now: testNow}
}

func pageError(t *testing.T, p Page) *Error {
	t.Helper()
	var fe *Error
	if !errors.As(p.Err, &fe) {
		t.Fatalf("Err = %v (%T), want a *Error", p.Err, p.Err)
	}
	return fe
}

func TestFetchPageGetsAWebPage(t *testing.T) {
	var ua, accept string
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
			return
		}
		ua, accept = r.UserAgent(), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	f := pageFetcher()
	f.UserAgent = "dateline/test"
	p := f.FetchPage(context.Background(), s.URL+"/old#frag")
	if p.Err != nil || string(p.Body) != testPage || p.FinalURL != s.URL+"/story" || p.Status != 200 {
		t.Fatalf("page: %+v", p)
	}
	if ua != "dateline/test" || !strings.HasPrefix(accept, "text/html") {
		t.Errorf("User-Agent %q, Accept %q", ua, accept)
	}
}

func TestFetchPageRefusesLoopbackWhenGuarded(t *testing.T) {
	var hits atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1); fmt.Fprint(w, testPage) })
	f := pageFetcher()
	f.AllowPrivatePages = false
	p := f.FetchPage(context.Background(), s.URL+"/story")
	fe := pageError(t, p)
	if fe.Kind != KindPrivate || !strings.Contains(fe.Error(), "127.0.0.1, a loopback or private address") {
		t.Errorf("error %q (kind %v), want a refusal of the private address", fe, fe.Kind)
	}
	if hits.Load() != 0 || p.Body != nil {
		t.Errorf("the server was reached %d times", hits.Load())
	}
}

// listenOn starts a server on a given loopback address.
func listenOn(t *testing.T, addr string, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", addr+":0")
	if err != nil {
		t.Fatalf("listen on %s: %v", addr, err)
	}
	s := httptest.NewUnstartedServer(h)
	s.Listener.Close()
	s.Listener = l
	s.Start()
	t.Cleanup(s.Close)
	return s
}

// A redirect from a public address to a private one is refused where it
// is dialled: 127.0.0.2 stands for a public host here.
func TestFetchPageRefusesARedirectToAPrivateAddress(t *testing.T) {
	var private atomic.Int32
	inside := listenOn(t, "127.0.0.1", func(w http.ResponseWriter, r *http.Request) { private.Add(1); fmt.Fprint(w, testPage) })
	public := listenOn(t, "127.0.0.2", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/story" {
			fmt.Fprint(w, testPage)
			return
		}
		http.Redirect(w, r, inside.URL+"/admin", http.StatusFound)
	})
	f := pageFetcher()
	f.AllowPrivatePages = false
	f.public = func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") }

	if p := f.FetchPage(context.Background(), public.URL+"/story"); p.Err != nil {
		t.Fatalf("the public page: %v", p.Err)
	}
	p := f.FetchPage(context.Background(), public.URL+"/go")
	if fe := pageError(t, p); fe.Kind != KindPrivate {
		t.Errorf("redirect to a private address: %v (kind %v)", fe, fe.Kind)
	}
	if private.Load() != 0 {
		t.Error("the private server was reached")
	}
}

func TestIsPublic(t *testing.T) {
	for addr, want := range map[string]bool{
		"93.184.216.34": true, "2606:4700::1111": true, "8.8.8.8": true,
		"127.0.0.1": false, "127.9.9.9": false, "::1": false, "10.1.2.3": false, "172.16.0.1": false,
		"192.168.1.1": false, "169.254.169.254": false, "fe80::1": false, "fc00::1": false,
		"100.100.1.1": false, "0.0.0.0": false, "::": false, "0.1.2.3": false, "::ffff:127.0.0.1": false,
		"::ffff:192.168.0.1": false, "224.0.0.1": false,
	} {
		if got := isPublic(netip.MustParseAddr(addr)); got != want {
			t.Errorf("isPublic(%s) = %v, want %v", addr, got, want)
		}
	}
}

func TestFetchPageFailures(t *testing.T) {
	big := strings.Repeat("x", PageMaxBytes+1)
	var streamed atomic.Int64
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4")
		case "/untyped":
			w.Header()["Content-Type"] = nil
			fmt.Fprint(w, "%PDF-1.4 binary")
		case "/403":
			http.Error(w, "no", http.StatusForbidden)
		case "/404":
			http.NotFound(w, r)
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, big)
		case "/endless": // 50 MB, unannounced
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("<p>la</p>", 1000))
			for i := 0; i < 50<<20/len(chunk); i++ {
				n, err := w.Write(chunk)
				streamed.Add(int64(n))
				if err != nil {
					return
				}
			}
		case "/slow": // a page that never ends
			w.Header().Set("Content-Type", "text/html")
			for {
				if _, err := fmt.Fprint(w, "<p>"); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		case "/loop":
			http.Redirect(w, r, "/loop2", http.StatusFound)
		case "/loop2":
			http.Redirect(w, r, "/loop", http.StatusFound)
		}
	})
	f := pageFetcher()
	f.PageTimeout = 500 * time.Millisecond
	for _, tt := range []struct {
		path string
		kind ErrorKind
		says string
	}{
		{"/pdf", KindNotHTML, "is a PDF, not a web page"},
		{"/untyped", KindNotHTML, "is not a web page"},
		{"/403", KindHTTP, "HTTP 403 Forbidden: the site will not serve the page to dateline (a paywall, a login, or no robots)"},
		{"/404", KindHTTP, "HTTP 404 Not Found: the page is not there"},
		{"/big", KindTooLarge, "larger than the 5 MiB limit for a page"},
		{"/endless", KindTooLarge, "larger than the 5 MiB limit for a page"},
		{"/slow", KindTimeout, "the page was still arriving after 500ms"},
		{"/loop", KindRedirect, "redirects in a loop"},
	} {
		p := f.FetchPage(context.Background(), s.URL+tt.path)
		fe := pageError(t, p)
		if fe.Kind != tt.kind || !strings.Contains(fe.Error(), tt.says) {
			t.Errorf("%s: %q (kind %v), want kind %v saying %q", tt.path, fe, fe.Kind, tt.kind, tt.says)
		}
		if p.Body != nil {
			t.Errorf("%s: a body came with the error", tt.path)
		}
	}
	if n := streamed.Load(); n > 16<<20 {
		t.Errorf("the endless page was read for %d MiB", n>>20)
	}
	for _, raw := range []string{"file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/a", "//example.com/a", ""} {
		if fe := pageError(t, f.FetchPage(context.Background(), raw)); fe.Kind != KindBadURL {
			t.Errorf("%q: %v, want a bad address", raw, fe)
		}
	}
}

// The page fetches of one Fetcher, pooled or not, keep to PerHost at once.
func TestFetchPagesKeepToThePerHostLimit(t *testing.T) {
	var mu sync.Mutex
	now, most := 0, 0
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		now++
		most = max(most, now)
		mu.Unlock()
		time.Sleep(30 * time.Millisecond)
		mu.Lock()
		now--
		mu.Unlock()
		fmt.Fprint(w, testPage)
	})
	f := pageFetcher()
	f.PerHost = 2
	var urls []string
	for i := range 8 {
		urls = append(urls, fmt.Sprintf("%s/%d", s.URL, i))
	}
	var wg sync.WaitGroup
	for _, u := range urls[:3] { // the reader's, beside a refresh's
		wg.Go(func() {
			if p := f.FetchPage(context.Background(), u); p.Err != nil {
				t.Error(p.Err)
			}
		})
	}
	got := 0
	f.FetchPages(context.Background(), urls[3:], func(p Page) {
		if p.Err != nil {
			t.Error(p.Err)
		}
		got++
	})
	wg.Wait()
	if got != 5 || most > 2 {
		t.Errorf("%d pages done, %d at once at most; want 5, at most 2", got, most)
	}
}
