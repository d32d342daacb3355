package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dateline-news/dateline/model"
)

// groupedStories are the sample stories and three more that cover two of
// their events: the Brussels energy meeting (s4, the lead, 4 hours ago)
// twice, once from the Americas, and the Kenya rail line (s2) once.
func groupedStories() []*model.Story {
	cover := func(id, title string, age time.Duration, event, source string, regions ...model.Region) *model.Story {
		s := story(id, title, age, regions...)
		s.Event, s.Source = event, source
		return s
	}
	return append(sampleStories(),
		cover("c4a", "Brussels energy talks end without a deal", 2*time.Hour, "s4", "Harbour Dispatch", model.Europe),
		cover("c4b", "Washington watches the EU's energy meeting", 30*time.Minute, "s4", "Pulse Digest", model.Americas),
		cover("c2a", "Kenya and Uganda open their rail link", 90*time.Minute, "s2", "Meridian Wire", model.Africa),
	)
}

// openedTitle is the headline of the story in the story view.
func openedTitle(a App) string {
	if a.story.story == nil {
		return ""
	}
	return a.story.story.Title
}

// selectID moves the list's selection to the row of story id.
func selectID(t *testing.T, a App, id string) App {
	t.Helper()
	a = press(t, a, "g")
	for range len(a.list.view) {
		if seq, ok := a.list.selected(); ok && a.stories.Story(seq).ID == id {
			return a
		}
		a = press(t, a, "j")
	}
	t.Fatalf("no row for %s in %v", id, listed(a))
	return a
}

func TestGroupedListShowsOneRowPerEventWithABadge(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	want := []string{"s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"}
	if got := listed(a); !slices.Equal(got, want) {
		t.Fatalf("rows = %v, want the leads only: %v", got, want)
	}
	screen := screenText(a)
	for _, line := range []string{"EU ministers meet in Brussels on energy +2", "Kenya opens a new rail line to Uganda +1"} {
		if !strings.Contains(screen, line) {
			t.Errorf("no row %q:\n%s", line, screen)
		}
	}
	if strings.Contains(screen, "Seoul urges Beijing on defectors +") {
		t.Errorf("a story alone has a badge:\n%s", screen)
	}
	// Tabs count stories, and so does the footer, which says how many rows.
	if !strings.Contains(screen, "All 13") || !strings.Contains(screen, "Europe 3") {
		t.Errorf("tabs do not count stories:\n%s", screen)
	}
	if !strings.Contains(screen, "13/13 · 10 events") {
		t.Errorf("footer does not count stories and events:\n%s", screen)
	}
}

func TestEnterOpensTheLeadAndListsTheOtherOutlets(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = selectID(t, a, "s4")
	a = press(t, a, "enter")
	if got := openedTitle(a); got != "EU ministers meet in Brussels on energy" {
		t.Fatalf("opened %q, want the lead", got)
	}
	screen := screenText(a)
	for _, want := range []string{
		"Also covered by (c next, C previous)",
		"● Harbour Dispatch  Fri 27 Nov 10:00  Brussels energy talks end without a deal",
		"● Pulse Digest      Fri 27 Nov 11:30  Washington watches the EU's energy meeting",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q in the story view:\n%s", want, screen)
		}
	}
	_, block, _ := strings.Cut(screen, "Also covered by")
	block, _, _ = strings.Cut(block, "───")
	if n := strings.Count(block, "\n"); n != 3 || strings.Contains(block, "Test Wire") {
		t.Errorf("the block has %d lines, want the two other outlets':\n%s", n-1, block)
	}
}

func TestCoverageKeysOpenTheOtherOutletsAndMarkOnlyTheOneOpened(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = selectID(t, a, "s4")
	a = press(t, a, "enter", "c")
	if got := openedTitle(a); got != "Brussels energy talks end without a deal" {
		t.Fatalf("c opened %q, want the next outlet's story", got)
	}
	read := func(id string) bool {
		seq, _ := a.stories.Seq(id)
		return a.stories.State(seq).Read
	}
	if !read("s4") || !read("c4a") || read("c4b") {
		t.Errorf("read: s4 %v, c4a %v, c4b %v; want the two opened only", read("s4"), read("c4a"), read("c4b"))
	}
	if !strings.Contains(screenText(a), "  Test Wire") || !strings.Contains(screenText(a), "● Pulse Digest") {
		t.Errorf("the block does not show the lead read and the third unread:\n%s", screenText(a))
	}
	if seq, _ := a.list.selected(); a.stories.Story(seq).ID != "s4" {
		t.Errorf("the list's selection left the event's row")
	}
	// m marks the story open, not the row's.
	a = press(t, a, "m")
	if read("c4a") || !read("s4") {
		t.Errorf("m in the story view: c4a read %v, s4 read %v", read("c4a"), read("s4"))
	}
	a = press(t, a, "c")
	if got := openedTitle(a); got != "Washington watches the EU's energy meeting" {
		t.Fatalf("c again opened %q", got)
	}
	a = press(t, a, "c")
	if got := openedTitle(a); got != "EU ministers meet in Brussels on energy" {
		t.Fatalf("c at the last opened %q, want the first again", got)
	}
	a = press(t, a, "C")
	if got := openedTitle(a); got != "Washington watches the EU's energy meeting" {
		t.Fatalf("C opened %q, want the last", got)
	}
	// n goes on from the event's row.
	a = press(t, a, "n")
	if got := openedTitle(a); got != "Jordan hosts Gulf water talks" {
		t.Errorf("n opened %q, want the row after the event", got)
	}
}

func TestCoverageKeysAreOffForAStoryAlone(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = press(t, a, "enter")
	if a.keys.CoverageNext.Enabled() || strings.Contains(screenText(a), "Also covered by") {
		t.Errorf("a story alone offers coverage:\n%s", screenText(a))
	}
	a = press(t, a, "c")
	if got := openedTitle(a); got != "Seoul urges Beijing on defectors" {
		t.Errorf("c on a story alone opened %q", got)
	}
}

func TestToggleGroupShowsEveryStoryAndBack(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = selectID(t, a, "s4")
	a = press(t, a, "e")
	if n := len(a.list.view); n != 13 {
		t.Fatalf("%d rows ungrouped, want 13", n)
	}
	if strings.Contains(screenText(a), "+2") {
		t.Errorf("a badge on an ungrouped list:\n%s", screenText(a))
	}
	if seq, _ := a.list.selected(); a.stories.Story(seq).ID != "s4" {
		t.Errorf("the selection moved off the lead")
	}
	// Selected on a covering story, grouping again selects its event's row.
	a = selectID(t, a, "c4b")
	a = press(t, a, "e")
	if n := len(a.list.view); n != 10 {
		t.Fatalf("%d rows grouped, want 10", n)
	}
	if seq, _ := a.list.selected(); a.stories.Story(seq).ID != "s4" {
		t.Errorf("grouping selected %s, want the event's row", a.stories.Story(seq).ID)
	}
}

func TestGroupFalseStartsWithEveryStory(t *testing.T) {
	a := newTestAppWith(t, 100, 30, groupedStories(), func(o *Options) { o.NoGroup = true })
	if n := len(a.list.view); n != 13 {
		t.Fatalf("%d rows, want 13", n)
	}
	a = press(t, a, "e")
	if n := len(a.list.view); n != 10 {
		t.Fatalf("%d rows after e, want 10", n)
	}
}

// The filter and the tabs choose stories: an event shows when any of its
// stories is chosen, as the earliest of those.
func TestAnEventShowsWhenAnyOfItsStoriesMatches(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = press(t, a, "/")
	for _, r := range "washington" {
		a = press(t, a, string(r))
	}
	a = press(t, a, "enter")
	if got := listed(a); !slices.Equal(got, []string{"c4b"}) {
		t.Fatalf("rows = %v, want the story that matched", got)
	}
	if !strings.Contains(screenText(a), "Washington watches the EU's energy meeting +2") {
		t.Errorf("no badge on the event's row:\n%s", screenText(a))
	}
	a = press(t, a, "esc", "tab", "tab") // Americas
	if got := listed(a); !slices.Contains(got, "c4b") || slices.Contains(got, "s4") {
		t.Errorf("Americas rows = %v, want c4b for the event", got)
	}
}

func TestUnreadOnlyShowsAnEventWithAnUnreadStory(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = selectID(t, a, "s4")
	a = press(t, a, "m", "u")
	got := listed(a)
	if !slices.Contains(got, "c4a") || slices.Contains(got, "s4") || slices.Contains(got, "c4b") {
		t.Errorf("unread rows = %v, want c4a standing for the event", got)
	}
}

// M marks every story the list holds, those a row stands for too.
func TestMarkAllReadMarksTheStoriesBehindTheRows(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = press(t, a, "M")
	if !strings.Contains(screenText(a), "Mark 13 unread stories here read?") {
		t.Fatalf("M asks:\n%s", screenText(a))
	}
	a = press(t, a, "y")
	if n := a.stories.UnreadTotal(); n != 0 {
		t.Errorf("%d unread after M", n)
	}
}

func TestSplitPreviewShowsTheCoverage(t *testing.T) {
	a := newTestApp(t, 200, 50, groupedStories())
	a = selectID(t, a, "s4")
	screen := screenText(a)
	if !strings.Contains(screen, "Also covered by") || !strings.Contains(screen, "Pulse Digest      Fri 27 Nov 11:30") {
		t.Errorf("the story pane has no coverage:\n%s", screen)
	}
	a = press(t, a, "enter", "c")
	if got := openedTitle(a); got != "Brussels energy talks end without a deal" {
		t.Errorf("c in the story pane opened %q", got)
	}
}

// The grouped list and the coverage block, as whole screens (see
// TestGoldenScreens; regenerate with go test ./ui -run TestGolden -update).
func TestGoldenGroupedScreens(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"story", []string{"j", "j", "j", "enter"}},
		{"story-next", []string{"j", "j", "j", "enter", "c"}},
		{"ungrouped", []string{"e"}},
		{"filtered", []string{"/", "w", "a", "s", "h", "enter"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				a := newTestApp(t, size[0], size[1], groupedStories())
				a = press(t, a, s.keys...)
				golden.RequireEqual(t, screenText(a))
			})
		}
	}
}

// An event of many outlets lists eight of them at most, the last line
// saying how many more c goes through.
func TestAlsoCoveredByListsEightAtMost(t *testing.T) {
	stories := []*model.Story{story("lead", "Summit opens", 20*time.Hour, model.Europe)}
	for i := range 10 {
		s := story(fmt.Sprintf("o%d", i), fmt.Sprintf("Outlet %d on the summit", i), time.Duration(19-i)*time.Hour, model.Europe)
		s.Event, s.Source = "lead", fmt.Sprintf("Outlet %d", i)
		stories = append(stories, s)
	}
	a := newTestApp(t, 100, 40, stories)
	if got := listed(a); !slices.Equal(got, []string{"lead"}) {
		t.Fatalf("rows = %v", got)
	}
	if !strings.Contains(screenText(a), "Summit opens +10") {
		t.Errorf("no +10:\n%s", screenText(a))
	}
	a = press(t, a, "enter")
	screen := screenText(a)
	for _, want := range []string{"Outlet 0 on the summit", "Outlet 6 on the summit", "… and 3 more: c goes through them all"} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "Outlet 7 on the summit") {
		t.Errorf("more than seven listed before the count:\n%s", screen)
	}
	a = press(t, a, "C")
	if got := openedTitle(a); got != "Outlet 9 on the summit" {
		t.Errorf("C from the lead opened %q, want the last", got)
	}
}

// A story that arrives later (a refresh) joins its event's row.
func TestALaterStoryJoinsItsEventsRow(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	later := groupedStories()[10:] // c4a, c4b, c2a
	a = send(t, a, StoriesLoaded{From: model.File("later.xml"), Prepared: model.Prepare(later)})
	if got := listed(a); len(got) != 10 || slices.Contains(got, "c4a") {
		t.Fatalf("rows = %v, want the ten events", got)
	}
	if !strings.Contains(screenText(a), "EU ministers meet in Brussels on energy +2") {
		t.Errorf("the event's row has no +2:\n%s", screenText(a))
	}
}

// The header a story will have once opened is made while the list rests
// on it, so enter finds it ready; it is made again when what it shows
// has changed since: here another outlet's story of its event read in
// between.
func TestAStoryHeaderMadeAheadFollowsTheMarks(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	clear(a.heads)
	a = selectID(t, a, "s4")
	a = send(t, a, SelectionRested{Gen: a.ahead.gen})
	seq, _ := a.stories.Seq("s4")
	ahead := 0
	for k := range a.heads {
		if k.story == a.stories.Story(seq) && k.marks == "read" {
			ahead++
		}
	}
	if ahead != 1 {
		t.Fatalf("%d headers made ahead for the selection as it will be opened (read), want 1", ahead)
	}
	a = press(t, a, "enter")
	if !strings.Contains(screenText(a), "● Harbour Dispatch") {
		t.Fatalf("the lead's block does not show the other outlet unread:\n%s", screenText(a))
	}
	// Read the other outlet's story, then come back to the lead.
	a = press(t, a, "c", "C")
	if got := openedTitle(a); got != "EU ministers meet in Brussels on energy" {
		t.Fatalf("c then C opened %q, want the lead", got)
	}
	if screen := screenText(a); strings.Contains(screen, "● Harbour Dispatch") || !strings.Contains(screen, "  Harbour Dispatch") {
		t.Errorf("the lead's block still shows Harbour Dispatch unread after it was read:\n%s", screen)
	}
}

// A story that was alone and has since joined an event (the library's
// second chance for it: EventsJoined) leaves the list as a row and shows
// as the event's badge.
func TestAStoryThatJoinsAnEventLeavesTheList(t *testing.T) {
	a := newTestApp(t, 100, 30, groupedStories())
	a = send(t, a, EventsJoined{Events: map[string]string{"s3": "s4"}})
	want := []string{"s1", "s2", "s4", "s5", "s6", "s7", "s8", "s9", "s10"}
	if got := listed(a); !slices.Equal(got, want) {
		t.Fatalf("rows = %v, want %v", got, want)
	}
	if screen := screenText(a); !strings.Contains(screen, "13/13 · 9 events") || !strings.Contains(screen, "+3") {
		t.Errorf("the event does not count the story that joined it:\n%s", screen)
	}
}
