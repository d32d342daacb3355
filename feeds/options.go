package feeds

import (
	"github.com/dateline-news/dateline/model"
)

// Options adjust every story of a source, as a subscription in the config
// asks. The zero value changes nothing.
//
// They are applied while each item is normalised (normaliser.story), so a
// story leaves the package already carrying them: nothing downstream
// re-derives its source name, section, tags or regions. What a story file
// says of itself in its front matter (its source, region or section) is
// more particular than a subscription and wins over Name, Region and
// Section; a feed's title, categories and inferred places do not.
type Options struct {
	// Name replaces the feed's title (or, for story files, their folder's
	// name) as the stories' Source; "" keeps it.
	Name string
	// Region, when HasRegion is set, replaces the regions the item's
	// categories, countries and inference would give, and RegionsInferred
	// is false. Other (or any value that is not a world region) means "no
	// region". A story file's own region: still wins.
	Region    model.Region
	HasRegion bool
	// Section is the section of stories that name none. A section word
	// ("politics", "tech") is spelled as a feed's category would give it
	// ("Politics", "Technology"); anything else is kept as written.
	Section string
	// Tags are added to every story's tags, after its own, leaving out any
	// it already has (compared case-insensitively). They are labels only:
	// unlike a feed's categories they never decide a section or a region
	// (Region is for that), so tagging a subscription "Europe" does not
	// move its stories about Kenya.
	Tags []string
}

// With returns the source with its stories adjusted by o, replacing any
// options it had. It works for every kind of source; a folder's options
// apply to every feed and story file in it. The option strings come from a
// config file that may hold anything, so they are sanitised here, once, as
// one-line fields (SanitizeLine) and cut like any field of a feed.
func (s Source) With(o Options) Source {
	s.opts = o.clean()
	return s
}

// clean sanitises the options' strings and drops empty and repeated tags.
// It copies: the caller may go on changing o.Tags.
func (o Options) clean() Options {
	c := Options{
		Name:      SanitizeLine(capText(o.Name, maxField)),
		Region:    o.Region,
		HasRegion: o.HasRegion,
		Section:   SanitizeLine(capText(o.Section, maxField)),
	}
	if sec, ok := sectionOf(c.Section); ok {
		c.Section = sec
	}
	for _, t := range o.Tags {
		if t = SanitizeLine(capText(t, maxField)); t != "" && !containsFold(c.Tags, t) {
			c.Tags = append(c.Tags, t)
		}
	}
	return c
}

// regions decides a story's regions: a story file's own declaration, else
// the override, else what model.ClassifyPlaces found. The countries are
// always what it found.
func (o *Options) regions(explicit []string, p model.Places) (model.RegionSet, bool, model.CountrySet) {
	if o.HasRegion && !declaresRegion(explicit) {
		return model.RegionSet(0).Add(o.Region), false, p.Countries
	}
	return p.Regions, p.RegionsInferred, p.Countries
}

// declaresRegion reports whether a story file's region names resolve to a
// region ("Other" included), as the first step of ClassifyRegions counts
// them.
func declaresRegion(names []string) bool {
	for _, n := range names {
		if _, ok := model.LookupRegion(n); ok {
			return true
		}
	}
	return false
}

// withTags returns tags followed by those of extra it lacks (compared
// case-insensitively), never writing into tags' array, which the caller's
// terms may share.
func withTags(tags, extra []string) []string {
	copied := false
	for _, t := range extra {
		if containsFold(tags, t) {
			continue
		}
		if !copied {
			tags = append(make([]string, 0, len(tags)+len(extra)), tags...)
			copied = true
		}
		tags = append(tags, t)
	}
	return tags
}
