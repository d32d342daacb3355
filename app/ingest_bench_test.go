package app

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkFirstIngest reads generated RSS feeds of 10,000 items each
// (genfeed-like: a headline, a summary and a body of ~300 words in
// paragraphs) into an empty library, as `dateline list FEEDS` does:
// parsed, placed in events, stored, and collected, with the session's
// memory policy. peak-heap-MiB is the largest Go heap seen (sampled every
// 10 ms); the process's peak adds SQLite's memory and the binary.
//
//	go test ./app -run '^$' -bench FirstIngest -benchtime 1x
func BenchmarkFirstIngest(b *testing.B) {
	for _, n := range []int{1, 10} {
		b.Run(fmt.Sprintf("%dk", n*10), func(b *testing.B) {
			dir := b.TempDir()
			for i := range n {
				writeBenchFeed(b, filepath.Join(dir, fmt.Sprintf("part%d.xml", i)), i, 10_000)
			}
			defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
			var peak float64
			for b.Loop() {
				b.StopTimer()
				lib := filepath.Join(b.TempDir(), "library.db")
				s := New(Env{SetMemoryLimit: debug.SetMemoryLimit}, Paths{Library: lib})
				debug.SetMemoryLimit(math.MaxInt64)
				stop := sampleHeap(&peak)
				b.StartTimer()
				coll, failed, err := s.Collect(b.Context(), Want{Sources: []string{dir}, Whole: true})
				if err != nil || len(failed) > 0 {
					b.Fatal(err, failed)
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				stop()
				if coll.Len() != n*10_000 {
					b.Fatalf("%d stories collected, want %d", coll.Len(), n*10_000)
				}
				b.StartTimer()
			}
			b.ReportMetric(peak/(1<<20), "peak-heap-MiB")
		})
	}
}

// sampleHeap keeps the largest heap seen in peak until stop is called.
func sampleHeap(peak *float64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			*peak = max(*peak, float64(s[0].Value.Uint64()))
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// benchWords are the words the generated bodies are made of.
var benchWords = strings.Fields(`the a of to in on for with by from about after before during under over
between against government market people country city region policy report analysis official minister
council budget growth trade energy climate research study data team season match league festival museum
history future plan proposal agreement decision statement interview evidence committee community industry
company worker family student network system project result figure rate price cost investment election
campaign vote support pressure change crisis response impact said told noted argued warned confirmed
announced reported remained increased reduced approved rejected launched opened reached new large small
major local national international public private early recent current significant stable strong long
clear rapid modest careful and but or because while although when where which that this their many
several most more first second last next final annual regional global also still often widely nearly
Parliament Astronomers Exporters Diplomats Quentin Nairobi Lisbon Jakarta Chile Kenya Portugal Ottawa`)

// writeBenchFeed writes an RSS feed of items items, the same for the same
// seed, newest first over two years.
func writeBenchFeed(b *testing.B, path string, seed, items int) {
	rng := rand.New(rand.NewPCG(uint64(seed), 7))
	sentence := func(sb *strings.Builder, words int) {
		for j := range words {
			w := benchWords[rng.IntN(len(benchWords))]
			if j == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				sb.WriteByte(' ')
			}
			sb.WriteString(w)
		}
		sb.WriteByte('.')
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Bench Wire %d</title><link>https://news%d.example.com/</link>
`, seed, seed)
	end := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range items {
		at := end.Add(-time.Duration(i) * 2 * 365 * 24 * time.Hour / time.Duration(items))
		at = at.Add(-time.Duration(rng.IntN(3600)) * time.Second)
		var title strings.Builder
		sentence(&title, 5+rng.IntN(5))
		fmt.Fprintf(&sb, "<item>\n<title>%s</title>\n<link>https://news%d.example.com/story/%d</link>\n", strings.TrimSuffix(title.String(), "."), seed, i)
		fmt.Fprintf(&sb, "<guid isPermaLink=\"false\">https://news%d.example.com/id/%d</guid>\n<pubDate>%s</pubDate>\n", seed, i, at.Format(time.RFC1123Z))
		fmt.Fprintf(&sb, "<category>%s</category>\n<description>", []string{"Politics", "Economy", "World", "Sports", "Science", "Culture"}[rng.IntN(6)])
		sentence(&sb, 20+rng.IntN(20))
		sb.WriteString("</description>\n<content:encoded><![CDATA[")
		for range 3 + rng.IntN(4) {
			sb.WriteString("<p>")
			for k := range 3 + rng.IntN(3) {
				if k > 0 {
					sb.WriteByte(' ')
				}
				if k == 1 {
					sb.WriteString("<strong>")
					sentence(&sb, 8+rng.IntN(16))
					sb.WriteString("</strong>")
					continue
				}
				sentence(&sb, 8+rng.IntN(16))
			}
			if rng.IntN(3) == 0 {
				fmt.Fprintf(&sb, ` See the <a href="https://news%d.example.com/ref/%d">full report</a>.`, seed, rng.IntN(1e6))
			}
			sb.WriteString("</p>\n")
		}
		sb.WriteString("]]></content:encoded>\n</item>\n")
	}
	sb.WriteString("</channel></rss>\n")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
}
