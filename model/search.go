package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Search is a parsed query in the language shared by the / filter,
// `dateline list --query` and saved searches (see ParseSearch). The zero
// Search matches every story.
//
// A query is a boolean expression whose leaves are terms. The parser keeps
// the terms in a list and the expression as a small tree over them (the
// matcher evaluates the tree), and the same expression as a disjunction of
// conjunctions (alternatives), which is what a full-text index is asked:
// one index query per alternative, so that an OR query still finds words
// in bodies.
type Search struct {
	text  string
	terms []term    // the leaves, in the order typed (keys merged, see term)
	root  node      // the expression; the zero node holds for every story
	alts  [][]int32 // root as alternatives: each the terms that must all hold
	// plain says every term is a free word: the word index alone answers
	// the expression, no story need be looked at.
	plain bool
	dated bool // some term is after: or before:
}

// termKind says what a term tests.
type termKind uint8

const (
	termWord     termKind = iota // a free word: the prefix of a word of the text
	termPhrase                   // a quoted phrase
	termExcluded                 // -word or -"phrase": holds when it does not appear
	termRegion                   // region: values, any of which will do
	termSection                  // section: values, any of which will do
	termSource                   // source: values, likewise
	termState                    // is: values
	termAfter                    // after:
	termBefore                   // before:
	termCountry                  // country: values, any of which will do
)

// term is a leaf of the expression. Terms with the same key side by side
// (in one run of terms, not across OR or a parenthesis) are one term whose
// values are alternatives, so `region:asia region:europe` is either region
// as it always was; dates stay apart (each narrows).
type term struct {
	kind termKind
	p    phrase   // termWord (one word), termPhrase, termExcluded
	any  []phrase // termSection, termSource

	regions RegionSet
	other   bool // region:other

	countries []Country // termCountry

	unread, read, starred bool

	date dateTerm // termAfter, termBefore
}

// text reports whether the term is about the story's words (a free word, a
// phrase, an exclusion), so that evaluating it means reading the text.
func (t *term) text() bool { return t.kind <= termExcluded }

// positive reports whether the term is a word or phrase that must appear:
// what a full-text index can find.
func (t *term) positive() bool { return t.kind == termWord || t.kind == termPhrase }

// nodeOp is what a node of the expression does with its kids.
type nodeOp uint8

const (
	opAnd  nodeOp = iota // every kid holds (no kid: always true)
	opOr                 // some kid holds
	opTerm               // terms[term] holds
)

type node struct {
	op   nodeOp
	term int32
	kids []node
}

// phrase is a run of folded words and their text, one space apart.
type phrase struct {
	text  string
	words []string
}

// SyntaxError says what is wrong with a query and where, so the UI can show
// it inline and the command line can exit 2.
type SyntaxError struct {
	Pos int    // byte offset into the query, 0 <= Pos <= len(query)
	Msg string // what is wrong and how to fix it
}

// Error reads "col N: msg", N being Pos+1 (a byte column, counted from 1).
func (e *SyntaxError) Error() string { return fmt.Sprintf("col %d: %s", e.Pos+1, e.Msg) }

// ParseSearch parses a query. Terms are separated by white space and must
// all hold (AND); OR between terms makes alternatives, binding looser than
// the implied AND, and parentheses group:
//
//	elect        a free word: the prefix of a word of the headline, summary,
//	             source or section, case- and accent-insensitive. Text is cut
//	             into words as Words does, so "covid-19" is the two words
//	             "covid" and "19", and a run of CJK text matches anywhere
//	             in a run. Plain words mean exactly what they mean to ParseQuery.
//	"trade war"  a phrase: its words appear consecutively in one field, all
//	             whole but the last, which is a prefix (so "elect" is the
//	             word elect); a CJK run at its start may begin mid-run.
//	-word        excludes the stories the word or "phrase" would match; a
//	-"a phrase"  word that punctuation splits is excluded as a phrase:
//	             -covid-19 is -"covid 19".
//	a OR b       stories that match either side: `tariff OR trade`;
//	             `eu trade OR us tariff` is (eu trade) OR (us tariff).
//	             Only OR in capitals is the operator: "or" and `"OR"` are
//	             the word.
//	(a OR b) c   parentheses group: `(tariff OR trade) region:asia`. They
//	             are never part of a word outside quotes: f(x) is f (x).
//	region:asia  any name or alias LookupRegion knows, region:"middle east",
//	             region:other for stories with no region.
//	country:kr   a story about the country: its ISO code or any name
//	             LookupCountry knows, in any language, a demonym or a
//	             capital: country:"south korea", country:korean, country:한국.
//	section:pol  the section name starts with these words: section:politics,
//	             section:"world n" (prefix, as typed while filtering).
//	source:ex    likewise for the source name: source:"Example Wire".
//	is:unread    also is:read and is:starred. is:read with is:unread is
//	             either, i.e. no narrowing; is:starred narrows on its own.
//	after:D      published on day D or later; before:D: before day D.
//	before:D     Undated stories match neither. D is YYYY-MM-DD, today or
//	             yesterday (a day starts at midnight where the query is
//	             read: see At), or a span back from now: 24h, 7d, 2w
//	             (after:7d is at or after now minus 7×24 hours).
//
// Terms with the same key side by side are alternatives (region:asia
// region:europe is either); repeated dates narrow. Keys are
// case-insensitive; a value may be quoted. A quote opens a phrase or value
// only at the start of a term or right after "key:"; there is no escape
// inside quotes. A word whose part before a colon is not letters ("10:30")
// or whose value starts with "/" ("http://x") is a plain word; "word:..."
// with any other word is an unknown key, an error: quote it to search for
// it. Keys and groups cannot be negated (-region:asia is an error). A lone
// "-", a "" and terms with no letters or digits are nothing.
//
// ParseSearch has no clock: it reads days in UTC, and a date counted from
// now (after:7d, after:today) matches no story until At gives the query a
// moment and a zone. ParseSearchAt does both at once.
//
// The error, always a *SyntaxError, names the position and the fix;
// unfinished values are errors too (region:as, after:2026-1, a OR, "(a"),
// so a UI filtering as the user types keeps its last good result meanwhile.
func ParseSearch(text string) (Search, error) {
	p := searchParser{text: text, terms: make([]term, 0, min(8, strings.Count(text, " ")+1))}
	root, _, err := p.or(p.skipSpace(0), -1, 0)
	if err != nil {
		return Search{}, err
	}
	alts, ok := alternatives(root)
	if !ok {
		return Search{}, &SyntaxError{Pos: 0, Msg: fmt.Sprintf(
			"more than %d alternatives once the OR groups multiply out: simplify", maxAlternatives)}
	}
	q := Search{text: text, terms: p.terms, root: root, alts: alts, plain: true}
	for i := range q.terms {
		switch q.terms[i].kind {
		case termWord:
		case termAfter, termBefore:
			q.dated, q.plain = true, false
			q.terms[i].date.resolve(time.UTC, time.Time{}, false)
		default:
			q.plain = false
		}
	}
	return q, nil
}

// ParseSearchAt parses a query whose days are read in loc and whose spans
// and relative days count back from now: ParseSearch, then At.
func ParseSearchAt(text string, now time.Time, loc *time.Location) (Search, error) {
	q, err := ParseSearch(text)
	if err != nil {
		return q, err
	}
	return q.At(now, loc), nil
}

// At returns q with its dates read at now in loc: a day (2026-11-01, today,
// yesterday) starts at midnight in loc, a span (7d) counts back from now. A
// query kept for a while (a saved search, a filter left on) is read again
// with At to keep after:24h meaning the last 24 hours. Without date terms
// it returns q itself.
func (q Search) At(now time.Time, loc *time.Location) Search {
	if !q.dated {
		return q
	}
	if loc == nil {
		loc = time.UTC
	}
	q.terms = slices.Clone(q.terms)
	for i := range q.terms {
		if k := q.terms[i].kind; k == termAfter || k == termBefore {
			q.terms[i].date.resolve(loc, now, true)
		}
	}
	return q
}

// String returns the query as typed.
func (q Search) String() string { return q.text }

// Empty reports whether the query has no terms, so that it matches every
// story without looking at any.
func (q Search) Empty() bool { return len(q.terms) == 0 }

// The accessors below gather terms from the whole query: for a query
// without OR or parentheses they are exactly its terms; with them, the
// terms of every alternative together (which still says, for instance,
// whether a query has is: terms anywhere).

// Words returns the folded free words, in order. Each must be the prefix of
// a word in the story's text, as Words splits it.
func (q Search) Words() []string {
	var out []string
	for _, t := range q.terms {
		if t.kind == termWord {
			out = append(out, t.p.text)
		}
	}
	return out
}

// Phrases returns the folded phrases, their words one space apart. Every
// word of a phrase is also the prefix of a word of a matching story, so an
// index can narrow by them before Matches decides.
func (q Search) Phrases() []string { return q.texts(termPhrase) }

// Excluded returns the folded excluded words and phrases, words one space
// apart; a single word excludes as a prefix, like a free word.
func (q Search) Excluded() []string { return q.texts(termExcluded) }

// Regions returns the regions asked for, any of which will do, and ok false
// if the query has no region term. region:other is in no RegionSet: see
// WantsOther. (Only region:other gives the empty set, which is Other.)
func (q Search) Regions() (set RegionSet, ok bool) {
	for _, t := range q.terms {
		if t.kind == termRegion {
			set, ok = set|t.regions, true
		}
	}
	return set, ok
}

// WantsOther reports whether region:other was given: stories with no region
// match.
func (q Search) WantsOther() bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.kind == termRegion && t.other })
}

// Sections returns the folded section: values, words one space apart. A
// story matches if its folded section name starts with any of them, word by
// word (whole words but the last, a prefix).
func (q Search) Sections() []string { return q.texts(termSection) }

// Sources returns the folded source: values, matched like Sections.
func (q Search) Sources() []string { return q.texts(termSource) }

// State returns which is: terms were given. is:unread and is:read together
// let either through; starred narrows on its own.
func (q Search) State() (unread, read, starred bool) {
	for _, t := range q.terms {
		if t.kind == termState {
			unread, read, starred = unread || t.unread, read || t.read, starred || t.starred
		}
	}
	return unread, read, starred
}

// Between returns the date range: after inclusive, before exclusive, zero
// when absent; with several, the latest after and the earliest before.
// Days are midnight in the query's zone (UTC until At). A date counted from
// now that At has not read counts as absent here and matches no story.
// Undated stories are outside any range. (after:0001-01-01 is time.Time's
// zero: Matches still keeps undated stories out.)
func (q Search) Between() (after, before time.Time) {
	var hasAfter, hasBefore bool
	for _, t := range q.terms {
		d := t.date
		switch {
		case !d.set:
		case t.kind == termAfter && (!hasAfter || d.bound.After(after)):
			after, hasAfter = d.bound, true
		case t.kind == termBefore && (!hasBefore || d.bound.Before(before)):
			before, hasBefore = d.bound, true
		}
	}
	return after, before
}

// texts lists the folded text of the terms of one kind (for sections and
// sources, each of their values).
func (q Search) texts(kind termKind) []string {
	var out []string
	for _, t := range q.terms {
		if t.kind != kind {
			continue
		}
		if kind == termSection || kind == termSource {
			for _, p := range t.any {
				out = append(out, p.text)
			}
		} else {
			out = append(out, t.p.text)
		}
	}
	return out
}

// TextQuery is what a full-text index is asked for some alternatives of a
// query: the stories with every word (each the prefix of a word) and every
// phrase. A story it finds satisfies those alternatives' words and phrases,
// whatever the collection knows of its text (see Collection.ViewText).
type TextQuery struct {
	Words, Phrases []string
	alts           uint64 // bit i: alternative i
}

// TextQueries returns the questions for a full-text index: one for each
// distinct set of words and phrases among the query's alternatives (a
// query without OR has at most one). Alternatives with no word or phrase
// need no index and are left out.
func (q Search) TextQueries() []TextQuery {
	var out []TextQuery
	for i, alt := range q.alts {
		var tq TextQuery
		for _, k := range alt {
			switch t := &q.terms[k]; t.kind {
			case termWord:
				tq.Words = append(tq.Words, t.p.text)
			case termPhrase:
				tq.Phrases = append(tq.Phrases, t.p.text)
			}
		}
		if len(tq.Words)+len(tq.Phrases) == 0 {
			continue
		}
		j := slices.IndexFunc(out, func(o TextQuery) bool {
			return slices.Equal(o.Words, tq.Words) && slices.Equal(o.Phrases, tq.Phrases)
		})
		if j < 0 {
			out = append(out, tq)
			j = len(out) - 1
		}
		out[j].alts |= 1 << i
	}
	return out
}

// maxAlternatives bounds the alternatives a query multiplies out to (each
// may cost a full-text query); it is the width of TextHits' masks.
const maxAlternatives = 64

// alternatives turns an expression into the alternatives it holds for: an
// OR of ANDs of terms. ok is false past maxAlternatives.
func alternatives(n node) (alts [][]int32, ok bool) {
	switch n.op {
	case opTerm:
		return [][]int32{{n.term}}, true
	case opOr:
		for _, k := range n.kids {
			ka, ok := alternatives(k)
			if !ok || len(alts)+len(ka) > maxAlternatives {
				return nil, false
			}
			alts = append(alts, ka...)
		}
		return alts, true
	}
	// The terms of the run are in every alternative; its groups multiply.
	var run []int32
	for _, k := range n.kids {
		if k.op == opTerm {
			run = append(run, k.term)
		}
	}
	alts = [][]int32{run}
	for _, k := range n.kids {
		if k.op == opTerm {
			continue
		}
		ka, ok := alternatives(k)
		if !ok || len(alts)*len(ka) > maxAlternatives {
			return nil, false
		}
		next := make([][]int32, 0, len(alts)*len(ka))
		for _, a := range alts {
			for _, b := range ka {
				next = append(next, append(slices.Clip(a), b...))
			}
		}
		alts = next
	}
	return alts, true
}
