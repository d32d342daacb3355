package model

import "time"

// FeedStatus is a subscription as the feeds screen and `dateline feeds`
// show it: its last fetch, how that went, and its stories.
type FeedStatus struct {
	Name, Region string
	// Origin is the feed, as its stories' batches and a refresh name it.
	Origin          Origin
	LastFetch       time.Time
	Status, Error   string
	MovedTo         string
	Stories, Unread int
}
