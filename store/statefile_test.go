package store

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/model"
)

func threeStories() []*model.Story {
	return []*model.Story{story("https://example.com/a", 1), story("b", 2), story("c", 3)}
}

func TestExportImportMovesMarks(t *testing.T) {
	ctx := context.Background()
	from := openTemp(t)
	upsert(t, from, "feed", threeStories()...)
	from.SetRead("https://example.com/a", true)
	from.SetRead("b", true)
	from.SetStarred("b", true)
	from.SetStarred("c", true)
	flush(t, from)
	var buf bytes.Buffer
	if err := from.ExportState(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	var f struct {
		Version int
		Stories map[string]map[string]any
	}
	if err := json.Unmarshal(buf.Bytes(), &f); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if f.Version != 1 || len(f.Stories) != 3 || f.Stories["b"]["read"] != true || f.Stories["b"]["starred"] != true ||
		f.Stories["c"]["read"] != false || f.Stories["b"]["read_at"] == nil || f.Stories["c"]["read_at"] != nil {
		t.Errorf("export:\n%s", buf.String())
	}

	to := openTemp(t)
	upsert(t, to, "feed", threeStories()...)
	to.SetStarred("https://example.com/a", true) // a mark of its own, kept
	flush(t, to)
	n, err := to.ImportState(ctx, &buf)
	if err != nil || n != (MarksImported{Matched: 3}) {
		t.Fatalf("imported %+v, %v", n, err)
	}
	for id, want := range map[string]StoryState{
		"https://example.com/a": {Read: true, Starred: true}, "b": {Read: true, Starred: true}, "c": {Starred: true},
	} {
		if got := state(t, to, id); got != want {
			t.Errorf("%s: %+v, want %+v", id, got, want)
		}
	}
	checkCounts(t, to)
}

func TestImportNeverClearsAMark(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	upsert(t, s, "feed", threeStories()...)
	s.SetRead("b", true)
	flush(t, s)
	in := `{"version": 1, "stories": {"b": {"read": false, "starred": false}, "c": {"read": true, "starred": false}}}`
	if _, err := s.ImportState(ctx, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if !state(t, s, "b").Read || !state(t, s, "c").Read {
		t.Errorf("b %+v, c %+v", state(t, s, "b"), state(t, s, "c"))
	}
}

func TestImportNewsboatList(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	upsert(t, s, "feed", threeStories()...)
	// by ID, by GUID, by link; blank lines, comments and unknown items skipped
	in := "https://example.com/a\n\n  guid-b  \n# a comment\nhttps://example.com/c\nhttps://unknown.example/x\n"
	n, err := s.ImportState(ctx, strings.NewReader(in))
	if err != nil || n != (MarksImported{Matched: 3, Unmatched: 1}) {
		t.Fatalf("imported %+v, %v", n, err)
	}
	for _, id := range []string{"https://example.com/a", "b", "c"} {
		if st := state(t, s, id); !st.Read || st.Starred {
			t.Errorf("%s: %+v", id, st)
		}
	}
}

func TestImportRejectsBadFiles(t *testing.T) {
	s := openTemp(t)
	for name, in := range map[string]string{
		"broken json": `{"version": 1, "stories": {`,
		"newer":       `{"version": 2, "stories": {}}`,
		"binary":      "\x7fELF\x02\x01\x01\x00\x00\x00",
		"empty":       "",
		"comments":    "# nothing here\n\n",
		"prose":       "https://example.com/a\nthese are my notes\n",
	} {
		if _, err := s.ImportState(context.Background(), strings.NewReader(in)); err == nil {
			t.Errorf("%s: imported", name)
		}
	}
}

func TestExportEmpty(t *testing.T) {
	s := openTemp(t)
	var buf bytes.Buffer
	if err := s.ExportState(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	var f stateFile
	if err := json.Unmarshal(buf.Bytes(), &f); err != nil || f.Version != 1 || len(f.Stories) != 0 {
		t.Errorf("%v: %s", err, buf.String())
	}
}
