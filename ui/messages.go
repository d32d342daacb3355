package ui

import (
	"time"

	"github.com/dateline-news/dateline/model"
)

// Messages are events in the past tense. Asynchronous results carry what they
// were for, so a result that no longer matches what is on screen is dropped.

// StoriesLoaded is a batch of stories (or a source failure) from the loader.
type StoriesLoaded struct {
	From     model.Origin
	Prepared model.Prepared
	Err      error
	// Progress, when set, is how a refresh of the subscriptions is going.
	Progress *model.Progress
}

// StoriesReplaced are stories already loaded, now read from the library.
type StoriesReplaced struct{ Stories []*model.Story }

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

// LinkCopied reports the outcome of copying a link with a system tool. The
// OSC 52 copy through the terminal has no answer to wait for.
type LinkCopied struct {
	URL  string
	Tool string
	Err  error
}

// FeedsListed is the subscriptions' state, read for the feeds screen.
type FeedsListed struct{ Feeds []FeedStatus }

// StatusExpired clears the footer notice it was scheduled for.
type StatusExpired struct{ ID int }

// statusTTL is how long a footer notice stays.
const statusTTL = 4 * time.Second
