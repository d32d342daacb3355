package ui

import "strings"

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

// fraction is how far through the text the top of the screen is, 0-1.
func (p *pager) fraction() float64 {
	if len(p.lines) == 0 {
		return 0
	}
	return float64(p.offset) / float64(len(p.lines))
}

// seek scrolls so the top of the screen is fraction f through the text.
func (p *pager) seek(f float64) {
	p.offset = int(f * float64(len(p.lines)))
	p.clamp()
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

// view is exactly height lines.
func (p *pager) view() string {
	end := min(len(p.lines), p.offset+p.height)
	visible := p.lines[p.offset:end]
	var b strings.Builder
	for i, l := range visible {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	for range p.height - len(visible) {
		b.WriteByte('\n')
	}
	return b.String()
}
