package model

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// FuzzParseSearch parses arbitrary queries and matches them against an
// empty story and one whose headline is also fuzzed. Parsing never panics;
// it fails only with a *SyntaxError inside the text; a parsed query keeps
// its text; it matches a story exactly when one of its alternatives (what
// a full-text index is asked) holds, and a collection's view of the story
// says the same; and a match has every word of an alternative that holds
// in the index.
func FuzzParseSearch(f *testing.F) {
	for _, seed := range []string{
		"", "-", "elect -", `"abc`, `-"trade war" elect`, `"trade war"talks`,
		`region:"middle east" region:asia region:other`, "region:", "region:as", "REGION:MENA",
		`section:"world n" source:"Example Wire"`, "is:unread is:read is:starred", "is:new",
		"after:2026-11-01 before:2026-11-02", "after:2026-13-01", "after:0001-01-01",
		"tag:x", "10:30", "http://x.example", "-https://x", "-region:asia", "-covid-19",
		"北京举行 \"iphone 手机\"", "Bogota\u0301 ÉLAN", "a\u3000b", "\xff:\"\xfe", "x:", ":", `""`,
		// OR and groups, finished and being typed.
		"tariff OR trade", "eu trade OR us tariff", "(tariff OR trade) region:asia", "tariff OR",
		"OR tariff", "a OR OR b", "(a OR b", "a OR b)", "()", "-(a)", "f(x)", "(a)OR(b)",
		`"OR" or -OR`, "((a OR b) (c OR d)) OR -e", "(a OR b) (c OR d) (e OR f) (g OR h) (i OR j) (k OR l) (m OR n)",
		"region:asia (region:europe OR is:starred)", "bogota OR -bogota", "(((((x)))))",
		// Dates counted from now.
		"after:7d", "after:24h", "after:yesterday before:today", "before:2w OR after:today",
		"after:7x", "after:7", "after:99999999999d", "after:0h",
	} {
		f.Add(seed, "Bogotá élection: minister resigns over trade-war talks 北京举行")
	}
	now := time.Date(2026, 11, 10, 15, 30, 0, 0, time.UTC)
	tokyo := time.FixedZone("JST", 9*3600)
	f.Fuzz(func(t *testing.T, text, title string) {
		q, err := ParseSearch(text)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseSearch(%q): %T %v, not a *SyntaxError", text, err, err)
			}
			if se.Pos < 0 || se.Pos > len(text) {
				t.Fatalf("ParseSearch(%q): Pos %d outside [0, %d]", text, se.Pos, len(text))
			}
			if se.Msg == "" || !strings.HasPrefix(se.Error(), "col ") {
				t.Fatalf("ParseSearch(%q): error %q", text, se.Error())
			}
			return
		}
		if q.String() != text {
			t.Fatalf("String() = %q, want %q", q.String(), text)
		}
		if len(q.alts) == 0 || len(q.alts) > maxAlternatives {
			t.Fatalf("ParseSearch(%q): %d alternatives", text, len(q.alts))
		}
		at := q.At(now, tokyo)
		for _, st := range []StoryState{{}, {Read: true, Starred: true}} {
			for _, s := range []*Story{{}, {Details: &Details{Summary: title}, Title: title, Source: title, Section: title, Published: time.Unix(0, 0)},
				{Title: title, Published: now.Add(-time.Hour), Regions: RegionSet(0).Add(Europe)}} {
				for _, q := range []Search{q, at} {
					got := q.Matches(s, st)
					if alts := holdsByAlternatives(q, s, st); alts != got {
						t.Fatalf("%q on %q: Matches %v, its alternatives %v", text, s.Title, got, alts)
					}
				}
			}
		}
		s := &Story{ID: "s", Title: title}
		matches := q.Matches(s, StoryState{})
		if matches {
			checkIndexed(t, q, s, Words(title))
		}
		c := NewCollection()
		c.Add(Prepare([]*Story{s}))
		if view := c.View(Everywhere(), q, Only{}); (len(view) == 1) != matches {
			t.Fatalf("%q on %q: Matches %v, View %d", text, title, matches, len(view))
		}
		for _, list := range [][]string{q.Words(), q.Phrases(), q.Excluded(), q.Sections(), q.Sources()} {
			for _, w := range list {
				if w == "" || Fold(w) != w {
					t.Fatalf("ParseSearch(%q): term %q is empty or not folded", text, w)
				}
			}
		}
		for _, tq := range q.TextQueries() {
			if len(tq.Words)+len(tq.Phrases) == 0 || tq.alts == 0 {
				t.Fatalf("ParseSearch(%q): empty text query %+v", text, tq)
			}
		}
	})
}
