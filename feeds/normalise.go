package feeds

// Items that come from somewhere other than a feed file (a feed server's
// API, say) turned into stories on the loader's own path: the same
// sanitising, HTML to Markdown with links resolved, IDs, dates, sections
// and regions as for the items of a feed file.

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/model"
)

// Feed is what a feed says of itself. Every string is as the source sent
// it: Normalise sanitises it.
type Feed struct {
	// Title is the stories' Source, unless Options.Name replaces it.
	Title string
	// Home is the site's home page. Relative links resolve against it
	// first, and it qualifies short GUIDs when URL is "".
	Home string
	// URL is the feed's own address; it qualifies short GUIDs (see
	// model.Story.ID).
	URL string
	// Author is the default author of the feed's items.
	Author string
}

// Item is one entry of a feed as a source gives it. Every string is as
// the source sent it: not yet sanitised, any HTML not yet converted, any
// invalid UTF-8 still there. It is the raw form the JSON Feed parser
// fills too, so an Item gives the story the same item in a JSON Feed
// would.
type Item struct {
	// GUID identifies the item within its feed, or on its own when it is
	// an absolute URL or a tag: or urn: URI; "" if it has none.
	GUID string
	// Link is the item's web page, relative or absolute.
	Link  string
	Title string // plain text, or HTML if it looks like HTML
	// Summary is HTML or plain text, as it looks; "" to take the body's
	// first paragraph.
	Summary string
	// HTML is the body as HTML; Text the body as plain text, read when
	// HTML is "". Either is cut at 2 MiB.
	HTML, Text string
	// Published is when the item was published. When it is zero, Date is
	// read instead, in any of the forms feeds write dates in.
	Published time.Time
	Date      string
	Authors   []string
	// Tags are the item's categories: shown as tags, and looked at for
	// the section and the regions.
	Tags []string
}

// Normalise turns the items of one feed into stories, as the loader turns
// the items of a feed fetched from address (see Remote): address names the
// source when the feed has no title, qualifies short GUIDs when the feed
// names no address of its own, and resolves relative links as a last
// resort. o is applied to every story, as Source.With applies it. Stories
// come in the items' order; an item that exactly repeats an earlier one
// is left out, and one that repeats only its ID gets a suffixed ID ("~2").
func Normalise(address string, f Feed, items []Item, o Options) []*model.Story {
	key, base := remoteKey(address)
	n := newNormaliser(QuoteControls(remoteShortName(address)), key)
	n.base, n.opts = base, o.clean()
	info := &feedInfo{
		title:  validUTF8(f.Title),
		link:   validUTF8(f.Home),
		self:   validUTF8(f.URL),
		author: validUTF8(f.Author),
	}
	stories := make([]*model.Story, 0, len(items))
	for i := range items {
		if s := n.story(items[i].raw(), info); s != nil {
			stories = append(stories, s)
		}
	}
	return stories
}

// raw maps the item onto the parsers' raw item, cut to the limits of a
// feed file's fields and made valid UTF-8 as a parser's output is.
func (it *Item) raw() *rawItem {
	r := &rawItem{
		guid:        validUTF8(it.GUID),
		link:        validUTF8(it.Link),
		title:       capText(validUTF8(it.Title), maxField),
		summary:     capText(validUTF8(it.Summary), maxField),
		summaryKind: bodyDetect,
		date:        validUTF8(it.Date),
		published:   it.Published,
		terms:       validUTF8s(it.Tags),
		authors:     validUTF8s(it.Authors),
	}
	if !it.Published.IsZero() {
		// The date as written takes part in telling items apart (and in
		// the hash ID of an item with no GUID or link).
		r.date = it.Published.UTC().Format(time.RFC3339)
	}
	switch {
	case it.HTML != "":
		r.body, r.bodyCut = capBody(validUTF8(it.HTML))
		r.bodyKind = bodyHTML
	case it.Text != "":
		r.body, r.bodyCut = capBody(validUTF8(it.Text))
		r.bodyKind = bodyText
	}
	return r
}

// validUTF8 replaces each byte of s that is not valid UTF-8 with U+FFFD,
// as encoding/json and the XML parser's repair do, so that every item
// reaches the normaliser alike.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func validUTF8s(list []string) []string {
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = validUTF8(s)
	}
	return out
}
