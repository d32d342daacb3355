package serversync

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// sampleFeeds are server feeds and their entries covering what parse
// turns into story IDs, headlines, bodies and regions: GUIDs absolute and
// short, no GUID, neither GUID nor URL, relative links, regions from the
// feed's category and from tags, a section tag, hostile text, invalid
// UTF-8, repeated GUIDs, and a feed the server did not list.
func sampleFeeds() []struct {
	feed    Feed
	entries []Entry
} {
	pub := time.Date(2026, 3, 1, 9, 30, 15, 0, time.FixedZone("CET", 3600))
	return []struct {
		feed    Feed
		entries []Entry
	}{
		{
			Feed{ID: "1", URL: "https://wire.example/feed.xml", SiteURL: "https://wire.example/", Title: "World Wire", Category: "Africa"},
			[]Entry{
				{ID: "10", URL: "https://wire.example/a", GUID: "https://wire.example/guid/a", Title: "Floods in Lagos", Author: "Ada",
					Content: `<p>LAGOS — Rain <a href="/more">more</a>.</p><p>Second <img src="i.png" alt="pic"></p>`, Published: pub, Tags: []string{"Politics", "Weather"}},
				{ID: "11", URL: "/b", GUID: "b-1", Title: "Short guid &amp; <b>bold</b>", Content: "<p>Text</p>"},
				{ID: "12", URL: "https://wire.example/c", Title: "No guid", Content: "plain text body\n\nsecond"},
				{ID: "13", Title: "", Content: "<p>Neither guid nor URL, and no title either so the summary makes one</p>"},
				{ID: "14", GUID: "b-1", URL: "/b2", Title: "Same guid, other story", Content: "<p>Other</p>"},
				{ID: "15", GUID: "b-1", URL: "/b2", Title: "Same guid, other story", Content: "<p>Other</p>"},
			},
		},
		{
			Feed{ID: "2", URL: "https://asia.example/rss", SiteURL: "https://asia.example", Title: "Asia \x1b[31mDesk", Category: "Technology"},
			[]Entry{
				{ID: "20", URL: "https://asia.example/t", GUID: "tag:asia.example,2026:1", Title: "Tokyo markets rally",
					Author: "Mal\x07lory", Content: "<p>TOKYO (Reuters) - Stocks \x1b]52;c;ZXZpbA==\x07rose.</p><script>alert(1)</script>",
					Published: pub.Add(time.Hour), Tags: []string{"Japan", "Economy"}},
				{ID: "21", URL: "https://asia.example/u", Title: "Bad \xff\xfe bytes \u202egnp.exe \u009b31m", Content: "<p>caf\xe9 \xff</p>", Tags: []string{"Asia\xff"}},
			},
		},
		{
			Feed{ID: "9", URL: "server-feed:9", Title: "Feed 9"},
			[]Entry{
				{ID: "90", GUID: "x", Title: "From an unlisted feed", Content: "<p>Paris, France: something happened.</p>"},
				{ID: "91", Title: "No guid, no link, no feed address", Content: "<p>hash</p>", Published: pub},
			},
		},
	}
}

// TestEntriesKeepTheirStories: the stories an entry gives keep the ID,
// headline, body and regions they had when entries reached the feeds
// package as a JSON Feed document, so that a library synced before
// matches the same stories after. The expected values were computed by
// that earlier path. A one-paragraph entry's text is now its summary and
// it has no body (a text is never shown twice), so text is the body, or
// the summary when there is none.
func TestEntriesKeepTheirStories(t *testing.T) {
	want := []struct{ id, title, text, regions, published string }{
		// feed 1
		{"https://wire.example/guid/a", "Floods in Lagos", "LAGOS — Rain [more](https://wire.example/more).\n\nSecond ![pic](https://wire.example/i.png)", "Africa", "2026-03-01T08:30:15Z"},
		{"https://wire.example/feed.xml#b-1", "Short guid & bold", "Text", "Africa", ""},
		{"https://wire.example/c", "No guid", "plain text body second", "Africa", ""},
		{"https://wire.example/feed.xml#entry:13", "Neither guid nor URL, and no title either so the summary makes one", "Neither guid nor URL, and no title either so the summary makes one", "Africa", ""},
		{"https://wire.example/feed.xml#b-1~2", "Same guid, other story", "Other", "Africa", ""},
		// feed 2
		{"tag:asia.example,2026:1", "Tokyo markets rally", "TOKYO (Reuters) - Stocks rose.", "Asia - Pacific", "2026-03-01T09:30:15Z"},
		{"https://asia.example/u", "Bad �� bytes gnp.exe", "caf� �", "Asia - Pacific", ""},
		// feed 9
		{"server-feed:9#x", "From an unlisted feed", "Paris, France: something happened.", "Europe", ""}, // its lead names France
		{"server-feed:9#entry:91", "No guid, no link, no feed address", "hash", "", "2026-03-01T08:30:15Z"},
	}
	var got []*model.Story
	for _, sf := range sampleFeeds() {
		stories, _ := parse(sf.feed, sf.entries)
		got = append(got, stories...)
	}
	if len(got) != len(want) {
		t.Fatalf("%d stories, want %d", len(got), len(want))
	}
	for i, s := range got {
		w := want[i]
		published := ""
		if !s.Published.IsZero() {
			published = s.Published.Format(time.RFC3339)
		}
		text := s.Body.Markdown()
		if text == "" {
			text = s.Summary()
		}
		if s.ID != w.id || s.Title != w.title || text != w.text ||
			strings.Join(s.Regions.Names(), ",") != w.regions || published != w.published {
			t.Errorf("story %d:\n got %q %q %q %q %q\nwant %q %q %q %q %q", i,
				s.ID, s.Title, text, strings.Join(s.Regions.Names(), ","), published,
				w.id, w.title, w.text, w.regions, w.published)
		}
	}
}
