package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dateline-news/dateline/model"
)

// countryStories are sampleStories and two more about Korea, each with
// the countries its headline names: South Korea in three, Japan in two,
// the rest in one or none.
func countryStories() []*model.Story {
	stories := append(sampleStories(),
		story("s11", "Seoul and Tokyo hold talks on chips", 11*time.Hour, model.AsiaPacific),
		story("s12", "Korean exports rise for a fifth month", 12*time.Hour, model.AsiaPacific),
	)
	for _, s := range stories {
		s.Countries = model.InferCountries(s.Title)
	}
	return stories
}

func titles(a App) []string {
	var out []string
	for _, seq := range a.list.view {
		out = append(out, a.stories.Story(seq).Title)
	}
	return out
}

func TestCountriesKeyListsTheTabsCountriesMostFirst(t *testing.T) {
	a := newTestApp(t, 80, 24, countryStories())
	a = press(t, a, "c")
	if a.screen != screenCountries {
		t.Fatalf("c opened screen %v, want the countries screen", a.screen)
	}
	var got []string
	for _, r := range a.picker.rows {
		got = append(got, fmt.Sprintf("%s %d", r.country, r.stories))
	}
	want := "KR 3, JP 2, AR 1, BE 1, BR 1, CA 1, CN 1, KE 1, NG 1, UG 1"
	if strings.Join(got, ", ") != want {
		t.Errorf("rows %s, want %s", strings.Join(got, ", "), want)
	}
	screen := screenText(a)
	// The footer says what enter does here: it narrows, it opens nothing.
	for _, line := range []string{"KR  South Korea", "JP  Japan", "of the stories in All", "enter narrow"} {
		if !strings.Contains(screen, line) {
			t.Errorf("the countries screen lacks %q:\n%s", line, screen)
		}
	}
	// On a region's tab, only that tab's stories count.
	b := press(t, newTestApp(t, 80, 24, countryStories()), "tab", "tab", "c") // Americas
	if len(b.picker.rows) != 3 || b.picker.rows[0].country.String() != "AR" || !strings.Contains(screenText(b), "of the stories in Americas") {
		t.Errorf("on the Americas tab the countries are %v:\n%s", b.picker.rows, screenText(b))
	}
}

func TestPickingACountryNarrowsTheListUntilEsc(t *testing.T) {
	a := newTestApp(t, 80, 24, countryStories())
	all := len(a.list.view)
	a = press(t, a, "c", "j", "enter") // Japan
	if a.screen != screenList || a.list.country.String() != "JP" {
		t.Fatalf("enter: screen %v, country %v; want the list narrowed to JP", a.screen, a.list.country)
	}
	if got := strings.Join(titles(a), " | "); got != "Tokyo markets rise on export data | Seoul and Tokyo hold talks on chips" {
		t.Errorf("narrowed to Japan the list shows %s", got)
	}
	bar := strings.SplitN(screenText(a), "\n", 2)[0]
	if !strings.HasSuffix(strings.TrimRight(bar, " "), "│ Japan JP") {
		t.Errorf("the tab bar should end with the country: %q", bar)
	}
	// Another tab keeps the country; the filter narrows further.
	b := press(t, a, "/", "c", "h", "i", "p", "enter")
	if got := strings.Join(titles(b), " | "); got != "Seoul and Tokyo hold talks on chips" {
		t.Errorf("Japan and the filter chip: %s", got)
	}
	// esc clears the filter first, then the country.
	b = press(t, b, "esc")
	if b.list.country == 0 || len(b.list.view) != 2 {
		t.Errorf("the first esc should clear the filter only: country %v, %d stories", b.list.country, len(b.list.view))
	}
	b = press(t, b, "esc")
	if b.list.country != 0 || len(b.list.view) != all {
		t.Errorf("the second esc should clear the country: country %v, %d stories of %d", b.list.country, len(b.list.view), all)
	}
	if bar := strings.SplitN(screenText(b), "\n", 2)[0]; strings.Contains(bar, "Japan") {
		t.Errorf("the tab bar still names the country: %q", bar)
	}
}

func TestCountriesScreenGoesBackWithoutNarrowing(t *testing.T) {
	a := newTestApp(t, 80, 24, countryStories())
	for _, k := range []string{"esc", "c", "q"} {
		b := press(t, a, "c", "j", k)
		if b.screen != screenList || b.list.country != 0 {
			t.Errorf("%s on the countries screen: screen %v, country %v; want the list, not narrowed", k, b.screen, b.list.country)
		}
	}
}

func TestNoCountryHereSaysSo(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories()) // no countries at all
	a = press(t, a, "c")
	if !strings.Contains(screenText(a), "No story here names a country.") {
		t.Errorf("the countries screen with none:\n%s", screenText(a))
	}
	if a = press(t, a, "enter"); a.screen != screenCountries || a.list.country != 0 {
		t.Errorf("enter with no rows: screen %v, country %v", a.screen, a.list.country)
	}
}

func TestNarrowedToACountryTheEmptyListSaysWhy(t *testing.T) {
	a := newTestApp(t, 80, 24, countryStories())
	a = press(t, a, "c", "enter", "/", "z", "z", "enter") // South Korea, then a filter nothing matches
	if screen := strings.Join(strings.Fields(screenText(a)), " "); !strings.Contains(screen, "No stories about South Korea match zz here. Press esc to clear the filter.") {
		t.Errorf("the empty list should say why:\n%s", screenText(a))
	}
}

// TestStoryHeaderNamesItsCountries: the kicker names the countries in
// English, or by code when the names do not fit.
func TestStoryHeaderNamesItsCountries(t *testing.T) {
	a := newTestApp(t, 80, 24, countryStories())
	a = press(t, a, "enter")
	if !strings.Contains(screenText(a), "WORLD · Asia - Pacific · South Korea, China") {
		t.Errorf("the story header:\n%s", screenText(a))
	}
	if got := countryNames(model.InferCountries("Seoul, Tokyo, Beijing and Canberra"), 20); got != "KR, JP, CN, AU" {
		t.Errorf("names too wide: %q, want the codes", got)
	}
}

// TestGoldenCountryScreens: the countries screen, the list narrowed to a
// country, and a story's header with its countries.
func TestGoldenCountryScreens(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"countries", []string{"c"}},
		{"countries-second", []string{"c", "j"}},
		{"list-country", []string{"c", "enter"}},
		{"story-countries", []string{"enter"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				a := newTestApp(t, size[0], size[1], countryStories())
				a = press(t, a, s.keys...)
				golden.RequireEqual(t, screenText(a))
			})
		}
	}
}

// TestCountryOptionStartsNarrowed: --country starts the list narrowed to
// the country, and esc clears it.
func TestCountryOptionStartsNarrowed(t *testing.T) {
	kr, _ := model.LookupCountry("KR")
	a := newTestAppWith(t, 120, 40, countryStories(), func(o *Options) { o.Country = kr })
	if len(a.list.view) != 3 || !strings.Contains(strings.SplitN(screenText(a), "\n", 2)[0], "South Korea KR") {
		t.Errorf("started with Country KR: %d stories, bar %q", len(a.list.view), strings.SplitN(screenText(a), "\n", 2)[0])
	}
	if a = press(t, a, "esc"); len(a.list.view) != 12 {
		t.Errorf("esc: %d stories, want all 12", len(a.list.view))
	}
}
