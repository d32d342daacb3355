package ui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/dateline-news/dateline/model"
)

// Theme is the colour scheme: dark or light terminal background.
type Theme int

// The themes.
const (
	Dark Theme = iota
	Light
)

func (t Theme) String() string {
	if t == Light {
		return "light"
	}
	return "dark"
}

// Styles is every style of the reader, grouped by screen and named by role.
type Styles struct {
	App struct {
		Title, Subtle, Notice, Error, Rule lipgloss.Style
	}
	Tabs struct {
		Active, Inactive, Count, ActiveCount, Separator lipgloss.Style
	}
	List struct {
		Row, Selected, Unread, Date, Source, Headline, Empty lipgloss.Style
		// Coverage is the +3 after an event's headline.
		Coverage lipgloss.Style
		Region   [len(model.WorldRegions) + 1]lipgloss.Style
	}
	Story struct {
		Kicker, Headline, Summary, Byline, Link, Rule, Position lipgloss.Style
		// Match is a match of the story's search, MatchCurrent the one n
		// and N are at.
		Match, MatchCurrent lipgloss.Style
	}
	Footer struct {
		Bar, Count, Alert, Filter, FilterPrompt lipgloss.Style
	}
	Help help.Styles

	// rows is the list's styles reduced to escape sequences, built once.
	rows rowPaints
	// find is the story search's styles, likewise.
	find struct{ match, current paint }
}

// paint is a style reduced to the escape sequences around its text, so the
// list can colour every cell of every row without running Lip Gloss per
// cell. Only for styles of colour and attributes (no padding or width).
type paint struct{ pre, post string }

func paintOf(s lipgloss.Style) paint {
	out := s.Render("X")
	i := strings.IndexByte(out, 'X')
	if i < 0 {
		return paint{}
	}
	return paint{pre: out[:i], post: out[i+1:]}
}

func (p paint) of(text string) string { return p.pre + text + p.post }

type rowPaints struct {
	unread, date, source, headline, selected, coverage paint
	region                                             [len(model.WorldRegions) + 1]paint
}

// NewStyles builds the styles for a theme. Without colour (NO_COLOR) the
// selected row is shown in reverse video, since its background is gone.
func NewStyles(t Theme, noColor bool) Styles {
	dark := t == Dark
	pick := func(d, l string) color.Color {
		if dark {
			return lipgloss.Color(d)
		}
		return lipgloss.Color(l)
	}
	var (
		accent = pick("#E8B04B", "#9A5B00")
		subtle = pick("#8A8A8A", "#6A6A6A")
		faint  = pick("#4A4A4A", "#C8C8C8")
		text   = pick("#E4E4E4", "#1E1E1E")
		red    = pick("#FF6B6B", "#B3261E")
		selBg  = pick("#2E3440", "#E4E9F2")
	)
	var s Styles
	s.App.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.App.Subtle = lipgloss.NewStyle().Foreground(subtle)
	s.App.Notice = lipgloss.NewStyle().Foreground(accent)
	s.App.Error = lipgloss.NewStyle().Foreground(red)
	s.App.Rule = lipgloss.NewStyle().Foreground(faint)

	s.Tabs.Active = lipgloss.NewStyle().Bold(true).Foreground(text).Underline(true)
	s.Tabs.Inactive = lipgloss.NewStyle().Foreground(subtle)
	s.Tabs.Count = lipgloss.NewStyle().Foreground(faint)
	s.Tabs.ActiveCount = lipgloss.NewStyle().Foreground(accent)
	s.Tabs.Separator = lipgloss.NewStyle().Foreground(faint)

	s.List.Row = lipgloss.NewStyle().Foreground(text)
	s.List.Selected = lipgloss.NewStyle().Background(selBg).Foreground(text).Bold(true)
	if noColor {
		s.List.Selected = lipgloss.NewStyle().Reverse(true)
	}
	s.List.Unread = lipgloss.NewStyle().Foreground(accent)
	s.List.Date = lipgloss.NewStyle().Foreground(subtle)
	s.List.Source = lipgloss.NewStyle().Foreground(subtle)
	s.List.Headline = lipgloss.NewStyle().Foreground(text)
	s.List.Empty = lipgloss.NewStyle().Foreground(subtle).Italic(true)
	s.List.Coverage = lipgloss.NewStyle().Foreground(accent)
	regionColours := [...][2]string{
		model.Other:       {"#8A8A8A", "#6A6A6A"},
		model.Africa:      {"#E5A50A", "#8A5A00"},
		model.Americas:    {"#5FB3F9", "#0B5CAD"},
		model.AsiaPacific: {"#F66151", "#B3261E"},
		model.Europe:      {"#8FD18F", "#2E7D32"},
		model.MiddleEast:  {"#C397D8", "#7B3FA0"},
	}
	for r, c := range regionColours {
		s.List.Region[r] = lipgloss.NewStyle().Foreground(pick(c[0], c[1]))
	}

	s.Story.Kicker = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Story.Headline = lipgloss.NewStyle().Foreground(text).Bold(true)
	s.Story.Summary = lipgloss.NewStyle().Foreground(text).Italic(true)
	s.Story.Byline = lipgloss.NewStyle().Foreground(subtle)
	s.Story.Link = lipgloss.NewStyle().Foreground(subtle).Underline(true)
	s.Story.Rule = lipgloss.NewStyle().Foreground(faint)
	s.Story.Position = lipgloss.NewStyle().Foreground(subtle)
	s.Story.Match = lipgloss.NewStyle().Reverse(true)
	s.Story.MatchCurrent = lipgloss.NewStyle().Background(accent).Foreground(pick("#1E1E1E", "#FFFFFF")).Bold(true)
	if noColor {
		s.Story.MatchCurrent = lipgloss.NewStyle().Reverse(true).Bold(true).Underline(true)
	}

	s.Footer.Bar = lipgloss.NewStyle().Foreground(subtle)
	s.Footer.Count = lipgloss.NewStyle().Foreground(text)
	s.Footer.Alert = lipgloss.NewStyle().Foreground(red).Bold(true)
	s.Footer.Filter = lipgloss.NewStyle().Foreground(text)
	s.Footer.FilterPrompt = lipgloss.NewStyle().Foreground(accent).Bold(true)

	s.Help = help.DefaultStyles(dark)

	s.rows = rowPaints{
		unread: paintOf(s.List.Unread), date: paintOf(s.List.Date), source: paintOf(s.List.Source),
		headline: paintOf(s.List.Headline), selected: paintOf(s.List.Selected),
		coverage: paintOf(s.List.Coverage),
	}
	for i, r := range s.List.Region {
		s.rows.region[i] = paintOf(r)
	}
	s.find.match, s.find.current = paintOf(s.Story.Match), paintOf(s.Story.MatchCurrent)
	return s
}

// regionPaint is the badge colour of a story's first region.
func (s Styles) regionPaint(r model.Region) paint {
	if int(r) < len(s.rows.region) {
		return s.rows.region[r]
	}
	return s.rows.region[model.Other]
}
