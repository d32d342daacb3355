package feeds

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText returns the visible text of an HTML fragment, entities decoded,
// tags dropped, whitespace folded to single spaces (block elements and <br>
// separate words), sanitised. Elements that HTMLToMarkdown drops with their
// content (script, style...) are dropped here too. It tokenizes rather than
// parses, for speed: it runs for every item of a feed at load time.
func HTMLToText(src string) string {
	var f spaceFolder
	if !strings.ContainsAny(src, "<&") {
		f.b.Grow(len(src))
		f.WriteString(Sanitize(src))
		return f.String()
	}
	f.b.Grow(len(src))
	s := newTextScanner(src)
	for {
		switch s.next() {
		case evEnd:
			return f.String()
		case evText:
			f.WriteString(s.text)
		case evBreak, evBlock:
			f.Break()
		}
	}
}

// FirstParagraph returns the plain text of the first non-empty paragraph of
// an HTML fragment, sanitised and whitespace-folded, cut on a word boundary
// to at most maxRunes runes including the "…" added when it is cut
// (maxRunes <= 0: no limit). It stops tokenizing as soon as it has it.
//
// A paragraph is a <p>, or a block of text not inside another block element
// (loose text, or text in a <div> or <section>); two <br> in a row end one.
// Text inside headings, figures and captions, lists, tables, quotes, code,
// headers, footers and asides is used only if the fragment has no paragraph:
// a lede, not a photo credit, is what a summary wants.
func FirstParagraph(src string, maxRunes int) string {
	s := newTextScanner(src)
	var (
		f          spaceFolder
		para       string // the paragraph, once found
		fallback   string // the first block of text inside an aside element
		aside      int    // depth of aside elements around the current text
		blockAside bool   // the text in f was collected inside an aside element
		brs        int    // <br> in a row, with only whitespace between them
	)
	// endBlock ends the block of text in f; it reports whether that was the paragraph.
	endBlock := func() bool {
		if f.Len() == 0 {
			return false
		}
		t := f.String()
		f.Reset()
		if !blockAside {
			para = t
			return true
		}
		if fallback == "" {
			fallback = t
		}
		return false
	}
scan:
	for {
		switch s.next() {
		case evEnd:
			endBlock()
			break scan
		case evText:
			if f.Len() == 0 {
				blockAside = aside > 0
			}
			f.WriteString(s.text)
			if strings.TrimFunc(s.text, unicode.IsSpace) != "" {
				brs = 0
			}
		case evBreak:
			if brs++; brs < 2 {
				f.Break()
			} else if endBlock() {
				break scan
			}
		case evBlock:
			brs = 0
			if endBlock() {
				break scan
			}
			if isAsideElement(s.tag) {
				if !s.isEnd {
					aside++
				} else if aside > 0 {
					aside--
				}
			}
		}
	}
	if para == "" {
		para = fallback
	}
	return cutWords(para, maxRunes)
}

// cutWords cuts s to at most max runes, "…" included, preferring to cut
// between words and never leaving a combining mark or a zero-width joiner
// without its base.
func cutWords(s string, max int) string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return s
	}
	end := 0
	for range max - 1 {
		_, n := utf8.DecodeRuneInString(s[end:])
		end += n
	}
	if s[end] != ' ' {
		if i := strings.LastIndexByte(s[:end], ' '); i > 0 {
			end = i
		}
	}
	for end > 0 {
		next, _ := utf8.DecodeRuneInString(s[end:])
		last, n := utf8.DecodeLastRuneInString(s[:end])
		if !joinsPrevious(next) && last != zeroWidthJoiner {
			break
		}
		end -= n
	}
	return strings.TrimRight(s[:end], " ") + "…"
}

const zeroWidthJoiner = '\u200d' // zero-width joiner, as in emoji sequences

// joinsPrevious reports whether r belongs to the grapheme before it.
func joinsPrevious(r rune) bool {
	return r == zeroWidthJoiner || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) ||
		unicode.Is(unicode.Variation_Selector, r)
}

// LooksLikeHTML reports whether s appears to contain HTML markup or entities
// (so plain-text descriptions are not run through the HTML path). Markup
// means a comment or a tag whose name is an HTML element or attribute name
// ("Press <Enter>" is not markup); an entity is &name; or &#number;.
func LooksLikeHTML(s string) bool {
	for {
		i := strings.IndexAny(s, "<&")
		if i < 0 {
			return false
		}
		rest := s[i+1:]
		if s[i] == '<' && looksLikeTag(rest) || s[i] == '&' && looksLikeEntity(rest) {
			return true
		}
		s = rest
	}
}

func looksLikeTag(s string) bool {
	if strings.HasPrefix(s, "!--") || strings.HasPrefix(s, "!DOCTYPE") || strings.HasPrefix(s, "!doctype") {
		return true
	}
	s = strings.TrimPrefix(s, "/")
	n := 0
	for n < len(s) && isASCIIAlnum(s[n]) {
		n++
	}
	if n == 0 || n == len(s) {
		return false
	}
	switch s[n] {
	case '>', '/', ' ', '\t', '\n', '\r', '\f':
		return lookupAtom(s[:n]) != 0
	}
	return false
}

func looksLikeEntity(s string) bool {
	n := 0
	if strings.HasPrefix(s, "#x") || strings.HasPrefix(s, "#X") {
		for n = 2; n < len(s) && isASCIIHex(s[n]); n++ {
		}
		return n > 2 && n < len(s) && s[n] == ';'
	}
	if strings.HasPrefix(s, "#") {
		for n = 1; n < len(s) && '0' <= s[n] && s[n] <= '9'; n++ {
		}
		return n > 1 && n < len(s) && s[n] == ';'
	}
	for n < len(s) && n <= 32 && isASCIIAlnum(s[n]) {
		n++
	}
	return n >= 2 && n < len(s) && s[n] == ';'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isASCIIHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// lookupAtom returns the atom of a tag name in any case, without allocating.
func lookupAtom[T string | []byte](name T) atom.Atom {
	var buf [16]byte
	if len(name) > len(buf) {
		return 0
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return atom.Lookup(buf[:len(name)])
}

// textEvent is what a textScanner reports.
type textEvent uint8

const (
	evEnd   textEvent = iota // end of input
	evText                   // visible text, in textScanner.text
	evBlock                  // start or end of a block element, in textScanner.tag
	evBreak                  // a <br>
)

// textScanner tokenizes HTML into visible text and the block structure
// around it, skipping the elements dropped with their content.
type textScanner struct {
	z         *html.Tokenizer
	text      string    // for evText: sanitised text
	tag       atom.Atom // for evBlock: the element
	isEnd     bool      // for evBlock: an end tag
	skipTag   atom.Atom // the dropped element being skipped
	skipDepth int       // nesting of skipTag; 0: not skipping
}

func newTextScanner(src string) *textScanner {
	return &textScanner{z: html.NewTokenizer(strings.NewReader(src))}
}

func (s *textScanner) next() textEvent {
	for {
		tt := s.z.Next()
		switch tt {
		case html.ErrorToken:
			return evEnd
		case html.TextToken:
			if s.skipDepth > 0 {
				continue
			}
			// Text tokens are sanitised one by one, so no escape sequence
			// spans a tag.
			s.text = Sanitize(string(s.z.Text()))
			return evText
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			a := rawTagAtom(s.z.Raw())
			if s.skipDepth > 0 {
				if a == s.skipTag {
					if tt == html.EndTagToken {
						s.skipDepth--
					} else if tt == html.StartTagToken {
						s.skipDepth++
					}
				}
				continue
			}
			// The tokenizer reads a raw-text element's content as text even
			// when the start tag says it is self-closing: skip it either way.
			if dropsContent(a) && (tt == html.StartTagToken && !isVoidElement(a) || isRawTextElement(a)) {
				s.skipTag, s.skipDepth = a, 1
				continue
			}
			if a == atom.Br {
				return evBreak
			}
			if isBlockElement(a) {
				s.tag, s.isEnd = a, tt == html.EndTagToken
				return evBlock
			}
		}
	}
}

// rawTagAtom returns the atom of the tag whose raw text is raw ("<p class=x>", "</P>").
func rawTagAtom(raw []byte) atom.Atom {
	raw = bytes.TrimPrefix(raw, []byte("<"))
	raw = bytes.TrimPrefix(raw, []byte("/"))
	n := 0
	for n < len(raw) {
		switch raw[n] {
		case ' ', '\t', '\n', '\r', '\f', '/', '>':
			return lookupAtom(raw[:n])
		}
		n++
	}
	return lookupAtom(raw[:n])
}

// isRawTextElement reports whether the tokenizer reads the element's content as text.
func isRawTextElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Title, atom.Iframe, atom.Noframes,
		atom.Noembed, atom.Textarea, atom.Xmp:
		return true
	}
	return false
}

func isVoidElement(a atom.Atom) bool {
	switch a {
	case atom.Embed, atom.Frame, atom.Br, atom.Img, atom.Hr, atom.Input, atom.Wbr,
		atom.Source, atom.Track, atom.Meta, atom.Link, atom.Area, atom.Col, atom.Param:
		return true
	}
	return false
}

// isBlockElement reports whether the element separates the words before and after it.
func isBlockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Hgroup,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption,
		atom.Figure, atom.Figcaption, atom.Section, atom.Article, atom.Aside, atom.Header,
		atom.Footer, atom.Nav, atom.Main, atom.Address, atom.Hr, atom.Details, atom.Summary,
		atom.Fieldset, atom.Legend, atom.Center, atom.Dialog, atom.Body, atom.Html:
		return true
	}
	return false
}

// isAsideElement reports whether text inside the element is not the story's
// own prose (see FirstParagraph). All of these are block elements.
func isAsideElement(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Hgroup,
		atom.Figure, atom.Figcaption, atom.Table, atom.Caption, atom.Ul, atom.Ol, atom.Dl,
		atom.Blockquote, atom.Pre, atom.Header, atom.Footer, atom.Nav, atom.Aside,
		atom.Address, atom.Details:
		return true
	}
	return false
}
