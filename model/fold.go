package model

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Fold returns s in lower case with the diacritics of Latin letters removed,
// so that two spellings of a name compare equal: "Türkiye" and "turkiye",
// "São Tomé" and "sao tome", "Łódź" and "lodz". A few letters become two:
// ß and ẞ → "ss", æ → "ae", œ → "oe", ĳ → "ij", þ → "th". Latin-1, Latin
// Extended-A and -B and Latin Extended Additional (Vietnamese, transliterations)
// are folded and combining diacritical marks (decomposed input) are dropped;
// other scripts are only lower-cased. Spacing and punctuation are left alone;
// invalid UTF-8 becomes U+FFFD, as in strings.ToLower, so the result is
// always valid and folding it again changes nothing.
//
// When s is already lower-case ASCII, Fold returns it without allocating.
func Fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	// One allocation, the result: folding seldom lengthens text (ß → ss
	// does), so the buffer rarely has to grow, and it becomes the string
	// without a copy, as in strings.Builder.
	b := make([]byte, 0, len(s)+len(s)/16+4)
	b = append(b, s[:i]...)
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		f, g := foldRune(r)
		if f != dropRune {
			b = utf8.AppendRune(b, f)
		}
		if g != 0 {
			b = utf8.AppendRune(b, g)
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// dropRune is what foldRune returns for a rune that folds to nothing.
const dropRune = -1

// foldRune folds one rune the way Fold does: it returns the folded rune, or
// dropRune for a combining mark, and a second rune when the letter folds to
// two (ß → s, s), else 0.
func foldRune(r rune) (rune, rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, 0
	}
	if 0x300 <= r && r <= 0x36f {
		return dropRune, 0
	}
	if f, g, ok := foldLatin(r); ok {
		return f, g
	}
	l := unicode.ToLower(r)
	if l != r {
		// Lower-casing can land on a letter the tables fold (the Ångström
		// sign becomes å): fold it too, so that Fold is idempotent.
		if f, g, ok := foldLatin(l); ok {
			return f, g
		}
	}
	return l, 0
}

// foldLatin folds a Latin letter with a diacritic; ok is false for any other
// rune, which the caller then only lower-cases.
func foldLatin(r rune) (rune, rune, bool) {
	switch r {
	case 'Æ', 'æ':
		return 'a', 'e', true
	case 'Œ', 'œ':
		return 'o', 'e', true
	case 'Ĳ', 'ĳ':
		return 'i', 'j', true
	case 'ß', 'ẞ':
		return 's', 's', true
	case 'Þ', 'þ':
		return 't', 'h', true
	}
	var c byte = '.'
	switch {
	case latinFirst <= r && r < latinFirst+rune(len(latinFolds)):
		c = latinFolds[r-latinFirst]
	case latinAddFirst <= r && r < latinAddFirst+rune(len(latinAddFolds)):
		c = latinAddFolds[r-latinAddFirst]
	}
	if c == '.' {
		return 0, 0, false
	}
	return rune(c), 0, true
}

// latinFolds maps U+00C0 to U+024F (Latin-1 letters, Latin Extended-A and -B)
// to the base letter; '.' marks a rune that is not folded by the table (a
// symbol such as ×, a letter with no base letter, or one of the two-letter
// folds handled above). Generated from Unicode decompositions, plus the
// letters that have none (đ, ħ, ı, ł, ø, ŋ, ŧ...).
const (
	latinFirst = 0xc0
	latinFolds = "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y" +
		"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkklllllll" +
		"lllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
		"bb........d......ff....i..l....ooo.............uu....zz........." +
		".............aaiioouuuuuuuuuu.aaaa..ggggkkoooo..j...gg..nnaa...." +
		"aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" +
		"................"
)

// latinAddFolds does the same for Latin Extended Additional, U+1E00 to
// U+1EFF: the dotted letters of transliterations (ḥ, ṣ, ṭ) and Vietnamese.
const (
	latinAddFirst = 0x1e00
	latinAddFolds = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
		"mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
		"wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
		"eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......"
)
