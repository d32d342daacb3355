package feeds

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// RSS and Atom are read in one streaming pass of encoding/xml's RawToken,
// which is several times faster than gofeed (it builds no DOM and copies
// each text once) and lets the first stories out while the rest of the
// file is still being read. RawToken does not resolve namespaces, so the
// parser keeps its own stack of xmlns bindings; it does not match end tags
// either, so the parser closes elements itself, tolerating stray or missing
// end tags as feeds in the wild need.
//
// The bytes pass three stages before the parser: repairReader (invalid
// UTF-8, forbidden control characters; xml_repair.go), diverter (bodies
// lifted out; xml_divert.go), then the decoder. The parser captures the
// text of the elements it wants (xml_capture.go). A document the parser
// cannot read is tried again with gofeed (xml_gofeed.go).

// Namespaces the parser looks at.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsAtom03  = "http://purl.org/atom/ns#"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsITunes  = "http://www.itunes.com/dtds/podcast-1.0.dtd" // matched ignoring case
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsRSS10   = "http://purl.org/rss/1.0/"
	nsRSS090  = "http://my.netscape.com/rdf/simple/0.9/"
	nsXHTML   = "http://www.w3.org/1999/xhtml"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
)

type nsBinding struct{ prefix, uri string }

type xmlFrame struct {
	prefix, local string
	nsMark        int    // len(ns) before this element's xmlns attributes
	base          string // xml:base in effect inside this element, "" if none
}

// xmlItem is an item or entry being read.
type xmlItem struct {
	raw         rawItem
	description string
	descCut     bool
	descKind    bodyKind
	content     string
	contentKind bodyKind
	contentCut  bool
	contentBase string
	altDate     string
	// What RSS extensions say, used when the item's own elements do not
	// (as gofeed does): dc:title, dc:description or itunes:summary,
	// atom:published, itunes:author; and an atom:link, used when there is
	// no RSS <link>.
	altTitle, altDescription, atomDate, atomLink string
	altAuthors                                   []string
	permalink                                    bool // an RSS guid that is the item's URL (isPermaLink is not "false")
}

// xmlParser reads one RSS or Atom document.
type xmlParser struct {
	dec       *xml.Decoder
	rr        *repairReader
	atom      bool
	ns        []nsBinding
	stack     []xmlFrame
	feed      *feedInfo
	channel   int // depth of the RSS <channel>, 0 outside it
	item      *xmlItem
	itemDepth int
	person    int // depth of an Atom <author> being read, 0 if none
	// rootNS is the root element's namespace. Some feeds declare a bogus
	// default namespace on <rss> that every core element inherits; those
	// are still RSS (or Atom) elements.
	rootNS string
	cap    capture
	emit   func(*rawItem) error
	done   bool // the root element has closed
}

// errCutShort is the syntax error for a document that ends inside its root.
const errCutShort = "unexpected end of file (the feed is cut short)"

// parseXML reads an RSS or Atom document from in, passing each item to
// emit as soon as it is complete.
func parseXML(ctx context.Context, in *input, feed *feedInfo, emit func(*rawItem) error) error {
	return parseXMLDiverting(ctx, in, feed, emit, true)
}

// parseXMLDiverting is parseXML, with the diversion of text (see diverter)
// optional so tests can check it changes nothing.
func parseXMLDiverting(ctx context.Context, in *input, feed *feedInfo, emit func(*rawItem) error, divert bool) error {
	rr := &repairReader{src: decodeCharset(in.r, in.encoding)}
	var r io.Reader = rr
	var dv *diverter
	if divert {
		dv = &diverter{src: rr, stash: map[int]stashedText{}}
		r = dv
	}
	dec := xml.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	// The declared charset was decoded before the repair reader (which must
	// see UTF-8), so the decoder is told to take the bytes as they are. Its
	// AutoClose is left unset: RawToken ignores it, and HTMLAutoClose would
	// close RSS's <link> element before its text.
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	p := &xmlParser{dec: dec, rr: rr, atom: in.format == formatAtom, feed: feed, emit: emit}
	p.cap.dv = dv
	return p.run(ctx)
}

func (p *xmlParser) run(ctx context.Context) error {
	for !p.done {
		tok, err := p.dec.RawToken()
		if err == io.EOF {
			if len(p.stack) > 0 {
				line, _ := p.dec.InputPos()
				return &xml.SyntaxError{Msg: errCutShort, Line: line}
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			p.start(t)
		case xml.EndElement:
			if err := p.end(t); err != nil {
				return err
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
		case xml.CharData:
			if p.cap.field != fNone {
				p.cap.text(t, len(p.stack) > p.cap.depth || p.cap.typ == ttXHTML)
			} else if p.cap.dv != nil {
				p.cap.dv.expand(t, nil, nil) // text nobody reads: free its sections
			}
		}
	}
	return nil
}

func (p *xmlParser) resolve(prefix string) string {
	if prefix == "xml" {
		return nsXML
	}
	for i := len(p.ns) - 1; i >= 0; i-- {
		if p.ns[i].prefix == prefix {
			return p.ns[i].uri
		}
	}
	return ""
}

func (p *xmlParser) start(se xml.StartElement) {
	mark := len(p.ns)
	base := ""
	if len(p.stack) > 0 {
		base = p.stack[len(p.stack)-1].base
	}
	for _, a := range se.Attr {
		switch {
		case a.Name.Space == "xmlns":
			p.ns = append(p.ns, nsBinding{a.Name.Local, a.Value})
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			p.ns = append(p.ns, nsBinding{"", a.Value})
		case a.Name.Space == "xml" && a.Name.Local == "base":
			base = resolveRef(base, Sanitize(restoreControls(a.Value)))
		}
	}
	p.stack = append(p.stack, xmlFrame{prefix: se.Name.Space, local: se.Name.Local, nsMark: mark, base: base})
	depth := len(p.stack)

	if p.cap.field != fNone {
		p.cap.element(se, depth)
		return
	}
	uri, local := p.resolve(se.Name.Space), se.Name.Local
	if depth == 1 {
		p.rootNS = uri
		return // the root: detection already named it
	}
	if uri != "" && uri == p.rootNS && uri != nsRDF {
		uri = "" // inherited from the root: the feed's own core elements
	}

	if p.item == nil {
		switch {
		case p.atom && local == "entry" && isAtomNS(uri), !p.atom && local == "item" && isRSSNS(uri):
			p.item = &xmlItem{}
			p.itemDepth = depth
			p.person = 0
			for _, a := range se.Attr {
				if a.Name.Local == "about" && p.resolve(a.Name.Space) == nsRDF {
					p.item.raw.guid = Sanitize(restoreControls(a.Value)) // RSS 1.0: rdf:about names the item
				}
			}
		case !p.atom && local == "channel" && isRSSNS(uri):
			p.channel = depth
		case p.person > 0 && depth == p.person+1 && local == "name":
			p.begin(fFeedAuthor, depth, ttText, maxField, base)
		case p.atom && depth == 2 || !p.atom && p.channel > 0 && depth == p.channel+1:
			p.feedElement(se, uri, local, depth, base)
		}
		return
	}

	if p.person > 0 {
		if depth == p.person+1 && local == "name" {
			p.begin(fAuthor, depth, ttText, maxField, base)
		}
		return
	}
	if depth != p.itemDepth+1 {
		return
	}
	it := p.item
	switch {
	case p.atom && isAtomNS(uri):
		switch local {
		case "id":
			p.begin(fGUID, depth, ttText, maxField, base)
		case "title":
			p.begin(fTitle, depth, textTypeOf(se), maxField, base)
		case "link":
			if rel := attr(se, "rel"); (rel == "" || rel == "alternate") && it.raw.link == "" {
				it.raw.link = resolveRef(base, attrText(se, "href"))
			}
		case "summary":
			p.begin(fSummary, depth, textTypeOf(se), maxField, base)
		case "content":
			typ := textTypeOf(se)
			if attr(se, "src") != "" {
				typ = ttSkip
			}
			p.begin(fContent, depth, typ, maxBody, base)
		case "published", "issued", "created":
			p.begin(fDate, depth, ttText, maxField, base)
		case "updated", "modified":
			p.begin(fAltDate, depth, ttText, maxField, base)
		case "author":
			p.person = depth
		case "category":
			// The label is for people, so it is the tag; the term (often a
			// slug or a URI) still counts for section and regions.
			if label := attrText(se, "label"); label != "" {
				it.raw.terms = append(it.raw.terms, label)
				it.raw.moreTerms = append(it.raw.moreTerms, attrText(se, "term"))
			} else {
				it.raw.terms = append(it.raw.terms, attrText(se, "term"))
			}
		}
	case !p.atom && isRSSNS(uri):
		switch local {
		case "title":
			p.begin(fTitle, depth, ttDetect, maxField, base)
		case "link":
			// The last <link> is the item's, and one written <link
			// href="..."/> says it in its attribute (as gofeed reads them).
			if href := attrText(se, "href"); href != "" {
				it.raw.link = resolveRef(base, href)
			} else {
				p.begin(fLink, depth, ttText, maxField, base)
			}
		case "guid":
			it.permalink = !strings.EqualFold(strings.TrimSpace(attr(se, "isPermaLink")), "false")
			p.begin(fGUID, depth, ttText, maxField, base)
		case "description":
			p.begin(fDescription, depth, ttDetect, maxBody, base)
		case "pubDate":
			p.begin(fDate, depth, ttText, maxField, base)
		case "author":
			p.begin(fAuthor, depth, ttText, maxField, base)
		case "category":
			p.begin(fTerm, depth, ttText, maxField, base)
		}
	case uri == nsContent && local == "encoded":
		p.begin(fContent, depth, ttHTML, maxBody, base)
	case uri == nsXHTML && local == "body" && !p.atom:
		p.begin(fContent, depth, ttHTML, maxBody, base)
	case uri == nsDC:
		switch local {
		case "creator":
			p.begin(fAuthor, depth, ttText, maxField, base)
		case "date":
			p.begin(fAltDate, depth, ttText, maxField, base)
		case "subject":
			p.begin(fTerm, depth, ttText, maxField, base)
		case "title":
			p.begin(fAltTitle, depth, ttDetect, maxField, base)
		case "description":
			p.begin(fAltDescription, depth, ttDetect, maxBody, base)
		}
	case uri == nsAtom && !p.atom:
		switch local {
		case "link":
			if rel := attr(se, "rel"); (rel == "" || rel == "alternate") && it.atomLink == "" {
				it.atomLink = resolveRef(base, attrText(se, "href"))
			}
		case "published":
			p.begin(fAtomDate, depth, ttText, maxField, base)
		case "updated":
			p.begin(fAltDate, depth, ttText, maxField, base)
		}
	case strings.EqualFold(uri, nsITunes):
		switch local {
		case "summary":
			p.begin(fAltDescription, depth, ttDetect, maxBody, base)
		case "author":
			p.begin(fAltAuthor, depth, ttText, maxField, base)
		}
	}
}

// feedElement reads a child of the Atom <feed> or the RSS <channel>.
func (p *xmlParser) feedElement(se xml.StartElement, uri, local string, depth int, base string) {
	switch {
	case local == "link" && (uri == nsAtom || p.atom && isAtomNS(uri)):
		href := resolveRef(base, attrText(se, "href"))
		switch attr(se, "rel") {
		case "", "alternate":
			if p.feed.link == "" {
				p.feed.link = href
			}
		case "self":
			if p.feed.self == "" {
				p.feed.self = href
			}
		}
	case p.atom && !isAtomNS(uri):
	case !p.atom && !isRSSNS(uri):
	case local == "title":
		typ := ttDetect
		if p.atom {
			typ = textTypeOf(se)
		}
		p.begin(fFeedTitle, depth, typ, maxField, base)
	case local == "link":
		p.begin(fFeedLink, depth, ttText, maxField, base)
	case local == "id" && p.atom:
		p.begin(fFeedID, depth, ttText, maxField, base)
	case local == "author" && p.atom:
		p.person = depth
	}
}

// end closes the innermost open element of that name and any left open
// inside it; an end tag that matches nothing open is ignored.
func (p *xmlParser) end(ee xml.EndElement) error {
	i := len(p.stack) - 1
	for i >= 0 && (p.stack[i].local != ee.Name.Local || p.stack[i].prefix != ee.Name.Space) {
		i--
	}
	if i < 0 {
		return nil
	}
	for len(p.stack) > i {
		if err := p.pop(); err != nil {
			return err
		}
	}
	if len(p.stack) == 0 {
		p.done = true
	}
	return nil
}

func (p *xmlParser) pop() error {
	d := len(p.stack)
	fr := p.stack[d-1]
	p.stack = p.stack[:d-1]
	p.ns = p.ns[:fr.nsMark]
	if p.cap.field != fNone {
		if d > p.cap.depth {
			if d == p.cap.wrapper {
				p.cap.wrapper = -1
			} else if !voidElements[strings.ToLower(fr.local)] {
				p.cap.raw("</" + fr.local + ">")
			}
			return nil
		}
		p.finishField()
	}
	if d == p.person {
		p.person = 0
	}
	if d == p.channel {
		p.channel = 0
	}
	if p.item != nil && d == p.itemDepth {
		return p.finishItem()
	}
	return nil
}

// finishItem completes the item: the body is content:encoded or Atom
// content, else the description; the description is then the summary.
func (p *xmlParser) finishItem() error {
	it := p.item
	p.item = nil
	r := &it.raw
	switch {
	case it.content != "":
		r.body, r.bodyKind, r.bodyCut, r.base = it.content, it.contentKind, it.contentCut, it.contentBase
		if it.description != "" {
			r.summary, r.summaryKind = it.description, it.descKind
		}
	case it.description != "":
		r.body, r.bodyKind, r.bodyCut = it.description, it.descKind, it.descCut
	case it.altDescription != "":
		r.body, r.bodyKind = it.altDescription, bodyDetect
	}
	if strings.TrimSpace(r.title) == "" {
		r.title, r.titleHTML = it.altTitle, false
	}
	if r.link == "" {
		r.link = it.atomLink
	}
	if len(r.authors) == 0 {
		r.authors = it.altAuthors
	}
	if r.date == "" {
		r.date = it.atomDate
	}
	if r.date == "" {
		r.date = it.altDate
	}
	if r.link == "" && it.permalink && !p.atom && isGlobalID(r.guid) {
		r.link = r.guid
	}
	return p.emit(r)
}

// attrText is attr for an attribute whose value is feed text (a link, a
// category): its controls restored and sanitised before anything (URL
// resolution) reads it.
func attrText(se xml.StartElement, local string) string {
	return Sanitize(restoreControls(attr(se, local)))
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space != "xmlns" {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

func isAtomNS(uri string) bool { return uri == nsAtom || uri == nsAtom03 || uri == "" }

// isRSSNS accepts RSS's element namespaces: none (0.9x, 2.0), RSS 1.0's,
// RSS 0.90's, and the two some 2.0 feeds declare.
func isRSSNS(uri string) bool {
	switch uri {
	case "", nsRSS10, nsRSS090, "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss":
		return true
	}
	return false
}

// textTypeOf reads an Atom text construct's type (and Atom 0.3's mode).
func textTypeOf(se xml.StartElement) textType {
	switch strings.ToLower(attr(se, "type")) {
	case "html", "text/html":
		return ttHTML
	case "xhtml", "application/xhtml+xml":
		return ttXHTML
	case "text", "text/plain":
		return ttText
	case "":
	default:
		if t := strings.ToLower(attr(se, "type")); !strings.HasPrefix(t, "text/") {
			return ttSkip
		}
		return ttText
	}
	switch strings.ToLower(attr(se, "mode")) {
	case "escaped":
		return ttHTML
	case "xml":
		return ttXHTML
	case "base64":
		return ttSkip
	}
	return ttDetect
}

// resolveRef resolves a reference against an xml:base; with no base (or an
// unusable one) the reference is returned as written.
func resolveRef(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if base == "" || ref == "" {
		if ref == "" {
			return base
		}
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// syntaxError is a document the fast path could not read to its end.
type syntaxError struct {
	Line int
	Msg  string
	Kept int // stories delivered before the error
}

func (e *syntaxError) Error() string {
	msg := fmt.Sprintf("XML syntax error on line %d: %s", e.Line, e.Msg)
	switch e.Kept {
	case 0:
		return msg
	case 1:
		return msg + "; showing the 1 story before it"
	}
	return fmt.Sprintf("%s; showing the %d stories before it", msg, e.Kept)
}

// asSyntaxError returns err as a *syntaxError when it is an XML syntax
// error, recording how many stories were kept. The decoder's message may
// quote the document ("invalid XML name: ..."), which it read after the
// repair reader: a control character there is the repair reader's
// private-use stand-in, which the message shows as the control's escape
// ("\x1b"), as it shows any other control, never as the stand-in.
func asSyntaxError(err error, kept int) (*syntaxError, bool) {
	var se *xml.SyntaxError
	if !errors.As(err, &se) {
		return nil, false
	}
	msg := QuoteControls(restoreControls(strings.TrimPrefix(se.Msg, "XML syntax error: ")))
	return &syntaxError{Line: se.Line, Msg: msg, Kept: kept}, true
}
