package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestListCountry: --country narrows the list to the stories about a
// country, named by code or by name, and list --format json gives every
// story's countries.
func TestListCountry(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	all := listAt(t, now, time.UTC, "--format", "json")
	all.want(t, 0, "list --format json")
	want := map[string]bool{} // IDs of the stories about Australia
	total := 0
	for line := range strings.SplitSeq(strings.TrimSpace(all.stdout), "\n") {
		var m struct {
			ID        string   `json:"id"`
			Title     string   `json:"title"`
			Countries []string `json:"countries"`
		}
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		total++
		for _, c := range m.Countries {
			if c == "AU" {
				want[m.ID] = true
			}
		}
		if strings.HasPrefix(m.Title, "Australian dock workers") && !want[m.ID] {
			t.Errorf("%q: countries %v, want AU among them", m.Title, m.Countries)
		}
	}
	if len(want) == 0 || len(want) == total {
		t.Fatalf("%d of %d sample stories are about Australia: the test narrows nothing", len(want), total)
	}
	for _, flag := range []string{"au", "AU", "Australia", "australian", "Австралия"} {
		o := listAt(t, now, time.UTC, "--country", flag)
		o.want(t, 0, "list --country", flag)
		lines := strings.Split(strings.TrimSpace(o.stdout), "\n")
		if len(lines) != len(want) {
			t.Errorf("--country %s: %d stories, want %d:\n%s", flag, len(lines), len(want), o.stdout)
		}
		for _, l := range lines {
			if id := l[strings.LastIndex(l, " | ")+3:]; !want[id] {
				t.Errorf("--country %s lists %q, which is not about Australia", flag, l)
			}
		}
	}
	// With a query, both hold.
	o := listAt(t, now, time.UTC, "--country", "au", "--query", "dock")
	o.want(t, 0, "list --country au --query dock")
	if n := strings.Count(strings.TrimSpace(o.stdout), "\n") + 1; n != 2 || strings.Count(o.stdout, "Australian dock workers") != 2 {
		t.Errorf("--country au --query dock printed:\n%s", o.stdout)
	}
	for arg, msg := range map[string]string{
		"australai": `--country: unknown country "australai" (did you mean australia?)`,
		"narnia":    `--country: unknown country "narnia"; use an ISO code (kr) or a name ("south korea")`,
	} {
		o := listAt(t, now, time.UTC, "--country", arg)
		o.want(t, 2, "list --country", arg)
		if !strings.Contains(o.stderr, msg) {
			t.Errorf("--country %s: stderr %q, want %q", arg, o.stderr, msg)
		}
	}
}
