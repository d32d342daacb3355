package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/model"
)

// The full-text index sees text the store has already folded and split, so
// that the index and a query agree with model.Words whatever SQLite's
// tokenizer would do: words are runs of letters, digits and marks, folded
// by model.Fold. A run of a script written without spaces (Han, Kana,
// Hangul, Thai) becomes its overlapping bigrams and then its last
// character: "在北京举行" → "在北 北京 京举 举行 行". A substring of such a run
// is then its bigrams in a row ("北京举" → "北京 京举"), a single character
// the prefix of a token ("京"*). A trigram index would be simpler but
// matches nothing under three characters, and most Chinese words are two.

// indexer builds the index text of stories, reusing its set of words
// between stories. Not safe for concurrent use.
type indexer struct {
	set wordSet
	b   strings.Builder
	// hashed holds the bytes of a row's content hash (see encode).
	hashed []byte
}

// words returns the distinct words of texts, space separated: the index
// has no positions, so a repeat would only cost time.
func (x *indexer) words(texts ...string) string {
	x.set.reset()
	x.b.Reset()
	for _, t := range texts {
		for tok := range tokens(model.Fold(t), true) {
			if !x.set.add(tok) {
				continue
			}
			if x.b.Len() > 0 {
				x.b.WriteByte(' ')
			}
			x.b.WriteString(tok)
		}
	}
	return x.b.String()
}

// wordSet is a set of strings cheap to empty: an open-addressed table whose
// slots belong to the current generation or are free.
type wordSet struct {
	slots []wordSlot
	gen   uint32
	n     int
}

type wordSlot struct {
	gen  uint32
	hash uint32
	word string
}

func (s *wordSet) reset() {
	s.gen++
	s.n = 0
	if s.slots == nil || s.gen == 0 {
		s.slots, s.gen = make([]wordSlot, 1024), 1
	}
}

// add adds w and reports whether it was new.
func (s *wordSet) add(w string) bool {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	mask := uint32(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.gen != s.gen {
			*sl = wordSlot{gen: s.gen, hash: h, word: w}
			s.n++
			if s.n*2 > len(s.slots) {
				s.grow()
			}
			return true
		}
		if sl.hash == h && sl.word == w {
			return false
		}
	}
}

func (s *wordSet) grow() {
	old := s.slots
	s.slots = make([]wordSlot, 2*len(old))
	mask := uint32(len(s.slots) - 1)
	for _, sl := range old {
		if sl.gen != s.gen {
			continue
		}
		i := sl.hash & mask
		for s.slots[i].gen == s.gen {
			i = (i + 1) & mask
		}
		s.slots[i] = sl
	}
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordRune is what model.Words counts as part of a word.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokens yields the index tokens of folded text in order. With tail, a run
// of unbroken script ends with its last character alone (the index needs
// it; a query wants it only when more words follow).
func tokens(folded string, tail bool) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		n := len(folded)
		for i := 0; i < n; {
			if c := folded[i]; c < utf8.RuneSelf && !asciiWord[c] {
				i++
				continue
			}
			r, size := rune(folded[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(folded[i:])
				if !wordRune(r) {
					i += size
					continue
				}
			}
			start := i
			if r < utf8.RuneSelf || !unbroken(r) { // a word
				for i += size; i < n; i += size {
					if c := folded[i]; c < utf8.RuneSelf {
						if !asciiWord[c] {
							break
						}
						size = 1
						continue
					}
					r, size = utf8.DecodeRuneInString(folded[i:])
					if !wordRune(r) || unbroken(r) {
						break
					}
				}
				if !yield(folded[start:i]) {
					return
				}
				continue
			}
			// A CJK run: its bigrams, then its last character.
			prev := i
			for i += size; i < n; i += size {
				r, size = utf8.DecodeRuneInString(folded[i:])
				if r < utf8.RuneSelf || !unbroken(r) || !wordRune(r) {
					break
				}
				if !yield(folded[prev : i+size]) {
					return
				}
				prev = i
			}
			if prev == start || tail || wordAfter(folded[i:]) {
				if !yield(folded[prev:i]) {
					return
				}
			}
		}
	}
}

// wordAfter reports whether s has a word character.
func wordAfter(s string) bool {
	for _, r := range s {
		if wordRune(r) {
			return true
		}
	}
	return false
}

// unbroken reports whether r belongs to a script written without spaces
// between words (as model.Words decides).
func unbroken(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// A term is one query word (its last token a prefix) or phrase (exact):
// its tokens must appear in a row in one field of a story.
type term struct {
	toks   []string
	prefix bool
}

func newTerm(text string, prefix bool) term {
	t := term{prefix: prefix}
	for tok := range tokens(model.Fold(text), false) {
		t.toks = append(t.toks, tok)
	}
	return t
}

// match is the FTS5 expression for the term: each of its tokens, the last
// a prefix for a word. The index has no positions, so a term of several
// tokens needs checking (inOrder) afterwards.
func (t term) match() string {
	parts := make([]string, len(t.toks))
	for i, tok := range t.toks {
		parts[i] = `"` + tok + `"`
		if t.prefix && i == len(t.toks)-1 {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " AND ")
}

// inOrder reports whether the term's tokens appear in a row in text.
func (t term) inOrder(text string) bool {
	var win []string // the last len(t.toks) tokens of text
	for tok := range tokens(model.Fold(text), true) {
		if len(win) == len(t.toks) {
			win = append(win[:0], win[1:]...)
		}
		win = append(win, tok)
		if len(win) == len(t.toks) && t.matches(win) {
			return true
		}
	}
	return false
}

func (t term) matches(win []string) bool {
	last := len(t.toks) - 1
	for i, tok := range t.toks {
		switch {
		case i == last && t.prefix:
			if !strings.HasPrefix(win[i], tok) {
				return false
			}
		case win[i] != tok:
			return false
		}
	}
	return true
}
