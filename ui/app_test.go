package ui

import (
	"fmt"
	"image/color"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// testNow pins the clock of every UI test.
var testNow = time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)

// keyMsg builds the key press a terminal would send for a key name as
// Bubble Tea spells it ("j", "enter", "shift+tab", "pgdown").
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"enter":     {Code: tea.KeyEnter},
		"esc":       {Code: tea.KeyEscape},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"up":        {Code: tea.KeyUp},
		"down":      {Code: tea.KeyDown},
		"pgdown":    {Code: tea.KeyPgDown},
		"pgup":      {Code: tea.KeyPgUp},
		"home":      {Code: tea.KeyHome},
		"end":       {Code: tea.KeyEnd},
		"backspace": {Code: tea.KeyBackspace},
		"space":     {Code: tea.KeySpace, Text: " "},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
	}
	if k, ok := special[k]; ok {
		return tea.KeyPressMsg(k)
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// story makes a test story.
func story(id, title string, age time.Duration, regions ...model.Region) *model.Story {
	var set model.RegionSet
	for _, r := range regions {
		set = set.Add(r)
	}
	return &model.Story{
		Details: &model.Details{
			Summary: "Summary of " + title,
			Link:    "https://example.com/" + id,
		},

		ID: id, Title: title, Source: "Test Wire",
		Section: "World", Published: testNow.Add(-age), Regions: set,

		Body: model.Markdown("# " + title + "\n\nFirst paragraph with a [link](https://example.com/a) and [another](https://example.com/b).\n"),
	}
}

// sampleStories are ten stories over several regions, newest first.
func sampleStories() []*model.Story {
	return []*model.Story{
		story("s1", "Seoul urges Beijing on defectors", 1*time.Hour, model.AsiaPacific),
		story("s2", "Kenya opens a new rail line to Uganda", 2*time.Hour, model.Africa),
		story("s3", "Brazil and Argentina agree on beef tariffs", 3*time.Hour, model.Americas),
		story("s4", "EU ministers meet in Brussels on energy", 4*time.Hour, model.Europe),
		story("s5", "Jordan hosts Gulf water talks", 5*time.Hour, model.MiddleEast),
		story("s6", "Comet passes closest to the Sun", 6*time.Hour),
		story("s7", "Tokyo markets rise on export data", 7*time.Hour, model.AsiaPacific),
		story("s8", "Lagos port clears backlog", 8*time.Hour, model.Africa),
		story("s9", "Canada wildfire season ends early", 9*time.Hour, model.Americas),
		story("s10", "Pacific islands and EU sign fisheries deal", 10*time.Hour, model.AsiaPacific, model.Europe),
	}
}

// newTestApp builds an App the way main does, sized, with stories loaded.
func newTestApp(t *testing.T, w, h int, stories []*model.Story) App {
	t.Helper()
	return newTestAppWith(t, w, h, stories, func(*Options) {})
}

// newTestAppWith is newTestApp with options changed by set.
func newTestAppWith(t *testing.T, w, h int, stories []*model.Story, set func(*Options)) App {
	t.Helper()
	opts := Options{
		Sources:     []model.Origin{model.File("test.xml")},
		Scope:       model.Everywhere(),
		Theme:       Dark,
		ThemeForced: true,
		Now:         func() time.Time { return testNow },
		Location:    time.UTC,
		Opener:      func(string) error { return nil },
		Copier:      func(string) (string, error) { return "", nil },
	}
	set(&opts)
	a := newApp(opts)
	a = send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	return send(t, a, StoriesLoaded{From: model.File("test.xml"), Prepared: model.Prepare(stories)})
}

// newApp is New with the tests' clock, on which every timer fires at once.
func newApp(opts Options) App {
	a := New(opts)
	a.tick = (&testClock{}).tick
	a.slots = 2 // as on four cores or more, whatever runs the tests
	return a
}

// testClock is the tests' clock: a timer's command returns its message at
// once, timed testNow plus its pause, and the clock keeps the pauses asked
// for. tick is called from Update, on the test's goroutine.
type testClock struct{ pauses []time.Duration }

func (c *testClock) tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	c.pauses = append(c.pauses, d)
	return func() tea.Msg { return fn(testNow.Add(d)) }
}

// send delivers one message and runs the commands it returns, feeding their
// results back.
func send(t *testing.T, a App, msg tea.Msg) App {
	t.Helper()
	m, cmd := a.Update(msg)
	a = m.(App)
	return runCmds(t, a, cmd)
}

// cmdTimeout is how long a command may take; every command of the tests
// finishes at once (a render takes milliseconds), so one that does not is
// a bug the test reports.
const cmdTimeout = 10 * time.Second

// runCmds runs a command and feeds its results back to the App, as the
// program would. A notice's expiry is not fed back, so the notice stays for
// the test to read.
func runCmds(t *testing.T, a App, cmd tea.Cmd) App {
	t.Helper()
	if cmd == nil {
		return a
	}
	switch msg := runCmd(t, cmd).(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			a = runCmds(t, a, c)
		}
	case BodyRendered, LinkOpened, LinkCopied, FullTextDue, FullTextFound, MarksWritten, RefreshRequested, FeedsListed, SelectionRested, NeighboursDue, ArticleFetched, StoryCompleted, StoryRead:
		m, next := a.Update(msg)
		a = runCmds(t, m.(App), next)
	}
	return a
}

// runCmd runs cmd and returns its message, failing the test if it does not
// finish within cmdTimeout. The command runs on a goroutine of its own, which
// only ever sends its message on a buffered channel, never to the App; a
// command that overran is given a while more to end before the test does,
// so that what it touches is not written after.
func runCmd(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	done := make(chan tea.Msg, 1)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		done <- cmd()
	}()
	select {
	case msg := <-done:
		return msg
	case <-time.After(cmdTimeout):
		t.Cleanup(func() {
			select {
			case <-finished:
			case <-time.After(cmdTimeout):
				t.Logf("command %s still running", cmdName(cmd))
			}
		})
		t.Fatalf("command %s did not finish in %v", cmdName(cmd), cmdTimeout)
		return nil
	}
}

// cmdName names the function a command is, for a failure message.
func cmdName(cmd tea.Cmd) string {
	return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
}

func press(t *testing.T, a App, keys ...string) App {
	t.Helper()
	for _, k := range keys {
		a = send(t, a, keyMsg(k))
	}
	return a
}

// screenText is the screen as the user would read it, without styling.
func screenText(a App) string { return ansi.Strip(a.View().Content) }

func selectedTitle(a App) string {
	seq, ok := a.list.selected()
	if !ok {
		return ""
	}
	return a.stories.Story(seq).Title
}

func TestListShowsNewestFirstWithUndatedLast(t *testing.T) {
	stories := sampleStories()
	undated := story("u", "Undated notice", 0, model.Europe)
	undated.Published = time.Time{}
	a := newTestApp(t, 100, 30, append([]*model.Story{undated}, stories...))
	if got := selectedTitle(a); got != "Seoul urges Beijing on defectors" {
		t.Fatalf("first row = %q, want the newest story", got)
	}
	a = press(t, a, "G")
	if got := selectedTitle(a); got != "Undated notice" {
		t.Fatalf("last row = %q, want the undated story", got)
	}
}

func TestMovingDownAndUp(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "j", "j", "down")
	if got := selectedTitle(a); got != "EU ministers meet in Brussels on energy" {
		t.Fatalf("after 3 downs: %q", got)
	}
	a = press(t, a, "k", "up")
	if got := selectedTitle(a); got != "Kenya opens a new rail line to Uganda" {
		t.Fatalf("after 2 ups: %q", got)
	}
	a = press(t, a, "end")
	if got := selectedTitle(a); got != "Pacific islands and EU sign fisheries deal" {
		t.Fatalf("end: %q", got)
	}
	a = press(t, a, "home")
	if got := selectedTitle(a); got != "Seoul urges Beijing on defectors" {
		t.Fatalf("home: %q", got)
	}
}

func TestPageDownKeepsCursorVisible(t *testing.T) {
	var many []*model.Story
	for i := range 200 {
		many = append(many, story(fmt.Sprint("m", i), fmt.Sprintf("Story number %03d", i), time.Duration(i)*time.Minute, model.Europe))
	}
	a := newTestApp(t, 80, 24, many)
	a = press(t, a, "pgdown", "pgdown")
	if a.list.cursor < a.list.offset || a.list.cursor >= a.list.offset+a.list.height {
		t.Fatalf("cursor %d outside window [%d,%d)", a.list.cursor, a.list.offset, a.list.offset+a.list.height)
	}
	if !strings.Contains(screenText(a), selectedTitle(a)) {
		t.Fatalf("selected story %q not on screen:\n%s", selectedTitle(a), screenText(a))
	}
	if a.list.cursor == 0 {
		t.Fatal("pgdown did not move")
	}
}

func TestRegionTabShowsOnlyThatRegion(t *testing.T) {
	a := newTestApp(t, 120, 30, sampleStories())
	a = press(t, a, "tab") // All -> Africa
	if r, one := a.list.scope.Region(); !one || r != model.Africa {
		t.Fatalf("scope after tab = %v %v, want Africa", r, one)
	}
	if len(a.list.view) != 2 {
		t.Fatalf("Africa tab shows %d stories, want 2", len(a.list.view))
	}
	for _, seq := range a.list.view {
		if !a.stories.Story(seq).Regions.Has(model.Africa) {
			t.Fatalf("non-African story in Africa tab: %q", a.stories.Story(seq).Title)
		}
	}
	screen := screenText(a)
	if !strings.Contains(screen, "Africa 2") || !strings.Contains(screen, "All 10") {
		t.Fatalf("tab bar lacks counts:\n%s", screen)
	}
}

func TestTabsCycleBothWaysAndOtherIsLast(t *testing.T) {
	a := newTestApp(t, 120, 30, sampleStories())
	a = press(t, a, "shift+tab") // All -> Other (last)
	if r, one := a.list.scope.Region(); !one || r != model.Other {
		t.Fatalf("shift+tab from All = %v, want Other", r)
	}
	if len(a.list.view) != 1 || selectedTitle(a) != "Comet passes closest to the Sun" {
		t.Fatalf("Other tab shows %d stories, first %q", len(a.list.view), selectedTitle(a))
	}
	a = press(t, a, "tab")
	if _, one := a.list.scope.Region(); one {
		t.Fatal("tab from the last tab should wrap to All")
	}
}

func TestStoryInTwoRegionsIsInBothTabs(t *testing.T) {
	a := newTestApp(t, 120, 30, sampleStories())
	for _, r := range []model.Region{model.AsiaPacific, model.Europe} {
		a.list.scope = model.In(r)
		a = a.refreshView()
		found := false
		for _, seq := range a.list.view {
			found = found || a.stories.Story(seq).ID == "s10"
		}
		if !found {
			t.Fatalf("two-region story missing from %v", r)
		}
	}
}

func TestFilterNarrowsAsYouTypeAndEnterKeepsIt(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "/", "b", "r")
	// "br" begins "Brazil" and "Brussels".
	if len(a.list.view) != 2 {
		t.Fatalf("filter br: %d matches, want 2", len(a.list.view))
	}
	if !strings.Contains(screenText(a), "2 matches") {
		t.Fatalf("match count not shown:\n%s", screenText(a))
	}
	a = press(t, a, "a")
	if len(a.list.view) != 1 || selectedTitle(a) != "Brazil and Argentina agree on beef tariffs" {
		t.Fatalf("filter bra: %v", selectedTitle(a))
	}
	a = press(t, a, "enter")
	if a.list.typing {
		t.Fatal("enter should return to the list")
	}
	if len(a.list.view) != 1 {
		t.Fatal("enter should keep the filter")
	}
	// j is a list key again, not text.
	a = press(t, a, "j")
	if a.list.query.String() != "bra" {
		t.Fatalf("query changed to %q", a.list.query.String())
	}
}

func TestEscClearsFilterAndNeverQuits(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "/", "k", "e", "n")
	m, cmd := a.Update(keyMsg("esc"))
	a = m.(App)
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("esc quit the reader")
		}
	}
	if !a.list.query.Empty() || len(a.list.view) != 10 || a.list.typing {
		t.Fatalf("esc should clear the filter: query %q, %d rows", a.list.query.String(), len(a.list.view))
	}
	m, cmd = a.Update(keyMsg("esc"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("esc on the plain list quit the reader")
		}
	}
	_ = m
}

func TestFilterIsAccentAndCaseInsensitiveAndCombinesWithTab(t *testing.T) {
	stories := append(sampleStories(), story("acc", "São Paulo élection result", 30*time.Minute, model.Americas))
	a := newTestApp(t, 100, 30, stories)
	a = press(t, a, "/", "S", "A", "O", " ", "e", "l", "e", "c", "enter")
	if len(a.list.view) != 1 || selectedTitle(a) != "São Paulo élection result" {
		t.Fatalf("accent-insensitive filter failed: %d rows", len(a.list.view))
	}
	a = press(t, a, "tab") // Africa: the filter still applies
	if len(a.list.view) != 0 {
		t.Fatalf("filter + Africa tab should be empty, got %d", len(a.list.view))
	}
	if !strings.Contains(screenText(a), "No stories match") {
		t.Fatalf("empty filtered list should say so:\n%s", screenText(a))
	}
}

func TestEnterOpensDetailAndEscReturns(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "j", "enter")
	if a.screen != screenDetail {
		t.Fatal("enter did not open the story")
	}
	screen := screenText(a)
	for _, want := range []string{"Kenya opens a new rail line to Uganda", "Summary of Kenya", "Test Wire", "First paragraph", "Africa"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("story view lacks %q:\n%s", want, screen)
		}
	}
	if seq, _ := a.list.selected(); !a.stories.State(seq).Read {
		t.Fatal("opening a story should mark it read")
	}
	a = press(t, a, "esc")
	if a.screen != screenList || selectedTitle(a) != "Kenya opens a new rail line to Uganda" {
		t.Fatal("esc should return to the list with the same story selected")
	}
	a = press(t, a, "enter", "backspace")
	if a.screen != screenList {
		t.Fatal("backspace should return to the list")
	}
	a = press(t, a, "enter", "q")
	if a.screen != screenList {
		t.Fatal("q in a story goes back, not out")
	}
}

func TestNextAndPreviousStoryInView(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "tab", "enter") // Africa: s2, s8
	if a.story.story.ID != "s2" {
		t.Fatalf("opened %s", a.story.story.ID)
	}
	a = press(t, a, "n")
	if a.story.story.ID != "s8" {
		t.Fatalf("n opened %s, want s8 (next in the Africa tab)", a.story.story.ID)
	}
	a = press(t, a, "n")
	if a.story.story.ID != "s8" || !strings.Contains(a.notice, "last story") {
		t.Fatalf("n at the end: story %s, notice %q", a.story.story.ID, a.notice)
	}
	a = press(t, a, "p")
	if a.story.story.ID != "s2" {
		t.Fatalf("p opened %s, want s2", a.story.story.ID)
	}
	if !strings.Contains(screenText(a), "Kenya opens") {
		t.Fatal("screen does not show the previous story")
	}
}

func TestStaleRenderIsDropped(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "enter") // s1
	stale := BodyRendered{Key: renderKey{ID: "s7", Width: bodyWidth(100), Theme: Dark}, Out: "STALE BODY"}
	m, _ := a.Update(stale)
	a = m.(App)
	if strings.Contains(screenText(a), "STALE BODY") {
		t.Fatal("a render for another story landed on screen")
	}
}

func TestLinksAreNumberedAndListed(t *testing.T) {
	var opened string
	a := newTestApp(t, 100, 30, sampleStories())
	a.opts.Opener = func(u string) error { opened = u; return nil }
	a = press(t, a, "enter")
	if !strings.Contains(screenText(a), "[1]") || !strings.Contains(screenText(a), "[2]") {
		t.Fatalf("body links are not numbered:\n%s", screenText(a))
	}
	a = press(t, a, "L")
	if a.screen != screenLinks || !strings.Contains(screenText(a), "https://example.com/b") {
		t.Fatalf("L should list the links:\n%s", screenText(a))
	}
	a = press(t, a, "j", "enter")
	if opened != "https://example.com/b" {
		t.Fatalf("enter on link 2 opened %q", opened)
	}
	if !strings.Contains(screenText(a), "Opened in the browser") {
		t.Fatalf("footer does not confirm:\n%s", screenText(a))
	}
}

func TestOpenAndCopyStoryLink(t *testing.T) {
	var opened string
	a := newTestApp(t, 100, 30, sampleStories())
	a.opts.Opener = func(u string) error { opened = u; return nil }
	a.opts.Copier = func(string) (string, error) { return "xclip", nil }
	a = press(t, a, "enter", "o")
	if opened != "https://example.com/s1" {
		t.Fatalf("o opened %q", opened)
	}
	a = press(t, a, "y")
	if !strings.Contains(screenText(a), "Copied with xclip") {
		t.Fatalf("y not confirmed:\n%s", screenText(a))
	}
}

func TestBatchesMergeWithoutMovingSelection(t *testing.T) {
	var older, newer []*model.Story
	for i := range 40 {
		older = append(older, story(fmt.Sprint("o", i), fmt.Sprintf("Older story %02d", i), time.Duration(100+i)*time.Hour, model.Europe))
		newer = append(newer, story(fmt.Sprint("n", i), fmt.Sprintf("Newer story %02d", i), time.Duration(i)*time.Hour, model.Europe))
	}
	a := newTestApp(t, 100, 24, older[:20])
	a = press(t, a, "pgdown", "j", "j")
	want := selectedTitle(a)
	row := a.list.cursor - a.list.offset
	a = send(t, a, StoriesLoaded{From: model.File("test.xml"), Prepared: model.Prepare(newer)})      // above the selection
	a = send(t, a, StoriesLoaded{From: model.File("test.xml"), Prepared: model.Prepare(older[20:])}) // below it
	if got := selectedTitle(a); got != want {
		t.Fatalf("selection moved from %q to %q", want, got)
	}
	if r := a.list.cursor - a.list.offset; r != row {
		t.Fatalf("selected row moved on screen from %d to %d", row, r)
	}
	if len(a.list.view) != 80 {
		t.Fatalf("%d stories after merging, want 80", len(a.list.view))
	}
	if !strings.Contains(screenText(a), want) {
		t.Fatal("selected story is off screen after the merge")
	}
}

func TestFailedSourceIsCountedAndListed(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = send(t, a, SourceFailed{From: model.File("broken.xml"), Err: fmt.Errorf("broken.xml: XML syntax error on line 3: unexpected EOF")})
	if !strings.Contains(screenText(a), "1 source failed (F)") {
		t.Fatalf("footer lacks the failure count:\n%s", screenText(a))
	}
	a = press(t, a, "F")
	if a.screen != screenSources || !strings.Contains(screenText(a), "XML syntax error on line 3") {
		t.Fatalf("F does not show the error:\n%s", screenText(a))
	}
	if !strings.Contains(screenText(a), "enter show") { // a feed's stories, not a story
		t.Errorf("the sources footer does not say what enter does:\n%s", screenText(a))
	}
	a = press(t, a, "esc")
	if a.screen != screenList {
		t.Fatal("esc should leave the sources screen")
	}
}

func TestHelpShowsEveryKey(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "?")
	screen := screenText(a)
	for _, want := range []string{"next region", "filter", "next story", "open in browser", "copy link", "links in story", "sources", "quit"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("help lacks %q:\n%s", want, screen)
		}
	}
	a = press(t, a, "?")
	if a.screen != screenList {
		t.Fatal("? again should close help")
	}
}

func TestQuitAndCtrlC(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := a.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s returned no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Fatalf("%s did not quit", k)
		}
	}
}

func TestLongAndWideTextIsTruncatedByCells(t *testing.T) {
	stories := []*model.Story{
		story("cjk", "東京で新しい経済対策が発表された、市場は大きく反応し株価は上昇を続けている見通しである", time.Hour, model.AsiaPacific),
		story("emoji", "🌍🌏🌎 Climate summit ends with a deal that leaves many delegates unhappy and asking for more", 2*time.Hour),
	}
	for _, w := range []int{80, 120} {
		a := newTestApp(t, w, 24, stories)
		for i, line := range strings.Split(screenText(a), "\n") {
			if n := ansi.StringWidth(line); n > w {
				t.Fatalf("width %d: line %d is %d cells: %q", w, i, n, line)
			}
		}
		if !strings.Contains(screenText(a), "…") {
			t.Fatalf("width %d: long headlines should end in an ellipsis", w)
		}
	}
}

func TestResizeRerendersStory(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "enter")
	a = send(t, a, tea.WindowSizeMsg{Width: 60, Height: 20})
	if a.story.shown.Width != bodyWidth(60) {
		t.Fatalf("after resize the story is rendered at %d, want %d", a.story.shown.Width, bodyWidth(60))
	}
	for i, line := range strings.Split(screenText(a), "\n") {
		if ansi.StringWidth(line) > 60 {
			t.Fatalf("line %d wider than 60 after resize: %q", i, line)
		}
	}
}

func TestNewestStaysOnTopWhileLoadingUntilUserMoves(t *testing.T) {
	stories := sampleStories()
	a := newTestApp(t, 100, 30, stories[5:]) // older ones first, as a slow source might send
	a = send(t, a, StoriesLoaded{From: model.File("test.xml"), Prepared: model.Prepare(stories[:5])})
	if got := selectedTitle(a); got != stories[0].Title || a.list.offset != 0 {
		t.Fatalf("before any key, the newest story should be selected at the top; got %q", got)
	}
}

// longStory is a story whose body is long enough for a quick render of its
// opening before the full text.
func longStory() *model.Story {
	s := story("long", "A very long report", time.Minute, model.Europe)
	var b strings.Builder
	for i := range 120 {
		fmt.Fprintf(&b, "Paragraph %d of the long report, with enough words in it to wrap across the line at most widths.\n\n", i)
	}
	s.Body = model.Markdown(b.String())
	return s
}

func TestLongStoryShowsItsOpeningThenTheWholeText(t *testing.T) {
	a := newTestApp(t, 100, 30, []*model.Story{longStory()})
	clear(a.rendered) // opened before the list's render ahead is done
	m, cmd := a.Update(keyMsg("enter"))
	a = m.(App)
	if !strings.Contains(screenText(a), "A very long report") {
		t.Fatal("the header must show at once, before any render")
	}
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) < 2 {
		t.Fatalf("want an opening render and a full render, got %T", cmd())
	}
	opening := batch[0]().(BodyRendered)
	if !opening.Partial || strings.Contains(opening.Out, "Paragraph 119") {
		t.Fatal("the first render should be the opening only")
	}
	m, _ = a.Update(opening)
	a = m.(App)
	if !strings.Contains(screenText(a), "Paragraph 0 of the long report") {
		t.Fatalf("opening not shown:\n%s", screenText(a))
	}
	a = press(t, a, "j", "j", "j")
	line := a.story.pager.offset
	m, _ = a.Update(batch[1]().(BodyRendered))
	a = m.(App)
	if a.story.partial || a.story.pager.offset != line {
		t.Fatalf("full text: partial=%v offset %d, want the reader kept on line %d", a.story.partial, a.story.pager.offset, line)
	}
	a = press(t, a, "G")
	if !strings.Contains(screenText(a), "Paragraph 119") {
		t.Fatal("the end of the full text is not reachable")
	}
}

func TestResizeKeepsTheReadingPosition(t *testing.T) {
	a := newTestApp(t, 100, 30, []*model.Story{longStory()})
	a = press(t, a, "enter", "space", "space", "space", "space")
	top := topParagraph(t, a)
	a = send(t, a, tea.WindowSizeMsg{Width: 70, Height: 24})
	if got := topParagraph(t, a); got != top {
		t.Fatalf("paragraph %q at the top before the resize, %q after", top, got)
	}
}

// topParagraph is the first "Paragraph N" on the story screen.
func topParagraph(t *testing.T, a App) string {
	t.Helper()
	_, after, ok := strings.Cut(screenText(a), "Paragraph ")
	if !ok {
		t.Fatalf("no paragraph on screen:\n%s", screenText(a))
	}
	n, _, _ := strings.Cut(after, " ")
	return n
}

func TestStartsOnTheRequestedRegionTab(t *testing.T) {
	a := newApp(Options{Scope: model.In(model.MiddleEast), Theme: Dark, ThemeForced: true,
		Now: func() time.Time { return testNow }, Location: time.UTC})
	a = send(t, a, tea.WindowSizeMsg{Width: 100, Height: 30})
	if !strings.Contains(screenText(a), "Middle East 0") {
		t.Fatalf("the requested tab should show while its stories load:\n%s", screenText(a))
	}
	a = send(t, a, StoriesLoaded{From: model.File("x"), Prepared: model.Prepare(sampleStories())})
	if len(a.list.view) != 1 || selectedTitle(a) != "Jordan hosts Gulf water talks" {
		t.Fatalf("Middle East tab shows %d stories", len(a.list.view))
	}
}

func TestThemeFollowsTheTerminalBackground(t *testing.T) {
	a := newApp(Options{Theme: Dark, Now: func() time.Time { return testNow }, Location: time.UTC})
	a = send(t, a, tea.WindowSizeMsg{Width: 100, Height: 30})
	a = send(t, a, StoriesLoaded{From: model.File("x"), Prepared: model.Prepare(sampleStories())})
	a = press(t, a, "enter")
	a = send(t, a, tea.BackgroundColorMsg{Color: color.White})
	if a.theme != Light || a.story.shown.Theme != Light {
		t.Fatalf("a light background should switch the theme and re-render: theme %v, shown %v", a.theme, a.story.shown.Theme)
	}
	forced := newTestApp(t, 100, 30, sampleStories()) // ThemeForced: dark
	forced = send(t, forced, tea.BackgroundColorMsg{Color: color.White})
	if forced.theme != Dark {
		t.Fatal("--theme must win over the terminal's answer")
	}
}

func TestLinksScreenWithoutLinksOpensTheStory(t *testing.T) {
	var opened string
	s := story("plain", "A story without links", time.Hour, model.Europe)
	s.Body = model.Markdown("Just text.")
	a := newTestApp(t, 80, 24, []*model.Story{s})
	a.opts.Opener = func(u string) error { opened = u; return nil }
	a = press(t, a, "enter", "L", "o")
	if opened != "https://example.com/plain" {
		t.Fatalf("o on an empty links screen opened %q, want the story's link", opened)
	}
}

func TestAnErrorNoticeTakesTheWholeFooter(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	a.opts.Opener = func(string) error { return fmt.Errorf("xdg-open not found; set $BROWSER to your browser's command") }
	a = press(t, a, "enter", "o")
	lines := strings.Split(screenText(a), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "Could not open the link: xdg-open not found; set $BROWSER") {
		t.Fatalf("footer: %q", last)
	}
}

func TestEscOnTheListClearsAKeptFilter(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "/", "k", "e", "n", "enter")
	if len(a.list.view) != 1 {
		t.Fatalf("filter ken: %d rows", len(a.list.view))
	}
	if !strings.Contains(screenText(a), "esc clear") {
		t.Fatalf("the footer should offer esc to clear the kept filter:\n%s", screenText(a))
	}
	a = press(t, a, "esc")
	if !a.list.query.Empty() || len(a.list.view) != 10 {
		t.Fatalf("esc on the list should clear the kept filter: query %q, %d rows", a.list.query.String(), len(a.list.view))
	}
}

func TestHugeHeadlineIsCutToTheRow(t *testing.T) {
	huge := story("huge", strings.Repeat("Enormous headline ", 3000), time.Hour, model.Europe)
	a := newTestApp(t, 80, 24, []*model.Story{huge})
	for i, line := range strings.Split(screenText(a), "\n") {
		if ansi.StringWidth(line) > 80 {
			t.Fatalf("line %d is %d cells wide", i, ansi.StringWidth(line))
		}
	}
	if !strings.Contains(screenText(a), "Enormous headline Enormous") {
		t.Fatal("the start of the headline should show")
	}
}

func TestMarkKeysToggleReadAndStar(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "m")
	seq, _ := a.list.selected()
	if !a.stories.State(seq).Read || a.stories.UnreadTotal() != 9 {
		t.Fatalf("m should mark the selected story read: %+v, %d unread", a.stories.State(seq), a.stories.UnreadTotal())
	}
	if !strings.Contains(screenText(a), "All 9/10") || !strings.Contains(screenText(a), "9 unread") {
		t.Fatalf("tab and footer should count unread:\n%s", screenText(a))
	}
	a = press(t, a, "m", "s")
	if st := a.stories.State(seq); st.Read || !st.Starred {
		t.Fatalf("m again and s: %+v", st)
	}
	if !strings.Contains(screenText(a), "●★") {
		t.Fatalf("an unread starred story shows ●★:\n%s", screenText(a))
	}
	a = press(t, a, "enter", "s")
	if st := a.stories.State(seq); !st.Read || st.Starred {
		t.Fatalf("opening marks read, s in the story unstars: %+v", st)
	}
}

func TestUnreadOnlyKeepsAStoryReadThereUntilTheViewChanges(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "m", "u") // s1 read, then unread only
	if len(a.list.view) != 9 || !strings.Contains(screenText(a), "unread only") {
		t.Fatalf("unread only: %d rows", len(a.list.view))
	}
	a = press(t, a, "enter", "esc") // read s2 in this view
	if len(a.list.view) != 9 {
		t.Fatalf("a story read in the unread view should stay until the view changes: %d rows", len(a.list.view))
	}
	a = send(t, a, StoriesLoaded{From: model.File("more"), Prepared: model.Prepare([]*model.Story{story("new", "Late arrival", 30*time.Minute, model.Europe)})})
	if len(a.list.view) != 10 {
		t.Fatalf("a batch must not drop the kept story: %d rows", len(a.list.view))
	}
	a = press(t, a, "tab", "shift+tab") // the view changes
	if len(a.list.view) != 9 {
		t.Fatalf("after the view changes the read story goes: %d rows", len(a.list.view))
	}
	a = press(t, a, "u")
	if len(a.list.view) != 11 {
		t.Fatalf("u again shows everything: %d rows", len(a.list.view))
	}
}

func TestStarredOnlyAndNextUnread(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "j", "s", "S")
	if len(a.list.view) != 1 || selectedTitle(a) != "Kenya opens a new rail line to Uganda" {
		t.Fatalf("starred only: %d rows", len(a.list.view))
	}
	a = press(t, a, "S", "home", "m", "j", "m", "home", "N")
	if got := selectedTitle(a); got != "Brazil and Argentina agree on beef tariffs" {
		t.Fatalf("N went to %q, want the first unread after the cursor", got)
	}
	a = press(t, a, "enter", "N")
	if a.screen != screenDetail || a.story.story.ID != "s4" {
		t.Fatalf("N in a story opens the next unread one: %s", a.story.story.ID)
	}
}

func TestMarkAllReadAsksFirst(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "tab", "M") // Africa: 2 stories
	if !strings.Contains(screenText(a), "Mark 2 unread stories here read? y/n") {
		t.Fatalf("M should ask:\n%s", screenText(a))
	}
	a = press(t, a, "n")
	if a.stories.UnreadTotal() != 10 {
		t.Fatal("n must not mark anything")
	}
	a = press(t, a, "M", "y")
	if a.stories.UnreadTotal() != 8 || a.stories.Unread(model.Africa) != 0 {
		t.Fatalf("y should mark the 2 African stories read: %d unread", a.stories.UnreadTotal())
	}
}

func TestFilterSpeaksTheQueryLanguage(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "m") // s1 read
	a = press(t, a, "/")
	for _, r := range "region:asia is:unread" {
		a = press(t, a, string(r))
	}
	if len(a.list.view) != 2 { // s7, s10 (s1 is read)
		t.Fatalf("region:asia is:unread: %d rows", len(a.list.view))
	}
}

func TestFilterSyntaxErrorShowsInlineAndKeepsTheList(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "/", "k", "e", "n", " ")
	a = send(t, a, tea.PasteMsg{Content: "region:atlantis"})
	screen := screenText(a)
	if !strings.Contains(screen, "col 12: unknown region") {
		t.Fatalf("the syntax error should show inline:\n%s", screen)
	}
	if len(a.list.view) != 1 || selectedTitle(a) != "Kenya opens a new rail line to Uganda" {
		t.Fatalf("a syntax error must keep the list of the last query that parsed: %d rows", len(a.list.view))
	}
	a = press(t, a, "enter")
	if a.list.queryErr != nil || strings.Contains(screenText(a), "col 12") {
		t.Fatal("enter keeps the last query that parsed and drops the error")
	}
}

func TestWithoutALibraryThereAreNoMarks(t *testing.T) {
	a := newApp(Options{
		Sources: []model.Origin{model.File("test.xml")}, Scope: model.Everywhere(), Theme: Dark, ThemeForced: true,
		Now: func() time.Time { return testNow }, Location: time.UTC, NoState: true,
		Opener: func(string) error { return nil }, Copier: func(string) (string, error) { return "", nil },
	})
	a = send(t, a, tea.WindowSizeMsg{Width: 100, Height: 30})
	a = send(t, a, StoriesLoaded{From: model.File("test.xml"), Prepared: model.Prepare(sampleStories())})
	a = press(t, a, "enter", "esc", "m", "s")
	if screen := screenText(a); strings.ContainsAny(screen, "●★") || strings.Contains(screen, "unread") {
		t.Errorf("marks shown without a library:\n%s", screen)
	}
	if st := a.stories.State(a.list.view[0]); st.Read || st.Starred {
		t.Errorf("the first story was marked: %+v", st)
	}
	a = press(t, a, "?")
	if strings.Contains(screenText(a), "star/unstar") {
		t.Errorf("help lists the mark keys:\n%s", screenText(a))
	}
	a = press(t, a, "esc", "/", "i", "s", ":", "s", "t", "a", "r", "r", "e", "d")
	if !strings.Contains(screenText(a), "is: needs the library") {
		t.Errorf("is:starred without a library:\n%s", screenText(a))
	}
}
