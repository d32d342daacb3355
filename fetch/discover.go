package fetch

// Feed autodiscovery: when the address a user gives is a web page rather
// than a feed, the page usually names its feeds in <link rel="alternate">.

import (
	"bytes"
	"mime"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// Discover returns the feeds an HTML page announces with
// <link rel="alternate" type="application/rss+xml"> (or Atom, RDF, JSON
// Feed), in document order, without repeats, resolved against base (or the
// page's own <base href>, which takes precedence, as in a browser). Only
// http and https addresses are returned; with a nil base, only absolute
// ones. A page that announces none gives nil.
func Discover(base *url.URL, page []byte) []string {
	// The hrefs are resolved at the end, as the document's base is its
	// first <base href> wherever that stands.
	var hrefs []string
	pageBase, hasBase := "", false
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if !hasAttr || string(name) != "link" && string(name) != "base" {
			continue
		}
		var rel, typ, href string
		hasHref := false
		for more := true; more; {
			var k, v []byte
			k, v, more = z.TagAttr()
			switch string(k) {
			case "rel":
				rel = string(v)
			case "type":
				typ = string(v)
			case "href":
				href, hasHref = string(v), true
			}
		}
		switch {
		case !hasHref:
		case string(name) == "base":
			if !hasBase {
				pageBase, hasBase = href, true
			}
		case isAlternate(rel) && isFeedType(typ):
			hrefs = append(hrefs, href)
		}
	}
	if u := resolveLink(base, pageBase); hasBase && u != nil {
		base = u
	}
	var found []string
	seen := map[string]bool{}
	for _, href := range hrefs {
		if u := resolveLink(base, href); u != nil && !seen[u.String()] {
			seen[u.String()] = true
			found = append(found, u.String())
		}
	}
	return found
}

// isAlternate reports whether a rel attribute (a list of words, any case)
// holds "alternate".
func isAlternate(rel string) bool {
	for _, w := range strings.Fields(rel) {
		if strings.EqualFold(w, "alternate") {
			return true
		}
	}
	return false
}

// isFeedType reports whether a type attribute names a feed, ignoring case
// and parameters ("application/rss+xml; charset=utf-8"). application/json
// is one because some sites announce their JSON Feed with it.
func isFeedType(typ string) bool {
	mt, _, err := mime.ParseMediaType(typ)
	if err != nil {
		return false
	}
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/feed+json", "application/json":
		return true
	}
	return false
}

// resolveLink resolves href against base; nil unless the result is an
// http or https address.
func resolveLink(base *url.URL, href string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return nil
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil
	}
	u.Fragment, u.RawFragment = "", ""
	return u
}
