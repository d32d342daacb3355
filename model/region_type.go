package model

// Region is a part of the world a story is about. The zero value is Other:
// a story with no known region.
type Region uint8

// The built-in regions, in alphabetical order of their display names.
const (
	Other Region = iota
	Africa
	Americas
	AsiaPacific
	Europe
	MiddleEast
	numRegions
)

// WorldRegions lists the regions a story can be assigned to, in display
// (alphabetical) order. Other is not among them: it means "none of these".
var WorldRegions = [...]Region{Africa, Americas, AsiaPacific, Europe, MiddleEast}

var regionNames = [numRegions]string{
	Other:       "Other",
	Africa:      "Africa",
	Americas:    "Americas",
	AsiaPacific: "Asia - Pacific",
	Europe:      "Europe",
	MiddleEast:  "Middle East",
}

// String is the region's canonical display name, e.g. "Asia - Pacific".
func (r Region) String() string {
	if r >= numRegions {
		return "Other"
	}
	return regionNames[r]
}

// RegionSet is a small set of world regions. The empty set means Other.
type RegionSet uint8

// Add returns the set with r added. Adding Other changes nothing.
func (s RegionSet) Add(r Region) RegionSet {
	if r == Other || r >= numRegions {
		return s
	}
	return s | 1<<r
}

// Has reports whether r is in the set; Other is in exactly the empty set.
func (s RegionSet) Has(r Region) bool {
	if r == Other {
		return s == 0
	}
	return s&(1<<r) != 0
}

// List returns the regions in display order, or [Other] for the empty set.
func (s RegionSet) List() []Region {
	if s == 0 {
		return []Region{Other}
	}
	out := make([]Region, 0, 2)
	for _, r := range WorldRegions {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// Names returns the display names of the regions in the set; the empty set
// gives none (callers that print "Other" do so themselves).
func (s RegionSet) Names() []string {
	out := []string{}
	for _, r := range WorldRegions {
		if s.Has(r) {
			out = append(out, r.String())
		}
	}
	return out
}
