package feeds

// XML documents that are not feeds (an OPML list of feeds, say), opened
// the way a feed is, so that other packages read them as forgivingly and
// as safely: the same format detection, charset decoding, repair of
// invalid UTF-8 and forbidden control characters, and size limit.

import (
	"bufio"
	"encoding/xml"
	"io"
)

// Content is what a file holds, as decided from its first bytes.
type Content int

// The kinds of content.
const (
	ContentUnknown Content = iota // none of the below
	ContentEmpty                  // nothing but whitespace
	ContentFeed                   // RSS, RDF, Atom or JSON Feed
	ContentStory                  // a story file (YAML front matter, Markdown)
	ContentHTML                   // a web page
	ContentJSON                   // JSON that is not a JSON Feed
	ContentXML                    // XML whose root element is not a feed's
)

// XMLDocument is a file opened by OpenXML.
type XMLDocument struct {
	Content Content
	// Root is the root element's name as written ("opml", "x:opml") when
	// Content is ContentXML, else "".
	Root string
	// Decoder reads the document from its start, as UTF-8 whatever its
	// charset, with invalid bytes as U+FFFD and control characters XML
	// forbids replaced by stand-ins that Text turns back. Its CharsetReader
	// is set (the decoding is done); Strict and Entity are the caller's.
	// Its errors are worded for a user by XMLSyntaxError.
	Decoder *xml.Decoder
}

// OpenXML reads enough of r to tell what it holds and returns a decoder
// for the whole of it. r is read up to the MaxFileSize limit, past which
// the decoder fails with ErrTooLarge. The error is a read error only.
func OpenXML(r io.Reader) (*XMLDocument, error) {
	in, err := sniff(&limitReader{r: r, left: MaxFileSize})
	if err != nil {
		return nil, err
	}
	doc := &XMLDocument{Content: contentOf(in.format)}
	if in.format == formatXML {
		doc.Root = in.root
	}
	dec := xml.NewDecoder(bufio.NewReader(&repairReader{src: decodeCharset(in.r, in.encoding)}))
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	doc.Decoder = dec
	return doc, nil
}

// Text turns an attribute value or character data from the document's
// Decoder into the document's text, cut at 64 KiB like any feed field:
// control characters come back, so that the sanitiser (SanitizeLine,
// Sanitize) removes the whole escape sequence they start.
func (*XMLDocument) Text(s string) string {
	return restoreControls(capText(s, maxField))
}

// XMLSyntaxError reports whether err (from an XMLDocument's Decoder) is an
// XML syntax error, and if so its line and message, with any control
// character in the message shown as an escape.
func XMLSyntaxError(err error) (line int, msg string, ok bool) {
	se, ok := asSyntaxError(err, 0)
	if !ok {
		return 0, "", false
	}
	return se.Line, se.Msg, true
}

func contentOf(f format) Content {
	switch f {
	case formatEmpty:
		return ContentEmpty
	case formatRSS, formatRDF, formatAtom, formatJSONFeed:
		return ContentFeed
	case formatStory:
		return ContentStory
	case formatHTML:
		return ContentHTML
	case formatJSON:
		return ContentJSON
	case formatXML:
		return ContentXML
	}
	return ContentUnknown
}
