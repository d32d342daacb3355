package ui

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// benchEventStories is benchStories with about half the stories in events
// of two to five, each story of an event from another wire, 90 minutes
// after the one before.
func benchEventStories(n int) []*model.Story {
	stories := benchStories(n)
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < n; {
		k := 1
		if rng.IntN(3) == 0 {
			k = 2 + rng.IntN(4)
		}
		lead := stories[i]
		for j := 1; j < k && i+j < n; j++ {
			s := stories[i+j]
			s.Event = lead.ID
			s.Published = lead.Published.Add(time.Duration(j) * 90 * time.Minute)
		}
		i += k
	}
	return stories
}

// benchGroupedApp is benchApp with the stories of benchEventStories, the
// list grouped (as it starts).
func benchGroupedApp(b *testing.B, n int) App {
	b.Helper()
	a := New(Options{Theme: Dark, ThemeForced: true, Now: func() time.Time { return testNow }, Location: time.UTC})
	m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	stories := benchEventStories(n)
	for i := 0; i < n; i += 1000 {
		m, _ = m.Update(StoriesLoaded{From: model.File("bench"), Prepared: model.Prepare(stories[i:min(n, i+1000)])})
	}
	app := m.(App)
	if len(app.list.view) >= len(app.list.matched) {
		b.Fatalf("not grouped: %d rows of %d stories", len(app.list.view), len(app.list.matched))
	}
	return app
}

// BenchmarkGroupedListKeyPress is BenchmarkListKeyPress on a grouped list
// (a row badged with its coverage where it has some).
func BenchmarkGroupedListKeyPress(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var m tea.Model = benchGroupedApp(b, n)
			down, up := keyMsg("j"), keyMsg("k")
			b.ResetTimer()
			for i := range b.N {
				if i%2 == 0 {
					m = step(m, down)
				} else {
					m = step(m, up)
				}
			}
		})
	}
}

// BenchmarkGroupedTabSwitch is BenchmarkTabSwitch on a grouped list: each
// tab's stories are grouped again.
func BenchmarkGroupedTabSwitch(b *testing.B) {
	var m tea.Model = benchGroupedApp(b, 100_000)
	tab := keyMsg("tab")
	for b.Loop() {
		m = step(m, tab)
	}
}

// BenchmarkGroupedFilterKeystroke is BenchmarkFilterKeystroke on a
// grouped list: every keystroke groups the stories that match.
func BenchmarkGroupedFilterKeystroke(b *testing.B) {
	var cycle []tea.KeyPressMsg
	for _, r := range "tariff" {
		cycle = append(cycle, keyMsg(string(r)))
	}
	for range "tariff" {
		cycle = append(cycle, keyMsg("backspace"))
	}
	var m tea.Model = benchGroupedApp(b, 100_000)
	m = step(m, keyMsg("/"))
	keys := 0
	for b.Loop() {
		m = step(m, cycle[keys%len(cycle)])
		keys++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keys), "ns/key")
}

// BenchmarkGroupToggle is e on a list of 100,000 stories: grouped, then
// every story, and again.
func BenchmarkGroupToggle(b *testing.B) {
	var m tea.Model = benchGroupedApp(b, 100_000)
	e := keyMsg("e")
	for b.Loop() {
		m = step(m, e)
	}
}
