package feeds

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"unicode/utf8"
)

// diverter takes the text of CDATA sections and of long runs of text out of
// the stream before encoding/xml sees it. The decoder reads text a byte at a
// time, copying, unescaping and validating as it goes; a feed's bodies are
// most of its bytes, and bytes.Index finds their ends many times faster.
// In place of each piece of text the decoder gets <![CDATA[marker]]>, the
// marker naming the stashed text and followed by as many newlines as the
// text held, so the decoder's line numbers stay right; capture.text puts
// the text back. The marker is made of runes the repair reader never lets
// through, so a feed cannot forge one.
//
// To know what is text, the diverter follows the markup as the decoder
// does: tags (with quoted attribute values), comments, processing
// instructions, directives (with their nesting) and CDATA sections. It
// changes nothing else, and leaves alone any text the decoder would refuse
// or could not finish, so errors come from the decoder as before. Tests
// check, with a fuzzer too, that diverting changes nothing.
type diverter struct {
	src      io.Reader
	in       []byte // input; in[start:n] is not processed yet
	start, n int
	out      []byte
	off      int
	err      error
	mode     diverterMode
	quote    byte   // in a tag or directive: the open quote, 0 if none
	depth    int    // in a directive: unclosed '<'
	cur      []byte // the text run or CDATA section being read
	stash    map[int]stashedText
	next     int
}

type diverterMode uint8

const (
	inText diverterMode = iota
	inTag
	inComment
	inPI
	inDirective
	inDirectiveComment
	inCDATA
)

// divertMin is the shortest run of text worth taking from the decoder.
const divertMin = 256

type stashedText struct {
	text     string
	newlines int
}

const markerBase = 0x10FFE0 // markerBase opens a marker, markerBase+1 closes it

var (
	markerOpen  = []byte(string(rune(markerBase)))
	markerClose = []byte(string(rune(markerBase + 1)))
)

func (d *diverter) Read(p []byte) (int, error) {
	for d.off >= len(d.out) {
		if d.err != nil && d.start == d.n {
			return 0, d.err
		}
		if d.in == nil {
			d.in = make([]byte, repairChunk+16)
		}
		d.n = copy(d.in, d.in[d.start:d.n])
		d.start = 0
		if d.err == nil {
			m, err := d.src.Read(d.in[d.n : d.n+repairChunk])
			d.n += m
			d.err = err
		}
		d.divert(d.err != nil)
	}
	k := copy(p, d.out[d.off:])
	d.off += k
	return k, nil
}

// divert processes in[start:n] into out. Unless atEOF, a delimiter that
// may be cut by the end of the input is left for the next read.
func (d *diverter) divert(atEOF bool) {
	src := d.in[d.start:d.n]
	out := d.out[:0]
	i := 0
	// upTo finds sep from i; when it is missing it returns where to stop
	// so that a cut sep is kept for the next read.
	upTo := func(sep string) (int, bool) {
		if j := bytes.Index(src[i:], []byte(sep)); j >= 0 {
			return i + j + len(sep), true
		}
		if atEOF {
			return len(src), false
		}
		return max(i, len(src)-(len(sep)-1)), false
	}
loop:
	for i < len(src) {
		switch d.mode {
		case inText:
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				d.cur = append(d.cur, src[i:]...)
				i = len(src)
				break loop
			}
			// The markup after the text: enough of it to know what it is.
			rest := src[i+j:]
			if !atEOF && len(rest) < len("<![CDATA[") {
				d.cur = append(d.cur, src[i:i+j]...)
				i += j
				break loop
			}
			run := src[i : i+j]
			if len(d.cur) > 0 {
				run = append(d.cur, run...)
			}
			out = d.text(out, run)
			d.cur = nil
			i += j
			switch {
			case bytes.HasPrefix(rest, []byte("<![CDATA[")):
				i += len("<![CDATA[")
				d.mode = inCDATA
			case bytes.HasPrefix(rest, []byte("<!--")):
				out = append(out, "<!--"...)
				i += len("<!--")
				d.mode = inComment
			case bytes.HasPrefix(rest, []byte("<!")):
				out = append(out, "<!"...)
				i += 2
				d.mode, d.depth, d.quote = inDirective, 0, 0
			case bytes.HasPrefix(rest, []byte("<?")):
				out = append(out, "<?"...)
				i += 2
				d.mode = inPI
			default:
				out = append(out, '<')
				i++
				d.mode, d.quote = inTag, 0
			}
		case inTag:
			// Quoted attribute values may hold '>'.
			if d.quote != 0 {
				j := bytes.IndexByte(src[i:], d.quote)
				if j < 0 {
					out = append(out, src[i:]...)
					i = len(src)
					break loop
				}
				out = append(out, src[i:i+j+1]...)
				i += j + 1
				d.quote = 0
				continue
			}
			j := bytes.IndexAny(src[i:], `"'>`)
			if j < 0 {
				out = append(out, src[i:]...)
				i = len(src)
				break loop
			}
			c := src[i+j]
			out = append(out, src[i:i+j+1]...)
			i += j + 1
			if c == '>' {
				d.mode = inText
			} else {
				d.quote = c
			}
		case inComment, inPI, inDirectiveComment:
			sep := "-->"
			if d.mode == inPI {
				sep = "?>"
			}
			end, found := upTo(sep)
			out = append(out, src[i:end]...)
			i = end
			if !found {
				break loop
			}
			if d.mode == inDirectiveComment {
				d.mode = inDirective
			} else {
				d.mode = inText
			}
		case inDirective:
			// As encoding/xml reads <!DOCTYPE ...>: quotes, nested '<' and
			// '>', and comments inside.
			c := src[i]
			if d.quote == 0 && c == '>' && d.depth == 0 {
				out = append(out, c)
				i++
				d.mode = inText
				continue
			}
			switch {
			case c == d.quote:
				d.quote = 0
			case d.quote != 0:
			case c == '\'' || c == '"':
				d.quote = c
			case c == '>':
				d.depth--
			case c == '<':
				if len(src)-i < 4 && !atEOF {
					break loop
				}
				if bytes.HasPrefix(src[i+1:], []byte("!--")) {
					out = append(out, "<!--"...)
					i += 4
					d.mode = inDirectiveComment
					continue
				}
				d.depth++
			}
			out = append(out, c)
			i++
		case inCDATA:
			j := bytes.Index(src[i:], []byte("]]>"))
			if j < 0 {
				end, _ := upTo("]]>")
				d.cur = append(d.cur, src[i:end]...)
				i = end
				break loop
			}
			text := src[i : i+j]
			if len(d.cur) > 0 {
				text = append(d.cur, text...)
			}
			newlines := bytes.Count(text, []byte("\n")) // as the decoder counts lines
			if bytes.IndexByte(text, '\r') >= 0 {
				// As the decoder reads: "\r\n" and a lone "\r" are "\n".
				text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
				text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
			}
			d.cur = nil
			out = d.marker(out, text, newlines, true)
			i += j + 3
			d.mode = inText
		}
	}
	if atEOF && i == len(src) {
		switch d.mode {
		case inText:
			// Text the document ends in: the decoder's to judge.
			out = append(out, d.cur...)
		case inCDATA:
			// Cut short inside a section: the decoder must see that too.
			out = d.marker(out, d.cur, bytes.Count(d.cur, []byte("\n")), false)
		}
		d.cur = nil
	}
	d.out, d.off = out, 0
	d.start += i
}

// text writes a run of text: as it is, or, when it is long and the decoder
// would read it without complaint, unescaped and stashed behind a marker.
func (d *diverter) text(out, run []byte) []byte {
	if len(run) < divertMin || bytes.Contains(run, []byte("]]>")) {
		return append(out, run...)
	}
	return d.marker(out, unescapeText(run), bytes.Count(run, []byte("\n")), true)
}

// marker stashes a text, with the number of newlines its source held, and
// writes its stand-in.
func (d *diverter) marker(out, text []byte, newlines int, closed bool) []byte {
	d.stash[d.next] = stashedText{text: string(text), newlines: newlines}
	out = append(out, "<![CDATA["...)
	out = append(out, markerOpen...)
	out = strconv.AppendInt(out, int64(d.next), 10)
	out = append(out, markerClose...)
	for range newlines {
		out = append(out, '\n')
	}
	if closed {
		out = append(out, "]]>"...)
	}
	d.next++
	d.cur = nil
	return out
}

// unescapeText reads character data the way encoding/xml's non-strict
// Decoder with Entity = xml.HTMLEntity does: the five XML entities, the
// HTML ones, numeric references up to U+10FFFF; anything else that starts
// with '&' stays as written; "\r\n" and a lone "\r" become "\n".
func unescapeText(run []byte) []byte {
	if bytes.IndexByte(run, '&') < 0 && bytes.IndexByte(run, '\r') < 0 {
		return run
	}
	out := make([]byte, 0, len(run))
	for i := 0; i < len(run); {
		c := run[i]
		switch c {
		case '\r':
			out = append(out, '\n')
			i++
			if i < len(run) && run[i] == '\n' {
				i++
			}
			continue
		case '&':
		default:
			out = append(out, c)
			i++
			continue
		}
		j := i + 1
		if j < len(run) && run[j] == '#' {
			j++
			base := 10
			if j < len(run) && run[j] == 'x' {
				base = 16
				j++
			}
			digits := j
			for j < len(run) && isRefDigit(run[j], base) {
				j++
			}
			if j < len(run) && run[j] == ';' {
				if v, err := strconv.ParseUint(string(run[digits:j]), base, 64); err == nil && v <= utf8.MaxRune {
					out = utf8.AppendRune(out, rune(v))
					i = j + 1
					continue
				}
				j++ // the ';' stays with the text that failed
			}
			out = append(out, run[i:j]...)
			i = j
			continue
		}
		for j < len(run) && (run[j] >= utf8.RuneSelf || isNameByte(run[j])) {
			j++
		}
		if j < len(run) && run[j] == ';' {
			name := string(run[i+1 : j])
			if r, ok := xmlEntities[name]; ok {
				out = append(out, r...)
				i = j + 1
				continue
			}
			if r, ok := xml.HTMLEntity[name]; ok {
				out = append(out, r...)
				i = j + 1
				continue
			}
			j++
		}
		out = append(out, run[i:j]...)
		i = j
	}
	return out
}

// xmlEntities are the entities XML itself defines.
var xmlEntities = map[string]string{"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": `"`}

// isNameByte is encoding/xml's test for an ASCII byte of a name.
func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' ||
		'0' <= c && c <= '9' || c == '_' || c == ':' || c == '.' || c == '-'
}

// expand passes data to add, and in place of each marker its section's
// text to addSection; the sections are then forgotten. Both may be nil.
func (d *diverter) expand(data []byte, add func([]byte), addSection func(string)) {
	for {
		i := bytes.Index(data, markerOpen)
		if i < 0 {
			break
		}
		j := bytes.Index(data[i:], markerClose)
		if j < 0 {
			break
		}
		idx, _ := strconv.Atoi(string(data[i+len(markerOpen) : i+j]))
		st, ok := d.stash[idx]
		if add != nil && i > 0 {
			add(data[:i])
		}
		if addSection != nil && ok {
			addSection(st.text)
		}
		delete(d.stash, idx)
		data = data[i+j+len(markerClose):]
		for k := 0; k < st.newlines && len(data) > 0 && data[0] == '\n'; k++ {
			data = data[1:]
		}
	}
	if add != nil && len(data) > 0 {
		add(data)
	}
}
