package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// coverageFeed writes an RSS feed named title with items of (guid, pubDate,
// title, description) to dir and returns its path.
func coverageFeed(t *testing.T, dir, title string, items ...[4]string) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>`, title)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><guid>%s</guid><pubDate>%s</pubDate><title>%s</title><description>%s</description></item>`, it[0], it[1], it[2], it[3])
	}
	b.WriteString(`</channel></rss>`)
	path := filepath.Join(dir, strings.ReplaceAll(strings.ToLower(title), " ", "-")+".xml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// typhoonWire is the wire's story of a typhoon that two other outlets
// covered (typhoonCoverage).
var typhoonWire = [4]string{"https://wire.example/typhoon", "Sat, 21 Nov 2026 02:10:00 GMT",
	"Typhoon forces 200,000 to flee homes in northern Philippines",
	"Typhoon Marce made landfall in Cagayan province with sustained winds of 185 km/h; at least three people were killed"}

// typhoonCoverage writes two more outlets' feeds of the typhoon, later the
// same day, and returns their paths.
func typhoonCoverage(t *testing.T, dir string) (ledger, courier string) {
	t.Helper()
	ledger = coverageFeed(t, dir, "Capital Ledger",
		[4]string{"https://ledger.example/typhoon", "Sat, 21 Nov 2026 07:55:00 GMT",
			"Philippines typhoon drives 200,000 from their homes",
			"Typhoon Marce hit Cagayan province with sustained winds of 185 km/h, killing at least three people, officials said"})
	courier = coverageFeed(t, dir, "Northern Courier",
		[4]string{"https://courier.example/marce", "Sat, 21 Nov 2026 11:00:00 GMT",
			"Three dead as Typhoon Marce slams into Luzon",
			"Evacuation centres in Cagayan are full, with winds of up to 185 km/h tearing roofs off 200,000 homes"})
	return ledger, courier
}

// Stories of one event from different feeds share an event in list
// --format json; a story alone has its own ID; the library keeps the
// events, and a story read later joins the event it belongs to.
func TestListGroupsCoverageOfOneEvent(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "library.db")
	wire := coverageFeed(t, dir, "Meridian Wire",
		typhoonWire,
		[4]string{"https://wire.example/factories", "Tue, 24 Nov 2026 09:10:00 GMT",
			"Eurozone factory output falls for a third month as energy costs bite",
			"Industrial production in the euro area fell 0.6% in September from August, Eurostat said"})
	ledger, courier := typhoonCoverage(t, dir)

	events := func(args ...string) map[string]string {
		t.Helper()
		out := map[string]string{}
		for _, s := range listJSON(t, args...) {
			out[field(s, "id")] = field(s, "event")
		}
		return out
	}
	// The event is named by the story of it placed first: feeds are read
	// in parallel, so either.
	first := events("--db", db, wire, ledger)
	typhoon := first["https://wire.example/typhoon"]
	if typhoon != "https://wire.example/typhoon" && typhoon != "https://ledger.example/typhoon" {
		t.Fatalf("first run: the wire's typhoon story is in event %q (all: %v)", typhoon, first)
	}
	want := map[string]string{"https://ledger.example/typhoon": typhoon,
		"https://wire.example/factories": "https://wire.example/factories"}
	for id, e := range want {
		if first[id] != e {
			t.Errorf("first run: %s in event %q, want %q (all: %v)", id, first[id], e, first)
		}
	}
	// A restart, and a new story of the event from a third outlet.
	later := events("--db", db, courier)
	if e := later["https://courier.example/marce"]; e != typhoon {
		t.Errorf("a story read later is in event %q, want %q", e, typhoon)
	}
	library := events("--db", db)
	want["https://courier.example/marce"] = typhoon
	want["https://wire.example/typhoon"] = typhoon
	for id, e := range want {
		if library[id] != e {
			t.Errorf("the library: %s in event %q, want %q", id, library[id], e)
		}
	}
	// Without a library the stories are grouped all the same, as they are
	// read (so the event is named by either typhoon story, as above).
	none := events("--no-library", wire, ledger)
	if e := none["https://wire.example/typhoon"]; e != none["https://ledger.example/typhoon"] ||
		e != "https://wire.example/typhoon" && e != "https://ledger.example/typhoon" ||
		none["https://wire.example/factories"] != "https://wire.example/factories" {
		t.Errorf("without a library: %v", none)
	}
}

// The sample's outlets write in English and French: a story and its
// coverage in the other language share an event, whether the sample is
// stored or not. The French story names the ECB in full ("Banque
// centrale européenne"), which once read as a central bank of France and
// Germany and kept it from the English one.
func TestSampleGroupsCoverageAcrossLanguages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "library.db")
	for _, args := range [][]string{{"--no-library", "../testdata/sample"}, {"--db", db, "../testdata/sample"}} {
		byTitle := map[string]string{}
		for _, s := range listJSON(t, args...) {
			byTitle[field(s, "title")] = field(s, "event")
		}
		for _, pair := range [][2]string{
			{"Eurozone factory output falls for a third month as energy costs bite",
				"Zone euro : la production industrielle recule de 0,6 % en septembre, troisième baisse d'affilée"},
			{"Nairobi's airport train makes its first run", "Kenya : le train relie enfin le centre de Nairobi à l'aéroport"},
		} {
			a, b := byTitle[pair[0]], byTitle[pair[1]]
			if a == "" || a != b {
				t.Errorf("%v: %q in event %q, %q in %q", args, pair[0], a, pair[1], b)
			}
		}
	}
}
