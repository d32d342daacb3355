package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

func TestMarkAllReadAsksAboutTheUnreadOnes(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "tab", "m", "M") // Africa: 2 stories, 1 of them read
	if !strings.Contains(screenText(a), "Mark 1 unread story here read? y/n") {
		t.Fatalf("M should ask about the unread stories only:\n%s", screenText(a))
	}
	a = press(t, a, "y")
	if !strings.Contains(screenText(a), "Marked 1 story read.") || a.stories.Unread(model.Africa) != 0 {
		t.Fatalf("y marks the unread one:\n%s", screenText(a))
	}
	a = press(t, a, "M")
	if a.list.confirmAll || !strings.Contains(screenText(a), "Nothing to mark: every story here is read.") {
		t.Fatalf("M with nothing unread should not ask:\n%s", screenText(a))
	}
}

func TestEmptyListSaysWhatHidesTheStories(t *testing.T) {
	q, err := model.ParseSearch("zanzibar")
	if err != nil {
		t.Fatal(err)
	}
	a := newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) {
		o.Searches = []SavedSearch{{Name: "Zanzibar", Query: q}}
	})
	for _, c := range []struct {
		keys []string
		want string
	}{
		{[]string{"S"}, "No starred stories here. Press S to show unstarred ones too."},
		{[]string{"tab", "M", "y", "u"}, "No unread stories in Africa. Press u to show read ones too, tab for another tab."},
		{[]string{"shift+tab"}, `No stories in the saved search "Zanzibar". Press tab for another tab.`},
		{[]string{"/", "q", "q", "enter"}, "No stories match qq here. Press esc to clear the filter."},
		{[]string{"S", "/", "q", "q", "enter"}, "No starred stories match qq here. Press S to show unstarred ones too, esc to clear the filter."},
	} {
		b := press(t, a, c.keys...)
		if screen := screenText(b); !strings.Contains(strings.Join(strings.Fields(screen), " "), c.want) {
			t.Errorf("after %q the list should say %q:\n%s", c.keys, c.want, screen)
		}
	}
}

func TestFilterPlaceholderSaysWhatIsTrue(t *testing.T) {
	a := newTestApp(t, 80, 24, sampleStories())
	a = press(t, a, "/")
	footer := screenText(a)[strings.LastIndex(screenText(a), "\n")+1:]
	if !strings.Contains(footer, "(esc then ? for all)") {
		t.Fatalf("the placeholder should show whole at 80 columns: %q", footer)
	}
	if b := press(t, a, "?"); b.screen != screenList || b.list.input.Value() != "?" {
		t.Fatalf("? typed in the filter line is text: screen %v, filter %q", b.screen, b.list.input.Value())
	}
	a = press(t, a, "esc", "?", "G") // at 80x24 the notes are below the keys
	if help := strings.Join(strings.Fields(screenText(a)), " "); a.screen != screenHelp ||
		!strings.Contains(help, "-word, a OR b, (groups), region:asia, country:kr, section:politics, source:name, is:unread") {
		t.Fatalf("esc then ? should show every filter term:\n%s", screenText(a))
	}
}

func TestAQueryErrorShowsItsAdviceAt80Columns(t *testing.T) {
	_, want := model.ParseSearch("ken region:atlantis")
	if want == nil {
		t.Fatal("region:atlantis parsed: the test would prove nothing")
	}
	a := newTestApp(t, 80, 24, sampleStories())
	a = press(t, a, "/", "k", "e", "n", " ")
	a = send(t, a, tea.PasteMsg{Content: "region:atlantis"})
	screen := screenText(a)
	if got := strings.Join(strings.Fields(screen), " "); !strings.Contains(got, want.Error()) {
		t.Errorf("the whole error, advice and all, should show: %q\n%s", want.Error(), screen)
	}
	lines := strings.Split(screen, "\n")
	if len(lines) != 24 {
		t.Errorf("the screen is %d lines, want 24", len(lines))
	}
	for i, line := range lines {
		if n := ansi.StringWidth(line); n > 80 {
			t.Errorf("line %d is %d cells: %q", i, n, line)
		}
	}
	if !strings.Contains(screen, "Kenya opens") {
		t.Errorf("the list of the last query that parsed stays in view:\n%s", screen)
	}
}
