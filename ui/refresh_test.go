package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

func TestRefreshShowsProgressAndWhatItBrought(t *testing.T) {
	var asked [][]model.Origin // one entry a request: the feeds it named
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) {
		o.Refresh = func(only ...model.Origin) { asked = append(asked, only) }
	})
	a = press(t, a, "r")
	if len(asked) != 1 || len(asked[0]) != 0 {
		t.Fatalf("r asked %q", asked)
	}
	a = send(t, a, RefreshProgressed{Total: 3})
	a = send(t, a, StoriesLoaded{From: model.File("Wire"), Prepared: model.Prepare([]*model.Story{story("n1", "Fresh news from the wire", time.Minute)})})
	a = send(t, a, SourceFailed{From: model.File("Broken"), Err: errors.New("Broken: HTTP 500")})
	a = send(t, a, RefreshProgressed{Done: 2, Total: 3})
	if footer := screenText(a); !strings.Contains(footer, "refreshing 2/3 feeds · 1 new") {
		t.Errorf("no progress in the footer:\n%s", footer)
	}
	a = press(t, a, "r")
	if len(asked) != 1 || !strings.Contains(screenText(a), "already under way") {
		t.Errorf("r during a refresh asked again: %q", asked)
	}
	a = send(t, a, RefreshFinished{Feeds: 3, Failed: 1})
	screen := screenText(a)
	if !strings.Contains(screen, "Refreshed 3 feeds: 1 new story. 1 failed: F says why.") || strings.Contains(screen, "refreshing") {
		t.Errorf("the end of the refresh:\n%s", screen)
	}
	// The selection stayed on the story it was on (the top one was s1).
	if selectedTitle(a) != "Seoul urges Beijing on defectors" {
		t.Errorf("the refresh moved the selection to %q", selectedTitle(a))
	}
	// A new pass forgets the last one's failures.
	a = send(t, a, RefreshProgressed{Total: 3})
	if a.failedSources() != 0 {
		t.Errorf("%d failures carried into a new refresh", a.failedSources())
	}
	// On the feeds screen r refreshes the feed on top, by its key.
	a = send(t, a, RefreshFinished{Feeds: 3, Failed: 1})
	a = send(t, a, FeedsListed{Feeds: []FeedStatus{{Name: "Wire", Origin: model.Feed("https://wire.example/feed")}, {Name: "Broken", Origin: model.Feed("https://broken.example/feed")}}})
	a = press(t, a, "F", "j", "r")
	if len(asked) != 2 || !slices.Equal(asked[1], []model.Origin{model.Feed("https://broken.example/feed")}) || !strings.Contains(screenText(a), "Refreshing Broken") {
		t.Errorf("r on the feeds screen asked %q:\n%s", asked, screenText(a))
	}
}

func TestRefreshWithoutSubscriptionsSaysHowToAddOne(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "r")
	if a.refresh != nil || !strings.Contains(screenText(a), "No subscriptions to refresh: add a feed with dateline add URL.") {
		t.Errorf("r without subscriptions should say so and how to add one:\n%s", screenText(a))
	}
	a = press(t, a, "F", "r")
	if !strings.Contains(screenText(a), "Only subscriptions refresh; test.xml is read again when dateline starts.") {
		t.Errorf("r on a source that is not a subscription:\n%s", screenText(a))
	}
}

func TestSavedSearchesAreTabsAfterTheRegions(t *testing.T) {
	q, err := model.ParseSearch("region:europe -energy")
	if err != nil {
		t.Fatal(err)
	}
	a := newTestAppWith(t, 120, 30, sampleStories(), func(o *Options) {
		o.Searches = []SavedSearch{{Name: "Europe, no energy", Query: q}}
	})
	bar := strings.SplitN(screenText(a), "\n", 2)[0]
	if !strings.HasSuffix(strings.TrimSpace(bar), "Europe, no energy 1") {
		t.Fatalf("the tab bar does not end with the saved search and its count:\n%s", bar)
	}
	a = press(t, a, "shift+tab") // from All back to the last tab
	if a.list.searchTab != 1 || len(a.list.view) != 1 || selectedTitle(a) != "Pacific islands and EU sign fisheries deal" {
		t.Fatalf("the saved search's tab lists %d stories, selected %q", len(a.list.view), selectedTitle(a))
	}
	// The filter narrows within it.
	a = press(t, a, "/", "z")
	if len(a.list.view) != 0 {
		t.Errorf("/z within the saved search: %d stories", len(a.list.view))
	}
	a = press(t, a, "esc", "tab")
	if a.list.searchTab != 0 || len(a.list.view) != 10 {
		t.Errorf("tab after the last tab: search %d, %d stories", a.list.searchTab, len(a.list.view))
	}
}

func TestEnterOnAFeedShowsItsStoriesOnAll(t *testing.T) {
	stories := sampleStories()
	stories[3].Source = "Chronicle" // s4, in Europe
	a := newTestAppWith(t, 100, 30, stories, func(o *Options) {
		o.Feeds = func() []FeedStatus {
			return []FeedStatus{{Name: "Chronicle", Origin: model.Feed("https://chronicle.example/feed")}}
		}
	})
	a = press(t, a, "tab", "F", "enter") // on the Africa tab, which has none of its stories
	if a.screen != screenList || a.list.scope != model.Everywhere() || a.list.searchTab != 0 {
		t.Fatalf("enter on a feed: screen %v, scope %v: want the list on All", a.screen, a.list.scope)
	}
	if len(a.list.view) != 1 || selectedTitle(a) != "EU ministers meet in Brussels on energy" {
		t.Fatalf("the feed's stories: %d rows", len(a.list.view))
	}
	if footer := screenText(a); !strings.Contains(footer, `filter: source:"Chronicle"`) || strings.Contains(footer, `\"`) {
		t.Errorf("the footer should show the filter as typed:\n%s", footer)
	}
}

func TestEnterOnASourceShowsItsStoriesOrSaysWhyNot(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = send(t, a, SourceFailed{From: model.File("broken.xml"), Err: errors.New("broken.xml: XML syntax error on line 3")})
	a = press(t, a, "tab", "F", "enter") // test.xml, whose stories are all "Test Wire"
	if a.screen != screenList || a.list.scope != model.Everywhere() || len(a.list.view) != 10 || a.list.query.String() != `source:"Test Wire"` {
		t.Fatalf("enter on a source: screen %v, %d rows, filter %q", a.screen, len(a.list.view), a.list.query.String())
	}
	a = press(t, a, "F", "j", "enter") // broken.xml gave none
	if a.screen != screenSources || !strings.Contains(screenText(a), "broken.xml gave no stories") {
		t.Errorf("enter on a source without stories should say why:\n%s", screenText(a))
	}
}
