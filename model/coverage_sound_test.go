package model

import (
	"testing"
	"time"
)

// A name sounds the same written in Latin, Cyrillic, Hangul, katakana,
// Arabic and Devanagari letters, and two names that do not sound alike
// do not.
func TestCoverageSoundsOfANameAcrossScripts(t *testing.T) {
	of := func(w string) sound {
		var b soundOf
		if !scriptSound(&b, []byte(w)) {
			latinSound(&b, []byte(w))
		}
		s, _ := b.done()
		return s
	}
	kana := func(w string) (s sound) {
		katakanaSounds(w, func(k sound) { s = k })
		return s
	}
	for _, tc := range []struct {
		name string
		same []sound
	}{
		{"nimbara", []sound{of("님바라"), kana("ニンバラ")}},
		{"khatib", []sound{of("خطيب"), of("الخطيب")}},
		{"daesung", []sound{of("대성"), of("डेसुंग")}},
		{"kazuhara", []sound{kana("カズハラ")}},
		{"phobos", []sound{kana("フォボス")}},
		{"mohammed", []sound{of("محمد")}},
		{"daesung micro", []sound{of("대성마이크로")}},
	} {
		var b soundOf
		for _, w := range splitSpaces(tc.name) {
			latinSound(&b, []byte(w))
			b.endWord()
		}
		want, _ := b.done()
		for i, got := range tc.same {
			if got != want {
				t.Errorf("%s: sound %d is %x, want %x", tc.name, i, got, want)
			}
		}
	}
	if of("kazuhara") == of("khatib") || of("nimbara") == of("micro") {
		t.Error("names that sound unalike have one sound")
	}
	var b soundOf
	latinSound(&b, []byte("nour"))
	if _, n := b.done(); n >= minSound {
		t.Errorf("nour has %d classes: too common a sound to count", n)
	}
}

// A Japanese story writes the moon's name in katakana (フォボス) and an
// English one in Latin letters (Phobos): beside the landing and the
// country they share, the name they sound alike in joins them.
func TestCoverageASoundJoinsAcrossScripts(t *testing.T) {
	at := time.Date(2030, 12, 6, 3, 20, 0, 0, time.UTC)
	c := NewCoverage()
	wantPlaced(t, c, []placement{
		{news("a", "Harbour City Mail", at, "Japan retrieves first samples from Mars moon Phobos",
			"A capsule carrying grains from Phobos landed in the Australian desert, Japan's space agency said"), "a"},
		{news("b", "東都新聞", at.Add(time.Hour), "火星の衛星の砂、地球へ　探査機のカプセル着地",
			"宇宙航空研究開発機構は6日、火星の衛星フォボスの試料を収めたカプセルが砂漠に着地したと発表した"), "a"},
	})
}

// Two scripts without capitals share the sounds of the words they both
// borrow from English (ロケット, 로켓: "rocket"), which name nothing.
func TestCoverageSoundsCountOnlyBesideCapitals(t *testing.T) {
	if soundsMeet(kanaScript, hangulScript) || soundsMeet(arabicScript, hangulScript) {
		t.Error("sounds of two scripts without capitals count")
	}
	if !soundsMeet(latinScript, hangulScript) || !soundsMeet(cyrillicScript, arabicScript) {
		t.Error("sounds of a script with capitals and one without do not count")
	}
	if soundsMeet(latinScript, latinScript) {
		t.Error("sounds of one script count: its stories share the name itself")
	}
}
