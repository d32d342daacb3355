package model

import "strings"

// Clues are what a story says of where it is: what the feeds package
// hands ClassifyPlaces.
type Clues struct {
	// Regions and Countries are what a story file's front matter declares
	// (region:, countries:), as written.
	Regions, Countries []string
	// Terms are the feed's categories and tags.
	Terms []string
	// Headline, Dateline and Lead (the first paragraph, or the summary
	// standing for it) are searched for names when nothing is declared.
	Headline, Dateline, Lead string
}

// Places is where ClassifyPlaces puts a story.
type Places struct {
	Regions RegionSet
	// RegionsInferred is true when the regions were found in the text
	// rather than declared by front matter or terms.
	RegionsInferred bool
	Countries       CountrySet
}

// ClassifyPlaces decides a story's countries and regions.
//
// Its countries are the front matter's, by code or by name
// (LookupCountry), when it names any. Else they are those of its terms
// that are a country's name, a city's or a demonym ("Korea", "Seoul",
// "Korean"; never a bare code: "AI" is not Anguilla), then those named in
// its headline and its lead (InferCountries), in that order; else those
// named in its dateline. A dateline at the start of the lead ("ISTANBUL —
// Seoul and Beijing...") is the dateline, not the lead: agencies file
// foreign stories from home.
//
// Its regions are those the front matter or the terms name as regions
// (ClassifyRegions' first two steps). Else they follow from where it is:
// the front matter's countries' regions; else the regions of its terms'
// places, the regions named in its headline and those of the countries
// named in its lead (so a story whose lead names Kenya is in Africa), and
// when these give none, those named in its dateline. RegionsInferred is
// true when they came from the text alone.
func ClassifyPlaces(c Clues) Places {
	var p Places
	for _, name := range c.Countries {
		if country, ok := LookupCountry(name); ok {
			p.Countries = p.Countries.Add(country)
		}
	}
	declared := p.Countries != 0
	var termPlaces RegionSet
	var head, lead found
	if !declared {
		for _, term := range c.Terms {
			var scratch [64]byte
			if ref, ok := places().countries[string(nameKey(scratch[:0], term))]; ok {
				p.Countries = p.Countries.Add(ref.country)
				termPlaces = termPlaces.Add(ref.region)
			}
		}
		head.infer(c.Headline)
		lead.infer(withoutDateline(c.Lead, c.Dateline))
		for country := range head.countries.All() {
			p.Countries = p.Countries.Add(country)
		}
		for country := range lead.countries.All() {
			p.Countries = p.Countries.Add(country)
		}
		if p.Countries == 0 {
			p.Countries = InferCountries(c.Dateline)
		}
	}

	switch {
	case declaresRegion(c.Regions) || termsNameRegion(c.Terms):
		p.Regions, p.RegionsInferred = ClassifyRegions(c.Regions, c.Terms, c.Headline, c.Dateline)
	case declared:
		p.Regions = p.Countries.Regions()
	default:
		p.Regions = termPlaces | head.regions | lead.countries.Regions()
		if p.Regions == 0 {
			p.Regions = InferRegions(c.Dateline)
		}
		p.RegionsInferred = termPlaces == 0 && p.Regions != 0
	}
	return p
}

// withoutDateline returns the lead without the dateline it starts with.
func withoutDateline(lead, dateline string) string {
	lead = strings.TrimSpace(lead)
	if dateline != "" && len(lead) >= len(dateline) && strings.EqualFold(lead[:len(dateline)], dateline) {
		return lead[len(dateline):]
	}
	return lead
}

// declaresRegion reports whether any of names is a region ("Other"
// included), as the first step of ClassifyRegions counts them.
func declaresRegion(names []string) bool {
	for _, n := range names {
		if _, ok := LookupRegion(n); ok {
			return true
		}
	}
	return false
}

// termsNameRegion reports whether a term is a region's name or alias, as
// the second step of ClassifyRegions counts them.
func termsNameRegion(terms []string) bool {
	for _, term := range terms {
		var scratch [64]byte
		if _, ok := regionIndex[string(nameKey(scratch[:0], term))]; ok {
			return true
		}
	}
	return false
}
