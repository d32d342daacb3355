package model

import (
	_ "embed"
	"strconv"
	"strings"
)

// The place index as data. buildPlaces makes it from the gazetteer's tables
// and from CLDR's country names in every language (golang.org/x/text), which
// takes ~80 ms and 13 MB of garbage; doing that in front of the first story
// placed made a parsed feed's first headlines ~100 ms later. So the index is
// built once, when the tables change, into places.tsv:
//
//	go test ./model -run TestPlacesFileIsCurrent -update
//
// and read from it here (keys are slices of the embedded text, so reading it
// costs the maps alone). TestPlacesFileIsCurrent fails when the file and
// buildPlaces differ.
//
// One entry a line, fields separated by tabs, numbers in decimal:
//
//	c KEY REGION COUNTRY                          a country index entry
//	t KEY REGION FLAGS CAPS SPAN LEAD COUNTRY     a text index entry (place)
//	r KEY REGION NAME RULE LONGEST COUNTRY        a run index entry (runPlace)
//
// A run's NAME is 0 (no name, the start of some), 1 (a name) or 2 (a
// subdivision's name).
//
// COUNTRY is an ISO 3166-1 code, or "-" for a name that points to no one
// country (a region's, or one two countries share).

//go:embed places.tsv
var placesTSV string

// loadPlaces reads the place index from places.tsv.
func loadPlaces() *placeIndex {
	idx := &placeIndex{
		countries: make(map[string]placeRef, 20000),
		text:      make(map[string]place, 21000),
		runs:      make(map[string]runPlace, 2500),
	}
	var f [8]string
	for line := range strings.SplitSeq(placesTSV, "\n") {
		if line == "" {
			continue
		}
		n := splitFields(line, f[:])
		num := func(i int) int {
			if i >= n {
				panic("model: places.tsv: a short line: " + line)
			}
			v, err := strconv.Atoi(f[i])
			if err != nil {
				panic("model: places.tsv: " + err.Error())
			}
			return v
		}
		country := func(i int) Country {
			if i >= n {
				panic("model: places.tsv: a short line: " + line)
			}
			return countryOf(f[i])
		}
		key, region := f[1], Region(num(2))
		switch f[0] {
		case "c":
			idx.countries[key] = placeRef{region: region, country: country(3)}
		case "t":
			idx.text[key] = place{region: region, country: country(7), flags: placeFlags(num(3)), caps: uint16(num(4)), span: uint8(num(5)), lead: uint16(num(6))}
		case "r":
			idx.runs[key] = runPlace{region: region, country: country(6), name: num(3) >= 1, subdivision: num(3) == 2, rule: runRule(num(4)), longest: uint8(num(5))}
		default:
			panic("model: places.tsv: an unknown line: " + line)
		}
	}
	return idx
}

// splitFields splits line at tabs into f, without allocating, and returns
// how many fields it found.
func splitFields(line string, f []string) int {
	n := 0
	for n < len(f) {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			f[n] = line
			return n + 1
		}
		f[n], line = line[:i], line[i+1:]
		n++
	}
	return n
}
