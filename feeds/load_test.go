package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dateline-news/dateline/model"
)

// loadBytes writes data to a file called name in a temporary folder and
// loads it with LoadAll.
func loadBytes(t *testing.T, name string, data []byte) ([]*model.Story, []error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	stories, errs := LoadAll(context.Background(), []Source{Path(p)})
	checkStories(t, stories)
	return stories, errs
}

// collect runs Stream to the end and returns its batches.
func collect(t *testing.T, ctx context.Context, sources []Source, batchSize int) []model.Batch {
	t.Helper()
	out := make(chan model.Batch)
	Stream(ctx, sources, batchSize, out)
	var batches []model.Batch
	timeout := time.After(30 * time.Second)
	for {
		select {
		case b, ok := <-out:
			if !ok {
				return batches
			}
			batches = append(batches, b)
		case <-timeout:
			t.Fatal("Stream did not close its channel")
		}
	}
}

func storiesOf(batches []model.Batch) (stories []*model.Story, errs []error) {
	for _, b := range batches {
		stories = append(stories, b.Stories...)
		if b.Err != nil {
			errs = append(errs, b.Err)
		}
	}
	return stories, errs
}

// TestFolderMixesEverything: a folder of feeds, story files (one folder of
// them is one source), a broken feed, a broken story file, a README, notes,
// an image, a dot-file and a dot-folder. The two broken files are reported,
// each by name, in the folder's one failure; all the rest loads.
func TestFolderMixesEverything(t *testing.T) {
	dir := fixture("folder")
	batches := collect(t, context.Background(), []Source{Path(dir)}, 100)
	stories, errs := storiesOf(batches)
	checkStories(t, stories)
	if len(stories) != 8 {
		t.Errorf("%d stories, want 8: 2 + 1 + 2 (before the cut) + 3 story files", len(stories))
	}
	if len(errs) != 1 {
		t.Fatalf("%d failures, want the folder's one: %v", len(errs), errs)
	}
	msg := errs[0].Error()
	for _, want := range []string{
		filepath.Join(dir, "broken.xml") + ": XML syntax error on line 5",
		filepath.Join(dir, "local", "bad.md") + ": line 2: invalid YAML front matter",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("failure %q lacks %q", msg, want)
		}
	}
	for _, quiet := range []string{"README", "notes", "logo", "hidden", ".cache"} {
		if strings.Contains(msg, quiet) {
			t.Errorf("failure mentions %s: %q", quiet, msg)
		}
	}
	for _, b := range batches {
		if b.From != model.File(dir) {
			t.Errorf("batch from %v, want %q", b.From, dir)
		}
	}
	if s := storyTitled(t, stories, "Village fair draws crowds"); s.Source != "local" {
		t.Errorf("story file source %q, want the folder's name", s.Source)
	}
	if s := storyTitled(t, stories, "A wire story filed into the local folder"); s.Source != "Wire Service" {
		t.Errorf("front matter source %q", s.Source)
	}
	for _, s := range stories {
		if s.Source == "Netscape Wire" {
			t.Error("a feed in a dot-folder was read")
		}
	}

	// LoadAll gives each failure on its own.
	_, errs = LoadAll(context.Background(), []Source{Path(dir)})
	if len(errs) != 2 {
		t.Errorf("LoadAll: %d errors, want 2: %v", len(errs), errs)
	}
}

// TestNamesShowTheirControlsAsEscapes: a folder holds whatever was unpacked
// into it. A name with an escape sequence in it (here OSC 52, a clipboard
// write) or a bidi override reaches no error text, batch source, story
// source or ID raw; it is written with Go escapes, so that the user can
// still tell which file it is.
func TestNamesShowTheirControlsAsEscapes(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "in\a")
	folder := filepath.Join(dir, "local\x1b[31m")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		filepath.Join(dir, "evil\x1b]52;c;aGk=\a\u202ename.xml"): "not a feed at all",
		filepath.Join(dir, "feed\u202e.xml"):                     `<rss><channel><item><title>From a file</title><guid>1</guid></item></channel></rss>`,
		filepath.Join(folder, "story.md"):                        "---\ntitle: From a folder\n---\nText.\n",
	} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	quotedDir := filepath.Join(root, `in\a`)
	if got := Path(dir).Name(); got != quotedDir {
		t.Errorf("Name() = %q, want %q", got, quotedDir)
	}

	batches := collect(t, context.Background(), []Source{Path(dir)}, 100)
	stories, errs := storiesOf(batches)
	checkStories(t, stories)
	for _, b := range batches {
		if b.From != model.File(quotedDir) {
			t.Errorf("batch from %v, want %q", b.From, quotedDir)
		}
	}
	if len(errs) != 1 {
		t.Fatalf("%d failures, want 1: %v", len(errs), errs)
	}
	want := filepath.Join(quotedDir, `evil\x1b]52;c;aGk=\a\u202ename.xml`) + ": not a feed"
	if msg := errs[0].Error(); !strings.HasPrefix(msg, want) {
		t.Errorf("failure %q does not start %q", msg, want)
	}
	if s := storyTitled(t, stories, "From a folder"); s.Source != `local\x1b[31m` {
		t.Errorf("story file source %q", s.Source)
	}
	s := storyTitled(t, stories, "From a file")
	if s.Source != `feed\u202e.xml` {
		t.Errorf("feed source %q", s.Source)
	}
	if want := filepath.Join(quotedDir, `feed\u202e.xml`) + "#1"; s.ID != want {
		t.Errorf("ID %q, want %q", s.ID, want)
	}
}

func TestMissingPath(t *testing.T) {
	_, errs := LoadAll(context.Background(), []Source{Path("missing.xml")})
	if len(errs) != 1 || errs[0].Error() != "missing.xml: no such file; check the path" || !errors.Is(errs[0], os.ErrNotExist) {
		t.Errorf("errors %v", errs)
	}
}

func TestEmptyFolderIsReported(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "photo.jpg"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := LoadAll(context.Background(), []Source{Path(dir)})
	if len(errs) != 1 || errs[0].Error() != dir+": no feeds or story files in this folder" {
		t.Errorf("errors %v", errs)
	}
}

func TestFolderDoesNotFollowLinkedFolders(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(fixture("rss20.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.xml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "a.xml"), filepath.Join(dir, "b.xml")); err != nil {
		t.Fatal(err)
	}
	stories, errs := LoadAll(context.Background(), []Source{Path(dir)})
	// a.xml and its link b.xml carry the same stories: deduplicated.
	if len(stories) != 2 || len(errs) > 0 {
		t.Errorf("%d stories, errors %v", len(stories), errs)
	}
}

// TestShortGUIDsStayApart: guid "42" in two feeds is two stories.
func TestShortGUIDsStayApart(t *testing.T) {
	stories, errs := loadFixtures(t, "short_guid_a.xml", "short_guid_b.xml")
	if len(stories) != 2 || len(errs) > 0 || stories[0].ID == stories[1].ID {
		t.Errorf("%d stories, errors %v", len(stories), errs)
	}
}

// TestSharedURLGUIDIsOneStory: an absolute-URL guid in two feeds is one
// story; the first source wins.
func TestSharedURLGUIDIsOneStory(t *testing.T) {
	stories, errs := loadFixtures(t, "shared_guid_a.xml", "shared_guid_b.xml")
	if len(stories) != 1 || len(errs) > 0 {
		t.Fatalf("%d stories, errors %v", len(stories), errs)
	}
	if s := stories[0]; s.Source != "Syndicated a" || s.ID != "https://wire.example.com/story/99" {
		t.Errorf("kept %q from %q", s.ID, s.Source)
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile(fixture("rss20.xml"))
	if err != nil {
		t.Fatal(err)
	}
	batches := collect(t, context.Background(), []Source{Stdin(strings.NewReader(string(data)))}, 10)
	stories, errs := storiesOf(batches)
	checkStories(t, stories)
	if len(stories) != 2 || len(errs) > 0 {
		t.Fatalf("%d stories, errors %v", len(stories), errs)
	}
	if batches[0].From != model.File("-") || stories[0].Source != "Daily Planet World" {
		t.Errorf("batch from %v, story source %q", batches[0].From, stories[0].Source)
	}

	// A story file on standard input.
	stories, errs = LoadAll(context.Background(), []Source{Stdin(strings.NewReader("---\ntitle: Piped\n---\nText.\n"))})
	if len(stories) != 1 || len(errs) > 0 || stories[0].Source != "stdin" {
		t.Errorf("story file on stdin: %d stories, errors %v", len(stories), errs)
	}

	// Standard input is read once: the gofeed retry replays what was read.
	fallback, err := os.ReadFile(fixture("gofeed_fallback.xml"))
	if err != nil {
		t.Fatal(err)
	}
	stories, errs = LoadAll(context.Background(), []Source{Stdin(strings.NewReader(string(fallback)))})
	if len(stories) != 1 || len(errs) > 0 {
		t.Errorf("gofeed retry on stdin: %d stories, errors %v", len(stories), errs)
	}

	// Errors name standard input "-".
	_, errs = LoadAll(context.Background(), []Source{Stdin(strings.NewReader("<html></html>"))})
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "-: not a feed") {
		t.Errorf("errors %v", errs)
	}
}

func TestBundled(t *testing.T) {
	rss, err := os.ReadFile(fixture("rss20.xml"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"world.xml":          {Data: rss},
		"top.md":             {Data: []byte("---\ntitle: At the top\n---\nx\n")},
		"local/fair.md":      {Data: []byte("---\ntitle: In local\n---\ny\n")},
		"local/README.md":    {Data: []byte("# not a story\n")},
		".hidden/secret.xml": {Data: rss},
		"broken.json":        {Data: []byte(`{"version":"https://jsonfeed.org/version/1","items":[`)},
	}
	batches := collect(t, context.Background(), []Source{Bundled(fsys)}, 100)
	stories, errs := storiesOf(batches)
	checkStories(t, stories)
	if len(stories) != 4 {
		t.Errorf("%d stories, want 4", len(stories))
	}
	for _, b := range batches {
		if b.From != model.Sample() {
			t.Errorf("batch from %v", b.From)
		}
	}
	if s := storyTitled(t, stories, "At the top"); s.Source != "sample" {
		t.Errorf("root story source %q", s.Source)
	}
	if s := storyTitled(t, stories, "In local"); s.Source != "local" {
		t.Errorf("folder story source %q", s.Source)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "sample/broken.json: ") {
		t.Errorf("errors %v", errs)
	}
}

// TestFileOverTheLimitIsRefused: the size is checked before reading (the
// file here is sparse: 80 MiB that take no room).
func TestFileOverTheLimitIsRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.xml")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(80 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, errs := LoadAll(context.Background(), []Source{Path(p)})
	want := p + ": larger than the 64 MiB limit (80 MiB); split the feed"
	if len(errs) != 1 || errs[0].Error() != want || !errors.Is(errs[0], ErrTooLarge) {
		t.Errorf("errors %v, want %q", errs, want)
	}
}

// endlessFeed is an RSS feed that never ends, made as it is read.
type endlessFeed struct {
	pending []byte
	n       int
}

func (e *endlessFeed) Read(p []byte) (int, error) {
	if len(e.pending) == 0 {
		if e.n == 0 {
			e.pending = []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title><link>https://endless.example/</link>`)
		} else {
			e.pending = fmt.Appendf(nil, "<item><title>Item %d</title><link>https://endless.example/%d</link><description>%s</description></item>\n",
				e.n, e.n, strings.Repeat("word ", 12000))
		}
		e.n++
	}
	k := copy(p, e.pending)
	e.pending = e.pending[k:]
	return k, nil
}

// TestStdinOverTheLimitKeepsWhatWasParsed: standard input has no size to
// check; reading stops at 64 MiB with an error, after the stories before it.
func TestStdinOverTheLimitKeepsWhatWasParsed(t *testing.T) {
	stories, errs := LoadAll(context.Background(), []Source{Stdin(&endlessFeed{})})
	if len(stories) < 1000 {
		t.Errorf("%d stories before the limit", len(stories))
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) ||
		!strings.HasPrefix(errs[0].Error(), "-: larger than the 64 MiB limit; split the feed; showing the ") {
		t.Errorf("errors %v", errs)
	}
}

// TestBodyOverTwoMiBIsCut: through the whole path, for a JSON Feed text body.
func TestBodyOverTwoMiBIsCut(t *testing.T) {
	body := strings.Repeat("abcdefghi ", 300_000) // 3 MB
	doc := `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"big","title":"Big","content_text":"` + body + `"}]}`
	stories, errs := loadBytes(t, "big.json", []byte(doc))
	if len(stories) != 1 || len(errs) > 0 {
		t.Fatalf("%d stories, errors %v", len(stories), errs)
	}
	md := stories[0].Body.Markdown()
	if !strings.HasSuffix(md, "\n\n*[dateline: story cut at 2 MiB]*") || len(md) > maxBody+len(cutNote) {
		t.Errorf("body of %d bytes ends %q", len(md), md[len(md)-50:])
	}
}

// TestFirstBatchArrivesBeforeTheFeedEnds: with half a feed written to a
// pipe, a batch arrives; only then is the rest written.
func TestFirstBatchArrivesBeforeTheFeedEnds(t *testing.T) {
	pr, pw := io.Pipe()
	out := make(chan model.Batch)
	Stream(context.Background(), []Source{Stdin(pr)}, 500, out)
	item := func(i int) string {
		return fmt.Sprintf("<item><title>Story %d</title><guid>https://p.example/%d</guid><description>Text %d.</description></item>\n", i, i, i)
	}
	var head strings.Builder
	head.WriteString(`<rss version="2.0"><channel><title>Piped</title>`)
	for i := range 50 {
		head.WriteString(item(i))
	}
	go pw.Write([]byte(head.String()))
	select {
	case b := <-out:
		if len(b.Stories) == 0 || b.Err != nil {
			t.Fatalf("first batch: %d stories, error %v", len(b.Stories), b.Err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no batch while the feed was still open")
	}
	go func() {
		var rest strings.Builder
		for i := 50; i < 100; i++ {
			rest.WriteString(item(i))
		}
		rest.WriteString("</channel></rss>")
		pw.Write([]byte(rest.String()))
		pw.Close()
	}()
	n := 0
	for b := range out {
		n += len(b.Stories)
		if b.Err != nil {
			t.Error(b.Err)
		}
	}
	if n < 50 {
		t.Errorf("%d stories after the first batch, want the other 50 or more", n)
	}
}

// TestStreamEndsWhenContextCancelled: a source blocked on input does not
// keep out open once ctx ends.
func TestStreamEndsWhenContextCancelled(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan model.Batch)
	Stream(ctx, []Source{Stdin(pr), Path(fixture("rss20.xml"))}, 10, out)
	cancel()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case _, ok := <-out:
			if !ok {
				return
			}
		case <-timeout:
			t.Fatal("out still open 10 s after cancel")
		}
	}
}

func TestBatchSizes(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Many</title>`)
	for i := range 100 {
		fmt.Fprintf(&b, "<item><title>S %d</title><guid>https://m.example/%d</guid></item>", i, i)
	}
	b.WriteString("</channel></rss>")
	batches := collect(t, context.Background(), []Source{Stdin(strings.NewReader(b.String()))}, 20)
	total := 0
	for i, batch := range batches {
		if len(batch.Stories) > 20 {
			t.Errorf("batch %d has %d stories, more than 20", i, len(batch.Stories))
		}
		total += len(batch.Stories)
	}
	if total != 100 || len(batches[0].Stories) > firstBatch {
		t.Errorf("%d stories in %d batches, first of %d", total, len(batches), len(batches[0].Stories))
	}
}

// genFeed writes a synthetic feed shaped like the shared genfeed.py's
// (--max-words 500): n items, each a headline, link, guid, date, author, a
// section and region, a 25-45 word summary and an HTML body of 200-400 words
// with paragraphs, headings, a quote, a list, links and bold.
func genFeed(w io.Writer, format string, n int) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the a of to in on for with by from government market people country city region " +
		"policy report analysis official minister council budget growth trade energy climate research study data " +
		"said says told noted argued warned new old large small major local national international and but or so")
	sentence := func(k int) string {
		var b strings.Builder
		for i := range k {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteByte('.')
		return b.String()
	}
	body := func() string {
		var b strings.Builder
		target := 200 + rng.IntN(200)
		for count, p := 0, 0; count < target; p++ {
			switch p {
			case 1:
				b.WriteString("<blockquote><p>&#8220;" + sentence(15) + "&#8221;</p><p>&#8212; Ann Lee</p></blockquote>\n")
			case 3:
				b.WriteString("<h2>" + sentence(5) + "</h2>\n<ul><li>" + sentence(6) + "</li><li>" + sentence(6) + "</li></ul>\n")
			}
			k := 40 + rng.IntN(60)
			fmt.Fprintf(&b, "<p>%s <strong>%s</strong> See the <a href=\"https://news.example.com/ref/%d\">full report</a>.</p>\n",
				sentence(k), sentence(10), rng.IntN(1e6))
			count += k + 14
		}
		return b.String()
	}
	sections := []string{"Politics", "Economy", "World", "Sports", "Science", "Culture"}
	regions := []string{"Asia - Pacific", "Europe", "Middle East", "Africa", "Americas"}
	end := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	esc := func(s string) string {
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
	}
	switch format {
	case "rss":
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Bench Wire</title><link>https://news.example.com/</link>`+"\n")
	case "atom":
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<feed xmlns="http://www.w3.org/2005/Atom"><title>Bench Wire</title><id>https://news.example.com/</id><link href="https://news.example.com/"/>`+"\n")
	case "json":
		fmt.Fprint(w, `{"version": "https://jsonfeed.org/version/1.1", "title": "Bench Wire", "home_page_url": "https://news.example.com/", "items": [`+"\n")
	}
	for i := range n {
		sec, reg := sections[rng.IntN(len(sections))], regions[rng.IntN(len(regions))]
		title := fmt.Sprintf("%s officials %s", sec, sentence(6))
		date := end.Add(-time.Duration(i) * time.Hour)
		link := fmt.Sprintf("https://news.example.com/%s/%d", strings.ToLower(sec), i)
		guid := fmt.Sprintf("https://news.example.com/id/1-%d", i)
		summary, content := sentence(25+rng.IntN(20)), body()
		switch format {
		case "rss":
			fmt.Fprintf(w, "<item>\n<title>%s</title>\n<link>%s</link>\n<guid isPermaLink=\"false\">%s</guid>\n<pubDate>%s</pubDate>\n<author>ann.lee@example.com (Ann Lee)</author>\n<category>%s</category>\n<category>%s</category>\n<description>%s</description>\n<content:encoded><![CDATA[%s]]></content:encoded>\n</item>\n",
				esc(title), link, guid, date.Format(time.RFC1123), sec, reg, esc(summary), content)
		case "atom":
			fmt.Fprintf(w, "<entry>\n<title>%s</title>\n<link rel=\"alternate\" href=\"%s\"/>\n<id>%s</id>\n<published>%s</published>\n<author><name>Ann Lee</name></author>\n<category term=\"%s\"/>\n<category term=\"%s\"/>\n<summary>%s</summary>\n<content type=\"html\">%s</content>\n</entry>\n",
				esc(title), link, guid, date.Format(time.RFC3339), sec, reg, esc(summary), esc(content))
		case "json":
			if i > 0 {
				fmt.Fprint(w, ",\n")
			}
			fmt.Fprintf(w, `{"id": %q, "url": %q, "title": %q, "summary": %q, "content_html": %q, "date_published": %q, "authors": [{"name": "Ann Lee"}], "tags": [%q, %q]}`,
				guid, link, title, summary, content, date.Format(time.RFC3339), sec, reg)
		}
	}
	switch format {
	case "rss":
		fmt.Fprint(w, "</channel></rss>\n")
	case "atom":
		fmt.Fprint(w, "</feed>\n")
	case "json":
		fmt.Fprint(w, "\n]}\n")
	}
}

func benchmarkStream(b *testing.B, format string, items int) {
	p := filepath.Join(b.TempDir(), "feed."+format)
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	genFeed(f, format, items)
	size, _ := f.Seek(0, io.SeekCurrent)
	f.Close()
	b.SetBytes(size)
	b.ReportAllocs()
	var first, total time.Duration
	runs := 0
	for b.Loop() {
		start := time.Now()
		out := make(chan model.Batch, 64)
		Stream(context.Background(), []Source{Path(p)}, 256, out)
		n := 0
		for batch := range out {
			if n == 0 {
				first += time.Since(start)
			}
			if batch.Err != nil {
				b.Fatal(batch.Err)
			}
			n += len(batch.Stories)
		}
		total += time.Since(start)
		runs++
		if n != items {
			b.Fatalf("%d stories, want %d", n, items)
		}
	}
	b.ReportMetric(float64(first.Microseconds())/1000/float64(runs), "ms-to-first-batch")
	b.ReportMetric(float64(items)*float64(runs)/total.Seconds(), "stories/s")
}

// Ten thousand items of up to 500 words: 32 MB of RSS, as
// genfeed.py --items 10000 --max-words 500 makes.
func BenchmarkStreamRSS10k(b *testing.B)  { benchmarkStream(b, "rss", 10_000) }
func BenchmarkStreamAtom10k(b *testing.B) { benchmarkStream(b, "atom", 10_000) }
func BenchmarkStreamJSON10k(b *testing.B) { benchmarkStream(b, "json", 10_000) }

// A realistic feed: 50 items.
func BenchmarkStreamRSS50(b *testing.B) { benchmarkStream(b, "rss", 50) }

// TestPanicWhileParsingIsAnError: a panic on the parsing goroutine becomes
// an error for that file; the program goes on.
func TestPanicWhileParsingIsAnError(t *testing.T) {
	err := pipeline(context.Background(), func(emit func(*rawItem) error, _ *feedInfo) error {
		if err := emit(&rawItem{title: "before"}); err != nil {
			return err
		}
		panic("boom")
	}, func(*rawItem, *feedInfo) error { return nil })
	var pe *panicError
	if !errors.As(err, &pe) || pe.value != "boom" || !strings.Contains(pe.Error(), "load_test.go") {
		t.Errorf("error %v, want the panic with its stack", err)
	}
}

// TestUndatedStoriesComeInFeedOrder: feeds gives stories out in the
// feed's own order (first in the feed first), undated ones included, and
// whatever their IDs; keeping that order among undated stories is for
// whoever sorts them (model.Newer breaks ties by ID).
func TestUndatedStoriesComeInFeedOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>F</title>`)
	for _, id := range []string{"c", "b", "a", "e", "d"} {
		fmt.Fprintf(&b, `<item><title>%s</title><link>https://example.com/%s</link></item>`, id, id)
	}
	b.WriteString(`</channel></rss>`)
	stories, errs := loadBytes(t, "f.xml", []byte(b.String()))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, s := range stories {
		got = append(got, s.Title)
	}
	if strings.Join(got, "") != "cbaed" {
		t.Errorf("stories in order %v, want the feed's c b a e d", got)
	}
}

// A feed that is not well-formed says where it breaks and what to do:
// a file is fixed or downloaded again; a cut JSON Feed says it is cut,
// not "EOF".
func TestABrokenFeedSaysWhatToDo(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"cut.json":    `{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"1","title":"a"},`,
		"commas.json": `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1",,]}`,
		"cut.xml":     `<?xml version="1.0"?><rss><channel><title>t</title><item><title>a</title></item><item><title>b`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, want := range map[string]string{
		"cut.json":    "JSON Feed cut short at byte 90 (unexpected end of file); showing the 1 story before it; fix the file, or download the feed again",
		"commas.json": "JSON syntax error at byte 61: invalid character ',' looking for beginning of object key string; fix the file, or download the feed again",
		"cut.xml":     "XML syntax error on line 1: unexpected end of file (the feed is cut short); showing the 1 story before it; fix the file, or download the feed again",
	} {
		path := filepath.Join(dir, name)
		_, errs := LoadAll(t.Context(), []Source{Path(path)})
		if len(errs) != 1 || errs[0].Error() != path+": "+want {
			t.Errorf("%s: errors %q, want %q", name, errs, want)
		}
	}
}
