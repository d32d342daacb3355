package app

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

// What the commands that print read: every story of a stream at once, one
// story by ID, and the full-text index.

// Collect reads every story want asks for into a collection, with the
// failures on the way (each names its source).
func (s *Session) Collect(ctx context.Context, want Want) (*model.Collection, []error, error) {
	want.Whole, want.Refresh = !want.Headlines, false
	stream, err := s.Stories(ctx, want)
	if err != nil {
		return nil, nil, err
	}
	coll := model.NewCollection()
	var failed []error
	arrived := map[model.Origin]int{}
	for e := range stream.Events {
		switch e := e.(type) {
		case model.StoriesArrived:
			arrived[e.From] += len(e.Stories)
			if want.Unsearched {
				if want.Headlines {
					e.Stories = headlines(e.Stories)
				}
				coll.Add(model.PrepareUnsearched(e))
			} else {
				coll.Add(model.PrepareArrived(e))
			}
		case model.StoriesStored:
			if want.Unsearched && want.Headlines {
				continue // nothing kept that the disk could take
			}
			coll.Replace(e.Stories) // the same stories, their bodies now on disk
		case model.EventsJoined:
			coll.Rejoin(e.Events)
		case model.SourceFailed:
			failed = append(failed, e.Err)
			arrived[e.From] += 0
		}
	}
	return coll, append(failed, emptyFolders(want.Sources, arrived)...), nil
}

// emptyFolders are the failures of the folders among sources that gave
// no story and no failure: a folder with no feeds in it is a mistake to
// say, not an empty list.
func emptyFolders(sources []string, arrived map[model.Origin]int) []error {
	var errs []error
	for _, p := range sources {
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			continue
		}
		src := feeds.Path(p)
		if _, heard := arrived[src.Origin()]; !heard {
			errs = append(errs, fmt.Errorf("%s: a folder with no stories in it (no feed file or Markdown story file that holds one)", src.Name()))
		}
	}
	return errs
}

// Find finds the story with that ID or feed guid: in the sources when
// want names any, else in the library (without loading the rest), else in
// the sample. Its body is read whole, so it outlives the session. nil
// means there is none.
func (s *Session) Find(ctx context.Context, want Want, id string) (*model.Story, []error, error) {
	st, err := s.Library()
	if err != nil {
		return nil, nil, err
	}
	if len(want.Sources) == 0 && st != nil && !empty(st) {
		it, found, err := st.Find(ctx, id)
		if err != nil || !found {
			return nil, nil, err
		}
		it.Story.Body = model.Markdown(it.Story.Body.Markdown())
		return it.Story, nil, nil
	}
	coll, failed, err := s.Collect(ctx, want)
	if err != nil {
		return nil, nil, err
	}
	story, found := coll.Lookup(id)
	if !found {
		return nil, failed, nil
	}
	if _, done := story.Body.(model.Markdown); !done && story.Body != nil {
		story.Body = model.Markdown(story.Body.Markdown()) // it may be read from the library, about to close
	}
	return story, failed, nil
}

// FullText finds, in the library's full-text index (bodies included), the
// stories of coll with every word and phrase of an alternative of q, as
// the reader's filter does: one index query per distinct alternative
// (q.TextQueries). Without a library, or words, it finds nothing.
func (s *Session) FullText(ctx context.Context, coll *model.Collection, q model.Search) (model.TextHits, error) {
	asked := q.TextQueries()
	st, err := s.Library()
	if err != nil || st == nil || len(asked) == 0 {
		return nil, err
	}
	// The sources were just stored: their bodies' words must be in the
	// index before it is asked.
	if err := st.IndexBodies(ctx); err != nil {
		return nil, err
	}
	ids := make([][]string, len(asked))
	for i, tq := range asked {
		if ids[i], err = st.SearchWords(ctx, tq.Words, tq.Phrases, 0); err != nil {
			return nil, err
		}
	}
	return coll.Found(asked, ids), nil
}

// SearchAsYouType is the reader's full-text search: the IDs of the stories
// with every word and phrase, and whether bodies are still waiting to be
// indexed (the answer may grow).
func (s *Session) SearchAsYouType(ctx context.Context, words, phrases []string) ([]string, bool, error) {
	st, err := s.Library()
	if err != nil || st == nil {
		return nil, false, err
	}
	pending := st.BodiesPending(ctx)
	ids, err := st.SearchWords(ctx, words, phrases, 0)
	return ids, pending, err
}

// ImportState adds the marks in r (dateline's JSON, or a newsboat list of
// read GUIDs or URLs) to the library.
func (s *Session) ImportState(ctx context.Context, r io.Reader) (store.MarksImported, error) {
	st, err := s.Library()
	if err != nil {
		return store.MarksImported{}, err
	}
	return st.ImportState(ctx, r)
}

// ExportState writes the library's marks to w as JSON.
func (s *Session) ExportState(ctx context.Context, w io.Writer) error {
	st, err := s.Library()
	if err != nil {
		return err
	}
	return st.ExportState(ctx, w)
}

// headlines are stories without their details and bodies, for a caller
// that prints headlines and matches no words: a parsed story's summary,
// link and body are let go once it is written, not kept to the end of a
// first ingest.
func headlines(stories []*model.Story) []*model.Story {
	out := make([]*model.Story, len(stories))
	for i, s := range stories {
		c := *s
		c.Details, c.Body = nil, nil
		out[i] = &c
	}
	return out
}
