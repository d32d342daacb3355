package feeds

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSanitize checks what Sanitize promises on arbitrary input, and that on
// input built from visible text interleaved with escape sequences it keeps
// exactly the visible text.
func FuzzSanitize(f *testing.F) {
	f.Add("plain text", "more text", "", uint16(0))
	f.Add("see ", "link text", "https://evil.example/", uint16(5|6<<8))
	f.Add("a\x1b]52;c;AAAA\x07b", "\u009b31mx", "c;cm0gLXJmIH4K", uint16(3))
	f.Add("東京\r\n", "\u202eabc", "1;31", uint16(1|13<<8))
	f.Add("\xff\xc3", "a\x1bPq\x1b\\", "\x00\x7f", uint16(8|9<<8))
	f.Add("a\x1b]0;x\nb", "\x1b[31\nm", "é", uint16(14|15<<8))

	f.Fuzz(func(t *testing.T, a, b, payload string, seq uint16) {
		for _, s := range []string{a, b, a + b, payload} {
			checkSanitized(t, s, Sanitize(s))
			checkSanitizedLine(t, s, SanitizeLine(s))
		}

		va, vb := visibleOnly(a), visibleOnly(b)
		s1 := hostileSequence(int(seq&0xff), payload)
		s2 := hostileSequence(int(seq>>8), payload)
		in := va + s1 + vb + s2 + va
		if got, want := Sanitize(in), va+vb+va; got != want {
			t.Errorf("Sanitize(%q) = %q, want the visible text %q", in, got, want)
		}
	})
}

// FuzzQuoteControls checks that QuoteControls leaves nothing a terminal
// could act on, leaves safe text as it is, and is a fixed point.
func FuzzQuoteControls(f *testing.F) {
	f.Add("news/world.xml")
	f.Add("evil\x1b]52;c;aGk=\a\u202ename.xml")
	f.Add("東京\r\n\xff\u009b\t\\x1b")
	f.Fuzz(func(t *testing.T, s string) {
		out := QuoteControls(s)
		if !utf8.ValidString(out) {
			t.Errorf("QuoteControls(%q) = %q: invalid UTF-8", s, out)
		}
		for _, r := range out {
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || isBidiControlForTest(r) {
				t.Errorf("QuoteControls(%q) = %q: contains %U", s, out, r)
			}
		}
		if utf8.ValidString(s) && visibleOnly(s) == s && !strings.ContainsAny(s, "\t\n") && out != s {
			t.Errorf("QuoteControls(%q) = %q: changed safe text", s, out)
		}
		if again := QuoteControls(out); again != out {
			t.Errorf("QuoteControls is not idempotent: %q -> %q -> %q", s, out, again)
		}
	})
}

// checkSanitized fails t unless out, Sanitize's output for in, is valid
// UTF-8 with no escape, control (but \n and \t) or bidi control, and
// Sanitize leaves it as it is.
func checkSanitized(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("Sanitize(%q) = %q: invalid UTF-8", in, out)
	}
	for _, r := range out {
		if r == '\n' || r == '\t' {
			continue
		}
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || isBidiControlForTest(r) {
			t.Errorf("Sanitize(%q) = %q: contains %U", in, out, r)
		}
	}
	if again := Sanitize(out); again != out {
		t.Errorf("Sanitize is not idempotent: %q -> %q -> %q", in, out, again)
	}
}

// checkSanitizedLine fails t unless out, SanitizeLine's output for in, is
// sanitised, on one line, folded and trimmed, and a fixed point.
func checkSanitizedLine(t *testing.T, in, out string) {
	t.Helper()
	checkSanitized(t, in, out)
	if strings.ContainsAny(out, "\n\t\r") || strings.Contains(out, "  ") {
		t.Errorf("SanitizeLine(%q) = %q: not folded", in, out)
	}
	if strings.TrimFunc(out, unicode.IsSpace) != out {
		t.Errorf("SanitizeLine(%q) = %q: not trimmed", in, out)
	}
	if again := SanitizeLine(out); again != out {
		t.Errorf("SanitizeLine is not idempotent: %q -> %q -> %q", in, out, again)
	}
}

// isBidiControlForTest lists the bidi controls independently of the code
// under test.
func isBidiControlForTest(r rune) bool {
	return strings.ContainsRune("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c", r)
}

// visibleOnly keeps the graphic characters, spaces, tabs and newlines of s:
// text a terminal shows as it is.
func visibleOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsGraphic(r) || r == '\n' || r == '\t' {
			return r
		}
		return -1
	}, s)
}

// hostileSequence returns a complete escape sequence (or a run of removable
// controls) chosen by kind, carrying payload where the sequence has one.
func hostileSequence(kind int, payload string) string {
	// What may appear inside a string sequence without ending it.
	str := strings.Map(func(r rune) rune {
		switch {
		case r == '\n', r == '\r', r == ctlBEL, r == ctlCAN, r == ctlSUB, r == ctlESC,
			r >= 0x80 && r < 0xa0, r == utf8.RuneError:
			return -1
		}
		return r
	}, payload)
	// Parameter bytes of a control sequence.
	params := strings.Map(func(r rune) rune {
		if r >= 0x30 && r <= 0x3f {
			return r
		}
		return -1
	}, payload)

	seqs := [...]string{
		"\x1b[" + params + "m",                               // SGR
		"\u009b" + params + "H",                              // C1 CSI cursor position
		"\x1b[" + params + " q",                              // CSI with an intermediate
		"\x1b]52;c;" + str + "\a",                            // OSC 52, BEL
		"\x1b]0;" + str + "\x1b\\",                           // OSC, ST
		"\x1b]8;;" + str + "\x1b\\",                          // OSC 8 open
		"\x1b]8;;\x1b\\",                                     // OSC 8 close
		"\u009d" + str + "\u009c",                            // C1 OSC, C1 ST
		"\x1bP" + str + "\x1b\\",                             // DCS
		"\u0090" + str + "\u009c",                            // C1 DCS
		"\x1bX" + str + "\x1b\\" + "\u009e" + str + "\u009c", // SOS, C1 PM
		"\x1b_" + str + "\x1b\\" + "\u009f" + str + "\a",     // APC, C1 APC
		"\x1b7\x1bc\x1b(B\x1b#8",                             // ESC + final, ESC + intermediates + final
		"\x00\x07\x7f\u0085\u202e\u2067\u200f\x18",           // controls
		"\x1b]0;" + str + "\x18",                             // OSC cancelled by CAN
		"\x1b]0;" + str + "\x1b[0m",                          // OSC cut short by a CSI
		"\u2066" + "\u202a" + "\u2069",                       // bidi isolate and embedding
	}
	return seqs[kind%len(seqs)]
}
