package feeds

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/model"
)

// xmlFixtures: one RSS or Atom file per odd case, what LoadAll must make of
// it. testdata/feeds/README.md lists the files too.
var xmlFixtures = []struct {
	file    string
	stories int
	err     string // a part of the expected error, "" for none
	check   func(t *testing.T, s []*model.Story)
}{
	// A bogus default namespace on <rss>, inherited by every core element.
	{"rss_root_default_namespace.xml", 2, "", func(t *testing.T, s []*model.Story) {
		st := storyTitled(t, s, "У Гаазі проходить масштабна конференція")
		if st.Link() != "https://suspilne.media/644990-u-gaazi/" || !st.Dated() || st.Source != "suspilne.news" {
			t.Errorf("got %+v", *st)
		}
	}},
	// Items told apart only by author or category are three stories; the
	// exact repeat of the third is dropped.
	{"rss_bare_items.xml", 3, "", func(t *testing.T, s []*model.Story) {
		seen := map[string]bool{}
		for _, st := range s {
			if seen[st.ID] {
				t.Errorf("duplicate ID %q", st.ID)
			}
			seen[st.ID] = true
		}
	}},
	// RSS 0.91: doctype and comment before the root; no guid, no dates; the
	// <image> block's title and link are not the channel's.
	{"rss091.xml", 2, "", func(t *testing.T, s []*model.Story) {
		h := storyTitled(t, s, "Harbour reopens after storm")
		if h.Source != "Netscape Wire" || h.ID != "http://wire.example.com/news/harbour" || h.Dated() {
			t.Errorf("source %q ID %q dated %v", h.Source, h.ID, h.Dated())
		}
	}},
	// RSS 0.92: an item without a title takes one from its description;
	// "Sport" is the Sports section; an HTML description becomes Markdown.
	{"rss092.xml", 2, "", func(t *testing.T, s []*model.Story) {
		u := storyTitled(t, s, "A story with no title, only a description that is long enough to become the…")
		if u.Section != "Science" {
			t.Errorf("section %q", u.Section)
		}
		sp := storyTitled(t, s, "Sports round-up")
		// Shown once: as the body, which keeps the emphasis.
		if sp.Section != "Sports" || sp.Body.Markdown() != "Results from the **weekend**." || sp.Summary() != "" {
			t.Errorf("section %q body %q summary %q", sp.Section, sp.Body.Markdown(), sp.Summary())
		}
	}},
	// RSS 1.0 (RDF): default namespace, rdf:about as guid, dc:date,
	// dc:creator, dc:subject; <image> outside the channel is ignored.
	{"rss10.rdf", 2, "", func(t *testing.T, s []*model.Story) {
		p := storyTitled(t, s, "Parliament passes climate bill")
		want := time.Date(2024, 3, 5, 13, 30, 0, 0, time.UTC)
		if !p.Published.Equal(want) || p.Author() != "Anna Weber" || p.Section != "Politics" ||
			p.GUID() != "https://rdf.example.net/1" || p.Dateline() != "BERLIN" || p.Source != "RDF Digest" {
			t.Errorf("got %+v", *p)
		}
		if !p.Regions.Has(model.Europe) {
			t.Errorf("regions %v, want Europe (dc:subject Germany)", p.Regions.Names())
		}
	}},
	// RSS 2.0: content:encoded is the body, description the summary;
	// dc:creator; "email (Name)" authors; categories give section, tags and
	// region; a relative link in the body resolves against the item link;
	// the atom:link self URL qualifies a short guid; datelines.
	{"rss20.xml", 2, "", func(t *testing.T, s []*model.Story) {
		l := storyTitled(t, s, "Lagos port expansion approved")
		if l.Author() != "Kemi Okafor" || l.Section != "World" || strings.Join(l.Tags(), "|") != "Africa|Ports" ||
			l.Summary() != "The expansion will double capacity." || l.Dateline() != "LAGOS, Nigeria" ||
			l.ID != "https://planet.example.com/world/feed.xml#planet-2024-0001" || l.Source != "Daily Planet World" {
			t.Errorf("got %+v", *l)
		}
		if !l.Regions.Has(model.Africa) || l.RegionsInferred {
			t.Errorf("regions %v inferred %v", l.Regions.Names(), l.RegionsInferred)
		}
		if md := l.Body.Markdown(); !strings.Contains(md, "(https://planet.example.com/world/lagos-port/plan)") {
			t.Errorf("relative link not resolved: %q", md)
		}
		c := storyTitled(t, s, "Chip makers report record sales")
		if c.Author() != "Hiro Tanaka, Mei Chen" || c.Dateline() != "WASHINGTON" || c.Section != "Technology" {
			t.Errorf("got %+v", *c)
		}
		if want := time.Date(2024, 3, 4, 23, 0, 0, 0, time.UTC); !c.Published.Equal(want) {
			t.Errorf("published %v, want %v", c.Published, want)
		}
	}},
	// Atom: xml:base on the feed and the entry, relative links, xhtml
	// content (the wrapper div dropped), an html title, category term and
	// label, the feed author as default, updated when published is missing.
	{"atom_xhtml.atom", 2, "", func(t *testing.T, s []*model.Story) {
		g := storyTitled(t, s, "Glaciers retreat faster")
		md := g.Body.Markdown()
		for _, want := range []string{"[the ice](https://atom.example.org/blog/data/ice.csv)", "**found**", "(https://atom.example.org/blog/posts/2024/img/ice.png)"} {
			if !strings.Contains(md, want) {
				t.Errorf("body %q lacks %q", md, want)
			}
		}
		if strings.Contains(md, "div") || g.Link() != "https://atom.example.org/blog/posts/2024/glaciers.html" ||
			g.Author() != "Feed Author" || g.Section != "Science" || strings.Join(g.Tags(), "|") != "climate" {
			t.Errorf("got %+v body %q", *g, md)
		}
		e := storyTitled(t, s, "Second entry inherits the feed base")
		if e.Link() != "https://atom.example.org/blog/second.html" || !e.Published.Equal(time.Date(2024, 1, 15, 8, 0, 0, 0, time.UTC)) {
			t.Errorf("link %q published %v", e.Link(), e.Published)
		}
	}},
	// Atom: html content and summary, two authors, a category whose label
	// is a section word, a relative link resolved against the entry link.
	{"atom_html.xml", 1, "", func(t *testing.T, s []*model.Story) {
		e := storyTitled(t, s, "Election results are in")
		if e.Author() != "Rosa Santos, Luis Fernandes" || e.Section != "Politics" || e.Summary() != "Voters chose a new president." ||
			strings.Join(e.Tags(), "|") != "Brazil" || !e.Regions.Has(model.Americas) {
			t.Errorf("got %+v", *e)
		}
		if md := e.Body.Markdown(); !strings.Contains(md, "## Results") || !strings.Contains(md, "(https://html.example.com/count)") {
			t.Errorf("body %q", md)
		}
	}},
	// Declared character sets are decoded to UTF-8.
	{"latin1.xml", 1, "", func(t *testing.T, s []*model.Story) {
		e := storyTitled(t, s, "Zürich fête: été à la française")
		if e.Source != "Café crème" || e.Summary() != "Près de la gare." {
			t.Errorf("source %q summary %q", e.Source, e.Summary())
		}
	}},
	{"cp1252.xml", 1, "", func(t *testing.T, s []*model.Story) {
		e := storyTitled(t, s, "“Quoted” — it’s €5")
		if e.Summary() != "Ellipsis… and ‘single’." {
			t.Errorf("summary %q", e.Summary())
		}
	}},
	{"koi8r.xml", 1, "", func(t *testing.T, s []*model.Story) { storyTitled(t, s, "Москва сегодня") }},
	{"shiftjis.xml", 1, "", func(t *testing.T, s []*model.Story) { storyTitled(t, s, "東京の天気") }},
	// Byte-order marks: UTF-8, and UTF-16 (which wins over nothing else:
	// the declaration says UTF-16 too and must not decode twice).
	{"utf8bom.xml", 1, "", func(t *testing.T, s []*model.Story) {
		if e := storyTitled(t, s, "After the BOM ✓"); e.Source != "BOM é" {
			t.Errorf("source %q", e.Source)
		}
	}},
	{"utf16bom.xml", 1, "", func(t *testing.T, s []*model.Story) {
		if e := storyTitled(t, s, "Wide 漢字 text"); e.Source != "Sixteen é" {
			t.Errorf("source %q", e.Source)
		}
	}},
	// Declared UTF-8 with invalid bytes: they become U+FFFD, nothing stops.
	{"invalid_utf8.xml", 2, "", func(t *testing.T, s []*model.Story) {
		storyTitled(t, s, "Caf\uFFFD with a Latin-1 byte")
		storyTitled(t, s, "Second item")
	}},
	// Each item lacks one field: title, date, link, guid, description; one
	// has only a title, one only a date that cannot be read.
	{"missing_fields.xml", 7, "", func(t *testing.T, s []*model.Story) {
		if e := storyTitled(t, s, "No title here, the description stands in for one."); !e.Dated() {
			t.Error("lost its date")
		}
		if e := storyTitled(t, s, "No date"); e.Dated() {
			t.Error("dated")
		}
		if e := storyTitled(t, s, "No link"); e.Link() != "" || e.ID != "https://gaps.example.com/#no-link-1" {
			t.Errorf("link %q ID %q", e.Link(), e.ID)
		}
		if e := storyTitled(t, s, "No guid"); e.ID != "https://gaps.example.com/no-guid" || e.GUID() != "" {
			t.Errorf("ID %q GUID %q", e.ID, e.GUID())
		}
		if e := storyTitled(t, s, "No description"); e.Body.Markdown() != "No description" || e.Summary() != "" {
			t.Errorf("body %q summary %q", e.Body.Markdown(), e.Summary())
		}
		if e := storyTitled(t, s, "Nothing but a title"); !strings.HasPrefix(e.ID, "sha256:") {
			t.Errorf("ID %q", e.ID)
		}
		if e := storyTitled(t, s, "(untitled)"); e.Dated() {
			t.Error("an unreadable date must leave the story undated")
		}
	}},
	// A guid used twice with other content: the second gets a suffix; an
	// exact repeat is dropped; items without guid or link hash their content.
	{"dup_guid.xml", 4, "", func(t *testing.T, s []*model.Story) {
		a := storyTitled(t, s, "First with guid 7")
		b := storyTitled(t, s, "Second with guid 7, other content")
		if b.ID != a.ID+"~2" || a.GUID() != "7" || b.GUID() != "7" {
			t.Errorf("IDs %q %q", a.ID, b.ID)
		}
	}},
	// Hostile text in every field, as raw bytes and as character
	// references: escape sequences (OSC 52 clipboard, OSC 8 hyperlink, CSI,
	// OSC 0 title), C1 controls, bidi overrides, NUL. checkStories asserts
	// every field is sanitised; here, that the words around them survive.
	{"hostile.xml", 1, "", func(t *testing.T, s []*model.Story) {
		e := s[0]
		for field, v := range map[string]string{"title": e.Title, "author": e.Author(), "source": e.Source, "summary": e.Summary(), "body": e.Body.Markdown()} {
			if strings.ContainsAny(v, "\x1b\x07\x00\u009b\u202e\u0085") || strings.Contains(v, "52;") || strings.Contains(v, "ZXZpbCBjb21tYW5k") {
				t.Errorf("%s still holds a control or its payload: %q", field, v)
			}
		}
		if !strings.HasPrefix(e.Title, "Clipboard grab red") || e.Author() != "Mallory" || e.Source != "Hostile feed" || e.Section != "World" {
			t.Errorf("got %+v", *e)
		}
		if md := e.Body.Markdown(); strings.Contains(md, "[2J") || !strings.Contains(md, "Body") {
			t.Errorf("body %q", md)
		}
	}},
	// Script, iframe, style and javascript:/data: links: dropped, the text
	// kept; a javascript: item link is no link.
	{"script.xml", 1, "", func(t *testing.T, s []*model.Story) {
		e := s[0]
		md := e.Body.Markdown()
		for _, bad := range []string{"alert", "iframe", "javascript", "data:", "p{}"} {
			if strings.Contains(md, bad) {
				t.Errorf("body keeps %q: %q", bad, md)
			}
		}
		if !strings.Contains(md, "[good](https://good.example.com/)") || e.Link() != "" {
			t.Errorf("body %q link %q", md, e.Link())
		}
	}},
	// Cut mid-item: the items before the cut are kept, the error has the line.
	{"truncated.xml", 2, "truncated.xml: XML syntax error on line 5: unexpected EOF; showing the 2 stories before it", nil},
	// Detected by content, whatever the extension.
	{"rss_with_txt_extension.txt", 1, "", func(t *testing.T, s []*model.Story) { storyTitled(t, s, "Detected by content") }},
	// The fast path stops at a control byte inside a tag name before the
	// first item; gofeed, which drops such bytes, reads the feed.
	{"gofeed_fallback.xml", 1, "", func(t *testing.T, s []*model.Story) {
		e := storyTitled(t, s, "Stray control byte in a tag name")
		if e.Source != "Needs gofeed" || e.Link() != "https://gf.example.com/1" {
			t.Errorf("got %+v", *e)
		}
	}},
	// Broken before any item, for gofeed too: the fast path's error, with
	// its line, is the one reported.
	{"broken_before_items.xml", 0, "broken_before_items.xml: XML syntax error on line 4: expected element name after <", nil},
	// Not feeds.
	{"not_a_feed.html", 0, "not_a_feed.html: not a feed (it is an HTML page", nil},
	{"empty.xml", 0, "empty.xml: empty file; pass an RSS, Atom or JSON Feed file", nil},
	{"junk.xml", 0, "junk.xml: not a feed (no <rss>, <feed>, <rdf:RDF> or JSON Feed version found); pass an RSS, Atom or JSON Feed file", nil},
}

func TestXMLFixtures(t *testing.T) {
	for _, tt := range xmlFixtures {
		t.Run(tt.file, func(t *testing.T) {
			stories, errs := loadFixtures(t, tt.file)
			if len(stories) != tt.stories {
				t.Errorf("%d stories, want %d", len(stories), tt.stories)
			}
			switch {
			case tt.err == "" && len(errs) > 0:
				t.Errorf("unexpected errors: %v", errs)
			case tt.err != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.err)):
				t.Errorf("errors %v, want one containing %q", errs, tt.err)
			}
			if tt.check != nil && len(stories) > 0 {
				tt.check(t, stories)
			}
		})
	}
}

// TestSyntaxErrorShowsControlsNotStandIns: a raw control character the
// decoder quotes in its message is shown as its escape, not as the repair
// reader's private-use stand-in for it, before and after stories.
func TestSyntaxErrorShowsControlsNotStandIns(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"<rss><channel><title>x</title><a:\x1b>", `XML syntax error on line 1: invalid XML name: a:\x1b`},
		{"<rss><channel><item><title>t</title></item></\x1b\x07></channel></rss>",
			`XML syntax error on line 1: invalid XML name: \x1b\a; showing the 1 story before it`},
		{"<rss><channel><item><title>t</title></item><a&#27;b/></channel></rss>",
			`XML syntax error on line 1: invalid XML name: a\x1bb; showing the 1 story before it`},
	} {
		_, errs := loadBytes(t, "bad.xml", []byte(tc.doc))
		if len(errs) != 1 {
			t.Fatalf("%q: errors %v", tc.doc, errs)
		}
		msg := errs[0].Error()
		if !strings.Contains(msg, tc.want) {
			t.Errorf("%q: error %q lacks %q", tc.doc, msg, tc.want)
		}
		checkErrorText(t, msg)
	}
}

// checkErrorText fails t unless msg is one line a terminal prints as it
// is, with none of the repair reader's stand-ins or markers in it.
func checkErrorText(t *testing.T, msg string) {
	t.Helper()
	if !utf8.ValidString(msg) {
		t.Errorf("error %q: invalid UTF-8", msg)
	}
	for _, r := range msg {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || isBidiControlForTest(r) || r >= ctlBase {
			t.Errorf("error %q: contains %U", msg, r)
		}
	}
}

// TestXMLCapsBody: a body over 2 MiB is cut on a rune boundary while it is
// read, and says so at its end.
func TestXMLCapsBody(t *testing.T) {
	big := strings.Repeat("é", maxBody) // 4 MiB of two-byte runes
	doc := `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title>` +
		`<item><title>Huge</title><description>short</description><content:encoded><![CDATA[<p>` + big + `</p>]]></content:encoded></item>` +
		`<item><title>Huge text</title><description>` + big + `</description></item></channel></rss>`
	var items []*rawItem
	in, err := sniff(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if err := parseXML(context.Background(), in, &feedInfo{}, func(it *rawItem) error { items = append(items, it); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if !it.bodyCut || len(it.body) > maxBody || !strings.HasSuffix(it.body, "é") {
			t.Errorf("%q: cut %v, %d bytes, ends %q", it.title, it.bodyCut, len(it.body), it.body[len(it.body)-4:])
		}
	}
	n := newNormaliser("big", "big")
	s := n.story(items[1], &feedInfo{})
	if md := s.Body.Markdown(); !strings.HasSuffix(md, "*[dateline: story cut at 2 MiB]*") {
		t.Errorf("cut body ends %q", md[len(md)-60:])
	}
}

// TestXMLStrayAndMissingEndTags: unescaped HTML inside a description, a
// misspelt end tag and an unclosed <br> do not lose the items.
func TestXMLStrayAndMissingEndTags(t *testing.T) {
	doc := `<rss version="2.0"><channel><title>Loose</title>
<item><title>One</title><description><p>Raw <b>HTML</b><br> here</p></description><link>https://l.example/1</link></item>
<item><title>Two</titel></title><link>https://l.example/2</link></item>
</channel></rss>`
	var stories []*model.Story
	n := newNormaliser("loose", "loose")
	feed := &feedInfo{}
	in, _ := sniff(strings.NewReader(doc))
	err := parseXML(context.Background(), in, feed, func(it *rawItem) error {
		stories = append(stories, n.story(it, feed))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkStories(t, stories)
	if len(stories) != 2 {
		t.Fatalf("%d stories", len(stories))
	}
	if md := stories[0].Body.Markdown(); !strings.Contains(md, "Raw **HTML**") || strings.Count(md, "\n") > 2 {
		t.Errorf("body %q", md)
	}
	if stories[1].Link() != "https://l.example/2" {
		t.Errorf("second item link %q", stories[1].Link())
	}
}

// FuzzParseXML: any bytes through detection, the fast path and the gofeed
// retry give stories that keep the package's promises, or an error; never
// a panic.
func FuzzParseXML(f *testing.F) {
	for _, name := range []string{"rss091.xml", "rss092.xml", "rss10.rdf", "rss20.xml", "atom_xhtml.atom", "atom_html.xml",
		"hostile.xml", "script.xml", "truncated.xml", "invalid_utf8.xml", "utf16bom.xml", "latin1.xml", "dup_guid.xml",
		"missing_fields.xml", "gofeed_fallback.xml"} {
		data, err := os.ReadFile(fixture(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, doc := range trickyDocs {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, "fuzz.xml", data)
		checkDiversion(t, data)
	})
}

// fuzzLoad reads data as a file through loadFile and checks the stories.
func fuzzLoad(t *testing.T, name string, data []byte) {
	c := &collectSink{jobs: map[int][]*model.Story{}, errs: map[int][]error{}}
	em := &emitter{ctx: context.Background(), sink: c, max: 64, next: 16}
	var stories *normaliser
	f := file{display: name, key: name, name: name, folder: "fuzz", dirKey: "fuzz", reopen: true,
		open: func() (io.ReadCloser, int64, error) {
			return io.NopCloser(bytes.NewReader(data)), int64(len(data)), nil
		}}
	if err := loadFile(context.Background(), f, em, &stories); err != nil {
		var fe *fileError
		if !asFileError(err, &fe) || strings.Contains(fe.msg, "internal error") {
			t.Fatalf("error %v", err)
		}
		checkErrorText(t, err.Error())
	}
	em.flush()
	checkStories(t, c.jobs[0])
}

func asFileError(err error, fe **fileError) bool {
	e, ok := err.(*fileError)
	*fe = e
	return ok
}
