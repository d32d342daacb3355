package feeds

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// repairReader makes any byte stream acceptable to encoding/xml, which
// stops at the first byte of invalid UTF-8 and at control characters (raw
// or as &#27;) that XML forbids. Invalid bytes, U+FFFE and U+FFFF become
// U+FFFD. Control characters are mapped to private-use runes (ctlBase+c)
// that restoreControls turns back once the text is out of the decoder, so
// the sanitiser sees, and removes, the whole escape sequence they began.
type repairReader struct {
	src      io.Reader
	in       []byte // input; in[start:n] is not processed yet
	start, n int
	out      []byte // processed, not yet read
	off      int
	spare    []byte // buffer for repaired output
	err      error
	remapped bool
}

const (
	repairChunk = 64 << 10
	ctlBase     = 0x10FFC0 // private-use runes standing for C0 controls
	refMax      = 64       // digits of a character reference looked at
)

func (r *repairReader) Read(p []byte) (int, error) {
	for r.off >= len(r.out) {
		if r.err != nil && r.start == r.n {
			return 0, r.err
		}
		if r.in == nil {
			r.in = make([]byte, repairChunk+2*refMax)
		}
		// Keep the unprocessed tail (a split rune or reference), read more.
		r.n = copy(r.in, r.in[r.start:r.n])
		r.start = 0
		if r.err == nil {
			m, err := r.src.Read(r.in[r.n : r.n+repairChunk])
			r.n += m
			r.err = err
		}
		r.repair(r.err != nil)
	}
	k := copy(p, r.out[r.off:])
	r.off += k
	return k, nil
}

// repair processes in[start:n] into out. Unless atEOF, a rune or character
// reference cut by the end of the input is left for the next read.
func (r *repairReader) repair(atEOF bool) {
	src := r.in[r.start:r.n]
	out := r.spare[:0]
	dirty := false
	last, i := 0, 0
	replace := func(width int, with string) {
		out = append(out, src[last:i]...)
		out = append(out, with...)
		i += width
		last = i
		dirty = true
	}
scan:
	for i < len(src) {
		for i < len(src) && !repairAt[src[i]] {
			i++
		}
		if i >= len(src) {
			break
		}
		c := src[i]
		switch {
		case c < 0x20:
			replace(1, string(rune(ctlBase+int(c))))
			r.remapped = true
		case c == '&':
			width, val, state := charRef(src[i:])
			switch state {
			case refPartial:
				if !atEOF {
					break scan
				}
				i++
			case refTooLong:
				replace(1, "&amp;")
			case refComplete:
				switch {
				case val < 0x20 && val != '\t' && val != '\n' && val != '\r':
					replace(width, string(rune(ctlBase+val)))
					r.remapped = true
				case val == 0xFFFE || val == 0xFFFF || val >= markerBase && val <= markerBase+0xF:
					replace(width, "\uFFFD")
				default:
					i += width
				}
			default:
				i++
			}
		default:
			ru, size := utf8.DecodeRune(src[i:])
			switch {
			case ru == utf8.RuneError && size <= 1:
				if !atEOF && !utf8.FullRune(src[i:]) {
					break scan
				}
				replace(1, "\uFFFD")
			case ru == 0xFFFE || ru == 0xFFFF || ru >= markerBase && ru <= markerBase+0xF:
				replace(size, "\uFFFD")
			default:
				i += size
			}
		}
	}
	if dirty {
		out = append(out, src[last:i]...)
		r.out, r.spare = out, out
	} else {
		r.out = src[:i]
	}
	r.off = 0
	r.start += i
}

// repairAt marks the bytes at which repair must look closer: controls,
// '&' (a character reference may follow) and the start of non-ASCII runes.
var repairAt = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '&' || c >= 0x80
	}
	return t
}()

type refState uint8

const (
	refNone refState = iota
	refPartial
	refComplete
	refTooLong
)

// charRef reads a numeric character reference at the start of s the way
// encoding/xml does ("&#27;", "&#x1b;").
func charRef(s []byte) (width, val int, state refState) {
	if len(s) < 2 {
		return 0, 0, refPartial
	}
	if s[1] != '#' {
		return 0, 0, refNone
	}
	j, base := 2, 10
	if j < len(s) && s[j] == 'x' {
		j, base = 3, 16
	}
	digits := j
	for j < len(s) && isRefDigit(s[j], base) {
		j++
		if j-digits > refMax {
			return 0, 0, refTooLong
		}
	}
	if j >= len(s) {
		return 0, 0, refPartial
	}
	if s[j] != ';' {
		return 0, 0, refNone
	}
	v, err := strconv.ParseUint(string(s[digits:j]), base, 64)
	if err != nil || v > utf8.MaxRune {
		return 0, 0, refNone
	}
	return j + 1, int(v), refComplete
}

func isRefDigit(c byte, base int) bool {
	return '0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')
}

// restoreControls undoes the repair reader's mapping of control characters.
func restoreControls(s string) string {
	if !strings.Contains(s, "\U0010FFC0"[:3]) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= ctlBase && r < ctlBase+0x20 {
			return r - ctlBase
		}
		return r
	}, s)
}
