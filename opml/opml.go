// Package opml reads and writes OPML, how feed readers trade their lists
// of subscriptions: an outline whose leaves carry a feed's URL (xmlUrl)
// and whose inner outlines are folders. Parse reads one (OPML 1.0 and 2.0,
// and the looser files readers write in practice); Write writes one for
// other readers.
package opml

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
)

// Subscription is one feed of an OPML file.
type Subscription struct {
	URL     string   // http or https
	Name    string   // "" when the file gives none (or only the URL)
	Region  string   // canonical region name, "" for none
	Section string   // dateline's own section attribute, "" for none
	Tags    []string // the folders it sits in, outermost first, then its own tags
}

// ErrNotOPML is wrapped by the error for a file that is not OPML at all.
var ErrNotOPML = errors.New("not an OPML file")

// OutlineError is a feed outline Parse had to leave out.
type OutlineError struct {
	Line int    // where the outline ends, from 1
	Name string // sanitised; "" if it has none
	Msg  string // what is wrong
}

// Error reads `line 12: outline "Name": msg`.
func (e *OutlineError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("line %d: outline: %s", e.Line, e.Msg)
	}
	return fmt.Sprintf("line %d: outline %q: %s", e.Line, e.Name, e.Msg)
}

// Limits of what an OPML file may hold. Real files come nowhere near them;
// hostile ones cost no more than this.
const (
	maxName        = 256  // bytes of a name or tag, cut silently
	maxURL         = 4096 // bytes of a URL: longer ones are left out
	maxFolderDepth = 16   // folders deeper than this give no more tags
	maxOutlineErrs = 20   // problems reported one by one, the rest counted
)

// Parse reads the subscriptions of an OPML file, in the order of the
// file. An outline with an xmlUrl is a feed; one without is a folder, and
// the folders a feed sits in become its tags (outermost first, together
// with the tags of the tags attribute Write writes). Its name is
// its text attribute, else its title; a name that is only the URL again
// counts as none. Its region is dateline's region attribute or else the
// first part of its category attribute ("/Europe", "/News/Asia") that
// names a region (model.LookupRegion); a value naming no region is
// ignored. htmlUrl and the rest are ignored too. A URL listed twice is
// one subscription: the first, with the tags of both.
//
// The encoding is read from the byte-order mark or the XML declaration,
// as for feeds; names and tags are sanitised (feeds.SanitizeLine). Feed outlines
// that cannot be used (a URL that is not http or https) are left out:
// Parse then returns the other subscriptions along with an error
// joining one *OutlineError per outline left out. Any other error (not
// OPML, broken XML, no <body>, no feed at all) comes with no
// subscriptions.
func Parse(r io.Reader) ([]Subscription, error) {
	doc, err := feeds.OpenXML(r)
	if err != nil {
		return nil, readError(err)
	}
	if err := checkFormat(doc); err != nil {
		return nil, err
	}
	dec := doc.Decoder
	// Exports are often written by hand or by string pasting: an
	// unescaped "&" in a title must not lose the user's subscriptions.
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	p := parser{doc: doc, seen: map[string]int{}}
	if err := p.run(dec); err != nil {
		return nil, err
	}
	switch {
	case !p.body:
		return nil, errors.New("the OPML file has no <body>, so no feeds; export the subscriptions again from the feed reader")
	case p.outlines == 0:
		return nil, errors.New("no feeds in the OPML file: its <body> is empty; export the subscriptions again from the feed reader")
	case len(p.subs) == 0 && len(p.errs) == 0:
		return nil, fmt.Errorf("no feeds in the OPML file: none of its %d outlines has an xmlUrl attribute; is it a list of subscriptions?", p.outlines)
	case len(p.subs) == 0:
		return nil, fmt.Errorf("no usable feed in the OPML file:\n%w", p.err())
	}
	return p.subs, p.err()
}

// checkFormat says what a file that is not OPML is, and what to do.
func checkFormat(doc *feeds.XMLDocument) error {
	const todo = "; export the subscriptions from the feed reader as OPML"
	var what string
	switch doc.Content {
	case feeds.ContentXML:
		name := doc.Root
		if i := strings.LastIndexByte(name, ':'); i >= 0 {
			name = name[i+1:]
		}
		if strings.EqualFold(name, "opml") {
			return nil
		}
		what = fmt.Sprintf("XML whose root element is <%s>, not <opml>", feeds.SanitizeLine(feeds.QuoteControls(capText(doc.Root, 40))))
	case feeds.ContentFeed:
		return fmt.Errorf("%w: it is a feed, not a list of feeds; add the feed itself instead", ErrNotOPML)
	case feeds.ContentEmpty:
		what = "an empty file"
	case feeds.ContentHTML:
		what = "an HTML page"
	case feeds.ContentJSON:
		what = "JSON"
	default:
		what = "no <opml> element found"
	}
	return fmt.Errorf("%w (%s)%s", ErrNotOPML, what, todo)
}

// readError words a read or XML error for an OPML file.
func readError(err error) error {
	if errors.Is(err, feeds.ErrTooLarge) {
		return fmt.Errorf("%w; an OPML list of feeds is far smaller: is it the right file?", feeds.ErrTooLarge)
	}
	if line, msg, ok := feeds.XMLSyntaxError(err); ok {
		return fmt.Errorf("the OPML file is not valid XML: line %d: %s; fix it there, or export it again", line, msg)
	}
	return fmt.Errorf("reading the OPML file: %w", err)
}

// parser walks an OPML document's elements.
type parser struct {
	doc      *feeds.XMLDocument
	subs     []Subscription
	seen     map[string]int // URL key -> index in subs
	errs     []error
	dropped  int // outline errors past maxOutlineErrs
	folders  []string
	depth    int // of outlines in the body: folders and feeds
	inBody   bool
	body     bool // a <body> was found
	outlines int
}

func (p *parser) run(dec *xml.Decoder) error {
	// elems is the path of element names from the root, for telling
	// <body> and its outlines from outlines elsewhere.
	var elems []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return readError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			elems = append(elems, name)
			switch {
			case name == "body" && len(elems) == 2:
				p.inBody, p.body = true, true
			case name == "outline" && p.inBody:
				line, _ := dec.InputPos()
				p.outline(t.Attr, line)
			}
		case xml.EndElement:
			if len(elems) == 0 {
				continue
			}
			name := elems[len(elems)-1]
			elems = elems[:len(elems)-1]
			switch {
			case name == "body" && len(elems) == 1:
				p.inBody = false
			case name == "outline" && p.inBody:
				p.depth--
				if p.depth < len(p.folders) {
					p.folders = p.folders[:p.depth]
				}
			}
		}
	}
}

// outline handles an <outline> start tag in the body.
func (p *parser) outline(attrs []xml.Attr, line int) {
	p.outlines++
	var text, title, xmlURL, region, category, section, tags string
	for _, a := range attrs {
		if a.Name.Space != "" {
			continue // another program's own attribute (frss:..., ...)
		}
		v := p.doc.Text(a.Value)
		switch strings.ToLower(a.Name.Local) {
		case "text":
			text = v
		case "title":
			title = v
		case "xmlurl":
			xmlURL = strings.TrimSpace(v)
		case "region":
			region = v
		case "category":
			category = v
		case "section":
			section = v
		case "tags":
			tags = v
		}
	}
	name := cleanText(text)
	if name == "" {
		name = cleanText(title)
	}
	// A folder's name is a tag of what is inside it, an empty name none.
	// Its slot is kept (as "") so the closing tag pops the right one.
	if p.depth < maxFolderDepth {
		p.folders = append(p.folders, name)
	}
	p.depth++
	if xmlURL == "" {
		return
	}
	u, msg := feedURL(xmlURL)
	if msg != "" {
		p.fail(&OutlineError{Line: line, Name: name, Msg: msg})
		return
	}
	if name == u || name == xmlURL {
		name = ""
	}
	var tagList []string
	for _, f := range p.folders[:min(len(p.folders), p.depth-1)] {
		tagList = appendTag(tagList, f)
	}
	for _, t := range splitTags(tags) {
		tagList = appendTag(tagList, cleanText(t))
	}
	key := subscriptionKey(u)
	if i, dup := p.seen[key]; dup {
		for _, t := range tagList {
			p.subs[i].Tags = appendTag(p.subs[i].Tags, t)
		}
		return
	}
	p.seen[key] = len(p.subs)
	p.subs = append(p.subs, Subscription{
		URL:     u,
		Name:    name,
		Region:  regionOf(region, category),
		Section: cleanText(section),
		Tags:    tagList,
	})
}

func (p *parser) fail(e *OutlineError) {
	if len(p.errs) < maxOutlineErrs {
		p.errs = append(p.errs, e)
	} else {
		p.dropped++
	}
}

func (p *parser) err() error {
	errs := p.errs
	if p.dropped > 0 {
		errs = append(slices.Clip(errs), fmt.Errorf("and %d more outlines left out", p.dropped))
	}
	return errors.Join(errs...)
}

// cleanText is an attribute's text as a one-line name or tag. Sanitising
// again after a cut trims a space the cut left at the end, so that the
// text reads back the same from a file Write wrote.
func cleanText(s string) string {
	s = feeds.SanitizeLine(s)
	if len(s) > maxName {
		s = feeds.SanitizeLine(capText(s, maxName))
	}
	return s
}

// The tags attribute is dateline's own: tags separated by commas, with
// "%" and "," in a tag written as "%25" and "%2C".
func joinTags(tags []string) string {
	esc := strings.NewReplacer("%", "%25", ",", "%2C")
	var b strings.Builder
	for i, t := range tags {
		if i > 0 {
			b.WriteByte(',')
		}
		esc.WriteString(&b, t)
	}
	return b.String()
}

func splitTags(s string) []string {
	if s == "" {
		return nil
	}
	unesc := strings.NewReplacer("%2C", ",", "%2c", ",", "%25", "%")
	tags := strings.Split(s, ",")
	for i, t := range tags {
		tags[i] = unesc.Replace(t)
	}
	return tags
}

// appendTag adds a tag unless it is empty or there already (any case).
func appendTag(tags []string, t string) []string {
	if t == "" || slices.ContainsFunc(tags, func(x string) bool { return strings.EqualFold(x, t) }) {
		return tags
	}
	return append(tags, t)
}

// feedURL checks an xmlUrl and returns it as dateline fetches it: the
// feed: scheme some readers write ("feed://host/rss", "feed:https://...")
// becomes http or https. msg says what is wrong, "" if nothing.
func feedURL(s string) (string, string) {
	if len(s) > maxURL {
		return "", fmt.Sprintf("xmlUrl is longer than %d bytes", maxURL)
	}
	if rest, ok := cutPrefixFold(s, "feed:"); ok {
		s = rest
		if !strings.Contains(s, "://") {
			s = "http:" + s
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) {
		return "", fmt.Sprintf("xmlUrl \"%s\" is not an http or https URL, the only feeds dateline fetches; add the feed's web address by hand if it has one", feeds.QuoteControls(capText(s, 200)))
	}
	u.Scheme = strings.ToLower(u.Scheme)
	return u.String(), ""
}

// capText cuts s to at most limit bytes, on a rune boundary.
func capText(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	for limit > 0 && !utf8.RuneStart(s[limit]) {
		limit--
	}
	return s[:limit]
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// subscriptionKey is what makes two URLs the same feed: scheme and host
// are case-insensitive.
func subscriptionKey(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	u.Host = strings.ToLower(u.Host)
	return u.String()
}

// regionOf is the region an outline names: dateline's region attribute,
// else the first part of a category path that names one.
func regionOf(region, category string) string {
	if r, ok := model.LookupRegion(region); ok && region != "" {
		return r.String()
	}
	for path := range strings.SplitSeq(category, ",") {
		for part := range strings.SplitSeq(path, "/") {
			if r, ok := model.LookupRegion(part); ok && strings.TrimSpace(part) != "" {
				return r.String()
			}
		}
	}
	return ""
}

// Write writes subs as an OPML 2.0 file titled title. A subscription
// with tags goes in a folder named after its first tag (folders in the
// order they first appear); its other tags, its region and its section go
// in dateline's own attributes (tags, region, section), so Parse
// reads back the same subscriptions. A subscription without a name is
// written with its URL as its text, which OPML requires.
func Write(w io.Writer, title string, subs []Subscription) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>")
	xml.EscapeText(bw, []byte(title))
	bw.WriteString("</title>\n  </head>\n  <body>\n")
	// Top-level entries in order: a folder at its first subscription.
	type entry struct {
		folder string
		subs   []int
	}
	var entries []entry
	folderAt := map[string]int{}
	for i, s := range subs {
		if len(s.Tags) == 0 {
			entries = append(entries, entry{subs: []int{i}})
			continue
		}
		j, ok := folderAt[s.Tags[0]]
		if !ok {
			j = len(entries)
			folderAt[s.Tags[0]] = j
			entries = append(entries, entry{folder: s.Tags[0]})
		}
		entries[j].subs = append(entries[j].subs, i)
	}
	for _, e := range entries {
		indent := "    "
		if e.folder != "" {
			bw.WriteString(indent + "<outline")
			writeAttr(bw, "text", e.folder)
			writeAttr(bw, "title", e.folder)
			bw.WriteString(">\n")
			indent += "  "
		}
		for _, i := range e.subs {
			writeOutline(bw, indent, subs[i], e.folder != "")
		}
		if e.folder != "" {
			bw.WriteString("    </outline>\n")
		}
	}
	bw.WriteString("  </body>\n</opml>\n")
	return bw.Flush()
}

// writeOutline writes one feed outline; inFolder says its first tag is
// the folder around it.
func writeOutline(bw *bufio.Writer, indent string, s Subscription, inFolder bool) {
	text := s.Name
	if text == "" {
		text = s.URL
	}
	bw.WriteString(indent + "<outline type=\"rss\"")
	writeAttr(bw, "text", text)
	writeAttr(bw, "title", text)
	writeAttr(bw, "xmlUrl", s.URL)
	writeAttr(bw, "region", s.Region)
	writeAttr(bw, "section", s.Section)
	tags := s.Tags
	if inFolder {
		tags = tags[1:]
	}
	writeAttr(bw, "tags", joinTags(tags))
	bw.WriteString("/>\n")
}

// writeAttr writes ` name="value"`, or nothing for an empty value.
func writeAttr(bw *bufio.Writer, name, value string) {
	if value == "" {
		return
	}
	bw.WriteString(" " + name + "=\"")
	xml.EscapeText(bw, []byte(value))
	bw.WriteByte('"')
}
