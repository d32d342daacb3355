//go:build integration

package serversync

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
)

// cutProxy is a loopback reverse proxy that loses the connection on
// purpose: it forwards the first requests it gets, then drops the client's
// connection, without an answer, on every request until Restore. Use it
// like the server it embeds (URL, Client).
type cutProxy struct {
	*httptest.Server
	after    int64
	requests atomic.Int64 // every request received, forwarded or not
	cut      atomic.Int64 // requests whose connection was dropped
	restored atomic.Bool
}

// cuttingProxy starts a cutProxy in front of target (a base URL) that
// forwards the first after requests. It is closed when the test ends.
//
// Go's HTTP client retries an idempotent request once when a reused
// connection dies before any answer, so a cut GET may count twice.
func cuttingProxy(t testing.TB, target string, after int) *cutProxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatalf("cuttingProxy: target %q: %v", target, err)
	}
	p := &cutProxy{after: int64(after)}
	rp := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(u) }}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := p.requests.Add(1)
		if n <= p.after || p.restored.Load() {
			rp.ServeHTTP(w, r)
			return
		}
		p.cut.Add(1)
		p.drop(w)
	}))
	t.Cleanup(p.Close)
	return p
}

// drop closes the connection under w with a reset (linger 0), so the client
// sees the connection die mid-request rather than a clean close.
func (p *cutProxy) drop(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(http.ErrAbortHandler) // the server closes the connection
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		tc.SetLinger(0)
	}
	conn.Close()
}

// Restore makes the proxy forward every request from now on.
func (p *cutProxy) Restore() { p.restored.Store(true) }

// Requests is how many requests the proxy has received; Cut how many of
// them it dropped.
func (p *cutProxy) Requests() int { return int(p.requests.Load()) }
func (p *cutProxy) Cut() int      { return int(p.cut.Load()) }

func TestCuttingProxyCutsAfterNAndRestores(t *testing.T) {
	var served atomic.Int64
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		io.WriteString(w, "hello "+r.URL.Path)
	}))
	defer backend.Close()
	p := cuttingProxy(t, backend.URL, 2)
	// No keep-alive, so no retries: the counts are exact.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}

	get := func(path string) (string, error) {
		resp, err := client.Get(p.URL + path)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return string(b), err
	}
	for _, path := range []string{"/a", "/b"} {
		if body, err := get(path); err != nil || body != "hello "+path {
			t.Fatalf("GET %s through the proxy before the cut: %q, %v", path, body, err)
		}
	}
	for _, path := range []string{"/c", "/d"} {
		if body, err := get(path); err == nil {
			t.Fatalf("GET %s after the cut: got %q, want an error", path, body)
		}
	}
	if got := served.Load(); got != 2 {
		t.Errorf("the backend served %d requests before Restore, want 2", got)
	}
	p.Restore()
	if body, err := get("/e"); err != nil || body != "hello /e" {
		t.Fatalf("GET /e after Restore: %q, %v", body, err)
	}
	if p.Requests() != 5 || p.Cut() != 2 || served.Load() != 3 {
		t.Errorf("requests %d, cut %d, served %d; want 5, 2, 3", p.Requests(), p.Cut(), served.Load())
	}
}

func TestCuttingProxyCutsKeepAliveClients(t *testing.T) {
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}))
	defer backend.Close()
	p := cuttingProxy(t, backend.URL, 1)
	client := p.Client() // keeps connections alive, like the sync engine's
	resp, err := client.Get(p.URL)
	if err != nil {
		t.Fatalf("first GET: %v", err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if _, err := client.Get(p.URL); err == nil {
		t.Fatal("second GET on a kept-alive connection after the cut: no error")
	}
	resp, err = client.Post(p.URL, "text/plain", nil)
	if err == nil {
		resp.Body.Close()
		t.Fatal("POST after the cut: no error")
	}
}
