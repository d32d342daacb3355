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

// briefJSON is one line of `dateline brief --format json`: one event.
// Every key is always present.
type briefJSON struct {
	Region  string `json:"region"`
	Rank    int    `json:"rank"`
	Event   string `json:"event"`
	Outlets int    `json:"outlets"`
	// Countries are ISO 3166-1 codes, those most of its stories name
	// first; [] when none.
	Countries []string    `json:"countries"`
	Lead      storyJSON   `json:"lead"`
	Others    []storyJSON `json:"others"`
}

// PrintBrief writes the front page for `dateline brief`: "text" is each
// region's events under its name (time in loc), "json" one event a line.
// only, when set, keeps one region.
func PrintBrief(w io.Writer, page model.FrontPage, only *model.Region, format string, loc *time.Location) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if format != "json" {
		fmt.Fprintf(bw, "The world from %s to %s\n", page.From.In(loc).Format(TimeLayout), page.To.In(loc).Format(TimeLayout))
	}
	for _, r := range page.Regions {
		if only != nil && r.Region != *only {
			continue
		}
		if format != "json" {
			fmt.Fprintf(bw, "\n%s\n", r.Region)
			if len(r.Events) == 0 {
				fmt.Fprintln(bw, "  (no stories in this day)")
			}
		}
		for i, e := range r.Events {
			if format == "json" {
				j := briefJSON{Region: r.Region.String(), Rank: i + 1, Event: e.Event, Outlets: e.Outlets, Countries: e.Countries.Codes(), Lead: toJSON(e.Lead), Others: []storyJSON{}}
				if j.Countries == nil {
					j.Countries = []string{}
				}
				for _, s := range e.Stories[1:] {
					j.Others = append(j.Others, toJSON(s))
				}
				if err := enc.Encode(j); err != nil {
					return err
				}
				continue
			}
			outlets := plural(e.Outlets, "outlet", "outlets")
			if e.Countries != 0 {
				outlets += " · " + strings.Join(e.Countries.Codes(), " ")
			}
			fmt.Fprintf(bw, "  %d. %s\n     %s · %s · %s · %s\n", i+1, oneLine(e.Lead.Title), outlets,
				oneLine(e.Lead.Source), e.Lead.Published.In(loc).Format(TimeLayout), e.Lead.ID)
		}
	}
	return bw.Flush()
}

// oneLine keeps text on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
