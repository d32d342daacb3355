package feeds

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// fixture is the path of a file in testdata/feeds.
func fixture(name string) string { return filepath.Join("..", "testdata", "feeds", name) }

// loadFixtures loads files of testdata/feeds with LoadAll and checks what
// every result must satisfy.
func loadFixtures(t *testing.T, names ...string) ([]*model.Story, []error) {
	t.Helper()
	var srcs []Source
	for _, n := range names {
		srcs = append(srcs, Path(fixture(n)))
	}
	stories, errs := LoadAll(context.Background(), srcs)
	checkStories(t, stories)
	return stories, errs
}

// checkStories asserts the package's promises about any story it gives
// out: every string is sanitised (Sanitize(x) == x), the body too, IDs are
// unique and non-empty, and one-line fields hold no newline.
func checkStories(t testing.TB, stories []*model.Story) {
	t.Helper()
	ids := map[string]bool{}
	for _, s := range stories {
		if s.ID == "" {
			t.Errorf("story %q has no ID", s.Title)
		}
		if ids[s.ID] {
			t.Errorf("ID %q given twice", s.ID)
		}
		ids[s.ID] = true
		if s.Body == nil {
			t.Fatalf("story %q has a nil Body", s.Title)
		}
		fields := map[string]string{
			"ID": s.ID, "GUID": s.GUID(), "Title": s.Title, "Summary": s.Summary(), "Author": s.Author(),
			"Link": s.Link(), "Source": s.Source, "Section": s.Section, "Dateline": s.Dateline(),
			"Body": s.Body.Markdown(),
		}
		for i, tag := range s.Tags() {
			fields["Tags["+string(rune('0'+i%10))+"]"] = tag
		}
		for name, v := range fields {
			if Sanitize(v) != v {
				t.Errorf("story %q: %s is not sanitised: %q", s.ID, name, v)
			}
			if name != "Body" && name != "Summary" && strings.ContainsAny(v, "\n\r") {
				t.Errorf("story %q: %s spans lines: %q", s.ID, name, v)
			}
		}
		if s.Title == "" {
			t.Errorf("story %q has no title", s.ID)
		}
	}
}

// storyTitled finds a story by title, failing the test if there is none.
func storyTitled(t *testing.T, stories []*model.Story, title string) *model.Story {
	t.Helper()
	for _, s := range stories {
		if s.Title == title {
			return s
		}
	}
	var titles []string
	for _, s := range stories {
		titles = append(titles, s.Title)
	}
	t.Fatalf("no story titled %q among %q", title, titles)
	return nil
}

func TestAuthorForms(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"kemi@example.com (Kemi Okafor)"}, "Kemi Okafor"},
		{[]string{"Kemi Okafor <kemi@example.com>"}, "Kemi Okafor"},
		{[]string{"Kemi Okafor", "kemi okafor", "Ben"}, "Kemi Okafor, Ben"},
		{[]string{"  ", ""}, ""},
		{[]string{"Ann (Editor)"}, "Ann (Editor)"},
	}
	for _, tt := range tests {
		if got := authorOf(tt.in); got != tt.want {
			t.Errorf("authorOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPublishedIsUTC: a story's date is the instant the feed gave, held in
// UTC whatever offset it was written with, so that stories do not each keep
// a time zone of their own.
func TestPublishedIsUTC(t *testing.T) {
	want := time.Date(2024, 3, 5, 7, 15, 0, 0, time.UTC)
	n := newNormaliser("f", "f")
	for _, it := range []rawItem{
		{title: "written", date: "Tue, 05 Mar 2024 09:15:00 +0200"},
		{title: "rfc3339", date: "2024-03-05T09:15:00+02:00"},
		{title: "named zone", date: "Tue, 05 Mar 2024 02:15:00 EST"},
		{title: "parsed", published: time.Date(2024, 3, 5, 9, 15, 0, 0, time.FixedZone("", 2*3600))},
	} {
		s := n.story(&it, &feedInfo{})
		if !s.Published.Equal(want) || s.Published.Location() != time.UTC {
			t.Errorf("%s: Published = %v (%v), want %v in UTC", it.title, s.Published, s.Published.Location(), want)
		}
	}
	if s := n.story(&rawItem{title: "undated", date: "soon"}, &feedInfo{}); !s.Published.IsZero() {
		t.Errorf("undated: Published = %v, want the zero time", s.Published)
	}
}

// TestOneLineFieldsAreFoldedOnce: one-line fields are sanitised and folded
// by SanitizeLine alone. A no-break space stays, as SanitizeLine means it
// to; a newline ends an escape sequence before it is folded, so the word
// after it is kept.
func TestOneLineFieldsAreFoldedOnce(t *testing.T) {
	n := newNormaliser("f", "f")
	s := n.story(&rawItem{
		title:   "Alert\x1b\nTwo:\t10\u00a0km  \r\n race ",
		authors: []string{"  Anna \n Weber "},
		section: "\tWorld\n",
		terms:   []string{" Middle\u00a0East ", "a \u2003 b"},
		source:  " Wire\x1b[1m \n Service ",
	}, &feedInfo{})
	for _, tc := range []struct{ name, got, want string }{
		{"title", s.Title, "Alert Two: 10\u00a0km race"},
		{"author", s.Author(), "Anna Weber"},
		{"section", s.Section, "World"},
		{"source", s.Source, "Wire Service"},
		{"tags", strings.Join(s.Tags(), "|"), "Middle\u00a0East|a b"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestStoryIDs(t *testing.T) {
	feed := &feedInfo{title: "F", link: "https://f.example.com/"}
	n := newNormaliser("f.xml", "/abs/f.xml")
	mk := func(it rawItem) *model.Story { return n.story(&it, feed) }

	urlGUID := mk(rawItem{guid: "https://wire.example.com/1", title: "a"})
	tagGUID := mk(rawItem{guid: "tag:example.com,2024:1", title: "b"})
	short := mk(rawItem{guid: "42", title: "c"})
	link := mk(rawItem{link: "/story", title: "d"})
	hashed := mk(rawItem{title: "e", body: "text", bodyKind: bodyText})
	if urlGUID.ID != "https://wire.example.com/1" || tagGUID.ID != "tag:example.com,2024:1" {
		t.Errorf("global guids not used as IDs: %q, %q", urlGUID.ID, tagGUID.ID)
	}
	if short.ID != "https://f.example.com/#42" || short.GUID() != "42" {
		t.Errorf("short guid: ID %q GUID %q, want it qualified by the feed link and kept as written", short.ID, short.GUID())
	}
	if link.ID != "https://f.example.com/story" {
		t.Errorf("link ID = %q", link.ID)
	}
	if !strings.HasPrefix(hashed.ID, "sha256:") {
		t.Errorf("hash ID = %q", hashed.ID)
	}
	// The same hashable item in another load gets the same ID.
	again := newNormaliser("f.xml", "/abs/f.xml").story(&rawItem{title: "e", body: "text", bodyKind: bodyText}, feed)
	if again.ID != hashed.ID {
		t.Errorf("hash ID not stable: %q then %q", hashed.ID, again.ID)
	}
	// Same guid, other content: a suffix. Same everything: dropped.
	other := mk(rawItem{guid: "42", title: "c2"})
	if other.ID != short.ID+"~2" {
		t.Errorf("second item with guid 42 got ID %q", other.ID)
	}
	if dup := mk(rawItem{guid: "42", title: "c"}); dup != nil {
		t.Errorf("exact repeat kept with ID %q", dup.ID)
	}
	// With no feed URL at all, the path qualifies.
	bare := newNormaliser("f.xml", "/abs/f.xml").story(&rawItem{guid: "42", title: "c"}, &feedInfo{})
	if bare.ID != "/abs/f.xml#42" {
		t.Errorf("short guid without feed URL: ID %q", bare.ID)
	}
}

func TestSummaryAndBodyFallbacks(t *testing.T) {
	feed := &feedInfo{}
	n := newNormaliser("f", "f")
	// Body only: the summary is its first paragraph.
	s := n.story(&rawItem{title: "t1", body: "<p>First para.</p><p>Second.</p>", bodyKind: bodyHTML}, feed)
	if s.Summary() != "First para." {
		t.Errorf("summary from body = %q", s.Summary())
	}
	// Summary only: it is not shown again as the body.
	s = n.story(&rawItem{title: "t2", summary: "Just a summary.", summaryKind: bodyText}, feed)
	if s.Summary() != "Just a summary." || s.Body.Markdown() != "" {
		t.Errorf("summary-only story: summary %q body %q", s.Summary(), s.Body.Markdown())
	}
	// HTML summary: plain text.
	s = n.story(&rawItem{title: "t3", summary: "<p>An HTML summary</p>", summaryKind: bodyDetect, body: "<p>The body.</p>", bodyKind: bodyHTML}, feed)
	if s.Summary() != "An HTML summary" {
		t.Errorf("HTML summary = %q", s.Summary())
	}
	// Title only: the body is the title.
	s = n.story(&rawItem{title: "Only a title"}, feed)
	if s.Body.Markdown() != "Only a title" || s.Summary() != "" {
		t.Errorf("title-only story: body %q summary %q", s.Body.Markdown(), s.Summary())
	}
	// A lead paragraph that is only a dateline gives the dateline; the
	// summary is the paragraph after it.
	s = n.story(&rawItem{title: "t4", body: "<p>ISTANBUL</p><p>South Korea urged Beijing.</p>", bodyKind: bodyHTML}, feed)
	if s.Dateline() != "ISTANBUL" || s.Summary() != "South Korea urged Beijing." {
		t.Errorf("dateline paragraph: dateline %q summary %q", s.Dateline(), s.Summary())
	}
	// A long body's summary is cut to about summaryLen runes.
	s = n.story(&rawItem{title: "t5", body: "<p>" + strings.Repeat("word ", 200) + "</p>", bodyKind: bodyHTML}, feed)
	if r := len([]rune(s.Summary())); r > summaryLen || r < summaryLen/2 {
		t.Errorf("summary of a long body has %d runes", r)
	}
}

func TestSectionAndTags(t *testing.T) {
	n := newNormaliser("f", "f")
	s := n.story(&rawItem{title: "x", terms: []string{"Ports", "world", "Africa", "Sports", "ports"}}, &feedInfo{})
	if s.Section != "World" {
		t.Errorf("section = %q, want World", s.Section)
	}
	if strings.Join(s.Tags(), "|") != "Ports|Africa|Sports" {
		t.Errorf("tags = %q", s.Tags())
	}
	if !s.Regions.Has(model.Africa) || s.RegionsInferred {
		t.Errorf("regions = %v (inferred %v), want Africa from a category", s.Regions.Names(), s.RegionsInferred)
	}
	// A story file's own section wins over a section word among its tags.
	s = n.story(&rawItem{title: "y", section: "Culture", terms: []string{"Politics", "art"}}, &feedInfo{})
	if s.Section != "Culture" || strings.Join(s.Tags(), "|") != "Politics|art" {
		t.Errorf("declared section: section %q tags %q", s.Section, s.Tags())
	}
}

func TestLinksAreAbsoluteHTTP(t *testing.T) {
	tests := []struct{ base, ref, want string }{
		{"https://a.example/x/", "y", "https://a.example/x/y"},
		{"", "https://a.example/", "https://a.example/"},
		{"", "/relative", ""},
		{"https://a.example/", "javascript:alert(1)", ""},
		{"https://a.example/", "data:text/html,x", ""},
		{"https://a.example/", "file:///etc/passwd", ""},
		{"https://a.example/", "https://a.example/\x1b[2J", ""},
		{"https://a.example/", "  https://b.example/p?q=1  ", "https://b.example/p?q=1"},
	}
	for _, tt := range tests {
		if got := absURL(tt.base, tt.ref); got != tt.want {
			t.Errorf("absURL(%q, %q) = %q, want %q", tt.base, tt.ref, got, tt.want)
		}
	}
}

// TestSummaryIsNotRepeatedAsBody: the story view shows the summary above
// the rule and the body below it; a body that says only what the summary
// says is shown once: as the summary when it is plain text, as the body
// (and no summary) when it has links or emphasis the summary would lose.
// A body whose first paragraph is the summary in plain words goes on
// from its second.
func TestSummaryIsNotRepeatedAsBody(t *testing.T) {
	const rss = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>F</title>
<item><title>Plain</title><guid>https://example.com/1</guid><description>Ministers met in Paris on Monday.</description></item>
<item><title>Plain HTML</title><guid>https://example.com/2</guid><description>&lt;p&gt;Ministers met   in &lt;span&gt;Paris&lt;/span&gt; on Monday.&lt;/p&gt;</description></item>
<item><title>Linked</title><guid>https://example.com/3</guid><description>Ministers met in &lt;a href="https://example.com/paris"&gt;Paris&lt;/a&gt;.</description></item>
<item><title>Same twice</title><guid>https://example.com/4</guid><description>Talks ended.</description><content:encoded>&lt;p&gt;Talks ended.&lt;/p&gt;</content:encoded></item>
<item><title>Longer body</title><guid>https://example.com/5</guid><description>Talks ended.</description><content:encoded>&lt;p&gt;Talks ended.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</content:encoded></item>
<item><title>Linked lead</title><guid>https://example.com/6</guid><description>Talks in Paris.</description><content:encoded>&lt;p&gt;Talks in &lt;a href="https://example.com/p"&gt;Paris&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</content:encoded></item>
<item><title>Scripted</title><guid>https://example.com/7</guid><description>Ministers met. &lt;script&gt;track("page-view", {id: 7})&lt;/script&gt;&lt;STYLE type="text/css"&gt;p { color: red }&lt;/STYLE&gt;</description></item>
</channel></rss>`
	stories, errs := loadBytes(t, "f.xml", []byte(rss))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	tests := []struct{ title, summary, body string }{
		{"Plain", "Ministers met in Paris on Monday.", ""},
		{"Plain HTML", "Ministers met in Paris on Monday.", ""},
		{"Linked", "", "Ministers met in [Paris](https://example.com/paris)."},
		{"Same twice", "Talks ended.", ""},
		{"Longer body", "Talks ended.", "More."},
		// A lead with a link stays in the body, for its link.
		{"Linked lead", "Talks in Paris.", "Talks in [Paris](https://example.com/p).\n\nMore."},
		// A script's or a style's text is not the body's: it is dropped,
		// and what is left is the summary, shown once.
		{"Scripted", "Ministers met.", ""},
	}
	for _, tt := range tests {
		s := storyTitled(t, stories, tt.title)
		if s.Summary() != tt.summary || s.Body.Markdown() != tt.body {
			t.Errorf("%s: summary %q body %q, want %q and %q", tt.title, s.Summary(), s.Body.Markdown(), tt.summary, tt.body)
		}
	}
}
