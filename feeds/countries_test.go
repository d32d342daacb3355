package feeds

import (
	"testing"

	"github.com/dateline-news/dateline/model"
)

// TestStoriesGetCountriesFromTheirText: a feed's stories get the
// countries of their categories, headline and lead (not of a dateline
// leading the lead), else of their dateline; and a region follows from a
// country the lead names.
func TestStoriesGetCountriesFromTheirText(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>1</guid><title>Chip makers warn of shortages</title><category>Korea</category>
<description>Makers in Taiwan said demand was strong.</description></item>
<item><guid>2</guid><title>Kenya raises fuel prices</title>
<description>ISTANBUL — Kenya's energy regulator, following Uganda and Ethiopia, raised prices.</description></item>
<item><guid>3</guid><title>Central bank holds rates</title>
<description>LAGOS — The central bank held its benchmark rate.</description></item>
<item><guid>4</guid><title>Port strike ends</title>
<description>Dock workers in Chile returned to work on Monday.</description></item>
</channel></rss>`
	stories, errs := loadBytes(t, "f.xml", []byte(rss))
	if len(errs) > 0 || len(stories) != 4 {
		t.Fatalf("%d stories, errors %v", len(stories), errs)
	}
	want := map[string]struct {
		countries string
		regions   model.RegionSet
	}{
		"Chip makers warn of shortages": {"KR,TW", model.RegionSet(0).Add(model.AsiaPacific)},
		"Kenya raises fuel prices":      {"KE,UG,ET", model.RegionSet(0).Add(model.Africa)},
		"Central bank holds rates":      {"NG", model.RegionSet(0).Add(model.Africa)},
		"Port strike ends":              {"CL", model.RegionSet(0).Add(model.Americas)},
	}
	for _, s := range stories {
		w := want[s.Title]
		if got := s.Countries.String(); got != w.countries || s.Regions != w.regions {
			t.Errorf("%q: countries %q regions %v, want %q %v", s.Title, got, s.Regions.Names(), w.countries, w.regions.Names())
		}
	}
}
