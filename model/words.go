package model

import (
	"unicode"
	"unicode/utf8"
)

// maxCJKRun bounds how much of a run of Han, Kana or Hangul characters is
// indexed as suffixes, so one pathological headline cannot blow up the index.
const maxCJKRun = 24

// Words splits text into the folded words the filter matches against: runs of
// letters and digits, lowercased with diacritics removed. Scripts written
// without spaces (Han, Kana, Hangul) are indexed as every suffix of each run,
// so a typed prefix of a suffix is a substring match: "北京" finds "在北京举行".
func Words(text string) []string {
	return appendWords(nil, Fold(text), true)
}

// queryWords splits a typed query like Words, but keeps a CJK run whole: it
// must be a prefix of one of the indexed suffixes.
func queryWords(text string) []string {
	return appendWords(nil, Fold(text), false)
}

func appendWords(out []string, folded string, suffixes bool) []string {
	start := -1 // start of the current alphanumeric run
	cjk := false
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := folded[start:end]
		if cjk && suffixes {
			out = appendSuffixes(out, w)
		} else {
			out = append(out, w)
		}
		start = -1
	}
	for i, r := range folded {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			flush(i)
			continue
		}
		isCJK := unbroken(r)
		if start >= 0 && isCJK != cjk {
			flush(i)
		}
		if start < 0 {
			start, cjk = i, isCJK
		}
	}
	flush(len(folded))
	return out
}

func appendSuffixes(out []string, run string) []string {
	n := 0
	for i := range run {
		if n == maxCJKRun {
			break
		}
		out = append(out, run[i:])
		n++
	}
	return out
}

// unbroken reports whether r belongs to a script written without spaces
// between words.
func unbroken(r rune) bool {
	if r < utf8.RuneSelf {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}
