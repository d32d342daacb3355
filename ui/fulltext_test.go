package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// withFullText is newTestApp with a library whose full-text index finds
// the stories whose bodies (here: their IDs' entries in bodies) have every
// word, and records what it was asked.
func withFullText(t *testing.T, bodies map[string]string, asked *[]string) App {
	t.Helper()
	a := newTestApp(t, 100, 30, sampleStories())
	a.opts.FullText = func(_ context.Context, words, phrases []string) ([]string, bool, error) {
		*asked = append(*asked, strings.Join(append(words, phrases...), "+"))
		var ids []string
		for id, body := range bodies {
			if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(body, w) }) {
				ids = append(ids, id)
			}
		}
		if slices.Contains(words, "fail") {
			return nil, false, errors.New("disk I/O error")
		}
		return ids, false, nil
	}
	return a
}

// answer is the library's answer to a query without OR: ids.
func answer(t *testing.T, query string, ids ...string) FullTextFound {
	t.Helper()
	q, err := model.ParseSearch(query)
	if err != nil {
		t.Fatal(err)
	}
	return FullTextFound{Query: query, Asked: q.TextQueries(), IDs: [][]string{ids}}
}

func TestFilterAddsStoriesFoundInTheirBodies(t *testing.T) {
	var asked []string
	a := withFullText(t, map[string]string{"s6": "the harbour of the comet", "s8": "lagos harbour"}, &asked)
	a = press(t, a, "/", "h", "a", "r", "b")
	// Nothing in the headlines or summaries says harbour: only bodies do.
	got := []string{}
	for _, seq := range a.list.view {
		got = append(got, a.stories.Story(seq).ID)
	}
	if !slices.Equal(got, []string{"s6", "s8"}) {
		t.Fatalf("/harb lists %v, want the two stories whose bodies say harbour", got)
	}
	if !strings.Contains(screenText(a), "2 matches") {
		t.Errorf("the count does not include the bodies' matches:\n%s", screenText(a))
	}
	// Two letters are matched in memory only; the library was asked for
	// the three- and four-letter prefixes.
	if !slices.Equal(asked, []string{"har", "harb"}) {
		t.Errorf("the library was asked %q", asked)
	}
	// The region still applies to what the bodies matched.
	a = press(t, a, "enter", "tab") // Africa
	if len(a.list.view) != 1 || a.stories.Story(a.list.view[0]).ID != "s8" {
		t.Errorf("Africa tab with /harb: %d stories", len(a.list.view))
	}
}

func TestStaleFullTextAnswersAreDropped(t *testing.T) {
	var asked []string
	a := withFullText(t, map[string]string{"s6": "harbour"}, &asked)
	a = press(t, a, "/", "k", "e", "n")
	a = send(t, a, answer(t, "harb", "s6"))
	if len(a.list.view) != 1 || a.stories.Story(a.list.view[0]).ID != "s2" {
		t.Errorf("an answer for another query changed the list: %d stories", len(a.list.view))
	}
	// The pause that ended is for "ke", typed on since: the library is not
	// asked again (for "ke" or for the query now typed, "ken").
	if !slices.Equal(asked, []string{"ken"}) {
		t.Fatalf("typing ken asked the library %q, want once for ken", asked)
	}
	a = send(t, a, FullTextDue{Query: "ke"})
	if !slices.Equal(asked, []string{"ken"}) {
		t.Errorf("a pause for an old query asked the library: %q", asked)
	}
}

func TestFullTextFailureKeepsTheListAndSaysSo(t *testing.T) {
	var asked []string
	a := withFullText(t, nil, &asked)
	a = press(t, a, "/", "f", "a", "i", "l")
	if !strings.Contains(screenText(a), "full text failed") {
		t.Errorf("no word of the failure:\n%s", screenText(a))
	}
}

func TestAnAnswerFromAnIndexStillBuildingIsAskedAgain(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	calls := 0
	a.opts.FullText = func(context.Context, []string, []string) ([]string, bool, error) {
		calls++
		if calls == 1 {
			return nil, true, nil // the comet story's body is not indexed yet
		}
		return []string{"s6"}, false, nil
	}
	// The first answer says the index is still building: the footer says
	// so, and the same query is asked again a second later (on the test's
	// clock, which fires at once), which completes it.
	m, _ := a.Update(FullTextFound{Query: "", Partial: true})
	a = m.(App)
	clock := &testClock{}
	a.tick = clock.tick
	a = press(t, a, "/", "c", "o", "m")
	if calls != 2 || strings.Contains(screenText(a), "(indexing…)") || a.list.textPartial {
		t.Errorf("asked %d times, partial %v; screen:\n%s", calls, a.list.textPartial, screenText(a))
	}
	// The selection's rest (for rendering it ahead) is timed too: leave it out.
	pauses := slices.DeleteFunc(slices.Clone(clock.pauses), func(d time.Duration) bool { return d == restPause })
	if want := []time.Duration{fullTextPause, fullTextAgain}; !slices.Equal(pauses, want) {
		t.Errorf("timers %v, want the typing pause then the wait for the index, %v", pauses, want)
	}
	found := answer(t, "com", "s6")
	found.Partial = true
	m, _ = a.Update(found)
	if a = m.(App); !strings.Contains(screenText(a), "(indexing…)") {
		t.Errorf("a partial answer is not marked:\n%s", screenText(a))
	}
}
