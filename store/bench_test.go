package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// Run the large ones once:
//
//	go test ./store -run '^$' -bench . -benchtime 1x
//
// BenchmarkIngest100k reports the time to ingest 100,000 stories;
// BenchmarkLibrary builds libraries of 10,000 and 100,000 stories once and
// times the reads on them (run with a larger -benchtime for those).

func BenchmarkIngest100k(b *testing.B) {
	// The stories are built before the first b.Loop, which starts the
	// timer: only storing them is timed, into a new library each time.
	batches := newCorpus(1).batches(100_000)
	for b.Loop() {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "library.db"), mdCodec{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		ingest(b, s, batches)
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

func BenchmarkLibrary(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		s, err := Open(filepath.Join(b.TempDir(), "library.db"), mdCodec{})
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		c := newCorpus(1)
		fill(b, s, c, n)
		b.Logf("%d stories ingested in %v", n, time.Since(start).Round(time.Millisecond))
		start = time.Now()
		if err := s.IndexBodies(context.Background()); err != nil {
			b.Fatal(err)
		}
		b.Logf("their bodies indexed in %v more", time.Since(start).Round(time.Millisecond))
		// Time the reads on a library at rest: its index merged.
		start = time.Now()
		for segmentCount(b, s) > 4 && time.Since(start) < time.Minute {
			time.Sleep(100 * time.Millisecond)
		}
		b.Logf("index merged in %v more", time.Since(start).Round(100*time.Millisecond))
		ctx := context.Background()
		name := map[int]string{10_000: "10k", 100_000: "100k"}[n]
		b.Run("FirstPage/"+name, func(b *testing.B) {
			for b.Loop() {
				if items, err := s.FirstPage(ctx, model.Everywhere(), 50); err != nil || len(items) != 50 {
					b.Fatal(len(items), err)
				}
			}
		})
		b.Run("FirstPageRegion/"+name, func(b *testing.B) {
			for b.Loop() {
				if items, err := s.FirstPage(ctx, model.In(model.Africa), 50); err != nil || len(items) != 50 {
					b.Fatal(len(items), err)
				}
			}
		})
		b.Run("NextPage/"+name, func(b *testing.B) {
			first, _ := s.FirstPage(ctx, model.Everywhere(), 50)
			c := After(model.Everywhere(), first[49].Story)
			for b.Loop() {
				if items, err := s.Page(ctx, c, 50); err != nil || len(items) != 50 {
					b.Fatal(len(items), err)
				}
			}
		})
		b.Run("Counts/"+name, func(b *testing.B) {
			for b.Loop() {
				if all, _, _, err := s.Counts(ctx); err != nil || all != n {
					b.Fatal(all, err)
				}
			}
		})
		// A word's frequency falls with its rank in the vocabulary.
		for _, q := range []struct{ name, word string }{
			{"SearchPrefix", c.vocab[300][:4]},
			{"SearchRarePrefix", c.vocab[15000]},
			{"SearchCommonPrefix", c.vocab[0][:2]},
			{"SearchCJK", "北京"},
			{"SearchCJKLong", "北京举行"},
		} {
			b.Run(q.name+"/"+name, func(b *testing.B) {
				for b.Loop() {
					if ids, err := s.SearchWords(ctx, []string{q.word}, nil, 50); err != nil || len(ids) == 0 {
						b.Fatal(len(ids), err)
					}
				}
			})
			b.Run(q.name+"All/"+name, func(b *testing.B) {
				for b.Loop() {
					if ids, err := s.SearchWords(ctx, []string{q.word}, nil, 0); err != nil || len(ids) == 0 {
						b.Fatal(len(ids), err)
					}
				}
			})
		}
		s.Close()
	}
}
