package feeds

import (
	"bufio"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
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
// UTF-8, forbidden control characters), diverter (bodies lifted out), then
// the decoder.

// Namespaces the parser looks at.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsAtom03  = "http://purl.org/atom/ns#"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsRSS10   = "http://purl.org/rss/1.0/"
	nsRSS090  = "http://my.netscape.com/rdf/simple/0.9/"
	nsXHTML   = "http://www.w3.org/1999/xhtml"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
)

// field is what the text being captured belongs to.
type field uint8

const (
	fNone field = iota
	fFeedTitle
	fFeedLink
	fFeedID
	fFeedAuthor
	fTitle
	fLink
	fGUID
	fDescription
	fContent
	fSummary
	fDate
	fAltDate // dc:date, Atom updated: used when there is no pubDate/published
	fAuthor
	fTerm
)

// textType is an Atom text construct's type (or the kind of an RSS field).
type textType uint8

const (
	ttDetect textType = iota // unknown: LooksLikeHTML decides
	ttText
	ttHTML
	ttXHTML
	ttSkip // content we cannot show (base64, out-of-line src)
)

type nsBinding struct{ prefix, uri string }

type xmlFrame struct {
	prefix, local string
	nsMark        int    // len(ns) before this element's xmlns attributes
	base          string // xml:base in effect inside this element, "" if none
}

// capture collects the text of one field, serialising any child elements
// as markup (XHTML content, HTML left unescaped in a description).
type capture struct {
	field    field
	depth    int
	typ      textType
	buf      []byte
	limit    int
	cut      bool
	children bool
	wrapper  int    // depth of an XHTML content's wrapper <div>; -1 once passed
	base     string // xml:base in effect at the captured element
	dv       *diverter
	whole    string // the field's text when it is one diverted text (buf is then empty)
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
	permalink   bool // an RSS guid that is the item's URL (isPermaLink is not "false")
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
	cap       capture
	emit      func(*rawItem) error
	done      bool // the root element has closed
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
			base = resolveRef(base, a.Value)
		}
	}
	p.stack = append(p.stack, xmlFrame{prefix: se.Name.Space, local: se.Name.Local, nsMark: mark, base: base})
	depth := len(p.stack)

	if p.cap.field != fNone {
		p.cap.element(se, depth)
		return
	}
	if depth == 1 {
		return // the root: detection already named it
	}
	uri, local := p.resolve(se.Name.Space), se.Name.Local

	if p.item == nil {
		switch {
		case p.atom && local == "entry" && isAtomNS(uri), !p.atom && local == "item" && isRSSNS(uri):
			p.item = &xmlItem{}
			p.itemDepth = depth
			p.person = 0
			for _, a := range se.Attr {
				if a.Name.Local == "about" && p.resolve(a.Name.Space) == nsRDF {
					p.item.raw.guid = a.Value // RSS 1.0: rdf:about names the item
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
				it.raw.link = resolveRef(base, attr(se, "href"))
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
			if label := attr(se, "label"); label != "" {
				it.raw.terms = append(it.raw.terms, label)
				it.raw.moreTerms = append(it.raw.moreTerms, attr(se, "term"))
			} else {
				it.raw.terms = append(it.raw.terms, attr(se, "term"))
			}
		}
	case !p.atom && isRSSNS(uri):
		switch local {
		case "title":
			p.begin(fTitle, depth, ttDetect, maxField, base)
		case "link":
			p.begin(fLink, depth, ttText, maxField, base)
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
		}
	case uri == nsAtom && local == "link" && !p.atom:
		if rel := attr(se, "rel"); (rel == "" || rel == "alternate") && it.raw.link == "" {
			it.raw.link = resolveRef(base, attr(se, "href"))
		}
	}
}

// feedElement reads a child of the Atom <feed> or the RSS <channel>.
func (p *xmlParser) feedElement(se xml.StartElement, uri, local string, depth int, base string) {
	switch {
	case local == "link" && (uri == nsAtom || p.atom && isAtomNS(uri)):
		href := resolveRef(base, attr(se, "href"))
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

func (p *xmlParser) begin(f field, depth int, typ textType, limit int, base string) {
	p.cap.field, p.cap.depth, p.cap.typ, p.cap.limit, p.cap.base = f, depth, typ, limit, base
	p.cap.buf, p.cap.cut, p.cap.children, p.cap.wrapper, p.cap.whole = p.cap.buf[:0], false, false, 0, ""
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

// finishField stores the captured text where it belongs.
func (p *xmlParser) finishField() {
	c := &p.cap
	s := c.whole
	if s == "" {
		s = string(c.buf)
	}
	if p.rr.remapped {
		s = restoreControls(s)
	}
	kind := kindOf(c.typ, c.children)
	f := c.field
	c.field = fNone
	if c.typ == ttSkip {
		return
	}
	switch f {
	case fFeedTitle:
		if kind == bodyHTML {
			s = HTMLToText(s)
		}
		if p.feed.title == "" {
			p.feed.title = s
		}
	case fFeedLink:
		if p.feed.link == "" {
			p.feed.link = resolveRef(c.base, strings.TrimSpace(s))
		}
	case fFeedID:
		p.feed.id = strings.TrimSpace(s)
	case fFeedAuthor:
		if p.feed.author == "" {
			p.feed.author = s
		}
	}
	it := p.item
	if it == nil {
		return
	}
	switch f {
	case fTitle:
		it.raw.title, it.raw.titleHTML = s, kind == bodyHTML
	case fLink:
		if it.raw.link == "" {
			it.raw.link = resolveRef(c.base, strings.TrimSpace(s))
		}
	case fGUID:
		it.raw.guid = strings.TrimSpace(s)
	case fDescription:
		it.description, it.descCut, it.descKind = s, c.cut, kind
	case fContent:
		it.content, it.contentCut, it.contentKind, it.contentBase = s, c.cut, kind, c.base
	case fSummary:
		it.raw.summary, it.raw.summaryKind = s, kind
	case fDate:
		it.raw.date = s
	case fAltDate:
		if it.altDate == "" {
			it.altDate = s
		}
	case fAuthor:
		it.raw.authors = append(it.raw.authors, s)
	case fTerm:
		it.raw.terms = append(it.raw.terms, s)
	}
}

// kindOf is how a captured text is to be read.
func kindOf(t textType, children bool) bodyKind {
	switch {
	case t == ttHTML || t == ttXHTML || children:
		return bodyHTML
	case t == ttText:
		return bodyText
	}
	return bodyDetect
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
	}
	if r.date == "" {
		r.date = it.altDate
	}
	if r.link == "" && it.permalink && !p.atom && isGlobalID(r.guid) {
		r.link = r.guid
	}
	return p.emit(r)
}

// element handles a start tag inside a captured field: the XHTML wrapper
// <div> is dropped, anything else is written back as markup.
func (c *capture) element(se xml.StartElement, depth int) {
	if c.typ == ttXHTML && c.wrapper == 0 && !c.children && depth == c.depth+1 && se.Name.Local == "div" {
		c.wrapper = depth
		c.children = true
		return
	}
	c.children = true
	var b strings.Builder
	b.WriteByte('<')
	b.WriteString(se.Name.Local)
	for _, a := range se.Attr {
		if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" || a.Name.Space == "xml" {
			continue
		}
		b.WriteByte(' ')
		b.WriteString(a.Name.Local)
		b.WriteString(`="`)
		escapeInto(&b, a.Value, true)
		b.WriteByte('"')
	}
	b.WriteByte('>')
	c.raw(b.String())
}

// text adds character data, escaped when it sits inside serialised markup.
func (c *capture) text(data []byte, escape bool) {
	if c.dv != nil {
		c.dv.expand(data, func(b []byte) { c.plainText(b, escape) }, func(s string) { c.section(s, escape) })
		return
	}
	c.plainText(data, escape)
}

// section adds a diverted text. A field that is one such text and nothing
// else (the usual body) takes it as it is, without a copy.
func (c *capture) section(s string, escape bool) {
	if escape || c.cut || len(c.buf) > 0 || c.whole != "" || len(s) > c.limit {
		c.plainText([]byte(s), escape)
		return
	}
	c.whole = s
}

func (c *capture) plainText(data []byte, escape bool) {
	if !escape {
		c.add(data)
		return
	}
	var b strings.Builder
	escapeInto(&b, string(data), false)
	c.raw(b.String())
}

func (c *capture) raw(s string) { c.add([]byte(s)) }

// add appends to the field up to its limit, cutting on a rune boundary.
func (c *capture) add(b []byte) {
	if c.whole != "" {
		c.buf = append(c.buf, c.whole...)
		c.whole = ""
	}
	if c.cut {
		return
	}
	if len(c.buf)+len(b) > c.limit {
		b = b[:c.limit-len(c.buf)]
		k := len(b) - 1
		for k > 0 && !utf8.RuneStart(b[k]) {
			k--
		}
		if k >= 0 && !utf8.FullRune(b[k:]) {
			b = b[:k]
		}
		c.cut = true
	}
	c.buf = append(c.buf, b...)
}

func escapeInto(b *strings.Builder, s string, attr bool) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			if !attr {
				continue
			}
			rep = "&quot;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	b.WriteString(s[last:])
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
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
	msg := quoteControls(restoreControls(strings.TrimPrefix(se.Msg, "XML syntax error: ")))
	return &syntaxError{Line: se.Line, Msg: msg, Kept: kept}, true
}

// parseGofeed reads a whole document with gofeed, which is slower but
// forgives some breakage the fast path does not, and sends its items
// through the same normalisation. gofeed is third-party code reading
// hostile input: a panic in it is an error here.
func parseGofeed(r io.Reader, feed *feedInfo, emit func(*rawItem) error) (err error) {
	var gf *gofeed.Feed
	func() {
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("gofeed: %v", v)
			}
		}()
		gf, err = gofeed.NewParser().Parse(io.LimitReader(r, maxFileSize))
	}()
	if err != nil {
		return err
	}
	*feed = feedInfo{title: gf.Title, link: gf.Link, self: gf.FeedLink}
	for _, a := range gf.Authors {
		if a != nil && feed.author == "" {
			feed.author = a.Name
		}
	}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it := rawItem{
			guid:     gi.GUID,
			link:     gi.Link,
			title:    capText(gi.Title, maxField),
			date:     gi.Published,
			terms:    gi.Categories,
			bodyKind: bodyHTML,
		}
		if it.date == "" {
			it.date = gi.Updated
		}
		if gi.PublishedParsed != nil && parseDate(it.date).IsZero() {
			it.published = sane(*gi.PublishedParsed)
		}
		for _, a := range gi.Authors {
			if a != nil {
				it.authors = append(it.authors, a.Name)
			}
		}
		if gi.DublinCoreExt != nil {
			it.authors = append(it.authors, gi.DublinCoreExt.Creator...)
			it.terms = append(it.terms, gi.DublinCoreExt.Subject...)
		}
		if gi.Content != "" {
			it.body, it.bodyCut = capBody(gi.Content)
			it.summary, it.summaryKind = capText(gi.Description, maxField), bodyDetect
		} else {
			it.body, it.bodyCut = capBody(gi.Description)
			it.bodyKind = bodyDetect
		}
		if err := emit(&it); err != nil {
			return err
		}
	}
	return nil
}

// repairReader makes any byte stream acceptable to encoding/xml, which
// stops at the first byte of invalid UTF-8 and at control characters (raw
// or as &#27;) that XML forbids. Invalid bytes, U+FFFE and U+FFFF become
// U+FFFD. Control characters are mapped to private-use runes (ctlBase+c)
// that restoreControls turns back once the text is out of the decoder, so
// the sanitiser sees, and removes, the whole escape sequence they began.
type repairReader struct {
	src        io.Reader
	in         []byte // input; in[start:n] is not processed yet
	start, n   int
	out        []byte // processed, not yet read
	off        int
	spare      []byte // buffer for repaired output
	err        error
	remapped   bool
	eofPending bool
}

const (
	repairChunk = 64 << 10
	ctlBase     = 0x10FFC0 // private-use runes standing for C0 controls
	refMax      = 64       // digits of a character reference looked at
)

func (r *repairReader) Read(p []byte) (int, error) {
	for r.off >= len(r.out) {
		if r.err != nil && r.start == r.n {
			return 0, r.err
		}
		if r.in == nil {
			r.in = make([]byte, repairChunk+2*refMax)
		}
		// Keep the unprocessed tail (a split rune or reference), read more.
		r.n = copy(r.in, r.in[r.start:r.n])
		r.start = 0
		if r.err == nil {
			m, err := r.src.Read(r.in[r.n : r.n+repairChunk])
			r.n += m
			r.err = err
		}
		r.repair(r.err != nil)
	}
	k := copy(p, r.out[r.off:])
	r.off += k
	return k, nil
}

// repair processes in[start:n] into out. Unless atEOF, a rune or character
// reference cut by the end of the input is left for the next read.
func (r *repairReader) repair(atEOF bool) {
	src := r.in[r.start:r.n]
	out := r.spare[:0]
	dirty := false
	last, i := 0, 0
	replace := func(width int, with string) {
		out = append(out, src[last:i]...)
		out = append(out, with...)
		i += width
		last = i
		dirty = true
	}
scan:
	for i < len(src) {
		for i < len(src) && !repairAt[src[i]] {
			i++
		}
		if i >= len(src) {
			break
		}
		c := src[i]
		switch {
		case c < 0x20:
			replace(1, string(rune(ctlBase+int(c))))
			r.remapped = true
		case c == '&':
			width, val, state := charRef(src[i:])
			switch state {
			case refPartial:
				if !atEOF {
					break scan
				}
				i++
			case refTooLong:
				replace(1, "&amp;")
			case refComplete:
				switch {
				case val < 0x20 && val != '\t' && val != '\n' && val != '\r':
					replace(width, string(rune(ctlBase+val)))
					r.remapped = true
				case val == 0xFFFE || val == 0xFFFF || val >= markerBase && val <= markerBase+0xF:
					replace(width, "\uFFFD")
				default:
					i += width
				}
			default:
				i++
			}
		default:
			ru, size := utf8.DecodeRune(src[i:])
			switch {
			case ru == utf8.RuneError && size <= 1:
				if !atEOF && !utf8.FullRune(src[i:]) {
					break scan
				}
				replace(1, "\uFFFD")
			case ru == 0xFFFE || ru == 0xFFFF || ru >= markerBase && ru <= markerBase+0xF:
				replace(size, "\uFFFD")
			default:
				i += size
			}
		}
	}
	if dirty {
		out = append(out, src[last:i]...)
		r.out, r.spare = out, out
	} else {
		r.out = src[:i]
	}
	r.off = 0
	r.start += i
}

// repairAt marks the bytes at which repair must look closer: controls,
// '&' (a character reference may follow) and the start of non-ASCII runes.
var repairAt = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '&' || c >= 0x80
	}
	return t
}()

type refState uint8

const (
	refNone refState = iota
	refPartial
	refComplete
	refTooLong
)

// charRef reads a numeric character reference at the start of s the way
// encoding/xml does ("&#27;", "&#x1b;").
func charRef(s []byte) (width, val int, state refState) {
	if len(s) < 2 {
		return 0, 0, refPartial
	}
	if s[1] != '#' {
		return 0, 0, refNone
	}
	j, base := 2, 10
	if j < len(s) && s[j] == 'x' {
		j, base = 3, 16
	}
	digits := j
	for j < len(s) && isRefDigit(s[j], base) {
		j++
		if j-digits > refMax {
			return 0, 0, refTooLong
		}
	}
	if j >= len(s) {
		return 0, 0, refPartial
	}
	if s[j] != ';' {
		return 0, 0, refNone
	}
	v, err := strconv.ParseUint(string(s[digits:j]), base, 64)
	if err != nil || v > utf8.MaxRune {
		return 0, 0, refNone
	}
	return j + 1, int(v), refComplete
}

func isRefDigit(c byte, base int) bool {
	return '0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')
}

// diverter takes the text of CDATA sections and of long runs of text out of
// the stream before encoding/xml sees it. The decoder reads text a byte at a
// time, copying, unescaping and validating as it goes; a feed's bodies are
// most of its bytes, and bytes.Index finds their ends many times faster.
// In place of each piece of text the decoder gets <![CDATA[marker]]>, the
// marker naming the stashed text and followed by as many newlines as the
// text held, so the decoder's line numbers stay right; capture.text puts
// the text back. The marker is made of runes the repair reader never lets
// through, so a feed cannot forge one.
//
// To know what is text, the diverter follows the markup as the decoder
// does: tags (with quoted attribute values), comments, processing
// instructions, directives (with their nesting) and CDATA sections. It
// changes nothing else, and leaves alone any text the decoder would refuse
// or could not finish, so errors come from the decoder as before. Tests
// check, with a fuzzer too, that diverting changes nothing.
type diverter struct {
	src      io.Reader
	in       []byte // input; in[start:n] is not processed yet
	start, n int
	out      []byte
	off      int
	err      error
	mode     diverterMode
	quote    byte   // in a tag or directive: the open quote, 0 if none
	depth    int    // in a directive: unclosed '<'
	cur      []byte // the text run or CDATA section being read
	stash    map[int]stashedText
	next     int
}

type diverterMode uint8

const (
	inText diverterMode = iota
	inTag
	inComment
	inPI
	inDirective
	inDirectiveComment
	inCDATA
)

// divertMin is the shortest run of text worth taking from the decoder.
const divertMin = 256

type stashedText struct {
	text     string
	newlines int
}

const markerBase = 0x10FFE0 // markerBase opens a marker, markerBase+1 closes it

var (
	markerOpen  = []byte(string(rune(markerBase)))
	markerClose = []byte(string(rune(markerBase + 1)))
)

func (d *diverter) Read(p []byte) (int, error) {
	for d.off >= len(d.out) {
		if d.err != nil && d.start == d.n {
			return 0, d.err
		}
		if d.in == nil {
			d.in = make([]byte, repairChunk+16)
		}
		d.n = copy(d.in, d.in[d.start:d.n])
		d.start = 0
		if d.err == nil {
			m, err := d.src.Read(d.in[d.n : d.n+repairChunk])
			d.n += m
			d.err = err
		}
		d.divert(d.err != nil)
	}
	k := copy(p, d.out[d.off:])
	d.off += k
	return k, nil
}

// divert processes in[start:n] into out. Unless atEOF, a delimiter that
// may be cut by the end of the input is left for the next read.
func (d *diverter) divert(atEOF bool) {
	src := d.in[d.start:d.n]
	out := d.out[:0]
	i := 0
	// upTo finds sep from i; when it is missing it returns where to stop
	// so that a cut sep is kept for the next read.
	upTo := func(sep string) (int, bool) {
		if j := bytes.Index(src[i:], []byte(sep)); j >= 0 {
			return i + j + len(sep), true
		}
		if atEOF {
			return len(src), false
		}
		return max(i, len(src)-(len(sep)-1)), false
	}
loop:
	for i < len(src) {
		switch d.mode {
		case inText:
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				d.cur = append(d.cur, src[i:]...)
				i = len(src)
				break loop
			}
			// The markup after the text: enough of it to know what it is.
			rest := src[i+j:]
			if !atEOF && len(rest) < len("<![CDATA[") {
				d.cur = append(d.cur, src[i:i+j]...)
				i += j
				break loop
			}
			run := src[i : i+j]
			if len(d.cur) > 0 {
				run = append(d.cur, run...)
			}
			out = d.text(out, run)
			d.cur = nil
			i += j
			switch {
			case bytes.HasPrefix(rest, []byte("<![CDATA[")):
				i += len("<![CDATA[")
				d.mode = inCDATA
			case bytes.HasPrefix(rest, []byte("<!--")):
				out = append(out, "<!--"...)
				i += len("<!--")
				d.mode = inComment
			case bytes.HasPrefix(rest, []byte("<!")):
				out = append(out, "<!"...)
				i += 2
				d.mode, d.depth, d.quote = inDirective, 0, 0
			case bytes.HasPrefix(rest, []byte("<?")):
				out = append(out, "<?"...)
				i += 2
				d.mode = inPI
			default:
				out = append(out, '<')
				i++
				d.mode, d.quote = inTag, 0
			}
		case inTag:
			// Quoted attribute values may hold '>'.
			if d.quote != 0 {
				j := bytes.IndexByte(src[i:], d.quote)
				if j < 0 {
					out = append(out, src[i:]...)
					i = len(src)
					break loop
				}
				out = append(out, src[i:i+j+1]...)
				i += j + 1
				d.quote = 0
				continue
			}
			j := bytes.IndexAny(src[i:], `"'>`)
			if j < 0 {
				out = append(out, src[i:]...)
				i = len(src)
				break loop
			}
			c := src[i+j]
			out = append(out, src[i:i+j+1]...)
			i += j + 1
			if c == '>' {
				d.mode = inText
			} else {
				d.quote = c
			}
		case inComment, inPI, inDirectiveComment:
			sep := "-->"
			if d.mode == inPI {
				sep = "?>"
			}
			end, found := upTo(sep)
			out = append(out, src[i:end]...)
			i = end
			if !found {
				break loop
			}
			if d.mode == inDirectiveComment {
				d.mode = inDirective
			} else {
				d.mode = inText
			}
		case inDirective:
			// As encoding/xml reads <!DOCTYPE ...>: quotes, nested '<' and
			// '>', and comments inside.
			c := src[i]
			if d.quote == 0 && c == '>' && d.depth == 0 {
				out = append(out, c)
				i++
				d.mode = inText
				continue
			}
			switch {
			case c == d.quote:
				d.quote = 0
			case d.quote != 0:
			case c == '\'' || c == '"':
				d.quote = c
			case c == '>':
				d.depth--
			case c == '<':
				if len(src)-i < 4 && !atEOF {
					break loop
				}
				if bytes.HasPrefix(src[i+1:], []byte("!--")) {
					out = append(out, "<!--"...)
					i += 4
					d.mode = inDirectiveComment
					continue
				}
				d.depth++
			}
			out = append(out, c)
			i++
		case inCDATA:
			j := bytes.Index(src[i:], []byte("]]>"))
			if j < 0 {
				end, _ := upTo("]]>")
				d.cur = append(d.cur, src[i:end]...)
				i = end
				break loop
			}
			text := src[i : i+j]
			if len(d.cur) > 0 {
				text = append(d.cur, text...)
			}
			newlines := bytes.Count(text, []byte("\n")) // as the decoder counts lines
			if bytes.IndexByte(text, '\r') >= 0 {
				// As the decoder reads: "\r\n" and a lone "\r" are "\n".
				text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
				text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
			}
			d.cur = nil
			out = d.marker(out, text, newlines, true)
			i += j + 3
			d.mode = inText
		}
	}
	if atEOF && i == len(src) {
		switch d.mode {
		case inText:
			// Text the document ends in: the decoder's to judge.
			out = append(out, d.cur...)
		case inCDATA:
			// Cut short inside a section: the decoder must see that too.
			out = d.marker(out, d.cur, bytes.Count(d.cur, []byte("\n")), false)
		}
		d.cur = nil
	}
	d.out, d.off = out, 0
	d.start += i
}

// text writes a run of text: as it is, or, when it is long and the decoder
// would read it without complaint, unescaped and stashed behind a marker.
func (d *diverter) text(out, run []byte) []byte {
	if len(run) < divertMin || bytes.Contains(run, []byte("]]>")) {
		return append(out, run...)
	}
	return d.marker(out, unescapeText(run), bytes.Count(run, []byte("\n")), true)
}

// marker stashes a text, with the number of newlines its source held, and
// writes its stand-in.
func (d *diverter) marker(out, text []byte, newlines int, closed bool) []byte {
	d.stash[d.next] = stashedText{text: string(text), newlines: newlines}
	out = append(out, "<![CDATA["...)
	out = append(out, markerOpen...)
	out = strconv.AppendInt(out, int64(d.next), 10)
	out = append(out, markerClose...)
	for range newlines {
		out = append(out, '\n')
	}
	if closed {
		out = append(out, "]]>"...)
	}
	d.next++
	d.cur = nil
	return out
}

// unescapeText reads character data the way encoding/xml's non-strict
// Decoder with Entity = xml.HTMLEntity does: the five XML entities, the
// HTML ones, numeric references up to U+10FFFF; anything else that starts
// with '&' stays as written; "\r\n" and a lone "\r" become "\n".
func unescapeText(run []byte) []byte {
	if bytes.IndexByte(run, '&') < 0 && bytes.IndexByte(run, '\r') < 0 {
		return run
	}
	out := make([]byte, 0, len(run))
	for i := 0; i < len(run); {
		c := run[i]
		switch c {
		case '\r':
			out = append(out, '\n')
			i++
			if i < len(run) && run[i] == '\n' {
				i++
			}
			continue
		case '&':
		default:
			out = append(out, c)
			i++
			continue
		}
		j := i + 1
		if j < len(run) && run[j] == '#' {
			j++
			base := 10
			if j < len(run) && run[j] == 'x' {
				base = 16
				j++
			}
			digits := j
			for j < len(run) && isRefDigit(run[j], base) {
				j++
			}
			if j < len(run) && run[j] == ';' {
				if v, err := strconv.ParseUint(string(run[digits:j]), base, 64); err == nil && v <= utf8.MaxRune {
					out = utf8.AppendRune(out, rune(v))
					i = j + 1
					continue
				}
				j++ // the ';' stays with the text that failed
			}
			out = append(out, run[i:j]...)
			i = j
			continue
		}
		for j < len(run) && (run[j] >= utf8.RuneSelf || isNameByte(run[j])) {
			j++
		}
		if j < len(run) && run[j] == ';' {
			name := string(run[i+1 : j])
			if r, ok := xmlEntities[name]; ok {
				out = append(out, r...)
				i = j + 1
				continue
			}
			if r, ok := xml.HTMLEntity[name]; ok {
				out = append(out, r...)
				i = j + 1
				continue
			}
			j++
		}
		out = append(out, run[i:j]...)
		i = j
	}
	return out
}

// xmlEntities are the entities XML itself defines.
var xmlEntities = map[string]string{"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": `"`}

// isNameByte is encoding/xml's test for an ASCII byte of a name.
func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' ||
		'0' <= c && c <= '9' || c == '_' || c == ':' || c == '.' || c == '-'
}

// expand passes data to add, and in place of each marker its section's
// text to addSection; the sections are then forgotten. Both may be nil.
func (d *diverter) expand(data []byte, add func([]byte), addSection func(string)) {
	for {
		i := bytes.Index(data, markerOpen)
		if i < 0 {
			break
		}
		j := bytes.Index(data[i:], markerClose)
		if j < 0 {
			break
		}
		idx, _ := strconv.Atoi(string(data[i+len(markerOpen) : i+j]))
		st, ok := d.stash[idx]
		if add != nil && i > 0 {
			add(data[:i])
		}
		if addSection != nil && ok {
			addSection(st.text)
		}
		delete(d.stash, idx)
		data = data[i+j+len(markerClose):]
		for k := 0; k < st.newlines && len(data) > 0 && data[0] == '\n'; k++ {
			data = data[1:]
		}
	}
	if add != nil && len(data) > 0 {
		add(data)
	}
}

// restoreControls undoes the repair reader's mapping of control characters.
func restoreControls(s string) string {
	if !strings.Contains(s, "\U0010FFC0"[:3]) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= ctlBase && r < ctlBase+0x20 {
			return r - ctlBase
		}
		return r
	}, s)
}
