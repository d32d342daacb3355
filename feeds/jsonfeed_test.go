package feeds

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// jsonFixtures: one JSON Feed file per odd case (see testdata/feeds/README.md).
var jsonFixtures = []struct {
	file    string
	stories int
	err     string
	check   func(t *testing.T, s []*model.Story)
}{
	// JSON Feed 1.0: content_text only (Markdown characters escaped,
	// paragraphs kept), the singular author, a numeric id, the feed_url
	// qualifying short ids, tags giving section and region.
	{"jsonfeed10.json", 2, "", func(t *testing.T, s []*model.Story) {
		a := storyTitled(t, s, "Plain text only")
		// The first paragraph is the summary, shown above the rule: the
		// body goes on from the second.
		if md := a.Body.Markdown(); md != "Second paragraph." {
			t.Errorf("body %q", md)
		}
		if a.Author() != "Item Writer" || a.Section != "Health" || !a.Regions.Has(model.Europe) ||
			a.ID != "https://one.example.com/feed.json#1" || a.Summary() != "First paragraph of plain text with *stars* and <angles>." {
			t.Errorf("got %+v", *a)
		}
		b := storyTitled(t, s, "Numeric id, feed author")
		if b.GUID() != "2" || b.Author() != "Feed Writer" || !b.Published.Equal(time.Date(2024, 6, 2, 10, 0, 0, 0, time.UTC)) {
			t.Errorf("got %+v", *b)
		}
	}},
	// JSON Feed 1.1 written with escaped slashes: authors (plural) over the
	// feed's, a given summary, content_html preferred to content_text, a
	// relative link resolved against the home page, date_modified as a
	// fallback, a dateline in a text body.
	{"jsonfeed11.json", 2, "", func(t *testing.T, s []*model.Story) {
		a := storyTitled(t, s, "Authors list")
		if a.Author() != "Amara Adeyemi, Ben Bauer" || a.Summary() != "Given summary." || a.Dateline() != "TOKYO" ||
			a.Section != "Economy" || !a.Regions.Has(model.AsiaPacific) {
			t.Errorf("got %+v", *a)
		}
		b := storyTitled(t, s, "HTML content")
		if md := b.Body.Markdown(); md != "Some **bold** text and [a link](https://eleven.example.com/rel)." {
			t.Errorf("body %q", md)
		}
		if b.Author() != "Feed Team" || !b.Dated() || b.ID != "https://eleven.example.com/#b" {
			t.Errorf("got %+v", *b)
		}
	}},
	// A .xml extension on a JSON Feed: the content decides.
	{"jsonfeed_with_xml_extension.xml", 1, "", func(t *testing.T, s []*model.Story) {
		if e := storyTitled(t, s, "Detected as JSON Feed"); e.Source != "JSON in XML clothing" {
			t.Errorf("source %q", e.Source)
		}
	}},
}

func TestJSONFeedFixtures(t *testing.T) {
	for _, tt := range jsonFixtures {
		t.Run(tt.file, func(t *testing.T) {
			stories, errs := loadFixtures(t, tt.file)
			if len(stories) != tt.stories || len(errs) > 0 {
				t.Fatalf("%d stories, errors %v; want %d stories", len(stories), errs, tt.stories)
			}
			tt.check(t, stories)
		})
	}
}

func TestJSONFeedBroken(t *testing.T) {
	tests := []struct {
		name, doc string
		stories   int
		err       string
	}{
		{"wrong types are skipped", `{"version":"https://jsonfeed.org/version/1.1","title":7,"items":[{"id":1.5,"title":["x"],"content_text":"t","tags":[1,"World"]},{"id":"b","title":"B"}]}`, 2, ""},
		{"cut short", `{"version":"https://jsonfeed.org/version/1","items":[{"id":"a","title":"A"},{"id":"b","ti`, 1, "cut short"},
		{"syntax error after an item", `{"version":"https://jsonfeed.org/version/1","items":[{"id":"a","title":"A"},]}`, 1, "JSON syntax error"},
		{"version 2", `{"version":"https://jsonfeed.org/version/2","items":[]}`, 0, "not a feed (JSON Feed version"},
		{"raw control character", "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"title\":\"a\x1bb\"}]}", 0, "JSON syntax error"},
		{"escaped control character", `{"version":"https://jsonfeed.org/version/1","items":[{"id":"x","title":"a\u001b[31mb"}]}`, 1, ""},
		{"items is an object", `{"version":"https://jsonfeed.org/version/1","items":{"a":1},"title":"T"}`, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, errs := loadBytes(t, "feed.json", []byte(tt.doc))
			if len(stories) != tt.stories {
				t.Errorf("%d stories, want %d", len(stories), tt.stories)
			}
			switch {
			case tt.err == "" && len(errs) > 0:
				t.Errorf("errors %v", errs)
			case tt.err != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.err)):
				t.Errorf("errors %v, want one containing %q", errs, tt.err)
			}
		})
	}
}

// FuzzParseJSONFeed: any bytes read as a JSON Feed give safe stories or an
// error, never a panic.
func FuzzParseJSONFeed(f *testing.F) {
	for _, name := range []string{"jsonfeed10.json", "jsonfeed11.json", "jsonfeed_with_xml_extension.xml"} {
		data, err := os.ReadFile(fixture(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":"x","title":"a\u001b]52;c;eA==\u0007b","content_html":"<script>x</script>"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, "fuzz.json", data)
	})
}
