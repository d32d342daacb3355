package feeds

import (
	"encoding/xml"
	"strings"
	"unicode/utf8"
)

// The parser captures the text of each element it wants (a title, a body,
// a date): begin starts a capture, element and text add to it, and
// finishField stores it in the item or the feed.

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
	// RSS extensions' fallbacks (see xmlItem)
	fAltTitle
	fAltDescription
	fAltAuthor
	fAtomDate
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

func (p *xmlParser) begin(f field, depth int, typ textType, limit int, base string) {
	p.cap.field, p.cap.depth, p.cap.typ, p.cap.limit, p.cap.base = f, depth, typ, limit, base
	p.cap.buf, p.cap.cut, p.cap.children, p.cap.wrapper, p.cap.whole = p.cap.buf[:0], false, false, 0, ""
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
	if f != fDescription && f != fContent && f != fAltDescription {
		// Sanitised before it is resolved as a URL or read as HTML here;
		// bodies are sanitised by the normaliser, the first to read them.
		s = Sanitize(s)
	}
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
		if l := strings.TrimSpace(s); l != "" {
			it.raw.link = resolveRef(c.base, l)
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
	case fAltTitle:
		if it.altTitle == "" {
			it.altTitle = s
		}
	case fAltDescription:
		if it.altDescription == "" {
			it.altDescription = s
		}
	case fAltAuthor:
		it.altAuthors = append(it.altAuthors, s)
	case fAtomDate:
		if it.atomDate == "" {
			it.atomDate = s
		}
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
		escapeInto(&b, Sanitize(restoreControls(a.Value)), true)
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
	// Sanitised before it is escaped as markup: "\x1b<" escaped is
	// "\x1b&lt;", whose "&l" would end the sequence and leave "t;".
	var b strings.Builder
	escapeInto(&b, Sanitize(restoreControls(string(data))), false)
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
