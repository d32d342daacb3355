package ui

// The front page of the world (w from the list): for each region, the
// events of the last day that the most outlets covered, each with its
// outlet count. j/k move through every event, tab to the next region,
// enter opens an event's lead story; esc comes back from it here.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// frontPerRegion is how many events a region shows.
const frontPerRegion = 5

// frontScreen is the front page and the event selected on it.
type frontScreen struct {
	page model.FrontPage
	// at is the selected event: its region and its place there.
	region, event int
}

// open builds the front page of the stories as they are now.
func (f frontScreen) open(e env) frontScreen {
	f = frontScreen{page: e.stories.FrontPage(e.opts.Now(), frontPerRegion)}
	for i, r := range f.page.Regions {
		if len(r.Events) > 0 {
			f.region = i
			break
		}
	}
	return f
}

// selected is the selected event, if any.
func (f frontScreen) selected() (model.FrontEvent, bool) {
	if f.region >= len(f.page.Regions) || f.event >= len(f.page.Regions[f.region].Events) {
		return model.FrontEvent{}, false
	}
	return f.page.Regions[f.region].Events[f.event], true
}

// move goes dir events on, across regions.
func (f frontScreen) move(dir int) frontScreen {
	type at struct{ r, e int }
	var all []at
	cur := 0
	for r, reg := range f.page.Regions {
		for e := range reg.Events {
			if r == f.region && e == f.event {
				cur = len(all)
			}
			all = append(all, at{r, e})
		}
	}
	if len(all) == 0 {
		return f
	}
	next := all[max(0, min(len(all)-1, cur+dir))]
	f.region, f.event = next.r, next.e
	return f
}

// nextRegion goes to the first event of the next (or previous) region
// that has any, round the end.
func (f frontScreen) nextRegion(dir int) frontScreen {
	n := len(f.page.Regions)
	for i := 1; i <= n; i++ {
		r := ((f.region+dir*i)%n + n) % n
		if len(f.page.Regions[r].Events) > 0 {
			f.region, f.event = r, 0
			return f
		}
	}
	return f
}

func (f frontScreen) update(msg tea.KeyPressMsg, k *KeyMap) (frontScreen, outcome) {
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit), key.Matches(msg, k.Front):
		return f, outcome{do: actBack}
	case key.Matches(msg, k.Help):
		return f, outcome{do: actHelp}
	case key.Matches(msg, k.Down):
		f = f.move(1)
	case key.Matches(msg, k.Up):
		f = f.move(-1)
	case key.Matches(msg, k.NextTab):
		f = f.nextRegion(1)
	case key.Matches(msg, k.PrevTab):
		f = f.nextRegion(-1)
	case key.Matches(msg, k.Open):
		if ev, ok := f.selected(); ok {
			return f, outcome{do: actOpenStory, seq: ev.Seqs[0]}
		}
	}
	return f, outcome{}
}

// draw draws the front page: the regions one under the other, or on a
// wide screen in two columns.
func (f frontScreen) draw(e env, footer func(string) string) string {
	st := e.styles
	var b strings.Builder
	title := st.App.Title.Render("The world") + st.App.Subtle.Render(fmt.Sprintf("  %s to %s",
		f.page.From.In(e.opts.Location).Format("Mon 2 Jan 15:04"), f.page.To.In(e.opts.Location).Format("Mon 2 Jan 15:04 MST")))
	b.WriteString(ansi.Truncate(title, e.width, "…") + "\n")
	b.WriteString(rule(e) + "\n")
	rows := e.height - 4 // the title, two rules and the footer
	var body []string
	selLine := 0
	if f.page.Empty() {
		body = []string{" " + st.List.Empty.Render("No stories in the last day. Press r to refresh, or esc for the list.")}
	} else if cols := 2; e.width >= 160 {
		colW := (e.width - 3) / cols
		var blocks [2][]string
		for i := range f.page.Regions {
			lines, sel := f.regionLines(e, i, colW)
			c := 0
			if i >= (len(f.page.Regions)+1)/2 {
				c = 1
			}
			if sel >= 0 {
				selLine = len(blocks[c]) + sel
			}
			blocks[c] = append(blocks[c], lines...)
		}
		for i := range max(len(blocks[0]), len(blocks[1])) {
			body = append(body, padRight(ansi.Truncate(line(blocks[0], i), colW, ""), colW)+" "+st.App.Rule.Render("│")+" "+line(blocks[1], i))
		}
	} else {
		for i := range f.page.Regions {
			lines, sel := f.regionLines(e, i, e.width)
			if sel >= 0 {
				selLine = len(body) + sel
			}
			body = append(body, lines...)
		}
	}
	// Keep the selection on screen, with the line above it (its region's
	// name, for the first event).
	top := max(0, min(selLine-rows/2, len(body)-rows))
	for i := top; i < top+rows; i++ {
		b.WriteString(line(body, i) + "\n")
	}
	b.WriteString(rule(e) + "\n")
	n := 0
	for _, r := range f.page.Regions {
		n += len(r.Events)
	}
	return b.String() + footer(st.App.Subtle.Render(plural(n, "event", "events")+", the most covered first"))
}

// regionLines are region i's lines at width, and which of them is the
// selected event's first (-1: none).
func (f frontScreen) regionLines(e env, i, width int) ([]string, int) {
	st := e.styles
	r := f.page.Regions[i]
	lines := []string{" " + st.App.Notice.Render(r.Region.String())}
	sel := -1
	if len(r.Events) == 0 {
		lines = append(lines, "   "+st.App.Subtle.Render("nothing in this day"))
	}
	for j, ev := range r.Events {
		head := fmt.Sprintf(" %d. %s", j+1, ev.Lead.Title)
		meta := fmt.Sprintf("    %s · %s · %s", plural(ev.Outlets, "outlet", "outlets"), ev.Lead.Source,
			ev.Lead.Published.In(e.opts.Location).Format("Mon 2 Jan 15:04"))
		if ev.Countries != 0 {
			meta += " · " + strings.Join(ev.Countries.Codes(), " ")
		}
		head, meta = fit(head, width), fit(meta, width)
		if i == f.region && j == f.event {
			sel = len(lines)
			head = st.List.Selected.Render(head)
		}
		lines = append(lines, head, st.App.Subtle.Render(meta))
	}
	return append(lines, ""), sel
}
