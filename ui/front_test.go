package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dateline-news/dateline/model"
)

// frontStories are the sample stories and two events: a typhoon three
// outlets covered and a summit two did; one story is two days old.
func frontStories() []*model.Story {
	out := sampleStories()
	ev := func(id, title, source, event string, age time.Duration, regions ...model.Region) *model.Story {
		s := story(id, title, age, regions...)
		s.Source = source
		if event != id {
			s.Event = event
		}
		return s
	}
	ph, _ := model.LookupCountry("PH")
	typhoon := func(s *model.Story) *model.Story { s.Countries = s.Countries.Add(ph); return s }
	return append(out,
		typhoon(ev("t1", "Typhoon forces 200,000 to flee homes in northern Philippines", "Meridian Wire", "t1", 20*time.Hour, model.AsiaPacific)),
		ev("t2", "Philippines typhoon drives 200,000 from their homes", "Capital Ledger", "t1", 15*time.Hour, model.AsiaPacific),
		ev("t3", "Three dead as Typhoon Marce slams into Luzon", "Northern Courier", "t1", 12*time.Hour, model.AsiaPacific),
		ev("e1", "EU leaders meet in Brussels on energy prices", "Meridian Wire", "e1", 11*time.Hour, model.Europe),
		ev("e2", "Brussels summit seeks deal on energy bills", "Capital Ledger", "e1", 10*time.Hour, model.Europe),
		ev("old", "An old story from two days ago", "Meridian Wire", "old", 48*time.Hour, model.Europe),
	)
}

func TestWOpensTheFrontPageWithTheMostCoveredEventsByRegion(t *testing.T) {
	a := newTestApp(t, 100, 40, frontStories())
	a = press(t, a, "w")
	if a.screen != screenFront {
		t.Fatalf("w: screen %d", a.screen)
	}
	text := screenText(a)
	apac := text[strings.Index(text, "Asia - Pacific"):]
	if !strings.Contains(apac, "1. Typhoon forces 200,000") || !strings.Contains(apac, "3 outlets · Meridian Wire · Thu 26 Nov 16:00 · PH") {
		t.Errorf("Asia - Pacific does not lead with the typhoon:\n%s", text)
	}
	eu := text[strings.Index(text, "Europe"):]
	if !strings.Contains(eu, "1. EU leaders meet in Brussels on energy prices") || !strings.Contains(eu, "2 outlets") {
		t.Errorf("Europe does not lead with the summit:\n%s", text)
	}
	if strings.Contains(text, "An old story") {
		t.Errorf("a story older than the day is on the front page:\n%s", text)
	}
}

func TestFrontPageKeys(t *testing.T) {
	a := press(t, newTestApp(t, 100, 40, frontStories()), "w")
	first, _ := a.front.selected()
	a = press(t, a, "tab")
	second, _ := a.front.selected()
	if first.Lead.Regions == second.Lead.Regions {
		t.Errorf("tab stayed in the region: %q then %q", first.Lead.Title, second.Lead.Title)
	}
	a = press(t, a, "shift+tab", "j")
	if ev, _ := a.front.selected(); ev.Lead.ID != "s8" {
		t.Errorf("j after the first of Africa's: %s %q, want Lagos (s8)", ev.Lead.ID, ev.Lead.Title)
	}
	// enter opens the lead story, read; esc comes back to the front page.
	b := press(t, newTestApp(t, 100, 40, frontStories()), "w", "tab", "tab")
	ev, _ := b.front.selected()
	b = press(t, b, "enter")
	if b.screen != screenDetail || b.story.story.ID != ev.Lead.ID || !b.stories.State(b.story.seq).Read {
		t.Fatalf("enter: screen %d, story %v", b.screen, b.story.story)
	}
	if b = press(t, b, "esc"); b.screen != screenFront {
		t.Errorf("esc from a story opened on the front page: screen %d", b.screen)
	}
	if b = press(t, b, "esc"); b.screen != screenList {
		t.Errorf("esc on the front page: screen %d", b.screen)
	}
}

func TestFrontPageGoldenScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("front-%dx%d", size[0], size[1]), func(t *testing.T) {
			a := press(t, newTestApp(t, size[0], size[1], frontStories()), "w", "tab", "tab")
			golden.RequireEqual(t, screenText(a))
		})
	}
}
