package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
)

// mdCodec stores bodies as their Markdown, given back as is. Their text
// is what feeds, the codec dateline runs with, makes of it: the tests'
// bodies hold HTML, and the index must see its words, not its tags.
type mdCodec struct{}

func (mdCodec) Encode(b model.Body) (kind, raw, base string) { return "md", b.Markdown(), "" }
func (mdCodec) Decode(kind, raw, base string) model.Body     { return model.Markdown(raw) }
func (mdCodec) Text(kind, raw, base string) string           { return feeds.Codec{}.Text(kind, raw, base) }

func openAt(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path, mdCodec{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openTemp(t testing.TB) *Store {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "library.db"))
}

var day0 = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

// story makes a story published hours after day0 (undated when hours < 0).
func story(id string, hours int, regions ...model.Region) *model.Story {
	s := &model.Story{
		Details: &model.Details{
			GUID:    "guid-" + id,
			Summary: "Summary of " + id,
			Link:    "https://example.com/" + id,
		},

		ID: id, Title: "Headline " + id,
		Source: "Example Wire", Section: "World",
		Body: model.Markdown("Body of " + id),
	}
	if hours >= 0 {
		s.Published = day0.Add(time.Duration(hours) * time.Hour)
	}
	for _, r := range regions {
		s.Regions = s.Regions.Add(r)
	}
	return s
}

func upsert(t testing.TB, s *Store, source string, stories ...*model.Story) {
	t.Helper()
	if err := s.Upsert(context.Background(), stories, source); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
}

// flush waits for the queued writes and for the bodies' words to be
// indexed, as a search right after an ingest needs.
func flush(t testing.TB, s *Store) {
	t.Helper()
	if err := s.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.IndexBodies(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func ids(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Story.ID
	}
	return out
}

// corpus makes realistic generated stories: ~500-word HTML bodies drawn
// from a 20,000-word vocabulary with the Zipf distribution of natural
// language, some with a Chinese sentence, spread over two years.
type corpus struct {
	rng   *rand.Rand
	zipf  *rand.Zipf // word frequencies as in natural language
	vocab []string
	paras []string // a body is five of them
}

func newCorpus(seed uint64) *corpus {
	c := &corpus{rng: rand.New(rand.NewPCG(seed, 1))}
	syll := []string{"ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "di", "pa", "gro", "stra", "ben", "tor", "lin", "qua"}
	for range 20000 {
		var b strings.Builder
		for range 2 + c.rng.IntN(3) {
			b.WriteString(syll[c.rng.IntN(len(syll))])
		}
		c.vocab = append(c.vocab, b.String())
	}
	c.vocab = append(c.vocab, "election", "ministry", "harbour", "drought", "parliament", "ceasefire", "Türkiye", "São")
	c.zipf = rand.NewZipf(c.rng, 1.07, 2, uint64(len(c.vocab)-1))
	for i := range 2000 {
		var b strings.Builder
		b.WriteString("<p>")
		for range 100 {
			b.WriteString(c.vocab[c.zipf.Uint64()])
			b.WriteByte(' ')
		}
		if i%50 == 0 {
			b.WriteString("会议在北京举行，代表们讨论了经济问题。")
		}
		b.WriteString("</p>\n")
		c.paras = append(c.paras, b.String())
	}
	return c
}

func (c *corpus) story(i int) *model.Story {
	w := func() string { return c.vocab[c.rng.IntN(len(c.vocab))] }
	s := &model.Story{
		Details: &model.Details{
			Summary: fmt.Sprintf("%s %s %s %s %s %s %s %s", w(), w(), w(), w(), w(), w(), w(), w()),
			Link:    fmt.Sprintf("https://example.com/story/%d", i),
		},

		ID:    fmt.Sprintf("https://example.com/story/%d", i),
		Title: fmt.Sprintf("%s %s %s %s", w(), w(), w(), w()),

		Source:  fmt.Sprintf("Wire %d", i%20),
		Section: []string{"Politics", "Economy", "World", "Science"}[i%4],
		Body:    model.Markdown(c.body()),
	}
	if i%100 != 0 {
		s.Published = day0.Add(-time.Duration(c.rng.IntN(2*365*24*3600)) * time.Second)
	}
	if i%50 == 0 {
		s.Title = "北京 " + s.Title
	}
	s.Regions = s.Regions.Add(model.WorldRegions[c.rng.IntN(len(model.WorldRegions))])
	if i%7 == 0 {
		s.Regions = 0
	}
	return s
}

// body is about 500 words: five paragraphs from the pool.
func (c *corpus) body() string {
	var b strings.Builder
	for range 5 {
		b.WriteString(c.paras[c.rng.IntN(len(c.paras))])
	}
	return b.String()
}

// fill upserts n generated stories in feed-sized batches.
func fill(tb testing.TB, s *Store, c *corpus, n int) {
	tb.Helper()
	ingest(tb, s, c.batches(n))
}

// batches generates n stories in feed-sized batches.
func (c *corpus) batches(n int) [][]*model.Story {
	const batch = 256
	var out [][]*model.Story
	for i := 0; i < n; i += batch {
		stories := make([]*model.Story, 0, batch)
		for j := i; j < min(n, i+batch); j++ {
			stories = append(stories, c.story(j))
		}
		out = append(out, stories)
	}
	return out
}

// ingest upserts batches, each from one of 20 sources in turn, and waits
// until they are committed.
func ingest(tb testing.TB, s *Store, batches [][]*model.Story) {
	tb.Helper()
	ctx := context.Background()
	for i, stories := range batches {
		if err := s.Upsert(ctx, stories, fmt.Sprintf("source-%d", i%20)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := s.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
}
