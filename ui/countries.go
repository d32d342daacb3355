package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// The countries screen (c on the list): the countries the stories of the
// list's tab are about, with how many are about each, most first. enter
// narrows the tab to the one selected (the tab bar says so, and esc on
// the list clears it, as it clears the filter); esc goes back.

// countryCount is a row of the countries screen.
type countryCount struct {
	country model.Country
	stories int
}

// countCountries counts the stories of view about each country, most
// first, ties by code.
func countCountries(c *model.Collection, view []int32) []countryCount {
	counts := map[model.Country]int{}
	for _, seq := range view {
		for country := range c.Story(seq).Countries.All() {
			counts[country]++
		}
	}
	rows := make([]countryCount, 0, len(counts))
	for country, n := range counts {
		rows = append(rows, countryCount{country, n})
	}
	slices.SortFunc(rows, func(a, b countryCount) int {
		if a.stories != b.stories {
			return cmp.Compare(b.stories, a.stories)
		}
		return cmp.Compare(a.country.String(), b.country.String())
	})
	return rows
}

// countryPicker is the countries screen: its rows, the selected one and
// the first one shown.
type countryPicker struct {
	rows           []countryCount
	cursor, offset int
	// of is what the rows count: "All", a region's or a saved search's
	// name.
	of string
}

// newCountryPicker lists the countries of the stories in view, with the
// one the list is narrowed to (if any) selected.
func newCountryPicker(c *model.Collection, view []int32, current model.Country, of string) countryPicker {
	p := countryPicker{rows: countCountries(c, view), of: of}
	if i := slices.IndexFunc(p.rows, func(r countryCount) bool { return r.country == current }); i >= 0 {
		p.cursor = i
	}
	return p
}

// pickerChrome is the rows the countries screen spends outside its list:
// the title, two rules and the footer.
const pickerChrome = 4

// update handles a key on the countries screen.
func (p countryPicker) update(msg tea.KeyPressMsg, k *KeyMap, height int) (countryPicker, outcome) {
	page := max(1, height-pickerChrome)
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit), key.Matches(msg, k.Countries):
		return p, outcome{do: actBack}
	case key.Matches(msg, k.Help):
		return p, outcome{do: actHelp}
	case key.Matches(msg, k.Open):
		if p.cursor < len(p.rows) {
			return p, outcome{do: actPickCountry, country: p.rows[p.cursor].country}
		}
		return p, outcome{}
	case key.Matches(msg, k.Down):
		p.cursor++
	case key.Matches(msg, k.Up):
		p.cursor--
	case key.Matches(msg, k.PageDown):
		p.cursor += page
	case key.Matches(msg, k.PageUp):
		p.cursor -= page
	case key.Matches(msg, k.Top):
		p.cursor = 0
	case key.Matches(msg, k.Bottom):
		p.cursor = len(p.rows) - 1
	}
	p.cursor = max(0, min(p.cursor, len(p.rows)-1))
	return p.scrolled(page), outcome{}
}

// scrolled keeps the selected row among the page rows shown.
func (p countryPicker) scrolled(page int) countryPicker {
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+page {
		p.offset = p.cursor - page + 1
	}
	p.offset = max(0, min(p.offset, len(p.rows)-page))
	return p
}

// draw draws the countries screen.
func (p countryPicker) draw(e env, footer func(string) string) string {
	st := e.styles
	page := max(1, e.height-pickerChrome)
	p = p.scrolled(page)
	var b strings.Builder
	b.WriteString(st.App.Title.Render("Countries"))
	b.WriteString("  ")
	b.WriteString(st.App.Subtle.Render(ansi.Truncate(fmt.Sprintf("of the stories in %s · %s: narrow the list to one", p.of, keyOf(e.keys.Open)), max(0, e.width-12), "…")))
	b.WriteString("\n")
	b.WriteString(rule(e))
	b.WriteString("\n")
	numWidth, nameWidth := 1, 0
	if len(p.rows) > 0 {
		numWidth = len(fmt.Sprint(p.rows[0].stories))
	}
	for _, r := range p.rows {
		nameWidth = max(nameWidth, ansi.StringWidth(r.country.Name()))
	}
	nameWidth = max(5, min(nameWidth, e.width-numWidth-10))
	for i := range page {
		r := p.offset + i
		switch {
		case r < len(p.rows):
			row := p.rows[r]
			name := padRight(fit(row.country.Name(), nameWidth), nameWidth)
			line := fmt.Sprintf("%s  %s  %*d", row.country, name, numWidth, row.stories)
			if r == p.cursor {
				b.WriteString(st.List.Selected.Render("▸ " + line))
			} else {
				b.WriteString("  " + line)
			}
		case r == 0:
			b.WriteString(st.List.Empty.Render(" No story here names a country."))
		}
		b.WriteString("\n")
	}
	b.WriteString(rule(e))
	b.WriteString("\n")
	return b.String() + footer("")
}
