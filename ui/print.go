package ui

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dateline-news/dateline/model"
)

// storyJSON is one line of `dateline list --format json`. Every key is always
// present: an undated story has "published": null, one with no region [].
type storyJSON struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Summary string   `json:"summary"`
	Regions []string `json:"regions"`
	// Countries are ISO 3166-1 codes, in the order the story names them.
	Countries []string `json:"countries"`
	Section   string   `json:"section"`
	Source    string   `json:"source"`
	Author    string   `json:"author"`
	Published *string  `json:"published"`
	Link      string   `json:"link"`
	// Event is the ID shared by every story of an event (model.Coverage);
	// a story alone has its own ID.
	Event string `json:"event"`
	// Read and Starred are the marks, present when there is a library.
	Read    *bool `json:"read,omitempty"`
	Starred *bool `json:"starred,omitempty"`
}

// PrintList writes stories for `dateline list`: "text" is one line a story,
// its time in loc, "json" one object a line (times in UTC, RFC 3339).
// states, when not nil, holds each story's marks (the json has them as
// "read" and "starred").
func PrintList(w io.Writer, stories []*model.Story, states []model.StoryState, format string, loc *time.Location) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i, s := range stories {
		var err error
		if format == "json" {
			j := toJSON(s)
			if states != nil {
				j.Read, j.Starred = &states[i].Read, &states[i].Starred
			}
			err = enc.Encode(j)
		} else {
			_, err = fmt.Fprintln(bw, textLine(s, loc))
		}
		if err != nil {
			return err
		}
	}
	return bw.Flush()
}

func toJSON(s *model.Story) storyJSON {
	j := storyJSON{
		ID: s.ID, Title: s.Title, Summary: s.Summary(), Regions: s.Regions.Names(), Countries: s.Countries.Codes(),
		Section: s.Section, Source: s.Source, Author: s.Author(), Link: s.Link(), Event: s.EventID(),
	}
	if s.Dated() {
		p := s.Published.UTC().Format(time.RFC3339)
		j.Published = &p
	}
	return j
}

// TimeLayout is how list and feeds show a time: in the user's zone, which
// it names ("2026-11-20 14:10 CET").
const TimeLayout = "2006-01-02 15:04 MST"

// textLine is "DATE | REGIONS | SOURCE | HEADLINE | ID", the date in loc.
// A date with no time is the date alone, as the story's header shows it.
func textLine(s *model.Story, loc *time.Location) string {
	width := len(time.Now().In(loc).Format(TimeLayout))
	date := fmt.Sprintf("%-*s", width, "undated")
	switch {
	case s.Dated() && dateOnly(s.Published):
		date = fmt.Sprintf("%-*s", width, s.Published.UTC().Format(time.DateOnly))
	case s.Dated():
		date = s.Published.In(loc).Format(TimeLayout)
	}
	regions := strings.Join(s.Regions.Names(), ", ")
	if regions == "" {
		regions = model.Other.String()
	}
	return strings.Join([]string{date, regions, s.Source, s.Title, s.ID}, " | ")
}
