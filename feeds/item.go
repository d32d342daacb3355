package feeds

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/maphash"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/model"
)

// rawItem is one entry as a parser found it: every string is exactly as
// the source wrote it (decoded from XML or JSON, not yet sanitised). The
// parsers fill it (the JSON Feed parser, and Normalise, through Item);
// normaliser.story, the one normalising path, turns it into a model.Story.
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
	countries []string // declared countries, codes or names (story files)
	section   string   // declared section (story files)
	source    string   // declared source name (story files)
}

// sanitize sanitises every field of it in place: the one place where an
// item's text is made safe, before anything else reads it.
func (it *rawItem) sanitize() {
	for _, p := range []*string{&it.guid, &it.link, &it.linkBase, &it.title, &it.summary,
		&it.body, &it.base, &it.date, &it.section, &it.source} {
		*p = Sanitize(*p)
	}
	for _, list := range [][]string{it.authors, it.terms, it.moreTerms, it.regions, it.countries} {
		for i := range list {
			list[i] = Sanitize(list[i])
		}
	}
}

// sanitized returns f with every field sanitised.
func (f *feedInfo) sanitized() feedInfo {
	return feedInfo{title: Sanitize(f.title), link: Sanitize(f.link), self: Sanitize(f.self),
		id: Sanitize(f.id), author: Sanitize(f.author)}
}

// feedInfo is what a feed says about itself, as far as it has been read.
type feedInfo struct {
	title  string
	link   string // the site's home page
	self   string // the feed's own URL
	id     string // Atom feed id
	author string // feed-level author, the default for its items
}

// MaxFileSize is the largest feed or story file read, from disk or over
// the network; a larger one is refused with ErrTooLarge.
const MaxFileSize = 64 << 20

// Limits, documented in doc.go.
const (
	maxBody    = 2 << 20  // a body larger than this is cut
	maxField   = 64 << 10 // any other text field is cut here (no note)
	summaryLen = 300      // runes of a summary taken from the body
	leadBytes  = 16 << 10 // how much of an HTML body the summary search reads
)

// capText cuts s to at most limit bytes, on a rune boundary.
func capText(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	return s[:runeStart(s, limit)]
}

// capBody cuts a body to maxBody bytes, on a rune boundary, and says
// whether it did.
func capBody(s string) (string, bool) {
	if len(s) <= maxBody {
		return s, false
	}
	return s[:runeStart(s, maxBody)], true
}

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
	// base is the address the feed was fetched from, which relative
	// addresses resolve against when the feed's own xml:base and link do
	// not make them absolute; "" for a file, which has none.
	base string
	opts Options // the source's, already sanitised (Source.With)
}

func newNormaliser(name, key string) *normaliser {
	return &normaliser{name: name, key: key, seen: map[string]uint64{}, seed: maphash.MakeSeed()}
}

// story builds the model.Story for it, or returns nil when it exactly
// repeats an item already given out.
func (n *normaliser) story(it *rawItem, f *feedInfo) *model.Story {
	// Sanitise first: everything below (Markdown escaping, HTML and URL
	// parsing, paragraph splitting) would otherwise cut an escape sequence
	// in two and leave its parameters on screen ("\x1b[5m" escaped for
	// Markdown is "\x1b\[5m": ESC \ is a whole sequence, "[5m" text).
	it.sanitize()
	fi := f.sanitized()
	f = &fi
	s := &model.Story{}

	s.Source = SanitizeLine(it.source)
	if s.Source == "" {
		s.Source = n.opts.Name
	}
	if s.Source == "" {
		s.Source = SanitizeLine(f.title)
	}
	if s.Source == "" {
		s.Source = SanitizeLine(n.name)
	}

	if f.link != n.feedLinkRaw {
		n.feedLinkRaw, n.feedLink = f.link, absURL(n.base, f.link)
	}
	feedLink := n.feedLink
	base := it.linkBase
	if base == "" {
		base = feedLink
	}
	if base == "" {
		base = n.base
	}
	s.Edit().Link = absURL(base, it.link)

	if it.titleHTML || (strings.ContainsAny(it.title, "<&") && LooksLikeHTML(it.title)) {
		s.Title = SanitizeLine(HTMLToText(it.title))
	} else {
		s.Title = SanitizeLine(it.title)
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
	bodyBase := absURL(n.base, it.base)
	if bodyBase == "" {
		bodyBase = s.Link()
	}
	if bodyBase == "" {
		bodyBase = feedLink
	}
	if bodyBase == "" {
		bodyBase = n.base
	}

	// The summary: given, else the body's first paragraph. A paragraph that
	// is only a dateline ("ISTANBUL") is the dateline, not the summary.
	var lead, dateline string
	if strings.TrimSpace(it.summary) != "" {
		s.Edit().Summary = summaryText(it.summary, it.summaryKind)
		dateline = datelineOf(s.Summary())
	}
	if s.Summary() == "" || dateline == "" {
		var rest string
		lead, rest = leadParagraph(body, kind, s.Summary() == "" || startsUpper(body, kind))
		if d := datelineOf(lead); d != "" {
			dateline = d
			if isOnlyDateline(lead) {
				lead, _ = leadParagraph(rest, kind, true)
			}
		}
		if s.Summary() == "" {
			s.Edit().Summary = lead
		}
	}
	s.Edit().Dateline = dateline

	if s.Title == "" {
		s.Title = untitled(s.Summary())
	}
	idBody := body
	switch {
	case kind == bodyNone:
		body, kind = s.Title, bodyText
	case !it.bodyCut && sameText(body, kind, s.Summary()):
		// The body says what the summary says (a description-only RSS
		// item, an Atom entry with only a summary, a description equal to
		// the content), and the story view shows the summary above the
		// rule: it would show the text twice. Keep it once: as the
		// summary (which the list's search and JSON read too), unless the
		// body shows more than plain text (links, images, emphasis).
		if isRich(body, kind) {
			s.Edit().Summary = ""
		} else {
			body, kind = "", bodyText
		}
	case !it.bodyCut:
		// A body whose first paragraph is the summary, in plain words:
		// the summary stands for it above the rule.
		if rest, ok := withoutLead(body, kind, s.Summary()); ok {
			body = rest
		}
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

	s.Edit().Author = authorOf(it.authors)
	if s.Author() == "" {
		s.Edit().Author = authorOf([]string{f.author})
	}

	// Section: a story file's own, else the first term that is a section
	// word, else the subscription's. Tags: the other terms, then the
	// subscription's. Regions look at every term of the item's own.
	terms := cleanTerms(it.terms)
	s.Section = SanitizeLine(it.section)
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
	if tags = withTags(tags, n.opts.Tags); len(tags) > 0 {
		s.Edit().Tags = tags
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
	if s.Section == "" {
		s.Section = n.opts.Section
	}
	p := model.ClassifyPlaces(model.Clues{
		Regions: cleanTerms(it.regions), Countries: cleanTerms(it.countries), Terms: terms,
		Headline: s.Title, Dateline: s.Dateline(), Lead: s.Summary(),
	})
	s.Regions, s.RegionsInferred, s.Countries = n.opts.regions(cleanTerms(it.regions), p)

	s.Edit().GUID = SanitizeLine(it.guid)
	s.ID = n.id(s, it, f, idBody)
	if s.ID == "" {
		return nil
	}
	s.Position = int32(min(n.count, math.MaxInt32))
	n.count++
	return s
}

// id gives the story its stable ID (see model.Story.ID) and keeps IDs unique
// within the source: "" means the item exactly repeats an earlier one.
func (n *normaliser) id(s *model.Story, it *rawItem, f *feedInfo, body string) string {
	var id string
	switch {
	case s.GUID() != "" && isGlobalID(s.GUID()):
		id = s.GUID()
	case s.GUID() != "":
		id = n.qualifier(f) + "#" + s.GUID()
	case s.Link() != "":
		id = s.Link()
	default:
		h := sha256.New()
		for _, part := range append([]string{n.qualifier(f), it.title, it.date, body, it.summary}, itemPeople(it)...) {
			h.Write([]byte(part))
			h.Write([]byte{0})
		}
		id = "sha256:" + hex.EncodeToString(h.Sum(nil)[:16])
	}

	var mh maphash.Hash
	mh.SetSeed(n.seed)
	for _, part := range append([]string{it.title, it.date, it.link, it.summary, body}, itemPeople(it)...) {
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

// itemPeople is the rest of what tells two items apart when they have no
// title, date or body: their authors and their terms, in order.
func itemPeople(it *rawItem) []string {
	out := make([]string, 0, len(it.authors)+len(it.terms)+1)
	out = append(out, it.authors...)
	out = append(out, "\x00terms")
	return append(out, it.terms...)
}

// qualifier names the feed for short guids and content hashes: its own
// URL, else its home page, else its Atom id, else its key (a file's
// absolute path, a remote feed's URL). What the feed says of itself comes
// first, so a feed that names its own address gives the same IDs wherever
// its bytes came from; one that does not is told apart by where it is. A
// remote feed's relative self or home-page link is made absolute against
// its URL (a file's is kept as written, as it always was: its IDs must
// not change).
func (n *normaliser) qualifier(f *feedInfo) string {
	for i, q := range []string{f.self, f.link, f.id} {
		if i < 2 && n.base != "" {
			if abs := absURL(n.base, q); abs != "" {
				q = abs
			}
		}
		if q = SanitizeLine(q); q != "" {
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
		a = SanitizeLine(a)
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
		t = SanitizeLine(t)
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
