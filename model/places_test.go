package model

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var updatePlaces = flag.Bool("update", false, "rewrite places.tsv from the gazetteer's tables and CLDR")

// writePlaces is places.tsv for the index, its lines sorted.
func writePlaces(idx *placeIndex) string {
	var lines []string
	check := func(key string) {
		if key == "" || strings.ContainsAny(key, "\t\n") {
			panic(fmt.Sprintf("model: a place key places.tsv cannot hold: %q", key))
		}
	}
	code := func(c Country) string {
		if c == 0 {
			return "-"
		}
		return c.String()
	}
	for k, r := range idx.countries {
		check(k)
		lines = append(lines, fmt.Sprintf("c\t%s\t%d\t%s", k, r.region, code(r.country)))
	}
	for k, p := range idx.text {
		check(k)
		lines = append(lines, fmt.Sprintf("t\t%s\t%d\t%d\t%d\t%d\t%d\t%s", k, p.region, p.flags, p.caps, p.span, p.lead, code(p.country)))
	}
	for k, p := range idx.runs {
		check(k)
		name := 0
		switch {
		case p.subdivision:
			name = 2
		case p.name:
			name = 1
		}
		lines = append(lines, fmt.Sprintf("r\t%s\t%d\t%d\t%d\t%d\t%s", k, p.region, name, p.rule, p.longest, code(p.country)))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + "\n"
}

// TestPlacesFileIsCurrent: places.tsv is what buildPlaces makes from the
// gazetteer's tables and CLDR today, and reads back as the same index.
func TestPlacesFileIsCurrent(t *testing.T) {
	built := buildPlaces()
	want := writePlaces(built)
	if *updatePlaces {
		if err := os.WriteFile("places.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if placesTSV != want {
		t.Fatal("places.tsv is not what the gazetteer's tables make: go test ./model -run TestPlacesFileIsCurrent -update, and read the diff")
	}
	loaded := loadPlaces()
	for name, pair := range map[string][2]any{
		"countries": {built.countries, loaded.countries},
		"text":      {built.text, loaded.text},
		"runs":      {built.runs, loaded.runs},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("the %s index read from places.tsv differs from the built one", name)
		}
	}
	if len(slices.Collect(maps.Keys(loaded.text))) == 0 {
		t.Error("places.tsv gives an empty text index")
	}
}

func BenchmarkLoadPlaces(b *testing.B) {
	for b.Loop() {
		loadPlaces()
	}
}
