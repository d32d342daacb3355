package store

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// stateFileVersion is the version of the export format.
const stateFileVersion = 1

// stateFile is the export format: marks keyed by story ID.
type stateFile struct {
	Version int                   `json:"version"`
	Stories map[string]storyMarks `json:"stories"`
}

type storyMarks struct {
	Read      bool       `json:"read"`
	Starred   bool       `json:"starred"`
	ReadAt    *time.Time `json:"read_at,omitempty"`
	StarredAt *time.Time `json:"starred_at,omitempty"`
}

// ExportState writes the read and starred marks as JSON keyed by story ID:
// {"version":1,"stories":{"ID":{"read":true,"starred":false,"read_at":"…"}}}.
// Only stories with a mark are written, in ID order.
func (s *Store) ExportState(ctx context.Context, w io.Writer) error {
	if err := s.readErr(ctx); err != nil {
		return err
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT story_id, read, starred, read_at, starred_at FROM state
WHERE read OR starred ORDER BY story_id`)
	if err != nil {
		return s.readFailed(err)
	}
	defer rows.Close()
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "{\n  \"version\": %d,\n  \"stories\": {", stateFileVersion)
	first := true
	for rows.Next() {
		var id string
		var m storyMarks
		var readAt, starredAt sql.NullInt64
		if err := rows.Scan(&id, &m.Read, &m.Starred, &readAt, &starredAt); err != nil {
			return s.readFailed(err)
		}
		m.ReadAt, m.StarredAt = unixPtr(readAt), unixPtr(starredAt)
		k, _ := json.Marshal(id)
		v, err := json.Marshal(m)
		if err != nil {
			return err
		}
		if !first {
			bw.WriteByte(',')
		}
		first = false
		fmt.Fprintf(bw, "\n    %s: %s", k, v)
	}
	if err := rows.Err(); err != nil {
		return s.readFailed(err)
	}
	if !first {
		bw.WriteString("\n  ")
	}
	bw.WriteString("}\n}\n")
	return bw.Flush()
}

func unixPtr(v sql.NullInt64) *time.Time {
	if !v.Valid {
		return nil
	}
	t := time.Unix(v.Int64, 0).UTC()
	return &t
}

// MarksImported says what ImportState did.
type MarksImported struct {
	// Matched is how many stories took marks; Unmatched, how many of the
	// file's keys matched no story in the library.
	Matched, Unmatched int
}

// ImportState merges marks into the library. It reads ExportState's JSON,
// or a plain list of read items one a line (newsboat's export: GUIDs or
// URLs). A key matches a story by ID, else by GUID, else by link. Marks are
// only added: a story read here stays read whatever the file says. A file
// that is neither (binary data, prose, nothing at all) is refused. The
// marks are committed on return.
func (s *Store) ImportState(ctx context.Context, r io.Reader) (MarksImported, error) {
	var out MarksImported
	if err := s.readErr(ctx); err != nil {
		return out, err
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return out, fmt.Errorf("import marks: %w", err)
	}
	marks, err := parseMarks(data)
	if err != nil {
		return out, fmt.Errorf("import marks: %w", err)
	}
	if len(marks) == 0 {
		return out, nil
	}
	matched, used, err := s.matchKeys(ctx, marks)
	if err != nil {
		return out, err
	}
	out.Unmatched = len(marks) - used
	if len(matched) == 0 {
		return out, nil
	}
	now := time.Now().Unix()
	err = s.w.call(ctx, true, len(matched), func(t *wtx) error {
		for id, m := range matched {
			readAt, starredAt := unixOr(m.ReadAt, now), unixOr(m.StarredAt, now)
			if _, err := t.exec(`INSERT INTO state (story_id, read, starred, read_at, starred_at, changed_at)
VALUES (?1, ?2, ?3, CASE WHEN ?2 THEN ?4 END, CASE WHEN ?3 THEN ?5 END, ?6)
ON CONFLICT (story_id) DO UPDATE SET
	read_at = CASE WHEN read THEN read_at ELSE excluded.read_at END,
	starred_at = CASE WHEN starred THEN starred_at ELSE excluded.starred_at END,
	read = max(read, excluded.read), starred = max(starred, excluded.starred),
	changed_at = excluded.changed_at
WHERE excluded.read > read OR excluded.starred > starred`, id, m.Read, m.Starred, readAt, starredAt, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return MarksImported{}, err
	}
	out.Matched = len(matched)
	return out, nil
}

// notMarks is what a file that holds no marks is told.
const notMarks = "neither dateline's JSON (dateline state export) nor a list of read GUIDs or URLs, one a line"

// parseMarks reads a state file or a list of read keys, by key.
func parseMarks(data []byte) (map[string]storyMarks, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var f stateFile
		if err := json.Unmarshal(trimmed, &f); err != nil {
			return nil, fmt.Errorf("not a dateline state file: %w", err)
		}
		if f.Version != stateFileVersion {
			return nil, fmt.Errorf("state file version %d, this dateline reads version %d; upgrade dateline", f.Version, stateFileVersion)
		}
		return f.Stories, nil
	}
	if !utf8.Valid(data) || bytes.ContainsFunc(data, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' }) {
		return nil, fmt.Errorf("the file holds binary data: it is %s", notMarks)
	}
	marks := map[string]storyMarks{}
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		key := strings.TrimSpace(line)
		switch {
		case key == "" || strings.HasPrefix(key, "#"):
			continue
		case strings.ContainsFunc(key, unicode.IsSpace):
			return nil, fmt.Errorf("line %d is not a GUID or URL (it has spaces): the file is %s", n, notMarks)
		}
		marks[key] = storyMarks{Read: true}
	}
	if len(marks) == 0 {
		return nil, fmt.Errorf("the file holds no GUID or URL: it is %s", notMarks)
	}
	return marks, nil
}

func unixOr(t *time.Time, def int64) int64 {
	if t == nil {
		return def
	}
	return t.Unix()
}

// matchKeys maps the keys of marks (IDs, GUIDs or links) to story IDs,
// in one pass over the library, and counts the keys that matched.
func (s *Store) matchKeys(ctx context.Context, marks map[string]storyMarks) (map[string]storyMarks, int, error) {
	out := map[string]storyMarks{}
	used := map[string]bool{}
	rows, err := s.rdb.QueryContext(ctx, `SELECT id, guid, link FROM stories`)
	if err != nil {
		return nil, 0, s.readFailed(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, guid, link string
		if err := rows.Scan(&id, &guid, &link); err != nil {
			return nil, 0, s.readFailed(err)
		}
		for _, key := range []string{id, guid, link} {
			if m, ok := marks[key]; ok && key != "" {
				out[id], used[key] = m, true
				break
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, 0, s.readFailed(err)
	}
	return out, len(used), nil
}
