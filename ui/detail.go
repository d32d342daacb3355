package ui

import (
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/model"
)

// storyView is the story in front of the user: which story, its rendered
// text in a pager, and its numbered links.
type storyView struct {
	story   *model.Story
	links   []string // link targets by number - 1, known once rendered
	shown   renderKey
	partial bool // the pager holds a placeholder or only the opening of a long story
	// resumeAt is how far through the text (0-1) to show the next render
	// of this story: kept across a resize or a change of theme.
	resumeAt float64
	pager    pager
}

// setContent puts the header and a body into the pager, each line indented
// by margin to centre the text column, scrolled to the top.
func (d storyView) setContent(head, body string, margin int) storyView {
	pad := strings.Repeat(" ", margin)
	var lines []string
	for _, part := range []string{head, "", body} {
		for line := range strings.SplitSeq(part, "\n") {
			lines = append(lines, pad+line)
		}
	}
	d.pager.top()
	d.pager.setLines(lines)
	return d
}

// position is the reading position shown in the footer.
func (d storyView) position() string {
	if d.pager.fits() {
		return "All"
	}
	return fmt.Sprintf("%3d%%", d.pager.percent())
}
