package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Evaluating a parsed Search against one story. Collection.View narrows
// with its index and arrays first and asks these for what is left.

// Matches reports whether s, whose state is st, matches q.
func (q Search) Matches(s *Story, st StoryState) bool {
	switch {
	case !q.admitsFields(s, s.Regions, st),
		len(q.sections) > 0 && !startsAny(s.Section, q.sections),
		len(q.sources) > 0 && !startsAny(s.Source, q.sources):
		return false
	}
	if len(q.words) == 0 && len(q.phrases) == 0 && len(q.excluded) == 0 {
		return true
	}
	return q.matchesText(s)
}

// admitsFound checks a story that full-text search found for q's words and
// phrases against the rest of q's text terms: sections, sources and
// excluded words (in the text the story has in memory).
func (q Search) admitsFound(s *Story) bool {
	switch {
	case len(q.sections) > 0 && !startsAny(s.Section, q.sections),
		len(q.sources) > 0 && !startsAny(s.Source, q.sources):
		return false
	}
	return len(q.excluded) == 0 || Search{excluded: q.excluded}.matchesText(s)
}

// admitsFields checks the terms that need no text: state, regions and
// dates. The story itself is read only for a date term, so a Collection
// can check the others from its own arrays.
func (q Search) admitsFields(s *Story, regions RegionSet, st StoryState) bool {
	switch {
	case q.unread != q.read && st.Read != q.read,
		q.starred && !st.Starred,
		q.hasRegion && regions&q.regions == 0 && !(q.other && regions == 0),
		q.hasAfter && (!s.Dated() || s.Published.Before(q.after)),
		q.hasBefore && (!s.Dated() || !s.Published.Before(q.before)):
		return false
	}
	return true
}

// matchesText checks the free words, phrases and exclusions against the
// story's headline, summary, source and section.
func (q Search) matchesText(s *Story) bool {
	var foundArr [16]bool
	found := foundArr[:0]
	if n := len(q.words) + len(q.phrases); n <= len(foundArr) {
		found = foundArr[:n]
	} else {
		found = make([]bool, n)
	}
	var tokArr [64]token
	for _, field := range [...]string{s.Title, s.Summary, s.Source, s.Section} {
		if field == "" {
			continue
		}
		toks := appendTokens(tokArr[:0], Fold(field))
		for _, e := range q.excluded {
			if e.in(toks) {
				return false
			}
		}
		for k, w := range q.words {
			found[k] = found[k] || prefixOfAny(toks, w)
		}
		for k, p := range q.phrases {
			k += len(q.words)
			found[k] = found[k] || p.in(toks)
		}
	}
	return !slices.Contains(found, false)
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
