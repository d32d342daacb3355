package feeds

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// format is what a source's bytes turned out to be. It is decided from the
// content, never from the file name.
type format int

const (
	formatUnknown  format = iota
	formatEmpty           // nothing but whitespace
	formatRSS             // <rss>: RSS 0.91, 0.92, 2.0
	formatRDF             // <rdf:RDF>: RSS 0.90 and 1.0
	formatAtom            // <feed>: Atom 1.0 (and 0.3)
	formatJSONFeed        // {"version": "https://jsonfeed.org/version/1..."}
	formatStory           // Markdown with YAML front matter: starts with ---
	formatHTML            // a web page, a common wrong guess for a feed
	formatJSON            // JSON that is not a JSON Feed
	formatXML             // XML whose root is not a feed
)

// sniffMax is how far detection looks: past comments, a doctype and an XML
// declaration, or to find a JSON Feed's version key.
const sniffMax = 64 << 10

// input is a source's bytes after byte-order-mark handling, with its format
// decided. r still holds every byte detection looked at.
type input struct {
	r      *bufio.Reader
	format format
	// root is the root element's name when format is formatXML.
	root string
	// encoding is the XML declaration's encoding label, "" if none or if a
	// byte-order mark already decided the encoding (a BOM wins over a label).
	encoding string
}

// sniff reads just enough of r to decide its format. It reads from r only
// as much as is available, so a pipe that has delivered the start of a feed
// is detected without waiting for the rest.
func sniff(r io.Reader) (*input, error) {
	br := bufio.NewReaderSize(r, sniffMax)
	utf16 := false
	// A byte-order mark, or UTF-16 text without one ("<\x00?\x00").
	head, err := br.Peek(4)
	if err != nil && len(head) == 0 {
		if errors.Is(err, io.EOF) {
			return &input{r: br, format: formatEmpty}, nil
		}
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, []byte("\xEF\xBB\xBF")):
		br.Discard(3)
	case bytes.HasPrefix(head, []byte("\xFF\xFE")), bytes.HasPrefix(head, []byte("<\x00")):
		br = bufio.NewReaderSize(transform.NewReader(br,
			unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()), sniffMax)
		utf16 = true
	case bytes.HasPrefix(head, []byte("\xFE\xFF")), bytes.HasPrefix(head, []byte("\x00<")):
		br = bufio.NewReaderSize(transform.NewReader(br,
			unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()), sniffMax)
		utf16 = true
	}

	// Look at what is available; ask for more only while undecided.
	want := 1
	for {
		p, err := br.Peek(want)
		if len(p) < want {
			p, _ = br.Peek(br.Buffered())
		}
		atEnd := err != nil || len(p) >= sniffMax
		in, decided := detect(p, atEnd)
		if decided {
			in.r = br
			if utf16 {
				in.encoding = ""
			}
			return in, nil
		}
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return nil, err
		}
		want = min(max(len(p)+1, 2*want), sniffMax)
	}
}

// detect decides the format from the first bytes of a source (after any
// byte-order mark). decided is false when more bytes are needed.
func detect(p []byte, atEnd bool) (in *input, decided bool) {
	in = &input{}
	s := bytes.TrimLeft(p, " \t\r\n\f")
	if len(s) == 0 {
		if atEnd {
			in.format = formatEmpty
			return in, true
		}
		return nil, false
	}
	switch s[0] {
	case '-':
		if bytes.HasPrefix(s, []byte("---\n")) || bytes.HasPrefix(s, []byte("---\r\n")) {
			in.format = formatStory
			return in, true
		}
		if !atEnd && len(s) < 5 && bytes.HasPrefix([]byte("---\r\n"), s) {
			return nil, false
		}
	case '{':
		if isJSONFeedVersion(s) {
			in.format = formatJSONFeed
			return in, true
		}
		if !atEnd {
			return nil, false
		}
		in.format = formatJSON
		return in, true
	case '<':
		return detectXML(s, atEnd)
	}
	if !atEnd && len(s) < 8 {
		return nil, false
	}
	in.format = formatUnknown
	return in, true
}

// isJSONFeedVersion reports whether the start of a JSON document is a JSON
// Feed's: it carries a JSON Feed version URL, also in the
// "https:\/\/jsonfeed.org\/..." spelling PHP's json_encode writes, or a
// bare version ("1.0", "1.1", which some feeds write and gofeed reads), or
// no version at all but items with JSON Feed's own keys. The parser then
// refuses versions other than 1.x.
func isJSONFeedVersion(s []byte) bool {
	if bytes.Contains(s, []byte(`"version"`)) &&
		(bytes.Contains(s, []byte("jsonfeed.org/version/")) ||
			bytes.Contains(s, []byte(`jsonfeed.org\/version\/`))) {
		return true
	}
	if bareJSONFeedVersion.Match(s) {
		return true
	}
	if !bytes.Contains(s, []byte(`"items"`)) || bytes.Contains(s, []byte(`"version"`)) {
		return false
	}
	for _, key := range []string{`"content_html"`, `"content_text"`, `"date_published"`, `"home_page_url"`, `"feed_url"`} {
		if bytes.Contains(s, []byte(key)) {
			return true
		}
	}
	return false
}

// bareJSONFeedVersion matches a version written as a bare number.
var bareJSONFeedVersion = regexp.MustCompile(`"version"\s*:\s*"1(\.[01])?"`)

// detectXML skips the prolog (declaration, processing instructions,
// comments, doctype) and names the root element.
func detectXML(s []byte, atEnd bool) (*input, bool) {
	in := &input{}
	for {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		if len(s) == 0 {
			if atEnd {
				in.format = formatUnknown
				return in, true
			}
			return nil, false
		}
		if s[0] != '<' {
			in.format = formatUnknown
			return in, true
		}
		var end int
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end = bytes.Index(s, []byte("?>"))
			if end >= 0 && bytes.HasPrefix(s, []byte("<?xml")) {
				in.encoding = declaredEncoding(s[:end])
			}
			if end >= 0 {
				end += 2
			}
		case bytes.HasPrefix(s, []byte("<!--")):
			end = bytes.Index(s, []byte("-->"))
			if end >= 0 {
				end += 3
			}
		case len(s) >= 9 && strings.EqualFold(string(s[:9]), "<!doctype"):
			rest := bytes.TrimLeft(s[9:], " \t\r\n")
			if len(rest) >= 4 && strings.EqualFold(string(rest[:4]), "html") {
				in.format = formatHTML
				return in, true
			}
			end = doctypeEnd(s)
		case bytes.HasPrefix(s, []byte("<!")) && len(s) < 9 && !atEnd:
			return nil, false
		default:
			name, ok := rootName(s)
			if !ok {
				if atEnd {
					in.format = formatUnknown
					return in, true
				}
				return nil, false
			}
			local := name
			if i := strings.LastIndexByte(name, ':'); i >= 0 {
				local = name[i+1:]
			}
			switch {
			case strings.EqualFold(local, "rss"):
				in.format = formatRSS
			case local == "RDF" || local == "rdf":
				in.format = formatRDF
			case local == "feed":
				in.format = formatAtom
			case strings.EqualFold(local, "html") || strings.EqualFold(local, "head") || strings.EqualFold(local, "body"):
				in.format = formatHTML
			default:
				in.format = formatXML
				in.root = name
			}
			return in, true
		}
		if end < 0 {
			if atEnd {
				in.format = formatUnknown
				return in, true
			}
			return nil, false
		}
		s = s[end:]
	}
}

// doctypeEnd finds the end of <!DOCTYPE ...>, which may hold an internal
// subset in brackets; -1 if it is not complete yet.
func doctypeEnd(s []byte) int {
	depth := 0
	var quote byte
	for i, c := range s {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '>' && depth <= 0:
			return i + 1
		}
	}
	return -1
}

// rootName reads the element name after '<'; ok is false when the name is
// not complete in s.
func rootName(s []byte) (string, bool) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n', '>', '/':
			return string(s[1:i]), i > 1
		}
	}
	return "", false
}

// declaredEncoding returns the encoding label of an XML declaration
// (everything before its "?>"), "" if it has none.
func declaredEncoding(decl []byte) string {
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) < 2 || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	end := bytes.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return ""
	}
	return strings.TrimSpace(string(rest[1 : 1+end]))
}

// decodeCharset returns r decoded to UTF-8 from the declared label. A label
// that names UTF-8 (or UTF-16, when no byte-order mark or zero bytes said
// so: the text is then plainly not UTF-16), or that is unknown, leaves r as
// it is: the repair reader then turns any invalid bytes into U+FFFD.
func decodeCharset(r io.Reader, label string) io.Reader {
	if label == "" {
		return r
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return r
	}
	return transform.NewReader(r, enc.NewDecoder())
}

// IsHTMLPage reports whether a fetched body is a web page (it starts,
// after any byte-order mark, comments and XML declaration, with
// <!DOCTYPE html> or <html>) rather than a feed: the cue to look in it for
// feeds with fetch.Discover. It decides the way the loader does. LooksLikeHTML
// is a different test, for markup inside a feed's text.
func IsHTMLPage(body []byte) bool {
	in, err := sniff(bytes.NewReader(body))
	return err == nil && in.format == formatHTML
}
