package fetch

// When a feed should next be fetched, by the server's own word: cache
// headers and the RSS <ttl> on success, Retry-After when it is busy. The
// result is capped, so that no server can silence a feed for long.

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// freshUntil is when an answer stops being fresh by its headers: max-age
// (less the Age it already has), or without one Expires, measured from the
// server's Date so that a skewed clock on either side does not matter (RFC
// 9111: max-age wins over Expires). Zero if it says nothing or no-cache.
func freshUntil(h http.Header, now time.Time) time.Time {
	maxAge := int64(-1)
	for _, d := range strings.Split(strings.Join(h.Values("Cache-Control"), ","), ",") {
		d = strings.ToLower(strings.TrimSpace(d))
		if d == "no-cache" || d == "no-store" {
			return time.Time{}
		}
		if v, ok := strings.CutPrefix(d, "max-age="); ok {
			if n, ok := parseSeconds(strings.Trim(v, `"`)); ok {
				maxAge = n
			}
		}
	}
	age, _ := parseSeconds(h.Get("Age"))
	if maxAge >= 0 {
		return now.Add(time.Duration(maxAge-age) * time.Second)
	}
	exp, err := http.ParseTime(h.Get("Expires"))
	if err != nil {
		return time.Time{}
	}
	return fromServerClock(h, exp, now).Add(-time.Duration(age) * time.Second)
}

// retryAfter reads Retry-After: seconds, or an HTTP date.
func retryAfter(h http.Header, now time.Time) time.Time {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if n, ok := parseSeconds(v); ok {
		return now.Add(time.Duration(n) * time.Second)
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return time.Time{}
	}
	return fromServerClock(h, t, now)
}

// fromServerClock turns an instant on the server's clock into one on ours,
// through the answer's Date header when it has one.
func fromServerClock(h http.Header, t, now time.Time) time.Time {
	if date, err := http.ParseTime(h.Get("Date")); err == nil {
		return now.Add(t.Sub(date))
	}
	return t
}

// ttlUntil reads an RSS channel's <ttl> (minutes). It is a cheap scan, not
// a parse: it looks only between <channel and the first <item, and after
// the last </item>, where a channel's own elements are, so that an item's
// text cannot set it.
func ttlUntil(body []byte, now time.Time) time.Time {
	c := bytes.Index(body, []byte("<channel"))
	if c < 0 {
		return time.Time{}
	}
	head := body[c:]
	if i := bytes.Index(head, []byte("<item")); i >= 0 {
		head = head[:i]
	}
	n, ok := findTTL(head)
	if !ok {
		if j := bytes.LastIndex(body, []byte("</item>")); j > c {
			n, ok = findTTL(body[j:])
		}
	}
	if !ok {
		return time.Time{}
	}
	return now.Add(time.Duration(n) * time.Minute)
}

func findTTL(b []byte) (int64, bool) {
	i := bytes.Index(b, []byte("<ttl>"))
	if i < 0 {
		return 0, false
	}
	rest := b[i+len("<ttl>"):]
	end := bytes.IndexByte(rest, '<')
	if end < 0 {
		return 0, false
	}
	n, ok := parseSeconds(string(rest[:end]))
	return n, ok && n > 0
}

// parseSeconds reads a non-negative decimal number (of seconds, or of
// minutes for <ttl>); one too long to matter is read as 10⁹, which the
// 24-hour cap reduces anyway.
func parseSeconds(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	if len(s) > 9 {
		return 1e9, true
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// capNext keeps a NextFetch within (now, now+24h]; past instants are zero.
func capNext(t, now time.Time) time.Time {
	switch {
	case !t.After(now):
		return time.Time{}
	case t.After(now.Add(maxNextFetch)):
		return now.Add(maxNextFetch)
	}
	return t
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
