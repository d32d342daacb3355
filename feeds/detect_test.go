package feeds

import (
	"io"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestDetectFromContent(t *testing.T) {
	utf16le := func(s string) string {
		var b strings.Builder
		b.WriteString("\xFF\xFE")
		for _, u := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
		return b.String()
	}
	tests := []struct {
		name string
		in   string
		want format
		enc  string
	}{
		{"rss", `<rss version="2.0">`, formatRSS, ""},
		{"rss after declaration, comment, doctype", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!-- hi -->\n<!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" \"x.dtd\" [ <!ENTITY a \"b>\"> ]>\n<rss>", formatRSS, "ISO-8859-1"},
		{"stylesheet processing instruction", `<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">`, formatAtom, ""},
		{"utf-8 BOM and whitespace", "\xEF\xBB\xBF \n\t<rss>", formatRSS, ""},
		{"utf-16 BOM", utf16le(`<?xml version="1.0" encoding="UTF-16"?><feed>`), formatAtom, ""},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, formatRDF, ""},
		{"rdf without prefix", `<RDF>`, formatRDF, ""},
		{"prefixed atom", `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">`, formatAtom, ""},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, formatJSONFeed, ""},
		{"json feed 1.0 with escaped slashes", `{"version":"https:\/\/jsonfeed.org\/version\/1"}`, formatJSONFeed, ""},
		{"json, not a feed", `{"name": "package.json"}`, formatJSON, ""},
		{"json feed, bare version", `{"version": "1.0", "items": []}`, formatJSONFeed, ""},
		{"json feed, no version", `{"title": "t", "items": [{"id": "1", "content_text": "x"}]}`, formatJSONFeed, ""},
		{"json with items, not a feed", `{"items": [{"name": "x"}]}`, formatJSON, ""},
		{"json, version 2", `{"version": "2", "items": []}`, formatJSON, ""},
		{"story file", "---\ntitle: x\n---\n", formatStory, ""},
		{"story file, CRLF", "---\r\ntitle: x\r\n---\r\n", formatStory, ""},
		{"html page", "<!DOCTYPE html>\n<html>", formatHTML, ""},
		{"html without doctype", "<html><head>", formatHTML, ""},
		{"other xml", `<?xml version="1.0"?><svg>`, formatXML, ""},
		{"empty", "", formatEmpty, ""},
		{"only whitespace", " \n\n ", formatEmpty, ""},
		{"text", "hello world, this is not a feed", formatUnknown, ""},
		{"binary", "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09", formatUnknown, ""},
		{"markdown rule, not front matter", "----\nx", formatUnknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := sniff(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if in.format != tt.want || in.encoding != tt.enc {
				t.Errorf("format %d encoding %q, want %d %q", in.format, in.encoding, tt.want, tt.enc)
			}
		})
	}
}

// TestDetectDoesNotWaitForMore: detection of a feed arriving through a pipe
// decides on what has arrived, without waiting for the sniff window to fill.
func TestDetectDoesNotWaitForMore(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel>`))
	done := make(chan format, 1)
	go func() {
		in, err := sniff(pr)
		if err != nil {
			t.Error(err)
		}
		done <- in.format
	}()
	if f := <-done; f != formatRSS {
		t.Errorf("format %d, want RSS", f)
	}
}

func TestDeclaredEncoding(t *testing.T) {
	tests := map[string]string{
		`<?xml version="1.0" encoding="windows-1252"`: "windows-1252",
		`<?xml version='1.0' encoding = 'KOI8-R' `:    "KOI8-R",
		`<?xml version="1.0"`:                         "",
		`<?xml encoding=`:                             "",
	}
	for decl, want := range tests {
		if got := declaredEncoding([]byte(decl)); got != want {
			t.Errorf("declaredEncoding(%q) = %q, want %q", decl, got, want)
		}
	}
}

func TestIsHTMLPage(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"<!DOCTYPE html><html><head>", true},
		{"\ufeff  \n<!doctype HTML>", true},
		{"<html lang=en>", true},
		{`<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>`, true},
		{"<!-- generated --><html>", true},
		{`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`, false},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, false},
		{`{"version": "https://jsonfeed.org/version/1.1"}`, false},
		{"Hello <html>", false},
		{"", false},
	} {
		if got := IsHTMLPage([]byte(tc.body)); got != tc.want {
			t.Errorf("IsHTMLPage(%q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}
