package model

import (
	"slices"
	"sync"
	"unicode/utf8"
)

// The tables readTerms looks a word of a spaced script up in, merged so
// that a word costs two lookups, not seven: one by the whole word (its
// function word, number, stop word, event word, name in capitals,
// German separable verb) and one by its first affixKey runes (the event
// words it begins, the names of several words it begins, the
// nationalities it begins). Looked up one table at a time, they were a
// fifth of reading a story's terms in a first ingest.
type wordTableIndex struct {
	whole map[string]wordEntry
	start map[string]startEntry
}

// wordEntry is what the tables say of a whole folded word (romanised when
// it was Cyrillic or Greek). Concept and capital are a concept's id plus
// one, 0 for none.
type wordEntry struct {
	fact      wordFact
	concept   int32 // the lexicon's word, whole (conceptLexicon.exact, or a prefix entry that is a whole word)
	capital   int32 // a name matched only written with capitals (capitalName)
	capUpper  bool  // ...and only in capitals
	separable bool  // a German separable verb: conceptLexicon.separable has its particles
}

// startEntry is what begins with a word's first affixKey runes.
type startEntry struct {
	affixes  []conceptAffix  // event words it begins ("séisme*"), not whole words
	phrases  []conceptPhrase // names of several words whose first word it begins
	demonyms []demonym       // nationalities it begins
}

var wordTables = sync.OnceValue(func() *wordTableIndex {
	lex := concepts()
	x := &wordTableIndex{whole: map[string]wordEntry{}, start: map[string]startEntry{}}
	set := func(w string, f func(*wordEntry)) {
		e := x.whole[w]
		f(&e)
		x.whole[w] = e
	}
	for w, f := range wordFacts {
		set(w, func(e *wordEntry) { e.fact = f })
	}
	for w, id := range lex.exact {
		set(w, func(e *wordEntry) { e.concept = id + 1 })
	}
	for _, key := range slices.Sorted(mapKeys(lex.prefix)) {
		for _, a := range lex.prefix[key] {
			if a.whole {
				// The first of a word's entries wins, as it did in the
				// list.
				set(a.text, func(e *wordEntry) {
					if e.concept == 0 {
						e.concept = a.concept + 1
					}
				})
				continue
			}
			st := x.start[key]
			st.affixes = append(st.affixes, a)
			x.start[key] = st
		}
	}
	for key, list := range lex.phrases {
		// The longest phrase first: "banque centrale européenne" is the
		// ECB, not only a central bank ("banque centrale").
		slices.SortStableFunc(list, func(a, b conceptPhrase) int { return len(b.words) - len(a.words) })
		st := x.start[key]
		st.phrases = list
		x.start[key] = st
	}
	for w, n := range lex.capital {
		set(w, func(e *wordEntry) { e.capital, e.capUpper = n.concept+1, n.upper })
	}
	for verb := range lex.separable {
		set(verb, func(e *wordEntry) { e.separable = true })
	}
	for _, key := range slices.Sorted(mapKeys(demonyms())) {
		for _, d := range demonyms()[key] {
			if utf8.RuneCountInString(d.text) < affixKey {
				panic("coverage demonyms: form shorter than affixKey runes: " + d.text)
			}
			k := d.text[:runesLen([]byte(d.text), affixKey)]
			st := x.start[k]
			st.demonyms = append(st.demonyms, d)
			x.start[k] = st
		}
	}
	return x
})

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// startOf returns what begins with w's first affixKey runes (all of w
// when it is shorter: the first word of a name, "vắc xin").
func (x *wordTableIndex) startOf(w []byte) startEntry {
	return x.start[string(w[:runesLen(w, affixKey)])]
}

// concept returns the concept of a folded word of a spaced script (in
// Latin letters when it was Cyrillic or Greek), -1 for none: the word
// whole, else its longest prefix, else its longest suffix says it
// ("luftangriff" is an airstrike before it is an "*angriff").
func (e wordEntry) conceptOf(st startEntry, w []byte) int32 {
	if e.concept > 0 {
		return e.concept - 1
	}
	id, n := int32(-1), 0
	for _, a := range st.affixes {
		if len(a.text) > n && len(w) >= len(a.text) && string(w[:len(a.text)]) == a.text {
			id, n = a.concept, len(a.text)
		}
	}
	if id >= 0 || len(w) < 2*affixKey { // not long enough to be a compound
		return id
	}
	for _, a := range concepts().suffix[string(w[len(w)-runesEnd(w, affixKey):])] {
		if len(a.text) > n && len(w) > len(a.text) && string(w[len(w)-len(a.text):]) == a.text {
			id, n = a.concept, len(a.text)
		}
	}
	return id
}

// demonymCountry returns the country a folded, romanised word is an
// adjective or a nationality of, 0 for none; st is what its start begins.
func (st startEntry) demonymCountry(word []byte) Country {
	for _, d := range st.demonyms {
		if string(word) == d.text || d.prefix && len(word) > len(d.text) && string(word[:len(d.text)]) == d.text {
			return d.country
		}
	}
	return 0
}

// phraseAt returns the concept of a name of several words that begins at
// words[i], -1 for none; st is what words[i]'s start begins.
func (st startEntry) phraseAt(buf []byte, words []regionWord, i int) int32 {
	for _, p := range st.phrases {
		if i+len(p.words) > len(words) {
			continue
		}
		j := 0
		for ; j < len(p.words); j++ {
			if !phraseWord(words[i+j].text(buf), p.words[j]) {
				break
			}
		}
		if j == len(p.words) {
			return p.concept
		}
	}
	return -1
}

// capitalAt returns the concept of a name matched only when written with
// capitals (see capitalName), -1 for none.
func (e wordEntry) capitalAt(w regionWord) int32 {
	if !w.initial || e.capital == 0 || e.capUpper && !w.upper {
		return -1
	}
	return e.capital - 1
}
