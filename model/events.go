package model

// Event is one thing a session tells whoever shows its stories (the
// reader, a command that prints them), in the order it happened: stories
// that arrived, stories stored, a source that failed, a refresh's progress
// and its end. Each kind is a type of its own.
type Event interface{ isEvent() }

// StoriesArrived are stories from one place, with the marks the library
// holds for them.
type StoriesArrived struct {
	From    Origin
	Stories []*Story
	// States, when not nil, holds each story's marks (in the order of
	// Stories); without it every story is unread.
	States []StoryState
	// Summaries, when not nil, holds the summaries of partial stories,
	// for the search words only (see Story.Partial).
	Summaries []string
}

// StoriesStored are stories already sent, now read back from the library
// (their bodies no longer held in memory): they take the place of those
// with the same IDs.
type StoriesStored struct{ Stories []*Story }

// SourceFailed says a source could not be read, or not all of it. Err
// names the source and the reason.
type SourceFailed struct {
	From Origin
	Err  error
}

// EventsJoined are stories sent before, each placed alone, that have
// since joined an event (see Coverage.TakeMoved): story ID -> event ID.
type EventsJoined struct{ Events map[string]string }

// RefreshProgressed is how far a refresh of the subscriptions has got:
// Done feeds (a sync counts as one) of Total.
type RefreshProgressed struct{ Done, Total int }

// RefreshFinished says a refresh of the subscriptions is over: Feeds
// were refreshed (a sync counts as one), Failed of them failed.
type RefreshFinished struct{ Feeds, Failed int }

func (StoriesArrived) isEvent()    {}
func (StoriesStored) isEvent()     {}
func (SourceFailed) isEvent()      {}
func (RefreshProgressed) isEvent() {}
func (RefreshFinished) isEvent()   {}
func (EventsJoined) isEvent()      {}
