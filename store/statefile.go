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

// ImportState merges marks into the library and returns how many stories
// it matched. It reads ExportState's JSON, or a plain list of read items
// one a line (newsboat's export: GUIDs or URLs). A key matches a story by
// ID, else by GUID, else by link. Marks are only added: a story read here
// stays read whatever the file says. The marks are committed on return.
func (s *Store) ImportState(ctx context.Context, r io.Reader) (int, error) {
	if err := s.readErr(ctx); err != nil {
		return 0, err
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return 0, fmt.Errorf("import marks: %w", err)
	}
	marks := map[string]storyMarks{}
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' {
		var f stateFile
		if err := json.Unmarshal(trimmed, &f); err != nil {
			return 0, fmt.Errorf("import marks: not a dateline state file: %w", err)
		}
		if f.Version != stateFileVersion {
			return 0, fmt.Errorf("import marks: state file version %d, this dateline reads version %d; upgrade dateline", f.Version, stateFileVersion)
		}
		marks = f.Stories
	} else {
		for line := range strings.Lines(string(data)) {
			if key := strings.TrimSpace(line); key != "" && !strings.HasPrefix(key, "#") {
				marks[key] = storyMarks{Read: true}
			}
		}
	}
	if len(marks) == 0 {
		return 0, nil
	}
	matched, err := s.matchKeys(ctx, marks)
	if err != nil {
		return 0, err
	}
	if len(matched) == 0 {
		return 0, nil
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
		return 0, err
	}
	return len(matched), nil
}

func unixOr(t *time.Time, def int64) int64 {
	if t == nil {
		return def
	}
	return t.Unix()
}

// matchKeys maps the keys of marks (IDs, GUIDs or links) to story IDs,
// in one pass over the library.
func (s *Store) matchKeys(ctx context.Context, marks map[string]storyMarks) (map[string]storyMarks, error) {
	out := map[string]storyMarks{}
	rows, err := s.rdb.QueryContext(ctx, `SELECT id, guid, link FROM stories`)
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, guid, link string
		if err := rows.Scan(&id, &guid, &link); err != nil {
			return nil, s.readFailed(err)
		}
		if m, ok := marks[id]; ok {
			out[id] = m
		} else if m, ok := marks[guid]; ok && guid != "" {
			out[id] = m
		} else if m, ok := marks[link]; ok && link != "" {
			out[id] = m
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.readFailed(err)
	}
	return out, nil
}
