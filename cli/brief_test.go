package cli

import (
	"strings"
	"testing"
)

// brief prints each region's events of the day, the most covered first,
// with their outlets; --region keeps one region and --format json gives
// one event a line.
func TestBriefShowsTheDaysEventsByRegion(t *testing.T) {
	dir := t.TempDir()
	wire := coverageFeed(t, dir, "Meridian Wire",
		typhoonWire,
		[4]string{"https://wire.example/rates", "Sat, 21 Nov 2026 06:00:00 GMT",
			"Chile's central bank holds rates as inflation eases",
			"The central bank in Santiago kept its benchmark rate at 5.25%"},
		[4]string{"https://wire.example/old", "Wed, 18 Nov 2026 06:00:00 GMT",
			"Kenya opens a new rail line to Uganda", "Nairobi trains leave for Kampala"})
	ledger, courier := typhoonCoverage(t, dir)

	o := dateline(t, "brief", wire, ledger, courier)
	o.want(t, ExitOK)
	text := o.stdout
	apac := text[strings.Index(text, "Asia - Pacific"):]
	if !strings.Contains(apac, "1. Typhoon forces 200,000 to flee homes in northern Philippines") || !strings.Contains(apac, "3 outlets · PH · Meridian Wire") {
		t.Errorf("Asia - Pacific does not lead with the typhoon, the earliest story of three outlets:\n%s", text)
	}
	if !strings.Contains(text, "Chile's central bank holds rates") || strings.Contains(text, "Kenya opens") {
		t.Errorf("the day's lone story missing, or an older one shown:\n%s", text)
	}
	if !strings.Contains(text, "from 2026-11-20 11:00 UTC to 2026-11-21 11:00 UTC") {
		t.Errorf("an old library's day is not the day before its newest story:\n%s", text)
	}

	o = dateline(t, "brief", "--region", "apac", "--format", "json", wire, ledger, courier)
	o.want(t, ExitOK)
	lines := jsonLines(t, o.stdout)
	if len(lines) != 1 || field(lines[0], "region") != "Asia - Pacific" || lines[0]["outlets"] != 3.0 {
		t.Fatalf("brief --region apac --format json:\n%s", o.stdout)
	}
	lead := lines[0]["lead"].(map[string]any)
	others := lines[0]["others"].([]any)
	if countries, _ := lines[0]["countries"].([]any); len(countries) == 0 || countries[0] != "PH" {
		t.Errorf("the typhoon's countries: %v, want the Philippines first", lines[0]["countries"])
	}
	if field(lead, "id") != "https://wire.example/typhoon" || len(others) != 2 || field(lead, "event") != field(lines[0], "event") {
		t.Errorf("lead %v, others %v", lead, others)
	}
}
