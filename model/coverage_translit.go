package model

import "unicode/utf8"

// Latin letters for Cyrillic and Greek words, so a name written in one
// script is the same term as in another: a Russian story's "Шивелуч",
// "Камчатке" and "Ключевской" are "shiveluch", "kamchatke" and
// "klyuchevskoy", which cut to seven letters are the English story's
// "Shiveluch", "Kamchatka" and "Klyuchevskoy". The tables follow the
// romanisations wires use (BGN/PCGN for Russian and Ukrainian, ELOT 743
// for Greek, simplified), with the letters of the other languages written
// in Cyrillic (Serbian, Macedonian, Kazakh, Kyrgyz, Tatar, Mongolian...),
// so that a word of theirs is read at all; common words rarely match, and
// need not.

var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
	// Serbian and Macedonian
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "g", 'ќ': "k", 'ѕ': "dz",
	// Kazakh, Kyrgyz, Tatar, Bashkir, Mongolian and the other Turkic
	// languages written in Cyrillic: their own letters as the Russian
	// spelling of their names has them ("Жүсіпов" is "Жусупов", Zhusupov)
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h", 'ҳ': "kh",
	'ҷ': "ch", 'ӣ': "i", 'ӯ': "u", 'ҫ': "s", 'ӑ': "a", 'ӗ': "e", 'ӳ': "u", 'ҙ': "z", 'ҡ': "k",
}

var greekLatin = map[rune]string{
	'α': "a", 'ά': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'έ': "e", 'ζ': "z", 'η': "i", 'ή': "i",
	'θ': "th", 'ι': "i", 'ί': "i", 'ϊ': "i", 'ΐ': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'ό': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'ύ': "y", 'ϋ': "y",
	'ΰ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o", 'ώ': "o",
}

// greekPairs are the pairs of Greek vowels written as one sound.
var greekPairs = map[[2]rune]string{
	{'ο', 'υ'}: "ou", {'ο', 'ύ'}: "ou", {'α', 'υ'}: "av", {'α', 'ύ'}: "av", {'ε', 'υ'}: "ev", {'ε', 'ύ'}: "ev",
}

// romanise appends to dst the Latin spelling of a folded (lower-case)
// word written in Cyrillic or Greek, and reports whether it was: a word
// with a letter of any other script is left alone.
func romanise(dst, word []byte) ([]byte, bool) {
	if len(word) == 0 || word[0] < utf8.RuneSelf {
		return dst, false // Latin: most words, and no map lookups for them
	}
	r, _ := utf8.DecodeRune(word)
	table := cyrillicLatin
	if _, ok := table[r]; !ok {
		table = greekLatin
		if _, ok := table[r]; !ok {
			return dst, false
		}
	}
	start := len(dst)
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRune(word[i:])
		i += size
		if i < len(word) {
			next, nsize := utf8.DecodeRune(word[i:])
			if s, ok := greekPairs[[2]rune{r, next}]; ok && table[r] != "" {
				dst = append(dst, s...)
				i += nsize
				continue
			}
		}
		s, ok := table[r]
		switch {
		case ok:
			dst = append(dst, s...)
		case '0' <= r && r <= '9':
			dst = append(dst, byte(r))
		default:
			return dst[:start], false
		}
	}
	return dst, true
}
