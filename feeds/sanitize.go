package feeds

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the one place where feed-derived text is made safe to print on
// a terminal. Everything a feed says goes through Sanitize (or SanitizeLine)
// once, at ingestion; nothing downstream sanitises again.
//
// The escape-sequence scanner is written here rather than taken from
// github.com/charmbracelet/x/ansi, whose Strip was checked against what we
// need and falls short on four counts:
//   - it recognises C1 introducers only as raw bytes 0x80-0x9F, so CSI written
//     as the code point U+009B (bytes C2 9B, which is how it arrives in a
//     UTF-8 feed) passes through untouched;
//   - it keeps C0 controls (NUL, BEL, BS...), which it treats as "executed";
//   - an unterminated OSC/DCS swallows the rest of the input, newlines and all;
//   - invalid UTF-8 bytes are silently dropped, not turned into U+FFFD.
// Its byte-level parser table has the same C1 limitation, so the scanner
// below works on runes and follows the ECMA-48 / DEC VT500 sequence grammar.

// Sequence introducers, terminators and controls the scanner acts on.
const (
	ctlBEL = 0x07 // ends an OSC (xterm); ends any string sequence here
	ctlCAN = 0x18 // cancels a sequence in progress
	ctlSUB = 0x1a // cancels a sequence in progress
	ctlESC = 0x1b // starts an escape sequence
	ctlDEL = 0x7f

	// C1 controls as Unicode code points (the 8-bit forms of ESC @ .. ESC _).
	c1DCS = 0x90 // ESC P
	c1SOS = 0x98 // ESC X
	c1CSI = 0x9b // ESC [
	c1ST  = 0x9c // ESC \, the string terminator
	c1OSC = 0x9d // ESC ]
	c1PM  = 0x9e // ESC ^
	c1APC = 0x9f // ESC _
)

// seqState is where the scanner is inside an escape sequence.
type seqState uint8

const (
	seqText     seqState = iota // ordinary text
	seqEscape                   // just after ESC
	seqEscInter                 // ESC and intermediate bytes (0x20-0x2F), awaiting the final byte
	seqCSI                      // control sequence: parameter/intermediate bytes until a final byte
	seqString                   // OSC, DCS, SOS, PM or APC payload, until a string terminator
)

// Sanitize makes feed-derived text safe to print on a terminal. Keeps \n and \t.
//
// It removes whole escape sequences (CSI, OSC, DCS, SOS, PM, APC, and ESC
// followed by intermediates and a final byte), in their 7-bit form (ESC [)
// and as C1 code points (U+009B); the text around and between sequences is
// kept, so an OSC 8 hyperlink leaves just its link text. It also removes every
// other C0 and C1 control but \n and \t, DEL, and the bidirectional
// embedding, override and isolate controls; \r\n and a lone \r become \n;
// invalid UTF-8 bytes become U+FFFD.
//
// No sequence spans a line: \n or \r ends any sequence in progress and is
// kept. So an unterminated OSC or DCS (or one whose BEL or ST was lost) hides
// at most the rest of its line, never the rest of the document, and a
// newline inside a CSI (which a terminal would execute mid-sequence) still
// breaks the line. Inside a string sequence, ESC or a C1 introducer ends the
// string and starts a new sequence, as on a VT500; CAN and SUB cancel. An
// ESC or CSI followed by something that cannot continue it (a letter outside
// ASCII, say) is dropped and that character kept.
//
// Plain printable text, the usual case, is returned as is without allocating.
// The result is a fixed point: Sanitize(Sanitize(s)) == Sanitize(s).
func Sanitize(s string) string {
	i := cleanPrefix(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	sanitizeInto(&b, s[i:])
	return b.String()
}

// cleanPrefix returns the length of the longest prefix of s that Sanitize
// would leave unchanged (up to the first rune it would touch).
func cleanPrefix(s string) int {
	for i := 0; i < len(s); {
		for i+8 <= len(s) && printableASCII8(s[i:i+8]) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if (c >= 0x20 && c != ctlDEL) || c == '\n' || c == '\t' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || r < 0xa0 || isBidiControl(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// printableASCII8 reports whether the 8 bytes of s are all in 0x20-0x7E,
// testing them at once (the compiler turns the shifts into one load). Take
// the lowest byte that is not printable: nothing below it borrows or
// carries, so its high bit ends up set in w-0x20... if it is below 0x20 or
// is 0xFF, and in w+0x01... if it is 0x7F-0xFE. When all are printable,
// nothing borrows or carries and no high bit is set. So the answer is exact
// both ways (TestPrintableASCII8 checks every byte value).
func printableASCII8(s string) bool {
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return ((w+ones)|(w-0x20*ones))&highs == 0
}

// sanitizeInto writes the sanitised s to b; s starts outside any sequence.
func sanitizeInto(b *strings.Builder, s string) {
	st := seqText
	for i := 0; i < len(s); {
		if st == seqText {
			// Copy the run of text that needs nothing done in one go.
			j := i + cleanPrefix(s[i:])
			b.WriteString(s[i:j])
			if i = j; i == len(s) {
				break
			}
		}
		r, n := rune(s[i]), 1
		invalid := false
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			invalid = r == utf8.RuneError && n == 1
		}
		i += n

		// What these runes do does not depend on the state.
		switch r {
		case '\r':
			if i < len(s) && s[i] == '\n' {
				continue // the \n does the work
			}
			fallthrough
		case '\n':
			b.WriteByte('\n')
			st = seqText
			continue
		case ctlESC:
			st = seqEscape
			continue
		case c1CSI:
			st = seqCSI
			continue
		case c1OSC, c1DCS, c1SOS, c1PM, c1APC:
			st = seqString
			continue
		case c1ST, ctlCAN, ctlSUB:
			st = seqText
			continue
		}

		switch st {
		case seqText:
			writeVisible(b, r, invalid)
		case seqEscape:
			switch {
			case r == '[':
				st = seqCSI
			case r == ']' || r == 'P' || r == 'X' || r == '^' || r == '_':
				st = seqString
			case r >= 0x20 && r <= 0x2f:
				st = seqEscInter
			case r >= 0x30 && r <= 0x7e: // final byte (ESC 7, ESC c, and ESC \ = ST)
				st = seqText
			default:
				st = escapeAborted(b, st, r, invalid)
			}
		case seqEscInter:
			switch {
			case r >= 0x20 && r <= 0x2f:
			case r >= 0x30 && r <= 0x7e:
				st = seqText
			default:
				st = escapeAborted(b, st, r, invalid)
			}
		case seqCSI:
			switch {
			case r >= 0x20 && r <= 0x3f: // parameter and intermediate bytes
			case r >= 0x40 && r <= 0x7e: // final byte
				st = seqText
			default:
				st = escapeAborted(b, st, r, invalid)
			}
		case seqString:
			if r == ctlBEL {
				st = seqText
			}
			// Anything else is payload (a URL, a clipboard write...): dropped.
		}
	}
}

// escapeAborted handles a rune that cannot continue the ESC or CSI sequence
// in progress and returns the new state. A terminal executes C0 controls
// mid-sequence and carries on, so those keep the sequence going (a tab is
// kept, the others dropped, as in text); anything else ends the sequence and
// is treated as text.
func escapeAborted(b *strings.Builder, st seqState, r rune, invalid bool) seqState {
	if !invalid && (r < 0x20 || r == ctlDEL) {
		if r == '\t' {
			b.WriteByte('\t')
		}
		return st
	}
	writeVisible(b, r, invalid)
	return seqText
}

// writeVisible writes r to b unless it is a control or a bidi control.
func writeVisible(b *strings.Builder, r rune, invalid bool) {
	switch {
	case invalid:
		b.WriteRune(utf8.RuneError)
	case r == '\t':
		b.WriteByte('\t')
	case r < 0x20 || (r >= ctlDEL && r < 0xa0) || isBidiControl(r):
	default:
		b.WriteRune(r)
	}
}

// isBidiControl reports whether r is an explicit bidirectional formatting
// character: the embeddings and overrides U+202A-U+202E, the isolates
// U+2066-U+2069 (which can reorder what a line appears to say, "Trojan
// Source" style), and the implicit marks LRM, RLM and ALM. The marks cannot
// reorder text on their own, but they are invisible and only matter next to
// the controls we remove, so they go too: the terminal's own bidi handling,
// if any, decides how right-to-left text reads.
func isBidiControl(r rune) bool {
	switch {
	case r < 0x061c:
		return false
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// QuoteControls makes a file or folder name, or an error text that may hold
// one, safe to print on a terminal without hiding anything: each character
// Sanitize would remove (C0 and C1 controls, DEL, bidi controls) and each
// byte of invalid UTF-8 is written as its Go escape ("\x1b", "\a",
// "\u202e", "\xff"), and so are tabs and newlines, which would break the
// line. Unlike feed text, a name is something the user must be able to find
// and type again, so nothing is dropped. Anything else, backslashes included
// (a Windows path), is left as it is: an ordinary name comes back unchanged
// and without allocating, and QuoteControls(QuoteControls(s)) ==
// QuoteControls(s).
func QuoteControls(s string) string {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || isQuotedControl(r) {
			return quoteControlsFrom(s, i)
		}
		i += n
	}
	return s
}

// quoteControlsFrom is QuoteControls for s whose first i bytes need nothing.
func quoteControlsFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			const hex = "0123456789abcdef"
			b.WriteString(`\x`)
			b.WriteByte(hex[s[i]>>4])
			b.WriteByte(hex[s[i]&0xf])
		case isQuotedControl(r):
			q := strconv.QuoteRune(r) // "'\x1b'": drop the quotes
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isQuotedControl reports whether QuoteControls writes r as an escape.
func isQuotedControl(r rune) bool {
	return r < 0x20 || (r >= ctlDEL && r < 0xa0) || isBidiControl(r)
}

// SanitizeLine is Sanitize for one-line fields (title, author, source,
// section): it also folds each run of whitespace (spaces, tabs, newlines,
// Unicode spaces) to one space and trims the ends. A run made only of
// no-break spaces (U+00A0, U+2007, U+202F) is kept as it is: it glues "10 km"
// together on purpose.
func SanitizeLine(s string) string {
	s = Sanitize(s)
	if isFolded(s) {
		return s
	}
	var f spaceFolder
	f.b.Grow(len(s))
	f.WriteString(s)
	return f.String()
}

// Kinds of rune for whitespace folding.
const (
	spaceNone = iota
	spaceBreaking
	spaceNoBreak
)

func spaceKind(r rune) int {
	switch {
	case r == 0x00a0 || r == 0x2007 || r == 0x202f:
		return spaceNoBreak
	case r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x80 && unicode.IsSpace(r)):
		return spaceBreaking
	}
	return spaceNone
}

// isFolded reports whether s is already as spaceFolder would leave it.
func isFolded(s string) bool {
	prev := spaceNone
	for i, r := range s {
		k := spaceKind(r)
		switch {
		case k == spaceNone:
		case i == 0:
			return false
		case k == spaceBreaking && (r != ' ' || prev != spaceNone):
			return false
		case k == spaceNoBreak && prev == spaceBreaking:
			return false
		}
		prev = k
	}
	return prev == spaceNone
}

// spaceFolder accumulates text with whitespace folded: leading and trailing
// whitespace dropped, each inner run of whitespace written as one space,
// except a run made only of no-break spaces, which is kept. It does not
// sanitise: write only sanitised text to it.
type spaceFolder struct {
	b            strings.Builder
	pendingBreak bool   // the pending whitespace run has a breaking space
	pendingNB    []byte // the no-break spaces of the pending run
}

// WriteString appends s.
func (f *spaceFolder) WriteString(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
			// A run of ASCII words with single spaces between them, as
			// prose mostly is, needs no folding: copy it in one go.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && (s[j] < '\t' || s[j] > '\r') {
				if s[j] == ' ' {
					if j+1 == len(s) || !asciiNonSpace(s[j+1]) {
						break
					}
					j++
				}
				j++
			}
			f.flush()
			f.b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch spaceKind(r) {
		case spaceBreaking:
			f.pendingBreak = true
		case spaceNoBreak:
			f.pendingNB = append(f.pendingNB, s[i:i+n]...)
		default:
			f.flush()
			f.b.WriteString(s[i : i+n])
		}
		i += n
	}
}

// asciiNonSpace reports whether c is ASCII and not whitespace.
func asciiNonSpace(c byte) bool {
	return c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r')
}

// Break marks a boundary between blocks: it acts as whitespace.
func (f *spaceFolder) Break() { f.pendingBreak = true }

// flush writes the pending whitespace run, if any, before more text.
func (f *spaceFolder) flush() {
	if f.b.Len() > 0 {
		if f.pendingBreak {
			f.b.WriteByte(' ')
		} else {
			f.b.Write(f.pendingNB)
		}
	}
	f.pendingBreak = false
	f.pendingNB = f.pendingNB[:0]
}

// Len is the length in bytes of the text so far (trailing whitespace aside).
func (f *spaceFolder) Len() int { return f.b.Len() }

// String returns the folded text; trailing whitespace is dropped.
func (f *spaceFolder) String() string { return f.b.String() }

// Reset empties f.
func (f *spaceFolder) Reset() {
	f.b.Reset()
	f.pendingBreak = false
	f.pendingNB = f.pendingNB[:0]
}
