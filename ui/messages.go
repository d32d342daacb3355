package ui

import (
	"os/exec"
	"time"

	"github.com/dateline-news/dateline/model"
)

// Messages are events in the past tense. Asynchronous results carry what they
// were for, so a result that no longer matches what is on screen is dropped,
// and a failure in an Err field, which the footer shows.

// StoriesLoaded are stories from one place (model.StoriesArrived), their
// search words prepared off the UI goroutine.
type StoriesLoaded struct {
	From     model.Origin
	Prepared model.Prepared
}

// StoriesReplaced are stories already loaded, now read from the library
// (model.StoriesStored).
type StoriesReplaced struct{ Stories []*model.Story }

// EventsJoined says stories already loaded, each alone, have joined an
// event since.
type EventsJoined = model.EventsJoined

// SourceFailed says a source could not be read, or not all of it.
type SourceFailed = model.SourceFailed

// RefreshProgressed is how far a refresh of the subscriptions has got.
type RefreshProgressed = model.RefreshProgressed

// RefreshFinished says a refresh of the subscriptions is over.
type RefreshFinished = model.RefreshFinished

// LoadingFinished says every source has been read.
type LoadingFinished struct{}

// BodyRendered is a story body rendered by Glamour for one width and theme,
// with the targets of its numbered links. Partial is true for the quick
// render of a long story's opening. When rendering failed, Out holds the
// Markdown as written and Err says why.
type BodyRendered struct {
	Key     renderKey
	Partial bool
	Out     string
	Links   []string
	Err     error
	// Story is the whole story, when the one rendered was partial.
	Story *model.Story
}

// LinkOpened reports the outcome of handing a link to the browser.
type LinkOpened struct {
	URL string
	Err error
}

// TerminalBrowserFound says the browser for URL runs in the terminal: the
// reader hands the terminal to Cmd until it exits.
type TerminalBrowserFound struct {
	URL string
	Cmd *exec.Cmd
}

// LinkCopied reports the outcome of copying a link with a system tool. The
// OSC 52 copy through the terminal has no answer to wait for.
type LinkCopied struct {
	URL  string
	Tool string
	Err  error
}

// ArticleFetched is the article of the page story ID links to, or why
// there is none (Err).
type ArticleFetched struct {
	ID      string
	Article model.Article
	Err     error
}

// FeedsListed is the subscriptions' state, read for the feeds screen.
type FeedsListed struct{ Feeds []FeedStatus }

// RefreshRequested says the refresh of the subscriptions (Only, if any;
// else all) has been asked for; its progress comes as batches.
type RefreshRequested struct{ Only []model.Origin }

// MarksWritten says read and starred marks were handed to the library;
// Err is a write's failure (this one's or an earlier one's).
type MarksWritten struct {
	Count int
	Err   error
}

// FullTextDue says the query has been still for fullTextPause.
type FullTextDue struct{ Query string }

// FullTextFound is what the library's full-text index found for a query:
// IDs[i] for the question Asked[i] (one per alternative worth asking).
// Partial says the index is still taking in stories just stored.
type FullTextFound struct {
	Query   string
	Asked   []model.TextQuery
	IDs     [][]string
	Partial bool
	Err     error
}

// NeighboursDue says an opened story's frame has had its time: render the
// stories n, p and c would open.
type NeighboursDue struct{ Seq int32 }

// SelectionRested says the list's selection has stayed put for restPause
// since move Gen: time to render it ahead.
type SelectionRested struct{ Gen int }

// StatusExpired clears the footer notice it was scheduled for.
type StatusExpired struct{ ID int }

// statusTTL is how long a footer notice stays.
const statusTTL = 4 * time.Second

// StoryRead says a story from the library was read whole ahead of its
// render: the list keeps it, and an open story view shows its header.
type StoryRead struct{ Story *model.Story }

// StoryCompleted says a story from the library was read whole, for Then
// (open or copy its link); Err says it could not be.
type StoryCompleted struct {
	Story *model.Story
	Then  act
	Err   error
}
