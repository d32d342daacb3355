package model

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A sound is a name's consonants, in classes that survive being written
// in another script: "Nimbara", 님바라 and ニンバラ are n-n-b-r; "Khatib",
// "Хатиб" and خطيب are k-t-b; "Daesung" and 대성 are t-s-n. Transliteration
// keeps a name's consonants and changes its vowels (Korean and Arabic
// write them otherwise or not at all), so the classes merge what scripts
// merge: b, p, f and v (Korean and Arabic have one or two of them); k, g,
// q and hard c; s, z and sh; j, ch and zh; t, d and th; r and l (Japanese
// and Korean have one); an m before a b is an n (Japanese writes ン). A
// vowel, h, w and y only part two consonants, so the "mm" of "Mohammed"
// and the m-m of محمد are one class each side of a vowel.
//
// A story's sounds are those of its names (a capitalised word inside a
// sentence, in a script that has capitals: Latin, Cyrillic, Greek, and two
// names in a row as one, "Daesung Micro" as 대성마이크로) and of every
// word in a script that has none (Arabic, Hebrew, Hangul, Devanagari and
// the other Indic scripts) but a place's, and every run of katakana
// (Japanese writes foreign names in it). A sound counts only between two
// scripts, one of them with capitals (soundsMeet): within one script the
// name itself is shared.
type sound uint32

// The classes, 1 to 8; 0 parts two consonants.
const (
	sB uint8 = 1 + iota // b p f v
	sK                  // k g q c x
	sS                  // s z sh ts
	sJ                  // j ch zh
	sT                  // t d th dh
	sR                  // r l
	sM                  // m
	sN                  // n ng
	sPart
)

// soundClasses is most a sound holds: the first seven consonants.
const soundClasses = 7

// minSound is the fewest classes a sound must have to count: "Nour" (n-r)
// is too common a pair of consonants to say anything.
const minSound = 3

// soundOf builds a sound class by class.
type soundOf struct {
	s    sound
	n    int
	last uint8 // the class before, 0 after a vowel
	kept bool  // and it is in s
}

func (b *soundOf) add(class uint8) {
	if class == sPart || class == 0 {
		b.last = 0
		return
	}
	if class == b.last {
		return // "tt", "ck": one consonant
	}
	if class == sB && b.last == sM && b.kept {
		b.s += sound(sN-sM) << (4 * (b.n - 1))
	}
	b.last, b.kept = class, b.n < soundClasses
	if b.kept {
		b.s |= sound(class) << (4 * b.n)
		b.n++
	}
}

// endWord reads a word's final "ng" as n (Daesung, 대성, डेसुंग) and
// parts its last consonant from the next word's first.
func (b *soundOf) endWord() {
	if b.n >= 2 && b.last == sK && b.kept && sound(sN) == b.s>>(4*(b.n-2))&0xf {
		b.n--
		b.s &^= 0xf << (4 * b.n)
	}
	b.last = 0
}

// done returns the sound and its classes.
func (b *soundOf) done() (sound, int) {
	b.endWord()
	return b.s, b.n
}

// latinSound is the sound of a word in folded Latin letters (a Cyrillic
// or Greek one romanised first).
func latinSound(b *soundOf, w []byte) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		if next == 'h' {
			digraph := uint8(0)
			switch c {
			case 'k', 'g':
				digraph = sK
			case 'c', 'z':
				digraph = sJ
			case 's':
				digraph = sS
			case 't', 'd':
				digraph = sT
			case 'p':
				digraph = sB
			}
			if digraph != 0 {
				b.add(digraph)
				i++
				continue
			}
		}
		switch c {
		case 'b', 'p', 'f', 'v':
			b.add(sB)
		case 'k', 'g', 'q':
			b.add(sK)
		case 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				b.add(sS)
			} else {
				b.add(sK)
			}
		case 'x':
			b.add(sK)
			b.add(sS)
		case 's', 'z':
			b.add(sS)
		case 'j':
			b.add(sJ)
		case 't', 'd':
			if next == 's' || next == 'z' {
				b.add(sS) // "Tsubasa", ツ
				i++
				continue
			}
			b.add(sT)
		case 'l', 'r':
			b.add(sR)
		case 'm':
			b.add(sM)
		case 'n':
			b.add(sN)
		default:
			if c < utf8.RuneSelf && ('a' <= c && c <= 'z') {
				b.add(sPart) // a vowel, h, w, y
			} else if c >= utf8.RuneSelf {
				b.add(sPart)
			}
		}
	}
}

// hangulInitial and hangulFinal are the classes of a Hangul syllable's
// first and last jamo, in Unicode's order.
var (
	hangulInitial = [19]uint8{sK, sK, sN, sT, sT, sR, sM, sB, sB, sS, sS, sPart, sJ, sJ, sJ, sK, sT, sB, sPart}
	hangulFinal   = [28]uint8{0, sK, sK, sK, sN, sN, sN, sT, sR, sK, sM, sR, sR, sR, sB, sR, sM, sB, sB, sT, sT, sN, sT, sT, sK, sT, sB, sT}
)

// katakanaClass is the class of a katakana letter from ァ (U+30A1) on:
// 0 for a vowel, h, y, w and the small letters.
var katakanaClass = func() (t [0x5a]uint8) {
	set := func(class uint8, letters string) {
		for _, r := range letters {
			t[r-0x30a1] = class
		}
	}
	set(sK, "カキクケコガギグゲゴヵヶ")
	set(sS, "サシスセソザズゼゾツヅ")
	set(sJ, "ジチヂ")
	set(sT, "タテトダデド")
	set(sN, "ナニヌネノン")
	set(sB, "フバビブベボパピプペポヴ")
	set(sM, "マミムメモ")
	set(sR, "ラリルレロ")
	set(sPart, "アイウエオハヒヘホヤユヨワヰヱヲァィゥェォャュョヮ")
	return t
}()

// arabicClass and hebrewClass are the classes of their letters; a letter
// not listed (alef, waw, ya, ha, ayn, hamza) parts consonants.
var arabicClass = map[rune]uint8{
	'ب': sB, 'پ': sB, 'ف': sB, 'ت': sT, 'ث': sT, 'د': sT, 'ذ': sT, 'ض': sT, 'ط': sT, 'ظ': sT, 'ٹ': sT, 'ڈ': sT,
	'ج': sJ, 'چ': sJ, 'ژ': sJ, 'خ': sK, 'غ': sK, 'ق': sK, 'ك': sK, 'ک': sK, 'گ': sK,
	'ر': sR, 'ل': sR, 'ڑ': sR, 'ز': sS, 'س': sS, 'ش': sS, 'ص': sS, 'م': sM, 'ن': sN, 'ں': sN,
	'ב': sB, 'פ': sB, 'ף': sB, 'ג': sK, 'ח': sK, 'כ': sK, 'ך': sK, 'ק': sK, 'ד': sT, 'ט': sT, 'ת': sT,
	'ז': sS, 'ס': sS, 'צ': sS, 'ץ': sS, 'ש': sS, 'ל': sR, 'ר': sR, 'מ': sM, 'ם': sM, 'נ': sN, 'ן': sN,
}

// devanagariClass is the class of a Devanagari letter from क (U+0915)
// on, and of the letter at the same place in the other Indic scripts.
var devanagariClass = [0x25]uint8{
	sK, sK, sK, sK, sN, sJ, sJ, sJ, sJ, sN, // क ख ग घ ङ च छ ज झ ञ
	sT, sT, sT, sT, sN, sT, sT, sT, sT, sN, sN, // ट ठ ड ढ ण त थ द ध न ऩ
	sB, sB, sB, sB, sM, sPart, sR, sR, sR, sR, sR, sB, // प फ ब भ म य र ऱ ल ळ ऴ व
	sS, sS, sS, sPart, // श ष स ह
}

// scriptSound is the sound of a word in a script without capitals, and
// whether it was one.
func scriptSound(b *soundOf, w []byte) bool {
	r, _ := utf8.DecodeRune(w)
	switch {
	case 0xac00 <= r && r <= 0xd7a3:
		for _, r := range string(w) {
			if r < 0xac00 || r > 0xd7a3 {
				b.add(sPart)
				continue
			}
			s := r - 0xac00
			b.add(hangulInitial[s/588])
			b.add(sPart)
			b.add(hangulFinal[s%28])
		}
	case 0x600 <= r && r <= 0x6ff || 0x5d0 <= r && r <= 0x5ea:
		s := string(w)
		for _, prefix := range [...]string{"وال", "بال", "فال", "كال", "لل", "ال"} {
			if len(s) > len(prefix)+4 && s[:len(prefix)] == prefix {
				s = s[len(prefix):]
				break
			}
		}
		for _, r := range s {
			b.add(arabicClass[r]) // 0, a vowel's letter, parts consonants
		}
	case 0x900 <= r && r <= 0xd7f:
		// Devanagari and the Indic scripts after it (Bengali, Gurmukhi,
		// Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam): Unicode
		// gives each the same layout, a block of 0x80 apart.
		for _, r := range string(w) {
			switch off := r & 0x7f; {
			case r < 0x900 || r > 0xd7f:
				b.add(sPart)
			case 0x15 <= off && off <= 0x39:
				b.add(devanagariClass[off-0x15])
			case off == 0x02 || off == 0x01:
				b.add(sN) // the nasal mark: "ng", "m"
			case off == 0x4d || off == 0x3c:
				// the virama joins consonants; the nukta changes one
			default:
				b.add(sPart)
			}
		}
	default:
		return false
	}
	return true
}

// katakanaSounds calls f with the sound of each run of katakana in text.
func katakanaSounds(text string, f func(soundOf)) {
	if strings.IndexByte(text, 0xe3) < 0 {
		return // katakana's UTF-8 begins with 0xe3: no kana here
	}
	var b soundOf
	flush := func() {
		if b.n > 0 {
			f(b)
		}
		b = soundOf{}
	}
	for _, r := range text {
		switch {
		case r == 'ー' || r == 'ッ':
		case 0x30a1 <= r && r < 0x30a1+0x5a:
			b.add(katakanaClass[r-0x30a1])
			if r != 'ン' {
				b.add(sPart) // a letter is a syllable: its vowel
			}
		default:
			flush()
		}
	}
	flush()
}

// family is the script a language is written in: sounds count between
// families only.
func family(s script) script {
	switch {
	case firstLatin <= s && s <= lastLatin:
		return latinScript
	case firstCyrillic <= s && s <= lastCyrillic:
		return cyrillicScript
	case s == persianArabic || s == urduArabic:
		return arabicScript
	case s == nepaliDevanagari:
		return devanagariScript
	}
	return s
}

// soundsMeet says whether sounds of stories of two scripts count: when
// the scripts differ and one of them has capitals, so that its sounds are
// names'. Two scripts without capitals share the sounds of their words
// borrowed from English (ロケット and 로켓, "rocket"), which say no more
// than "rocket" does.
func soundsMeet(a, b script) bool {
	return a != b && (cased(a) || cased(b))
}

func cased(s script) bool {
	return s == latinScript || s == cyrillicScript || s == greekScript
}

// maxSounds is the most sounds a story keeps.
const maxSounds = 64

// familySound is a sound of an event's, and the script of the story that
// gave it.
type familySound struct {
	s   sound
	fam script
}

// nameSound adds the sound of the name word, the i-th of its text, and of
// it and the name before it as one.
func (c *Coverage) nameSound(word []byte, i int) {
	var b soundOf
	latinSound(&b, word)
	b.endWord()
	if c.prevName == i-1 {
		pair := c.prevSound
		latinSound(&pair, word)
		c.addSound(pair)
	}
	c.prevName, c.prevSound = i, b
	c.addSound(b)
}

// wordSound adds the sound of a word of a script without capitals.
func (c *Coverage) wordSound(word []byte) {
	var b soundOf
	if scriptSound(&b, word) {
		c.addSound(b)
	}
}

// addSound adds a sound of the story being read, if it has minSound
// classes or more.
func (c *Coverage) addSound(b soundOf) {
	if s, n := b.done(); n >= minSound && len(c.storySounds) < maxSounds {
		c.storySounds = append(c.storySounds, s)
	}
}

// keepSounds keeps the sounds of the story read as doc d's.
func (c *Coverage) keepSounds(d int32) {
	slices.Sort(c.storySounds)
	own := slices.Compact(c.storySounds)
	doc := &c.docs[d]
	doc.soundStart, doc.soundN = int32(len(c.sounds)), uint8(len(own))
	c.sounds = append(c.sounds, own...)
	if c.soundPost == nil {
		c.soundPost = map[familySound][]int32{}
	}
	fam := family(doc.script)
	for _, s := range own {
		k := familySound{s, fam}
		c.soundPost[k] = append(c.soundPost[k], d)
	}
	c.storySounds = own[:0]
}

func (c *Coverage) soundsOf(d int32) []sound {
	doc := &c.docs[d]
	return c.sounds[doc.soundStart : doc.soundStart+int32(doc.soundN)]
}

// soundsShared counts the sounds of doc d that doc o, written in another
// script, has too.
func (c *Coverage) soundsShared(d, o int32) (n, long int) {
	if !soundsMeet(family(c.docs[d].script), family(c.docs[o].script)) {
		return 0, 0
	}
	own, other := c.soundsOf(d), c.soundsOf(o)
	for i, j := 0, 0; i < len(own) && j < len(other); {
		switch {
		case own[i] < other[j]:
			i++
		case own[i] > other[j]:
			j++
		default:
			n++
			if own[i].long() {
				long++
			}
			i, j = i+1, j+1
		}
	}
	return n, long
}

// long says a sound has longSound classes or more: a name of several
// syllables (Chandrayaan, j-n-t-r-n), rarer than any two words' sounds.
func (s sound) long() bool { return s>>(4*(longSound-1)) != 0 }

// longSound is how many classes make a sound long.
const longSound = 5

// eventSoundsShared counts the sounds of doc d that a story of event e
// written in another script has.
func (c *Coverage) eventSoundsShared(d int32, e *covEvent) (n, long int) {
	fam := family(c.docs[d].script)
	for _, s := range c.soundsOf(d) {
		i, _ := slices.BinarySearchFunc(e.sounds, s, func(x familySound, s sound) int { return cmp.Compare(x.s, s) })
		for ; i < len(e.sounds) && e.sounds[i].s == s; i++ {
			if soundsMeet(fam, e.sounds[i].fam) {
				n++
				if s.long() {
					long++
				}
				break
			}
		}
	}
	return n, long
}

// joinSounds adds doc d's sounds to event e's.
func (c *Coverage) joinSounds(e *covEvent, d int32) {
	fam := family(c.docs[d].script)
	own, old := c.soundsOf(d), e.sounds
	merged := make([]familySound, 0, len(old)+len(own))
	i := 0
	for _, s := range own {
		k := familySound{s, fam}
		for ; i < len(old) && compareSounds(old[i], k) < 0; i++ {
			merged = append(merged, old[i])
		}
		if i < len(old) && old[i] == k {
			continue
		}
		merged = append(merged, k)
	}
	e.sounds = append(merged, old[i:]...)
}

func compareSounds(a, b familySound) int {
	return cmp.Or(cmp.Compare(a.s, b.s), cmp.Compare(a.fam, b.fam))
}

// soundFamilies are the scripts that give sounds.
var soundFamilies = [...]script{latinScript, cyrillicScript, greekScript, arabicScript, hebrewScript, devanagariScript, kanaScript, hangulScript}

// soundCandidates adds to c.near the stories within lo..hi, written in
// another script, that share a sound of doc d found in at most maxDF
// stories of that script. The postings are by sound and script, so a
// story in the script of most of the library walks only the others'.
func (c *Coverage) soundCandidates(d int32, lo, hi int64, maxDF int32) {
	fam := family(c.docs[d].script)
	for _, s := range c.soundsOf(d) {
		for _, other := range soundFamilies {
			if soundsMeet(fam, other) {
				c.soundNear(d, c.soundPost[familySound{s, other}], lo, hi, maxDF)
			}
		}
	}
}

func (c *Coverage) soundNear(d int32, p []int32, lo, hi int64, maxDF int32) {
	if len(p) > int(maxDF) {
		return
	}
	for _, o := range p {
		if od := &c.docs[o]; o == d || od.at < lo || od.at > hi {
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
