package model

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var diagPart = flag.String("diag", "", "part to diagnose")
var diagLead = flag.Bool("diaglead", false, "with leads")
var diagIDs = flag.String("diagids", "", "ids to dump")

func TestZZDiag(t *testing.T) {
	if *diagPart == "" {
		return
	}
	set := readLabelled(t, *diagPart)
	stories := make([]*Story, len(set))
	for i, l := range set {
		stories[i] = l.story()
	}
	c := NewCoverage()
	leads := map[*Story]string{}
	for i, l := range set {
		if *diagLead {
			leads[stories[i]] = l.Lead
		}
	}
	got := c.Group(stories, func(s *Story) string { return leads[s] })
	names := make(map[int32]string, len(c.vocab))
	for term, id := range c.vocab {
		names[id] = term
	}
	kinds := []string{"w", "d", "n", "N", "C", "K", "O"}
	dump := func(d int32) string {
		doc := c.docs[d]
		var parts []string
		for _, t := range c.terms[doc.start : doc.start+int32(doc.n)] {
			k := kinds[c.kind[t.id]]
			if c.place[t.id] {
				k += "p"
			}
			if c.name[t.id] {
				k += "n"
			}
			parts = append(parts, fmt.Sprintf("%s/%s%.2f", names[t.id], k, t.w))
		}
		sort.Strings(parts)
		return fmt.Sprintf("script=%d desk=%v [%s]", doc.script, doc.desk, strings.Join(parts, " "))
	}
	if *diagIDs != "" {
		for i, l := range set {
			if strings.Contains(*diagIDs, l.ID) {
				d := c.ids[l.ID]
				fmt.Printf("  %s %s -> %s  %s\n     %s\n", l.ID, l.Event, got[i], l.Title, dump(d))
			}
		}
		return
	}
	byEvent := map[string][]int{}
	for i, l := range set {
		byEvent[l.Event] = append(byEvent[l.Event], i)
	}
	var evs []string
	for e, m := range byEvent {
		if len(m) > 1 {
			evs = append(evs, e)
		}
	}
	sort.Strings(evs)
	for _, e := range evs {
		m := byEvent[e]
		split := false
		for _, i := range m[1:] {
			if got[i] != got[m[0]] {
				split = true
			}
		}
		if !split {
			continue
		}
		fmt.Printf("=== event %s\n", e)
		for _, i := range m {
			d := c.ids[set[i].ID]
			fmt.Printf("  %s -> %s  %s\n     %s\n", set[i].ID, got[i], set[i].Title, dump(d))
		}
		for x, i := range m {
			for _, j := range m[x+1:] {
				if got[i] == got[j] {
					continue
				}
				a, b := c.docs[c.ids[set[i].ID]], c.docs[c.ids[set[j].ID]]
				va, vb := c.terms[a.start:a.start+int32(a.n)], c.terms[b.start:b.start+int32(b.n)]
				mm := c.similarity(va, vb, 1)
				na, nb := c.neutralNorm(va, true), c.neutralNorm(vb, true)
				fmt.Printf("    %s~%s score %.3f beyond %.3f other %d countries %d concepts %d numbers %d long %d names %d places %d who %d neutralcos %.2f nums %d/%d\n",
					set[i].ID, set[j].ID, mm.score, mm.beyond, mm.other, mm.countries, mm.concepts, mm.numbers, mm.long3plus, mm.names, mm.places, mm.who, mm.neutral/(na*nb+1e-9), c.numberCount(va), c.numberCount(vb))
			}
		}
	}
}
