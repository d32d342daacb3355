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
// its text; and a match has every word of the query in the index.
func FuzzParseSearch(f *testing.F) {
	for _, seed := range []string{
		"", "-", "elect -", `"abc`, `-"trade war" elect`, `"trade war"talks`,
		`region:"middle east" region:asia region:other`, "region:", "region:as", "REGION:MENA",
		`section:"world n" source:"Example Wire"`, "is:unread is:read is:starred", "is:new",
		"after:2026-11-01 before:2026-11-02", "after:2026-13-01", "after:0001-01-01",
		"tag:x", "10:30", "http://x.example", "-https://x", "-region:asia", "-covid-19",
		"北京举行 \"iphone 手机\"", "Bogota\u0301 ÉLAN", "a\u3000b", "\xff:\"\xfe", "x:", ":", `""`,
	} {
		f.Add(seed, "Bogotá élection: minister resigns over trade-war talks 北京举行")
	}
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
		for _, st := range []StoryState{{}, {Read: true, Starred: true}} {
			q.Matches(&Story{}, st)
			q.Matches(&Story{Title: title, Summary: title, Source: title, Section: title, Published: time.Unix(0, 0)}, st)
		}
		s := &Story{Title: title}
		if q.Matches(s, StoryState{}) {
			checkIndexed(t, q, Words(title))
		}
		for _, list := range [][]string{q.Words(), q.Phrases(), q.Excluded(), q.Sections(), q.Sources()} {
			for _, w := range list {
				if w == "" || Fold(w) != w {
					t.Fatalf("ParseSearch(%q): term %q is empty or not folded", text, w)
				}
			}
		}
	})
}
