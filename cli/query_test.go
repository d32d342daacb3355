package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// listAt runs `dateline list` on the bundled sample with the clock at now
// in zone loc.
func listAt(t *testing.T, now time.Time, loc *time.Location, args ...string) outcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	vars := map[string]string{"XDG_DATA_HOME": t.TempDir(), "XDG_CONFIG_HOME": t.TempDir(), "HOME": t.TempDir()}
	var stdout, stderr bytes.Buffer
	code := Run(ctx, append([]string{"list"}, args...), IO{
		Stdin:     strings.NewReader(""),
		Stdout:    &stdout,
		Stderr:    &stderr,
		LookupEnv: func(k string) (string, bool) { v, ok := vars[k]; return v, ok },
		Sample:    sampleFS(t),
		Location:  loc,
		Now:       func() time.Time { return now },
	})
	return outcome{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

func TestListQueryOR(t *testing.T) {
	now := time.Date(2026, 11, 21, 15, 0, 0, 0, time.UTC)
	either := listAt(t, now, time.UTC, "--query", "typhoon OR olive")
	either.want(t, 0, "list --query typhoon OR olive")
	lines := strings.Split(strings.TrimSpace(either.stdout), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "Typhoon") || !strings.Contains(lines[1], "Olive") {
		t.Errorf("typhoon OR olive printed:\n%s", either.stdout)
	}
	grouped := listAt(t, now, time.UTC, "--query", "(typhoon OR olive) region:europe")
	grouped.want(t, 0, "list --query grouped")
	if lines := strings.Split(strings.TrimSpace(grouped.stdout), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "Olive") {
		t.Errorf("(typhoon OR olive) region:europe printed:\n%s", grouped.stdout)
	}
	for query, msg := range map[string]string{
		"typhoon OR":  `col 9: OR with nothing after it`,
		"(typhoon":    "col 1: unclosed (: add a ) after the group",
		"after:3x":    `col 7: bad date "3x": a span is in h, d or w (24h, 7d, 2w)`,
		"typhoon) OR": "col 8: unmatched ): remove it, or add a ( before it",
	} {
		o := listAt(t, now, time.UTC, "--query", query)
		o.want(t, 2, "list --query", query)
		if !strings.Contains(o.stderr, msg) {
			t.Errorf("--query %q: stderr %q, want %q", query, o.stderr, msg)
		}
	}
}

// TestListQueryRelativeDates: after:yesterday and after:today are the days
// of the user's zone, the same days after:YYYY-MM-DD names there.
func TestListQueryRelativeDates(t *testing.T) {
	// The sample's stories run to 26 November; this is the 24th, 17:00 UTC.
	now := time.Date(2026, 11, 24, 17, 0, 0, 0, time.UTC)
	bogota := time.FixedZone("COT", -5*3600)
	for _, tc := range []struct {
		loc             *time.Location
		relative, fixed string
		first, last     string // the times the list starts and ends with
	}{
		{time.UTC, "after:yesterday before:today", "after:2026-11-23 before:2026-11-24", "2026-11-23 10:00", "2026-11-23           | Africa"}, // a date with no time
		// In Bogotá, 00:00 UTC on the 23rd is 19:00 on the 22nd: not
		// yesterday there.
		{bogota, "after:yesterday before:today", "after:2026-11-23 before:2026-11-24", "2026-11-23 05:00", "2026-11-23 03:30"},
		{time.UTC, "after:today", "after:2026-11-24", "2026-11-26 04:45", "2026-11-24 10:00"},
	} {
		rel := listAt(t, now, tc.loc, "--query", tc.relative)
		rel.want(t, 0, "list --query", tc.relative)
		fixed := listAt(t, now, tc.loc, "--query", tc.fixed)
		fixed.want(t, 0, "list --query", tc.fixed)
		if rel.stdout != fixed.stdout {
			t.Errorf("in %v, %s printed\n%s\nand %s\n%s", tc.loc, tc.relative, rel.stdout, tc.fixed, fixed.stdout)
		}
		lines := strings.Split(strings.TrimSpace(rel.stdout), "\n")
		if !strings.HasPrefix(lines[0], tc.first) || !strings.HasPrefix(lines[len(lines)-1], tc.last) {
			t.Errorf("in %v, %s printed from %q to %q, want %s… to %s…", tc.loc, tc.relative, lines[0], lines[len(lines)-1], tc.first, tc.last)
		}
	}
	spans := listAt(t, now, time.UTC, "--query", "after:24h before:1h")
	spans.want(t, 0, "list --query after:24h before:1h")
	lines := strings.Split(strings.TrimSpace(spans.stdout), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "2026-11-24 12:40") || !strings.HasPrefix(lines[3], "2026-11-24 10:00") {
		t.Errorf("after:24h before:1h at 17:00 printed:\n%s", spans.stdout)
	}
}
