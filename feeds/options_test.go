package feeds

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dateline-news/dateline/model"
)

// optioned is what Options may change in a story, as a test states it:
// tags and region names joined by "|", regions "" for Other.
type optioned struct {
	source, section, tags, regions string
	inferred                       bool
}

func optionedOf(s *model.Story) optioned {
	return optioned{
		source:   s.Source,
		section:  s.Section,
		tags:     strings.Join(s.Tags(), "|"),
		regions:  strings.Join(s.Regions.Names(), "|"),
		inferred: s.RegionsInferred,
	}
}

// TestOptions: a subscription's options over every format. The feed's
// title, categories and inferred places give way to them; what a story
// file declares of itself does not.
func TestOptions(t *testing.T) {
	all := Options{Name: "Planet Desk", Region: model.Europe, HasRegion: true, Section: "business", Tags: []string{"ports", "Shipping"}}
	tests := []struct {
		name    string
		fixture string
		opts    Options
		want    map[string]optioned // by title
	}{
		{"RSS without options", "rss20.xml", Options{}, map[string]optioned{
			"Lagos port expansion approved":   {"Daily Planet World", "World", "Africa|Ports", "Africa", false},
			"Chip makers report record sales": {"Daily Planet World", "Technology", "", "Americas", true},
		}},
		{"RSS: category and inferred regions give way; own sections stay", "rss20.xml", all, map[string]optioned{
			"Lagos port expansion approved":   {"Planet Desk", "World", "Africa|Ports|Shipping", "Europe", false},
			"Chip makers report record sales": {"Planet Desk", "Technology", "ports|Shipping", "Europe", false},
		}},
		{"RSS: region Other is no region, not a guess", "rss20.xml", Options{Region: model.Other, HasRegion: true}, map[string]optioned{
			"Lagos port expansion approved":   {"Daily Planet World", "World", "Africa|Ports", "", false},
			"Chip makers report record sales": {"Daily Planet World", "Technology", "", "", false},
		}},
		{"Atom: a label's section stays, tags merge case-insensitively", "atom_html.xml",
			Options{Name: "Html Desk", Region: model.AsiaPacific, HasRegion: true, Section: "Economy", Tags: []string{"brazil", "Elections"}},
			map[string]optioned{
				"Election results are in": {"Html Desk", "Politics", "Brazil|Elections", "Asia - Pacific", false},
			}},
		{"JSON Feed: the section only where none is named, spelled as a category's", "jsonfeed10.json", Options{Section: "tech"}, map[string]optioned{
			"Plain text only":         {"JSON One", "Health", "Europe", "Europe", false},
			"Numeric id, feed author": {"JSON One", "Technology", "", "", false},
		}},
		{"JSON Feed: a region tag gives way to the override but stays a tag", "jsonfeed10.json", Options{Region: model.Americas, HasRegion: true}, map[string]optioned{
			"Plain text only":         {"JSON One", "Health", "Europe", "Americas", false},
			"Numeric id, feed author": {"JSON One", "", "", "Americas", false},
		}},
		{"story file: its own source, section and region win", "story_valid.md",
			Options{Name: "Wire", Region: model.Europe, HasRegion: true, Section: "Sports", Tags: []string{"Diplomacy", "Korea"}},
			map[string]optioned{
				"Seoul urges Beijing to send North Koreans to the South": {"Anadolu Agency", "Politics", "refugees|diplomacy|Korea", "Asia - Pacific", false},
			}},
		{"story file with a list of regions: they win", "story_list_region.md", Options{Region: model.MiddleEast, HasRegion: true}, map[string]optioned{
			"Trade pact spans two continents": {"feeds", "Economy", "trade", "Africa|Europe", false},
		}},
		{"story file without options: region inferred", "story_no_region.md", Options{}, map[string]optioned{
			"Nairobi commuters welcome the new rail line": {"feeds", "", "Transport|commuting", "Africa", true},
		}},
		{"story file without a region: the options fill it in", "story_no_region.md",
			Options{Name: "Wire", Region: model.Europe, HasRegion: true, Section: "Sports", Tags: []string{"transport", "Rail"}},
			map[string]optioned{
				"Nairobi commuters welcome the new rail line": {"Wire", "Sports", "Transport|commuting|Rail", "Europe", false},
			}},
		{"a tag naming a region is only a tag", "story_no_region.md", Options{Tags: []string{"Europe", "Politics"}}, map[string]optioned{
			"Nairobi commuters welcome the new rail line": {"feeds", "", "Transport|commuting|Europe|Politics", "Africa", true},
		}},
		{"hostile option strings are sanitised", "story_no_region.md",
			Options{
				Name:    "\x1b]52;c;aGk=\aEvil\u202e  Wire\n",
				Section: "\x1b[31mLocal\x1b[0m\t",
				Tags:    []string{"\x1b[2J", "news\x00", "NEWS", " \u202eright\u202c", "\u009b31mred"},
			},
			map[string]optioned{
				"Nairobi commuters welcome the new rail line": {"Evil Wire", "Local", "Transport|commuting|news|right|red", "Africa", true},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, errs := LoadAll(context.Background(), []Source{Path(fixture(tt.fixture)).With(tt.opts)})
			checkStories(t, stories)
			if len(errs) > 0 || len(stories) != len(tt.want) {
				t.Fatalf("%d stories, want %d; errors %v", len(stories), len(tt.want), errs)
			}
			for _, s := range stories {
				want, ok := tt.want[s.Title]
				if !ok {
					t.Errorf("unexpected story %q", s.Title)
					continue
				}
				if got := optionedOf(s); got != want {
					t.Errorf("%q:\n got  %+v\n want %+v", s.Title, got, want)
				}
			}
		})
	}
}

// TestOptionsLeaveIDsAlone: a story is the same story whatever a
// subscription calls it, so that its read mark and star survive a change
// to the config.
func TestOptionsLeaveIDsAlone(t *testing.T) {
	opts := Options{Name: "N", Region: model.Africa, HasRegion: true, Section: "S", Tags: []string{"t"}}
	for _, name := range []string{"rss20.xml", "atom_xhtml.atom", "jsonfeed10.json", "dup_guid.xml", "story_no_region.md", "no_feed_address.xml"} {
		plain, _ := LoadAll(context.Background(), []Source{Path(fixture(name))})
		with, _ := LoadAll(context.Background(), []Source{Path(fixture(name)).With(opts)})
		if !slices.Equal(idsOf(plain), idsOf(with)) {
			t.Errorf("%s: IDs %q, with options %q", name, idsOf(plain), idsOf(with))
		}
	}
}

func idsOf(stories []*model.Story) []string {
	var ids []string
	for _, s := range stories {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestOptionsApplyToEveryKindOfSource: a file, a folder (feeds and story
// files), standard input, the bundled sample and a remote feed.
func TestOptionsApplyToEveryKindOfSource(t *testing.T) {
	rss, err := os.ReadFile(fixture("rss20.xml"))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Name: "Desk", Region: model.MiddleEast, HasRegion: true, Section: "Opinion", Tags: []string{"mine"}}
	sources := []struct {
		name    string
		src     Source
		stories int
	}{
		{"file", Path(fixture("rss20.xml")), 2},
		{"folder", Path(fixture("folder")), 8},
		{"stdin", Stdin(strings.NewReader(string(rss))), 2},
		{"bundled", Bundled(fstest.MapFS{"world.xml": {Data: rss}, "local/a.md": {Data: []byte("---\ntitle: Local\n---\nx\n")}}), 3},
		{"remote", Remote("https://planet.example.com/world/feed.xml", rss), 2},
	}
	for _, tc := range sources {
		t.Run(tc.name, func(t *testing.T) {
			stories, _ := LoadAll(context.Background(), []Source{tc.src.With(opts)})
			checkStories(t, stories)
			if len(stories) != tc.stories {
				t.Fatalf("%d stories, want %d", len(stories), tc.stories)
			}
			for _, s := range stories {
				if s.Source != "Desk" && s.Source != "Wire Service" { // a story file naming its own source keeps it
					t.Errorf("%q: source %q", s.Title, s.Source)
				}
				if s.Regions != model.RegionSet(0).Add(model.MiddleEast) || s.RegionsInferred {
					t.Errorf("%q: regions %v, inferred %v", s.Title, s.Regions.Names(), s.RegionsInferred)
				}
				if s.Section == "" || !slices.Contains(s.Tags(), "mine") {
					t.Errorf("%q: section %q, tags %q", s.Title, s.Section, s.Tags())
				}
			}
		})
	}
}

// TestWithReplacesAndCopies: a second With replaces the first, and the
// options are the source's own copy, not the caller's slice.
func TestWithReplacesAndCopies(t *testing.T) {
	tags := []string{"first"}
	src := Path(fixture("jsonfeed10.json")).With(Options{Name: "Old", Tags: []string{"old"}}).With(Options{Tags: tags})
	tags[0] = "changed"
	stories, errs := LoadAll(context.Background(), []Source{src})
	if len(errs) > 0 || len(stories) != 2 {
		t.Fatalf("%d stories, errors %v", len(stories), errs)
	}
	for _, s := range stories {
		if s.Source != "JSON One" || !slices.Contains(s.Tags(), "first") || slices.Contains(s.Tags(), "old") || slices.Contains(s.Tags(), "changed") {
			t.Errorf("%q: source %q, tags %q", s.Title, s.Source, s.Tags())
		}
	}
	if src.Name() != fixture("jsonfeed10.json") {
		t.Errorf("Name() = %q: options do not rename the source in messages", src.Name())
	}
}
