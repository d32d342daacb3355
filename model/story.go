// Package model is dateline's domain: stories, the regions of the world they
// belong to, and the queries the reader runs over them. It imports nothing but
// the standard library and does no I/O, so every other package can share it.
package model

import "time"

// Story is one news item, already parsed, normalised and sanitised by the
// feeds package. Every string in it is safe to print to a terminal.
type Story struct {
	// ID is stable across loads and unique across sources: the guid when it is
	// an absolute URL, the guid qualified by its feed otherwise, else the link,
	// else a hash of the source and the item's content.
	ID string
	// GUID is the item's guid or id exactly as the feed wrote it ("" if none),
	// so commands can accept what a user copies out of a feed.
	GUID string

	Title   string
	Summary string // plain text, never HTML or Markdown
	Author  string
	// Published is zero when the feed gave no usable date.
	Published time.Time
	Link      string // absolute URL, "" if none
	Source    string // display name of the feed or folder the story came from
	Section   string // "Politics", "Economy", ...; "" if unknown
	Tags      []string
	// Dateline is the place the story was filed from ("ISTANBUL"), "" if unknown.
	Dateline string

	// Position is the story's place in its feed, 0 for the first: undated
	// stories keep their feed's order by it. It sits with the other small
	// fields, so that a Story takes 240 bytes, not 256 (1.6 MiB at 100k).
	Position int32
	Regions  RegionSet
	// RegionsInferred is true when Regions was guessed from the headline or
	// dateline rather than declared by the source.
	RegionsInferred bool
	// Partial is set on a story read from the library for the headline
	// list: GUID, Summary, Author, Link, Tags and Dateline were left on
	// disk, and Complete reads them (its Body is a Completer).
	Partial bool
	// Countries are the countries the story is about, in the order they
	// were found (see ClassifyPlaces); Countries.All() ranges over them.
	Countries CountrySet

	// Body yields the story's Markdown. It may convert HTML on first call;
	// the result is sanitised like every other field. Never nil.
	Body Body

	// Event is the ID of the event the story is coverage of (see
	// Coverage): the ID of the event's first story, "" when that is the
	// story itself or it is alone. EventID gives it either way.
	Event string
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
