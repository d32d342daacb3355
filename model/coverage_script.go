package model

import (
	"unicode"
	"unicode/utf8"
)

// The script a story is written in. Stories of one event in two scripts
// share few words (a Chinese story of an earthquake in Peru has none of
// the English one's), but their numbers and countries are written alike:
// so a story is compared with an event written in another script on
// those (see Coverage.crossJoins).
type script uint8

const (
	latinScript script = iota
	cyrillicScript
	greekScript
	arabicScript
	hebrewScript
	devanagariScript
	hanScript  // Chinese: Han without kana
	kanaScript // Japanese: Han with kana
	hangulScript
	thaiScript
	otherScript
	numScripts
)

var scriptTables = [...]struct {
	s     script
	table *unicode.RangeTable
}{
	{cyrillicScript, unicode.Cyrillic}, {greekScript, unicode.Greek}, {arabicScript, unicode.Arabic},
	{hebrewScript, unicode.Hebrew}, {devanagariScript, unicode.Devanagari}, {hanScript, unicode.Han},
	{kanaScript, unicode.Hiragana}, {kanaScript, unicode.Katakana}, {hangulScript, unicode.Hangul},
	{thaiScript, unicode.Thai}, {latinScript, unicode.Latin},
}

// scriptOf returns the script of most of the letters of text; a text with
// kana is Japanese however many of its letters are Han.
func scriptOf(text string) script {
	var n [numScripts]int
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				n[latinScript]++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		s := otherScript
		for _, t := range scriptTables {
			if unicode.Is(t.table, r) {
				s = t.s
				break
			}
		}
		n[s]++
	}
	if n[kanaScript] > 0 {
		n[kanaScript] += n[hanScript]
		n[hanScript] = 0
	}
	best := latinScript
	for s := range numScripts {
		if n[s] > n[best] {
			best = s
		}
	}
	return best
}

// homeCountries are the countries of the scripts that are written in one
// country above all: Japanese (kana), Korean, Greek, Devanagari, Thai and
// Hebrew. Chinese, Arabic, Cyrillic and Latin are written in many.
var homeCountries = [numScripts]Country{
	kanaScript: countryOf("JP"), hangulScript: countryOf("KR"), greekScript: countryOf("GR"),
	devanagariScript: countryOf("IN"), thaiScript: countryOf("TH"), hebrewScript: countryOf("IL"),
}

// homeCountry gives a story that names no country the country of its
// script, if it has one, as once in its summary: a Japanese paper's story
// of a rocket launched from Tanegashima, a Korean one's of a wildfire in
// Gyeongbuk, need not say where they are. (A story of one of these papers
// about another country names it.)
func (c *Coverage) homeCountry(title string) {
	for _, f := range c.feat {
		if f.kind == countryKind {
			return
		}
	}
	if home := homeCountries[scriptOf(title)]; home != 0 {
		c.addCountry(home, 0.5)
	}
}
