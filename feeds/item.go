package feeds

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/maphash"
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/model"
)

// bodyKind says how a raw body is to become Markdown.
type bodyKind uint8

const (
	bodyNone     bodyKind = iota
	bodyHTML              // HTML (RSS content:encoded, Atom html/xhtml, JSON content_html)
	bodyText              // plain text (JSON content_text, Atom text, plain descriptions)
	bodyMarkdown          // already Markdown (story files)
	bodyDetect            // HTML or plain text: LooksLikeHTML decides (RSS description)
)

// rawItem is one entry as a parser found it: every string is exactly as
// the source wrote it (decoded from XML or JSON, not yet sanitised). The
// parsers fill it; normaliser.story turns it into a model.Story.
type rawItem struct {
	guid        string
	link        string
	linkBase    string // what a relative link resolves against ("" = the feed link)
	title       string
	titleHTML   bool
	summary     string
	summaryKind bodyKind // bodyHTML, bodyText or bodyDetect
	body        string
	bodyKind    bodyKind
	bodyCut     bool   // the body was longer than maxBody and cut
	base        string // xml:base in effect for the body, "" if none
	date        string // as written; parsed by parseDate
	published   time.Time
	authors     []string
	terms       []string // categories, subjects, tags
	// moreTerms are looked at for section and regions but not shown as
	// tags: the term of an Atom category that has a label.
	moreTerms []string
	regions   []string // declared regions (story files)
	section   string   // declared section (story files)
	source    string   // declared source name (story files)
}

// feedInfo is what a feed says about itself, as far as it has been read.
type feedInfo struct {
	title  string
	link   string // the site's home page
	self   string // the feed's own URL
	id     string // Atom feed id
	author string // feed-level author, the default for its items
}

// Limits, documented in doc.go.
const (
	maxFileSize = 64 << 20 // a feed or story file larger than this is refused
	maxBody     = 2 << 20  // a body larger than this is cut
	maxField    = 64 << 10 // any other text field is cut here (no note)
	summaryLen  = 300      // runes of a summary taken from the body
	leadBytes   = 16 << 10 // how much of an HTML body the summary search reads
)

// cutNote is appended to a body that was cut at maxBody.
const cutNote = "\n\n*[dateline: story cut at 2 MiB]*"

// normaliser turns the raw items of one source file into stories. It is not
// safe for concurrent use: one per job.
type normaliser struct {
	name string // display name when the feed has no title: the file's base name
	key  string // what qualifies short guids when the feed names no URL: its path
	// seen maps each ID given out to a fingerprint of its item's content, so a
	// repeated ID with other content gets a suffix and an exact repeat is dropped.
	seen  map[string]uint64
	seed  maphash.Seed
	count int // stories given out
	// feedLink is feedLinkRaw made absolute, kept: it is the same for
	// every item of a feed.
	feedLinkRaw, feedLink string
}

func newNormaliser(name, key string) *normaliser {
	return &normaliser{name: name, key: key, seen: map[string]uint64{}, seed: maphash.MakeSeed()}
}

// story builds the model.Story for it, or returns nil when it exactly
// repeats an item already given out.
func (n *normaliser) story(it *rawItem, f *feedInfo) *model.Story {
	s := &model.Story{}

	s.Source = oneLine(it.source)
	if s.Source == "" {
		s.Source = oneLine(f.title)
	}
	if s.Source == "" {
		s.Source = oneLine(n.name)
	}

	if f.link != n.feedLinkRaw {
		n.feedLinkRaw, n.feedLink = f.link, absURL("", f.link)
	}
	feedLink := n.feedLink
	base := it.linkBase
	if base == "" {
		base = feedLink
	}
	s.Link = absURL(base, it.link)

	if it.titleHTML || (strings.ContainsAny(it.title, "<&") && LooksLikeHTML(it.title)) {
		s.Title = oneLine(HTMLToText(it.title))
	} else {
		s.Title = oneLine(it.title)
	}

	// The body, and the base its links resolve against.
	body, kind := it.body, it.bodyKind
	if strings.TrimSpace(body) == "" {
		body, kind = it.summary, it.summaryKind
		if strings.TrimSpace(body) == "" {
			body, kind = "", bodyNone
		}
	}
	if kind == bodyDetect {
		kind = bodyText
		if LooksLikeHTML(body) {
			kind = bodyHTML
		}
	}
	bodyBase := absURL("", it.base)
	if bodyBase == "" {
		bodyBase = s.Link
	}
	if bodyBase == "" {
		bodyBase = feedLink
	}

	// The summary: given, else the body's first paragraph. A paragraph that
	// is only a dateline ("ISTANBUL") is the dateline, not the summary.
	var lead, dateline string
	if strings.TrimSpace(it.summary) != "" {
		s.Summary = summaryText(it.summary, it.summaryKind)
		dateline = datelineOf(s.Summary)
	}
	if s.Summary == "" || dateline == "" {
		var rest string
		lead, rest = leadParagraph(body, kind, s.Summary == "" || startsUpper(body, kind))
		if d := datelineOf(lead); d != "" {
			dateline = d
			if isOnlyDateline(lead) {
				lead, _ = leadParagraph(rest, kind, true)
			}
		}
		if s.Summary == "" {
			s.Summary = lead
		}
	}
	s.Dateline = dateline

	if s.Title == "" {
		s.Title = untitled(s.Summary)
	}
	if kind == bodyNone {
		body, kind = s.Title, bodyText
	}
	s.Body = newBody(body, kind, bodyBase, it.bodyCut)

	published := it.published
	if published.IsZero() {
		published = parseDate(it.date)
	}
	// Kept in UTC, the same instant: a time holds on to its Location, and
	// each parsed offset is a zone of its own (16 MB for 100,000 stories).
	// The UI shows dates in the user's zone.
	s.Published = published.UTC()

	s.Author = authorOf(it.authors)
	if s.Author == "" {
		s.Author = authorOf([]string{f.author})
	}

	// Section: a story file's own, else the first term that is a section
	// word. Tags: the other terms. Regions look at every term.
	terms := cleanTerms(it.terms)
	s.Section = oneLine(it.section)
	tags := terms
	for i, t := range terms {
		if sec, ok := sectionOf(t); ok {
			if s.Section == "" {
				s.Section = sec
			}
			if strings.EqualFold(sec, s.Section) || strings.EqualFold(t, s.Section) {
				tags = append(terms[:i:i], terms[i+1:]...)
			}
			break
		}
	}
	if len(tags) > 0 {
		s.Tags = tags
	}
	if len(it.moreTerms) > 0 {
		more := cleanTerms(it.moreTerms)
		for _, t := range more {
			if sec, ok := sectionOf(t); ok && s.Section == "" {
				s.Section = sec
			}
		}
		terms = append(terms[:len(terms):len(terms)], more...)
	}
	s.Regions, s.RegionsInferred = model.ClassifyRegions(cleanTerms(it.regions), terms, s.Title, s.Dateline)

	s.GUID = oneLine(it.guid)
	s.ID = n.id(s, it, f, body)
	if s.ID == "" {
		return nil
	}
	n.count++
	return s
}

// id gives the story its stable ID (see model.Story.ID) and keeps IDs unique
// within the source: "" means the item exactly repeats an earlier one.
func (n *normaliser) id(s *model.Story, it *rawItem, f *feedInfo, body string) string {
	var id string
	switch {
	case s.GUID != "" && isGlobalID(s.GUID):
		id = s.GUID
	case s.GUID != "":
		id = n.qualifier(f) + "#" + s.GUID
	case s.Link != "":
		id = s.Link
	default:
		h := sha256.New()
		for _, part := range []string{n.qualifier(f), it.title, it.date, body} {
			h.Write([]byte(part))
			h.Write([]byte{0})
		}
		id = "sha256:" + hex.EncodeToString(h.Sum(nil)[:16])
	}

	var mh maphash.Hash
	mh.SetSeed(n.seed)
	for _, part := range []string{it.title, it.date, it.link, it.summary, body} {
		mh.WriteString(part)
		mh.WriteByte(0)
	}
	fp := mh.Sum64()
	if prev, ok := n.seen[id]; ok {
		if prev == fp {
			return ""
		}
		for i := 2; ; i++ {
			alt := id + "~" + strconv.Itoa(i)
			prev, taken := n.seen[alt]
			if !taken {
				id = alt
				break
			}
			if prev == fp {
				return ""
			}
		}
	}
	n.seen[id] = fp
	return id
}

// qualifier names the feed for short guids and content hashes: its own
// URL, else its home page, else its Atom id, else its path.
func (n *normaliser) qualifier(f *feedInfo) string {
	for _, q := range []string{f.self, f.link, f.id} {
		if q = oneLine(q); q != "" {
			return q
		}
	}
	return n.key
}

// isGlobalID reports whether a guid names its item on its own: an absolute
// URL with a host, or a tag: or urn: URI. Such a guid shared by two feeds is
// one story.
func isGlobalID(g string) bool {
	l := strings.ToLower(g)
	if strings.HasPrefix(l, "tag:") || strings.HasPrefix(l, "urn:") {
		return true
	}
	u, err := url.Parse(g)
	return err == nil && u.Scheme != "" && u.Host != ""
}

// absURL resolves ref against base and returns it when it is an absolute
// http or https URL, else "". Other schemes (javascript:, data:, file:) are
// never handed to a browser.
func absURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		b, err := url.Parse(strings.TrimSpace(base))
		if err != nil || !b.IsAbs() {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	out := u.String()
	if SanitizeLine(out) != out {
		return ""
	}
	return out
}

// oneLine is a one-line field: sanitised, whitespace runs collapsed.
func oneLine(s string) string {
	if s == "" {
		return ""
	}
	return SanitizeLine(collapseSpace(s))
}

// collapseSpace trims s and turns each run of white space into one space.
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

// startsUpper reports, cheaply, whether a body's first text begins with two
// capital letters: the only case in which its lead may hold a dateline.
func startsUpper(body string, kind bodyKind) bool {
	i := 0
	for i < len(body) {
		c := body[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			i++
		case c == '<' && kind == bodyHTML:
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return false
			}
			i += j + 1
		case (c == '*' || c == '_' || c == '#') && kind == bodyMarkdown:
			i++
		default:
			r1, n1 := utf8.DecodeRuneInString(body[i:])
			r2, _ := utf8.DecodeRuneInString(body[i+n1:])
			return unicode.IsUpper(r1) && unicode.IsUpper(r2)
		}
	}
	return false
}

// datelineOf returns the place a story was filed from when its first
// paragraph starts with one in capitals: "ISTANBUL", "LAGOS, Nigeria —",
// "WASHINGTON (AP) —", "NEW YORK:". It returns "" otherwise.
func datelineOf(para string) string {
	para = strings.TrimSpace(para)
	place, rest := capsPrefix(para)
	if place == "" {
		return ""
	}
	rest = strings.TrimLeft(rest, " ")
	switch {
	case rest == "":
		return place
	case isDash(rest):
		return place
	case strings.HasPrefix(rest, ":"):
		return place
	case strings.HasPrefix(rest, "("):
		// An agency in brackets, then a dash: "WASHINGTON (AP) —".
		if j := strings.IndexByte(rest, ')'); j > 0 && j < 30 && isDash(strings.TrimLeft(rest[j+1:], " ")) {
			return place
		}
	case strings.HasPrefix(rest, ","):
		// "LAGOS, Nigeria —": a short capitalised qualifier, then a dash.
		q := strings.TrimLeft(rest[1:], " ")
		for i, r := range q {
			if isDash(q[i:]) {
				qual := strings.TrimSpace(q[:i])
				if qual != "" && utf8.RuneCountInString(qual) <= 30 && unicode.IsUpper(firstRune(qual)) {
					return place + ", " + qual
				}
				return ""
			}
			if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-' && r != '\'' {
				return ""
			}
		}
	}
	return ""
}

// isOnlyDateline reports whether a paragraph is nothing but a dateline.
func isOnlyDateline(para string) bool {
	place, rest := capsPrefix(strings.TrimSpace(para))
	return place != "" && strings.TrimSpace(rest) == ""
}

// capsPrefix splits off a run of up to four capitalised words of at least
// two letters in all ("NEW YORK", "U.S.", "RIO DE JANEIRO").
func capsPrefix(s string) (place, rest string) {
	letters, words, end := 0, 0, 0
	inWord := false
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
			if !inWord {
				words++
				inWord = true
			}
			end = i + utf8.RuneLen(r)
		case r == '.' || r == '-' || r == '\'' || r == '’':
			if !inWord {
				goto done
			}
			end = i + utf8.RuneLen(r)
		case r == ' ':
			inWord = false
		default:
			goto done
		}
		if words > 4 || end > 40 {
			return "", s
		}
	}
done:
	if letters < 2 {
		return "", s
	}
	place = strings.TrimRight(s[:end], "-'’")
	if strings.ContainsRune(place, '-') && strings.Trim(place, "-. ") == "" {
		return "", s
	}
	return place, s[end:]
}

// isDash reports whether s starts with a dash used as a separator.
func isDash(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-")
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// untitled makes a title for an item that has none: the start of its
// summary, or a placeholder.
func untitled(summary string) string {
	if summary == "" {
		return "(untitled)"
	}
	const max = 80
	if utf8.RuneCountInString(summary) <= max {
		return SanitizeLine(summary)
	}
	cut := runeStart(summary, max)
	if sp := strings.LastIndexByte(summary[:cut], ' '); sp > max/2 {
		cut = sp
	}
	return SanitizeLine(strings.TrimSpace(summary[:cut]) + "…")
}

// authorOf joins the distinct author names, turning the RSS form
// "email (Name)" into Name and "Name <email>" into Name.
func authorOf(raw []string) string {
	var names []string
	for _, a := range raw {
		a = strings.TrimSpace(a)
		if i := strings.IndexByte(a, '('); i > 0 && strings.HasSuffix(a, ")") && strings.Contains(a[:i], "@") {
			a = a[i+1 : len(a)-1]
		} else if i := strings.IndexByte(a, '<'); i > 0 && strings.HasSuffix(a, ">") && strings.Contains(a[i:], "@") {
			a = a[:i]
		}
		a = oneLine(a)
		if a != "" && !containsFold(names, a) {
			names = append(names, a)
		}
	}
	return strings.Join(names, ", ")
}

// cleanTerms sanitises categories, tags or regions and drops empty and
// repeated ones (case-insensitively).
func cleanTerms(raw []string) []string {
	var out []string
	for _, t := range raw {
		t = oneLine(t)
		if t != "" && !containsFold(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// sections are the section words a category may name, by lower-case
// spelling; the value is the display name. Keep it short: anything else is
// a tag.
var sections = map[string]string{
	"politics":    "Politics",
	"economy":     "Economy",
	"business":    "Business",
	"world":       "World",
	"sport":       "Sports",
	"sports":      "Sports",
	"science":     "Science",
	"technology":  "Technology",
	"tech":        "Technology",
	"culture":     "Culture",
	"arts":        "Culture",
	"health":      "Health",
	"opinion":     "Opinion",
	"environment": "Environment",
	"climate":     "Environment",
}

// sectionOf reports whether a term is a section word.
func sectionOf(term string) (string, bool) {
	if len(term) > 16 {
		return "", false
	}
	s, ok := sections[strings.ToLower(term)]
	return s, ok
}

// runeStart returns the largest index <= i that starts a rune in s.
func runeStart(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

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
// Markdown on the first call, then drops the raw text.
type body struct {
	once sync.Once
	raw  string
	base string
	kind bodyKind
	cut  bool
	md   string
}

func newBody(raw string, kind bodyKind, base string, cut bool) *body {
	return &body{raw: raw, base: base, kind: kind, cut: cut}
}

// Markdown converts the body on first use; it is safe for concurrent use.
func (b *body) Markdown() string {
	b.once.Do(func() {
		switch b.kind {
		case bodyHTML:
			b.md = HTMLToMarkdown(b.raw, b.base)
		case bodyMarkdown:
			b.md = Sanitize(strings.TrimSpace(b.raw))
		default:
			b.md = Sanitize(textToMarkdown(b.raw))
		}
		if b.cut {
			b.md += cutNote
		}
		b.raw = ""
	})
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
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '&', '|', '~':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
}

// parseDate reads a feed date in any of the forms feeds use. A date it
// cannot read gives the zero time: the story is undated, never an error.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	// The standard forms first: nearly every feed uses one of them. (GMT
	// and UTC are the only zone names time.Parse reads right everywhere.)
	layout := time.RFC1123Z
	switch {
	case strings.HasSuffix(s, " GMT") || strings.HasSuffix(s, " UTC"):
		layout = time.RFC1123
	case len(s) > 10 && s[10] == 'T':
		layout = time.RFC3339
	}
	if t, err := time.Parse(layout, s); err == nil {
		return sane(t)
	}
	norm := normaliseDate(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, norm); err == nil {
			return sane(t)
		}
	}
	return time.Time{}
}

// sane drops dates no news story has.
func sane(t time.Time) time.Time {
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}
	}
	return t
}

// dateLayouts are tried, in order, on a date after normaliseDate: no
// weekday, no commas, single spaces, any zone as a numeric offset.
var dateLayouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 06 15:04:05 -0700",
	"02-Jan-06 15:04:05 -0700",
	"02-Jan-2006 15:04:05 -0700",
	"2 Jan 06 15:04 -0700",
	"2 Jan 2006 3:04:05 PM -0700",
	"2 Jan 2006 3:04 PM",
	"2 Jan 2006",
	"2 January 2006 15:04:05 -0700",
	"2 January 2006 15:04 -0700",
	"2 January 2006 15:04:05",
	"2 January 2006 15:04",
	"2 January 2006",
	"Jan 2 2006 15:04:05 -0700",
	"Jan 2 2006 15:04 -0700",
	"Jan 2 2006 3:04:05 PM",
	"Jan 2 2006 3:04 PM",
	"Jan 2 2006 15:04:05",
	"Jan 2 2006 15:04",
	"Jan 2 2006",
	"January 2 2006 15:04:05 -0700",
	"January 2 2006 3:04 PM",
	"January 2 2006 15:04:05",
	"January 2 2006 15:04",
	"January 2 2006",
	"Jan 2 15:04:05 2006",
	"Jan 2 15:04:05 -0700 2006",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04-0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05 -0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
}

// zoneOffsets are the zone abbreviations feeds use, in seconds east of
// UTC. Go's time package would parse all but UTC and the local zone as a
// zero offset. Ambiguous ones (CST, BST, IST) take their most common
// reading in English-language news.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600,
	"CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600,
	"HST": -10 * 3600,
	"BST": 3600, "IST": 19800, "WEST": 3600,
	"CET": 3600, "CEST": 2 * 3600, "MET": 3600, "MEST": 2 * 3600,
	"EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600,
	"JST": 9 * 3600, "KST": 9 * 3600, "HKT": 8 * 3600, "SGT": 8 * 3600,
	"AEST": 10 * 3600, "AEDT": 11 * 3600, "NZST": 12 * 3600, "NZDT": 13 * 3600,
}

// normaliseDate rewrites a date so dateLayouts can read it: the weekday,
// commas and a zone comment in brackets go; a zone name or "GMT+2" becomes
// a numeric offset.
func normaliseDate(s string) string {
	s = strings.ReplaceAll(s, ",", " ")
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	f := strings.Fields(s)
	if len(f) > 0 && isWeekday(f[0]) {
		f = f[1:]
	}
	// A zone: a name anywhere ("Mar 5 09:15:00 UTC 2024"), an offset at the
	// end ("+05:30", "GMT+2"). "+0000 GMT" says it twice: the name goes.
	for i := 1; i < len(f); i++ {
		z, ok := zoneToOffset(f[i])
		if !ok || (i < len(f)-1 && !isLetter(f[i][0])) {
			continue
		}
		if i == len(f)-1 && isLetter(f[i][0]) && !strings.ContainsAny(f[i], "+-") {
			if _, prev := zoneToOffset(f[i-1]); prev && !isLetter(f[i-1][0]) {
				f = f[:i]
				if z, ok := zoneToOffset(f[i-1]); ok {
					f[i-1] = z
				}
				break
			}
		}
		f[i] = z
	}
	return strings.Join(f, " ")
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isWeekday(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, "."))
	if len(w) < 3 {
		return false
	}
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// zoneToOffset turns a zone token ("EST", "GMT+2", "+05:30", "-7") into
// "-0700" form.
func zoneToOffset(z string) (string, bool) {
	up := strings.ToUpper(z)
	if off, ok := zoneOffsets[up]; ok {
		return formatOffset(off), true
	}
	for _, p := range []string{"GMT", "UTC", "UT"} {
		if strings.HasPrefix(up, p) && len(up) > len(p) && (up[len(p)] == '+' || up[len(p)] == '-') {
			up = up[len(p):]
			break
		}
	}
	if len(up) < 2 || (up[0] != '+' && up[0] != '-') {
		return "", false
	}
	sign := 1
	if up[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(up[1:], ":", "")
	for _, c := range digits {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h, _ = strconv.Atoi(digits)
	case 3, 4:
		h, _ = strconv.Atoi(digits[:len(digits)-2])
		m, _ = strconv.Atoi(digits[len(digits)-2:])
	default:
		return "", false
	}
	if h > 14 || m > 59 {
		return "", false
	}
	return formatOffset(sign * (h*3600 + m*60)), true
}

func formatOffset(sec int) string {
	sign := byte('+')
	if sec < 0 {
		sign, sec = '-', -sec
	}
	h, m := sec/3600, sec%3600/60
	return string([]byte{sign, byte('0' + h/10), byte('0' + h%10), byte('0' + m/10), byte('0' + m%10)})
}
