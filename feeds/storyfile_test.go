package feeds

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// storyFixtures: story files (Markdown with YAML front matter), given one
// at a time as paths.
var storyFixtures = []struct {
	file    string
	stories int
	err     string
	check   func(t *testing.T, s *model.Story)
}{
	// Every key; "YYYY-MM-DD HH:MM"; a dateline alone in the first
	// paragraph (the summary is the next one); an unknown key ignored.
	{"story_valid.md", 1, "", func(t *testing.T, s *model.Story) {
		if s.Title != "Seoul urges Beijing to send North Koreans to the South" || s.Source != "Anadolu Agency" ||
			s.Author() != "Alperen Aktas" || s.Section != "Politics" || strings.Join(s.Tags(), "|") != "refugees|diplomacy" ||
			s.Dateline() != "ISTANBUL" || s.Link() != "https://aa.example.com.tr/seoul-urges-beijing" ||
			!s.Published.Equal(time.Date(2023, 8, 16, 14, 5, 0, 0, time.UTC)) ||
			s.Summary() != `South Korea on Wednesday urged Beijing to "cooperate" by not sending back North Koreans.` {
			t.Errorf("got %+v", *s)
		}
		if !s.Regions.Has(model.AsiaPacific) || s.RegionsInferred {
			t.Errorf("regions %v inferred %v", s.Regions.Names(), s.RegionsInferred)
		}
		// Countries from the headline, though the region is declared.
		if got := s.Countries.String(); got != "KR,CN,KP" {
			t.Errorf("countries %q, want KR,CN,KP", got)
		}
		if md := s.Body.Markdown(); !strings.HasPrefix(md, "ISTANBUL\n\nSouth Korea") || !strings.Contains(md, "*refugees*") {
			t.Errorf("body %q", md)
		}
	}},
	// A list of regions; RFC 3339; a section word among the tags; the
	// source defaults to the folder's name.
	{"story_list_region.md", 1, "", func(t *testing.T, s *model.Story) {
		if !s.Regions.Has(model.Europe) || !s.Regions.Has(model.Africa) || s.Section != "Economy" ||
			strings.Join(s.Tags(), "|") != "trade" || s.Source != "feeds" || s.Dateline() != "BRUSSELS" {
			t.Errorf("got %+v", *s)
		}
	}},
	// Countries declared, by code and by name (an unknown one dropped),
	// win over the headline's; the region follows from them.
	{"story_countries.md", 1, "", func(t *testing.T, s *model.Story) {
		if got := s.Countries.String(); got != "KR,JP" || s.Regions != model.RegionSet(0).Add(model.AsiaPacific) || s.RegionsInferred {
			t.Errorf("countries %q regions %v inferred %v, want KR,JP in Asia - Pacific, declared", got, s.Regions.Names(), s.RegionsInferred)
		}
	}},
	// YAML errors name the file and the line in the file.
	{"story_invalid_yaml.md", 0, "story_invalid_yaml.md: line 3: invalid YAML front matter: mapping values are not allowed", nil},
	{"story_unclosed.md", 0, `story_unclosed.md: line 1: front matter is not closed; end it with a line "---"`, nil},
	// Markdown without front matter, given on its own, is refused.
	{"story_no_front_matter.md", 0, "story_no_front_matter.md: not a story file (no YAML front matter", nil},
}

func TestStoryFileFixtures(t *testing.T) {
	for _, tt := range storyFixtures {
		t.Run(tt.file, func(t *testing.T) {
			stories, errs := loadFixtures(t, tt.file)
			if len(stories) != tt.stories {
				t.Fatalf("%d stories, want %d (errors %v)", len(stories), tt.stories, errs)
			}
			switch {
			case tt.err == "" && len(errs) > 0:
				t.Errorf("errors %v", errs)
			case tt.err != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.err)):
				t.Errorf("errors %v, want one containing %q", errs, tt.err)
			}
			if tt.check != nil {
				tt.check(t, stories[0])
			}
		})
	}
}

func TestStoryFileForms(t *testing.T) {
	tests := []struct {
		name, doc string
		check     func(t *testing.T, s *model.Story)
	}{
		{"title from the first heading, region as a comma list, guid",
			"---\nregion: Europe, Middle East\nguid: 17\n---\n\n# The heading\n\nText.\n",
			func(t *testing.T, s *model.Story) {
				if s.Title != "The heading" || !s.Regions.Has(model.Europe) || !s.Regions.Has(model.MiddleEast) || s.GUID() != "17" {
					t.Errorf("got %+v", *s)
				}
			}},
		{"empty front matter, CRLF, blank lines before it",
			"\r\n---\r\n---\r\nJust text.\r\n",
			func(t *testing.T, s *model.Story) {
				if s.Title != "Just text." || s.Summary() != "Just text." || s.Body.Markdown() != "" {
					t.Errorf("title %q body %q", s.Title, s.Body.Markdown())
				}
			}},
		{"hostile front matter",
			"---\ntitle: \"a\\e]52;c;eA==\\a b\"\nauthor: \"\\u202eevil\"\ntags: [\"\\e[2Jx\"]\n---\nBody \x1b[31mred\n",
			func(t *testing.T, s *model.Story) {
				if s.Title != "a b" || s.Author() != "evil" || strings.Join(s.Tags(), "") != "x" || s.Summary() != "Body red" {
					t.Errorf("got %+v body %q", *s, s.Body.Markdown())
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, errs := loadBytes(t, "story.md", []byte(tt.doc))
			if len(stories) != 1 || len(errs) > 0 {
				t.Fatalf("%d stories, errors %v", len(stories), errs)
			}
			tt.check(t, stories[0])
		})
	}
}

// FuzzStoryFile: any bytes read as a story file give a safe story or an
// error, never a panic.
func FuzzStoryFile(f *testing.F) {
	for _, name := range []string{"story_valid.md", "story_list_region.md", "story_invalid_yaml.md", "story_unclosed.md"} {
		data, err := os.ReadFile(fixture(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, "fuzz.md", data)
	})
}
