package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// benchVocabulary gives generated headlines a realistic spread of words.
var benchVocabulary = strings.Fields(`minister talks trade budget election court
strike storm harvest market energy port rail summit border vote reform
inflation drought flood ceasefire treaty tariff export import currency bank
parliament protest festival museum league final record science climate
health vaccine school university police army navy coast island capital city
region council mayor president governor senate congress agency report data
growth rate prices workers farmers fishermen pilots doctors nurses teachers`)

// benchStories makes n stories spread over the regions and two years.
func benchStories(n int) []*model.Story {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]*model.Story, n)
	regions := append(model.WorldRegions[:], model.Other)
	words := func(k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = benchVocabulary[rng.IntN(len(benchVocabulary))]
		}
		return strings.Join(w, " ")
	}
	for i := range out {
		var set model.RegionSet
		set = set.Add(regions[rng.IntN(len(regions))])
		out[i] = &model.Story{
			Details: &model.Details{
				Summary: words(30),
			},

			ID:    fmt.Sprintf("https://news.example.com/%d", i),
			Title: words(8 + rng.IntN(6)),

			Source:    fmt.Sprintf("Wire %d", i%12),
			Section:   []string{"Politics", "Economy", "World", "Science"}[i%4],
			Published: testNow.Add(-time.Duration(rng.IntN(730*24)) * time.Hour),
			Regions:   set,
			Body:      model.Markdown(words(100)),
		}
	}
	return out
}

// benchApp is an 80x24 reader with n stories loaded in batches of 1,000, as
// the loader sends them.
func benchApp(b *testing.B, n int) App {
	b.Helper()
	a := New(Options{Theme: Dark, ThemeForced: true, Now: func() time.Time { return testNow }, Location: time.UTC})
	m, _ := a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	stories := benchStories(n)
	for i := 0; i < n; i += 1000 {
		m, _ = m.Update(StoriesLoaded{From: model.File("bench"), Prepared: model.Prepare(stories[i:min(n, i+1000)])})
	}
	return m.(App)
}

// step is one key press as the program handles it: Update, then View.
func step(m tea.Model, k tea.KeyPressMsg) tea.Model {
	m, _ = m.Update(k)
	_ = m.View()
	return m
}

func BenchmarkListKeyPress(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var m tea.Model = benchApp(b, n)
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

func BenchmarkTabSwitch(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var m tea.Model = benchApp(b, n)
			tab := keyMsg("tab")
			b.ResetTimer()
			for range b.N {
				m = step(m, tab)
			}
		})
	}
}

// BenchmarkFilterKeystroke types "tariff" one key at a time, then deletes
// it one backspace at a time, over and over: one op is one keystroke
// (Update and View), and ns/key says the same.
func BenchmarkFilterKeystroke(b *testing.B) {
	var cycle []tea.KeyPressMsg
	for _, r := range "tariff" {
		cycle = append(cycle, keyMsg(string(r)))
	}
	for range "tariff" {
		cycle = append(cycle, keyMsg("backspace"))
	}
	for _, n := range []int{100, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var m tea.Model = benchApp(b, n)
			m = step(m, keyMsg("/"))
			keys := 0
			for b.Loop() {
				m = step(m, cycle[keys%len(cycle)])
				keys++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keys), "ns/key")
		})
	}
}

// BenchmarkFilterKeystrokeOR is BenchmarkFilterKeystroke typing
// "tariff OR trade": each keystroke that leaves a query that parses
// evaluates both alternatives over the word index.
func BenchmarkFilterKeystrokeOR(b *testing.B) {
	var cycle []tea.KeyPressMsg
	const query = "tariff OR trade"
	for _, r := range query {
		cycle = append(cycle, keyMsg(string(r)))
	}
	for range query {
		cycle = append(cycle, keyMsg("backspace"))
	}
	m := tea.Model(benchApp(b, 100_000))
	m = step(m, keyMsg("/"))
	keys := 0
	for b.Loop() {
		m = step(m, cycle[keys%len(cycle)])
		keys++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keys), "ns/key")
}

// benchArticle is a ~1,000-word story with the shapes news bodies have.
func benchArticle() string {
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	para := func() {
		for range 70 {
			b.WriteString(benchVocabulary[rng.IntN(len(benchVocabulary))])
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	for i := range 14 {
		if i == 4 {
			b.WriteString("## The talks in detail\n\n")
		}
		if i == 7 {
			b.WriteString("> \"We will not accept this,\" the minister said.\n\n- first point\n- second point with a [link](https://example.com/x)\n\n")
		}
		para()
	}
	return b.String()
}

func BenchmarkStoryRender(b *testing.B) {
	md := benchArticle()
	b.Logf("article: %d words", len(strings.Fields(md)))
	b.Run("glamour-1000-words", func(b *testing.B) {
		for range b.N {
			if _, err := renderBody(md, 80, Dark, false); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached-open", func(b *testing.B) {
		a := benchApp(b, 100)
		s := a.stories.Story(a.list.view[0])
		s.Body = model.Markdown(md)
		var m tea.Model = a
		m, _ = m.Update(keyMsg("enter"))
		k := renderKey{ID: s.ID, Width: bodyWidth(80), Theme: Dark}
		out, _ := renderBody(md, k.Width, Dark, false)
		m, _ = m.Update(BodyRendered{Key: k, Out: out})
		b.ResetTimer()
		for range b.N {
			m = step(m, keyMsg("esc"))
			m = step(m, keyMsg("enter"))
		}
	})
}

// BenchmarkSplitKeyPress is j held on a 200x50 split screen: each key moves
// the selection and the story pane previews it. One op is a key press's
// Update and View; the preview's render runs in a command, off the UI
// goroutine, and is not counted (TestHoldingJRendersACoupleOfPreviewsAtATime
// checks that at most two run at once).
func BenchmarkSplitKeyPress(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var m tea.Model = benchApp(b, n)
			m, _ = m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
			if !m.(App).splitShown() {
				b.Fatal("not split")
			}
			down, up := keyMsg("j"), keyMsg("k")
			b.ResetTimer()
			for i := range b.N {
				k := down
				if i%2000 >= 1000 {
					k = up
				}
				m = step(m, k)
			}
		})
	}
}

// BenchmarkFrontPage opens the front page and closes it at 100,000
// stories over two years: one op is w (Update and View) and esc.
func BenchmarkFrontPage(b *testing.B) {
	var m tea.Model = benchApp(b, 100_000)
	w, esc := keyMsg("w"), keyMsg("esc")
	b.ResetTimer()
	for range b.N {
		m = step(m, w)
		m = step(m, esc)
	}
}
