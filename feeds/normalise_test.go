package feeds

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// TestNormaliseMatchesTheSameItemsInAJSONFeed: items given to Normalise
// become the stories the same items in a JSON Feed fetched from the same
// address give, field for field, hostile and broken text included.
func TestNormaliseMatchesTheSameItemsInAJSONFeed(t *testing.T) {
	const address = "https://news.example/feed.json"
	feed := Feed{Title: "News \x1b[31mDesk", Home: "https://news.example/", URL: address, Author: "Desk"}
	items := []Item{
		{GUID: "https://news.example/1", Link: "/one", Title: "LAGOS floods", HTML: `<p>LAGOS — Rain <a href="/more">more</a>.</p>`,
			Published: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), Authors: []string{"Ada"}, Tags: []string{"Politics", "Nigeria"}},
		{GUID: "2", Title: "Short <b>guid</b>", Summary: "A summary", Text: "plain\n\nbody", Date: "Sun, 01 Mar 2026 10:00:00 +0100"},
		{Link: "https://news.example/3", Title: "Clip \x1b]52;c;ZXZpbA==\x07board \u202eevil", HTML: "<p>x<script>alert(1)</script>\u009b31m</p>"},
		{Title: "Bad \xff bytes", HTML: "<p>caf\xe9</p>", Tags: []string{"Asia\xff"}},
		{GUID: "2", Title: "Short <b>guid</b>", Summary: "A summary", Text: "plain\n\nbody", Date: "Sun, 01 Mar 2026 10:00:00 +0100"},
		{GUID: "2", Title: "Another story with the same guid"},
	}
	opts := Options{Section: "World", Tags: []string{"wire"}}

	got := Normalise(address, feed, items, opts)

	type jsonAuthorOut struct {
		Name string `json:"name"`
	}
	type jsonItemOut struct {
		ID      string          `json:"id,omitempty"`
		URL     string          `json:"url,omitempty"`
		Title   string          `json:"title,omitempty"`
		Summary string          `json:"summary,omitempty"`
		HTML    string          `json:"content_html,omitempty"`
		Text    string          `json:"content_text,omitempty"`
		Date    string          `json:"date_published,omitempty"`
		Authors []jsonAuthorOut `json:"authors,omitempty"`
		Tags    []string        `json:"tags,omitempty"`
	}
	doc := struct {
		Version string          `json:"version"`
		Title   string          `json:"title"`
		Home    string          `json:"home_page_url"`
		FeedURL string          `json:"feed_url"`
		Authors []jsonAuthorOut `json:"authors"`
		Items   []jsonItemOut   `json:"items"`
	}{Version: "https://jsonfeed.org/version/1.1", Title: feed.Title, Home: feed.Home, FeedURL: feed.URL, Authors: []jsonAuthorOut{{feed.Author}}}
	for _, it := range items {
		ji := jsonItemOut{ID: it.GUID, URL: it.Link, Title: it.Title, Summary: it.Summary, HTML: it.HTML, Text: it.Text, Date: it.Date, Tags: it.Tags}
		if !it.Published.IsZero() {
			ji.Date = it.Published.Format(time.RFC3339)
		}
		for _, a := range it.Authors {
			ji.Authors = append(ji.Authors, jsonAuthorOut{a})
		}
		doc.Items = append(doc.Items, ji)
	}
	body, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	want, errs := LoadAll(context.Background(), []Source{Remote(address, body).With(opts)})
	if len(errs) > 0 {
		t.Fatal(errs)
	}

	if len(got) != len(want) || len(got) != len(items)-1 {
		t.Fatalf("%d stories from Normalise, %d from the JSON Feed, want %d", len(got), len(want), len(items)-1)
	}
	for i := range got {
		g, w := storyFields(got[i]), storyFields(want[i])
		if !slices.Equal(g, w) {
			t.Errorf("story %d:\n got %q\nwant %q", i, g, w)
		}
	}
}

func storyFields(s *model.Story) []string {
	return append([]string{s.ID, s.GUID(), s.Title, s.Summary(), s.Author(), s.Published.String(), s.Link(), s.Source,
		s.Section, s.Dateline(), s.Body.Markdown()}, append(s.Tags(), s.Regions.Names()...)...)
}
