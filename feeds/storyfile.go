package feeds

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// A story file is one story written by hand: Markdown after a YAML front
// matter block between two lines of "---".
//
//	---
//	title: Seoul urges Beijing to send North Koreans to the South
//	published: 2023-08-16          # or RFC 3339, or "2023-08-16 14:05"
//	region: Asia - Pacific         # or a list: [Europe, Africa]
//	countries: [KR, China]         # ISO codes or names; also "country"
//	section: Politics
//	tags: [refugees, diplomacy]
//	author: Alperen Aktas
//	summary: One paragraph, plain text.
//	link: https://example.com/story
//	source: Anadolu Agency        # default: the folder's name
//	id: aa-2023-0816-1            # optional; also "guid"
//	---
//	ISTANBUL
//
//	South Korea on Wednesday urged Beijing...
//
// Keys other than these are ignored, not refused: front matter is often
// shared with static-site generators that have keys of their own.

// parseStoryFile reads a story file; the error says which line is wrong.
func parseStoryFile(r io.Reader) (*rawItem, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	text := string(data)
	// The opening "---" (detection skipped any blank lines before it).
	line := 1
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 {
			return nil, errNotClosed(1)
		}
		first := strings.TrimRight(text[:nl], " \t\r")
		text = text[nl+1:]
		if first == "---" {
			break
		}
		if strings.TrimSpace(first) != "" {
			return nil, fmt.Errorf("line %d: no front matter (a story file starts with a line \"---\")", line)
		}
		line++
	}
	fmLine := line + 1 // the front matter's first line in the file
	end, rest, ok := frontMatterEnd(text)
	if !ok {
		return nil, errNotClosed(line)
	}
	var fm map[string]any
	if err := yaml.Unmarshal([]byte(text[:end]), &fm); err != nil {
		return nil, yamlError(err, fmLine, fmLine+strings.Count(text[:end], "\n")-1)
	}

	it := &rawItem{body: rest, bodyKind: bodyMarkdown, summaryKind: bodyText}
	if len(it.body) > maxBody {
		it.body, it.bodyCut = capBody(it.body)
	}
	it.title = yamlString(fm["title"])
	it.summary = capText(yamlString(fm["summary"]), maxField)
	if a := yamlString(fm["author"]); a != "" {
		it.authors = []string{a}
	}
	for _, key := range []string{"published", "date"} {
		switch v := fm[key].(type) {
		case nil:
			continue
		case time.Time:
			it.published = sane(v)
		default:
			it.date = yamlString(v)
		}
		break
	}
	it.regions = yamlList(fm["region"], true)
	if len(it.regions) == 0 {
		it.regions = yamlList(fm["regions"], true)
	}
	it.countries = yamlList(fm["countries"], true)
	if len(it.countries) == 0 {
		it.countries = yamlList(fm["country"], true)
	}
	it.section = yamlString(fm["section"])
	it.terms = yamlList(fm["tags"], true)
	it.link = yamlString(fm["link"])
	if it.link == "" {
		it.link = yamlString(fm["url"])
	}
	it.source = yamlString(fm["source"])
	it.guid = yamlString(fm["id"])
	if it.guid == "" {
		it.guid = yamlString(fm["guid"])
	}
	if strings.TrimSpace(it.title) == "" {
		it.title = markdownHeading(it.body)
	}
	return it, nil
}

func errNotClosed(line int) error {
	return fmt.Errorf("line %d: front matter is not closed; end it with a line \"---\" before the story's text", line)
}

// frontMatterEnd finds the line "---" (or YAML's "...") that closes the
// front matter; end is where the YAML stops, rest the Markdown after it.
func frontMatterEnd(text string) (end int, rest string, ok bool) {
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		l := strings.TrimRight(text[pos:lineEnd], " \t\r")
		if l == "---" || l == "..." {
			if nl < 0 {
				return pos, "", true
			}
			return pos, text[lineEnd+1:], true
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	return 0, "", false
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlError names the file's line, not the front matter's.
func yamlError(err error, first, last int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.ReplaceAll(msg, "\n", " ")
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		n, _ := strconv.Atoi(msg[m[2]:m[3]])
		line := n + first - 1
		msg = strings.TrimSpace(msg[:m[0]] + msg[m[1]:])
		msg = strings.TrimPrefix(strings.TrimPrefix(msg, ":"), " ")
		return fmt.Errorf("line %d: invalid YAML front matter: %s", line, msg)
	}
	if last < first {
		last = first
	}
	return fmt.Errorf("lines %d-%d: invalid YAML front matter: %s", first, last, msg)
}

// yamlString reads a scalar as text; lists and maps read as "".
func yamlString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(v)
	case time.Time:
		return v.Format(time.RFC3339)
	}
	return ""
}

// yamlList reads a list, or a single string (split at commas when split).
func yamlList(v any, split bool) []string {
	switch v := v.(type) {
	case []any:
		var out []string
		for _, x := range v {
			if s := yamlString(x); s != "" {
				out = append(out, s)
			}
		}
		return out
	case nil:
		return nil
	}
	s := yamlString(v)
	if s == "" {
		return nil
	}
	if split {
		// Sanitised before it is split: a comma can end an escape
		// sequence (ESC , 0), and split off it would leave the rest.
		return strings.Split(Sanitize(s), ",")
	}
	return []string{s}
}

// markdownHeading returns the text of the first "# heading" in the first
// few lines of a Markdown body, the title of a story file that gives none.
func markdownHeading(md string) string {
	for i, l := range strings.SplitN(md, "\n", 20) {
		l = strings.TrimSpace(Sanitize(l)) // before trimming, as everywhere
		if strings.HasPrefix(l, "#") {
			return strings.TrimSpace(strings.TrimLeft(l, "#"))
		}
		if l != "" && i > 10 {
			break
		}
	}
	return ""
}
