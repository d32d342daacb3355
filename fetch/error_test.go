package fetch

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestFetchErrorStatus(t *testing.T) {
	date := testNow().Format(http.TimeFormat)
	for _, tc := range []struct {
		name    string
		status  int
		headers map[string]string
		gone    bool
		next    time.Duration // from now; 0: no NextFetch
		reason  string
	}{
		{name: "not found", status: 404, reason: "HTTP 404 Not Found; check the address, the feed may have moved"},
		{name: "gone", status: 410, gone: true,
			reason: "HTTP 410 Gone: the feed is gone and will not be fetched again; remove it, or find its new address"},
		{name: "unauthorized", status: 401,
			reason: "HTTP 401 Unauthorized: the feed needs a login; check the user name and password"},
		{name: "server error", status: 500,
			reason: "HTTP 500 Internal Server Error from the server; it will be tried again at the next refresh"},
		{name: "retry after seconds", status: 429, headers: map[string]string{"Retry-After": "120"}, next: 2 * time.Minute,
			reason: "HTTP 429 Too Many Requests: the server asks dateline to slow down; it will be tried again in 2 minutes"},
		{name: "retry after date", status: 429, next: 3 * time.Hour, headers: map[string]string{
			"Date": date, "Retry-After": testNow().Add(3 * time.Hour).Format(http.TimeFormat)},
			reason: "HTTP 429 Too Many Requests: the server asks dateline to slow down; it will be tried again in 3 hours"},
		{name: "retry after a year is a day", status: 503, headers: map[string]string{"Retry-After": "31536000"},
			next: 24 * time.Hour, reason: "HTTP 503 Service Unavailable from the server; it will be tried again in 24 hours"},
		{name: "busy without retry after", status: 503,
			reason: "HTTP 503 Service Unavailable from the server; it will be tried again at the next refresh"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := serve(t, func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tc.headers {
					w.Header().Set(k, v)
				}
				w.Header().Set("ETag", `"error page"`)
				w.WriteHeader(tc.status)
				io.WriteString(w, "<html>error page</html>")
			})
			res := testFetcher().Fetch(context.Background(), Request{URL: s.URL, ETag: `"old"`})
			fe := fetchError(t, res)
			if fe.Kind != KindHTTP || fe.Status != tc.status || res.Status != tc.status || res.Gone != tc.gone || res.Body != nil {
				t.Errorf("got kind %v, status %d/%d, gone %v, body %q", fe.Kind, fe.Status, res.Status, res.Gone, res.Body)
			}
			if res.ETag != `"old"` {
				t.Errorf("ETag = %s, want the request's", res.ETag)
			}
			if got := nextIn(res); got != tc.next {
				t.Errorf("NextFetch in %v, want %v", got, tc.next)
			}
			if got := reason(t, res.Err, s.URL); got != tc.reason {
				t.Errorf("error\n got %q\nwant %q", got, tc.reason)
			}
		})
	}
}

func TestFetchTimeouts(t *testing.T) {
	silentTLS, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	accepted := make(chan struct{})
	go func() { // holds the connections it accepts, unanswered, to the end
		defer close(accepted)
		var held []net.Conn
		for {
			c, err := silentTLS.Accept()
			if err != nil {
				for _, c := range held {
					c.Close()
				}
				return
			}
			held = append(held, c)
		}
	}()
	t.Cleanup(func() {
		silentTLS.Close()
		<-accepted
	})
	never := serve(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	trickle := serve(t, func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<rss>")
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-tick.C:
				io.WriteString(w, " ")
			}
		}
	})
	for _, tc := range []struct {
		name, url, reason string
	}{
		{"no answer", never.URL, "no answer within 200ms; the server may be down, try again later"},
		{"trickle", trickle.URL, "the feed was still arriving after 200ms; the server may be overloaded, try again later"},
		{"silent TLS handshake", "https://" + silentTLS.Addr().String() + "/feed",
			"could not connect within 100ms; the server may be down, try again later"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testFetcher()
			f.Timeout, f.ConnectTimeout = 200*time.Millisecond, 100*time.Millisecond
			if tc.name == "silent TLS handshake" {
				f.Timeout = 10 * time.Second // so only the connect timeout can end it
			}
			res := f.Fetch(context.Background(), Request{URL: tc.url})
			if fe := fetchError(t, res); fe.Kind != KindTimeout {
				t.Errorf("Kind = %v, want timeout", fe.Kind)
			}
			if got := reason(t, res.Err, tc.url); got != tc.reason {
				t.Errorf("error %q, want %q", got, tc.reason)
			}
		})
	}
}

func TestFetchFailureKinds(t *testing.T) {
	refused, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refusedURL := "http://" + refused.Addr().String() + "/feed"
	refused.Close()
	untrusted := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	untrusted.Config.ErrorLog = log.New(io.Discard, "", 0) // it would log the refused handshake
	untrusted.StartTLS()
	defer untrusted.Close()
	plain := serve(t, func(w http.ResponseWriter, r *http.Request) {})
	canceled, cancel := context.WithCancel(context.Background())
	cancel()

	for _, tc := range []struct {
		name, url string
		ctx       context.Context
		kind      ErrorKind
		reason    string // "": not checked, as it depends on the system
	}{
		// .invalid never resolves (RFC 2606). Without a name server the
		// lookup still fails as DNS, with a different text.
		{name: "no such host", url: "http://dateline-test.invalid/feed", kind: KindDNS},
		{name: "refused", url: refusedURL, kind: KindConnect,
			reason: "connection refused; the server is down, or the address names the wrong port"},
		{name: "untrusted certificate", url: untrusted.URL, kind: KindTLS,
			reason: "the server's certificate is not valid for it (tls: failed to verify certificate: x509: certificate signed by unknown authority); check the address, or tell the site's owner"},
		{name: "http at an https address", url: "https://" + strings.TrimPrefix(plain.URL, "http://"), kind: KindTLS,
			reason: "the server does not speak https at this address; check the address (is it http://?)"},
		{name: "canceled", url: plain.URL, ctx: canceled, kind: KindCanceled,
			reason: "stopped before it finished; it will be fetched again at the next refresh"},
		{name: "a path", url: "feeds/world.xml", kind: KindBadURL,
			reason: "not a web address (it should start with https:// or http://); check the feed's address"},
		{name: "ftp", url: "ftp://example.com/feed.xml", kind: KindBadURL},
		{name: "empty", url: "", kind: KindBadURL},
		{name: "password hidden", url: "ftp://ana:s3cret@example.com/", kind: KindBadURL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := tc.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			res := testFetcher().Fetch(ctx, Request{URL: tc.url})
			if fe := fetchError(t, res); fe.Kind != tc.kind {
				t.Fatalf("Kind = %v (%v), want %v", fe.Kind, res.Err, tc.kind)
			}
			msg := res.Err.Error()
			if strings.Contains(msg, "s3cret") {
				t.Errorf("error %q shows the password", msg)
			}
			if tc.kind == KindDNS && !strings.Contains(msg, "(DNS") {
				t.Errorf("error %q does not say DNS", msg)
			}
			if tc.reason != "" {
				if got := reason(t, res.Err, tc.url); got != tc.reason {
					t.Errorf("error\n got %q\nwant %q", got, tc.reason)
				}
			}
		})
	}
}
