package ui

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// numberLinks rewrites every inline link of a Markdown body as its text
// followed by a number, "text [1]", and returns the body and the link targets
// in order. The story view then reads cleanly (no URLs in the middle of
// sentences) and `L` lists the targets by number. A URL written out (bare,
// or as an <https://...> autolink) stays as written, numbered after it.
// Links goldmark finds but whose source cannot be located exactly are left
// as they are.
func numberLinks(md string) (string, []string) {
	src := []byte(md)
	// Linkify finds bare URLs as Glamour (GFM) will.
	doc := goldmark.New(goldmark.WithExtensions(extension.Linkify)).Parser().Parse(text.NewReader(src))
	type span struct{ start, end, textStart, textEnd int }
	var spans []span
	var urls []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if auto, ok := n.(*ast.AutoLink); ok {
			if auto.AutoLinkType != ast.AutoLinkURL {
				return ast.WalkSkipChildren, nil // an email address
			}
			from := 0
			if len(spans) > 0 {
				from = spans[len(spans)-1].end
			}
			start, end, ok := autoLinkSpan(md, from, string(auto.Label(src)))
			if !ok {
				return ast.WalkSkipChildren, nil
			}
			u := string(auto.URL(src))
			if !strings.Contains(u, "://") {
				u = "http://" + u // www.example.com, as goldmark links it
			}
			spans = append(spans, span{start, end, start, end})
			urls = append(urls, u)
			return ast.WalkSkipChildren, nil
		}
		link, ok := n.(*ast.Link)
		if !ok {
			return ast.WalkContinue, nil
		}
		first, last := textBounds(link)
		if first < 0 {
			return ast.WalkSkipChildren, nil
		}
		open := strings.LastIndexByte(md[:first], '[')
		if open < 0 || strings.Trim(md[open+1:first], "*_~`") != "" {
			return ast.WalkSkipChildren, nil
		}
		closeText := strings.IndexByte(md[last:], ']')
		if closeText < 0 || strings.Trim(md[last:last+closeText], "*_~`") != "" {
			return ast.WalkSkipChildren, nil
		}
		closeText += last
		end := linkEnd(md, closeText+1)
		if end < 0 {
			return ast.WalkSkipChildren, nil
		}
		spans = append(spans, span{open, end, open + 1, closeText})
		urls = append(urls, string(link.Destination))
		return ast.WalkSkipChildren, nil
	})
	if len(spans) == 0 {
		return md, nil
	}
	var b strings.Builder
	b.Grow(len(md) + 6*len(spans))
	prev := 0
	for i, s := range spans {
		if s.start < prev {
			return md, nil // overlapping: the source is not what we think
		}
		b.WriteString(md[prev:s.start])
		b.WriteString(md[s.textStart:s.textEnd])
		b.WriteString(" \\[")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString("\\]")
		prev = s.end
	}
	b.WriteString(md[prev:])
	return b.String(), urls
}

// autoLinkSpan is where an autolink with this label is in the source,
// its angle brackets included when it has them: the first after from,
// since goldmark does not say where (the walk is in the order of the text).
func autoLinkSpan(md string, from int, label string) (start, end int, ok bool) {
	i := strings.Index(md[from:], label)
	if label == "" || i < 0 {
		return 0, 0, false
	}
	start, end = from+i, from+i+len(label)
	if start > 0 && end < len(md) && md[start-1] == '<' && md[end] == '>' {
		return start - 1, end + 1, true
	}
	return start, end, true
}

// textBounds returns the source offsets of the first and last text inside n,
// or -1 when it has none.
func textBounds(n ast.Node) (first, last int) {
	first, last = -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			if first < 0 {
				first = t.Segment.Start
			}
			last = t.Segment.Stop
		}
		return ast.WalkContinue, nil
	})
	return first, last
}

// linkEnd returns the offset just past the "(destination "title")" that
// starts at i, or -1 when there is none.
func linkEnd(md string, i int) int {
	if i >= len(md) || md[i] != '(' {
		return -1
	}
	depth := 0
	for j := i; j < len(md); j++ {
		switch md[j] {
		case '\\':
			j++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		case '\n':
			if j+1 < len(md) && md[j+1] == '\n' {
				return -1
			}
		}
	}
	return -1
}
