package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The reader sets its memory limit by the size of its library (a small one
// gets the floor), raises it while it parses by the parse limit and what
// it then holds, and GOMEMLIMIT overrides it.
func TestReaderMemoryLimitFollowsTheLibrary(t *testing.T) {
	dir := t.TempDir()
	// feed writes a feed of n stories on host to name.
	feed := func(name, host string, n int) string {
		var items strings.Builder
		for i := range n {
			fmt.Fprintf(&items, "<item><title>Story %d</title><link>https://%s/%d</link></item>", i, host, i)
		}
		rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` + items.String() + `</channel></rss>`
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(rss), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	session := func(env map[string]string, limits *[]int64) *Session {
		s := New(Env{
			Stdin: strings.NewReader(""), Stderr: new(bytes.Buffer), Version: "test",
			LookupEnv: func(k string) (string, bool) {
				if k == "HOME" {
					return dir, true
				}
				v, ok := env[k]
				return v, ok
			},
			SetMemoryLimit: func(n int64) int64 { *limits = append(*limits, n); return 0 },
		}, Paths{Config: filepath.Join(dir, "config.toml"), Library: filepath.Join(dir, "library.db")})
		t.Cleanup(func() { s.Close() })
		return s
	}

	var limits []int64
	s := session(nil, &limits)
	s.ReaderStarting()
	if len(limits) != 1 || limits[0] != readerLimit(0) {
		t.Fatalf("empty library: limits %v, want [%d]", limits, readerLimit(0))
	}
	if _, _, err := s.Collect(context.Background(), Want{Sources: []string{feed("feed.xml", "example.com", 30)}, Whole: true}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	limits = nil
	session(nil, &limits).ReaderStarting()
	if len(limits) != 1 || limits[0] != readerLimit(30) {
		t.Errorf("30 stories: limits %v, want [%d]", limits, readerLimit(30))
	}

	// Parsing a source, the reader's limit is the parse limit plus its
	// list: the 30 stories it started with and the 20 new ones written.
	feed2 := feed("feed2.xml", "example.org", 20)
	limits = nil
	s = session(nil, &limits)
	s.ReaderStarting()
	if _, _, err := s.Collect(context.Background(), Want{Sources: []string{feed2}, Whole: true}); err != nil {
		t.Fatal(err)
	}
	want := []int64{readerLimit(30), parseMemoryLimit, parseMemoryLimit + 50*readerPerStory}
	if !slices.Equal(limits, want) {
		t.Errorf("the reader parsing 20 new stories over 30: limits %v, want %v", limits, want)
	}
	s.Close()

	// dateline list keeps no list: parsing sets the parse limit alone.
	limits = nil
	s = session(nil, &limits)
	if _, _, err := s.Collect(context.Background(), Want{Sources: []string{feed("feed3.xml", "example.net", 5)}, Whole: true}); err != nil {
		t.Fatal(err)
	}
	if want := []int64{parseMemoryLimit}; !slices.Equal(limits, want) {
		t.Errorf("no reader: limits %v, want %v", limits, want)
	}

	limits = nil
	session(map[string]string{"GOMEMLIMIT": "1GiB"}, &limits).ReaderStarting()
	if len(limits) != 0 {
		t.Errorf("with GOMEMLIMIT set the session set limits %v", limits)
	}
}

// The limit leaves the collector room over what the reader keeps live
// (~530 bytes a story and ~10 MiB of runtime beside the heap), at any
// size: with none, every key started a collection of the whole heap.
func TestReaderLimitLeavesRoomAtEverySize(t *testing.T) {
	for _, n := range []int{0, 1_000, 10_000, 100_000, 300_000, 1_000_000} {
		live := int64(10<<20 + 530*n)
		if room := readerLimit(n) - live; room < 12<<20 {
			t.Errorf("%d stories: limit %d MiB leaves %d MiB over ~%d MiB live", n, readerLimit(n)>>20, room>>20, live>>20)
		}
	}
	if got := readerLimit(100_000); got > 90<<20 {
		t.Errorf("100k stories: limit %d MiB, over 90", got>>20)
	}
}
