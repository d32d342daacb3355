package feeds

import (
	"html"
	"iter"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// What becomes of an item's body: the plain text of its lead paragraph,
// which is the summary when the feed gives none (and may hold the
// dateline), and the Markdown it is converted to on a story's first open.

// bodyKind says how a raw body is to become Markdown.
type bodyKind uint8

const (
	bodyNone     bodyKind = iota
	bodyHTML              // HTML (RSS content:encoded, Atom html/xhtml, JSON content_html)
	bodyText              // plain text (JSON content_text, Atom text, plain descriptions)
	bodyMarkdown          // already Markdown (story files)
	bodyDetect            // HTML or plain text: LooksLikeHTML decides (RSS description)
)

// cutNote is appended to a body that was cut at maxBody.
const cutNote = "\n\n*[dateline: story cut at 2 MiB]*"

// collapseSpace trims s and turns each run of white space into one space,
// no-break spaces included: a summary is one paragraph, and its dateline
// ("PARIS&nbsp;— ...") is read by datelineOf, which expects plain spaces.
// One-line fields need none of this: SanitizeLine folds them (and collapsing
// before it would let a newline's space continue an escape sequence).
func collapseSpace(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		if sp && (prevSpace || c != ' ') || c >= utf8.RuneSelf {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// summaryText is a summary as plain text on one paragraph.
func summaryText(s string, kind bodyKind) string {
	if kind == bodyHTML || (kind == bodyDetect && LooksLikeHTML(s)) {
		s = HTMLToText(s)
	}
	return collapseSpace(Sanitize(s))
}

// sameText reports whether a body, read as plain text, is the summary: the
// same words with the same punctuation once whitespace is folded. Only a
// summary short enough to be a standfirst (not cut to summaryLen) counts:
// a longer text given as both is better shown as the body.
func sameText(body string, kind bodyKind, summary string) bool {
	if summary == "" || len(body) > leadBytes || strings.HasSuffix(summary, "…") ||
		utf8.RuneCountInString(summary) > summaryLen {
		return false
	}
	var text string
	switch kind {
	case bodyHTML:
		// Read no further than the summary's length: most bodies are
		// longer, and this runs for every item. Most are told apart by
		// counting, before the tokenizer (4 KiB a call) is built.
		var ok bool
		if markupTextOver(body, len(summary)-strings.Count(summary, " ")) {
			return false
		}
		if text, ok = htmlTextWithin(body, len(summary)); !ok {
			return false
		}
	case bodyMarkdown:
		para, rest := firstTextParagraph(body, true)
		if strings.TrimSpace(rest) != "" {
			return false
		}
		text = para
	default:
		text = body
	}
	return sameWords(text, summary)
}

// plainHTMLText is the text of HTML that isRich says is plain (p, br, div
// and span elements only): its tags dropped, its entities decoded. It
// spares the tokenizer, which costs 4 KiB a call, for every item.
func plainHTMLText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s, '>')
		if j < 0 {
			break
		}
		b.WriteByte(' ')
		s = s[j+1:]
	}
	return html.UnescapeString(b.String())
}

// markupTextOver reports whether the HTML s surely has more than limit
// bytes of text other than whitespace: it counts the bytes outside tags,
// an entity as one (its least), and none of a script's or a style's,
// which HTMLToText drops.
func markupTextOver(s string, limit int) bool {
	n := 0
	inTag := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case inTag:
			inTag = c != '>'
		case c == '<':
			inTag = true
			for _, el := range [...]string{"script", "style"} {
				if rest := s[i+1:]; len(rest) > len(el) && strings.EqualFold(rest[:len(el)], el) && tagNameEnds(rest[len(el)]) {
					if end := indexFold(rest, "</"+el); end >= 0 {
						i += end // to the closing tag, skipped as a tag
					}
				}
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
		case c == '&':
			if j := strings.IndexByte(s[i:min(len(s), i+12)], ';'); j > 0 {
				i += j
			}
			n++
		default:
			n++
		}
		if n > limit {
			return true
		}
	}
	return false
}

// tagNameEnds reports whether c ends a tag's name.
func tagNameEnds(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// sameWords reports whether a and b have the same words (runs of
// non-space) in the same order, without allocating.
func sameWords(a, b string) bool {
	next, stop := iter.Pull(strings.FieldsSeq(b))
	defer stop()
	for w := range strings.FieldsSeq(a) {
		if v, ok := next(); !ok || v != w {
			return false
		}
	}
	_, more := next()
	return !more
}

// htmlTextWithin is HTMLToText for a fragment whose text is at most limit
// bytes long; ok is false, and the reading stops, past that.
func htmlTextWithin(src string, limit int) (text string, ok bool) {
	var f spaceFolder
	s := newTextScanner(src)
	for {
		switch s.next() {
		case evEnd:
			return f.String(), true
		case evText:
			f.WriteString(s.text)
			if f.Len() > limit {
				return "", false
			}
		case evBreak, evBlock:
			f.Break()
		}
	}
}

// withoutLead returns the body without its first paragraph when that
// paragraph is plain text (see isRich) that reads as the summary, whole
// (not cut), and something follows it.
func withoutLead(body string, kind bodyKind, summary string) (string, bool) {
	if summary == "" || strings.HasSuffix(summary, "…") {
		return "", false
	}
	var para, rest string
	switch kind {
	case bodyHTML:
		t := strings.TrimLeft(body, " \t\r\n")
		if len(t) < 3 || !strings.EqualFold(t[:2], "<p") || (t[2] != '>' && t[2] != ' ') {
			return "", false
		}
		end := indexFold(t, "</p>")
		if end < 0 {
			return "", false
		}
		para, rest = t[:end+4], t[end+4:]
		if isRich(para, kind) || !sameWords(plainHTMLText(para), summary) {
			return "", false
		}
	case bodyText, bodyMarkdown:
		t := strings.TrimLeft(body, " \t\n") // sanitised: no \r
		end := strings.Index(t, "\n\n")
		if end < 0 {
			return "", false
		}
		para, rest = t[:end], t[end+2:]
		if kind == bodyMarkdown && isRich(para, kind) || collapseSpace(para) != summary {
			return "", false
		}
	default:
		return "", false
	}
	if strings.TrimSpace(rest) == "" {
		return "", false
	}
	return rest, true
}

// isRich reports whether a body shows more than its plain text: links,
// images, emphasis, lists... (any HTML element but p, br, div and span,
// and script and style, which show nothing; any Markdown syntax the
// lead-paragraph reader strips). Plain text never does.
func isRich(body string, kind bodyKind) bool {
	switch kind {
	case bodyHTML:
		for i := strings.IndexByte(body, '<'); i >= 0; i = strings.IndexByte(body, '<') {
			body = strings.TrimPrefix(body[i+1:], "/")
			j := 0
			for j < len(body) && (body[j] >= 'a' && body[j] <= 'z' || body[j] >= 'A' && body[j] <= 'Z' || body[j] >= '0' && body[j] <= '9') {
				j++
			}
			switch strings.ToLower(body[:j]) {
			case "", "p", "br", "div", "span", "script", "style":
			default:
				return true
			}
		}
	case bodyMarkdown:
		para, _ := firstTextParagraph(body, true)
		return para != strings.TrimSpace(strings.ReplaceAll(body, "\r\n", "\n"))
	}
	return false
}

// leadParagraph returns the plain text of a body's first paragraph (about
// summaryLen runes) and the body after it. When want is false it returns
// nothing: the caller only asks for it when it may need it.
func leadParagraph(body string, kind bodyKind, want bool) (lead, rest string) {
	if !want || body == "" {
		return "", ""
	}
	switch kind {
	case bodyHTML:
		head := body
		if len(head) > leadBytes {
			head = head[:runeStart(head, leadBytes)]
		}
		lead = collapseSpace(FirstParagraph(head, summaryLen))
		if i := indexFold(body, "</p"); i >= 0 {
			if j := strings.IndexByte(body[i:], '>'); j >= 0 {
				rest = body[i+j+1:]
			}
		}
		return Sanitize(lead), rest
	default:
		para, rest := firstTextParagraph(body, kind == bodyMarkdown)
		if para == "" {
			return "", ""
		}
		return Sanitize(collapseSpace(FirstParagraph("<p>"+html.EscapeString(para)+"</p>", summaryLen))), rest
	}
}

// firstTextParagraph returns the first paragraph of plain text or Markdown
// (skipping Markdown headings, rules and images) and the text after it.
func firstTextParagraph(s string, markdown bool) (para, rest string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for s != "" {
		var p string
		if i := strings.Index(s, "\n\n"); i >= 0 {
			p, s = s[:i], s[i+2:]
		} else {
			p, s = s, ""
		}
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if markdown {
			if strings.HasPrefix(p, "#") || strings.HasPrefix(p, "![") || strings.Trim(p, "-*_ ") == "" {
				continue
			}
			p = strings.TrimLeft(p, ">*_ ")
			p = markdownLink.ReplaceAllString(p, "$1")
			p = strings.NewReplacer("**", "", "__", "", "`", "").Replace(p)
		}
		return p, s
	}
	return "", ""
}

// markdownLink matches a Markdown link or image, "[text](url)".
var markdownLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// indexFold is strings.Index for an ASCII needle, ignoring case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := strings.IndexByte(s[i:], sub[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// body is a story's model.Body: it keeps the raw text and converts it to
// Markdown on the first call, then drops the raw text. The mutex (rather
// than a sync.Once) lets Codec read a consistent raw-or-converted body while
// a render converts it.
type body struct {
	mu        sync.Mutex
	converted bool
	raw       string
	base      string
	kind      bodyKind
	cut       bool
	md        string
}

func newBody(raw string, kind bodyKind, base string, cut bool) *body {
	return &body{raw: raw, base: base, kind: kind, cut: cut}
}

// Markdown converts the body on first use; it is safe for concurrent use.
func (b *body) Markdown() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.converted {
		switch b.kind {
		case bodyHTML:
			b.md = HTMLToMarkdown(b.raw, b.base)
		// The normaliser sanitised the raw text; a body stored by a
		// library written before it did is sanitised here, and before
		// escaping either way (see normaliser.story).
		case bodyMarkdown:
			b.md = strings.TrimSpace(Sanitize(b.raw))
		default:
			b.md = textToMarkdown(Sanitize(b.raw))
		}
		if b.cut {
			b.md += cutNote
		}
		b.raw, b.converted = "", true
	}
	return b.md
}

// textToMarkdown turns plain text into Markdown that shows as the same
// text: paragraphs (blank-line separated) are kept, lines within one are
// joined by the renderer, and characters Markdown would act on are escaped.
func textToMarkdown(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s) + len(s)/16)
	paras := 0
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if paras > 0 {
			b.WriteString("\n\n")
		}
		paras++
		for i, line := range strings.Split(p, "\n") {
			if i > 0 {
				b.WriteByte('\n')
			}
			writeEscapedLine(&b, strings.TrimSpace(line))
		}
	}
	return b.String()
}

// writeEscapedLine writes one line of plain text with Markdown's special
// characters escaped, including those that only matter at a line's start.
func writeEscapedLine(b *strings.Builder, line string) {
	// A list marker or heading at the start ("1. ", "- ", "+ ", "#").
	digits := 0
	for digits < len(line) && line[digits] >= '0' && line[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(line) && (line[digits] == '.' || line[digits] == ')') {
		b.WriteString(line[:digits])
		b.WriteByte('\\')
		line = line[digits:]
	} else if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "+ ") || strings.HasPrefix(line, "=") {
		b.WriteByte('\\')
	}
	// A URL in the text becomes a link, as in an HTML body (see
	// linkURLs): the story view numbers links.
	prev := 0
	if strings.Contains(line, "://") {
		for _, m := range bareURL.FindAllStringIndex(line, -1) {
			start, end := m[0], m[1]
			if line[start] == '<' {
				start, end = start+1, end-1
			} else {
				end = start + len(trimURLTail(line[start:end]))
			}
			u := absURL("", line[start:end])
			if u == "" {
				continue
			}
			writeEscaped(b, line[prev:m[0]])
			b.WriteByte('[')
			writeEscaped(b, line[start:end])
			b.WriteString("](")
			b.WriteString(strings.NewReplacer("(", "%28", ")", "%29").Replace(u))
			b.WriteByte(')')
			prev = end
			if line[m[0]] == '<' {
				prev = m[1]
			}
		}
	}
	writeEscaped(b, line[prev:])
}

// writeEscaped writes text with Markdown's inline special characters escaped.
func writeEscaped(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '&', '|', '~':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
}
