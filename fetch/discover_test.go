package fetch

import (
	"net/url"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/feeds"
)

func TestDiscover(t *testing.T) {
	base, _ := url.Parse("https://example.com/news/index.html")
	for _, tc := range []struct {
		name string
		base *url.URL
		page string
		want []string
	}{
		{name: "rss, atom and json feed, in order", base: base, page: `<!doctype html><html><head>
			<link rel="stylesheet" href="/s.css">
			<link rel="alternate" type="application/atom+xml" href="/atom.xml">
			<link rel="alternate" type="application/rss+xml" title="RSS" href="rss.xml">
			<link rel="alternate" type="application/feed+json" href="https://feeds.example.org/f.json">
			<link rel="alternate" type="application/json" href="/feed.json">
			</head><body></body></html>`,
			want: []string{"https://example.com/atom.xml", "https://example.com/news/rss.xml",
				"https://feeds.example.org/f.json", "https://example.com/feed.json"}},
		{name: "case, parameters, other rels, self-closing", base: base,
			page: `<LINK REL="Alternate Home" TYPE="Application/RSS+XML; charset=utf-8" HREF="/a.rss"/>`,
			want: []string{"https://example.com/a.rss"}},
		{name: "repeats dropped, fragments too", base: base,
			page: `<link rel=alternate type=application/rss+xml href=/a.rss><link rel=alternate type=application/rss+xml href="/a.rss#x">`,
			want: []string{"https://example.com/a.rss"}},
		{name: "entities in the address", base: base,
			page: `<link rel="alternate" type="application/rss+xml" href="/feed?a=1&amp;b=2">`,
			want: []string{"https://example.com/feed?a=1&b=2"}},
		{name: "the page's first base wins", base: base,
			page: `<link rel="alternate" type="application/rss+xml" href="feed"><base href="https://cdn.example.net/blog/"><base href="/ignored/">`,
			want: []string{"https://cdn.example.net/blog/feed"}},
		{name: "a relative base", base: base,
			page: `<base href="/blog/"><link rel="alternate" type="application/rss+xml" href="feed">`,
			want: []string{"https://example.com/blog/feed"}},
		{name: "not feeds", base: base, page: `
			<link rel="alternate" hreflang="fr" href="/fr/">
			<link rel="alternate" type="text/html" href="/print">
			<link rel="feed" type="application/rss+xml" href="/nope.xml">
			<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
			<link rel="alternate" type="application/rss+xml" href="ftp://example.com/f.xml">
			<link rel="alternate" type="application/rss+xml">`},
		{name: "links in script or comments are not links", base: base, page: `
			<script>var s = '<link rel="alternate" type="application/rss+xml" href="/js.xml">';</script>
			<!-- <link rel="alternate" type="application/rss+xml" href="/old.xml"> -->`},
		{name: "no base: absolute only", page: `<link rel="alternate" type="application/rss+xml" href="/a.rss">
			<link rel="alternate" type="application/rss+xml" href="http://example.com/b.rss">`,
			want: []string{"http://example.com/b.rss"}},
		{name: "empty", base: base, page: ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Discover(tc.base, []byte(tc.page)); !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func FuzzDiscover(f *testing.F) {
	f.Add(`<base href="/b/"><link rel="alternate" type="application/rss+xml" href="feed">`)
	f.Add(`<link rel=alternate type=application/atom+xml href="//x.example/a?b#c">`)
	base, _ := url.Parse("https://example.com/page")
	f.Fuzz(func(t *testing.T, page string) {
		for _, s := range Discover(base, []byte(page)) {
			u, err := url.Parse(s)
			if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.Fragment != "" {
				t.Errorf("Discover gave %q, not an http(s) address", s)
			}
		}
		feeds.IsHTMLPage([]byte(page))
	})
}
