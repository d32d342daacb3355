package feeds

import (
	"strings"
	"testing"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Escape sequences go whole; the text around and inside them stays.
		{"OSC 52 clipboard write, BEL", "before\x1b]52;c;cm0gLXJmIH4K\x07after", "beforeafter"},
		{"OSC 52 clipboard write, ST", "before\x1b]52;c;cm0gLXJmIH4K\x1b\\after", "beforeafter"},
		{"OSC 8 hyperlink keeps its text", "see \x1b]8;;http://x\x1b\\link text\x1b]8;;\x1b\\ now", "see link text now"},
		{"OSC 8 with params and BEL", "\x1b]8;id=7;https://evil.example/\alink\x1b]8;;\a", "link"},
		{"OSC window title", "a\x1b]0;you have been pwned\x07b", "ab"},
		{"CSI colours", "\x1b[1;31mred\x1b[0m and \x1b[38;2;255;0;0mtrue\x1b[m", "red and true"},
		{"CSI cursor moves and erase", "\x1b[2J\x1b[H\x1b[10;20Htext\x1b[3A\x1b[K\x1b[?25l", "text"},
		{"CSI private prefix and intermediate", "a\x1b[>0cb\x1b[2 qc", "abc"},
		{"DCS", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"DCS sixel", "a\x1bPq#0;2;0;0;0#0~~@@\x1b\\b", "ab"},
		{"SOS PM APC", "a\x1bXsos\x1b\\b\x1b^pm\x1b\\c\x1b_Gf=100;AAAA\x1b\\d", "abcd"},
		{"C1 CSI with params", "a\u009b31;1mred\u009b0m", "ared"},
		{"C1 CSI cursor", "x\u009b2J\u009b1;1Hy", "xy"},
		{"C1 OSC ended by C1 ST", "a\u009d0;evil title\u009cb", "ab"},
		{"C1 OSC ended by BEL", "a\u009d52;c;AAAA\ab", "ab"},
		{"C1 OSC ended by ESC backslash", "a\u009d8;;http://x\x1b\\link\u009d8;;\u009c", "alink"},
		{"C1 DCS SOS PM APC", "a\u0090q#0\u009cb\u0098x\u009cc\u009ex\u009cd\u009fx\u009ce", "abcde"},
		{"lone C1 ST", "a\u009cb", "ab"},
		{"ESC and one final byte", "a\x1b7b\x1b8c\x1bcd\x1b=e\x1b>f", "abcdef"},
		{"ESC with intermediates", "a\x1b(0lqk\x1b(Bb\x1b#8c\x1b%Gd", "alqkbcd"},
		{"ESC ESC restarts", "a\x1b\x1b[31mb", "ab"},
		{"ESC at the end", "a\x1b", "a"},
		{"ESC before a non-ASCII letter", "a\x1béb", "aéb"},
		{"CSI at the end", "a\x1b[31", "a"},
		{"CSI aborted by a non-ASCII letter", "a\x1b[31éb", "aéb"},
		{"tab inside CSI is kept", "a\x1b[3\t1mb", "a\tb"},
		{"other C0 inside CSI dropped", "a\x1b[3\x001mb", "ab"},
		{"OSC cancelled by CAN", "a\x1b]0;x\x18b", "ab"},
		{"OSC cancelled by SUB", "a\x1b]0;x\x1ab", "ab"},
		{"ESC inside OSC starts a new sequence", "a\x1b]0;x\x1b[31mb", "ab"},
		{"C1 CSI inside OSC starts a new sequence", "a\x1b]0;x\u009b31mb", "ab"},

		// Unterminated strings end at the end of their line.
		{"unterminated OSC ends at newline", "title\x1b]0;evil\nnext line", "title\nnext line"},
		{"unterminated OSC ends at CR LF", "a\x1b]52;c;AAAA\r\nb", "a\nb"},
		{"unterminated DCS ends at lone CR", "a\x1bPstuff\rb", "a\nb"},
		{"unterminated C1 OSC ends at newline", "a\u009d0;x\nb", "a\nb"},
		{"unterminated OSC at the end", "a\x1b]52;c;AAAA", "a"},
		{"newline ends a CSI", "a\x1b[31\nm", "a\nm"},
		{"newline ends an ESC", "a\x1b\n7", "a\n7"},

		// Controls.
		{"NUL", "a\x00b\x00", "ab"},
		{"other C0", "a\x01\x07\x08\x0b\x0c\x0e\x1f b", "a b"},
		{"DEL", "a\x7fb", "ab"},
		{"other C1", "a\u0080\u0085\u008db\u0099", "ab"},
		{"tabs and newlines kept", "a\tb\nc\n\n\td", "a\tb\nc\n\n\td"},
		{"CR LF", "a\r\nb\r\n", "a\nb\n"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"CR CR LF", "a\r\r\nb", "a\n\nb"},

		// Bidi controls.
		{"bidi override", "abc\u202edcba\u202c", "abcdcba"},
		{"bidi embeddings", "\u202aa\u202bb\u202dc\u202c", "abc"},
		{"bidi isolates", "\u2066x\u2067y\u2068z\u2069", "xyz"},
		{"bidi marks", "a\u200eb\u200fc\u061cd", "abcd"},

		// Invalid UTF-8.
		{"invalid bytes", "a\xffb\xc3", "a\ufffdb\ufffd"},
		{"raw 8-bit CSI byte is invalid UTF-8, not CSI", "a\x9b31mb", "a\ufffd31mb"},
		{"overlong encoding", "a\xc0\xafb", "a\ufffd\ufffdb"},
		{"surrogate half", "a\xed\xa0\x80b", "a\ufffd\ufffd\ufffdb"},

		// Text is untouched.
		{"empty", "", ""},
		{"ASCII", "Plain text, with (punctuation) & symbols: 100% ~!", "Plain text, with (punctuation) & symbols: 100% ~!"},
		{"accents", "Café crème, naïve façade, Ångström, ŻÓŁW", "Café crème, naïve façade, Ångström, ŻÓŁW"},
		{"combining accents", "e\u0301 a\u0308", "e\u0301 a\u0308"},
		{"CJK", "東京で地震、日本語のニュース。서울 뉴스", "東京で地震、日本語のニュース。서울 뉴스"},
		{"emoji and ZWJ sequences", "🎉 👩‍💻 🇫🇷 ❤️", "🎉 👩‍💻 🇫🇷 ❤️"},
		{"Arabic", "الأخبار العاجلة من القاهرة", "الأخبار العاجلة من القاهرة"},
		{"Hebrew", "חדשות מירושלים", "חדשות מירושלים"},
		{"no-break and zero-width spaces", "10\u00a0km\u200bx\u202f%", "10\u00a0km\u200bx\u202f%"},
		{"replacement character", "a\ufffdb", "a\ufffdb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeCleanTextDoesNotAllocate(t *testing.T) {
	for _, s := range []string{
		cleanParagraph(2048),
		"Café crème 東京 🎉 👩‍💻 الأخبار\twith a tab\nand a newline",
		"",
	} {
		var got string
		allocs := testing.AllocsPerRun(100, func() { got = Sanitize(s) })
		if allocs != 0 {
			t.Errorf("Sanitize(%.20q...) allocated %v times, want 0", s, allocs)
		}
		if got != s {
			t.Errorf("Sanitize changed clean text %.20q... to %.20q...", s, got)
		}
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"already clean", "Storm hits coast", "Storm hits coast"},
		{"trims and folds", "  Storm\n\thits   coast \r\n", "Storm hits coast"},
		{"Unicode spaces fold", "\u3000東京\u3000大阪\u2003x\u2028y", "東京 大阪 x y"},
		{"no-break space kept", "10\u00a0km and 5\u202f%", "10\u00a0km and 5\u202f%"},
		{"no-break space next to a space folds", "a \u00a0 b\u00a0 c", "a b c"},
		{"no-break spaces trimmed", "\u00a0title\u00a0", "title"},
		{"escapes and folding", "Title\x1b[1m  bold\x1b[0m\r\n", "Title bold"},
		{"unterminated OSC ends at the line end, line folds", "a\x1b]0;x\nb", "a b"},
		{"controls between words", "a\x00\x07b", "ab"},
		{"empty", "", ""},
		{"only whitespace", " \t\n\u00a0 ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SanitizeLine(tt.in); got != tt.want {
				t.Errorf("SanitizeLine(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeLineCleanTextDoesNotAllocate(t *testing.T) {
	s := "Floods in Valencia: 10\u00a0km of coast under water — 東京 🎉"
	var got string
	allocs := testing.AllocsPerRun(100, func() { got = SanitizeLine(s) })
	if allocs != 0 || got != s {
		t.Errorf("SanitizeLine(%q) = %q with %v allocations, want it unchanged with 0", s, got, allocs)
	}
}

// cleanParagraph returns n bytes of ordinary news prose.
func cleanParagraph(n int) string {
	const prose = "The city council voted on Tuesday to extend the tram line to the new " +
		"hospital, a project first proposed in 2011 and delayed twice by budget cuts. " +
		"Residents of the northern districts, who now spend up to an hour on buses, " +
		"welcomed the decision; shopkeepers on the route fear two years of roadworks. "
	return strings.Repeat(prose, n/len(prose)+1)[:n]
}

// hostileParagraph returns about n bytes of prose laced with escape
// sequences, controls, bidi overrides and invalid UTF-8.
func hostileParagraph(n int) string {
	const hostile = "The council \x1b[1;31mvoted\x1b[0m on \x1b]8;;https://evil.example/\x1b\\Tuesday" +
		"\x1b]8;;\x1b\\ to extend\r\n the \u009b2Jtram line\x1b]52;c;cm0gLXJmIH4K\x07 to the " +
		"\u202ehospital\u202c,\x00 a project\x7f first \xff proposed \x1bP1$r0m\x1b\\in 2011. "
	return strings.Repeat(hostile, n/len(hostile)+1)[:n]
}

func BenchmarkSanitize(b *testing.B) {
	for _, bc := range []struct {
		name string
		in   string
	}{
		{"clean-2KB", cleanParagraph(2048)},
		{"hostile-2KB", hostileParagraph(2048)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.in)))
			b.ReportAllocs()
			for b.Loop() {
				Sanitize(bc.in)
			}
		})
	}
}

func TestQuoteControls(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"news/world.xml", "news/world.xml"},
		{"my feeds/Café Müller — 東京.xml", "my feeds/Café Müller — 東京.xml"},
		{`C:\feeds\x1b.xml`, `C:\feeds\x1b.xml`},
		{"evil\x1b]52;c;aGk=\a\u202ename.xml", `evil\x1b]52;c;aGk=\a\u202ename.xml`},
		{"a\u009b31mb", `a\u009b31mb`},
		{"tab\tnew\nline\r", `tab\tnew\nline\r`},
		{"del\x7f nul\x00", `del\x7f nul\x00`},
		{"bad\xff\xc3", `bad\xff\xc3`},
		{"\u2066iso\u2069 \u200fmark", `\u2066iso\u2069 \u200fmark`},
	} {
		got := QuoteControls(tc.in)
		if got != tc.want {
			t.Errorf("QuoteControls(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if again := QuoteControls(got); again != got {
			t.Errorf("QuoteControls(%q) = %q, not a fixed point", got, again)
		}
	}
}

func TestPrintableASCII8(t *testing.T) {
	printable := func(w []byte) bool {
		for _, c := range w {
			if c < 0x20 || c > 0x7e {
				return false
			}
		}
		return true
	}
	fillers := []byte{0x00, 0x1f, 0x20, 'a', 0x7e, 0x7f, 0x80, 0xc3, 0xff}
	w := make([]byte, 8)
	for pos := range 8 {
		for _, fill := range fillers {
			for b := range 256 {
				for i := range w {
					w[i] = fill
				}
				w[pos] = byte(b)
				if got, want := printableASCII8(string(w)), printable(w); got != want {
					t.Fatalf("printableASCII8(%q) = %v, want %v", w, got, want)
				}
			}
		}
	}
}

// TestSanitisedBeforeAnythingElse checks that a field's escape sequences
// are removed before the field is escaped for Markdown, parsed as HTML or
// as a URL: none leaves its parameters ("[5m") behind.
func TestSanitisedBeforeAnythingElse(t *testing.T) {
	const esc = "\x1b[5mblink\x1b[0m"
	tests := []struct{ name, file, data string }{
		{"JSON content_text", "f.json", `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"T \u001b[5mblink\u001b[0m","content_text":"Text with \u001b[5mblink\u001b[0m","tags":["\u001b[5mblink\u001b[0m"],"url":"https://example.com/\u001b[5mblink\u001b[0m"}]}`},
		{"RSS plain description", "f.xml", "<rss version=\"2.0\"><channel><item><title>T " + esc + "</title><description>Text with " + esc + "</description><link>https://example.com/" + esc + "</link><category>" + esc + "</category></item></channel></rss>"},
		{"Atom text content", "f.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:x:1</id><title>T " + esc + "</title><content type=\"text\">Text with " + esc + "</content><link href=\"https://example.com/" + esc + "\"/><category term=\"" + esc + "\"/></entry></feed>"},
		{"Atom xhtml content", "f.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:x:1</id><title>T</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Text with \x1b&lt;<b>" + esc + "</b></div></content></entry></feed>"},
		{"story file", "s.md", "---\ntitle: \"T \\e[5mblink\\e[0m\"\nlink: \"https://example.com/\\e[5mblink\"\n---\n# \x1b[5mHead\n\nText with " + esc + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, errs := loadBytes(t, tt.file, []byte(tt.data))
			if len(errs) > 0 || len(stories) != 1 {
				t.Fatalf("got %d stories, errors %v", len(stories), errs)
			}
			s := stories[0]
			for _, f := range append([]string{s.Title, s.Summary(), s.Body.Markdown(), s.Link()}, s.Tags()...) {
				if strings.Contains(f, "[5m") || strings.Contains(f, "[0m") || strings.ContainsAny(f, "\x1b\U0010FFDB") {
					t.Errorf("a field shows what is left of an escape sequence: %q", f)
				}
			}
			if !strings.Contains(s.Body.Markdown()+s.Summary(), "blink") {
				t.Errorf("body %q and summary %q lost the text", s.Body.Markdown(), s.Summary())
			}
		})
	}
}
