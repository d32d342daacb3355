package opml

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dateline-news/dateline/feeds"
)

// opmlFixture opens a file of testdata/opml.
func opmlFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "opml", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []Subscription
		errs []string // one per outline left out, in order
	}{
		{"newsboat.opml", []Subscription{
			{URL: "https://wire.example.com/rss.xml", Name: "Example Wire"},
			{URL: "https://blog.example.org/atom.xml", Name: "Notes from Nairobi & beyond"},
			{URL: "http://old.example.net/index.rdf"}, // its title is its URL: no name
		}, []string{
			`line 10: outline "Council minutes": xmlUrl "exec:~/bin/scrape-council.sh" is not an http or https URL`,
			`line 11: outline "Unread": xmlUrl "query:Unread:unread = "yes"" is not an http or https URL`,
		}},
		{"feedly.opml", []Subscription{
			{URL: "https://wire.example.com/rss.xml", Name: "Example Wire", Tags: []string{"World", "Tech"}}, // listed twice: tags merged
			{URL: "https://dispatch.example.org/feed/", Name: "Pacific Dispatch", Tags: []string{"World"}},
			{URL: "https://bytes.example.com/feed.atom", Name: "Byte Report", Tags: []string{"Tech"}},
			{URL: "https://eco.example.fr/rss", Name: "Café Économie", Tags: []string{"Uncategorized"}},
		}, nil},
		{"freshrss.opml", []Subscription{
			{URL: "https://balkan.example.com/feed", Name: "Balkan Insight", Region: "Europe", Tags: []string{"News", "Regional"}},
			{URL: "https://gulf.example.ae/rss", Name: "Gulf Daily", Region: "Middle East", Tags: []string{"News", "Regional"}},
			{URL: "http://wire.example.com/all.xml", Name: "Wire", Tags: []string{"News"}}, // feed:// and text over title
			{URL: "https://longreads.example.net/rss", Name: "Reading"},
		}, nil},
		{"latin1.opml", []Subscription{
			{URL: "https://geneve.example.ch/rss", Name: "Le Journal de Genève", Tags: []string{"Actualités"}},
		}, nil},
		{"hostile.opml", []Subscription{
			{URL: "https://evil.example.com/rss", Name: "Clipboard red gnp.exe", Tags: []string{"Folder One"}},
			{URL: "https://toons.example.com/rss", Name: "Tom & Jerry News", Tags: []string{"Folder One"}},
		}, []string{
			`line 6: outline "Script": xmlUrl "javascript:alert(1)" is not an http or https URL`,
			`line 7: outline "Ctrl": xmlUrl "https://ctrl.example.com/\x1b[2J" is not an http or https URL`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := Parse(bytes.NewReader(opmlFixture(t, tt.file)))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", dumpSubs(got), dumpSubs(tt.want))
			}
			var lines []string
			if err != nil {
				lines = strings.Split(err.Error(), "\n")
			}
			if len(lines) != len(tt.errs) {
				t.Fatalf("errors: %v, want %d", err, len(tt.errs))
			}
			for i, want := range tt.errs {
				if !strings.HasPrefix(lines[i], want) {
					t.Errorf("error %d: %s\nwant %s...", i, lines[i], want)
				}
			}
			var oe *OutlineError
			if err != nil && !errors.As(err, &oe) {
				t.Errorf("not an *OutlineError: %v", err)
			}
		})
	}
}

func dumpSubs(subs []Subscription) string {
	var b strings.Builder
	for _, s := range subs {
		fmt.Fprintf(&b, "  %#v\n", s)
	}
	return b.String()
}

func TestParseBadInput(t *testing.T) {
	tests := []struct {
		name, in string
		notOPML  bool
		msg      string
	}{
		{"empty", "", true, "not an OPML file (an empty file); export the subscriptions from the feed reader as OPML"},
		{"html page", "<!DOCTYPE html><html><body></body></html>", true, "(an HTML page)"},
		{"an RSS feed", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, true, "it is a feed, not a list of feeds; add the feed itself instead"},
		{"an Atom feed", `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`, true, "it is a feed"},
		{"JSON", `{"feeds": []}`, true, "(JSON)"},
		{"other XML", `<?xml version="1.0"?><subscriptions><feed/></subscriptions>`, true, "(XML whose root element is <subscriptions>, not <opml>)"},
		{"hostile root name", "<evil\x1b]0;x\x07>", true, `root element is <evil\x1b]0;x\a>`},
		{"plain text", "feeds: https://a.example/rss\n", true, "(no <opml> element found)"},
		{"no body", `<opml version="2.0"><head><title>x</title></head></opml>`, false, "has no <body>, so no feeds"},
		{"empty body", `<opml version="2.0"><body/></opml>`, false, "its <body> is empty"},
		{"an outline document", `<opml version="2.0"><body><outline text="Groceries"><outline text="eggs"/></outline></body></opml>`, false, "none of its 2 outlines has an xmlUrl attribute; is it a list of subscriptions?"},
		{"only unusable feeds", `<opml version="2.0"><body><outline text="a" xmlUrl="file:///etc/passwd"/></body></opml>`, false, "no usable feed in the OPML file:\nline 1: outline \"a\": xmlUrl \"file:///etc/passwd\" is not an http or https URL"},
		{"broken XML", "<opml version=\"2.0\">\n<body>\n<outline text=\"a\" xmlUrl=\"https://a.example/x/>\n</body></opml>", false, "the OPML file is not valid XML: line "},
		{"outlines outside the body", `<opml version="2.0"><head><outline xmlUrl="https://a.example/x"/></head><body></body></opml>`, false, "its <body> is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subs, err := Parse(strings.NewReader(tt.in))
			if err == nil || subs != nil {
				t.Fatalf("got %v, %v", subs, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error: %v\nwant it to hold %q", err, tt.msg)
			}
			if errors.Is(err, ErrNotOPML) != tt.notOPML {
				t.Errorf("errors.Is(err, ErrNotOPML) = %v", !tt.notOPML)
			}
		})
	}
}

func TestParseUTF16(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-16"?><opml version="1.0"><body><outline text="Wire — 東京" xmlUrl="https://a.example/x"/></body></opml>`
	var b bytes.Buffer
	b.WriteString("\xFF\xFE")
	for _, u := range utf16.Encode([]rune(doc)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	subs, err := Parse(&b)
	if err != nil || len(subs) != 1 || subs[0].Name != "Wire — 東京" {
		t.Errorf("got %v, %v", subs, err)
	}
}

func TestParseRegions(t *testing.T) {
	doc := `<opml version="2.0"><body>
<outline text="a" xmlUrl="https://a.example/" region="apac" category="/Europe"/>
<outline text="b" xmlUrl="https://b.example/" region="Atlantis" category="/Tech/Latin America"/>
<outline text="c" xmlUrl="https://c.example/" category="Africa"/>
<outline text="d" xmlUrl="https://d.example/" category="/Kenya,/Sport"/>
</body></opml>`
	subs, err := Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range subs {
		got = append(got, s.Region)
	}
	// The region attribute wins; a category part that names a region
	// counts; a country is not a region.
	if want := []string{"Asia - Pacific", "Americas", "Africa", ""}; !slices.Equal(got, want) {
		t.Errorf("regions %q, want %q", got, want)
	}
}

func TestParseDeepNesting(t *testing.T) {
	const depth = 10000
	var doc strings.Builder
	doc.WriteString(`<opml version="2.0"><body>`)
	var want []string
	for i := range depth {
		fmt.Fprintf(&doc, `<outline text="f%d">`, i)
		if i < maxFolderDepth {
			want = append(want, fmt.Sprint("f", i))
		}
	}
	doc.WriteString(`<outline text="deep" xmlUrl="https://a.example/x"/>` + strings.Repeat(`</outline>`, depth) +
		`<outline text="top" xmlUrl="https://b.example/x"/></body></opml>`)
	subs, err := Parse(strings.NewReader(doc.String()))
	if err != nil || len(subs) != 2 {
		t.Fatalf("got %v, %v", subs, err)
	}
	// The outermost folders are tags, up to the limit; the feed after
	// them all has none.
	if !slices.Equal(subs[0].Tags, want) || subs[1].Tags != nil {
		t.Errorf("tags %q and %q", subs[0].Tags, subs[1].Tags)
	}
}

func TestParseCountsOutlinesPastTheLimit(t *testing.T) {
	doc := `<opml version="2.0"><body><outline text="ok" xmlUrl="https://a.example/x"/>` +
		strings.Repeat(`<outline text="x" xmlUrl="ftp://a.example/x"/>`, maxOutlineErrs+7) + `</body></opml>`
	subs, err := Parse(strings.NewReader(doc))
	if len(subs) != 1 || err == nil {
		t.Fatalf("got %v, %v", subs, err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != maxOutlineErrs+1 || lines[maxOutlineErrs] != "and 7 more outlines left out" {
		t.Errorf("%d lines, the last %q", len(lines), lines[len(lines)-1])
	}
}

func TestWrite(t *testing.T) {
	subs := []Subscription{
		{URL: "https://a.example/rss", Name: "A & B", Region: "Europe", Tags: []string{"World", "politics", "x,y%"}},
		{URL: "https://b.example/rss"},
		{URL: "https://c.example/rss", Name: `"C"`, Section: "Sport", Tags: []string{"World"}},
	}
	var b bytes.Buffer
	if err := Write(&b, "dateline <subscriptions>", subs); err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>dateline &lt;subscriptions&gt;</title>
  </head>
  <body>
    <outline text="World" title="World">
      <outline type="rss" text="A &amp; B" title="A &amp; B" xmlUrl="https://a.example/rss" region="Europe" tags="politics,x%2Cy%25"/>
      <outline type="rss" text="&#34;C&#34;" title="&#34;C&#34;" xmlUrl="https://c.example/rss" section="Sport"/>
    </outline>
    <outline type="rss" text="https://b.example/rss" title="https://b.example/rss" xmlUrl="https://b.example/rss"/>
  </body>
</opml>
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	back, err := Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	checkSameSubs(t, back, subs)
}

// TestOPMLRoundTrip imports each fixture, exports it and imports it again.
func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"newsboat.opml", "feedly.opml", "freshrss.opml", "latin1.opml", "hostile.opml"} {
		t.Run(name, func(t *testing.T) {
			first, _ := Parse(bytes.NewReader(opmlFixture(t, name)))
			var b bytes.Buffer
			if err := Write(&b, "round trip", first); err != nil {
				t.Fatal(err)
			}
			second, err := Parse(&b)
			if err != nil {
				t.Fatal(err)
			}
			checkSameSubs(t, second, first)
		})
	}
}

// checkSameSubs compares subscriptions by URL: Write groups them by
// folder, which may change their order.
func checkSameSubs(t *testing.T, got, want []Subscription) {
	t.Helper()
	byURL := func(a, b Subscription) int { return strings.Compare(a.URL, b.URL) }
	got, want = slices.SortedFunc(slices.Values(got), byURL), slices.SortedFunc(slices.Values(want), byURL)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after a round trip:\n%s\nwant:\n%s", dumpSubs(got), dumpSubs(want))
	}
}

// FuzzParse checks that any input gives subscriptions or an error,
// never a panic; that what it gives is safe to show and to fetch; and
// that Write writes it so that it reads back the same.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"newsboat.opml", "feedly.opml", "freshrss.opml", "latin1.opml", "hostile.opml"} {
		f.Add(opmlFixture(f, name))
	}
	f.Add([]byte(`<opml><body><outline text="a,b" tags="%2C,%25,," xmlUrl="feed:https://a.example/"><outline xmlUrl="FEED://b.example/" category="/,/Europe/"/></outline></body></opml>`))
	f.Add([]byte("<opml><body><outline xmlUrl=\"https://a.example/\" text=\"\xff\xfe \x1b[1m\"></body>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		subs, err := Parse(bytes.NewReader(data))
		if subs == nil && err == nil {
			t.Fatal("no subscriptions and no error")
		}
		for _, s := range subs {
			if _, msg := feedURL(s.URL); msg != "" {
				t.Errorf("URL %q: %s", s.URL, msg)
			}
			for _, text := range append([]string{s.Name, s.Section}, s.Tags...) {
				checkSafeLine(t, text)
			}
		}
		if subs == nil {
			return
		}
		var b bytes.Buffer
		if err := Write(&b, "fuzz", subs); err != nil {
			t.Fatal(err)
		}
		back, err := Parse(&b)
		if err != nil {
			t.Fatalf("reading back: %v\n%s", err, b.String())
		}
		checkSameSubs(t, back, subs)
	})
}

// checkSafeLine fails t unless s is what feeds.SanitizeLine leaves as it
// is: valid UTF-8 with no escape, control or bidi control, on one line,
// folded and trimmed.
func checkSafeLine(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%q: invalid UTF-8", s)
	}
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || strings.ContainsRune("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c", r) {
			t.Errorf("%q: contains %U", s, r)
		}
	}
	if strings.Contains(s, "  ") || strings.TrimFunc(s, unicode.IsSpace) != s {
		t.Errorf("%q: not folded and trimmed", s)
	}
	if again := feeds.SanitizeLine(s); again != s {
		t.Errorf("%q: SanitizeLine changes it to %q", s, again)
	}
}
