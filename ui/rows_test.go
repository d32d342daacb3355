package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// scriptStories have headlines and sources in scripts whose cells are not
// their runes: CJK, emoji ZWJ sequences, flags, skin tones, combining
// accents, right-to-left text.
func scriptStories() []*model.Story {
	stories := []*model.Story{
		story("zwj", "Family 👨‍👩‍👧‍👦 day out ends at the seaside with ice cream for everyone there and a long walk home along the promenade in the rain", time.Hour, model.Europe),
		story("flag", "Flags 🇫🇷🇩🇪 fly as ministers meet in Brussels for talks on energy and trade", 2*time.Hour, model.Europe),
		story("tone", "Skin tone 👍🏽 wave greets the new mayor at the town hall on a sunny afternoon", 3*time.Hour),
		story("cjk", "東京で新しい経済対策が発表された、市場は大きく反応し株価は上昇を続けている見通しである", 4*time.Hour, model.AsiaPacific),
		story("comb", "Combining e\u0301le\u0300ve accents in a headline about the school results of the year", 5*time.Hour, model.Europe),
		story("rtl", "RTL مرحبا بالعالم headline in Arabic and English mixed together on one line", 6*time.Hour, model.MiddleEast),
		story("short", "👨‍👩‍👧‍👦", 7*time.Hour),
	}
	stories[0].Source = "Famille 👨‍👩‍👧 Wire"
	stories[3].Source = "東京新聞ニュース速報"
	stories[5].Source = "الجزيرة نت"
	return stories
}

func TestEveryRowIsTheScreenWidthWhateverTheScript(t *testing.T) {
	for _, w := range []int{60, 80, 120} {
		a := newTestApp(t, w, 24, scriptStories())
		a = press(t, a, "j", "s") // a starred row and a selected one
		lines := strings.Split(screenText(a), "\n")
		rows := lines[2 : 2+len(a.list.view)]
		for i, row := range rows {
			if n := ansi.StringWidth(row); n != w {
				t.Errorf("width %d: row %d is %d cells: %q", w, i, n, row)
			}
		}
		for i, line := range lines {
			if n := ansi.StringWidth(line); n > w {
				t.Errorf("width %d: line %d is %d cells: %q", w, i, n, line)
			}
		}
		if !strings.Contains(rows[0], "day out") || !strings.HasSuffix(strings.TrimRight(rows[0], " "), "…") {
			t.Errorf("width %d: the text after the family emoji must show, cut with an ellipsis: %q", w, rows[0])
		}
		for _, keys := range [][]string{{"F"}, {"/", "e"}} {
			for i, line := range strings.Split(screenText(press(t, a, keys...)), "\n") {
				if n := ansi.StringWidth(line); n > w {
					t.Errorf("width %d, after %q: line %d is %d cells: %q", w, keys, i, n, line)
				}
			}
		}
	}
}

func TestTheRendererCountsCellsByGraphemeCluster(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	var found bool
	var walk func(tea.Cmd)
	walk = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				walk(c)
			}
		case tea.ModeReportMsg:
			found = found || msg.Mode == ansi.ModeUnicodeCore && msg.Value == ansi.ModeSet
		}
	}
	walk(a.Init())
	if !found {
		t.Fatal("Init must switch the renderer to grapheme widths (mode 2027), as the rows are laid out")
	}
}

func TestDateColumnShowsTheYearForOtherYears(t *testing.T) {
	old := story("old", "Seoul urges Beijing to send North Koreans to the South", 0, model.AsiaPacific)
	old.Published = time.Date(2023, 8, 16, 9, 0, 0, 0, time.UTC)
	lastYear := story("dec", "Christmas markets open across Europe", 0, model.Europe)
	lastYear.Published = time.Date(2025, 12, 25, 9, 0, 0, 0, time.UTC)
	thisYear := story("nov", "Ministers meet on energy", 0, model.Europe)
	thisYear.Published = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	today := story("today", "Markets open higher", time.Hour, model.Europe)
	a := newTestApp(t, 100, 30, []*model.Story{old, lastYear, thisYear, today})
	for title, date := range map[string]string{
		"Seoul urges Beijing": "2023  ",
		"Christmas markets":   "2025  ",
		"Ministers meet":      "25 Nov",
		"Markets open higher": "11:00 ",
	} {
		// The date's cells follow the three of the marks.
		if got := ansi.Cut(rowWith(t, screenText(a), title), 3, 9); got != date {
			t.Errorf("the row of %q shows %q, want the date %q", title, got, date)
		}
	}
	if screen := screenText(a); strings.Contains(screen, "Aug 23") || strings.Contains(screen, "Dec 25") {
		t.Errorf("an older story's date reads as a day:\n%s", screen)
	}
}

func TestTheMarksHaveCellsOfTheirOwn(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "s", "j", "m", "s")
	if row := rowWith(t, screenText(a), "Seoul urges"); !strings.HasPrefix(row, "●★ 11:00") {
		t.Errorf("an unread starred story: %q, want the marks, a blank cell, the date", row)
	}
	if row := rowWith(t, screenText(a), "Kenya opens"); !strings.HasPrefix(row, " ★ 10:00") {
		t.Errorf("a read starred story: %q", row)
	}
	if row := rowWith(t, screenText(a), "Brazil and"); !strings.HasPrefix(row, "●  09:00") {
		t.Errorf("an unread story: %q", row)
	}
}

// rowWith is the line of screen that shows title.
func rowWith(t *testing.T, screen, title string) string {
	t.Helper()
	for line := range strings.SplitSeq(screen, "\n") {
		if strings.Contains(line, title) {
			return line
		}
	}
	t.Fatalf("no row shows %q:\n%s", title, screen)
	return ""
}
