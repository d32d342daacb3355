package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

// A story written alone that joins an event with a later outlet's story
// is written again with its event, and the reader is told: the toll's
// update of an earthquake disagrees with the first reports' numbers
// until a report with the magnitude and its toll joins them.
func TestAStoryThatJoinsAnEventLaterIsWrittenAndTold(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "library.db"))
	out := make(chan model.Event, 64)
	in := startIngester(ctx, st, out)
	for _, s := range peruQuake(t) {
		in.Add(s.Source, []*model.Story{s})
		if s.ID == "r032" && s.Event != "" {
			t.Fatalf("the toll's update was placed in %q: the test no longer shows a story joining later", s.Event)
		}
	}
	if err := in.Finish(); err != nil {
		t.Fatal(err)
	}
	close(out)
	told := false
	for e := range out {
		if j, ok := e.(model.EventsJoined); ok {
			told = told || j.Events["r032"] == "r090"
		}
	}
	if !told {
		t.Error("the reader was not told that r032 joined r090")
	}
	for it, err := range st.All(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if it.Story.EventID() != "r090" {
			t.Errorf("%s is stored in event %q, want r090", it.Story.ID, it.Story.EventID())
		}
	}
}

// peruQuake is event e04 of the labelled set's fresh23.jsonl, oldest
// first: an earthquake's coverage as it came (see model's test of the
// same).
func peruQuake(t *testing.T) []*model.Story {
	f, err := os.Open(filepath.Join("..", "testdata", "events", "fresh23.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*model.Story
	for dec := json.NewDecoder(f); dec.More(); {
		var l struct {
			ID, Event, Source, Title, Summary string
			Published                         time.Time
		}
		if err := dec.Decode(&l); err != nil {
			t.Fatal(err)
		}
		if l.Event == "e04" {
			s := &model.Story{ID: l.ID, Source: l.Source, Published: l.Published, Title: l.Title}
			s.Edit().Summary = l.Summary
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b *model.Story) int { return a.Published.Compare(b.Published) })
	return out
}
