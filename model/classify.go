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
// Its countries come from the first of these that names any:
//
//  1. the front matter's countries, by code or by name (LookupCountry);
//  2. terms that are a country's name, a city's or a demonym ("Korea",
//     "Seoul", "Korean"), never a bare code ("AI" is not Anguilla);
//  3. the names in the headline and the lead, in that order
//     (InferCountries), and else those in the dateline. A dateline at the
//     start of the lead ("ISTANBUL — Seoul and Beijing...") is the
//     dateline, not the lead: agencies file foreign stories from home.
//
// Its regions are those the front matter or the terms name, as
// ClassifyRegions finds them; else, when the front matter names
// countries, theirs; else they are inferred: the regions named in the
// headline and those of the countries named in the lead (a story whose
// region is not given is where its countries are, so one whose lead names
// Kenya is in Africa), else the dateline's.
func ClassifyPlaces(c Clues) Places {
	var p Places
	for _, name := range c.Countries {
		if country, ok := LookupCountry(name); ok {
			p.Countries = p.Countries.Add(country)
		}
	}
	if p.Countries == 0 {
		for _, term := range c.Terms {
			var scratch [64]byte
			if ref, ok := places().countries[string(nameKey(scratch[:0], term))]; ok {
				p.Countries = p.Countries.Add(ref.country)
			}
		}
	}
	if p.Countries == 0 {
		var head, lead found
		head.infer(c.Headline)
		lead.infer(withoutDateline(c.Lead, c.Dateline))
		p.Countries = head.countries
		for country := range lead.countries.All() {
			p.Countries = p.Countries.Add(country)
		}
		if p.Countries == 0 {
			p.Countries = InferCountries(c.Dateline)
		}
		if !declaresRegion(c.Regions) && termRegions(c.Terms) == 0 {
			p.Regions = head.regions | lead.countries.Regions()
			if p.Regions == 0 {
				p.Regions = InferRegions(c.Dateline)
			}
			p.RegionsInferred = p.Regions != 0
			return p
		}
	} else if !declaresRegion(c.Regions) && termRegions(c.Terms) == 0 {
		p.Regions = p.Countries.Regions() // the front matter's countries
		return p
	}
	p.Regions, p.RegionsInferred = ClassifyRegions(c.Regions, c.Terms, c.Headline, c.Dateline)
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

// termRegions is the regions the terms name, as the second and third
// steps of ClassifyRegions find them: a region's name or alias, or a
// place's.
func termRegions(terms []string) RegionSet {
	var set RegionSet
	for _, term := range terms {
		var scratch [64]byte
		key := nameKey(scratch[:0], term)
		if r, ok := regionIndex[string(key)]; ok {
			set = set.Add(r)
		} else if ref, ok := places().countries[string(key)]; ok {
			set = set.Add(ref.region)
		}
	}
	return set
}
