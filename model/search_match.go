package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Evaluating a parsed Search against one story. Collection.View narrows
// with its index and arrays first and evaluates what is left the same way,
// with the index's answers for words and phrases.

// Matches reports whether s, whose state is st, matches q.
func (q Search) Matches(s *Story, st StoryState) bool {
	if len(q.terms) == 0 {
		return true
	}
	var buf [16]bool
	e := evaluation{q: &q, seen: buf[:0]}
	if n := len(q.terms); n <= len(buf) {
		e.seen = buf[:n]
	} else {
		e.seen = make([]bool, n)
	}
	e.reset(s, s.Regions, st, 0)
	return e.node(&q.root)
}

// evaluation is a query being evaluated against one story.
type evaluation struct {
	q       *Search
	s       *Story
	regions RegionSet
	st      StoryState
	// bits, when not nil, holds for each word or phrase term of q the word
	// index's stories with its words (a word term's exact answer), and seq
	// is the story's place in them; a nil entry is read from the text.
	bits [][]uint64
	seq  int32
	// seen[k] says text term k appears in the story, once read is set: the
	// text is cut into words once, when a term first needs it.
	seen []bool
	read bool
}

func (e *evaluation) reset(s *Story, regions RegionSet, st StoryState, seq int32) {
	e.s, e.regions, e.st, e.seq, e.read = s, regions, st, seq, false
}

func (e *evaluation) node(n *node) bool {
	switch n.op {
	case opTerm:
		return e.term(n.term)
	case opOr:
		for i := range n.kids {
			if e.node(&n.kids[i]) {
				return true
			}
		}
		return false
	}
	for i := range n.kids {
		if !e.node(&n.kids[i]) {
			return false
		}
	}
	return true
}

func (e *evaluation) term(k int32) bool {
	t := &e.q.terms[k]
	switch t.kind {
	case termWord, termPhrase:
		if e.bits != nil && e.bits[k] != nil {
			if e.bits[k][e.seq>>6]&(1<<(e.seq&63)) == 0 {
				return false
			}
			if t.kind == termWord {
				return true
			}
		}
		return e.has(k)
	case termExcluded:
		return !e.has(k)
	case termRegion:
		return e.regions&t.regions != 0 || t.other && e.regions == 0
	case termCountry:
		for _, c := range t.countries {
			if e.s.Countries.Has(c) {
				return true
			}
		}
		return false
	case termSection:
		return startsAny(e.s.Section, t.any)
	case termSource:
		return startsAny(e.s.Source, t.any)
	case termState:
		return (t.unread == t.read || e.st.Read == t.read) && (!t.starred || e.st.Starred)
	case termAfter:
		return t.date.holds(true, e.s)
	case termBefore:
		return t.date.holds(false, e.s)
	}
	return false
}

// admitsFound reports whether, for a story a full-text search found for
// the words and phrases of the alternatives in alts (bit i: q.alts[i]),
// the other terms of one of them hold: its keys, and its exclusions in the
// text the story has in memory.
func (e *evaluation) admitsFound(alts uint64) bool {
	for i, alt := range e.q.alts {
		if alts&(1<<i) == 0 {
			continue
		}
		ok := true
		for _, k := range alt {
			if !e.q.terms[k].positive() && !e.term(k) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// has reports whether text term k (a word, phrase or exclusion) appears in
// the story's headline, summary, source or section.
func (e *evaluation) has(k int32) bool {
	if !e.read {
		e.readText()
	}
	return e.seen[k]
}

// readText cuts each field into words once and looks for every text term
// in them that the index has not answered.
func (e *evaluation) readText() {
	e.read = true
	clear(e.seen)
	terms := e.q.terms
	var tokArr [64]token
	for _, field := range [...]string{e.s.Title, e.s.Summary(), e.s.Source, e.s.Section} {
		if field == "" {
			continue
		}
		toks := appendTokens(tokArr[:0], Fold(field))
		for k := range terms {
			t := &terms[k]
			if e.seen[k] || !t.text() || t.kind == termWord && e.bits != nil && e.bits[k] != nil {
				continue
			}
			e.seen[k] = t.p.in(toks)
		}
	}
}

// token is a word of folded text as queryWords cuts it; cjk marks a run of
// a script written without spaces, matched as Words indexes it: by its
// first maxCJKRun suffixes.
type token struct {
	text string
	cjk  bool
}

// appendTokens cuts folded text as appendWords does without suffixes.
func appendTokens(out []token, folded string) []token {
	start := -1
	cjk := false
	for i, r := range folded {
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		if !word {
			if start >= 0 {
				out = append(out, token{folded[start:i], cjk})
				start = -1
			}
			continue
		}
		isCJK := unbroken(r)
		if start >= 0 && isCJK != cjk {
			out = append(out, token{folded[start:i], cjk})
			start = -1
		}
		if start < 0 {
			start, cjk = i, isCJK
		}
	}
	if start >= 0 {
		out = append(out, token{folded[start:], cjk})
	}
	return out
}

// hasPrefix reports whether w is the prefix of the token, or for a CJK run
// of one of its indexed suffixes.
func (t token) hasPrefix(w string) bool {
	if !t.cjk {
		return strings.HasPrefix(t.text, w)
	}
	n := 0
	for i := range t.text {
		if n == maxCJKRun {
			break
		}
		if strings.HasPrefix(t.text[i:], w) {
			return true
		}
		n++
	}
	return false
}

// endsWith reports whether w is the token, or for a CJK run one of its
// indexed suffixes.
func (t token) endsWith(w string) bool {
	if t.text == w {
		return true
	}
	return t.cjk && strings.HasSuffix(t.text, w) &&
		utf8.RuneCountInString(t.text[:len(t.text)-len(w)]) < maxCJKRun
}

func prefixOfAny(toks []token, w string) bool {
	for _, t := range toks {
		if t.hasPrefix(w) {
			return true
		}
	}
	return false
}

// in reports whether the phrase appears in toks: one word as a prefix, more
// as consecutive tokens, the first ending the token (all of it unless CJK),
// the middle ones equal, the last a prefix.
func (p phrase) in(toks []token) bool {
	n := len(p.words)
	if n == 1 {
		return prefixOfAny(toks, p.words[0])
	}
	for i := 0; i+n <= len(toks); i++ {
		if p.at(toks[i : i+n]) {
			return true
		}
	}
	return false
}

func (p phrase) at(toks []token) bool {
	n := len(p.words)
	if !toks[0].endsWith(p.words[0]) {
		return false
	}
	for k := 1; k < n-1; k++ {
		if toks[k].text != p.words[k] {
			return false
		}
	}
	return strings.HasPrefix(toks[n-1].text, p.words[n-1])
}

// startsAny reports whether the folded name starts, word by word, with any
// of ps: whole words but the last, which is a prefix.
func startsAny(name string, ps []phrase) bool {
	if name == "" {
		return false
	}
	var tokArr [16]token
	toks := appendTokens(tokArr[:0], Fold(name))
	for _, p := range ps {
		n := len(p.words)
		if n > len(toks) {
			continue
		}
		ok := strings.HasPrefix(toks[n-1].text, p.words[n-1])
		for k := 0; ok && k < n-1; k++ {
			ok = toks[k].text == p.words[k]
		}
		if ok {
			return true
		}
	}
	return false
}
