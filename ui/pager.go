package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// pager scrolls a block of rendered lines. It is the story view's own rather
// than bubbles/viewport, which measures the width of every line of the
// content on every frame: a long story would cost milliseconds per key.
type pager struct {
	lines  []string
	offset int
	height int
}

func (p *pager) setLines(lines []string) {
	p.lines = lines
	p.clamp()
}

func (p *pager) setHeight(h int) {
	p.height = max(1, h)
	p.clamp()
}

func (p *pager) maxOffset() int { return max(0, len(p.lines)-p.height) }

func (p *pager) clamp() { p.offset = max(0, min(p.offset, p.maxOffset())) }

func (p *pager) scroll(n int) {
	p.offset += n
	p.clamp()
}

func (p *pager) page(dir int) { p.scroll(dir * max(1, p.height-1)) }

func (p *pager) top() { p.offset = 0 }

func (p *pager) bottom() { p.offset = p.maxOffset() }

// The reading position across a re-render at another width is counted in
// letters and digits: wrapping, margins, bullets and rules change with the
// width, the words do not. Counting lines would move the reader to another
// paragraph, since a narrower text has more of them.

// letters is how many letters and digits line holds.
func letters(line string) int {
	n := 0
	for _, r := range ansi.Strip(line) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// textOffset is how many letters and digits come before the top of the
// screen.
func (p *pager) textOffset() int {
	n := 0
	for _, l := range p.lines[:p.offset] {
		n += letters(l)
	}
	return n
}

// seekText scrolls so the line holding letter n (from 0) is at the top of
// the screen: the words the reader had at the top are there again.
func (p *pager) seekText(n int) {
	if n == 0 {
		p.top()
		return
	}
	seen := 0
	for i, l := range p.lines {
		seen += letters(l)
		if seen > n {
			p.offset = i
			p.clamp()
			return
		}
	}
	p.bottom()
}

// fits reports whether every line is on screen at once.
func (p *pager) fits() bool { return len(p.lines) <= p.height }

// percent is how far through the text the bottom of the screen is.
func (p *pager) percent() int {
	if p.fits() {
		return 100
	}
	return (p.offset + p.height) * 100 / len(p.lines)
}

// atEnd reports whether the last line is on screen.
func (p *pager) atEnd() bool { return p.offset >= p.maxOffset() }

// view is exactly height lines.
func (p *pager) view() string { return p.viewWith(nil) }

// viewWith is view with each line i on screen drawn by draw, when set.
func (p *pager) viewWith(draw func(i int, line string) string) string {
	end := min(len(p.lines), p.offset+p.height)
	visible := p.lines[p.offset:end]
	var b strings.Builder
	for i, l := range visible {
		if i > 0 {
			b.WriteByte('\n')
		}
		if draw != nil {
			l = draw(p.offset+i, l)
		}
		b.WriteString(l)
	}
	for range p.height - len(visible) {
		b.WriteByte('\n')
	}
	return b.String()
}
