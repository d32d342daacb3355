package model

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var pairFlag = flag.String("pair", "", "part:idA,idB")

func TestZZPair(t *testing.T) {
	if *pairFlag == "" {
		t.Skip()
	}
	part, ids, _ := strings.Cut(*pairFlag, ":")
	want := strings.Split(ids, ",")
	set := readLabelled(t, part)
	c := NewCoverage()
	stories := make([]*Story, len(set))
	leads := map[*Story]string{}
	for i, l := range set {
		stories[i] = l.story()
		leads[stories[i]] = l.Lead
	}
	events := c.Group(stories, func(s *Story) string { return leads[s] })
	names := make([]string, len(c.df))
	for k, v := range c.vocab {
		names[v] = k
	}
	var vecs [][]covTerm
	for _, id := range want {
		d := c.ids[id]
		doc := c.docs[d]
		vec := c.terms[doc.start : doc.start+int32(doc.n)]
		vecs = append(vecs, vec)
		var parts []string
		v := append([]covTerm(nil), vec...)
		sort.Slice(v, func(i, j int) bool { return v[i].w > v[j].w })
		for _, term := range v {
			parts = append(parts, fmt.Sprintf("%q(k%d,df%d,p%v)%.2f", names[term.id], c.kind[term.id], c.df[term.id], c.place[term.id], term.w))
		}
		ev := ""
		for i, s := range stories {
			if s.ID == id {
				ev = events[i]
			}
		}
		t.Logf("%s event=%s script=%d desk=%v why=%v: %s", id, ev, doc.script, doc.desk, doc.why, strings.Join(parts, " "))
	}
	if len(vecs) == 2 {
		m := c.similarity(vecs[0], vecs[1], 1)
		t.Logf("match: %+v", m)
	}
}
