package feeds

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/dateline-news/dateline/model"
)

// TestGofeedParity reads gofeed's own translator test feeds (copied in
// testdata/gofeed, see its README) through the fast path and through
// gofeed, and expects the same items: as many, with the same titles, and
// the same links and dates where gofeed finds them.
func TestGofeedParity(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "gofeed", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		if ext := filepath.Ext(path); ext != ".xml" && ext != ".json" {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := gofeed.NewParser().ParseString(string(data))
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			got, err := fastPath(data)
			if err != nil {
				t.Fatalf("fast path: %v", err)
			}
			if len(got) != len(want.Items) {
				t.Fatalf("%d stories, gofeed has %d items", len(got), len(want.Items))
			}
			for i, gi := range want.Items {
				s := got[i]
				if title := SanitizeLine(HTMLToText(gi.Title)); title != "" && s.Title != title {
					t.Errorf("item %d: title %q, gofeed %q", i, s.Title, title)
				}
				if l := absURL("", gi.Link); l != "" && s.Link() != l {
					t.Errorf("item %d: link %q, gofeed %q", i, s.Link(), l)
				}
				when := gi.PublishedParsed
				if when == nil {
					when = gi.UpdatedParsed
				}
				if when != nil && !s.Published.Equal(*when) {
					t.Errorf("item %d: published %v, gofeed %v", i, s.Published, *when)
				}
			}
		})
	}
	if n < 50 {
		t.Fatalf("only %d feeds in testdata/gofeed", n)
	}
}

// fastPath reads a feed with dateline's own parsers only, never falling
// back on gofeed.
func fastPath(data []byte) ([]*model.Story, error) {
	in, err := sniff(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	parse := parseXML
	switch in.format {
	case formatRSS, formatRDF, formatAtom:
	case formatJSONFeed:
		parse = parseJSONFeed
	default:
		return nil, fmt.Errorf("not a feed (format %d)", in.format)
	}
	n := newNormaliser("feed", "/feed")
	var stories []*model.Story
	feed := &feedInfo{}
	err = parse(context.Background(), in, feed, func(it *rawItem) error {
		if s := n.story(it, feed); s != nil {
			stories = append(stories, s)
		}
		return nil
	})
	return stories, err
}
