package feeds

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/model"
)

// wireURL is where the tests' remote feeds were fetched from.
const wireURL = "https://wire.example.net/feeds/all.xml"

// loadRemote reads a fixture's bytes as if fetched from u.
func loadRemote(t *testing.T, u, name string) ([]*model.Story, []error) {
	t.Helper()
	data, err := os.ReadFile(fixture(name))
	if err != nil {
		t.Fatal(err)
	}
	stories, errs := LoadAll(context.Background(), []Source{Remote(u, data)})
	checkStories(t, stories)
	for _, err := range errs {
		checkErrorText(t, err.Error())
	}
	return stories, errs
}

// TestRemoteReadsLikeAFile: fetched bytes give the stories the same file
// gives (formats, charsets, repairs, the gofeed retry, errors), save for
// what depends on where the feed is: links the feed leaves relative, and
// the IDs of a feed that names no address of its own.
func TestRemoteReadsLikeAFile(t *testing.T) {
	tests := []struct {
		fixture string
		// sameAddress: the feed makes every link absolute and names its
		// own address, so links and IDs are the file's too.
		sameAddress bool
	}{
		{"rss20.xml", true},
		{"rss10.rdf", true},
		{"rss091.xml", true},
		{"atom_xhtml.atom", true},
		{"atom_html.xml", true},
		{"jsonfeed10.json", true},
		{"jsonfeed11.json", true},
		{"latin1.xml", true},
		{"cp1252.xml", true},
		{"koi8r.xml", true},
		{"shiftjis.xml", true},
		{"utf8bom.xml", true},
		{"utf16bom.xml", true},
		{"invalid_utf8.xml", true},
		{"hostile.xml", true},
		{"script.xml", true},
		{"dup_guid.xml", true},
		{"gofeed_fallback.xml", true},
		{"truncated.xml", true},
		{"broken_before_items.xml", true},
		{"story_valid.md", true},
		{"relative_links.xml", false},
		{"no_feed_address.xml", false},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			local, localErrs := loadFixtures(t, tt.fixture)
			remote, remoteErrs := loadRemote(t, wireURL, tt.fixture)
			if len(local) == 0 && len(localErrs) == 0 {
				t.Fatal("the fixture gives nothing")
			}
			if len(remote) != len(local) {
				t.Fatalf("%d stories, the file gives %d", len(remote), len(local))
			}
			for i, r := range remote {
				l := local[i]
				same := func(field string, got, want any) {
					t.Helper()
					if got != want {
						t.Errorf("%q: %s %q, the file gives %q", l.Title, field, got, want)
					}
				}
				same("title", r.Title, l.Title)
				same("summary", r.Summary(), l.Summary())
				same("author", r.Author(), l.Author())
				same("published", r.Published.String(), l.Published.String())
				same("source", r.Source, l.Source)
				same("section", r.Section, l.Section)
				same("tags", strings.Join(r.Tags(), "|"), strings.Join(l.Tags(), "|"))
				same("dateline", r.Dateline(), l.Dateline())
				same("regions", r.Regions, l.Regions)
				same("inferred", r.RegionsInferred, l.RegionsInferred)
				same("guid", r.GUID(), l.GUID())
				if tt.sameAddress {
					same("link", r.Link(), l.Link())
					same("ID", r.ID, l.ID)
					same("body", r.Body.Markdown(), l.Body.Markdown())
				}
			}
			if len(remoteErrs) != len(localErrs) {
				t.Fatalf("errors %v, the file gives %v", remoteErrs, localErrs)
			}
			for i := range remoteErrs {
				// The same error, with the advice for where it came from.
				got := strings.TrimPrefix(remoteErrs[i].Error(), wireURL+": ")
				want := strings.TrimPrefix(localErrs[i].Error(), fixture(tt.fixture)+": ")
				got, remoteAdvice, _ := strings.Cut(got, "; the site sent a broken feed")
				want, localAdvice, _ := strings.Cut(want, "; fix the file")
				if got != want || (remoteAdvice == "") != (localAdvice == "") {
					t.Errorf("error %q, the file gives %q", remoteErrs[i], localErrs[i])
				}
			}
		})
	}
}

// TestRemoteIDs: the same bytes from the same URL give the same IDs at
// every fetch. A feed that names its own address gives a local copy's IDs;
// one that does not is qualified by its URL (never by a password in it),
// so two such feeds at two URLs stay apart, and its IDs need not be a
// local copy's.
func TestRemoteIDs(t *testing.T) {
	for _, name := range []string{"rss20.xml", "dup_guid.xml", "no_feed_address.xml", "story_no_region.md"} {
		first, _ := loadRemote(t, wireURL, name)
		again, _ := loadRemote(t, wireURL, name)
		if len(first) == 0 || !slices.Equal(idsOf(first), idsOf(again)) {
			t.Errorf("%s: IDs %q, then %q", name, idsOf(first), idsOf(again))
		}
	}

	local, _ := loadFixtures(t, "rss20.xml")
	remote, _ := loadRemote(t, "https://mirror.example.org/planet.rss", "rss20.xml")
	if !slices.Equal(idsOf(remote), idsOf(local)) {
		t.Errorf("a feed naming itself: remote IDs %q, local %q", idsOf(remote), idsOf(local))
	}

	remote, _ = loadRemote(t, wireURL, "no_feed_address.xml")
	if s := storyTitled(t, remote, "Short guid, relative link"); s.ID != wireURL+"#42" || s.GUID() != "42" {
		t.Errorf("short guid: ID %q GUID %q, want it qualified by the URL", s.ID, s.GUID())
	}
	relative, _ := loadRemote(t, wireURL, "relative_links.xml")
	if s := storyTitled(t, relative, "Ferry timetable changes"); s.ID != "https://wire.example.net/harbour/#7" {
		t.Errorf("short guid in a feed with a relative link: ID %q, want it qualified by the link made absolute", s.ID)
	}
	hashed := storyTitled(t, remote, "Neither guid nor link")
	if !strings.HasPrefix(hashed.ID, "sha256:") {
		t.Errorf("no guid or link: ID %q, want a hash", hashed.ID)
	}
	local, _ = loadFixtures(t, "no_feed_address.xml")
	abs, err := filepath.Abs(fixture("no_feed_address.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if s := storyTitled(t, local, "Short guid, relative link"); s.ID != abs+"#42" {
		t.Errorf("local copy: ID %q, want it qualified by its path", s.ID)
	}
	if s := storyTitled(t, local, "Neither guid nor link"); s.ID == hashed.ID {
		t.Errorf("the hash of a feed naming no address ignores where it is: %q", s.ID)
	}

	withPassword, _ := loadRemote(t, "https://reader:s3cret@wire.example.net/feeds/all.xml", "no_feed_address.xml")
	if !slices.Equal(idsOf(withPassword), idsOf(remote)) {
		t.Errorf("credentials change IDs: %q, without %q", idsOf(withPassword), idsOf(remote))
	}
	for _, s := range withPassword {
		if strings.Contains(s.ID+s.Link()+s.Body.Markdown(), "s3cret") || strings.Contains(s.ID+s.Link(), "reader@") {
			t.Errorf("%q: ID %q, link %q carry the credentials", s.Title, s.ID, s.Link())
		}
	}

	data, err := os.ReadFile(fixture("no_feed_address.xml"))
	if err != nil {
		t.Fatal(err)
	}
	both, errs := LoadAll(context.Background(), []Source{Remote(wireURL, data), Remote("https://other.example.com/rss", data)})
	if len(both) != 4 || len(errs) > 0 {
		t.Errorf("the same addressless feed at two URLs: %d stories (want 4), errors %v", len(both), errs)
	}
}

// TestRemoteResolvesRelativeLinks: a link the feed leaves relative
// resolves against the feed's own link when it has one, else against the
// URL; a feed's absolute xml:base still wins over the URL.
func TestRemoteResolvesRelativeLinks(t *testing.T) {
	tests := []struct {
		fixture, title, link, bodyLink string
	}{
		// The channel link "/harbour/" resolves against the URL, the item
		// link against it, the body's link against the item's.
		{"relative_links.xml", "Ferry timetable changes",
			"https://wire.example.net/harbour/ferries/timetable", "https://wire.example.net/harbour/ferries/maps/pier.html"},
		{"relative_links.xml", "Harbour wall repaired", "https://wire.example.net/harbour/wall", ""},
		// No channel link: the URL itself.
		{"no_feed_address.xml", "Short guid, relative link",
			"https://wire.example.net/feeds/stories/42.html", "https://wire.example.net/feeds/docs/report.pdf"},
		// xml:base names another site: the URL is not used.
		{"atom_xhtml.atom", "Glaciers retreat faster",
			"https://atom.example.org/blog/posts/2024/glaciers.html", "https://atom.example.org/blog/posts/2024/img/ice.png"},
		// A JSON Feed's home page resolves its relative body link.
		{"jsonfeed11.json", "HTML content", "", "https://eleven.example.com/rel"},
	}
	for _, tt := range tests {
		stories, errs := loadRemote(t, wireURL, tt.fixture)
		if len(errs) > 0 {
			t.Fatalf("%s: errors %v", tt.fixture, errs)
		}
		s := storyTitled(t, stories, tt.title)
		if s.Link() != tt.link {
			t.Errorf("%q: link %q, want %q", tt.title, s.Link(), tt.link)
		}
		if tt.bodyLink != "" && !strings.Contains(s.Body.Markdown(), "("+tt.bodyLink+")") {
			t.Errorf("%q: body %q lacks a link to %s", tt.title, s.Body.Markdown(), tt.bodyLink)
		}
	}

	// Read from a file, the same feed has no address to resolve against.
	local, _ := loadFixtures(t, "relative_links.xml")
	if s := storyTitled(t, local, "Harbour wall repaired"); s.Link() != "" {
		t.Errorf("file: link %q, want none", s.Link())
	}
}

// TestRemoteHTMLPageIsRefused: a web page is named by its URL, and the
// error says what to do instead.
func TestRemoteHTMLPageIsRefused(t *testing.T) {
	const page = "https://news.example.com/world/"
	stories, errs := loadRemote(t, page, "not_a_feed.html")
	want := page + `: not a feed (it is a web page); subscribe to the address of the feed it links to, or run "dateline add ` + page + `", which finds it`
	if len(stories) > 0 || len(errs) != 1 || errs[0].Error() != want || !errors.Is(errs[0], ErrNotFeed) {
		t.Errorf("%d stories, errors %v, want %q", len(stories), errs, want)
	}
	data, err := os.ReadFile(fixture("not_a_feed.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !IsHTMLPage(data) {
		t.Error("IsHTMLPage disagrees with the loader")
	}
}

// TestRemoteIsNamedByItsURL: batches and errors name the URL, escaped like
// a path and with a password hidden; a feed with no title is the stories'
// source under its host and path.
func TestRemoteIsNamedByItsURL(t *testing.T) {
	data, err := os.ReadFile(fixture("truncated.xml"))
	if err != nil {
		t.Fatal(err)
	}
	batches := collect(t, context.Background(), []Source{Remote(wireURL, data)}, 100)
	stories, errs := storiesOf(batches)
	if len(stories) != 2 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), wireURL+": XML syntax error on line 5") {
		t.Errorf("%d stories, errors %v", len(stories), errs)
	}
	for _, b := range batches {
		if b.From != model.Feed(wireURL) {
			t.Errorf("batch from %v, want %q", b.From, wireURL)
		}
	}

	const secret = "https://reader:s3cret@wire.example.net/feeds/all.xml"
	_, errs = LoadAll(context.Background(), []Source{Remote(secret, nil)})
	want := "https://reader:xxxxx@wire.example.net/feeds/all.xml: empty document; check that the address is an RSS, Atom or JSON Feed"
	if len(errs) != 1 || errs[0].Error() != want || Remote(secret, nil).Name() != "https://reader:xxxxx@wire.example.net/feeds/all.xml" {
		t.Errorf("errors %v, want %q; Name() %q", errs, want, Remote(secret, nil).Name())
	}

	if got, want := Remote("https://wire.example.net/\x1b]52;c;aGk=\a\u202e", nil).Name(), `https://wire.example.net/\x1b]52;c;aGk=\a\u202e`; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}

	untitled := []byte(`<rss><channel><item><title>Untitled feed</title></item></channel></rss>`)
	stories, errs = LoadAll(context.Background(), []Source{Remote("https://wire.example.net/feeds/all.xml?key=1#top", untitled)})
	if len(stories) != 1 || len(errs) > 0 {
		t.Fatalf("%d stories, errors %v", len(stories), errs)
	}
	if stories[0].Source != "wire.example.net/feeds/all.xml" {
		t.Errorf("source %q, want the host and path", stories[0].Source)
	}
}

// TestRemoteOverTheLimitIsRefused: a body over 64 MiB (a fetch.Fetcher with a
// larger MaxBytes) is refused as a file is, before it is read.
func TestRemoteOverTheLimitIsRefused(t *testing.T) {
	_, errs := LoadAll(context.Background(), []Source{Remote(wireURL, make([]byte, 80<<20))})
	want := wireURL + ": larger than the 64 MiB limit (80 MiB); split the feed"
	if len(errs) != 1 || errs[0].Error() != want || !errors.Is(errs[0], ErrTooLarge) {
		t.Errorf("errors %v, want %q", errs, want)
	}
}
