package cli

// End-to-end tests of the command line, in process. The first half runs
// commands as a user would, with no terminal (so their output is "piped"),
// and checks exit codes, standard output and standard error. The second
// half drives the reader with teatest, wired the way runReader wires it.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/dateline-news/dateline/app"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/ui"
)

// outcome is what one run of the binary did.
type outcome struct {
	code           int
	stdout, stderr string
}

// runIn runs dateline in dir (the package folder if empty) with stdin as
// its standard input.
func runIn(t *testing.T, dir, stdin string, args ...string) outcome {
	t.Helper()
	return run1(t, dir, stdin, nil, args...)
}

// runInEnv runs dateline in the package folder with env added to its
// environment.
func runInEnv(t *testing.T, env []string, args ...string) outcome {
	t.Helper()
	return run1(t, "", "", env, args...)
}

func run1(t *testing.T, dir, stdin string, env []string, args ...string) outcome {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	// Each run has a library of its own unless it names one with --db.
	vars := map[string]string{"XDG_DATA_HOME": t.TempDir()}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		if _, set := vars[k]; !set && k != "NO_COLOR" && k != "GOMEMLIMIT" {
			vars[k] = v
		}
	}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	var stdout, stderr bytes.Buffer
	code := Run(ctx, args, IO{
		Stdin:     strings.NewReader(stdin),
		Stdout:    &stdout,
		Stderr:    &stderr,
		LookupEnv: func(k string) (string, bool) { v, ok := vars[k]; return v, ok },
		Sample:    sampleFS(t),
		// Article pages come from loopback servers here.
		AllowPrivatePages: true,
	})
	if ctx.Err() != nil {
		t.Fatalf("dateline %q did not finish in time\nstderr: %s", args, stderr.String())
	}
	return outcome{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// sampleFS is the bundled sample news, as main embeds it.
func sampleFS(t *testing.T) fs.FS {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "sample"))
	if err != nil {
		t.Fatal(err)
	}
	return os.DirFS(dir)
}

// dateline runs dateline in the package folder with empty standard input.
func dateline(t *testing.T, args ...string) outcome {
	t.Helper()
	return runIn(t, "", "", args...)
}

// want fails the test unless the run ended with code.
func (o outcome) want(t *testing.T, code int, args ...string) {
	t.Helper()
	if o.code != code {
		t.Fatalf("dateline %q: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", args, o.code, code, o.stdout, o.stderr)
	}
}

// fixture is the absolute path of a file under testdata/cli, so that it can
// be passed to a binary running in another folder.
func fixture(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "testdata", "cli", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// jsonLines decodes `list --format json` output, one object a line, into
// maps, so that absent keys and nulls can be seen.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d is not one JSON object: %v\n%s", len(objs)+1, err, sc.Text())
		}
		objs = append(objs, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return objs
}

// listJSON runs `dateline list --format json ARGS...`, which must succeed
// quietly, and decodes its output.
func listJSON(t *testing.T, args ...string) []map[string]any {
	t.Helper()
	args = append([]string{"list", "--format", "json"}, args...)
	o := dateline(t, args...)
	o.want(t, ExitOK, args...)
	if o.stderr != "" {
		t.Fatalf("dateline %q wrote to stderr:\n%s", args, o.stderr)
	}
	return jsonLines(t, o.stdout)
}

func field(m map[string]any, key string) string { s, _ := m[key].(string); return s }

func ids(objs []map[string]any) []string {
	out := make([]string, len(objs))
	for i, m := range objs {
		out[i] = field(m, "id")
	}
	return out
}

func titles(objs []map[string]any) []string {
	out := make([]string, len(objs))
	for i, m := range objs {
		out[i] = field(m, "title")
	}
	return out
}

// hasRegion reports whether a decoded story lists region name.
func hasRegion(m map[string]any, name string) bool {
	rs, _ := m["regions"].([]any)
	return slices.Contains(rs, any(name))
}

// storyTitled finds the story whose title starts with prefix.
func storyTitled(t *testing.T, objs []map[string]any, prefix string) map[string]any {
	t.Helper()
	for _, m := range objs {
		if strings.HasPrefix(field(m, "title"), prefix) {
			return m
		}
	}
	t.Fatalf("no story titled %q… in:\n%s", prefix, strings.Join(titles(objs), "\n"))
	return nil
}

// terminalUnsafe returns the first thing in s a terminal could act on
// instead of printing: invalid UTF-8, a C0 control other than \n and \t,
// DEL, a C1 control (U+0080-U+009F, which includes CSI U+009B and OSC
// U+009D) or a bidi embedding, override or isolate control.
func terminalUnsafe(s string) (string, bool) {
	if !utf8.ValidString(s) {
		return "invalid UTF-8", true
	}
	for i, r := range s {
		bad := (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
		if bad {
			lo, hi := max(0, i-30), min(len(s), i+30)
			return fmt.Sprintf("%U at byte %d, in %q", r, i, s[lo:hi]), true
		}
	}
	return "", false
}

func assertTerminalSafe(t *testing.T, what, s string) {
	t.Helper()
	if bad, found := terminalUnsafe(s); found {
		t.Errorf("%s: %s", what, bad)
	}
}

// assertWords fails for each word missing from s.
func assertWords(t *testing.T, what, s string, words ...string) {
	t.Helper()
	for _, w := range words {
		if !strings.Contains(s, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, s)
		}
	}
}

// oneLine joins s's words with single spaces, so that a check for a phrase
// does not depend on where the text was wrapped.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestVersionPrintsTheVersion(t *testing.T) {
	o := dateline(t, "--version")
	o.want(t, ExitOK, "--version")
	if want := "dateline " + Version + "\n"; o.stdout != want {
		t.Errorf("stdout = %q, want %q", o.stdout, want)
	}
}

func TestHelpNamesTheCommands(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		o := dateline(t, args...)
		o.want(t, ExitOK, args...)
		assertWords(t, fmt.Sprintf("dateline %q", args), o.stdout, "dateline list", "dateline show", "dateline add", "dateline sync", "--format", "--region", "--config")
		if o.stderr != "" {
			t.Errorf("dateline %q wrote to stderr: %s", args, o.stderr)
		}
	}
}

func TestHelpForACommandIsThatCommandsUsage(t *testing.T) {
	for _, tt := range []struct {
		args  []string
		words []string
	}{
		{[]string{"list", "--help"}, []string{"Usage: dateline list", "--format", "--query", "--region", "--db"}},
		{[]string{"help", "list"}, []string{"Usage: dateline list", "--format", "--query"}},
		{[]string{"show", "-h"}, []string{"Usage: dateline show", "--width", "--plain"}},
		{[]string{"help", "add"}, []string{"Usage: dateline add", "--name", "--region"}},
		{[]string{"refresh", "--help"}, []string{"Usage: dateline refresh", "--force"}},
		{[]string{"help", "sync"}, []string{"dateline sync login"}},
	} {
		o := dateline(t, tt.args...)
		o.want(t, ExitOK, tt.args...)
		assertWords(t, fmt.Sprintf("dateline %q", tt.args), o.stdout, tt.words...)
		if strings.Contains(o.stdout, "dateline feeds") {
			t.Errorf("dateline %q printed the whole overview:\n%s", tt.args, o.stdout)
		}
		if o.stderr != "" {
			t.Errorf("dateline %q wrote to stderr: %s", tt.args, o.stderr)
		}
	}
}

func TestListSampleIsNewestFirstUndatedLast(t *testing.T) {
	objs := listJSON(t)
	if len(objs) < 10 {
		t.Fatalf("the sample lists %d stories; want at least 10", len(objs))
	}
	var prev time.Time
	undated := 0
	for i, m := range objs {
		p, ok := m["published"].(string)
		if !ok {
			undated++
			continue
		}
		if undated > 0 {
			t.Errorf("story %d (%q) is dated %s but comes after an undated story", i, field(m, "title"), p)
		}
		when, err := time.Parse(time.RFC3339, p)
		if err != nil {
			t.Fatalf("story %d: published %q is not RFC 3339: %v", i, p, err)
		}
		if i > 0 && when.After(prev) {
			t.Errorf("story %d (%q, %s) is newer than the one before it (%s)", i, field(m, "title"), when, prev)
		}
		prev = when
	}
	if undated == 0 {
		t.Error("the sample has no undated story; the order of undated stories is not checked")
	}

	// The text format lists the same stories in the same order, each line
	// ending with the story's ID.
	o := dateline(t, "list")
	o.want(t, ExitOK, "list")
	lines := strings.Split(strings.TrimSuffix(o.stdout, "\n"), "\n")
	if len(lines) != len(objs) {
		t.Fatalf("list prints %d lines; list --format json %d stories", len(lines), len(objs))
	}
	for i, line := range lines {
		if !strings.HasSuffix(line, " | "+field(objs[i], "id")) {
			t.Errorf("line %d = %q; want it to end with the ID %q", i, line, field(objs[i], "id"))
		}
	}
}

func TestListJSONHasEveryKeyOnEveryLine(t *testing.T) {
	strs := []string{"id", "title", "summary", "section", "source", "author", "link", "event"}
	check := func(t *testing.T, objs []map[string]any) (undated, regionless int) {
		for i, m := range objs {
			if len(m) != len(strs)+5 {
				t.Errorf("story %d has keys %v; want exactly %v, regions, countries, published, read and starred", i, slices.Sorted(maps.Keys(m)), strs)
			}
			cs, ok := m["countries"].([]any)
			if !ok {
				t.Errorf("story %d: countries = %#v, want an array", i, m["countries"])
			}
			for _, c := range cs {
				if code, _ := c.(string); len(code) != 2 {
					t.Errorf("story %d: country %#v is not an ISO code", i, c)
				} else if _, ok := model.LookupCountry(code); !ok {
					t.Errorf("story %d: country %q is not a known code", i, code)
				}
			}
			for _, k := range []string{"read", "starred"} {
				if _, ok := m[k].(bool); !ok {
					t.Errorf("story %d: %q = %#v, want a boolean", i, k, m[k])
				}
			}
			for _, k := range strs {
				if _, ok := m[k].(string); !ok {
					t.Errorf("story %d: %q = %#v, want a string", i, k, m[k])
				}
			}
			if field(m, "id") == "" || field(m, "title") == "" {
				t.Errorf("story %d has an empty id or title: %v", i, m)
			}
			rs, ok := m["regions"].([]any)
			if !ok {
				t.Errorf("story %d: regions = %#v, want an array", i, m["regions"])
			}
			for _, r := range rs {
				if _, ok := model.LookupRegion(fmt.Sprint(r)); !ok {
					t.Errorf("story %d: region %#v is not a region name", i, r)
				}
			}
			if ok && len(rs) == 0 {
				regionless++
			}
			switch p := m["published"].(type) {
			case nil:
				if _, present := m["published"]; !present {
					t.Errorf("story %d has no published key", i)
				}
				undated++
			case string:
				if _, err := time.Parse(time.RFC3339, p); err != nil {
					t.Errorf("story %d: published %q is not RFC 3339", i, p)
				}
			default:
				t.Errorf("story %d: published = %#v, want a string or null", i, p)
			}
		}
		return undated, regionless
	}

	t.Run("sample", func(t *testing.T) {
		undated, regionless := check(t, listJSON(t))
		if undated == 0 || regionless == 0 {
			t.Errorf("the sample has %d undated and %d region-less stories; want some of each", undated, regionless)
		}
	})
	t.Run("small feed", func(t *testing.T) {
		objs := listJSON(t, fixture(t, "small.xml"))
		check(t, objs)
		if got := storyTitled(t, objs, "Almanac")["published"]; got != nil {
			t.Errorf("the undated story has published %#v, want null", got)
		}
		if got := storyTitled(t, objs, "Astronomers")["regions"]; !isEmptyArray(got) {
			t.Errorf("the story with no region has regions %#v, want []", got)
		}
	})
}

func isEmptyArray(v any) bool { a, ok := v.([]any); return ok && len(a) == 0 }

func TestListRegionNarrowsByNameOrAlias(t *testing.T) {
	all := listJSON(t)
	tests := []struct {
		flag, region string // region: canonical name, "" for Other
	}{
		{"asia", "Asia - Pacific"},
		{"APAC", "Asia - Pacific"},
		{"Middle East", "Middle East"},
		{"middle EAST", "Middle East"},
		{"MENA", "Middle East"},
		{"latin america", "Americas"},
		{"Other", ""},
	}
	for _, tt := range tests {
		t.Run(tt.flag, func(t *testing.T) {
			var want []string
			for _, m := range all {
				rs, _ := m["regions"].([]any)
				if tt.region == "" && len(rs) == 0 || tt.region != "" && hasRegion(m, tt.region) {
					want = append(want, field(m, "id"))
				}
			}
			if len(want) == 0 || len(want) == len(all) {
				t.Fatalf("the sample has %d of %d stories in %q; the test needs some in and some out", len(want), len(all), tt.region)
			}
			if got := ids(listJSON(t, "--region", tt.flag)); !slices.Equal(got, want) {
				t.Errorf("--region %q lists\n%s\nwant\n%s", tt.flag, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestListUnknownRegionFailsBeforeReadingSources(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing-feed.xml")
	args := []string{"list", "--region", "Atlantis", missing}
	o := dateline(t, args...)
	o.want(t, ExitUsage, args...)
	assertWords(t, "stderr", o.stderr, append([]string{"Atlantis"}, model.RegionNames()...)...)
	if strings.Contains(o.stderr, "missing-feed") {
		t.Errorf("stderr mentions the source, so it was read before the flags were checked:\n%s", o.stderr)
	}
	if o.stdout != "" {
		t.Errorf("stdout = %q, want nothing", o.stdout)
	}
}

func TestListQueryMatchesWordPrefixes(t *testing.T) {
	all := listJSON(t)
	tests := []struct {
		query, title string
	}{
		{"seoul beij", "Seoul urges Beijing"},
		{"SEOUL Beij", "Seoul urges Beijing"},
		{"bogota", "Bogotá estrena"},             // no accent in the query
		{"kilometros ciclorr", "Bogotá estrena"}, // prefix of an accented word
		{"gdansk organ", "Restored baroque organ"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := listJSON(t, "--query", tt.query)
			storyTitled(t, got, tt.title)
			if len(got) >= len(all) {
				t.Errorf("--query %q lists all %d stories", tt.query, len(got))
			}
		})
	}
	t.Run("no match", func(t *testing.T) {
		o := dateline(t, "list", "--query", "zzqx")
		o.want(t, ExitOK, "list", "--query", "zzqx")
		if o.stdout != "" {
			t.Errorf("stdout = %q, want nothing", o.stdout)
		}
	})
	t.Run("a word inside a word does not match", func(t *testing.T) {
		// "eoul" is inside "Seoul" but starts no word.
		for _, m := range listJSON(t, "--query", "eoul") {
			t.Errorf("--query eoul lists %q", field(m, "title"))
		}
	})
}

func TestListReportsMissingSourceAndListsTheOthers(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gone.xml")
	args := []string{"list", missing, fixture(t, "small.xml")}
	o := dateline(t, args...)
	o.want(t, ExitFailed, args...)
	assertWords(t, "stdout", o.stdout, "Lima opens its first metro line", "Astronomers name", "Almanac")
	assertWords(t, "stderr", o.stderr, missing, "no such file")
	if strings.Contains(o.stdout, "gone.xml") {
		t.Errorf("the error went to stdout:\n%s", o.stdout)
	}
}

func TestBadArgumentsAreUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		says string
	}{
		{"unknown flag", []string{"--nope"}, "-nope"},
		{"unknown flag after command", []string{"list", "--nope"}, "-nope"},
		{"unknown format", []string{"list", "--format", "xml"}, `"xml"`},
		{"negative width", []string{"list", "--width", "-3"}, "-3"},
		{"width not a number", []string{"show", "--width", "wide", "mw-1042"}, "wide"},
		{"unknown theme", []string{"list", "--theme", "blue"}, `"blue"`},
		{"show without ID", []string{"show"}, "ID"},
		{"query syntax error", []string{"list", "--query", `region:atlantis "open`}, "unknown region"},
		{"standard input twice", []string{"list", "-", "-"}, "only once"},
		{"show with only flags", []string{"show", "--plain", "--width", "40"}, "ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := dateline(t, tt.args...)
			o.want(t, ExitUsage, tt.args...)
			assertWords(t, "stderr", o.stderr, tt.says, "dateline --help")
			if o.stdout != "" {
				t.Errorf("stdout = %q, want nothing", o.stdout)
			}
		})
	}
}

func TestFlagsMayComeBeforeOrAfterCommandAndSources(t *testing.T) {
	small := fixture(t, "small.xml")
	want := dateline(t, "list", "--format", "json", small)
	want.want(t, ExitOK)
	if len(jsonLines(t, want.stdout)) != 3 {
		t.Fatalf("small.xml lists %d stories, want 3:\n%s", len(jsonLines(t, want.stdout)), want.stdout)
	}
	for _, args := range [][]string{
		{"list", small, "--format", "json"},
		{"--format", "json", "list", small},
		{"--format=json", "list", small},
	} {
		o := dateline(t, args...)
		o.want(t, ExitOK, args...)
		if o.stdout != want.stdout {
			t.Errorf("dateline %q printed\n%s\nwant\n%s", args, o.stdout, want.stdout)
		}
	}
}

func TestDoubleDashEndsFlags(t *testing.T) {
	// Two sources after "--", named like flags: "-h" would print the help.
	dir := t.TempDir()
	copyFile(t, fixture(t, "small.xml"), filepath.Join(dir, "-x.xml"))
	copyFile(t, fixture(t, "hostile.xml"), filepath.Join(dir, "-h"))

	args := []string{"list", "--format", "json", "--", "-x.xml", "-h"}
	o := runIn(t, dir, "", args...)
	o.want(t, ExitOK, args...)
	objs := jsonLines(t, o.stdout)
	storyTitled(t, objs, "Lima opens")
	storyTitled(t, objs, "Harbour alpha")

	// Without "--" the name is a flag, which shows that "--" is what made
	// the difference.
	o = runIn(t, dir, "", "list", "-x.xml")
	o.want(t, ExitUsage, "list", "-x.xml")
}

func TestListFolderNamedLikeTheCommand(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "list"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, fixture(t, "small.xml"), filepath.Join(dir, "list", "small.xml"))
	for _, args := range [][]string{{"list", "./list"}, {"list", "list"}} {
		o := runIn(t, dir, "", args...)
		o.want(t, ExitOK, args...)
		assertWords(t, fmt.Sprintf("dateline %q", args), o.stdout, "Lima opens", "Astronomers name", "Almanac")
		if o.stderr != "" {
			t.Errorf("dateline %q wrote to stderr: %s", args, o.stderr)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestShowPipedPrintsPlainStory(t *testing.T) {
	first := storyTitled(t, listJSON(t), "Nairobi commuter rail link")
	id, title := field(first, "id"), field(first, "title")
	plain := dateline(t, "show", "--plain", id)
	plain.want(t, ExitOK, "show", "--plain", id)
	for _, args := range [][]string{{"show", id}, {"show", "--plain", id}, {"--theme", "light", "show", id}} {
		o := dateline(t, args...)
		o.want(t, ExitOK, args...)
		if o.stderr != "" {
			t.Errorf("dateline %q wrote to stderr: %s", args, o.stderr)
		}
		if strings.IndexByte(o.stdout, 0x1b) >= 0 || strings.Contains(o.stdout, "]8;") {
			t.Errorf("dateline %q printed an escape sequence into a pipe:\n%q", args, o.stdout)
		}
		assertTerminalSafe(t, fmt.Sprintf("dateline %q", args), o.stdout)
		text := oneLine(o.stdout)
		assertWords(t, fmt.Sprintf("dateline %q", args), text, title, field(first, "link"))
		if o.stdout != plain.stdout {
			t.Errorf("dateline %q differs from show --plain: piped output must be plain", args)
		}
	}
	assertWords(t, "the story", oneLine(plain.stdout), "NAIROBI, Nov 26 (Meridian Wire)", "left the city's central station")

	// With no terminal to measure, the width is 80.
	widest := 0
	for line := range strings.SplitSeq(plain.stdout, "\n") {
		widest = max(widest, ansi.StringWidth(line))
	}
	if widest > 80 || widest < 70 {
		t.Errorf("piped show is %d cells wide, want 80 (and lines near it)", widest)
	}
}

func TestShowFindsStoryByFeedGuid(t *testing.T) {
	// world-wire.xml has <guid isPermaLink="false">mw-1042</guid>; its ID
	// qualifies the guid with the feed's URL.
	euro := storyTitled(t, listJSON(t), "Eurozone factory output")
	if id := field(euro, "id"); id == "mw-1042" || !strings.HasSuffix(id, "mw-1042") {
		t.Fatalf("the story's ID is %q; the test expects the guid qualified by the feed", id)
	}
	byGuid := dateline(t, "show", "mw-1042")
	byGuid.want(t, ExitOK, "show", "mw-1042")
	assertWords(t, "show mw-1042", oneLine(byGuid.stdout), "Eurozone factory output falls", "FRANKFURT, Nov 24", "Energy-intensive industries lead the decline")
	byID := dateline(t, "show", field(euro, "id"))
	byID.want(t, ExitOK, "show", field(euro, "id"))
	if byID.stdout != byGuid.stdout {
		t.Error("show by ID and show by guid print different stories")
	}

	// A guid found in one of the sources given.
	small := fixture(t, "small.xml")
	o := dateline(t, "show", "small-2", small)
	o.want(t, ExitOK, "show", "small-2", small)
	assertWords(t, "show small-2", o.stdout, "Astronomers name a newly found comet")
}

func TestShowUnknownIDSaysHowToFindIDs(t *testing.T) {
	o := dateline(t, "show", "no-such-story")
	o.want(t, ExitFailed, "show", "no-such-story")
	assertWords(t, "stderr", o.stderr, `"no-such-story"`, "dateline list --format json")
	if o.stdout != "" {
		t.Errorf("stdout = %q, want nothing", o.stdout)
	}
}

func TestDashReadsFeedFromStandardInput(t *testing.T) {
	feed, err := os.ReadFile(fixture(t, "small.xml"))
	if err != nil {
		t.Fatal(err)
	}
	o := runIn(t, "", string(feed), "list", "--format", "json", "-")
	o.want(t, ExitOK, "list", "--format", "json", "-")
	if got := titles(jsonLines(t, o.stdout)); len(got) != 3 {
		t.Errorf("list - lists %q, want the 3 stories of small.xml", got)
	}
	o = runIn(t, "", string(feed), "show", "small-1", "-")
	o.want(t, ExitOK, "show", "small-1", "-")
	assertWords(t, "show small-1 -", o.stdout, "Lima opens its first metro line", "Trains run every eight minutes")

	// A feed on stdin and a file: both are read.
	o = runIn(t, "", string(feed), "list", "-", fixture(t, "hostile.xml"))
	o.want(t, ExitOK, "list", "-", "hostile.xml")
	assertWords(t, "list - hostile.xml", o.stdout, "Lima opens", "Harbour alpha")
}

// hostileWords are the plain words around the sequences in hostile.xml.
var hostileWords = map[string][]string{
	"title":   strings.Fields("Harbour alpha bravo charlie delta echo foxtrot golf hotel"),
	"summary": strings.Fields("Summary juliet kilo lima mike november oscar papa quebec"),
	"body": strings.Fields("Body romeo sierra tango uniform victor whiskey xray yankee" +
		" zulu amber bronze copper linktext coda"),
}

func TestHostileFeedPrintsNoControls(t *testing.T) {
	hostile := fixture(t, "hostile.xml")

	o := dateline(t, "list", hostile)
	o.want(t, ExitOK, "list", "hostile.xml")
	assertTerminalSafe(t, "list", o.stdout)
	assertTerminalSafe(t, "list stderr", o.stderr)
	assertWords(t, "list", o.stdout, hostileWords["title"]...)
	assertWords(t, "list", o.stdout, "Hostile Wire")

	objs := listJSON(t, hostile)
	if len(objs) != 1 {
		t.Fatalf("hostile.xml lists %d stories, want 1", len(objs))
	}
	for k, v := range objs[0] {
		if s, ok := v.(string); ok {
			assertTerminalSafe(t, "json "+k, s)
		}
	}
	assertWords(t, "json title", field(objs[0], "title"), hostileWords["title"]...)
	assertWords(t, "json summary", field(objs[0], "summary"), hostileWords["summary"]...)
	assertWords(t, "json author", field(objs[0], "author"), "Mallory", "Evil")

	for _, args := range [][]string{{"show", "hostile-1", hostile}, {"show", "--width", "40", "hostile-1", hostile}} {
		o := dateline(t, args...)
		o.want(t, ExitOK, args...)
		assertTerminalSafe(t, "show", o.stdout)
		text := oneLine(o.stdout)
		for _, part := range []string{"title", "summary", "body"} {
			assertWords(t, "show "+part, text, hostileWords[part]...)
		}
		if strings.Contains(o.stdout, "evil.example") {
			t.Errorf("show prints the OSC 8 target of the hostile link:\n%s", o.stdout)
		}
	}
}

func TestShowWidthBoundsEveryLine(t *testing.T) {
	type story struct{ title, id, source string }
	var stories []story
	for _, m := range listJSON(t) {
		stories = append(stories, story{field(m, "title"), field(m, "id"), ""})
	}
	hostile := fixture(t, "hostile.xml")
	for _, m := range listJSON(t, hostile) {
		stories = append(stories, story{field(m, "title"), field(m, "id"), hostile})
	}
	for i, s := range stories {
		name := fmt.Sprintf("%02d %s", i, strings.Join(strings.Fields(s.title)[:min(3, len(strings.Fields(s.title)))], " "))
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, w := range []int{60, 33} {
				args := []string{"show", "--width", fmt.Sprint(w), s.id}
				if s.source != "" {
					args = append(args, s.source)
				}
				o := dateline(t, args...)
				o.want(t, ExitOK, args...)
				for i, line := range strings.Split(o.stdout, "\n") {
					if n := ansi.StringWidth(line); n > w {
						t.Errorf("--width %d: line %d is %d cells wide: %q", w, i+1, n, line)
					}
				}
			}
		})
	}
}

func TestErrorsNameFilesWithoutTheirControls(t *testing.T) {
	// A folder holds whatever was unpacked into it; a file's name must not
	// reach the terminal as an escape sequence (here OSC 52, a clipboard
	// write) when dateline reports that file.
	dir := t.TempDir()
	copyFile(t, fixture(t, "small.xml"), filepath.Join(dir, "small.xml"))
	bad := "evil\x1b]52;c;aGk=\x07\u202ename.xml"
	if err := os.WriteFile(filepath.Join(dir, bad), []byte("not a feed at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	o := dateline(t, "list", dir)
	o.want(t, ExitFailed, "list", dir)
	assertWords(t, "stdout", o.stdout, "Lima opens")
	assertWords(t, "stderr", o.stderr, "evil", "name.xml", "not a feed")
	assertTerminalSafe(t, "stderr", o.stderr)
}

// The reader, driven through teatest with the real wiring: the bundled
// sample streamed by feeds.Stream into ui.New, as runReader does it, with the
// theme, size, clock and time zone pinned.
//
// The waits read the screen the App last drew, not the byte stream: the
// renderer rewrites only the cells that changed, so when the filter count
// goes from "36 matches" to "1 matches" the stream carries " 1" and nothing
// a wait could recognise. recorder only watches; every message still goes to
// the real App, and TestReaderDrawsSampleOnTerminal checks the stream itself.

var readerNow = time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)

// recorder is the App with its last screen, ANSI stripped, kept for the test
// goroutine to read.
type recorder struct {
	ui.App
	screen *atomic.Pointer[string]
}

func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := r.App.Update(msg)
	r.App = m.(ui.App)
	return r, cmd
}

func (r recorder) View() tea.View {
	v := r.App.View()
	s := ansi.Strip(v.Content)
	r.screen.Store(&s)
	return v
}

// reader is a running program and its last screen.
type reader struct {
	tm      *teatest.TestModel
	screen  *atomic.Pointer[string]
	session *app.Session
}

// startReader runs the reader on the library at db ("": none) and the
// SOURCE arguments (none: the library, else the sample), with no config
// file.
func startReader(t *testing.T, db string, sources ...string) reader {
	t.Helper()
	return startReaderWith(t, "", db, sources...)
}

// startReaderWith is startReader with a config file ("": none).
func startReaderWith(t *testing.T, configPath, db string, sources ...string) reader {
	t.Helper()
	home := t.TempDir()
	vars := map[string]string{"HOME": home, "XDG_CONFIG_HOME": filepath.Join(home, "config")}
	s := app.New(app.Env{
		Stdin: strings.NewReader(""), Stderr: io.Discard, Sample: sampleFS(t),
		LookupEnv:         func(k string) (string, bool) { v, ok := vars[k]; return v, ok },
		AllowPrivatePages: true,
	}, app.Paths{Config: configPath, Library: db, NoLibrary: db == ""})
	ctx, cancel := context.WithCancel(t.Context())
	a := args{words: sources, scope: model.Everywhere(), theme: "dark"}
	opts, stream, err := readerOptions(ctx, s, a, IO{Stdin: strings.NewReader(""), Stderr: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); <-stream.Done; s.Close() })
	opts.Mouse = true
	opts.NoColor = false
	opts.Now = func() time.Time { return readerNow }
	opts.Location = time.UTC
	opts.Opener = func(url string) error {
		t.Errorf("the test opened %s in the browser", url)
		return nil
	}
	opts.Copier = func(string) (string, error) {
		t.Error("the test copied to the clipboard")
		return "", nil
	}
	r := reader{screen: new(atomic.Pointer[string]), session: s}
	r.tm = teatest.NewTestModel(t, recorder{App: ui.New(opts), screen: r.screen}, teatest.WithInitialTermSize(100, 30))
	return r
}

// waitFor waits until the screen shows every fragment and none of absent,
// and returns it.
func (r reader) waitFor(t *testing.T, fragments []string, absent ...string) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var screen string
		if p := r.screen.Load(); p != nil {
			screen = *p
		}
		ok := !slices.ContainsFunc(fragments, func(f string) bool { return !strings.Contains(screen, f) }) &&
			!slices.ContainsFunc(absent, func(f string) bool { return strings.Contains(screen, f) })
		if ok {
			return screen
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 5s the screen does not show %q (or still shows %q):\n%s", fragments, absent, screen)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (r reader) press(code rune) {
	k := tea.KeyPressMsg{Code: code}
	if unicode.IsPrint(code) {
		k.Text = string(code)
	}
	r.tm.Send(k)
}

// quit presses q and returns the App's last screen, ANSI stripped.
func (r reader) quit(t *testing.T) string {
	t.Helper()
	r.press('q')
	r.tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	final, ok := r.tm.FinalModel(t).(recorder)
	if !ok {
		t.Fatalf("final model is %T, want recorder", r.tm.FinalModel(t))
	}
	return ansi.Strip(final.App.View().Content)
}

// loaded waits for the first headlines, newest first, and for the footer
// to stop saying that sources are still being read.
func (r reader) loaded(t *testing.T) {
	t.Helper()
	r.waitFor(t, []string{"Nairobi's airport train", "Lake-effect snow buries Buffalo"}, "loading")
}

func TestReaderDrawsSampleOnTerminal(t *testing.T) {
	r := startReader(t, "")
	r.loaded(t)
	// What reached the terminal: the headlines, drawn in the
	// alternate screen.
	teatest.WaitFor(t, r.tm.Output(), func(b []byte) bool {
		s := ansi.Strip(string(b))
		return bytes.Contains(b, []byte(ansi.SetModeAltScreenSaveCursor)) &&
			strings.Contains(s, "Nairobi") && strings.Contains(s, "Buffalo")
	}, teatest.WithDuration(5*time.Second))
	r.quit(t)
	out := r.tm.FinalOutput(t, teatest.WithFinalTimeout(10*time.Second))
	rest, err := io.ReadAll(out)
	if err != nil {
		t.Fatal(err)
	}
	// The program leaves the alternate screen it drew in.
	if !bytes.Contains(rest, []byte(ansi.ResetModeAltScreenSaveCursor)) {
		t.Errorf("the program did not leave the alternate screen; its last output:\n%q", rest)
	}
}

func TestReaderEnterOpensStoryAndEscGoesBack(t *testing.T) {
	r := startReader(t, "")
	r.loaded(t)

	// The first row is the rail link's event, led by its first story
	// (Pulse Digest's); the others are listed under its header.
	r.press(tea.KeyEnter)
	r.waitFor(t, []string{"Nairobi's airport train makes its first run", "NAIROBI —", "Embakasi", "Also covered by"}, "Lake-effect snow buries Buffalo")

	r.press(tea.KeyEscape)
	r.waitFor(t, []string{"Lake-effect snow buries Buffalo", "Motion de censure"}, "Embakasi")

	screen := r.quit(t)
	assertWords(t, "the last screen", screen, "Nairobi's airport train", "Lake-effect snow buries Buffalo")
}

func TestReaderTabShowsOneRegion(t *testing.T) {
	r := startReader(t, "")
	r.loaded(t)

	// The first tab after All is Africa.
	r.press(tea.KeyTab)
	screen := r.waitFor(t, []string{"Nairobi's airport train", "Ghana's electoral"}, "Eurozone")
	for _, other := range []string{"Typhoon", "Bogotá", "Jordan and Iraq", "Chile's central bank"} {
		if strings.Contains(screen, other) {
			t.Errorf("the Africa tab lists %q:\n%s", other, screen)
		}
	}
	r.quit(t)
}

func TestReaderFilterCountsMatches(t *testing.T) {
	r := startReader(t, "")
	r.loaded(t)

	r.press('/')
	r.tm.Type("bogota")
	r.waitFor(t, []string{"/ bogota", "  1 match", "Bogotá estrena"}, "Nairobi")

	r.press(tea.KeyEnter) // keep the filter and give the keys back to the list
	screen := r.quit(t)
	assertWords(t, "the filtered list", screen, "Bogotá estrena", `filter: bogota`)
	if strings.Contains(screen, "Nairobi") {
		t.Errorf("the filtered list still lists Nairobi:\n%s", screen)
	}
}

func TestListQueryLanguage(t *testing.T) {
	all := dateline(t, "list", "--format", "json")
	all.want(t, 0, "list")
	o := dateline(t, "list", "--format", "json", "--query", `region:asia -"seoul urges"`)
	o.want(t, 0, "list --query")
	lines := strings.Split(strings.TrimSpace(o.stdout), "\n")
	if len(lines) == 0 || strings.Contains(o.stdout, "Seoul urges") {
		t.Fatalf("region:asia minus the phrase: %d lines\n%s", len(lines), o.stdout)
	}
	for _, l := range lines {
		if !strings.Contains(l, `"Asia - Pacific"`) {
			t.Fatalf("a story outside Asia - Pacific: %s", l)
		}
	}
	dated := dateline(t, "list", "--query", "after:2026-11-20 before:2026-11-22")
	dated.want(t, 0, "list --query dates")
	for _, l := range strings.Split(strings.TrimSpace(dated.stdout), "\n") {
		if !strings.HasPrefix(l, "2026-11-20") && !strings.HasPrefix(l, "2026-11-21") {
			t.Fatalf("after:2026-11-20 before:2026-11-22 printed %q", l)
		}
	}
}
