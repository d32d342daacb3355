package model

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Coverage: stories from different sources about the same event, published
// within a few days of each other, form one event.
//
// An event is named by the ID of the first story placed in it; a story
// alone is its own event. A story joins the event it is most like, when
//
//   - the two are alike enough: the cosine of the story's terms and the
//     event's centroid (the sum of its stories' term vectors) is at least
//     JoinAt. Comparing with the centroid, not with the nearest story, keeps
//     an event from chaining from one subject to the next;
//   - they share at least two terms that are not places (no event rests on
//     one odd number or name, nor on where it happened: a port's record
//     month and a summit in the same city share their places and little
//     else; a number of one digit counts only when they are twice as
//     alike as JoinAt asks), and when both give numbers and share none,
//     half of JoinAt comes from terms that are not places (see joins);
//   - no story of the event comes from the story's source (two stories of
//     one feed are not coverage: the second is a follow-up or a duplicate);
//   - it was published within Window of a story of the event, and the event
//     would span no more than MaxSpan (a follow-up a week later is an event
//     of its own).
//
// Terms come from the headline (counted twice), the summary and the first
// paragraph of the body, folded (Fold), short words and function words of
// English, German, Spanish, French, Russian, Greek, Dutch, Polish,
// Turkish, Indonesian and Vietnamese dropped, Cyrillic and
// Greek written in Latin letters (romanise), plurals trimmed, and words cut
// to their first seven letters (a cheap stem: "evacuated", "evacuation").
// Numbers are read whole across thousands separators and decimal commas
// ("200,000", "200.000" and "200 000" are one term; "6.4" and "6,4"
// another; "2-1" and "29:20" are scores), numbers in words are numbers
// ("six", "Elf", "zwölf Milliarden", "三名"), so a German or Spanish story of
// the event shares its numbers with the English ones, as it shares names and
// places. A term's weight is tf-idf, the idf over every story seen so far,
// times 1.5 for a place the gazetteer knows, for a name (a capitalised word
// inside a sentence) and for a number of three characters or more.
// A place also gives the term of its country, the same in every language
// ("Spain", "Spanien", "Espagne"), as a place, and a word of what
// happened the term of its concept, the same in every language too
// ("earthquake", "séisme", "地震", "지진": see conceptTable). A concept
// is not a place; it counts among the terms shared (minShared: words,
// names and numbers) only beside a country shared; and when both stories
// name countries and share none, what their concepts gave is taken back
// (match.elsewhere): two quakes of one day in two countries are two
// events. A story keeps its keepTerms heaviest terms; the rest say
// little. A central bank named by what it is ("Turkey's central bank")
// is its country's institution (nameCentralBank).
//
// Companies and institutions (companyTable, institutionTable) are read
// as countries are, and a story and an event that both name some and
// share none are apart: two central banks' decisions of one day. So are
// a story and an event whose headlines are of two central banks and
// none the same (banksApart), whatever their summaries name. A desk's
// analysis or explainer (deskPiece) stays alone, and so does a portrait
// of a place or a person (portraitPiece).
//
// A story written in a script none of an event's stories is written in
// shares its numbers, its country and what happened with them, rarely
// its words; it may also join when those alone are alike (see
// crossJoins). So may a story in another language of the Latin,
// Cyrillic or Devanagari script, when its function words or letters tell
// which (languageOf): a German story shares as few words with an
// English one as a Russian story does, and a Bulgarian one with a Russian
// one little more. Such a story may also join on a name and what
// happened that it shares with the event (a company's outage, written
// from Warsaw and from London), though they share no country. Runs of Chinese,
// Japanese, Korean and Thai give pairs of characters as terms, and the
// gazetteer's names found in them their countries.
//
// Of the events a story may join it joins the one with the highest cosine
// plus the part of it that is not places: of two events in one place on
// one day (two stories of one summit), the one it shares the most of what
// happened with.
//
// Candidates are found through an inverted index from each kept term to the
// stories that kept it, ordered by publication time: only the stories within
// Window that share a term found in at most one story in a hundred are
// visited, never all pairs.
//
// Placing is incremental: a story in an event never leaves it, and an
// event's ID never changes. A story placed alone gets a second chance
// when a story it was compared with joins an event (pull): it may join
// that event then, and TakeMoved tells the caller, who writes it. Group
// places a batch in a defined order (publication time, then ID), so the
// same stories give the same events whatever order they came in.
type Coverage struct {
	vocab map[string]int32 // term -> term id
	df    []int32          // term id -> stories that have the term
	place []bool           // term id -> read as a place in some story
	name  []bool           // term id -> read as a name (capitalised in a sentence), never a place
	kind  []covKind        // term id -> a number, a country or a word
	who   []bool           // term id -> a company's or an institution's (see apart)
	bank  []bool           // term id -> a central bank's (see banksApart)
	post  [][]int32        // term id -> docs that kept it, by time once sortedPost has seen it
	// unsorted says a term's postings took a story out of time order since
	// they were last sorted. Feeds come newest first, so keeping every list
	// sorted as stories arrive moved each long list at every story (a
	// third of a 100k ingest); only rare terms' lists are ever searched,
	// and those are short, so they are sorted when searched.
	unsorted []bool
	docs     []covDoc
	terms    []covTerm // every doc's kept terms, doc after doc
	ids      map[string]int32
	source   map[string]int32
	events   []covEvent       // events of more than one story
	named    map[string]int32 // event ID -> events index
	seen     int              // stories counted in df
	joinAt   float32          // JoinAt, but for tests
	hits     []uint8          // scratch: doc -> shared terms
	near     []int32          // scratch: docs touched
	// The terms of the story being read: their ids in the order first
	// read, their weights alike, and for each term id its place in
	// those plus one (0: not in the story). Read into a map of strings,
	// every word cost a lookup and an assignment there and two lookups
	// in vocab after, and each a string allocated.
	featIDs []int32
	feat    []covWeight
	slot    []int32
	// countryIDs holds each country's term id plus one, 0 until read.
	countryIDs []int32
	buf        []byte
	latin      []byte // scratch: a Cyrillic or Greek word in Latin letters
	words      []regionWord
	langHits   [numScripts]uint8 // scratch: the story's function words by language
	lang       script            // scratch: the story's script or language (languageOf)
	hasCountry bool              // scratch: the story has a country among its terms
	assumed    bool              // scratch: its one country is its script's (homeCountry)
	headFollow uint8             // scratch: the follow-up kinds of its headline (followUpKinds)
	// scratch: the countries the story names, whether it names a company
	// or an institution, and the weight of its "central bank", if any
	// (see nameCentralBank)
	countries   []Country
	namesWho    bool
	centralBank float32
	titleEnd    int      // scratch: c.countries[:titleEnd] are the headline's
	headBank    [2]int32 // scratch: headBanks' result for the story read
	// scratch: the headline's names, term id plus one, while it is read
	// (inTitle); the first word's only when it is a name elsewhere (see
	// namesApart)
	headNames [maxHeadNames]int32
	inTitle   bool
	keys      []uint64 // scratch: vector's terms as sort keys
	// lone: the stories alone best last compared; moved: the stories
	// alone that joined an event since TakeMoved, by ID, with its ID.
	lone  []int32
	moved map[string]string
	// Sounds (see sound): every doc's, doc after doc, and the docs
	// that have each; the story's being read, and the name before
	// (its word's place in the text read, and its sound).
	sounds      []sound
	soundPost   map[familySound][]int32
	storySounds []sound
	prevName    int
	prevSound   soundOf
}

// The grouping's parameters. Window and MaxSpan are wide enough for the
// wires, the papers of the next morning and a weekly's analysis. JoinAt was
// set at 0.17 on testdata/events/tune.jsonl. Round 27 raised it to 0.19,
// over the fourteen parts first measured blind in rounds 21 to 26: the
// weakest joins it dropped were most often wrong (a fire and a court
// ruling in one city, two matches of one evening, a profile beside the
// news). Rounds 28 to 32 then kept such pieces apart by what they are,
// and the blind parts measured after them paid the raise in recall and
// gained no precision (fresh41: 0.902 / 0.867 of recall at 0.17, 0.860 /
// 0.783 at 0.19, precision the same; fresh49 and fresh50 the same way).
// Round 33 set it back: over the twelve parts written in rounds 27 to
// 32, pooled, 0.17 gives precision 0.971 / 0.976 (with the first
// paragraph / without) and recall 0.902 / 0.828; 0.19 gave 0.971 / 0.983
// and 0.897 / 0.806 (see the README for the numbers).
const (
	Window    = 72 * time.Hour
	MaxSpan   = 96 * time.Hour
	JoinAt    = 0.17
	keepTerms = 24
	// keepNeutral is how many numbers, countries and concepts a story keeps beyond
	// its keepTerms heaviest terms: a Chinese story's many character
	// pairs must not crowd out what it shares with an English one.
	keepNeutral = 6
	// crossAt is how alike the numbers, countries and concepts of a
	// story and an event in another script must be (see crossJoins).
	crossAt   = 0.45
	minShared = 2 // terms shared that are not places
	// disagreeShare is the part of JoinAt that what a story and an event
	// share beyond places must reach when their numbers disagree.
	disagreeShare = 0.5
	// minSearchDF is the fewest stories a term may be in and still be
	// too common to search candidates by; maxCandidates, how many
	// candidates are scored before those sharing one term are dropped.
	minSearchDF   = 20
	maxCandidates = 64
)

type covDoc struct {
	id     string
	at     int64 // unix seconds
	start  int32 // first kept term in Coverage.terms
	n      uint8 // kept terms
	source int32
	event  int32 // index in Coverage.events, -1 while alone
	script script
	// bank: the central banks its headline is of, term id plus one (see
	// headBanks)
	bank [2]int32
	// soundStart, soundN: its sounds in Coverage.sounds
	soundStart int32
	soundN     uint8
	// heads: the names of its headline, term id plus one (see namesApart)
	heads [maxHeadNames]int32
	desk  bool // a desk's analysis or explainer: stays alone (deskPiece)
	// assumed: its country is its script's, not named (homeCountry)
	assumed bool
	follow  uint8 // the follow-up kinds its headline tells (followUpKinds)
	why     bool  // a headline that asks why: joins only on an event's figure (whyPiece)
}

type covTerm struct {
	id int32
	w  float32
}

type covEvent struct {
	id          string
	first, last int64
	sources     []int32
	centroid    []covTerm // by term id, the sum of the members' vectors
	norm        float32
	neutral     float32 // the norm of the centroid's numbers, countries and concepts
	plain       float32 // the norm of its countries and concepts
	numbers     int32   // the centroid's numbers
	countries   int32   // the centroid's countries
	who         int32   // the centroid's companies and institutions
	banks       []int32 // the central banks its stories' headlines are of
	scripts     [numScripts]uint16
	sounds      []familySound // its stories' sounds, by sound
	heads       []headName    // its stories' headlines' names
	named       bool          // a story of it names a country (not assumed: see homeCountry)
	follow      uint8         // the follow-up kinds its stories' headlines tell
}

// headName is a name in the headline of an event's story, and the
// story's language.
type headName struct {
	id   int32
	lang script
}

type covWeight struct {
	tf    float32
	boost float32
	place bool
	kind  covKind
}

// NewCoverage returns an empty grouping.
func NewCoverage() *Coverage {
	return &Coverage{
		vocab:  map[string]int32{},
		ids:    map[string]int32{},
		source: map[string]int32{},
		named:  map[string]int32{},
		joinAt: JoinAt,
	}
}

// Len is the number of stories the grouping holds.
func (c *Coverage) Len() int { return len(c.docs) }

// EventID is the ID of the event the story belongs to: its Event, or its
// own ID when it is alone.
func (s *Story) EventID() string {
	if s.Event != "" {
		return s.Event
	}
	return s.ID
}

// Group places stories, in the order of their publication time and then
// ID (undated ones last, each alone), and returns each one's event ID in
// the order given. lead gives a story's first paragraph ("" for none): the
// caller decides whether reading the body is worth it.
func (c *Coverage) Group(stories []*Story, lead func(*Story) string) []string {
	order := make([]int, len(stories))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return placeOrder(stories[a], stories[b]) })
	out := make([]string, len(stories))
	for _, i := range order {
		text := ""
		if lead != nil {
			text = lead(stories[i])
		}
		out[i] = c.Place(stories[i], text)
	}
	// A story of the batch may have joined an event after it was placed.
	for i, s := range stories {
		if id, ok := c.moved[s.ID]; ok {
			out[i] = id
		}
	}
	return out
}

// placeOrder is the order Group places stories in: oldest first, undated
// last, ties by ID.
func placeOrder(a, b *Story) int {
	switch {
	case a.Dated() != b.Dated():
		if a.Dated() {
			return -1
		}
		return 1
	case !a.Published.Equal(b.Published):
		return a.Published.Compare(b.Published)
	}
	return cmp.Compare(a.ID, b.ID)
}

// Place puts a story in an event and returns the event's ID. A story
// already placed keeps its event. An undated story stays alone (there is no
// telling which days it belongs to). lead is the body's first paragraph, or
// "".
func (c *Coverage) Place(s *Story, lead string) string {
	if d, ok := c.ids[s.ID]; ok {
		return c.eventOf(d)
	}
	if !s.Dated() {
		return s.ID
	}
	vec := c.vector(s.Title, s.Summary(), lead)
	d := c.addDoc(s, vec, c.lang)
	if c.docs[d].desk {
		return s.ID
	}
	if e, o := c.best(d); e >= 0 || o >= 0 {
		if o >= 0 {
			e = c.pair(o)
		}
		c.join(e, d)
		c.pull(d)
	}
	return c.eventOf(d)
}

// pull gives the stories alone that story d was compared with, now that
// it has joined an event, a second chance: the event it joined or made
// may now be the one they belong to (an earthquake's first report, alone
// beside the first stories of its toll, and like the event they make).
// Each joins the event it is now most like, if any (see best), and is
// noted as moved (TakeMoved).
func (c *Coverage) pull(d int32) {
	lone := slices.Clone(c.lone)
	for _, o := range lone {
		if c.docs[o].event >= 0 || c.docs[o].desk {
			continue
		}
		if e, _ := c.best(o); e >= 0 && e == c.docs[d].event {
			c.join(e, o)
			if c.moved == nil {
				c.moved = map[string]string{}
			}
			c.moved[c.docs[o].id] = c.events[e].id
		}
	}
}

// TakeMoved returns the stories placed alone that have joined an event
// since it was last called, each with its event's ID, and forgets them.
// A story in an event never leaves it, and an event's ID never changes:
// only a story alone moves, once, into an event.
func (c *Coverage) TakeMoved() map[string]string {
	m := c.moved
	c.moved = nil
	return m
}

// Keep adds a story that was placed before (read back from the library)
// to the event it was placed in, without deciding again: event is its
// stored event ID, "" or its own ID when it was alone.
func (c *Coverage) Keep(s *Story, lead, event string) {
	if _, ok := c.ids[s.ID]; ok || !s.Dated() {
		return
	}
	vec := c.vector(s.Title, s.Summary(), lead)
	d := c.addDoc(s, vec, c.lang)
	if event == "" || event == s.ID {
		if e, ok := c.named[s.ID]; ok { // its followers came first
			c.join(e, d)
		}
		return
	}
	e, ok := c.named[event]
	if !ok {
		e = int32(len(c.events))
		doc := &c.docs[d]
		c.events = append(c.events, covEvent{id: event, first: doc.at, last: doc.at})
		c.named[event] = e
		if lead, ok := c.ids[event]; ok && c.docs[lead].event < 0 { // the event's first story came first
			c.join(e, lead)
		}
	}
	c.join(e, d)
}

func (c *Coverage) eventOf(d int32) string {
	if e := c.docs[d].event; e >= 0 {
		return c.events[e].id
	}
	return c.docs[d].id
}

// addDoc indexes a story's kept terms and returns its doc number.
func (c *Coverage) addDoc(s *Story, vec []covTerm, sc script) int32 {
	src, ok := c.source[s.Source]
	if !ok {
		src = int32(len(c.source))
		c.source[s.Source] = src
	}
	d := int32(len(c.docs))
	at := s.Published.Unix()
	c.docs = append(c.docs, covDoc{id: s.ID, at: at, start: int32(len(c.terms)), n: uint8(len(vec)), source: src, event: -1,
		script: sc, desk: deskPiece(s.Title) || portraitPiece(s.Title), why: whyPiece(s.Title), bank: c.headBank, heads: c.headNames, assumed: c.assumed, follow: c.headFollow})
	if cap(c.terms)-len(c.terms) < len(vec) {
		// Doubled: append's growth of a quarter at a time copied the
		// list (millions of terms) ~40 times on the way to 100,000
		// stories, a fifth of placing them in a first ingest.
		c.terms = slices.Grow(c.terms, max(len(vec), len(c.terms)))
	}
	c.terms = append(c.terms, vec...)
	c.ids[s.ID] = d
	c.keepSounds(d)
	for _, t := range vec {
		p := c.post[t.id]
		if n := len(p); n > 0 && c.docs[p[n-1]].at > at {
			c.unsorted[t.id] = true
		}
		c.post[t.id] = append(p, d)
	}
	c.hits = append(c.hits, 0)
	return d
}

// sortedPost returns the postings of term id in time order (stories of
// one time in the order they came).
func (c *Coverage) sortedPost(id int32) []int32 {
	p := c.post[id]
	if c.unsorted[id] {
		slices.SortStableFunc(p, func(x, y int32) int { return cmp.Compare(c.docs[x].at, c.docs[y].at) })
		c.unsorted[id] = false
	}
	return p
}

// best returns the event story d should join, or the story alone it
// should make one with (see pair), -1 for none. It changes no event:
// pull asks it of a story alone and may not take its answer.
func (c *Coverage) best(d int32) (event, alone int32) {
	doc := c.docs[d]
	vec := c.terms[doc.start : doc.start+int32(doc.n)]
	lo, hi := doc.at-int64(Window/time.Second), doc.at+int64(Window/time.Second)
	// Candidates: the stories within the window that share a distinctive
	// term. A term in more than one story in a hundred finds too many to
	// be worth the walk; the cosine below still counts it.
	maxDF := int32(max(minSearchDF, c.seen/100))
	ownNeutral, ownNumbers, ownCountries := c.neutralNorm(vec, true), c.numberCount(vec), c.countryCount(vec)
	ownPlaces := c.placeCount(vec)
	ownWho := c.whoCount(vec)
	// A story that gives no numbers is compared with others in another
	// script on their countries and concepts alone: it cannot disagree
	// with their numbers, and leaving them in would hold the cosine of a
	// story that says what happened and where under crossAt only because
	// its event counts the dead and the evacuated.
	plain := ownNumbers == 0
	if plain {
		ownNeutral = c.neutralNorm(vec, false)
	}
	c.near, c.lone = c.near[:0], c.lone[:0]
	for _, t := range vec {
		if c.df[t.id] > maxDF {
			continue
		}
		p := c.sortedPost(t.id)
		i, _ := slices.BinarySearchFunc(p, lo, func(x int32, at int64) int { return cmp.Compare(c.docs[x].at, at) })
		for ; i < len(p) && c.docs[p[i]].at <= hi; i++ {
			o := p[i]
			if o == d {
				continue
			}
			if c.hits[o] == 0 {
				c.near = append(c.near, o)
			}
			if c.hits[o] < 255 {
				c.hits[o]++
			}
		}
	}
	c.soundCandidates(d, lo, hi, maxDF)
	// With many candidates, those that share one distinctive term only
	// are left out: there are better ones.
	floor := uint8(1)
	if len(c.near) > maxCandidates {
		floor = 2
	}
	// Candidate events, in a fixed order, scored against their centroids.
	slices.Sort(c.near)
	bestEvent, bestDoc, bestScore := int32(-1), int32(-1), float32(0)
	var tried []int32
	for _, o := range c.near {
		hits := c.hits[o]
		c.hits[o] = 0
		if hits < floor {
			continue
		}
		od := &c.docs[o]
		if od.desk {
			continue
		}
		if od.event < 0 {
			if od.source == doc.source {
				continue
			}
			c.lone = append(c.lone, o)
			other := c.terms[od.start : od.start+int32(od.n)]
			m := c.similarity(vec, other, 1)
			m.sounds, m.longSounds = c.soundsShared(d, o)
			if apart(ownWho, c.whoCount(other), m) || (doc.why || od.why) && m.long3plus == 0 ||
				banksApart(doc.bank[:], od.bank[:]) ||
				od.script == doc.script && c.namesApartOf(m, &doc, od, vec, other) ||
				followsUp(doc.follow, od.follow, doc.at-od.at) || followsUp(od.follow, doc.follow, od.at-doc.at) {
				continue
			}
			numbered := ownNumbers > 0 && c.numberCount(other) > 0
			m.elsewhere(ownCountries > 0 && !doc.assumed && c.countryCount(other) > 0 && !od.assumed)
			m.placesApart = ownPlaces > 0 && m.places == 0 && c.placeCount(other) > 0
			if plain {
				m.neutral = m.plain
			}
			if r, ok := c.decide(m, od.script != doc.script, numbered, ownNeutral, func() float32 { return c.neutralNorm(other, !plain) }); ok && r > bestScore {
				bestEvent, bestDoc, bestScore = -1, o, r
			}
			continue
		}
		e := od.event
		if slices.Contains(tried, e) {
			continue
		}
		tried = append(tried, e)
		ev := &c.events[e]
		if slices.Contains(ev.sources, doc.source) || min(ev.first, doc.at) < max(ev.last, doc.at)-int64(MaxSpan/time.Second) {
			continue
		}
		m := c.similarity(vec, ev.centroid, ev.norm)
		m.sounds, m.longSounds = c.eventSoundsShared(d, ev)
		if apart(ownWho, int(ev.who), m) || doc.why && m.long3plus == 0 || banksApart(doc.bank[:], ev.banks) ||
			c.namesApart(m, doc.script, doc.heads, vec, ev.heads, ev.centroid) ||
			followsUp(doc.follow, ev.follow, doc.at-ev.first) {
			continue
		}
		numbered := ownNumbers > 0 && ev.numbers > 0
		m.elsewhere(ownCountries > 0 && !doc.assumed && ev.named)
		m.placesApart = ownPlaces > 0 && m.places == 0 && c.placeCount(ev.centroid) > 0
		evNeutral := ev.neutral
		if plain {
			m.neutral, evNeutral = m.plain, ev.plain
		}
		if r, ok := c.decide(m, ev.scripts[doc.script] == 0, numbered, ownNeutral, func() float32 { return evNeutral }); ok && r > bestScore {
			bestEvent, bestDoc, bestScore = e, -1, r
		}
	}
	return bestEvent, bestDoc
}

// pair makes a new event of doc o, alone, for a story to join: named by
// o, the earlier story.
func (c *Coverage) pair(o int32) int32 {
	od := &c.docs[o]
	e := int32(len(c.events))
	c.events = append(c.events, covEvent{id: od.id, first: od.at, last: od.at})
	c.named[od.id] = e
	c.join(e, o)
	return e
}

// join adds doc d to event e.
func (c *Coverage) join(e, d int32) {
	doc := &c.docs[d]
	ev := &c.events[e]
	doc.event = e
	ev.first, ev.last = min(ev.first, doc.at), max(ev.last, doc.at)
	ev.sources = append(ev.sources, doc.source)
	ev.scripts[doc.script]++
	c.joinSounds(ev, d)
	ev.centroid = addVectors(ev.centroid, c.terms[doc.start:doc.start+int32(doc.n)])
	var sum float64
	for _, t := range ev.centroid {
		sum += float64(t.w) * float64(t.w)
	}
	ev.norm = float32(math.Sqrt(sum))
	ev.neutral, ev.plain = c.neutralNorm(ev.centroid, true), c.neutralNorm(ev.centroid, false)
	ev.numbers = int32(c.numberCount(ev.centroid))
	ev.countries = int32(c.countryCount(ev.centroid))
	ev.who = int32(c.whoCount(ev.centroid))
	ev.follow |= doc.follow
	ev.named = ev.named || !doc.assumed && c.countryCount(c.terms[doc.start:doc.start+int32(doc.n)]) > 0
	heads, n := docHeads(doc)
	for _, h := range heads[:n] {
		if !slices.Contains(ev.heads, h) {
			ev.heads = append(ev.heads, h)
		}
	}
	for _, b := range doc.bank {
		if b != 0 && !slices.Contains(ev.banks, b) {
			ev.banks = append(ev.banks, b)
		}
	}
}

// followsUp says that a story whose headline tells of a follow-up (own:
// a resignation, an arrest, a verdict: followUpKinds) that the other
// side's headlines do not, published more than followUpAfter after the
// other side's first story (after seconds), is another event: the chief
// executive who quits three days after his company's recall, the builder
// arrested a week after the quake. On the day and the next, an arrest
// or a resignation is the event's own news (a train crash's toll and
// the signalman detained the next morning).
func followsUp(own, other uint8, after int64) bool {
	return own&^other != 0 && after > int64(followUpAfter/time.Second)
}

// followUpAfter is how long after an event a story of a follow-up is
// another event (followsUp).
const followUpAfter = 36 * time.Hour

// banksApart says that a story's headline and an event's (or another
// story's) are of central banks, and none the same: the Fed's decision
// and Brazil's of one day, whose English story says the Fed held "hours
// before" and so shares the Fed with it. What a headline is of, the
// story is of; its summary may name any bank.
func banksApart(own, other []int32) bool {
	if own[0] == 0 || len(other) == 0 || other[0] == 0 {
		return false
	}
	for _, b := range own {
		if b != 0 && slices.Contains(other, b) {
			return false
		}
	}
	return true
}

// numberCount is how many numbers v has.
func (c *Coverage) numberCount(v []covTerm) int {
	n := 0
	for _, t := range v {
		if k := c.kind[t.id]; k == shortNumber || k == longNumber {
			n++
		}
	}
	return n
}

// countryCount is how many countries v has.
// placeCount is how many of v's terms are places read as words ("paris",
// "marseil", "peru"), not the countries they give.
func (c *Coverage) placeCount(v []covTerm) int {
	n := 0
	for _, t := range v {
		if c.place[t.id] && c.kind[t.id] == wordTerm {
			n++
		}
	}
	return n
}

func (c *Coverage) countryCount(v []covTerm) int {
	n := 0
	for _, t := range v {
		if c.kind[t.id] == countryKind {
			n++
		}
	}
	return n
}

// whoCount is how many companies and institutions v has.
func (c *Coverage) whoCount(v []covTerm) int {
	n := 0
	for _, t := range v {
		if c.who[t.id] {
			n++
		}
	}
	return n
}

// apart says that a story and an event both name companies or
// institutions (own, other) and share none: they are not one event,
// whatever else they share. The ECB's decision and Bank Indonesia's of
// one day share a central bank, a rate and a cut or a hold, in the words
// of one language; a Boeing strike and an Airbus order, a plane maker and
// its workers.
func apart(own, other int, m match) bool { return own > 0 && other > 0 && m.who == 0 }

// neutralNorm is the norm of the numbers (if numbers), countries and
// concepts of v.
func (c *Coverage) neutralNorm(v []covTerm, numbers bool) float32 {
	var sum float64
	for _, t := range v {
		if k := c.kind[t.id]; k.neutral() && (numbers || !k.number()) {
			sum += float64(t.w) * float64(t.w)
		}
	}
	return float32(math.Sqrt(sum))
}

// addVectors returns a+b, both sorted by term id.
func addVectors(a, b []covTerm) []covTerm {
	out := make([]covTerm, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		case a[i].id > b[j].id:
			out = append(out, b[j])
			j++
		default:
			out = append(out, covTerm{a[i].id, a[i].w + b[j].w})
			i, j = i+1, j+1
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// match is how alike a story is to another story or an event: the
// cosine, and of the terms they share those that are not places (nor
// countries), with their part of the cosine.
type match struct {
	score, beyond float32
	other         int
	// Of the numbers, countries and concepts: the dot product (not
	// divided by a norm), and how many of each are shared; plain, the
	// dot product of the countries and concepts alone.
	neutral, plain                                    float32
	countries, numbers, long3plus, concepts, outcomes int
	names, places                                     int // rare names and place words shared
	digits                                            int // one-digit numbers shared
	// placesApart: both sides name places below their countries (a city,
	// a region) and share none (see joins)
	placesApart bool
	who         int // companies and institutions shared
	// concept is the part of score that concept terms give.
	concept float32
	// sounds: names written in two scripts and sounding alike (see
	// sound); longSounds, those of them that are long
	sounds, longSounds int
}

// similarity of a unit vector and a vector of the given norm, both sorted.
func (c *Coverage) similarity(unit, v []covTerm, norm float32) match {
	var m match
	if norm == 0 {
		return m
	}
	i, j := 0, 0
	for i < len(unit) && j < len(v) {
		switch {
		case unit[i].id < v[j].id:
			i++
		case unit[i].id > v[j].id:
			j++
		default:
			p := unit[i].w * v[j].w
			m.score += p
			k := c.kind[unit[i].id]
			if c.name[unit[i].id] && !c.place[unit[i].id] && k == wordTerm {
				m.names++
			}
			if c.place[unit[i].id] && k == wordTerm {
				m.places++
			}
			if !c.place[unit[i].id] {
				m.beyond += p
				switch {
				case k == digitNumber:
					m.digits++
				case k < conceptKind:
					m.other++
				}
			}
			switch k {
			case countryKind:
				m.neutral += p
				m.plain += p
				m.countries++
				if c.who[unit[i].id] {
					m.who++
				}
			case longNumber:
				m.neutral += p
				m.numbers++
				m.long3plus++
			case shortNumber:
				m.neutral += p
				m.numbers++
			case digitNumber:
				m.neutral += p
			case outcomeKind:
				m.neutral += p
				m.plain += p
				m.concept += p
				m.outcomes++
			case conceptKind:
				m.neutral += p
				m.plain += p
				m.concept += p
				m.concepts++
			}
			i, j = i+1, j+1
		}
	}
	m.score /= norm
	m.beyond /= norm
	m.concept /= norm
	return m
}

// elsewhere takes from a match what its concepts gave when both sides
// name countries (named) and share none: two wildfires or two quakes of
// one day in two countries are alike in what happened, and that says
// nothing of whether they are one event.
func (m *match) elsewhere(named bool) {
	if named && m.countries == 0 {
		m.score -= m.concept
		m.beyond -= m.concept
		m.neutral, m.plain = 0, 0
		m.concept, m.concepts, m.outcomes = 0, 0, 0
	}
}

// joins says whether a match is close enough to join: alike enough, and
// alike in more than where (a port and a summit in one city share their
// places). When both sides give numbers and share none (numbered), at
// least half of JoinAt must come from what they share beyond places: the
// numbers of a fare rise (150 won, 1,550) are not those of a strike in
// the same city's subway (48 hours, 70%), nor a central bank's rate
// (22%) those of a fuel price rise in the same country (15%, 21 pounds),
// and each pair shares little but its city or country and a word or two
// of its subject. Stories of one event that give other numbers (a
// market's reaction, an analysis) share more of what happened.
func (c *Coverage) joins(m match, numbered bool) bool {
	// In the country they share, what happened counts as words do: two
	// stories of a strike in Germany may share "train" and Germany, and
	// say "strike" and "walkout". Not when they name places in it and
	// share none: a metro strike in Paris and a port strike in Marseille
	// are two events. Without a country shared, a concept is no second
	// term: one kind of news anywhere says nothing.
	shared := m.other
	if m.countries > 0 && !m.placesApart {
		shared += m.concepts
	}
	// A digit is every other story's ("trois ans", "un TGV sur trois"):
	// one of the two terms only of stories already twice as alike.
	if m.score >= 2*c.joinAt {
		shared += m.digits
	}
	if shared < minShared || m.score < c.joinAt {
		return false
	}
	return !numbered || m.numbers > 0 || m.beyond >= c.joinAt*disagreeShare
}

// rank orders the matches that join: the cosine with what they share
// beyond places counted twice, so that of two events in one place the
// story joins the one it shares the most of what happened with.
func (m match) rank() float32 { return m.score + m.beyond }

// decide says whether a match joins, and its rank among those that do. A
// story and an event written in other scripts or languages (cross) may
// also join on a name and a concept they share, when they are half as
// alike as JoinAt asks (a company's name is written alike in the
// languages of one script, what happened is not), or on their numbers,
// countries and concepts alone (crossJoins).
func (c *Coverage) decide(m match, cross, numbered bool, ownNeutral float32, otherNeutral func() float32) (float32, bool) {
	if c.joins(m, numbered) {
		return m.rank(), true
	}
	if !cross || m.neutral == 0 {
		return 0, false
	}
	switch {
	case m.concepts > 0:
		m.names += m.sounds
	case m.countries > 0:
		m.names += m.longSounds
	}
	var r float32
	ok := m.names > 0 && m.concepts > 0 && m.score >= c.joinAt/2
	if ok {
		r = m.rank()
	}
	if other := otherNeutral(); crossJoins(m, numbered, ownNeutral, other) {
		r, ok = max(r, m.neutral/(ownNeutral*other)/2), true
	}
	return r, ok
}

// crossJoins says whether a story joins an event written in another
// script on what they write alike: the cosine of their numbers,
// countries and concepts is at least crossAt, and they share their
// country and what happened (a concept), and their numbers do not
// disagree (numbered: both give some and share none) or they share a
// company or an institution (the ECB's decision in French, dated
// "14 septembre", and in English and German, with the next year's
// growth forecast, 2029 and 1.1%, give other numbers), a word (a strike
// of France's air traffic controllers, "contrôleurs", "controllers" and
// "controllori", with each country's cancelled flights) or what it cost
// (a cyclone's toll rises from 3 to 11 to 24 dead as the reports come
// in); or their country
// and more than one number of two digits or a longer one ("6.8",
// "300000"); or, without a country, two long numbers, or one and what
// happened. A country alone is where, as a place is; one number is a
// coincidence, and so is one kind of event anywhere. A name the two
// share (a capitalised word inside a sentence, not a place: a minister,
// a company, a club, written alike in the languages of one script) says
// what happened as a concept does, beside their country. So, beside
// their country and a number of two digits or more, does a place in it
// they share (Plovdiv, and the 11 pieces stolen from its museum) or what
// it cost (27 dead in Nepal): a city's two events of one day seldom give
// one figure. A story and an event that share their country, what
// happened and a name, a figure or an institution need be only half as
// alike (crossAt/2): the English story of a carmaker's recall names the
// three countries its cars were built in and the years, the Japanese one
// its home market's count and the injured, and they share Japan, the
// recall and 412,000 cars.
func crossJoins(m match, numbered bool, ownNeutral, otherNeutral float32) bool {
	if ownNeutral == 0 || otherNeutral == 0 {
		return false
	}
	at := float32(crossAt)
	if m.countries > 0 && m.concepts > 0 && (m.names > 0 || m.numbers > 0 || m.who > 0) {
		at /= 2
	}
	if m.neutral/(ownNeutral*otherNeutral) < at {
		return false
	}
	if m.countries > 0 {
		if (m.concepts > 0 || m.names > 0) && (!numbered || m.numbers > 0 || m.who > 0 || m.other > 0 || m.outcomes > 0) {
			return true
		}
		if (m.places > 0 || m.outcomes > 0) && m.numbers > 0 {
			return true
		}
		return m.long3plus >= 1 || m.numbers >= 2
	}
	return m.long3plus >= 2 || m.concepts > 0 && m.long3plus >= 1
}

// vector reads a story's terms, counts them in the document frequencies,
// and returns its keepTerms heaviest as a unit vector sorted by term id.
func (c *Coverage) vector(title, summary, lead string) []covTerm {
	c.featIDs, c.feat = c.featIDs[:0], c.feat[:0]
	c.hasCountry, c.assumed, c.headFollow = false, false, 0
	c.countries, c.namesWho, c.centralBank = c.countries[:0], false, 0
	c.langHits = [numScripts]uint8{}
	c.headBank = [2]int32{}
	c.headNames = [maxHeadNames]int32{}
	c.storySounds = c.storySounds[:0]
	katakanaSounds(title, c.addSound)
	katakanaSounds(summary, c.addSound)
	katakanaSounds(lead, c.addSound)
	c.inTitle = true
	c.readTerms(title, 2)
	c.inTitle = false
	c.titleEnd = len(c.countries)
	c.headBanks()
	c.readTerms(summary, 1)
	c.readTerms(lead, 1)
	languageLetters(title, &c.langHits)
	languageLetters(summary, &c.langHits)
	c.lang = languageOf(scriptOf(title), &c.langHits)
	c.homeCountry(title)
	c.nameCentralBank()
	c.headCentralBanks()
	c.seen++
	vec := make([]covTerm, 0, len(c.featIDs))
	n := float64(c.seen + idfPrior)
	for k, id := range c.featIDs {
		f := c.feat[k]
		c.slot[id] = 0
		c.df[id]++
		if f.place {
			c.place[id] = true
		} else if f.boost > 1 && f.kind == wordTerm {
			c.name[id] = true
		}
		c.kind[id] = max(c.kind[id], f.kind)
		idf := math.Log(n / float64(c.df[id]))
		w := (1 + math.Log(float64(f.tf))) * idf * float64(f.boost)
		vec = append(vec, covTerm{id, float32(w)})
	}
	// The heaviest terms; ties by term id, so the choice is the same
	// whatever order the map gave. Sorted as keys that order so (weights
	// are never negative, so their bits order as they do), not through a
	// comparison function: a third of the cost.
	keys := c.keys[:0]
	for _, t := range vec {
		keys = append(keys, uint64(^math.Float32bits(t.w))<<32|uint64(uint32(t.id)))
	}
	slices.Sort(keys)
	for i, k := range keys {
		vec[i] = covTerm{int32(uint32(k)), math.Float32frombits(^uint32(k >> 32))}
	}
	c.keys = keys
	// Beyond the heaviest, the heaviest numbers and countries left.
	kept := min(len(vec), keepTerms)
	for _, t := range vec[kept:] {
		if kept == keepTerms+keepNeutral {
			break
		}
		if c.kind[t.id].neutral() {
			vec[kept] = t
			kept++
		}
	}
	vec = vec[:kept]
	var sum float64
	for _, t := range vec {
		sum += float64(t.w) * float64(t.w)
	}
	if sum > 0 {
		inv := float32(1 / math.Sqrt(sum))
		for i := range vec {
			vec[i].w *= inv
		}
	}
	keys = keys[:0]
	for _, t := range vec {
		keys = append(keys, uint64(uint32(t.id))<<32|uint64(math.Float32bits(t.w)))
	}
	slices.Sort(keys) // by id, each once
	for i, k := range keys {
		vec[i] = covTerm{int32(uint32(k >> 32)), math.Float32frombits(uint32(k))}
	}
	c.keys = keys
	return slices.Clip(vec)
}

// idfPrior is the number of stories the idf pretends to have seen besides
// the real ones, so that the first stories of a grouping do not find every
// word rare.
const idfPrior = 200
