package feeds

import (
	"fmt"
	"io"

	"github.com/mmcdole/gofeed"
)

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
		gf, err = gofeed.NewParser().Parse(io.LimitReader(r, MaxFileSize))
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
