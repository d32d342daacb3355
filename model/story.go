// Package model is dateline's domain: stories, the regions of the world they
// belong to, and the queries the reader runs over them. It imports nothing but
// the standard library and does no I/O, so every other package can share it.
package model

import "time"

// Story is one news item, already parsed, normalised and sanitised by the
// feeds package. Every string in it is safe to print to a terminal.
//
// A Story is kept for every story in the list, so it holds what the list
// needs; the rest is in its Details, which a partial story read from the
// library leaves out (144 bytes, not 240: 9.6 MB at 100,000 stories).
type Story struct {
	// ID is stable across loads and unique across sources: the guid when it is
	// an absolute URL, the guid qualified by its feed otherwise, else the link,
	// else a hash of the source and the item's content.
	ID    string
	Title string
	// Published is zero when the feed gave no usable date.
	Published time.Time
	Source    string // display name of the feed or folder the story came from
	Section   string // "Politics", "Economy", ...; "" if unknown

	// Position is the story's place in its feed, 0 for the first: undated
	// stories keep their feed's order by it. It sits with the other small
	// fields, so that they share a word.
	Position int32
	Regions  RegionSet
	// RegionsInferred is true when Regions was guessed from the headline or
	// dateline rather than declared by the source.
	RegionsInferred bool
	// Partial is set on a story read from the library for the headline
	// list: its Details were left on disk, and Complete reads them (its
	// Body is a Completer).
	Partial bool
	// Countries are the countries the story is about, in the order they
	// were found (see ClassifyPlaces); Countries.All() ranges over them.
	Countries CountrySet

	// Body yields the story's Markdown. It may convert HTML on first call;
	// the result is sanitised like every other field. Never nil.
	Body Body

	// Details are the story's other fields, nil when it has none (or is
	// partial). Read them with the methods of the same names; set them
	// with Edit. Once a story is shared they are not changed: a copy of a
	// Story shares its Details.
	Details *Details

	// Event is the ID of the event the story is coverage of (see
	// Coverage): the ID of the event's first story, "" when that is the
	// story itself or it is alone. EventID gives it either way.
	Event string
}

// Details are the parts of a story the headline list does not need.
type Details struct {
	// GUID is the item's guid or id exactly as the feed wrote it ("" if
	// none), so commands can accept what a user copies out of a feed.
	GUID    string
	Summary string // plain text, never HTML or Markdown
	Author  string
	Link    string // absolute URL, "" if none
	Tags    []string
	// Dateline is the place the story was filed from ("ISTANBUL"), "" if
	// unknown.
	Dateline string
}

// Edit returns the story's Details to set, made if it had none. Only for a
// story still being made: a copy of a Story shares its Details.
func (s *Story) Edit() *Details {
	if s.Details == nil {
		s.Details = &Details{}
	}
	return s.Details
}

// GUID is the item's guid or id as the feed wrote it, "" if none.
func (s *Story) GUID() string {
	if s.Details == nil {
		return ""
	}
	return s.Details.GUID
}

// Summary is the story's standfirst, plain text; "" if none.
func (s *Story) Summary() string {
	if s.Details == nil {
		return ""
	}
	return s.Details.Summary
}

// Author is the story's byline, "" if none.
func (s *Story) Author() string {
	if s.Details == nil {
		return ""
	}
	return s.Details.Author
}

// Link is the story's absolute URL, "" if none.
func (s *Story) Link() string {
	if s.Details == nil {
		return ""
	}
	return s.Details.Link
}

// Tags are the story's tags and categories.
func (s *Story) Tags() []string {
	if s.Details == nil {
		return nil
	}
	return s.Details.Tags
}

// Dateline is the place the story was filed from, "" if unknown.
func (s *Story) Dateline() string {
	if s.Details == nil {
		return ""
	}
	return s.Details.Dateline
}

// Completer is the Body of a partial story: it reads the whole story.
type Completer interface {
	Complete(s *Story) (*Story, error)
}

// Complete returns the whole story: s itself unless it is partial.
func (s *Story) Complete() (*Story, error) {
	if !s.Partial {
		return s, nil
	}
	c, ok := s.Body.(Completer)
	if !ok {
		return s, nil
	}
	return c.Complete(s)
}

// Body is a story's text as Markdown. Implementations must be safe for
// concurrent use: a body may be rendered off the UI goroutine.
type Body interface {
	Markdown() string
}

// Markdown is a Body that is already Markdown.
type Markdown string

// Markdown returns the text itself.
func (m Markdown) Markdown() string { return string(m) }

// Dated reports whether the story has a publication date.
func (s *Story) Dated() bool { return !s.Published.IsZero() }

// Newer orders stories newest first, undated last (in the order of their
// feeds), and breaks ties by ID so the order is the same on every load.
func Newer(a, b *Story) bool {
	switch {
	case a.Dated() != b.Dated():
		return a.Dated()
	case !a.Published.Equal(b.Published):
		return a.Published.After(b.Published)
	case !a.Dated() && a.Position != b.Position:
		return a.Position < b.Position
	default:
		return a.ID < b.ID
	}
}

// Batch is a group of stories from one source as the feeds package streams
// them, or the failure of a source. A source may send several batches and at
// most one failure; a failure may follow batches of stories already parsed.
type Batch struct {
	// From is where the batch came from.
	From    Origin
	Stories []*Story
	// Err, when set, says why the source (or the rest of it) could not be
	// read. Its text names the source and the reason.
	Err error
}

// Article is the text of the page a story links to, fetched and
// extracted: Markdown, sanitised like a body. Err, for an attempt that
// found none, says why (and Markdown is "").
type Article struct {
	URL      string // the link it was fetched from
	Markdown string
	Fetched  time.Time
	Err      string
}

// ArticleError is why the page a story links to gave no article: the
// link (as it may be shown: controls escaped, a password hidden) and the
// reason, apart, so that a screen with the link in view can say only
// why.
type ArticleError struct {
	Link, Reason string
	Err          error
}

func (e *ArticleError) Error() string { return e.Link + ": " + e.Reason }

func (e *ArticleError) Unwrap() error { return e.Err }
