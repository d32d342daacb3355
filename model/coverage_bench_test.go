package model

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// benchStories makes n stories over a year, as events of one to five
// outlets each told in their own words: names, places and numbers shared
// within an event, words of a common news vocabulary around them.
func benchStories(n int, seed uint64) []*Story {
	rng := rand.New(rand.NewPCG(seed, 7))
	first := []string{"Amara", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Luis",
		"Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yara"}
	last := []string{"Adeyemi", "Bauer", "Chen", "Dubois", "Eriksen", "Fernandes", "Gupta", "Haddad", "Ivanova", "Jensen",
		"Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi", "Santos", "Tanaka", "Weber"}
	places := []string{"Nairobi", "Lagos", "Cairo", "Tokyo", "Manila", "Jakarta", "Sydney", "Berlin", "Paris", "Madrid",
		"Warsaw", "Kyiv", "Ankara", "Tehran", "Baghdad", "Riyadh", "Lima", "Bogotá", "Santiago", "Toronto", "Chicago",
		"Mumbai", "Dhaka", "Hanoi", "Seoul", "Beijing", "Istanbul", "Athens", "Rome", "Lisbon", "Accra", "Dakar"}
	topics := [][]string{
		{"strike", "union", "workers", "pay", "walkout", "talks"},
		{"flood", "rain", "evacuated", "rivers", "storm", "damage"},
		{"election", "vote", "ballots", "turnout", "candidate", "coalition"},
		{"rates", "inflation", "central", "bank", "prices", "economists"},
		{"earthquake", "magnitude", "tremor", "buildings", "rescue", "aftershock"},
		{"court", "ruling", "judges", "appeal", "verdict", "trial"},
		{"rail", "line", "trains", "passengers", "station", "opens"},
		{"exports", "trade", "tariffs", "shipments", "port", "cargo"},
		{"protest", "police", "crowds", "march", "square", "arrests"},
		{"vaccine", "outbreak", "cases", "health", "hospital", "clinic"},
	}
	filler := strings.Fields("government market people country city region policy report official minister council " +
		"budget growth energy climate research season plan proposal agreement decision statement committee " +
		"community industry company family network system project result figure cost investment campaign " +
		"support pressure change crisis response impact week month year officials said says warned expected")
	sources := []string{"Meridian Wire", "Capital Ledger", "Harbour Dispatch", "Northern Courier", "Field Notes",
		"Pulse Digest", "Rheinblatt", "Gazette du Matin", "Evening Post", "Daily Signal"}
	start := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	var out []*Story
	for ev := 0; len(out) < n; ev++ {
		who := first[rng.IntN(len(first))] + " " + last[rng.IntN(len(last))]
		where := places[rng.IntN(len(places))]
		topic := topics[rng.IntN(len(topics))]
		num := fmt.Sprintf("%d,%03d", 1+rng.IntN(900), rng.IntN(1000))
		at := start.Add(time.Duration(rng.Int64N(int64(365 * 24 * time.Hour))))
		outlets := 1 + rng.IntN(5)
		for k, o := range rng.Perm(len(sources))[:outlets] {
			word := func() string { return filler[rng.IntN(len(filler))] }
			t := func() string { return topic[rng.IntN(len(topic))] }
			title := fmt.Sprintf("%s %s %s as %s %s %s", where, t(), word(), who, t(), word())
			summary := fmt.Sprintf("%s %s said %s %s in %s, where %s %s %s %s %s", who, word(), num, t(), where, word(), t(), word(), word(), t())
			out = append(out, &Story{
				Details: &Details{
					Summary: summary,
				},

				ID: fmt.Sprintf("https://news.example/%d/%d", ev, k), Source: sources[o],
				Published: at.Add(time.Duration(rng.IntN(30)) * time.Hour),
				Title:     title,
			})
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// BenchmarkCoverageGroup100k groups 100,000 stories from scratch, and
// reports the grouping's live heap.
func BenchmarkCoverageGroup100k(b *testing.B) {
	stories := benchStories(100_000, 1)
	PreparePlaces()
	var before, after runtime.MemStats
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		c := NewCoverage()
		c.Group(stories, nil)
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "live-MiB")
		runtime.KeepAlive(c)
		b.StartTimer()
	}
}

// BenchmarkCoveragePlace100k places one new story in a grouping of
// 100,000.
func BenchmarkCoveragePlace100k(b *testing.B) {
	stories := benchStories(110_000, 2)
	c := NewCoverage()
	c.Group(stories[:100_000], nil)
	fresh := stories[100_000:]
	i := 0
	for b.Loop() {
		s := *fresh[i%len(fresh)]
		s.ID = fmt.Sprintf("%s#%d", s.ID, i)
		c.Place(&s, "")
		i++
	}
}
