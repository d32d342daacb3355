package fetch

// Article pages: the web page a story links to, fetched for its text
// (feeds.Article extracts it). Politer and more bounded than a feed: the
// same per-host limit and User-Agent, but 15 s and 5 MiB at most, only
// web pages, and never a loopback or private address.

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

const (
	// DefaultPageTimeout bounds an article page's fetch, redirects and
	// body included, unless Fetcher.PageTimeout says otherwise.
	DefaultPageTimeout = 15 * time.Second
	// PageMaxBytes is the largest article page read; a larger one is
	// refused (before it is read, when its length is sent).
	PageMaxBytes = 5 << 20
	acceptPages  = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
)

// Page is an article page fetched: a web page's bytes, or Err (a *Error).
type Page struct {
	URL string // as asked for
	// FinalURL is where the page came from, after redirects: links in
	// it are relative to this.
	FinalURL    string
	Status      int
	ContentType string
	Body        []byte
	Err         error
}

// FetchPage fetches the article page at raw, an http or https address.
// It waits for a free slot of the page's host (PerHost of them, shared by
// every page fetch of this Fetcher) and fails, as a *Error, on anything
// but a web page of at most PageMaxBytes within PageTimeout (default
// 15 s). Unless
// AllowPrivatePages is set, every address it dials (the link's, any
// redirect's) must be public: see publicOnly.
func (f *Fetcher) FetchPage(ctx context.Context, raw string) Page {
	u, fail := pageAddress(raw)
	if fail != nil {
		return Page{URL: raw, Err: fail}
	}
	release, err := f.hostSlot(ctx, hostKey(u))
	if err != nil {
		return Page{URL: raw, Err: &Error{URL: redact(raw), Kind: KindCanceled, Err: err, reason: "stopped before it started"}}
	}
	defer release()
	return f.fetchPage(ctx, raw, u)
}

// FetchPages fetches every page, as FetchAll fetches feeds: at most
// Workers at once and PerHost from one host, hosts in turn; done gets each
// page as it ends, on the calling goroutine. A page not started when ctx
// ends is reported as canceled.
func (f *Fetcher) FetchPages(ctx context.Context, raws []string, done func(Page)) {
	workers, perHost := f.poolSize()
	var jobs []string
	var hosts []string
	var addrs []*url.URL
	for _, raw := range raws {
		u, fail := pageAddress(raw)
		if fail != nil {
			done(Page{URL: raw, Err: fail})
			continue
		}
		jobs, hosts, addrs = append(jobs, raw), append(hosts, hostKey(u)), append(addrs, u)
	}
	unstarted := schedule(ctx, workers, perHost, hosts, func(i int) Page {
		release, err := f.hostSlot(ctx, hosts[i])
		if err != nil {
			return Page{URL: jobs[i], Err: &Error{URL: redact(jobs[i]), Kind: KindCanceled, Err: err, reason: "stopped before it started"}}
		}
		defer release()
		return f.fetchPage(ctx, jobs[i], addrs[i])
	}, func(_ int, p Page) { done(p) })
	for _, i := range unstarted {
		done(Page{URL: jobs[i], Err: &Error{URL: redact(jobs[i]), Kind: KindCanceled, Err: ctx.Err(), reason: "not fetched, as fetching was stopped"}})
	}
}

// pageAddress parses an article link; only http and https are fetched.
func pageAddress(raw string) (*url.URL, *Error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, &Error{URL: redact(raw), Kind: KindBadURL, Err: err,
			reason: "not a web address (only http and https links are fetched)"}
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

func (f *Fetcher) fetchPage(parent context.Context, raw string, u *url.URL) Page {
	p := Page{URL: raw}
	lim := limits{noun: "page", timeout: cmpOrDur(f.PageTimeout, DefaultPageTimeout), maxBytes: PageMaxBytes, client: f.pageClient(),
		header: func(req *http.Request, _ bool) {
			req.Header.Set("User-Agent", f.userAgent())
			req.Header.Set("Accept", acceptPages)
			req.Header.Set("Accept-Encoding", "gzip, deflate")
		}}
	ctx, cancel := context.WithTimeout(parent, lim.timeout)
	defer cancel()
	resp, _, err := f.follow(ctx, u, raw, &p.FinalURL, lim)
	if err != nil {
		p.Err = f.classify(parent, ctx, raw, err, stageConnect, lim)
		return p
	}
	defer resp.Body.Close()
	p.Status, p.ContentType = resp.StatusCode, resp.Header.Get("Content-Type")
	if code := resp.StatusCode; code < 200 || code > 299 {
		p.Err = pageStatusError(raw, p.FinalURL, u.String() != p.FinalURL, code)
		io.CopyN(io.Discard, resp.Body, 4<<10)
		return p
	}
	if typ, ok := webPage(p.ContentType); !ok {
		p.Err = &Error{URL: redact(raw), Kind: KindNotHTML,
			reason: fmt.Sprintf("is %s, not a web page; open it in a browser", typ)}
		return p
	}
	body, wire, err := readBody(resp, lim.maxBytes)
	if err != nil {
		st := stageDecode
		if wire.err != nil {
			st = stageWire
		}
		p.Err = f.classify(parent, ctx, raw, err, st, lim)
		return p
	}
	if p.ContentType == "" && !strings.HasPrefix(http.DetectContentType(body), "text/html") {
		p.Err = &Error{URL: redact(raw), Kind: KindNotHTML, reason: "is not a web page (the server does not say what it is); open it in a browser"}
		return p
	}
	p.Body = body
	return p
}

// webPage reports whether a Content-Type is a web page's; typ is how to
// name it otherwise. A missing one is judged by the body.
func webPage(contentType string) (typ string, ok bool) {
	if strings.TrimSpace(contentType) == "" {
		return "", true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return fmt.Sprintf("%q", contentType), false
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return mt, true
	case "application/pdf":
		return "a PDF", false
	}
	switch kind, _, _ := strings.Cut(mt, "/"); kind {
	case "image":
		return "an image", false
	case "video":
		return "a video", false
	case "audio":
		return "an audio file", false
	}
	return mt, false
}

// pageStatusError words an error status of an article page.
func pageStatusError(raw, final string, moved bool, code int) *Error {
	text := "HTTP " + strconv.Itoa(code)
	if s := http.StatusText(code); s != "" {
		text += " " + s
	}
	if moved {
		text += " (from " + redact(final) + ", where it redirects)"
	}
	switch {
	case code == http.StatusUnauthorized || code == http.StatusPaymentRequired || code == http.StatusForbidden:
		text += ": the site will not serve the page to dateline (a paywall, a login, or no robots); open it in a browser"
	case code == http.StatusNotFound || code == http.StatusGone:
		text += ": the page is not there (moved or removed)"
	case code == http.StatusTooManyRequests:
		text += ": the site asks dateline to slow down; try again later"
	case code >= 500:
		text += " from the server; try again later"
	}
	return &Error{URL: redact(raw), Kind: KindHTTP, Status: code, reason: text}
}

func (f *Fetcher) userAgent() string {
	if f.UserAgent != "" {
		return f.UserAgent
	}
	return DefaultUserAgent("")
}

// pageClient is the client for article pages: its own connections, each
// dialled through publicOnly unless AllowPrivatePages is set. It uses no
// proxy while guarding: a proxy would dial the page's address itself,
// unchecked.
func (f *Fetcher) pageClient() *http.Client {
	f.pageOnce.Do(func() {
		connect := f.connectTimeout()
		dialer := &net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second}
		proxy := http.ProxyFromEnvironment
		if !f.AllowPrivatePages {
			dialer.Control = f.publicOnly
			proxy = nil
		}
		f.pages = &http.Client{
			CheckRedirect: useLastResponse,
			Transport: &http.Transport{
				Proxy:                  proxy,
				DialContext:            dialer.DialContext,
				TLSHandshakeTimeout:    connect,
				ForceAttemptHTTP2:      true,
				DisableCompression:     true,
				MaxIdleConns:           16,
				MaxIdleConnsPerHost:    max(f.PerHost, defaultPerHost),
				IdleConnTimeout:        30 * time.Second,
				MaxResponseHeaderBytes: 1 << 20,
			},
		}
	})
	return f.pages
}

// privateAddrError is a dial publicOnly refused.
type privateAddrError struct{ addr string }

func (e *privateAddrError) Error() string { return e.addr + " is a loopback or private address" }

// publicOnly is a net.Dialer's Control: it refuses to connect to an
// address that is not public (loopback, private, link-local, carrier-grade
// NAT, unspecified, multicast). It sees the address actually dialled,
// after DNS, so neither a name that resolves there nor a redirect to one
// gets through; and the page client's connections are all dialled so, so
// a kept-alive one is public too.
func (f *Fetcher) publicOnly(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &privateAddrError{addr: address}
	}
	public := isPublic
	if f.public != nil {
		public = f.public
	}
	if !public(ap.Addr()) {
		return &privateAddrError{addr: ap.Addr().String()}
	}
	return nil
}

// cgnat is carrier-grade NAT's shared space (RFC 6598), used by VPNs such
// as Tailscale for private hosts.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

func isPublic(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsValid() && !a.IsLoopback() && !a.IsPrivate() && !a.IsLinkLocalUnicast() &&
		!a.IsLinkLocalMulticast() && !a.IsInterfaceLocalMulticast() && !a.IsMulticast() &&
		!a.IsUnspecified() && !cgnat.Contains(a) && !(a.Is4() && a.As4()[0] == 0)
}

// hostSlot waits for one of PerHost slots of a host, shared by every page
// fetch of the Fetcher, so that the reader's fetches and a refresh's
// together keep to the limit. release frees it.
func (f *Fetcher) hostSlot(ctx context.Context, key string) (release func(), err error) {
	_, perHost := f.poolSize()
	f.slotsMu.Lock()
	if f.slots == nil {
		f.slots = map[string]chan struct{}{}
	}
	ch := f.slots[key]
	if ch == nil {
		ch = make(chan struct{}, perHost)
		f.slots[key] = ch
	}
	f.slotsMu.Unlock()
	select {
	case ch <- struct{}{}:
		return func() { <-ch }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// pageState is the Fetcher's state for pages, built on first use.
type pageState struct {
	pageOnce sync.Once
	pages    *http.Client
	slotsMu  sync.Mutex
	slots    map[string]chan struct{}
	// public replaces isPublic (tests: a loopback address that stands
	// for a public one).
	public func(netip.Addr) bool
}
