package cli

// Hostile text from feed bytes to the screen: a payload put at the end of
// every field of a feed (RSS, Atom, JSON Feed, story file) must leave no
// trace in what `dateline list` and `dateline show` print, styled or plain,
// nor in what the story view shows (ui.RenderStory).

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/ui"
)

// hostileSeeds are escape sequences and controls a feed may carry.
var hostileSeeds = []string{
	"\x1b[5mblink\x1b[0m",
	"Text with \x1b[5mblink\x1b[0m",
	"\x1b[1;31;42mred\x1b[0m and \x1b[38;2;255;0;0mtrue\x1b[m",
	"\x1b]52;c;SGVsbG8=\x07 clipboard",
	"\x1b]52;c;SGVsbG8=\x1b\\ clipboard",
	"\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ here",
	"\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07",
	"\x1b[2J\x1b[H\x1b[?1049h cleared",
	"\x1b[10;20H moved \x1b[3A up",
	"\u009b5mC1 CSI\u009b0m",
	"\u009d0;title\u009c after OSC",
	"\u202eevil\u202c reversed \u2066isolate\u2069",
	"NUL\x00BEL\x07BS\x08DEL\x7fVT\x0bFF\x0c",
	"\x1bP1$r0m\x1b\\ DCS",
	"\x1b_APC payload\x1b\\ after",
	"\x1b", "\x1b[", "\x1b[5", "\x1b]52;c;",
	"line one\r\nline two\rthree",
	"<b>\x1b[5mbold</b> & \x1b<i>x</i>",
	"1. \x1b[5m- [x](y) *em* `code` #tag",
}

// hostileFormats are the feed formats and body kinds the fuzz target
// builds; the first byte of the fuzz input picks one.
var hostileFormats = []struct {
	name  string
	build func(p string) []byte
}{
	{"rss content:encoded", func(p string) []byte { return rssFeed(p, true) }},
	{"rss description", func(p string) []byte { return rssFeed(p, false) }},
	{"atom html", func(p string) []byte { return atomFeed(p, "html") }},
	{"atom text", func(p string) []byte { return atomFeed(p, "text") }},
	{"atom xhtml", func(p string) []byte { return atomFeed(p, "xhtml") }},
	{"json html", func(p string) []byte { return jsonFeed(p, true) }},
	{"json text", func(p string) []byte { return jsonFeed(p, false) }},
	{"story file", storyFile},
}

func FuzzHostileText(f *testing.F) {
	for i := range hostileFormats {
		for _, s := range hostileSeeds {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, format uint8, payload string) {
		if len(payload) > 512 {
			return
		}
		payload = strings.ToValidUTF8(payload, "\uFFFD")
		ft := hostileFormats[int(format)%len(hostileFormats)]
		got := screenText(t, ft.build(payload))
		for _, out := range got {
			checkNoTrace(t, ft.name, payload, out)
		}
		// Sanitising comes first, so the payload and its sanitised form
		// must show alike: anything else is a transformation that saw
		// the raw text.
		want := screenText(t, ft.build(feeds.Sanitize(payload)))
		if len(got) != len(want) {
			t.Fatalf("%s: %q gave %d outputs, its sanitised form %d", ft.name, payload, len(got), len(want))
		}
		for i := range got {
			if got[i].text != want[i].text {
				t.Errorf("%s: %s of %q differs from its sanitised form's:\n%s\n---- sanitised:\n%s",
					ft.name, got[i].what, payload, got[i].text, want[i].text)
			}
		}
	})
}

// screenOut is one thing dateline would print.
type screenOut struct {
	what   string
	text   string
	styled bool
}

// screenText loads data as a fetched feed and returns everything the
// stories would put on screen: the list, as text and JSON, and each story
// shown styled and plain; and any error, as the footer would show it.
func screenText(t *testing.T, data []byte) []screenOut {
	t.Helper()
	stories, errs := feeds.LoadAll(context.Background(), []feeds.Source{feeds.Remote("https://example.com/feed", data)})
	var outs []screenOut
	for _, err := range errs {
		outs = append(outs, screenOut{what: "error", text: err.Error()})
	}
	for _, format := range []string{"text", "json"} {
		var b strings.Builder
		if err := ui.PrintList(&b, stories, nil, format, time.UTC); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, screenOut{what: "list --format " + format, text: b.String()})
		if format == "json" {
			outs = append(outs, screenOut{what: "list --format json, decoded", text: decodedJSON(t, b.String())})
		}
	}
	for i, s := range stories {
		for _, plain := range []bool{false, true} {
			out, err := ui.RenderStory(s, 80, ui.Dark, plain, time.UTC)
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, screenOut{what: fmt.Sprintf("show story %d (plain %v)", i, plain), text: out, styled: !plain})
		}
		// What the story view renders, before Glamour: the raw Markdown.
		outs = append(outs, screenOut{what: fmt.Sprintf("story %d fields", i), text: storyFields(s)})
	}
	return outs
}

func storyFields(s *model.Story) string {
	return strings.Join(append([]string{s.ID, s.GUID(), s.Title, s.Summary(), s.Author(), s.Source,
		s.Section, s.Link(), s.Dateline(), s.Body.Markdown()}, s.Tags()...), "\n")
}

// decodedJSON returns the string values of the JSON lines, so that a
// control written as \u001b is seen as the control it is.
func decodedJSON(t *testing.T, lines string) string {
	var b strings.Builder
	for l := range strings.Lines(lines) {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("list --format json wrote %q: %v", l, err)
		}
		for _, k := range slices.Sorted(maps.Keys(m)) {
			fmt.Fprintln(&b, k, m[k])
		}
	}
	return b.String()
}

// allowedEscape matches a Select Graphic Rendition sequence or an OSC 8 hyperlink
// whose parameters and address are printable ASCII: the only escape
// sequences styled output may hold. Glamour writes a link (a Markdown
// link, or a URL it finds in the text) as an OSC 8 hyperlink, on purpose:
// the address is the story's own, already sanitised.
var allowedEscape = regexp.MustCompile("^(?:\x1b\\[[0-9;:]*m|\x1b\\]8;[\x20-\x7e]*;[\x21-\x7e]*(?:\x07|\x1b\\\\))")

// csiInPayload matches a 7-bit CSI sequence with parameters: what it would
// leave if something cut it in two is its "[", parameters and final byte
// ("[5m"). (The C1 form's remains, "5m", are too common a text to look
// for, "%20A" in a URL holds "0A": the comparison with the sanitised
// payload catches those.)
var csiInPayload = regexp.MustCompile("\x1b(\\[[0-?]+[ -/]*[@-~])")

// checkNoTrace fails if out holds an escape sequence other than SGR (any
// at all when plain), a C0 control other than \n and \t, a C1 control, a
// bidi control, or the parameters of a sequence of the payload.
func checkNoTrace(t *testing.T, format, payload string, out screenOut) {
	t.Helper()
	s := out.text
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 0x1b && out.styled {
			if m := allowedEscape.FindString(s[i:]); m != "" {
				i += len(m)
				continue
			}
		}
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r < 0xa0) || isBidi(r) {
			t.Fatalf("%s: %s of %q holds %U at byte %d:\n%q", format, out.what, payload, r, i, s)
		}
		if out.what == "list --format json" && strings.HasPrefix(s[i:], `\u00`) {
			t.Fatalf("%s: %s of %q holds an escaped control at byte %d:\n%s", format, out.what, payload, i, s)
		}
		i += n
	}
	clean := feeds.Sanitize(payload)
	for _, m := range csiInPayload.FindAllStringSubmatch(payload, -1) {
		debris := m[1]
		if strings.Contains(clean, debris) {
			continue // the text itself says it
		}
		if strings.Contains(stripSGR(s), debris) {
			t.Fatalf("%s: %s of %q shows %q, what is left of a removed sequence:\n%s", format, out.what, payload, debris, s)
		}
	}
}

func stripSGR(s string) string {
	return regexp.MustCompile("\x1b\\[[0-9;:]*m").ReplaceAllString(s, "")
}

func isBidi(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// xmlText escapes p for XML character data or an attribute value, keeping
// controls as raw bytes (as a hostile feed writes them: XML forbids them
// even as references).
func xmlText(p string) string {
	var b strings.Builder
	for _, r := range p {
		switch r {
		case '\t', '\n', '\r', '&', '<', '>', '"', '\'':
			xml.EscapeText(&b, []byte(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func rssFeed(p string, content bool) []byte {
	e := xmlText(p)
	m := p + "\n" // mid-field: the newline ends any sequence p leaves open
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Feed ` + e + `</title><link>https://example.com/` + e + `</link>
<item><title>Title ` + e + `</title><link>https://example.com/story/` + e + `</link>
<guid isPermaLink="false">guid-` + e + `</guid>
<pubDate>Mon, 02 Jan 2006 15:04:05 GMT` + e + `</pubDate>
<author>someone@example.com (Author ` + xmlText(m) + `)</author><dc:creator>Creator ` + e + `</dc:creator>
<category>Tag ` + e + `</category>`)
	if content {
		b.WriteString(`<description>Summary ` + e + `</description>`)
		b.WriteString(`<content:encoded>` + xmlText("<p>PARIS — Body</p><p>More <a href=\"https://example.com/a"+m+"\">link "+m+"</a></p>") + e + `</content:encoded>`)
	} else {
		b.WriteString(`<description>Description only ` + e + `</description>`)
	}
	b.WriteString("</item></channel></rss>\n")
	return []byte(b.String())
}

func atomFeed(p, typ string) []byte {
	e, m := xmlText(p), xmlText(p+"\n")
	var content string
	switch typ {
	case "xhtml":
		content = `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body <a href="https://example.com/a` + m + `">link ` + m + `</a></p>` + e + `</div></content>`
	case "html":
		content = `<content type="html">` + xmlText(`<p>Body <a href="https://example.com/a`+p+"\n"+`">link `+p+"\n"+`</a></p>`) + e + `</content>`
	default:
		content = `<content type="text">Body text` + "\n\n" + e + `</content>`
	}
	return []byte(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed ` + e + `</title><id>urn:feed:` + e + `</id>
<link href="https://example.com/` + e + `"/>
<entry><title type="` + typ + `">Title ` + e + `</title><id>urn:entry:` + e + `</id>
<link rel="alternate" href="https://example.com/story/` + e + `"/>
<published>2006-01-02T15:04:05Z` + e + `</published>
<author><name>Author ` + e + `</name></author>
<category term="Tag ` + e + `"/><category term="term" label="Label ` + e + `"/>
<summary type="text">Summary ` + e + `</summary>` + content + `</entry></feed>
`)
}

func jsonFeed(p string, html bool) []byte {
	item := map[string]any{
		"id": "guid-" + p, "url": "https://example.com/story/" + p, "title": "Title " + p,
		"summary": "Summary " + p, "date_published": "2006-01-02T15:04:05Z" + p,
		"authors": []any{map[string]any{"name": "Author " + p}}, "tags": []string{"Tag " + p},
	}
	if html {
		item["content_html"] = `<p>Body <a href="https://example.com/a` + p + "\n" + `">link ` + p + "\n" + `</a></p>` + p
	} else {
		item["content_text"] = "Body text\n\n" + p
	}
	b, err := json.Marshal(map[string]any{
		"version": "https://jsonfeed.org/version/1.1", "title": "Feed " + p,
		"home_page_url": "https://example.com/" + p, "items": []any{item},
	})
	if err != nil {
		panic(err)
	}
	return b
}

// yamlQuoted writes s as a YAML double-quoted scalar, everything but
// printable ASCII escaped.
func yamlQuoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r >= 0x20 && r < 0x7f && r != '"' && r != '\\' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func storyFile(p string) []byte {
	q := func(s string) string { return yamlQuoted(s + p) }
	return []byte("---\ntitle: " + q("Title ") + "\nsummary: " + q("Summary ") +
		"\nauthor: " + q("Author ") + "\npublished: 2006-01-02\nsection: " + q("Section ") +
		"\ntags: [" + q("Tag ") + "]\nregion: " + q("Europe ") + "\nlink: " + q("https://example.com/story/") +
		"\nsource: " + q("Source ") + "\nid: " + q("guid-") + "\n---\nPARIS\n\nBody *text* [link](https://example.com/a)\n\n" + p + "\n")
}
