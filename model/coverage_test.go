package model

import (
	"bufio"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var explain = flag.Bool("explain", false, "coverage tests: log every pair grouped wrongly or missed")

// labelled is a story of testdata/events with the event a reader would
// put it in.
type labelled struct {
	ID        string    `json:"id"`
	Event     string    `json:"event"`
	Source    string    `json:"source"`
	Published time.Time `json:"published"`
	Title     string    `json:"title"`
	Summary   string    `json:"summary"`
	Lead      string    `json:"lead"`
}

func readLabelled(t testing.TB, name string) []labelled {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "events", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func (l labelled) story() *Story {
	return &Story{Details: &Details{Summary: l.Summary}, ID: l.ID, Title: l.Title, Source: l.Source, Published: l.Published}
}

// pairScores are pairwise precision and recall: of the pairs of stories
// grouped together, how many are of one event; of the pairs of one event,
// how many were grouped together.
type pairScores struct {
	truePairs, foundPairs, right int
	wrong, missed                []string
}

func (p pairScores) precision() float64 { return ratio(p.right, p.foundPairs) }
func (p pairScores) recall() float64    { return ratio(p.right, p.truePairs) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func score(set []labelled, events []string) pairScores {
	var p pairScores
	for i := range set {
		for j := i + 1; j < len(set); j++ {
			same, grouped := set[i].Event == set[j].Event, events[i] == events[j]
			pair := set[i].ID + " " + set[i].Title + "  ~  " + set[j].ID + " " + set[j].Title
			if same {
				p.truePairs++
			}
			if grouped {
				p.foundPairs++
			}
			switch {
			case same && grouped:
				p.right++
			case grouped:
				p.wrong = append(p.wrong, pair)
			case same:
				p.missed = append(p.missed, pair)
			}
		}
	}
	return p
}

func groupLabelled(set []labelled, withLead bool) []string {
	stories := make([]*Story, len(set))
	leads := map[*Story]string{}
	for i, l := range set {
		stories[i] = l.story()
		if withLead {
			leads[stories[i]] = l.Lead
		}
	}
	return NewCoverage().Group(stories, func(s *Story) string { return leads[s] })
}

// The labelled set is grouped as its labels say, to the targets: pairwise
// precision at least 0.95 and recall at least 0.8 on the part the
// parameters were set on (tune.jsonl), with and without the first paragraph
// (the library groups without it). Every part is held to what it reaches
// (the lower of with and without the first paragraph, to two places). holdout.jsonl's,
// fresh.jsonl's and fresh2.jsonl's errors were read when the method was
// changed, so they are no longer unseen; fresh2 still misses the recall
// target (0.71 with the first paragraph: stories in another script that
// share too little written alike). fresh3.jsonl was written before the
// rules on numbers that disagree, numbers after a letter, romanised
// Cyrillic and Greek and Greek genitives, and measured once after them:
// precision 0.97 with the first paragraph and 1.00 without, recall 0.72
// and 0.74. Its errors were read before numbers in words; with them
// fresh2 and fresh3 reach 0.75 and 0.74 recall, still short of the
// target. fresh4.jsonl was written before numbers in words and measured
// once after them: precision 0.951, recall 0.766 with the first
// paragraph and without, short of the recall target, so it is held to
// that. fresh5.jsonl was written before event words (what happened, in
// every language) and committed with the method as it was: precision
// 1.000 with the first paragraph and 0.920 without, recall 0.333, far
// short of the targets (most of its stories in another script give few
// or no numbers). Event words (conceptTable), a country for a story in
// a script of one country, lakhs and crossAt 0.45 were set on tune to
// fresh4, which reach recall 0.88 to 0.94 with them; fresh5 was measured
// once after: precision 0.969 with the first paragraph and 0.933
// without, recall 0.681 and 0.710, short of both targets, so it is held
// to that. fresh6.jsonl was written and committed before subdivisions
// were in the gazetteer and measured with the method as it was:
// precision 0.973 with the first paragraph and 1.000 without, recall
// 0.748. Subdivisions, companies, stories in two languages of the Latin
// script compared as two scripts are, German separable verbs and
// genitives, and a story without numbers compared on its countries and
// concepts were set on tune to fresh5 (fresh5's errors read); fresh6 was
// measured once after them: precision 0.942 with the first paragraph and
// 0.970 without (two features, on South Asia's heat and Okinawa's
// typhoons, join the news they write about), recall 0.884. Along the
// way fresh4 lost precision (0.958 to 0.932: a feature on Kagoshima's
// hot springs now shares Japan with Sakurajima's eruption) and fresh3
// too (0.976 to 0.942: a French story of Greece asking the EU for help
// during the Evia fire, labelled alone, joins the fire, whose stories in
// five languages now all join), each for more recall. fresh7.jsonl was
// written blind, by someone who had not read the method, and measured
// once with the method as it was: precision 0.864 with the first
// paragraph and 0.851 without, recall 0.667 and 0.702, short of both
// targets. Its errors were then read: institutions (ECB, EZB, BCE),
// stories naming two of them kept apart, a desk's ANALYSIS- and
// EXPLAINER- alone, Dutch, Polish, Turkish, Indonesian and Vietnamese
// told apart, bring it to 0.968 and 0.950, recall 0.807 and 0.833 (no
// longer unseen); every other part is as it was.
// fresh8.jsonl was written blind too,
// committed before it was measured, and measured once with the method
// as of dec3299: precision 0.989 with the first paragraph and 0.975
// without (an explainer on Georgia's vote joins it, and without the
// first paragraph a feature on Lithuania's joins that), recall 0.696 and 0.624, short of the recall target (stories
// in another language left alone). It was then measured once more,
// unread, after the institutions and five languages above: precision
// 0.938 and 0.921, recall 0.728 and 0.656 (an Indonesian explainer on why
// typhoons hit the Philippines now joins the typhoon's five stories), and
// it is held to that. fresh9.jsonl was written blind too, committed before
// it was measured, and measured once with the method as of 9270294:
// precision 0.899 with the first paragraph and 0.910 without (an analysis
// of Kosovo's vote and an explainer on Portugal's join the results, and a
// verdict in Venice joins the high tide there the same day), recall 0.678
// and 0.686, short of both targets (stories in another language left
// alone), and it is held to that. Then fresh8's and fresh9's errors were read (they are no
// longer unseen) for round 8's rules: a desk's label in any case before
// a colon, a headline asking why joining only on a figure of its event,
// event words for outages, robberies, vaccinations, prizes and
// dismissals, demonyms, Polish locatives. With them fresh8 reaches
// 1.000 / 0.971 and 0.912 / 0.808, fresh9 0.977 / 0.989 and 0.729 /
// 0.763; fresh4, fresh5 and fresh6 gain precision (their "Why ..."
// features leave the news), fresh7 recall; no part loses.
// fresh10.jsonl was written blind too,
// committed before it was measured, and measured once with the method as
// of 1fc4e07: precision 0.910 with the first paragraph and 0.939 without
// (an explainer on Czech no-confidence votes and a preview of Arsenal's
// match join the news, and with the first paragraph a feature on Penang
// joins Kestrel's plant there), recall 0.777 and 0.715, short of both
// targets (stories in another language left alone), and it is held to
// that (0.910 is 101/111, so its floor was 0.90). Measured once more,
// unread, after round 8: precision 0.935 and 0.969 (the Czech explainer
// now stays alone; the Arsenal preview and, with the first paragraph,
// the Penang feature still join), recall 0.777 and 0.723, and held to
// that. Then its errors were read, in round 9 (it is no longer unseen;
// fresh11, written blind meanwhile, is the next honest measure), for
// rules meant to hold beyond it: Persian and Urdu told from Arabic by
// their letters, and Finnish, Czech, Hungarian and Romanian from the
// other languages of the Latin script, each with its home country;
// digits of other scripts read as numbers; a preview is a desk's piece;
// event words in the languages the blind parts keep bringing, and
// "no-confidence" in English (and "premier" no prize); places found by
// their case forms. With them fresh10 reaches 0.970 / 1.000 and 1.000 /
// 0.938, and fresh9's recall with the first paragraph moves
// from 0.729 to 0.754 (a tie between two equal weights now falls
// otherwise, as term ids are given in the order terms are read); no
// other part moves.
// fresh11.jsonl was written blind too, in 36 languages by 66
// outlets, committed before it was measured, and measured once with the
// method as of 7b2cc5a: precision 0.930 with the first paragraph and
// 0.875 without, recall 0.473 and 0.438, far short of both targets, and
// it is held to that. fresh12.jsonl, written blind in 22 languages (half
// of it English, a third of that without a first paragraph), measured
// once with the same method: precision 0.793 with the first paragraph
// and 0.915 without, recall 0.646 and 0.575. Both were measured again
// after round 9, unread: fresh11 did not move, fresh12 0.789 / 0.920 and
// 0.628 / 0.611. Their errors were then read for round 10: a desk's
// label ending a short topic, the Cyrillic of other languages, names
// shared across languages, a central bank as its country's institution,
// what happened as a term shared in one country, every country's ISO
// divisions, and event words in 43 languages. fresh13.jsonl, written
// blind meanwhile and never read, measured once after round 10:
// precision 0.956 with the first paragraph and 0.952 without, recall
// 0.860 and 0.800, both targets met (round 8's method, run on it once
// after for comparison: 0.919 / 0.951 and 0.790 / 0.770). Round 11
// read fresh11's and fresh12's errors again: sixteen more languages told
// apart (Scandinavian, West and South Slavic, Baltic, Catalan, Tagalog,
// Swahili, Hausa, Yoruba, Somali; Cyrillic ones from Russian; Nepali),
// a place or what it cost beside a figure across scripts, half the
// likeness when the country, what happened and a name or figure are
// shared, decimals rounded, landing and coalition as event words.
// fresh14.jsonl, written blind during round 11 and committed before it
// was measured, measured once after it: precision 0.872 / 0.821, recall
// 0.688 / 0.633, short of both targets (round 10's method on it: 0.866 /
// 0.867, 0.651 / 0.596). Its errors were then read for round 12: a
// headline's central bank (banksApart), a name and what happened shared
// across languages, prisoner swaps, leaders' talks, splashdowns, "to
// buy", a portrait of a place or a person alone ("Grindavík, the town
// that refuses to be abandoned"). With it fresh14 reaches 0.964 / 0.963
// and 0.743 / 0.716, holdout's precision 1.000; the
// two rounds raised fresh11's recall to 0.777 / 0.804, fresh12's to
// 0.770 / 0.690, fresh13's to 0.880 / 0.800 (seen only in these totals),
// and fresh9's precision without the first paragraph fell to 0.978 (a
// verdict in Venice and the flood barrier there share MOSE and a flood).
// fresh15.jsonl, written blind during round 12 and committed before it
// was measured, measured once after it: precision 0.837 / 0.912, recall
// 0.750 / 0.629 (round 10's method on it: 0.871 / 0.957, 0.698 / 0.578;
// round 11's: 0.842 / 0.910, 0.733 / 0.612). Its errors were then read
// for round 13: a digit counted among the terms shared only between
// stories twice as alike as JoinAt asks, months' names as stop words, a
// factbox and "Opinion |" a desk's, scores written winner first (1-2 is
// 2-1), ASEAN and the ECB in more languages, landings, German accidents,
// anti-dumping duties, Swahili's "kills". With them fresh15 reaches
// 1.000 / 1.000 and 0.871 / 0.819, fresh7 1.000 / 0.981 and 0.912 /
// 0.921, fresh12 0.957 / 0.951 (its factbox alone); fresh2's recall
// without the first paragraph falls from 0.971 to 0.956.
// fresh16.jsonl (more than half in English, several events English
// only), written blind during round 13 and committed before it was
// measured, measured once after it: precision 0.925 / 0.899, recall
// 0.692 / 0.579 (round 10's method: 0.886 / 0.851, 0.654 / 0.533). Its
// errors were then read for round 14: cabinet reshuffles, "pact", a
// "Q&A:" a desk's, a portrait "from ... to ..." alone, Russian and
// Chinese words for landings and talks. With them it reaches 0.976 /
// 0.972 and 0.766 / 0.654; no other part moves. fresh17.jsonl, written
// blind during round 14 like fresh16 and committed before it was
// measured, measured once after it: precision 0.831 / 0.866, recall
// 0.725 / 0.696, short of both targets (round 10's method on it: 0.758
// / 0.812, 0.706 / 0.676). Its errors were then read for round 15: a
// headline's first central bank is what it is of ("BoE keeps rates on
// hold ahead of ECB decision" had made the Bank of England's event the
// ECB's), Italian creditor protection a bankruptcy. With them it reaches
// 0.915 / 0.959 and 0.735 / 0.696; no other part moves. fresh18.jsonl,
// written blind during round 15 and committed before it was measured,
// measured once after it: precision 0.976 / 0.973, over the target,
// recall 0.776 / 0.664, short of it (round 10's method on it: 0.900 /
// 0.889, 0.589 / 0.523). Its errors were then read for round 16:
// multipliers glued to a number ("$14bn", "€900m": "m" and "k" only
// after a currency's sign), stock-market listings as an event word.
// With them it reaches 0.976 / 0.974 and 0.776 / 0.692; no other part
// moves. (Film prizes by name, "Golden Lion" and the rest, were tried
// and left out: with them a Venice prize joined a Brazilian takeover
// through Portuguese "prêmio", a share premium, read as a prize.)
// fresh19.jsonl, written blind during round 16 and committed before it
// was measured, measured once after it: precision 0.912 / 0.896, recall
// 0.760 / 0.625, short of both targets (round 10's method on it: 0.883
// / 0.833, 0.708 / 0.521). Its errors were then read for round 17: a
// live blog a desk's piece, "bln" and the words for millions and
// billions of Arabic, Persian, Hebrew, Vietnamese and Greek, a Swiss
// "votation", a data breach, Polish floods and deaths. With them it
// reaches 0.961 / 0.955 and 0.771 / 0.667; fresh's recall rises to
// 0.926. fresh20.jsonl, written blind during round 17 and committed
// before it was measured, measured once after it: precision 0.908 /
// 0.969, recall 0.683 / 0.624, short of the recall target (round 10's
// method on it: 0.747 / 0.785, 0.614 / 0.614). Its errors were then
// read for round 18: a match's preview ("ahead of Lisbon opener") and
// the explainer labels of Spanish, Portuguese and German ("Claves:",
// "Entenda:", "Erklärt:") a desk's pieces, Japanese elections' short
// names, flames a fire. With them it reaches 1.000 / 1.000 and 0.723 /
// 0.693, and fresh17 0.949 / 1.000 (its Turin preview alone).
// fresh21.jsonl, written blind during round 18 and committed before it
// was measured, measured once after it: precision 0.824 / 0.900, recall
// 0.708 / 0.594, short of both targets (round 10's method on it: 0.788
// / 0.800, 0.736 / 0.566). Its wrong joins were looked at for the
// record, not for rules: a company's results joining its outage three
// days before, a live blog headed "AO MINUTO", a preview asking how a
// title decider "could play out", a protest and a building collapse in
// Nairobi on one day, a feature on Nairobi's towers. Its errors were
// then read for round 19: live blogs in French, Spanish, Italian,
// Portuguese and German ("EN DIRECT", "AO MINUTO", "Liveticker") a
// desk's, a British store "into administration" or "gone bust" a
// bankruptcy, Swahili collapses and deaths. With them it reaches 0.866
// / 0.944 and 0.792 / 0.632. (Years left out of the numbers that make
// two stories disagree were tried and left out: more recall on fresh,
// fresh16 and fresh21, and a feature on India's spaceflight programme,
// its years no longer counted, joined the flight.) fresh22.jsonl,
// written blind during round 19 and committed before it was measured,
// measured once after it: precision 0.892 / 0.888, recall 0.769 / 0.731,
// short of both targets (round 10's method on it: 0.811 / 0.800, 0.713
// / 0.667). Its errors are not read.
func TestCoverageGroupsTheLabelledSet(t *testing.T) {
	var all [2]pairScores // every part, with the first paragraph and without
	for _, tc := range []struct {
		name              string
		precision, recall float64
	}{
		{"tune.jsonl", 0.97, 0.94}, {"holdout.jsonl", 1, 0.98}, {"fresh.jsonl", 1, 0.92},
		{"fresh2.jsonl", 1, 0.98}, {"fresh3.jsonl", 0.93, 1}, {"fresh4.jsonl", 0.96, 0.98},
		{"fresh5.jsonl", 1, 0.94}, {"fresh6.jsonl", 0.99, 0.91},
		{"fresh7.jsonl", 0.98, 0.92}, {"fresh8.jsonl", 0.97, 0.88},
		{"fresh9.jsonl", 0.94, 0.82}, {"fresh10.jsonl", 1, 0.98}, {"fresh11.jsonl", 1, 0.82}, {"fresh12.jsonl", 0.95, 0.76},
		{"fresh13.jsonl", 0.95, 0.85}, {"fresh14.jsonl", 0.96, 0.75}, {"fresh15.jsonl", 1, 0.85}, {"fresh16.jsonl", 0.91, 0.70}, {"fresh17.jsonl", 0.95, 0.72}, {"fresh18.jsonl", 0.97, 0.81}, {"fresh19.jsonl", 0.95, 0.74}, {"fresh20.jsonl", 1, 0.74}, {"fresh21.jsonl", 0.89, 0.66}, {"fresh22.jsonl", 0.87, 0.74}, {"fresh23.jsonl", 0.96, 0.79}, {"fresh24.jsonl", 0.95, 0.88}, {"fresh25.jsonl", 0.92, 0.96}, {"fresh26.jsonl", 0.96, 0.86}, {"fresh27.jsonl", 0.89, 0.86}, {"fresh28.jsonl", 0.91, 0.85}, {"fresh29.jsonl", 0.99, 0.94}, {"fresh30.jsonl", 0.92, 0.88}, {"fresh31.jsonl", 0.96, 0.86}, {"fresh32.jsonl", 0.96, 0.88}, {"fresh33.jsonl", 0.92, 0.88}, {"fresh34.jsonl", 0.93, 0.91}, {"fresh35.jsonl", 0.94, 0.92}, {"fresh36.jsonl", 0.97, 0.88}, {"fresh37.jsonl", 0.95, 0.93}, {"fresh38.jsonl", 0.95, 0.80}, {"fresh39.jsonl", 0.95, 0.83}, {"fresh40.jsonl", 0.87, 0.77}, {"fresh41.jsonl", 0.97, 0.88}, {"fresh42.jsonl", 1, 0.85}, {"fresh43.jsonl", 1, 0.75}, {"fresh44.jsonl", 0.97, 0.91}, {"fresh45.jsonl", 0.97, 0.86}, {"fresh46.jsonl", 0.94, 0.78}, {"fresh47.jsonl", 1, 0.87}, {"fresh48.jsonl", 0.94, 0.79}, {"fresh49.jsonl", 1, 0.92}, {"fresh50.jsonl", 0.97, 0.77}, {"fresh51.jsonl", 0.94, 0.80}, {"fresh52.jsonl", 0.84, 0.67}, {"fresh53.jsonl", 0.94, 0.87}, {"fresh54.jsonl", 0.95, 0.77}, {"fresh55.jsonl", 0.92, 0.83}, {"fresh56.jsonl", 0.94, 0.83}, {"fresh57.jsonl", 0.96, 0.74}, {"fresh58.jsonl", 0.96, 0.81}, {"fresh59.jsonl", 0.94, 0.80}, {"fresh60.jsonl", 0.98, 0.76}, {"fresh61.jsonl", 1, 0.86}, {"fresh62.jsonl", 1, 0.82}, {"fresh63.jsonl", 0.97, 0.81}, {"fresh64.jsonl", 1, 0.77}, {"fresh65.jsonl", 1, 0.92}, {"fresh66.jsonl", 0.97, 0.83}, {"fresh67.jsonl", 1, 0.85}, {"fresh68.jsonl", 1, 0.77}, {"fresh69.jsonl", 1, 0.80}, {"fresh70.jsonl", 1, 0.79}, {"fresh71.jsonl", 0.88, 0.74}, {"fresh72.jsonl", 0.98, 0.87}, {"fresh73.jsonl", 0.93, 0.90}, {"fresh74.jsonl", 1, 0.86}, {"fresh75.jsonl", 1, 0.82}, {"fresh76.jsonl", 0.98, 0.83}, {"fresh77.jsonl", 0.93, 0.76}, {"fresh78.jsonl", 1, 0.94}, {"fresh79.jsonl", 0.85, 0.87}, {"fresh80.jsonl", 0.96, 0.82}, {"fresh81.jsonl", 0.92, 0.74}, {"fresh82.jsonl", 0.87, 0.94}, {"fresh83.jsonl", 0.96, 0.76}, {"fresh84.jsonl", 0.96, 0.69}, {"fresh85.jsonl", 0.95, 0.82}, {"fresh86.jsonl", 1, 0.75}, {"fresh87.jsonl", 0.93, 0.69}, {"fresh88.jsonl", 0.95, 0.84}, {"fresh89.jsonl", 0.92, 0.89}, {"fresh90.jsonl", 1, 0.78}, {"fresh91.jsonl", 1, 0.71}, {"fresh92.jsonl", 0.93, 0.80}, {"fresh93.jsonl", 0.98, 0.80}, {"fresh94.jsonl", 0.97, 0.85},
	} {
		set := readLabelled(t, tc.name)
		for k, withLead := range []bool{true, false} {
			p := score(set, groupLabelled(set, withLead))
			all[k].right += p.right
			all[k].foundPairs += p.foundPairs
			all[k].truePairs += p.truePairs
			t.Logf("%s (lead %v): %d stories, %d pairs of one event: precision %.3f, recall %.3f",
				tc.name, withLead, len(set), p.truePairs, p.precision(), p.recall())
			if *explain {
				for _, w := range p.wrong {
					t.Logf("  wrong: %s", w)
				}
				for _, m := range p.missed {
					t.Logf("  missed: %s", m)
				}
			}
			if p.precision() < tc.precision {
				t.Errorf("%s (lead %v): precision %.3f, under %.2f", tc.name, withLead, p.precision(), tc.precision)
			}
			if p.recall() < tc.recall {
				t.Errorf("%s (lead %v): recall %.3f, under %.2f", tc.name, withLead, p.recall(), tc.recall)
			}
		}
	}
	// The whole set, each part's pairs counted in it, to the issue's
	// targets: precision at least 0.95, recall at least 0.8.
	for k, withLead := range []bool{true, false} {
		p := all[k]
		t.Logf("every part (lead %v): %d pairs of one event: precision %.3f, recall %.3f", withLead, p.truePairs, p.precision(), p.recall())
		if p.precision() < 0.95 || p.recall() < 0.8 {
			t.Errorf("every part (lead %v): precision %.3f, recall %.3f, under 0.95 and 0.8", withLead, p.precision(), p.recall())
		}
	}
}

// Grouping a batch does not depend on the order its stories came in.
func TestCoverageGroupIsTheSameInAnyOrder(t *testing.T) {
	set := append(readLabelled(t, "tune.jsonl"), readLabelled(t, "holdout.jsonl")...)
	want := groupLabelled(set, true)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		perm := rng.Perm(len(set))
		shuffled := make([]labelled, len(set))
		for i, k := range perm {
			shuffled[i] = set[k]
		}
		got := groupLabelled(shuffled, true)
		for i, k := range perm {
			if got[i] != want[k] {
				t.Fatalf("%s: event %s in one order, %s in another", set[k].ID, want[k], got[i])
			}
		}
	}
}

// A story of an event takes the event's ID, the first story's; a story
// alone is its own event; placing a story again changes nothing.
func TestCoveragePlacesAStoryInItsEvent(t *testing.T) {
	at := time.Date(2026, 11, 21, 2, 0, 0, 0, time.UTC)
	first := news("a", "Meridian Wire", at,
		"Typhoon forces 200,000 to flee homes in northern Philippines",
		"Typhoon Marce made landfall in Cagayan province with winds of 185 km/h")
	second := news("b", "Capital Ledger", at.Add(3*time.Hour),
		"Philippines typhoon drives 200,000 from their homes",
		"Marce hit Cagayan with sustained winds of 185 km/h, killing three")
	sameFeed := news("c", "Meridian Wire", at.Add(4*time.Hour),
		"Typhoon Marce: 200,000 flee homes in Cagayan",
		"Winds of 185 km/h hit the northern Philippines")
	weekLater := news("d", "Northern Courier", at.Add(7*24*time.Hour),
		"Typhoon Marce: a week after 200,000 fled, Cagayan rebuilds",
		"Winds of 185 km/h tore through the northern Philippines")
	other := news("e", "Northern Courier", at,
		"Eurozone factory output falls for a third month",
		"Eurostat said production fell 0.6%")
	undated := &Story{Details: &Details{Summary: first.Summary()}, ID: "f", Source: "Pulse Digest", Title: first.Title}
	c := NewCoverage()
	wantPlaced(t, c, []placement{{first, "a"}, {second, "a"}, {sameFeed, "c"}, {weekLater, "d"}, {other, "e"}, {undated, "f"}, {second, "a"}})
}

// A grouping rebuilt from what the library kept (Keep) places a new story
// as the grouping that placed the others would.
func TestCoverageKeptEventsTakeNewStories(t *testing.T) {
	set := readLabelled(t, "tune.jsonl")
	slices.SortFunc(set, func(a, b labelled) int { return a.Published.Compare(b.Published) })
	stories := make([]*Story, len(set))
	for i, l := range set {
		stories[i] = l.story()
	}
	whole := NewCoverage()
	want := make([]string, len(stories))
	for i, s := range stories {
		want[i] = whole.Place(s, "")
	}
	// The library gives the first part back in its own order (newest
	// first); the rest arrive later.
	cut := len(stories) * 2 / 3
	kept := NewCoverage()
	for i := cut - 1; i >= 0; i-- {
		kept.Keep(stories[i], "", want[i])
	}
	for i := range stories[:cut] {
		if got := kept.Place(stories[i], ""); got != want[i] {
			t.Fatalf("%s: kept in %s, now %s", stories[i].ID, want[i], got)
		}
	}
	differ := 0
	for i := cut; i < len(stories); i++ {
		if got := kept.Place(stories[i], ""); got != want[i] {
			differ++
			t.Logf("%s: %s placed whole, %s after a restart", stories[i].ID, want[i], got)
		}
	}
	// The idf of a rebuilt grouping counts the kept stories once more than
	// the library's did, never the same stories in another order: a
	// difference is a story near the threshold.
	if differ > 2 {
		t.Errorf("%d of %d stories placed otherwise after a restart", differ, len(stories)-cut)
	}
}

func TestCoverageReadsNumbersAcrossLanguages(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"200,000 flee", []string{"200000"}},
		{"200.000 personas", []string{"200000"}},
		{"200 000 personnes", []string{"200000"}},
		{"magnitude 6.4 quake", []string{"6.4"}},
		{"Stärke 6,4", []string{"6.4"}},
		{"won 2-1 in the final, 29:20 at Twickenham", []string{"2-1", "29-20"}},
		{"한국, 포르투갈에 1-2 석패; 日本、モロッコに1－3で敗れる; lost 20:29", []string{"2-1", "29-20", "3-1"}},
		{"a 48-hour strike from December 2", []string{"2", "48"}},
		{"COP29 and the 9.8-kilometre line, $1,200.50", []string{"9.8", "1200.5"}},
		{"deposit rate at 2.00%, bei 2,0 Prozent, 10.0 and 4,75", []string{"2", "10", "4.75"}},
		{"58,6 odstotka volivcev; 41.5% turnout", []string{"42", "41.5", "58.6", "59"}},
		{"秘鲁南部发生6.8级地震 至少14人死亡", []string{"6.8", "14"}},
		{"日銀、1995年以来の水準", []string{"1995"}},
		{"30万人撤离, 噴煙1万5000メートル, 주민 3천여 명", []string{"300000", "15000", "3000"}},
		{"5.1兆円, 5.1万亿日元", []string{"5.1"}},
		{"4만3천 명, 4万3千人, 2萬5千", []string{"25000", "43000"}},
		{"M6.5 quake; an A350 order; 60 ए350 विमान", []string{"6.5", "350", "60"}},
		{"台湾東部でM6.5の地震", []string{"6.5"}},
		{"1,2 milioni di bambini, 1,2 mln dzieci, 1,2 млн детей, 1.2 juta anak", []string{"1200000"}},
		{"4,5 милиона тона, 4,5 milijuna tona, 4,5 miliona ton, 4.5mn tonnes", []string{"4500000"}},
		{"mp3, iPhone15, COP29, 4x4, 5G", nil},
		{"Quake kills six; Elf Tote; trois morts", []string{"11", "3", "6"}},
		{"once again in Sept. one of them", nil},
		{"a dozen homes, fifteen hurt", []string{"12", "15"}},
		{"$12 billion; zwölf Milliarden; 120亿美元; 12 milliards", []string{"12000000000"}},
		{"1.2 million cars; 1,2 Millionen Autos; 120万台; 1.2m vehicles", []string{"1200000"}},
		{"3m people; a 3m wall; a 1.2m b/d cut", []string{"1200000", "3000000"}},
		{"$14bn; $14 billion; £2.4bn deal; €900m; a 5m wave; the 10k race; 1.2bn people", []string{"10", "1200000000", "14000000000", "2400000000", "900000000"}},
		{"$4.2 bln deal; 4.2 مليار دولار; 4,2 tỷ USD; ב-4.2 מיליארד דולר", []string{"4200000000"}},
		{"3 लाख लोग; 300,000 people; 12 lakh; 2 करोड़ रुपये", []string{"1200000", "20000000", "300000"}},
		{"800 ألف برميل; 800 тыс. баррелей; ۸۰۰ هزار بشکه; 800 bin varil; 800 tys. baryłek; 800 thousand barrels", []string{"800000"}},
		{"12 mil damnificados; 12 mila sfollati; 12 हज़ार लोग; 12.000 Vertriebene", []string{"12000"}},
		{"5 mil millones de dólares; 5 mil milhões", []string{"5000000000"}},
		{"a 500 kb/d share; 500kb/d; 500 kbpd; 500 thousand barrels", []string{"500000"}},
		{"a 1.2 mb/d cut; 1.2mb/d; 1.2 mbpd; a 500 MB file", []string{"1200000", "500"}},
		{"三名航天员, 神舟二十五号, 十一人, 统一", []string{"11", "25", "3"}},
		{"Leitzins auf ein Prozent; eine Million Menschen; one million people", []string{"1", "1000000"}},
		{"ein Erdbeben, eine Frau, one of them, un séisme", nil},
		{"Погибли семь человек; Τρεις νεκροί; مصرع سبعة أشخاص; तीन की मौत; undici vittime; três mortos",
			[]string{"11", "3", "7"}},
		{"due to rain, sei tu, Otto, venti forti", nil},
		{"خط لوله ۷۸۰ کیلومتری; ٢٠٠٬٠٠٠ نازح; भूकंप में १४ की मौत; ৬٫৮", []string{"14", "200000", "6.8", "780"}},
	} {
		c := NewCoverage()
		c.readTerms(tc.text, 1)
		var got []string
		for term, f := range c.features() {
			if f.kind.number() {
				got = append(got, term)
			}
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tc.want))
		if !slices.Equal(got, want) {
			t.Errorf("%q: numbers %q, want %q", tc.text, got, want)
		}
	}
}

func TestCoverageTermsFindPlacesAndNames(t *testing.T) {
	c := NewCoverage()
	c.readTerms("Police in Nairobi fired tear gas at riders led by Ouma Odhiambo", 1)
	for term, want := range map[string]float32{"nairobi": placeBoost, "odhiamb": nameBoost, "police": 1, "rider": 1} {
		if got := c.features()[term]; got.boost != want {
			t.Errorf("%s: boost %v, want %v (terms %v)", term, got.boost, want, strings.Join(keys(c.features()), " "))
		}
	}
	if _, ok := c.features()["the"]; ok {
		t.Error("a function word is a term")
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// A country's name in any language is one term, so stories of one event
// in several languages share it.
func TestCoverageTermsNameTheCountryInAnyLanguage(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"Flash floods kill four in Spain": "ES", "Unwetter in Spanien": "ES", "Espagne : quatre morts à Murcie": "ES",
		// Swahili, Hausa and Tagalog, whose papers write of their
		// neighbours by their own names.
		"Kimbunga Fezile chapiga Msumbiji": "MZ", "Likitoci sun fara yajin aiki a faɗin Najeriya": "NG",
		"Misil mula sa Hilagang Korea": "KP",
		// A country's national railway is of it, as its parliament is.
		"Grève à la SNCF : un TGV sur trois": "FR", "Deutsche Bahn streicht Fernzüge": "DE",
	})
}

// A Bengali name is a place with its case endings glued on: a West
// Bengal paper's story of a fire in Mumbai is India's, not Bangladesh's
// (the country a story in Bengali that names none is given).
func TestCoverageTermsFindBengaliPlacesInTheirCases(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"মুম্বইয়ের বহুতলে অগ্নিকাণ্ড": "IN", "মুম্বইয়ে আগুন": "IN", "ভারতের অর্থমন্ত্রী": "IN",
		"দিল্লির বৈঠক": "IN", "ওড়িশায় ঘূর্ণিঝড়": "IN",
	})
}

// Stories that share only where they happened are not one event: a port's
// record month and a summit in the same city, however close in time.
func TestCoveragePlacesAloneMakeNoEvent(t *testing.T) {
	at := time.Date(2026, 11, 18, 21, 0, 0, 0, time.UTC)
	summit := news("a", "Meridian Wire", at,
		"Leaders meet in Rio de Janeiro, Brazil",
		"Rio de Janeiro hosts the summit")
	port := news("b", "Harbour Dispatch", at.Add(12*time.Hour),
		"Rio de Janeiro port handles record iron ore volumes",
		"Brazil's Rio de Janeiro shipped more")
	c := NewCoverage()
	c.Place(summit, "")
	if got := c.Place(port, ""); got != "b" {
		v := c.terms[c.docs[1].start : c.docs[1].start+int32(c.docs[1].n)]
		t.Errorf("the port story joined %s (%+v)", got, c.similarity(v, c.terms[:c.docs[0].n], 1))
	}
}

// A place in a script written without spaces gives its country's term,
// as it does in English: 서울 is in South Korea as Seoul is.
func TestCoverageTermsFindPlacesInUnspacedScripts(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"秘鲁南部发生地震":     "PE",
		"서울 광장시장 화재":   "KR",
		"ソウルの市場で火災":    "KR",
		"東京で大雪、新幹線が運休": "JP",
	})
}

// A story in another script joins its event on what it writes alike,
// numbers and its country; one that shares the country alone does not.
// (Alone with one event, the Chinese story's numbers carry the cosine;
// among many stories its character pairs do not, and it joins by
// crossJoins: the floor on fresh.jsonl fails without that rule.)
func TestCoverageJoinsAcrossScripts(t *testing.T) {
	at := time.Date(2027, 2, 3, 10, 0, 0, 0, time.UTC)
	english := news("a", "Meridian Wire", at,
		"Magnitude 6.8 earthquake kills at least 14 in southern Peru",
		"The quake struck near Arequipa before dawn, toppling adobe homes")
	wire := news("b", "Capital Ledger", at.Add(time.Hour),
		"Peru earthquake: 14 dead as 6.8 tremor hits Arequipa region",
		"Hundreds of adobe houses collapsed; the president ordered aid flights")
	chinese := news("c", "Huaxia Evening", at.Add(2*time.Hour),
		"秘鲁南部发生6.8级地震 至少14人死亡",
		"地震发生在阿雷基帕大区，卡马纳数百栋土坯房倒塌，泛美公路中断，总统下令从利马派出救援航班")
	otherNews := news("d", "Tokai Shimbun", at.Add(3*time.Hour),
		"ペルー大統領、閣僚3人を交代",
		"支持率の低下を受けて内閣を改造した")
	c := NewCoverage()
	wantPlaced(t, c, []placement{{english, "a"}, {wire, "a"}, {chinese, "a"}, {otherNews, "d"}})
}

// A Cyrillic or Greek word is read in Latin letters, so a name is the same
// term in a Russian or Greek story as in an English one.
func TestCoverageRomanisesCyrillicAndGreek(t *testing.T) {
	for word, want := range map[string]string{
		"шивелуч":    "shiveluch",
		"камчатке":   "kamchatke",
		"ключевской": "klyuchevskoy",
		"усть":       "ust",
		"λίμνη":      "limni",
		"ιστιαία":    "istiaia",
		"εύβοια":     "evvoia",
		"τουρκία":    "tourkia",
		"жүсіпов":    "zhusipov", // Kazakh: the Russian story's Жусупов is "zhusupov"
		"ерлан":      "erlan",
		"ђоковић":    "djokovic", // Serbian
		"қазақстан":  "kazakstan",
	} {
		got, ok := romanise(nil, []byte(word))
		if !ok || string(got) != want {
			t.Errorf("%s: %q (%v), want %q", word, got, ok, want)
		}
	}
	for _, word := range []string{"kamchatka", "서울", "камчаtka", "ملاطية"} {
		if got, ok := romanise(nil, []byte(word)); ok {
			t.Errorf("%s: romanised as %q", word, got)
		}
	}
	c := NewCoverage()
	c.readTerms("На Камчатке извергается вулкан Шивелуч", 1)
	for _, term := range []string{"kamchat", "shivelu"} {
		if _, ok := c.features()[term]; !ok {
			t.Errorf("no term %s (terms %v)", term, strings.Join(keys(c.features()), " "))
		}
	}
}

// Two stories in one city on one subject whose numbers disagree are not
// one event on their city and a word or two: a fare rise does not join a
// strike on the same trams, though a story of the strike does.
func TestCoverageNumbersThatDisagreeNeedMoreThanAPlace(t *testing.T) {
	at := time.Date(2027, 3, 2, 6, 0, 0, 0, time.UTC)
	strike := news("a", "Meridian Wire", at,
		"Lisbon tram drivers begin 24-hour strike",
		"Only 30% of Lisbon's trams ran during the morning rush, the city operator Carris said")
	again := news("b", "Capital Ledger", at.Add(2*time.Hour),
		"Lisbon commuters stranded as tram strike starts",
		"Drivers walked out for 24 hours; Carris ran 30% of services")
	fares := news("c", "Pulse Digest", at.Add(5*time.Hour),
		"Lisbon tram fares to rise to 2.10 euros in July",
		"The city council says the network needs 45 million euros more a year")
	c := NewCoverage()
	wantPlaced(t, c, []placement{{strike, "a"}, {again, "a"}, {fares, "c"}})
}

// A country named in the Greek genitive gives its country's term, as its
// nominative does.
func TestCoverageTermsFindGreekCountriesInTheGenitive(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"Πυρκαγιές στα νότια της Τουρκίας":     "TR",
		"Η κυβέρνηση της Ελλάδας ζητά βοήθεια": "GR",
	})
}

// A country or place in the German, Dutch or Scandinavian genitive
// ("Japans", "Rumäniens") gives its country, as its nominative does; not
// a plural in a Title Case headline, nor a name that is also a first name.
func TestCoverageTermsFindCountriesInTheGenitiveS(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"Japans Notenbank erhöht den Leitzins":                    "JP",
		"Rumäniens Regierungschef tritt zurück":                   "RO",
		"Chinas Exporte steigen im April":                         "CN",
		"Sveriges riksbank sänker räntan":                         "SE",
		"Bayerns Regierung warnt vor dem Hochwasser an der Donau": "DE",
		// German capitalises its nouns; "im" shows it is not Title Case.
		"Schweres Erdbeben im Süden Perus": "PE",
	})
	for _, text := range []string{"Turkeys Pardoned At The White House", "Chads und Jordans Freunde treffen sich"} {
		c := NewCoverage()
		c.readTerms(text, 1)
		for term, f := range c.features() {
			if f.kind == countryKind && term != countryTerm(countryOf("US")) {
				t.Errorf("%q: country term %q", text, term)
			}
		}
	}
}

// A parliament, a space agency or a city named in another script gives
// its country: the Knesset in Arabic, ISRO in Hindi, Sharjah in Arabic,
// Tbilisi in Russian.
func TestCoverageTermsFindInstitutionsOfOneCountryAsPlaces(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"الكنيست يصادق على حل نفسه":                  "IL",
		"इसरो ने रचा इतिहास":                         "IN",
		"Sejm uchwalił ustawę":                       "PL",
		"حريق في برج سكني في الشارقة":                "AE",
		"Протесты в Тбилиси":                         "GE",
		"NASA delays its Venus mission by two years": "US",
		"白鹿颱風凌晨登陸花蓮":                                 "TW",
		"Χαλκιδική: Μήνυμα 112 για εκκένωση":         "GR",
		"دبئی میں طوفانی بارش":                       "AE",
	})
}

// A story in a script of one country that names no country is of that
// country, as a Japanese or Korean one is: a Bengali paper's cyclone at
// Satkhira, an Amharic one's outbreak in South Omo.
func TestCoverageHomeCountryOfOtherScripts(t *testing.T) {
	for title, code := range map[string]string{
		"ঘূর্ণিঝড় ‘অম্বর’ উপকূলে আঘাত হেনেছে, নিহত ৩":               "BD",
		"በደቡብ ኦሞ ዞን የማርበርግ ቫይረስ በሽታ መከሰቱ ተረጋገጠ":                      "ET",
		"சந்திரயான்-5 விண்கலம் வெற்றிகரமாக விண்ணில் செலுத்தப்பட்டது": "IN",
	} {
		c := NewCoverage()
		vec := c.vector(title, "", "")
		id, ok := c.vocab[countryTerm(countryOf(code))]
		if !ok || !slices.ContainsFunc(vec, func(term covTerm) bool { return term.id == id }) {
			t.Errorf("%q: no term for %s", title, code)
		}
	}
}

// placement is a story and the event it must be placed in.
type placement struct {
	s    *Story
	want string
}

// wantPlaced places the stories in c in turn and checks each one's event.
func wantPlaced(t *testing.T, c *Coverage, ps []placement) {
	t.Helper()
	for _, p := range ps {
		if got := c.Place(p.s, ""); got != p.want {
			t.Errorf("%s (%s): event %q, want %q", p.s.ID, p.s.Title, got, p.want)
		}
	}
}

// wantCountryTerms checks that each text gives its country's term, as a
// place.
func wantCountryTerms(t *testing.T, countries map[string]string) {
	t.Helper()
	for text, code := range countries {
		c := NewCoverage()
		c.readTerms(text, 1)
		if f, ok := c.features()[countryTerm(countryOf(code))]; !ok || !f.place {
			t.Errorf("%q: no place term for %s (terms %v)", text, code, strings.Join(keys(c.features()), " "))
		}
	}
}

// news is a story for the tests of grouping: its headline and summary are
// what grouping reads.
func news(id, source string, at time.Time, title, summary string) *Story {
	return &Story{ID: id, Source: source, Published: at, Title: title, Details: &Details{Summary: summary}}
}

// Two central banks' decisions of one day share a rate and its words,
// in one language; they do not share the bank, so they are two events.
func TestCoverageTwoInstitutionsAreTwoEvents(t *testing.T) {
	at := time.Date(2028, 9, 14, 8, 0, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Meridian Wire", at, "Indonesia's central bank cuts benchmark rate to 4.75%", "Bank Indonesia lowered its key interest rate by 25 basis points"), "a"},
		{news("b", "Capital Ledger", at.Add(time.Hour), "Bank Indonesia trims interest rate to support growth", "The central bank cut its benchmark rate to 4.75 per cent"), "a"},
		{news("c", "Pulse Digest", at.Add(4*time.Hour), "European Central Bank holds deposit rate", "The central bank kept its key interest rate unchanged"), "c"},
	})
}

// Two finals of one tournament, a day apart, share the tournament, the
// city and the words of winning it; their headlines name other players,
// none of whom the other final's stories name, so they are two events.
func TestCoverageHeadlinesOfOtherPeopleAreTwoEvents(t *testing.T) {
	at := time.Date(2029, 9, 8, 23, 0, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Courtside Weekly", at, "Lindqvist outlasts Moreau to claim US Open crown", "Sweden's Elin Lindqvist won her first Grand Slam title with a 7-5 6-2 victory over France's Claire Moreau in the US Open final in New York."), "a"},
		{news("b", "Meridian Wire", at.Add(time.Hour), "Lindqvist beats Moreau in New York for first major title", "Elin Lindqvist of Sweden beat Claire Moreau 7-5 6-2 to win the US Open women's title."), "a"},
		{news("c", "Capital Ledger", at.Add(24*time.Hour), "Okafor beats Haddad to win US Open, his first major title", "Britain's Daniel Okafor beat Lebanon's Karim Haddad in four sets in the US Open final in New York to win his first Grand Slam title."), "c"},
		{news("d", "Pulse Digest", at.Add(25*time.Hour), "Okafor downs Haddad in New York to claim first major", "Daniel Okafor beat Karim Haddad in four sets to win the US Open men's title."), "c"},
	})
	// What happened, shared, says the names are of one event: a cyclone's
	// districts on two coasts.
	at = time.Date(2029, 10, 20, 6, 0, 0, 0, time.UTC)
	wantPlaced(t, c, []placement{
		{news("e", "Meridian Wire", at, "Cyclone Mira makes landfall near Paradip; Kendrapara, Bhadrak bear the brunt", "The cyclone hit the coast with winds of 160 km/h, uprooting trees and cutting power."), "e"},
		{news("f", "Capital Ledger", at.Add(6*time.Hour), "Mira weakens but Mongla, Payra told to hoist danger signal", "The weakening cyclone is moving north-east with winds of 160 km/h, forecasters said."), "e"},
	})
}

// A resignation, an arrest or a verdict told by a headline days after
// an event whose headlines told none is another event: the chief
// executive quits three days after his company's recall. On the next
// morning, the arrests are the crash's own news.
func TestCoverageAFollowUpDaysLaterIsAnotherEvent(t *testing.T) {
	at := time.Date(2031, 5, 5, 8, 0, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Meridian Wire", at, "Kestral recalls 340,000 electric cars over battery fire risk", "Kestral Motors is recalling 340,000 electric cars because a battery fault can start a fire, the carmaker said."), "a"},
		{news("b", "Capital Ledger", at.Add(2*time.Hour), "Kestral shares tumble after battery recall of 340,000 cars", "Kestral Motors shares fell 12% after the carmaker recalled 340,000 electric cars over a fire risk."), "a"},
		{news("c", "Pulse Digest", at.Add(72*time.Hour), "Kestral chief executive quits days after mass recall", "Kestral Motors chief executive Lena Brandt resigned three days after the carmaker recalled 340,000 electric cars."), "c"},
		{news("d", "Field Notes", at.Add(74*time.Hour), "Kestral's Brandt resigns as recall fallout grows", "Lena Brandt quit as chief executive of Kestral Motors after the recall of 340,000 cars."), "c"},
	})
	at = time.Date(2031, 9, 16, 6, 30, 0, 0, time.UTC)
	wantPlaced(t, c, []placement{
		{news("e", "Meridian Wire", at, "Train collision in southern Egypt kills at least 25", "Two passenger trains collided near Sohag in southern Egypt, killing at least 25 people."), "e"},
		{news("f", "Capital Ledger", at.Add(25*time.Hour), "Sohag train crash toll rises to 32; signalman and driver detained", "The death toll from the collision of two trains near Sohag rose to 32 as prosecutors detained a signalman and a driver."), "e"},
	})
}

// A piece that asks why joins an event only when it cites a figure of
// it: an explainer on why a country is hit by typhoons is about the
// season; one on why a quake's houses fell cites its magnitude.
func TestCoverageWhyPiecesJoinOnlyOnAFigure(t *testing.T) {
	at := time.Date(2028, 10, 24, 8, 0, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Meridian Wire", at, "Typhoon Lando slams into northern Philippines, 9 dead", "The typhoon made landfall in Luzon with winds of 185 km/h"), "a"},
		{news("b", "Capital Ledger", at.Add(time.Hour), "Typhoon Lando kills nine in the northern Philippines", "Winds of 185 km/h tore roofs from homes in Luzon"), "a"},
		{news("c", "Pulse Digest", at.Add(2*time.Hour), "Why typhoons hit the northern Philippines so often", "Warm seas put Luzon in the path of Pacific storms"), "c"},
		{news("d", "Field Notes", at.Add(3*time.Hour), "Why Typhoon Lando's winds flattened Luzon's homes", "Gusts of 185 km/h tore through houses of light wood in the northern Philippines"), "a"},
	})
}

// An adjective or a nationality of a country gives its country, in the
// languages the grouping reads and in any case or gender, as half a
// mention (a poet's nationality is not where the prize was given); a
// word that only begins like one, or a country's name the gazetteer
// leaves alone, does not.
func TestCoverageTermsReadDemonymsAsTheirCountry(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"Georgian Dream wins majority":                          "GE",
		"Nestlé haalt babymelk terug uit Belgische winkels":     "BE",
		"Gürcü Rüyası kazandı":                                  "GE",
		"Грузинская оппозиция вышла на улицы":                   "GE",
		"Консерватори перемагають на литовських виборах":        "LT",
		"La Grecque Eleni Vasilakou, prix Nobel de littérature": "GR",
		"Die georgischen Wähler":                                "GE",
		"Sudanese volunteer medics win":                         "SD",
		"El italiano ganó en Turín":                             "IT",
		"الليرة التركية تهبط":                                   "TR",
		"Ringgit ditutup rendah":                                "MY",
		"the naira slid to a record low":                        "NG",
		"Курс рубля упал":                                       "RU",
		"日 자민당 새 총재에 아리사와 겐지":                                   "JP",
		"美 연준 금리 동결":                                            "US",
	})
	for _, text := range []string{"Polished floors", "Georgia's ruling party", "Argentina beat Peru", "Germanwings", "Indiana governor", "日 曜日の朝"} {
		c := NewCoverage()
		c.readTerms(text, 1)
		if text == "Argentina beat Peru" {
			if f := c.features()[countryTerm(countryOf("AR"))]; f.tf != 1 {
				t.Errorf("%q: Argentina counted %v times, want once", text, f.tf)
			}
			continue
		}
		for term, f := range c.features() {
			if f.kind == countryKind && term != countryTerm(countryOf("US")) {
				t.Errorf("%q: country term %q", text, term)
			}
		}
	}
}

// A Polish locative or genitive gives its place's country, as the
// A place is found by a case form of its name in the languages that
// inflect names (Polish, Czech, Finnish, Hungarian, Romanian), which the
// gazetteer's nominative does not spell; and not in an English story,
// whose names are not inflected.
func TestCoverageTermsFindPlacesInflected(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"Konserwatyści wygrywają wybory na Litwie":          "LT",
		"Napad na transport złota na lotnisku w Hamburgu":   "DE",
		"Protest rolników w Berlinie":                       "DE",
		"Pożary lasów w Grecji":                             "GR",
		"Požár na hlavním nádraží ochromil dopravu v Praze": "CZ",
		"Lumimyrsky sulki Tukholman lentoaseman":            "SE",
		"Sztrájkolnak a romániai tanárok":                   "RO",
		"Árvíz Romániában, ezrek menekültek":                "RO",
		"Greva profesorilor paralizează școlile României":   "RO",
	})
	for _, text := range []string{"Speaking to the Senate, Bernie Sanders said no", "Police said Kane was hurt"} {
		c := NewCoverage()
		c.readTerms(text, 1)
		for term, f := range c.features() {
			if f.kind == countryKind {
				t.Errorf("%q: country %q", text, term)
			}
		}
	}
}

// features is the story being read's terms by name, for the tests.
func (c *Coverage) features() map[string]covWeight {
	names := make(map[int32]string, len(c.vocab))
	for term, id := range c.vocab {
		names[id] = term
	}
	out := map[string]covWeight{}
	for k, id := range c.featIDs {
		out[names[id]] = c.feat[k]
	}
	return out
}

// A story in another language of the Latin script joins an event when it
// shares the event's country and a name (the prime minister, the party),
// though the grouping reads none of its words of what happened.
func TestCoverageASharedNameJoinsAcrossLanguages(t *testing.T) {
	at := time.Date(2029, 4, 10, 6, 0, 0, 0, time.UTC)
	english := news("a", "Meridian Wire", at,
		"Slovak government loses majority as junior partner quits coalition",
		"Prime Minister Tomáš Halás now leads a minority cabinet after Civic Choice pulled its ministers out")
	wire := news("b", "Danube Courier", at.Add(2*time.Hour),
		"Slovakia's coalition collapses, leaving Halás without a majority",
		"Civic Choice withdrew its four ministers on Wednesday, ending the coalition")
	german := news("c", "Wiener Abendblatt", at.Add(4*time.Hour),
		"Slowakei: Halás steht ohne Mehrheit da",
		"Die Bürgerwahl zieht sich zurück; Halás regiert nun allein")
	wantPlaced(t, NewCoverage(), []placement{{english, "a"}, {wire, "a"}, {german, "a"}})
}

// A central bank named by what it is ("Turkey's central bank", "Merkez
// Bankası") is its country's institution: apart from the ECB's decision
// of the same day, and one with the Bank of Japan when its country is
// Japan.
func TestCoverageACentralBankIsItsCountrys(t *testing.T) {
	at := time.Date(2029, 7, 26, 11, 0, 0, 0, time.UTC)
	c := NewCoverage()
	for _, p := range []struct {
		s          *Story
		lead, want string
	}{
		{news("a", "Continental News", at, "Turkey's central bank cuts key rate to 27%, more than expected", "The bank lowered its one-week repo rate by 250 basis points, citing a steady fall in inflation."),
			"ANKARA, July 26 (CNS) - Turkey's central bank cut its main interest rate by 250 basis points to 27% on Thursday, a bigger reduction than economists had forecast, saying the underlying trend of inflation had continued to decline in June.", "a"},
		{news("b", "Günebakış", at.Add(5*time.Minute), "Merkez Bankası faizi 250 baz puan indirerek yüzde 27'ye çekti", "Türkiye Cumhuriyet Merkez Bankası, bir hafta vadeli repo ihale faiz oranını yüzde 29,5'ten yüzde 27'ye düşürdü."), "", "a"},
		{news("c", "Meridian Wire", at.Add(80*time.Minute), "ECB holds rates steady, keeps options open as inflation edges up", "The European Central Bank left its deposit rate at 2.25% for a third straight meeting and gave no signal on its next move."),
			"FRANKFURT, July 26 (Meridian) - The European Central Bank kept interest rates unchanged on Thursday, as expected, saying it would continue to take decisions meeting by meeting as euro zone inflation ticked up to 2.3% in June.", "c"},
		{news("d", "Berliner Tagesblatt", at.Add(2*time.Hour), "EZB lässt Leitzins unverändert", "Die Europäische Zentralbank hält den Einlagensatz bei 2,25 Prozent."), "", "c"},
	} {
		if got := c.Place(p.s, p.lead); got != p.want {
			t.Errorf("%s (%s): event %q, want %q", p.s.ID, p.s.Title, got, p.want)
		}
	}
	// A headline of one central bank is apart from an event of another's,
	// though its summary names that one too.
	wantPlaced(t, NewCoverage(), []placement{
		{news("f", "Meridian Wire", at, "Fed holds rates steady, signals patience on cuts",
			"The Federal Reserve kept its benchmark rate in a 3.25%-3.50% range for a third meeting"), "f"},
		{news("g", "Capital Ledger", at.Add(time.Hour), "Fed leaves rates unchanged as it waits for cooler inflation",
			"The Federal Reserve held its policy rate at 3.25%-3.50%, as expected"), "f"},
		{news("h", "Meridian Wire", at.Add(2*time.Hour), "Brazil raises Selic rate to 11.75% as food prices bite",
			"Brazil's central bank raised rates hours after the Federal Reserve held its benchmark rate steady in a 3.25%-3.50% range and signalled patience on cuts"), "h"},
		{news("i", "Folha do Porto", at.Add(3*time.Hour), "Copom eleva Selic em 0,5 ponto, para 11,75% ao ano",
			"Banco Central cita a alta dos alimentos; decisão foi unânime"), "h"},
	})
	wantPlaced(t, NewCoverage(), []placement{
		{news("a", "Meridian Wire", at, "Bank of Japan raises rates to 1%, highest since 1995", "The BoJ lifted its short-term policy rate by 25 basis points"), "a"},
		{news("b", "Capital Ledger", at.Add(time.Hour), "Japan's central bank lifts key rate to 1%", "The central bank raised its policy rate by 25 basis points, to the highest since 1995"), "a"},
	})
}

// Two stories of one event in one language that share their country and
// what happened, and one word more, are alike enough: what happened is
// their second term in common. Without the country, it is not.
func TestCoverageWhatHappenedInOneCountryIsShared(t *testing.T) {
	c := NewCoverage()
	m := match{score: 0.3, beyond: 0.1, other: 1, countries: 1, concepts: 1}
	if !c.joins(m, false) {
		t.Errorf("a word, the country and what happened shared: no join")
	}
	m.countries = 0
	if c.joins(m, false) {
		t.Errorf("a word and what happened shared, the country not: a join")
	}
}

// A story in another script joins its event on their country, a place
// in it they share and a figure both give (the pieces stolen from
// Plovdiv's museum), or on their country, what it cost and a figure (27
// dead in Nepal); a city's two events of one day that give no figure in
// common stay apart.
func TestCoverageJoinsAcrossScriptsOnAPlaceAndAFigure(t *testing.T) {
	at := time.Date(2029, 6, 3, 6, 0, 0, 0, time.UTC)
	wantPlaced(t, NewCoverage(), []placement{
		{news("a", "Meridian Wire", at, "11 gold pieces vanish from Plovdiv museum",
			"Bulgarian police said the gallery was found open on Monday morning"), "a"},
		{news("b", "Trakia Dnes", at.Add(2*time.Hour), "11 златни предмета изчезнаха от музея в Пловдив",
			"Полицията разпитва пазачите, които са били на смяна"), "a"},
		{news("c", "Meridian Wire", at.Add(time.Hour), "Bus carrying pilgrims falls into river in Nepal, 27 killed",
			"The bus left the highway near Dhading before dawn"), "c"},
		{news("d", "Kantipur Sanjh", at.Add(3*time.Hour), "धादिङमा बस खोलामा खस्यो, २७ जनाको मृत्यु",
			"बस बिहान राजमार्गबाट खसेको प्रहरीले जनाएको छ"), "c"},
		{news("e", "Capital Ledger", at.Add(4*time.Hour), "Court jails former Zagreb deputy mayor for five years",
			"The court found him guilty of taking bribes over a tram contract"), "e"},
		{news("f", "Jutarnji Glas", at.Add(5*time.Hour), "Veliki požar u skladištu u Zagrebu, na terenu 60 vatrogasaca",
			"Gusti dim vidi se iz cijelog grada, ozlijeđenih zasad nema"), "f"},
	})
}

// A story in another script that shares its event's country, what
// happened and a figure joins it though the event names more countries
// and figures than it does: a carmaker's recall in Japanese, and the
// English story of its cars built in three countries over three years.
func TestCoverageJoinsAcrossScriptsOnWhatHappenedAndAFigure(t *testing.T) {
	at := time.Date(2029, 5, 20, 3, 0, 0, 0, time.UTC)
	wantPlaced(t, NewCoverage(), []placement{
		{news("a", "Meridian Wire", at, "Hoshino Motors recalls 412,000 vehicles over airbag sensor fault",
			"The recall covers Sora and Tenku SUVs built in Japan, China and Thailand between 2026 and 2028 and sold in the US, Australia and Indonesia; 98 injuries have been reported, and the repairs at 2,300 dealers will cost 180 million dollars"), "a"},
		{news("b", "Tokai Shimbun", at.Add(time.Hour), "ホシノ自動車、エアバッグ不具合で41万2000台リコール", "国内では約8万台が対象で、エアバッグが作動しない恐れがある。これまでに29人がけが"), "a"},
	})
}

// Stories of one strike in four languages give each its own country's
// figures (a flight in two at Orly, 400 flights from Britain, 120 from
// Spain, 80 from Italy; fresh40.jsonl's event e08): their numbers
// disagree, and what they share beyond the country and the strike, a
// word (the controllers), joins them as a shared number would.
func TestCoverageAWordSharedAcrossLanguagesStandsForAFigure(t *testing.T) {
	wantOneEvent(t, "fresh40.jsonl", 4, func(l labelled) bool { return l.Event == "e08" })
}

// A cyclone's toll rises from report to report, so stories of it in
// three scripts give other numbers (3 dead in Bengali, 11 in Chinese, 24
// in the English update; fresh39.jsonl's event e07): beside their country
// and the storm, the dead they all count join them as a shared number
// would.
func TestCoverageARisingTollJoinsAcrossScripts(t *testing.T) {
	wantOneEvent(t, "fresh39.jsonl", 4, func(l labelled) bool {
		return l.ID == "l012" || l.ID == "l034" || l.ID == "l082" || l.ID == "l103"
	})
}

// A story's country assumed from its language (a Swedish paper's, with
// Athens written "Aten", which the gazetteer does not know) is not a
// country named: it does not keep the story from an event of another
// country, as two countries named would (see match.elsewhere). The
// wildfire north of Athens in Greek, Swedish and English (fresh55 e18).
func TestCoverageAnAssumedCountryIsNoCountryNamed(t *testing.T) {
	wantOneEvent(t, "fresh55.jsonl", 3, func(l labelled) bool { return l.Event == "e18" })
}

// wantOneEvent groups the stories of a labelled part that keep picks,
// without their first paragraphs, and checks that they are n and make
// one event.
func wantOneEvent(t *testing.T, part string, n int, keep func(labelled) bool) {
	t.Helper()
	var set []labelled
	for _, l := range readLabelled(t, part) {
		if keep(l) {
			set = append(set, l)
		}
	}
	if len(set) != n {
		t.Fatalf("%s: %d stories picked, want %d", part, len(set), n)
	}
	got := groupLabelled(set, false)
	for i, l := range set {
		if got[i] != got[0] {
			t.Errorf("%s (%s): event %s, not %s's", l.ID, l.Title, got[i], set[0].ID)
		}
	}
}

// A company's name and what happened, shared by stories in two languages
// of one script, join them though they share no country: a payment
// network's outage, written from Warsaw and from London.
func TestCoverageANameAndWhatHappenedJoinAcrossLanguages(t *testing.T) {
	at := time.Date(2030, 2, 5, 14, 0, 0, 0, time.UTC)
	wantPlaced(t, NewCoverage(), []placement{
		{news("a", "Meridian Wire", at, "Card payments fail worldwide as Paynexa network suffers outage",
			"Shops and online retailers could not take cards for about three hours"), "a"},
		{news("b", "Gazeta Poranna", at.Add(time.Hour), "Globalna awaria Paynexa. Klienci nie mogą zapłacić kartą",
			"Sklepy w całym kraju przyjmowały tylko gotówkę"), "a"},
	})
}

// What a headline is of, the story is of: a headline that names a
// central bank, or a country when the story speaks of its central bank,
// is that bank's, whatever other bank the summary names; and stories
// whose headlines are of two banks and none the same are apart.
func TestCoverageAHeadlineIsOfItsCentralBank(t *testing.T) {
	c := NewCoverage()
	for _, tc := range []struct {
		title, summary string
		want           []string
	}{
		{"Fed holds rates steady, signals patience on cuts", "The Federal Reserve kept its rate in a 3.25%-3.50% range", []string{companyTerm("fed")}},
		{"Brazil raises Selic rate to 11.75% as food prices bite", "Brazil's central bank acted hours after the US Federal Reserve held steady", []string{companyTerm("bcb")}},
		{"Bank Indonesia Tahan Suku Bunga Acuan di 5,25 Persen", "BI memilih menjaga stabilitas rupiah menjelang keputusan The Fed", []string{companyTerm("bankindonesia")}},
		{"Norway cuts key rate to 3.25%", "Norway's central bank lowered its policy rate by a quarter point", []string{companyTerm("norgesbank")}},
		{"Iceland cuts key rate to 7.5%", "Iceland's central bank lowered its policy rate by half a point", []string{"\x00@cb-IS"}},
		{"Reserve Bank keeps repo rate at 6.75% as rand wobbles", "The SARB's monetary policy committee held", nil},
		{"SARB holds, but two MPC members wanted a cut", "", []string{companyTerm("sarb")}},
		{"Sterling firms after split BoE keeps rates on hold ahead of ECB decision", "", []string{companyTerm("boe")}},
		{"Brazil's farm exports hit a record", "Soy and coffee sales abroad rose 12% in the year to March", nil},
	} {
		c.vector(tc.title, tc.summary, "")
		var got []string
		for _, b := range c.headBank {
			if b != 0 {
				for term, id := range c.vocab {
					if id == b-1 {
						got = append(got, term)
					}
				}
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: headline's banks %q, want %q", tc.title, got, tc.want)
		}
	}
	for _, tc := range []struct {
		own, other []int32
		want       bool
	}{
		{[]int32{1, 0}, []int32{2}, true},
		{[]int32{1, 2}, []int32{2}, false},
		{[]int32{0, 0}, []int32{2}, false},
		{[]int32{1, 0}, nil, false},
		{[]int32{1, 0}, []int32{0, 0}, false},
	} {
		if got := banksApart(tc.own, tc.other); got != tc.want {
			t.Errorf("banksApart(%v, %v) = %v, want %v", tc.own, tc.other, got, tc.want)
		}
	}
}

// A digit is too common a term to be one of the two a story must share
// beyond places (the minShared of Coverage.joins), unless the stories are
// twice as alike as JoinAt asks: fresh15's rail strike in Paris and the
// verdict there, both French and of one Tuesday, share France, the 14th
// and a three ("un TGV sur trois", "trois ans de prison"), and no more.
func TestCoverageADigitIsNoSharedTerm(t *testing.T) {
	var day []labelled
	for _, l := range readLabelled(t, "fresh15.jsonl") {
		if strings.HasPrefix(l.Published.Format(time.DateOnly), "2030-05-14") {
			day = append(day, l)
		}
	}
	events := groupLabelled(day, true)
	for i, l := range day {
		for k, o := range day[:i] {
			if (l.Event == o.Event) != (events[i] == events[k]) {
				t.Errorf("%s (%s) and %s (%s): one event %v, grouped as one %v", l.ID, l.Title, o.ID, o.Title, l.Event == o.Event, events[i] == events[k])
			}
		}
	}
	c := NewCoverage()
	m := match{score: 0.2, other: 1, digits: 1}
	if c.joins(m, false) {
		t.Errorf("a word and a digit shared at %.2f: a join", m.score)
	}
	m.score = 2 * c.joinAt
	if !c.joins(m, false) {
		t.Errorf("a word and a digit shared at %.2f: no join", m.score)
	}
}

// "ЦБ" is a central bank, Russia's when no other country is named:
// "ЦБ Турции" is Turkey's, and its story of the Turkish rate rise joins
// the Turkish one's, not the Bank of Russia's decision of the same day.
func TestCoverageARussianCBIsTheCountrysItNames(t *testing.T) {
	at := time.Date(2032, 9, 16, 11, 0, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Meridian Wire", at, "Turkey's central bank raises policy rate to 32.5%", "The Turkish central bank lifted its one-week repo rate by 250 basis points"), "a"},
		{news("b", "Bosphorus Daily", at.Add(20*time.Minute), "Türkiye Merkez Bankası politika faizini yüzde 32,5'e yükseltti", "Merkez Bankası politika faizini 250 baz puan artırdı"), "a"},
		{news("c", "Moscow Ledger", at.Add(time.Hour), "Bank of Russia holds key rate at 16%", "The Russian central bank kept its key rate unchanged"), "c"},
		{news("d", "Вести Экономика", at.Add(2*time.Hour), "ЦБ Турции неожиданно поднял ставку до 32,5%", "Центральный банк Турции повысил ключевую ставку на 250 базисных пунктов"), "a"},
	})
}

// peruQuake is one earthquake's coverage, as it came (event e04 of
// fresh23.jsonl, oldest first): the first reports count 14 and 19 dead,
// and an English report of 23 disagrees with those numbers and is placed
// alone, until a Japanese report with the magnitude and 23 joins the
// event.
func peruQuake(t *testing.T) []*Story {
	var out []*Story
	for _, l := range readLabelled(t, "fresh23.jsonl") {
		if l.Event == "e04" {
			out = append(out, l.story())
		}
	}
	slices.SortFunc(out, placeOrder)
	if len(out) != 6 {
		t.Fatalf("fresh23's quake has %d stories, want 6", len(out))
	}
	return out
}

// A story placed alone gets a second chance when a story it was compared
// with joins an event: the toll's update joins the quake's event once
// the Japanese report, which shares its 23 dead, is in it. TakeMoved
// says so once; Group's answer for a batch says it too.
func TestCoverageAStoryAloneJoinsTheEventFormedBesideIt(t *testing.T) {
	c := NewCoverage()
	stories := peruQuake(t)
	wantPlaced(t, c, []placement{
		{stories[0], "r090"}, {stories[1], "r090"}, {stories[2], "r090"}, {stories[3], "r090"},
		{stories[4], "r032"}, // 23 dead: the event says 14 and 19
	})
	if m := c.TakeMoved(); len(m) != 0 {
		t.Errorf("moved before the Japanese report: %v", m)
	}
	wantPlaced(t, c, []placement{{stories[5], "r090"}})
	if m := c.TakeMoved(); len(m) != 1 || m["r032"] != "r090" {
		t.Errorf("moved: %v, want r032 into r090", m)
	}
	if m := c.TakeMoved(); len(m) != 0 {
		t.Errorf("moved again: %v", m)
	}
	for i, e := range NewCoverage().Group(peruQuake(t), nil) {
		if e != "r090" {
			t.Errorf("Group: %s in %q, want r090", stories[i].ID, e)
		}
	}
}
