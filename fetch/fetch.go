// Package fetch is polite HTTP for feeds: conditional requests (ETag and
// Last-Modified), the server's own word on when to come back (next.go), a
// pool with a few connections per host at most (pool.go), limits on time,
// size and redirects, failures worded for the user (error.go), and feed
// autodiscovery in web pages (discover.go). It ends at bytes and metadata:
// turning them into stories is package feeds' job (feeds.Remote).
package fetch

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/dateline-news/dateline/feeds"
)

const (
	defaultConnectTimeout = 10 * time.Second
	defaultTimeout        = 30 * time.Second
	defaultMaxRedirects   = 5
	// maxNextFetch is the furthest Result.NextFetch is set from now: a
	// server (or a feed's <ttl>) asking for longer gets a day, so that a
	// hostile or misconfigured one cannot silence a feed for a year.
	maxNextFetch = 24 * time.Hour
	// acceptFeeds prefers the feed types, then XML and JSON in general; the
	// rest is accepted too, as many feeds are served as text/html or
	// application/octet-stream.
	acceptFeeds = "application/rss+xml, application/atom+xml, application/feed+json, " +
		"application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, " +
		"application/json;q=0.8, */*;q=0.5"
)

// DefaultUserAgent is the User-Agent dateline sends, naming its version (if
// known) and where to read about it, so that a site's owner can tell who
// is fetching and why.
func DefaultUserAgent(version string) string {
	if version == "" {
		return "dateline (+https://github.com/dateline-news/dateline)"
	}
	return "dateline/" + version + " (+https://github.com/dateline-news/dateline)"
}

// Fetcher fetches remote feeds over HTTP. Zero values mean the defaults.
// Set the fields before the first fetch and leave them alone after: the
// HTTP client is built once, on first use, from them. Use it by pointer;
// it is safe for concurrent use.
type Fetcher struct {
	// Client makes the requests when set. Its transport, jar and Timeout
	// are kept, and ConnectTimeout is then its transport's business; its
	// redirect policy is not kept, as Fetch follows redirects itself to
	// count them and to tell a move from a detour. Nil: a client built from
	// the fields below, using the proxy the environment names.
	Client *http.Client
	// UserAgent is sent with every request; default DefaultUserAgent("").
	UserAgent string
	// ConnectTimeout bounds the TCP dial and the TLS handshake, each;
	// default 10 s.
	ConnectTimeout time.Duration
	// Timeout bounds a whole fetch, redirects and the reading of the body
	// included, so a server that trickles bytes is cut off too; default 30 s.
	Timeout time.Duration
	// MaxBytes caps a body, both as sent and after decompression (so a
	// small gzip bomb stops at the cap having sent little); default 64 MiB,
	// the limit for feed files on disk.
	MaxBytes int64
	// MaxRedirects is how many redirects one fetch follows; default 5,
	// negative for none.
	MaxRedirects int
	// Workers is how many fetches FetchAll runs at once; default 8.
	Workers int
	// PerHost is how many of those may go to one host (name and port) at
	// once; default 2. It is kept below Workers (when Workers > 1), so a
	// host that hangs always leaves a worker for the others.
	PerHost int
	// Now is the clock for NotBefore, NextFetch and Fetched; default
	// time.Now. Timeouts always run on the real clock.
	Now func() time.Time
	// Shuffle puts FetchAll's requests in random order, so that no feed is
	// always last in line and consecutive requests spread over hosts.
	// Default: math/rand/v2's Shuffle. A seeded (*rand.Rand).Shuffle makes
	// the order repeatable.
	Shuffle func(n int, swap func(i, j int))
	// AllowPrivatePages lets article pages (FetchPage) come from loopback
	// and private addresses. Off, as it should be but for tests on
	// loopback servers: a feed must not turn the reader into a probe of
	// the user's network.
	AllowPrivatePages bool
	// PageTimeout bounds an article page's fetch; default 15 s.
	PageTimeout time.Duration

	once   sync.Once
	client *http.Client
	pageState
}

// Request is one feed to fetch, with what is known from earlier fetches.
type Request struct {
	URL string
	// ETag and LastModified are the validators of the last 200 (or 304),
	// sent back so that an unchanged feed costs a 304 and no body.
	ETag, LastModified string
	// NotBefore is the floor an earlier Result.NextFetch set: until then
	// the request is skipped, unless Force is set (the user asked).
	NotBefore time.Time
	Force     bool
	// Username and Password are sent as HTTP basic auth, to the feed's own
	// host (scheme, name and port) only, never after a redirect elsewhere.
	// The caller resolves password commands.
	Username, Password string
}

// Result is what a fetch gave. Exactly one of these holds: Skipped,
// NotModified, Err != nil, or a Body (possibly empty) to parse.
type Result struct {
	Request Request
	// FinalURL is the address the answer came from, after redirects.
	FinalURL string
	// MovedTo is set when the feed was found (2xx or 304) after redirects
	// that were all permanent (301, 308): the address to keep from now on.
	// A move from https to http is followed but not proposed.
	MovedTo string
	// Status is the final HTTP status, 0 if none came.
	Status int
	// NotModified: the server answered 304; there is nothing to parse.
	NotModified bool
	// Skipped: no request was made, as NotBefore is still ahead.
	Skipped bool
	// Body is the decoded (gzip or deflate) body of a 2xx answer.
	Body []byte
	// ContentType is as sent; it is not checked, since many feeds are
	// served as text/html or application/octet-stream: the parser decides.
	ContentType string
	// ETag and LastModified are the validators to send next time: a 2xx
	// answer's; a 304's, or the request's if it repeats none; and the
	// request's when nothing new came (skipped, failed), since a half-read
	// body must not be marked as had.
	ETag, LastModified string
	// NextFetch is the earliest the feed should be fetched again, zero if
	// the server said nothing: on a 2xx or 304, the later of Cache-Control
	// max-age (or, without it, Expires) and, for a body, the RSS channel's
	// <ttl>; on a 429 or 503, Retry-After. It is never more than 24 hours
	// from Fetched, so that no server can silence a feed for long. For a
	// skipped request it is the request's NotBefore.
	NextFetch time.Time
	// Gone: the server answered 410; the feed will not come back.
	Gone bool
	// Bytes is how many body bytes came over the wire (before decoding).
	Bytes int64
	// Fetched is when the answer (or the failure) came, by Fetcher.Now.
	Fetched time.Time
	// Err is a *Error when the fetch failed.
	Err error
}

// Fetch fetches one feed. Every failure is in Result.Err, as a *Error.
func (f *Fetcher) Fetch(ctx context.Context, r Request) Result {
	res, u := f.precheck(r, f.now())
	if u == nil {
		return res
	}
	return f.fetch(ctx, r, u)
}

// precheck settles what needs no network: a bad address fails and a
// request before its NotBefore is skipped (u is nil for both).
func (f *Fetcher) precheck(r Request, now time.Time) (res Result, u *url.URL) {
	res.Request = r
	res.ETag, res.LastModified = r.ETag, r.LastModified
	u, err := url.Parse(strings.TrimSpace(r.URL))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		res.Err = &Error{URL: redact(r.URL), Kind: KindBadURL, Err: err,
			reason: "not a web address (it should start with https:// or http://); check the feed's address"}
		return res, nil
	}
	if !r.Force && r.NotBefore.After(now) {
		res.Skipped, res.NextFetch = true, r.NotBefore
		return res, nil
	}
	return res, u
}

// limits are what differs between fetching a feed and an article page.
type limits struct {
	noun     string // what is fetched, in error texts: "feed", "page"
	timeout  time.Duration
	maxBytes int64
	client   *http.Client
	// header sets the request's headers for a hop to u; first says it
	// goes to the first hop's scheme, host and port.
	header func(req *http.Request, first bool)
}

// feedLimits are a feed fetch's limits, from the Fetcher's fields.
func (f *Fetcher) feedLimits(r Request) limits {
	return limits{noun: "feed", timeout: f.timeout(), maxBytes: f.maxBytes(), client: f.httpClient(),
		header: func(req *http.Request, first bool) { f.setHeaders(req, r, first) }}
}

func (f *Fetcher) fetch(parent context.Context, r Request, u *url.URL) Result {
	res := Result{Request: r}
	lim := f.feedLimits(r)
	ctx, cancel := context.WithTimeout(parent, lim.timeout)
	defer cancel()
	fail := func(err error, st stage) Result {
		res.Err, res.Fetched = f.classify(parent, ctx, r.URL, err, st, lim), f.now()
		res.ETag, res.LastModified = r.ETag, r.LastModified
		return res
	}
	resp, permanent, err := f.follow(ctx, u, r.URL, &res.FinalURL, lim)
	if err != nil {
		return fail(err, stageConnect)
	}
	defer resp.Body.Close()
	now := f.now()
	res.Fetched, res.Status = now, resp.StatusCode
	h := resp.Header
	switch code := resp.StatusCode; {
	case code == http.StatusNotModified:
		res.NotModified = true
		res.ETag, res.LastModified = cmp.Or(h.Get("ETag"), r.ETag), cmp.Or(h.Get("Last-Modified"), r.LastModified)
		res.NextFetch = capNext(freshUntil(h, now), now)
	case code >= 200 && code < 300:
		res.ContentType, res.ETag, res.LastModified = h.Get("Content-Type"), h.Get("ETag"), h.Get("Last-Modified")
		body, wire, err := readBody(resp, lim.maxBytes)
		res.Bytes = wire.n
		if err != nil {
			st := stageDecode
			if wire.err != nil {
				st = stageWire
			}
			return fail(err, st)
		}
		res.Body = body
		res.NextFetch = capNext(later(freshUntil(h, now), ttlUntil(body, now)), now)
	default:
		if code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable {
			res.NextFetch = capNext(retryAfter(h, now), now)
		}
		res.Gone = code == http.StatusGone
		res.ETag, res.LastModified = r.ETag, r.LastModified
		res.Err = statusError(r.URL, res.FinalURL, u.String() != res.FinalURL, code, res.NextFetch.Sub(now))
		// Reading a short error page to its end lets the connection be reused.
		io.CopyN(io.Discard, resp.Body, 4<<10)
		return res
	}
	if permanent && (u.Scheme == "http" || strings.HasPrefix(res.FinalURL, "https:")) {
		res.MovedTo = res.FinalURL
	}
	return res
}

// follow sends the request for raw (parsed: u) and follows redirects
// itself, up to MaxRedirects, setting *final as it goes; permanent reports
// that there was at least one hop and all were permanent.
func (f *Fetcher) follow(ctx context.Context, u *url.URL, raw string, final *string, lim limits) (*http.Response, bool, error) {
	first := u
	seen := map[string]bool{u.String(): true}
	permanent := true
	for hops := 0; ; hops++ {
		*final = u.String()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
		if err != nil {
			return nil, false, err
		}
		lim.header(req, u.Scheme == first.Scheme && hostKey(u) == hostKey(first))
		resp, err := lim.client.Do(req)
		if err != nil {
			return nil, false, err
		}
		loc := resp.Header.Get("Location")
		if !isRedirect(resp.StatusCode) || loc == "" {
			return resp, permanent && hops > 0, nil
		}
		io.CopyN(io.Discard, resp.Body, 4<<10)
		resp.Body.Close()
		next, err := u.Parse(loc)
		if err == nil {
			next.Fragment, next.RawFragment = "", ""
		}
		fe := &Error{URL: redact(raw), Kind: KindRedirect, Status: resp.StatusCode}
		switch {
		case err != nil || next.Scheme != "http" && next.Scheme != "https" || next.Host == "":
			fe.reason = fmt.Sprintf("redirects to %q, which is not a web address; open the address in a browser to see where the %s went", loc, lim.noun)
		case seen[next.String()]:
			fe.reason = fmt.Sprintf("redirects in a loop (back to %s); the site is misconfigured, try again later or open the address in a browser", next.Redacted())
		case hops >= f.maxRedirects():
			fe.reason = fmt.Sprintf("too many redirects (more than %d, the last to %s); open the address in a browser and use the one it ends at", f.maxRedirects(), next.Redacted())
		default:
			seen[next.String()] = true
			permanent = permanent && (resp.StatusCode == http.StatusMovedPermanently || resp.StatusCode == http.StatusPermanentRedirect)
			u = next
			continue
		}
		return nil, false, fe
	}
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

func (f *Fetcher) setHeaders(req *http.Request, r Request, auth bool) {
	h := req.Header
	h.Set("User-Agent", cmp.Or(f.UserAgent, DefaultUserAgent("")))
	h.Set("Accept", acceptFeeds)
	// Asked for here, so that the transport does not decode on its own:
	// decoding in readBody lets the size cap apply after decompression.
	h.Set("Accept-Encoding", "gzip, deflate")
	if r.ETag != "" {
		h.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		h.Set("If-Modified-Since", r.LastModified)
	}
	if auth && (r.Username != "" || r.Password != "") {
		req.SetBasicAuth(r.Username, r.Password)
	}
}

// readBody reads a 2xx body, decoded, within limit bytes both as sent and
// as decoded. wire counts the bytes sent and keeps any error of the
// connection, to tell a broken connection from a damaged encoding.
func readBody(resp *http.Response, limit int64) (body []byte, wire *countReader, err error) {
	wire = &countReader{r: resp.Body}
	if resp.ContentLength > limit {
		return nil, wire, feeds.ErrTooLarge // refused before a byte is read
	}
	coding := resp.Header.Get("Content-Encoding")
	dec, err := decoder(coding, &limitReader{r: wire, left: limit})
	if err != nil {
		return nil, wire, err
	}
	var buf bytes.Buffer
	if resp.ContentLength > 0 && coding == "" {
		buf.Grow(int(resp.ContentLength) + bytes.MinRead)
	}
	_, err = buf.ReadFrom(&limitReader{r: dec, left: limit})
	return buf.Bytes(), wire, err
}

// decoder undoes a Content-Encoding of gzip or deflate (the only ones
// asked for). It is lenient where browsers are: "deflate" may come with or
// without its zlib wrapper, and a body labelled gzip that plainly is not
// (some servers label feeds stored uncompressed) is passed on for the
// parser to judge.
func decoder(coding string, r io.Reader) (io.Reader, error) {
	coding = strings.ToLower(strings.TrimSpace(coding))
	switch coding {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip", "deflate":
	default:
		return nil, encodingError(coding)
	}
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	switch {
	case len(head) < 2:
		return br, nil
	case coding == "deflate" && head[0]&0x0f == 8 && (uint(head[0])<<8|uint(head[1]))%31 == 0:
		return zlib.NewReader(br)
	case coding == "deflate":
		return flate.NewReader(br), nil
	case head[0] == 0x1f && head[1] == 0x8b:
		return gzip.NewReader(br)
	}
	return br, nil
}

// limitReader reads at most left bytes and fails with feeds.ErrTooLarge
// if the input goes on past them.
type limitReader struct {
	r    io.Reader
	left int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, feeds.ErrTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n - 1, feeds.ErrTooLarge
	}
	return n, err
}

// countReader counts the bytes read through it and keeps the first error
// other than io.EOF.
type countReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}

func (f *Fetcher) httpClient() *http.Client {
	f.once.Do(func() {
		if f.Client != nil {
			c := *f.Client
			c.CheckRedirect = useLastResponse
			f.client = &c
			return
		}
		connect := f.connectTimeout()
		dialer := &net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second}
		f.client = &http.Client{
			CheckRedirect: useLastResponse,
			Transport: &http.Transport{
				Proxy:                  http.ProxyFromEnvironment,
				DialContext:            dialer.DialContext,
				TLSHandshakeTimeout:    connect,
				ForceAttemptHTTP2:      true,
				DisableCompression:     true, // see setHeaders
				MaxIdleConns:           64,
				MaxIdleConnsPerHost:    max(f.PerHost, defaultPerHost),
				IdleConnTimeout:        90 * time.Second,
				MaxResponseHeaderBytes: 1 << 20,
			},
		}
	})
	return f.client
}

func useLastResponse(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

func (f *Fetcher) now() time.Time {
	if f.Now != nil {
		return f.Now()
	}
	return time.Now()
}

func (f *Fetcher) timeout() time.Duration { return cmpOrDur(f.Timeout, defaultTimeout) }
func (f *Fetcher) connectTimeout() time.Duration {
	return cmpOrDur(f.ConnectTimeout, defaultConnectTimeout)
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return feeds.MaxFileSize
}

func (f *Fetcher) maxRedirects() int {
	switch {
	case f.MaxRedirects < 0:
		return 0
	case f.MaxRedirects == 0:
		return defaultMaxRedirects
	}
	return f.MaxRedirects
}

func cmpOrDur(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}
