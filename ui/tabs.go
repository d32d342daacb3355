package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// tab is one entry of the region tab bar.
type tab struct {
	scope model.Scope
	// search is 1 + the index of the saved search the tab shows, 0 for a
	// region's tab.
	search int
	name   string // full display name
	short  string // name when the bar is tight
	count  int
	unread int
}

// shortNames are tab names for narrow terminals.
var shortNames = [...]string{
	model.Other:       "Other",
	model.Africa:      "Africa",
	model.Americas:    "Amer.",
	model.AsiaPacific: "APAC",
	model.Europe:      "Europe",
	model.MiddleEast:  "MidEast",
}

// SavedSearch is a query from the config file, shown as a tab after the
// regions. Its dates are read again, at Options.Now in Options.Location,
// whenever the list is drawn from the stories.
type SavedSearch struct {
	Name  string
	Query model.Search
}

// savedSearches are the saved searches with their dates read now, in the
// user's zone.
func (e env) savedSearches() []SavedSearch {
	if len(e.opts.Searches) == 0 {
		return nil
	}
	now := e.opts.Now()
	out := make([]SavedSearch, len(e.opts.Searches))
	for i, s := range e.opts.Searches {
		out[i] = SavedSearch{Name: s.Name, Query: s.Query.At(now, e.opts.Location)}
	}
	return out
}

// buildTabs lists "All", each region that has stories (alphabetical),
// "Other", then the saved searches, each with its counts. The current scope
// always keeps its tab, even while it is empty (a --region whose stories
// are still loading).
func buildTabs(c *model.Collection, current model.Scope, searches []SavedSearch) []tab {
	tabs := []tab{{scope: model.Everywhere(), name: "All", short: "All", count: c.Len(), unread: c.UnreadTotal()}}
	for _, r := range append(model.WorldRegions[:], model.Other) {
		s := model.In(r)
		if c.Count(r) == 0 && s != current {
			continue
		}
		tabs = append(tabs, tab{scope: s, name: r.String(), short: shortNames[r], count: c.Count(r), unread: c.Unread(r)})
	}
	for i, s := range searches {
		view := c.View(model.Everywhere(), s.Query, model.Only{})
		unread := 0
		for _, seq := range view {
			if !c.State(seq).Read {
				unread++
			}
		}
		tabs = append(tabs, tab{scope: model.Everywhere(), search: i + 1, name: s.Name, short: s.Name, count: len(view), unread: unread})
	}
	return tabs
}

// tabIndex finds the tab of the scope, or of the saved search (1 + its
// index) when search is not 0.
func tabIndex(tabs []tab, s model.Scope, search int) int {
	for i, t := range tabs {
		if t.search == search && (search != 0 || t.scope == s) {
			return i
		}
	}
	return 0
}

// renderTabs draws the bar in one line of width cells: full names if they
// fit, else short names, else a window of tabs around the active one.
func renderTabs(tabs []tab, active int, st Styles, width int) string {
	bar, _ := layoutTabs(tabs, active, st, width)
	return bar
}

// tabSpan is where a tab is drawn on the bar: cells [from, to).
type tabSpan struct{ tab, from, to int }

// layoutTabs is renderTabs, with where each tab shown was drawn (for the
// mouse).
func layoutTabs(tabs []tab, active int, st Styles, width int) (string, []tabSpan) {
	label := func(t tab, short bool) (plain, styled string) {
		name := t.name
		if short {
			name = t.short
		}
		// The count is "unread/total" once some are read, else the total.
		n := strconv.Itoa(t.count)
		if t.unread != t.count {
			n = strconv.Itoa(t.unread) + "/" + n
		}
		plain = name + " " + n
		if t == tabs[active] {
			return plain, st.Tabs.Active.Render(name) + " " + st.Tabs.ActiveCount.Render(n)
		}
		return plain, st.Tabs.Inactive.Render(name) + " " + st.Tabs.Count.Render(n)
	}
	sep := st.Tabs.Separator.Render(" │ ")
	for _, short := range []bool{false, true} {
		plains, styled := make([]string, len(tabs)), make([]string, len(tabs))
		total := 0
		for i, t := range tabs {
			plains[i], styled[i] = label(t, short)
			total += ansi.StringWidth(plains[i]) + 3
		}
		if total-3 <= width {
			var spans []tabSpan
			x := 0
			for i := range tabs {
				w := ansi.StringWidth(plains[i])
				spans = append(spans, tabSpan{tab: i, from: x, to: x + w})
				x += w + 3
			}
			return strings.Join(styled, sep), spans
		}
		if !short {
			continue
		}
		// Still too wide: show the tabs from the active one that fit.
		lo, used := active, 0
		for lo > 0 && used+ansi.StringWidth(plains[lo-1])+3 <= width/2 {
			lo--
			used += ansi.StringWidth(plains[lo]) + 3
		}
		var b strings.Builder
		var spans []tabSpan
		used = 0
		if lo > 0 {
			b.WriteString(st.Tabs.Separator.Render("‹ "))
			used = 2
		}
		x := used
		for i := lo; i < len(tabs); i++ {
			w := ansi.StringWidth(plains[i]) + 3
			if used+w > width-2 && i > active {
				b.WriteString(st.Tabs.Separator.Render(" ›"))
				break
			}
			if i > lo {
				b.WriteString(sep)
				x += 3
			}
			b.WriteString(styled[i])
			spans = append(spans, tabSpan{tab: i, from: x, to: x + w - 3})
			x += w - 3
			used += w
		}
		return b.String(), spans
	}
	return "", nil
}
