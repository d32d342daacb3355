package fetch

// How a failed fetch is told to the user: the kind of failure, for code
// that acts on it, and a text that names the feed, says what went wrong in
// plain words and what to do about it.

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dateline-news/dateline/feeds"
)

// ErrorKind says what sort of failure an Error is, for callers that
// act on it (retry later, mark a feed dead, ask for a password).
type ErrorKind int

// The kinds of fetch failure.
const (
	KindOther    ErrorKind = iota
	KindBadURL             // the request's URL is not an http(s) address
	KindDNS                // the host name could not be looked up
	KindConnect            // connection refused, unreachable, or broken midway
	KindTLS                // the secure connection failed (certificate, not https)
	KindTimeout            // no connection within ConnectTimeout, or no whole answer within Timeout
	KindHTTP               // the server answered with an error status (Status says which)
	KindTooLarge           // the body is larger than MaxBytes
	KindRedirect           // a redirect loop, too many, or to something not http(s)
	KindDecode             // the gzip or deflate body is damaged, or in another encoding
	KindCanceled           // the caller's context ended first
	KindNotHTML            // an article page that is not a web page (a PDF, an image, a feed)
	KindPrivate            // an article page at (or redirected to) a loopback or private address
)

// String names the kind in a word or two, for logs.
func (k ErrorKind) String() string {
	switch k {
	case KindOther:
		return "other"
	case KindBadURL:
		return "bad address"
	case KindDNS:
		return "DNS"
	case KindConnect:
		return "connect"
	case KindTLS:
		return "TLS"
	case KindTimeout:
		return "timeout"
	case KindHTTP:
		return "HTTP"
	case KindTooLarge:
		return "too large"
	case KindRedirect:
		return "redirect"
	case KindDecode:
		return "decode"
	case KindCanceled:
		return "canceled"
	case KindNotHTML:
		return "not HTML"
	case KindPrivate:
		return "private address"
	}
	return "ErrorKind(" + strconv.Itoa(int(k)) + ")"
}

// Error is a failed fetch; get at it (and its Kind) with errors.As.
// Its text names the feed's address, says what went wrong in plain words
// and what to do, such as
// "https://example.com/feed: host not found (DNS); check the address".
type Error struct {
	URL    string // the request's URL, any password in it shown as xxxxx
	Kind   ErrorKind
	Status int   // the HTTP status, for KindHTTP (and KindRedirect)
	Err    error // the cause, if there is one beyond the status

	reason string
}

// Error writes any control or bidi character (a server's words may hold
// them) as an escape, so the text is safe to print.
func (e *Error) Error() string {
	return feeds.QuoteControls(e.URL) + ": " + e.Reason()
}

// Reason is Error without the URL: what went wrong, safe to print.
func (e *Error) Reason() string {
	reason := e.reason
	if reason == "" {
		reason = e.Kind.String() + " error"
		if e.Err != nil {
			reason += ": " + e.Err.Error()
		}
	}
	return feeds.QuoteControls(reason)
}

func (e *Error) Unwrap() error { return e.Err }

// stage is how far a fetch got when it failed.
type stage int

const (
	stageConnect stage = iota // before the answer's headers
	stageWire                 // reading the body from the connection
	stageDecode               // decoding (or capping) the body
)

// classify words a failure of the transport or of reading the body.
func (f *Fetcher) classify(parent, ctx context.Context, raw string, err error, st stage, lim limits) *Error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe
	}
	e := &Error{URL: redact(raw), Err: err}
	var dns *net.DNSError
	var ne net.Error
	var enc encodingError
	var private *privateAddrError
	switch {
	case errors.As(err, &private):
		e.Kind, e.Err = KindPrivate, private
		e.reason = fmt.Sprintf("leads to %s, a loopback or private address; dateline fetches no page there", private.addr)
	case parent.Err() != nil && lim.noun == "feed":
		e.Kind, e.reason = KindCanceled, "stopped before it finished; it will be fetched again at the next refresh"
	case parent.Err() != nil:
		e.Kind, e.reason = KindCanceled, "stopped before it finished"
	case ctx.Err() != nil && st == stageConnect:
		e.Kind, e.reason = KindTimeout, fmt.Sprintf("no answer within %v; the server may be down, try again later", lim.timeout)
	case ctx.Err() != nil:
		e.Kind, e.reason = KindTimeout, fmt.Sprintf("the %s was still arriving after %v; the server may be overloaded, try again later", lim.noun, lim.timeout)
	case errors.Is(err, feeds.ErrTooLarge) && lim.noun == "feed":
		e.Kind, e.Err = KindTooLarge, feeds.ErrTooLarge
		e.reason = fmt.Sprintf("larger than the %s limit; check that the address is a feed and not a file download", sizeText(lim.maxBytes))
	case errors.Is(err, feeds.ErrTooLarge):
		e.Kind, e.Err = KindTooLarge, feeds.ErrTooLarge
		e.reason = fmt.Sprintf("larger than the %s limit for a %s", sizeText(lim.maxBytes), lim.noun)
	case st == stageDecode && errors.As(err, &enc):
		e.Kind, e.reason = KindDecode, fmt.Sprintf("the server sent an answer compressed as %q, which dateline did not ask for and cannot read; tell the site's owner", string(enc))
	case st == stageDecode && errors.Is(err, io.ErrUnexpectedEOF):
		e.Kind, e.reason = KindDecode, "the server sent a compressed answer that ends too soon; try again later"
	case st == stageDecode:
		e.Kind, e.reason = KindDecode, fmt.Sprintf("the server sent a damaged compressed answer (%v); try again later", err)
	case errors.As(err, &dns) && dns.IsNotFound:
		e.Kind, e.reason = KindDNS, "host not found (DNS); check the address"
	case errors.As(err, &dns):
		e.Kind, e.reason = KindDNS, fmt.Sprintf("could not look up the host (DNS: %v); check the network connection", dns.Err)
	case isRefused(err):
		e.Kind, e.reason = KindConnect, "connection refused; the server is down, or the address names the wrong port"
	case isUnreachable(err):
		e.Kind, e.reason = KindConnect, "network unreachable; check the network connection"
	case tlsReason(err) != "":
		e.Kind, e.reason = KindTLS, tlsReason(err)
	case st == stageConnect && errors.As(err, &ne) && ne.Timeout():
		e.Kind, e.reason = KindTimeout, fmt.Sprintf("could not connect within %v; the server may be down, try again later", f.connectTimeout())
	case st == stageWire:
		e.Kind, e.reason = KindConnect, fmt.Sprintf("the connection broke before the whole %s arrived (%v); try again later", lim.noun, cause(err))
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		e.Kind, e.reason = KindConnect, "the server closed the connection without answering; try again later"
	default:
		e.Kind, e.reason = KindOther, fmt.Sprintf("%v; try again later", cause(err))
	}
	return e
}

// statusError words an error status. moved says the answer came from
// where a redirect led, which the text then names.
func statusError(raw, final string, moved bool, code int, wait time.Duration) *Error {
	text := "HTTP " + strconv.Itoa(code)
	if s := http.StatusText(code); s != "" {
		text += " " + s
	}
	if moved {
		text += " (from " + redact(final) + ", where it redirects)"
	}
	again := "; it will be tried again at the next refresh"
	if wait > 0 {
		again = "; it will be tried again in " + waitText(wait)
	}
	switch {
	case code == http.StatusGone:
		text += ": the feed is gone and will not be fetched again; remove it, or find its new address"
	case code == http.StatusUnauthorized:
		text += ": the feed needs a login; check the user name and password"
	case code == http.StatusForbidden:
		text += ": the server refuses to serve it; check the address, and whether the feed needs a login"
	case code == http.StatusNotFound:
		text += "; check the address, the feed may have moved"
	case code == http.StatusTooManyRequests:
		text += ": the server asks dateline to slow down" + again
	case code >= 500:
		text += " from the server" + again
	default:
		text += "; check the address"
	}
	return &Error{URL: redact(raw), Kind: KindHTTP, Status: code, reason: text}
}

// cause drops the wrappers whose text repeats the method and the URL.
func cause(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// redact hides a password in a URL, for error texts.
func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return raw
}

// waitText writes a wait the way a person would: "45 seconds", "2 minutes",
// "3 hours", "1 hour 30 minutes".
func waitText(d time.Duration) string {
	if d < time.Minute {
		return plural(int((d+time.Second-1)/time.Second), "second")
	}
	d = d.Round(time.Minute)
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case h == 0:
		return plural(m, "minute")
	case m == 0:
		return plural(h, "hour")
	}
	return plural(h, "hour") + " " + plural(m, "minute")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

func sizeText(n int64) string {
	switch {
	case n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

func isRefused(err error) bool { return errors.Is(err, syscall.ECONNREFUSED) }

func isUnreachable(err error) bool {
	return errors.Is(err, syscall.ENETUNREACH) || errors.Is(err, syscall.EHOSTUNREACH)
}

// tlsReason words a failure of the secure connection, "" if err is not one.
func tlsReason(err error) string {
	var record tls.RecordHeaderError
	var verify *tls.CertificateVerificationError
	var unknown x509.UnknownAuthorityError
	var host x509.HostnameError
	var invalid x509.CertificateInvalidError
	var alert tls.AlertError
	switch {
	// The transport words a RecordHeaderError that starts with "HTTP/" as
	// this, in a plain error.
	case errors.As(err, &record), strings.Contains(err.Error(), "server gave HTTP response to HTTPS client"):
		return "the server does not speak https at this address; check the address (is it http://?)"
	case errors.As(err, &verify), errors.As(err, &unknown), errors.As(err, &host), errors.As(err, &invalid):
		return fmt.Sprintf("the server's certificate is not valid for it (%v); check the address, or tell the site's owner", cause(err))
	case errors.As(err, &alert):
		return fmt.Sprintf("the server refused the secure connection (%v); check the address, or try again later", cause(err))
	}
	return ""
}

// encodingError is a Content-Encoding dateline cannot decode.
type encodingError string

func (e encodingError) Error() string { return fmt.Sprintf("content encoding %q", string(e)) }
