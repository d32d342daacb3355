package ui

import (
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// listed is the IDs of the stories in the list, top to bottom.
func listed(a App) []string {
	var ids []string
	for _, seq := range a.list.view {
		ids = append(ids, a.stories.Story(seq).ID)
	}
	return ids
}

func TestFilterWithORListsEitherAndKeepsTheLastWhileUnfinished(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	a = press(t, a, "/")
	a = send(t, a, tea.PasteMsg{Content: "kenya"})
	a = send(t, a, tea.PasteMsg{Content: " OR"})
	screen := screenText(a)
	if !strings.Contains(screen, `col 7: OR with nothing after it: add a term, or quote "or" to find the word`) {
		t.Errorf("no advice for the unfinished OR:\n%s", screen)
	}
	if got := listed(a); !slices.Equal(got, []string{"s2"}) {
		t.Errorf("while the OR is unfinished the list shows %v, want the last query's (kenya)", got)
	}
	a = press(t, a, " ", "l", "a", "g")
	if got := listed(a); !slices.Equal(got, []string{"s2", "s8"}) {
		t.Errorf("kenya OR lag lists %v, want s2 and s8", got)
	}
	a = press(t, a, "enter")
	if !strings.Contains(screenText(a), "2/10 · filter: kenya OR lag") {
		t.Errorf("no count for the OR query:\n%s", screenText(a))
	}
	// Lower-case or is a word, as it always was.
	a = press(t, a, "esc", "/")
	a = send(t, a, tea.PasteMsg{Content: "kenya or lagos"})
	if got := listed(a); len(got) != 0 || a.list.query.String() != "kenya or lagos" {
		t.Errorf("kenya or lagos (the word or) lists %v", got)
	}
	// Groups, and OR binding looser than the words side by side.
	for query, want := range map[string][]string{
		"(kenya OR lagos) region:africa": {"s2", "s8"},
		"(kenya OR tokyo) region:africa": {"s2"},
		"kenya rail OR tokyo":            {"s2", "s7"},
		"kenya (rail OR tokyo)":          {"s2"},
		"eu -fisheries OR comet":         {"s4", "s6"},
	} {
		a = press(t, a, "esc", "/")
		a = send(t, a, tea.PasteMsg{Content: query})
		if got := listed(a); !slices.Equal(got, want) {
			t.Errorf("%s lists %v, want %v", query, got, want)
		}
	}
}

// TestFilterWithORFindsBodiesForEachAlternative: the library is asked once
// per alternative with a word worth asking, and what it finds for one
// alternative must still meet that alternative's other terms.
func TestFilterWithORFindsBodiesForEachAlternative(t *testing.T) {
	var asked []string
	a := withFullText(t, map[string]string{"s6": "the harbour of the comet", "s8": "lagos harbour", "s9": "a comet"}, &asked)
	a = press(t, a, "/")
	a = send(t, a, tea.PasteMsg{Content: "(harb region:africa) OR tokyo OR (comet region:americas)"})
	if got := listed(a); !slices.Equal(got, []string{"s7", "s8", "s9"}) {
		t.Errorf("lists %v, want s7 (tokyo), s8 (harbour, in Africa) and s9 (comet, in the Americas)", got)
	}
	if !slices.Equal(asked, []string{"harb", "tokyo", "comet"}) {
		t.Errorf("the library was asked %q, want once per alternative", asked)
	}
}

func TestFilterRelativeDatesInTheUsersDay(t *testing.T) {
	// testNow is 12:00 UTC on 27 November; the stories are 1 to 10 hours old.
	a := newTestApp(t, 80, 24, sampleStories())
	a = press(t, a, "/")
	a = send(t, a, tea.PasteMsg{Content: "after:3h"})
	if got := listed(a); !slices.Equal(got, []string{"s1", "s2", "s3"}) {
		t.Errorf("after:3h lists %v, want the three stories of the last three hours", got)
	}
	a = press(t, a, "esc", "/")
	a = send(t, a, tea.PasteMsg{Content: "before:today"})
	if got := listed(a); len(got) != 0 {
		t.Errorf("before:today in UTC lists %v: every story is from today", got)
	}
	// In a zone 13 hours ahead it is 01:00 on the 28th: today began at
	// 11:00 UTC, when s1 was published; s2 to s10 are from yesterday.
	auckland := time.FixedZone("NZDT", 13*3600)
	a = newTestAppWith(t, 80, 24, sampleStories(), func(o *Options) { o.Location = auckland })
	a = press(t, a, "/")
	a = send(t, a, tea.PasteMsg{Content: "before:today"})
	if got := listed(a); len(got) != 9 || got[0] != "s2" {
		t.Errorf("before:today at 01:00 in the user's zone lists %v, want s2 to s10", got)
	}
	a = press(t, a, "esc", "/")
	a = send(t, a, tea.PasteMsg{Content: "after:yesterday"})
	if got := listed(a); len(got) != 10 {
		t.Errorf("after:yesterday lists %v, want all ten", got)
	}
	a = press(t, a, "esc", "/")
	a = send(t, a, tea.PasteMsg{Content: "after:3x"})
	if screen := screenText(a); !strings.Contains(screen, `col 7: bad date "3x": a span is in h, d or w (24h, 7d, 2w)`) {
		t.Errorf("no advice for after:3x:\n%s", screen)
	}
}

// TestSavedSearchWithARelativeDateMovesWithTheClock: a saved search's
// after:2h is two hours before the time the list is drawn, not before the
// time the config was read.
func TestSavedSearchWithARelativeDateMovesWithTheClock(t *testing.T) {
	q, err := model.ParseSearch("after:2h")
	if err != nil {
		t.Fatal(err)
	}
	now := testNow
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) {
		o.Searches = []SavedSearch{{Name: "Recent", Query: q}}
		o.Now = func() time.Time { return now }
	})
	count := func(a App) int {
		for _, tab := range a.list.tabs {
			if tab.name == "Recent" {
				return tab.count
			}
		}
		t.Fatal("no Recent tab")
		return 0
	}
	if n := count(a); n != 2 {
		t.Fatalf("Recent counts %d, want 2 (s1, s2)", n)
	}
	now = testNow.Add(30 * time.Minute)
	a = press(t, a, "shift+tab") // to the saved search's tab: the list is drawn again
	if n := count(a); n != 1 || !slices.Equal(listed(a), []string{"s1"}) {
		t.Errorf("30 minutes later Recent counts %d and lists %v, want 1 (s1)", n, listed(a))
	}
}

// TestAFilterLeftOnMovesWithTheClock: a kept filter's after:2h is read
// again whenever the list is drawn.
func TestAFilterLeftOnMovesWithTheClock(t *testing.T) {
	now := testNow
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) { o.Now = func() time.Time { return now } })
	a = press(t, a, "/")
	a = send(t, a, tea.PasteMsg{Content: "after:2h"})
	a = press(t, a, "enter")
	if got := listed(a); !slices.Equal(got, []string{"s1", "s2"}) {
		t.Fatalf("after:2h lists %v", got)
	}
	now = testNow.Add(30 * time.Minute)
	a = press(t, a, "tab", "shift+tab")
	if got := listed(a); !slices.Equal(got, []string{"s1"}) {
		t.Errorf("30 minutes later after:2h lists %v, want s1", got)
	}
}

// TestREADMEQueryExamples holds the README's query language section to
// the parser: every term in its table parses, and the error it quotes is
// the one the parser gives.
func TestREADMEQueryExamples(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	start := strings.Index(readme, "## Filtering and the query language")
	end := strings.Index(readme[start+1:], "\n## ") + start + 1
	if start < 0 || end <= start {
		t.Fatal("no query language section in the README")
	}
	section := readme[start:end]
	code := regexp.MustCompile("`([^`]+)`")
	n := 0
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, " | ")
		if !strings.HasPrefix(line, "| `") || len(cells) < 2 {
			continue
		}
		for _, m := range code.FindAllStringSubmatch(cells[0], -1) {
			if _, err := model.ParseSearchAt(m[1], testNow, time.UTC); err != nil {
				t.Errorf("the README's %s: %v", m[0], err)
			}
			n++
		}
	}
	if n < 15 {
		t.Errorf("only %d terms in the README's table", n)
	}
	_, err = model.ParseSearch("tariff OR")
	var se *model.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("tariff OR: %v", err)
	}
	flat := strings.Join(strings.Fields(section), " ")
	if want := "`tariff OR` says `" + se.Error() + "`"; !strings.Contains(flat, want) {
		t.Errorf("the README should quote %s", want)
	}
}

// TestSavedSearchTabsLeaveTheOtherTabsAlone: showing a saved search's tab
// without a filter once narrowed the collection's own order in place, so
// that All then listed one story many times.
func TestSavedSearchTabsLeaveTheOtherTabsAlone(t *testing.T) {
	seoul, err := model.ParseSearch("seoul")
	if err != nil {
		t.Fatal(err)
	}
	kenya, err := model.ParseSearch("kenya OR lagos")
	if err != nil {
		t.Fatal(err)
	}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) {
		o.Searches = []SavedSearch{{Name: "Seoul", Query: seoul}, {Name: "Kenya", Query: kenya}}
	})
	all := listed(a)
	a = press(t, a, "shift+tab")
	if got := listed(a); !slices.Equal(got, []string{"s2", "s8"}) {
		t.Errorf("the Kenya tab lists %v", got)
	}
	a = press(t, a, "shift+tab")
	if got := listed(a); !slices.Equal(got, []string{"s1"}) {
		t.Errorf("the Seoul tab lists %v", got)
	}
	a = press(t, a, "tab", "tab")
	if got := listed(a); !slices.Equal(got, all) {
		t.Errorf("All lists %v after the saved searches' tabs, want %v", got, all)
	}
}
