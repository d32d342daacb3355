package model

import "slices"

// maxHeadNames is how many of a headline's names a story keeps.
const maxHeadNames = 4

// headName notes a capitalised word of the headline being read (term id),
// once. Whether it is a name is decided when stories are compared: the
// headline's first word is capitalised whatever it is, and counts only
// when other stories write it capitalised inside a sentence.
func (c *Coverage) headName(id int32) { noteOnce(c.headNames[:], id) }

// isName says that term id is a name: written capitalised inside a
// sentence, and not a place.
func (c *Coverage) isName(id int32) bool { return c.name[id] && !c.place[id] }

// namesApart says that a story and another (or an event) are of two
// events because their headlines are of different people or teams: each
// headline names at least two that the other side's terms do not have at
// all. The men's and the women's finals of one tournament, a day apart,
// share the tournament, the city, "final" and "title", and
// "Ferraro beats Quiroga" names no one of "Nowicka outlasts Kovalchuk".
// Not when they share what happened (m's concepts): a cyclone's
// headlines name the districts of two coasts it hit, unknown to the
// gazetteer. Only headlines of one language are compared (a name's
// spelling, and its stem, change with the language), and German, which
// capitalises its nouns, is left out.
func (c *Coverage) namesApart(m match, lang script, own [maxHeadNames]int32, ownVec []covTerm, other []headName, otherVec []covTerm) bool {
	if lang == germanLatin || m.concepts+m.outcomes > 0 {
		return false
	}
	missing := func(heads func(yield func(int32) bool), vec []covTerm) int {
		n := 0
		for id := range heads {
			if !c.isName(id) {
				continue
			}
			if _, found := slices.BinarySearchFunc(vec, id, func(t covTerm, id int32) int { return int(t.id - id) }); !found {
				n++
			}
		}
		return n
	}
	ownHeads := func(yield func(int32) bool) {
		for _, h := range own {
			if h == 0 || !yield(h-1) {
				return
			}
		}
	}
	otherHeads := func(yield func(int32) bool) {
		for _, h := range other {
			if h.lang == lang && !yield(h.id) {
				return
			}
		}
	}
	return missing(ownHeads, otherVec) >= 2 && missing(otherHeads, ownVec) >= 2
}

// docHeads is a story's headline names, as an event keeps them, in
// an array (compared with every story alone a story is placed beside,
// they were a slice allocated each time) and how many there are.
func docHeads(d *covDoc) ([maxHeadNames]headName, int) {
	var out [maxHeadNames]headName
	n := 0
	for _, h := range d.heads {
		if h != 0 {
			out[n] = headName{h - 1, d.script}
			n++
		}
	}
	return out, n
}

// namesApartOf is namesApart of story d and story o, alone.
func (c *Coverage) namesApartOf(m match, d, o *covDoc, vec, other []covTerm) bool {
	heads, n := docHeads(o)
	return c.namesApart(m, d.script, d.heads, vec, heads[:n], other)
}
