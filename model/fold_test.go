package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"folded ASCII is unchanged", "asia - pacific 2024", "asia - pacific 2024"},
		{"ASCII upper case", "KENYA Nairobi", "kenya nairobi"},
		{"Latin-1", "São Tomé and Príncipe", "sao tome and principe"},
		{"Côte d'Ivoire", "Côte d'Ivoire", "cote d'ivoire"},
		{"Turkish letters", "Türkiye İstanbul Şanlıurfa Diyarbakır Ağrı", "turkiye istanbul sanliurfa diyarbakir agri"},
		{"Polish letters", "Łódź Kraków Gdańsk Wrocław", "lodz krakow gdansk wroclaw"},
		{"Romanian comma letters", "Chișinău Timișoara Constanța", "chisinau timisoara constanta"},
		{"Nordic letters", "Øresund Tórshavn Ålesund", "oresund torshavn alesund"},
		{"sharp s", "Straße STRAẞE", "strasse strasse"},
		{"ligatures", "Æsir Œuvre Ĳssel", "aesir oeuvre ijssel"},
		{"thorn and eth", "Þingvellir Ðakovo", "thingvellir dakovo"},
		{"Vietnamese", "Việt Nam Hà Nội Đà Nẵng", "viet nam ha noi da nang"},
		{"transliteration dots", "Ḥamās Ṣanʿāʾ", "hamas sanʿaʾ"},
		{"decomposed accents are dropped", "Co\u0302te d'Ivoire", "cote d'ivoire"},
		{"Angstrom sign folds like å", "\u212Bngstr\u00F6m", "angstrom"},
		{"Kelvin sign", "\u212A", "k"},
		{"other scripts are only lower-cased", "ΑΘΗΝΑ Киев 北京", "αθηνα киев 北京"},
		{"punctuation is kept", "Asia – Pacific’s “news”", "asia – pacific’s “news”"},
		{"symbols in the Latin-1 range are kept", "2×3÷1", "2×3÷1"},
		{"invalid bytes become U+FFFD", "A\xffB\xc3", "a\ufffdb\ufffd"},
		{"invalid bytes around a dropped mark stay apart", "\xd0\u0305\x87", "\ufffd\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldDoesNotAllocateWhenAlreadyFolded(t *testing.T) {
	in := strings.Repeat("seoul urges beijing - 2024! ", 4)
	var out string
	allocs := testing.AllocsPerRun(100, func() { out = Fold(in) })
	if allocs != 0 {
		t.Errorf("Fold of folded ASCII made %v allocations, want 0", allocs)
	}
	if out != in {
		t.Errorf("Fold(%q) = %q", in, out)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Türkiye", "STRAẞE", "Co\u0302te", "\u212B", "A\xffB", "ǅungla", "İı"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if twice := Fold(once); twice != once {
			t.Errorf("Fold is not idempotent on %q: %q then %q", s, once, twice)
		}
		if !utf8.ValidString(once) {
			t.Errorf("Fold(%q) = %q is not valid UTF-8", s, once)
		}
		if strings.ContainsAny(once, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Errorf("Fold(%q) = %q has upper-case ASCII", s, once)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"folded", "seoul urges beijing to send north koreans held in china to south korea"},
		{"ascii", "Seoul urges Beijing to send North Koreans held in China to South Korea"},
		{"accents", "Türkiye's central bank in İstanbul and São Paulo's Côte d'Ivoire desk"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Fold(bc.in)
			}
		})
	}
}
