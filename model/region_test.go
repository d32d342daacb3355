package model

import (
	"slices"
	"strings"
	"testing"
)

// set builds a RegionSet for a test's expectations.
func set(rs ...Region) RegionSet {
	var s RegionSet
	for _, r := range rs {
		s = s.Add(r)
	}
	return s
}

func TestLookupRegion(t *testing.T) {
	tests := []struct {
		name, in string
		want     Region
	}{
		{"canonical Africa", "Africa", Africa},
		{"canonical Americas", "Americas", Americas},
		{"canonical Asia - Pacific", "Asia - Pacific", AsiaPacific},
		{"canonical Europe", "Europe", Europe},
		{"canonical Middle East", "Middle East", MiddleEast},
		{"canonical Other", "Other", Other},
		{"lower case", "other", Other},
		{"hyphenated", "asia-pacific", AsiaPacific},
		{"en dash with spaces", "Asia – Pacific", AsiaPacific},
		{"spaced", "asia pacific", AsiaPacific},
		{"underscore", "ASIA_PACIFIC", AsiaPacific},
		{"slash", "Asia/Pacific", AsiaPacific},
		{"Go constant spelling", "AsiaPacific", AsiaPacific},
		{"surrounding space", "  europe  ", Europe},
		{"APAC", "APAC", AsiaPacific},
		{"Asia", "Asia", AsiaPacific},
		{"Oceania", "Oceania", AsiaPacific},
		{"Pacific", "Pacific", AsiaPacific},
		{"Australasia", "Australasia", AsiaPacific},
		{"South Asia", "South Asia", AsiaPacific},
		{"East Asia", "East Asia", AsiaPacific},
		{"Southeast Asia", "Southeast Asia", AsiaPacific},
		{"South-East Asia", "South-East Asia", AsiaPacific},
		{"Central Asia", "Central Asia", AsiaPacific},
		{"Latin America", "Latin America", Americas},
		{"South America", "South America", Americas},
		{"North America", "North America", Americas},
		{"Central America", "Central America", Americas},
		{"Caribbean", "the Caribbean", Americas},
		{"LatAm", "LatAm", Americas},
		{"US & Canada section", "US & Canada", Americas},
		{"MENA is Middle East", "MENA", MiddleEast},
		{"Middle East & North Africa", "Middle East & North Africa", MiddleEast},
		{"Middle East and North Africa", "middle east and north africa", MiddleEast},
		{"Gulf", "Gulf", MiddleEast},
		{"Near East", "Near East", MiddleEast},
		{"Mideast", "Mideast", MiddleEast},
		{"Sub-Saharan Africa", "Sub-Saharan Africa", Africa},
		{"North Africa is Africa", "North Africa", Africa},
		{"West Africa", "West Africa", Africa},
		{"East Africa", "East Africa", Africa},
		{"Maghreb", "Maghreb", Africa},
		{"EU", "EU", Europe},
		{"E.U.", "E.U.", Europe},
		{"European Union", "European Union", Europe},
		{"Eastern Europe", "Eastern Europe", Europe},
		{"Western Europe", "Western Europe", Europe},
		{"Balkans", "The Balkans", Europe},
		{"Scandinavia", "Scandinavia", Europe},
		{"Nordics", "Nordics", Europe},
		{"Caucasus is Europe", "Caucasus", Europe},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LookupRegion(tt.in)
			if !ok || got != tt.want {
				t.Errorf("LookupRegion(%q) = %v, %v; want %v, true", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestLookupRegionAcceptsEveryLabelOnScreen(t *testing.T) {
	// The exact strings the screen shows: the list's badges (ui/rows.go,
	// badges; "  · ", Other's badge, is a mark, not a name) and the tab bar's
	// narrow names (ui/tabs.go, shortNames). Keep in step with those tables.
	shown := []struct {
		label string
		want  Region
	}{
		{"AFR ", Africa},
		{"AMER", Americas},
		{"APAC", AsiaPacific},
		{"EUR ", Europe},
		{"MIDE", MiddleEast},
		{"Other", Other},
		{"Africa", Africa},
		{"Amer.", Americas},
		{"APAC", AsiaPacific},
		{"Europe", Europe},
		{"MidEast", MiddleEast},
	}
	for _, s := range shown {
		label := strings.TrimSpace(s.label)
		for _, in := range []string{label, strings.ToLower(label), strings.ToUpper(label), strings.TrimSuffix(label, ".")} {
			if got, ok := LookupRegion(in); !ok || got != s.want {
				t.Errorf("LookupRegion(%q) = %v, %v; want %v, true", in, got, ok, s.want)
			}
		}
	}
}

func TestScreenLabelsAreNotFoundInStories(t *testing.T) {
	// "EUR" is a currency and "AMER" a name: a label names a region when
	// typed, not in a feed's tags or a headline.
	if got, _ := ClassifyRegions(nil, []string{"EUR", "AMER", "MIDE"}, "EUR falls as AMER desk closes", ""); got != 0 {
		t.Errorf("ClassifyRegions with labels as tags and in the headline = %v, want Other", got.Names())
	}
}

func TestLookupRegionRejects(t *testing.T) {
	for _, in := range []string{"", "  ", "-", "Kenya", "Türkiye", "World", "Politics", "Amazon",
		"Atlantis", "Asia Pacific Europe", "Europe!!Africa?", "Middle"} {
		if r, ok := LookupRegion(in); ok {
			t.Errorf("LookupRegion(%q) = %v, true; want false", in, r)
		}
	}
}

func TestRegionNames(t *testing.T) {
	got := strings.Join(RegionNames(), ", ")
	if want := "Africa, Americas, Asia - Pacific, Europe, Middle East, Other"; got != want {
		t.Errorf("RegionNames() = %q, want %q", got, want)
	}
	for _, name := range RegionNames() {
		if _, ok := LookupRegion(name); !ok {
			t.Errorf("LookupRegion(%q) fails for a name RegionNames lists", name)
		}
	}
}

func TestCountryRegion(t *testing.T) {
	tests := []struct {
		name, in string
		want     Region
	}{
		{"country", "Kenya", Africa},
		{"demonym", "Kenyan", Africa},
		{"plural demonym", "Kenyans", Africa},
		{"capital", "Nairobi", Africa},
		{"Türkiye", "Türkiye", Europe},
		{"Türkiye without accent", "Turkiye", Europe},
		{"Türkiye in capitals", "TÜRKİYE", Europe},
		{"Turkey as a term ignores case", "turkey", Europe},
		{"Istanbul follows Turkey", "Istanbul", Europe},
		{"Côte d'Ivoire", "Côte d'Ivoire", Africa},
		{"Côte d’Ivoire with a curly apostrophe", "Cote d’Ivoire", Africa},
		{"Ivory Coast", "Ivory Coast", Africa},
		{"DRC", "DRC", Africa},
		{"DR Congo", "DR Congo", Africa},
		{"Republic of the Congo", "Republic of the Congo", Africa},
		{"UK", "UK", Europe},
		{"U.K.", "U.K.", Europe},
		{"US", "US", Americas},
		{"U.S.", "U.S.", Americas},
		{"United States", "United States", Americas},
		{"USA lower case", "usa", Americas},
		{"UAE", "UAE", MiddleEast},
		{"Egypt is Middle East", "Egypt", MiddleEast},
		{"Libya is Africa", "Libya", Africa},
		{"Russia is Europe", "Russia", Europe},
		{"Kazakhstan is Asia - Pacific", "Kazakhstan", AsiaPacific},
		{"Afghanistan is Asia - Pacific", "Afghanistan", AsiaPacific},
		{"Mexico", "Mexico", Americas},
		{"Jamaica", "Jamaica", Americas},
		{"Jordan as a term is the country", "Jordan", MiddleEast},
		{"Chad as a term is the country", "Chad", Africa},
		{"Tbilisi", "Tbilisi", Europe},
		{"Republic of Georgia", "Republic of Georgia", Europe},
		{"Georgia (country)", "Georgia (country)", Europe},
		{"Nigerien", "Nigerien", Africa},
		{"Nigerian", "Nigerian", Africa},
		{"Papua New Guinea", "Papua New Guinea", AsiaPacific},
		{"Guinea-Bissau", "Guinea Bissau", Africa},
		{"Hong Kong", "Hong Kong", AsiaPacific},
		{"Macao", "Macao", AsiaPacific},
		{"Taiwan", "Taiwan", AsiaPacific},
		{"Kosovo", "Kosovo", Europe},
		{"Palestine", "Palestine", MiddleEast},
		{"Gaza", "Gaza", MiddleEast},
		{"Puerto Rico", "Puerto Rico", Americas},
		{"Greenland is Europe", "Greenland", Europe},
		{"Western Sahara", "Western Sahara", Africa},
		{"leading the", "The Gambia", Africa},
		{"Kyiv", "Kyiv", Europe},
		{"Kiev", "Kiev", Europe},
		{"São Paulo", "Sao Paulo", Americas},
		{"Mexico City", "Mexico City", Americas},
		{"Washington", "Washington", Americas},
		{"Indian", "Indian", AsiaPacific},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := CountryRegion(tt.in)
			if !ok || got != tt.want {
				t.Errorf("CountryRegion(%q) = %v, %v; want %v, true", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestCountryRegionRejects(t *testing.T) {
	for _, in := range []string{"", "Georgia", "Georgian", "English", "Asia", "Europe", "World", "Politics",
		"Amazon", "Kenya Airways", "Nigeri", "Sydney", "Santiago", "Narnia"} {
		if r, ok := CountryRegion(in); ok {
			t.Errorf("CountryRegion(%q) = %v, true; want false", in, r)
		}
	}
}

// The UN's 193 member states, by the region dateline files them under.
var unMembers = map[Region][]string{
	Africa: {"Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cabo Verde", "Cameroon",
		"Central African Republic", "Chad", "Comoros", "Congo", "Democratic Republic of the Congo",
		"Côte d'Ivoire", "Djibouti", "Equatorial Guinea", "Eritrea", "Eswatini", "Ethiopia", "Gabon", "Gambia",
		"Ghana", "Guinea", "Guinea-Bissau", "Kenya", "Lesotho", "Liberia", "Libya", "Madagascar", "Malawi", "Mali",
		"Mauritania", "Mauritius", "Morocco", "Mozambique", "Namibia", "Niger", "Nigeria", "Rwanda",
		"Sao Tome and Principe", "Senegal", "Seychelles", "Sierra Leone", "Somalia", "South Africa",
		"South Sudan", "Sudan", "United Republic of Tanzania", "Togo", "Tunisia", "Uganda", "Zambia", "Zimbabwe"},
	Americas: {"Antigua and Barbuda", "Argentina", "Bahamas", "Barbados", "Belize", "Bolivia", "Brazil", "Canada",
		"Chile", "Colombia", "Costa Rica", "Cuba", "Dominica", "Dominican Republic", "Ecuador", "El Salvador",
		"Grenada", "Guatemala", "Guyana", "Haiti", "Honduras", "Jamaica", "Mexico", "Nicaragua", "Panama",
		"Paraguay", "Peru", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
		"Suriname", "Trinidad and Tobago", "United States of America", "Uruguay", "Venezuela"},
	AsiaPacific: {"Afghanistan", "Australia", "Bangladesh", "Bhutan", "Brunei Darussalam", "Cambodia", "China",
		"Fiji", "India", "Indonesia", "Japan", "Kazakhstan", "Kiribati", "Kyrgyzstan",
		"Lao People's Democratic Republic", "Malaysia", "Maldives", "Marshall Islands",
		"Federated States of Micronesia", "Mongolia", "Myanmar", "Nauru", "Nepal", "New Zealand",
		"Democratic People's Republic of Korea", "Pakistan", "Palau", "Papua New Guinea", "Philippines",
		"Samoa", "Singapore", "Solomon Islands", "Republic of Korea", "Sri Lanka", "Tajikistan", "Thailand",
		"Timor-Leste", "Tonga", "Turkmenistan", "Tuvalu", "Uzbekistan", "Vanuatu", "Viet Nam"},
	Europe: {"Albania", "Andorra", "Armenia", "Austria", "Azerbaijan", "Belarus", "Belgium",
		"Bosnia and Herzegovina", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland",
		"France", "Republic of Georgia", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Latvia",
		"Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Republic of Moldova", "Monaco", "Montenegro",
		"Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Russian Federation",
		"San Marino", "Serbia", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Türkiye", "Ukraine",
		"United Kingdom of Great Britain and Northern Ireland"},
	MiddleEast: {"Bahrain", "Egypt", "Iran (Islamic Republic of)", "Iraq", "Israel", "Jordan", "Kuwait", "Lebanon",
		"Oman", "Qatar", "Saudi Arabia", "Syrian Arab Republic", "United Arab Emirates", "Yemen"},
}

func TestEveryUNMemberStateHasARegion(t *testing.T) {
	count := 0
	for region, names := range unMembers {
		for _, name := range names {
			count++
			// The UN writes some names "Iran (Islamic Republic of)".
			if open := strings.Index(name, " ("); open > 0 {
				name = "Islamic Republic of " + name[:open]
			}
			if got, ok := CountryRegion(name); !ok || got != region {
				t.Errorf("CountryRegion(%q) = %v, %v; want %v", name, got, ok, region)
			}
		}
	}
	if count != 193 {
		t.Errorf("the test lists %d UN member states, want 193", count)
	}
}

// Every name in the gazetteer must resolve to its own region, and be found
// in a headline that writes it as the gazetteer does, unless it is marked
// as a name that needs context.
func TestGazetteerNamesResolveToTheirRegion(t *testing.T) {
	for _, n := range nations {
		for _, list := range []string{n.names, n.places, n.demonyms} {
			for name := range strings.SplitSeq(list, "|") {
				if name == "" {
					continue
				}
				name, flags, inText := marks(name)
				if got, ok := CountryRegion(name); !ok || got != n.region {
					t.Errorf("CountryRegion(%q) = %v, %v; want %v", name, got, ok, n.region)
				}
				if !inText || flags&needsStateWord != 0 {
					continue
				}
				headline := "News from " + name + " today"
				if got := InferRegions(headline); got != set(n.region) {
					t.Errorf("InferRegions(%q) = %v, want %v", headline, got.Names(), n.region)
				}
			}
		}
	}
}

func TestInferRegions(t *testing.T) {
	tests := []struct {
		name, text string
		want       RegionSet
	}{
		{"nothing", "Parliament weighs new budget rules after long talks", 0},
		{"empty", "", 0},
		{"country", "Kenya raises interest rates", set(Africa)},
		{"possessive", "Kenya's central bank raises rates", set(Africa)},
		{"capital", "Talks resume in Nairobi", set(Africa)},
		{"plural demonym", "Kenyans vote in record numbers", set(Africa)},
		{"several places of one region", "Seoul urges Beijing to send North Koreans held in China to South Korea",
			set(AsiaPacific)},
		{"several regions", "EU and China sign trade deal", set(Europe, AsiaPacific)},
		{"region alias in a headline", "Asia – Pacific markets slide", set(AsiaPacific)},
		{"Middle East", "Middle East peace talks stall", set(MiddleEast)},

		{"Georgia alone is not inferred", "Georgia lawmakers pass election bill", 0},
		{"Georgian is not inferred", "Georgian architecture draws crowds", 0},
		{"Tbilisi says Georgia the country", "Protesters fill Tbilisi streets", set(Europe)},
		{"Athens, Georgia is American", "Flooding in Athens, Georgia", set(Americas)},

		{"Michael Jordan is not the country", "Michael Jordan buys stake in team", 0},
		{"Jordan at the start is not the country", "Jordan scores 40 as Bulls win", 0},
		{"Jordan's king is the country", "Jordan's king meets Pope", set(MiddleEast)},
		{"King of Jordan", "Pope meets King of Jordan", set(MiddleEast)},
		{"in southern Jordan", "Flash floods kill seven in southern Jordan", set(MiddleEast)},
		{"in Chad", "Refugees arrive in Chad", set(Africa)},
		{"a pass to Jordan", "Pippen passes to Jordan for the winner", 0},
		{"Jordanian", "Jordanian troops deploy", set(MiddleEast)},
		{"Chad the first name", "Chad Smith scores twice", 0},
		{"Chad with a state word", "Chad junta frees prisoners", set(Africa)},
		{"President of Chad", "President of Chad visits Paris", set(Africa, Europe)},
		{"Chadian", "Chadian refugees cross border", set(Africa)},

		{"turkey the bird", "Thanksgiving turkey prices rise", 0},
		{"Turkey the country", "Turkey raises rates", set(Europe)},
		{"Türkiye", "Türkiye and Syria reopen border", set(Europe, MiddleEast)},
		{"dateline in capitals", "ANKARA", set(Europe)},
		{"Istanbul dateline", "ISTANBUL", set(Europe)},
		{"china the porcelain", "Auction of fine china sets record", 0},

		{"Nigerian", "Nigerian oil output rises", set(Africa)},
		{"Nigerien", "Nigerien junta expels envoy", set(Africa)},
		{"a name inside a word is not a name: Romania is not Oman", "Romania joins Schengen", set(Europe)},
		{"a name inside a word is not a name: Indiana is not India", "Indiana Jones returns", set(Americas)},
		{"a name inside a word is not a name: Chinatown", "Chinatown festival opens", 0},

		{"Guinea", "Guinea junta sets vote date", set(Africa)},
		{"Guinea-Bissau", "Coup attempt in Guinea-Bissau", set(Africa)},
		{"Equatorial Guinea", "Equatorial Guinea oil deal", set(Africa)},
		{"Papua New Guinea is not Africa", "Papua New Guinea landslide kills dozens", set(AsiaPacific)},
		{"guinea pig", "Guinea pig cafe opens", 0},

		{"New Mexico is not Mexico's Europe", "New Mexico wildfire spreads", set(Americas)},
		{"New York", "NEW YORK", set(Americas)},
		{"New South Wales is not Wales", "New South Wales floods", set(AsiaPacific)},
		{"New England is not England", "New England storm cuts power", set(Americas)},
		{"Paris, Texas", "Tornado hits Paris, Texas", set(Americas)},
		{"Paris Hilton", "Paris Hilton launches label", 0},
		{"Paris", "Strikes in Paris", set(Europe)},

		{"Dominica", "Hurricane hits Dominica", set(Americas)},
		{"Dominican Republic", "Dominican Republic election", set(Americas)},
		{"Sudan", "Sudan ceasefire collapses", set(Africa)},
		{"South Sudan", "South Sudan ceasefire collapses", set(Africa)},
		{"Congo", "Congo river ferry sinks", set(Africa)},
		{"DR Congo", "DR Congo rebels take Goma", set(Africa)},
		{"Congo-Brazzaville", "Congo-Brazzaville votes", set(Africa)},
		{"North Korea", "North Korea fires missile", set(AsiaPacific)},
		{"South Korea", "South Korea's president", set(AsiaPacific)},
		{"Korean", "Korean exports rise", set(AsiaPacific)},
		{"Washington", "Washington weighs sanctions", set(Americas)},

		{"Indian", "Indian rupee falls", set(AsiaPacific)},
		{"American Indian", "American Indian tribes sue", set(Americas)},
		{"Indian Ocean", "Indian Ocean cyclone forms", 0},
		{"Amazon is not a region", "Amazon opens warehouse", 0},

		{"Hong Kong", "Hong Kong stocks rally", set(AsiaPacific)},
		{"Macau", "Macau casinos reopen", set(AsiaPacific)},
		{"Taiwan", "Taiwan holds drills", set(AsiaPacific)},
		{"UK", "UK inflation falls", set(Europe)},
		{"U.K.", "U.K. inflation falls", set(Europe)},
		{"US", "US inflation falls", set(Americas)},
		{"U.S.", "U.S.-backed forces advance", set(Americas)},
		{"us is not US", "Join us for the festival", 0},
		{"Us is not US", "Us and them", 0},
		{"US in a headline in capitals may be the word", "THEY TOLD US NOTHING", 0},
		{"U.S. in capitals", "U.S. STOCKS FALL", set(Americas)},
		{"EU", "EU fines tech firm", set(Europe)},
		{"Eu is not EU", "Eu de toilette", 0},

		{"Egypt is Middle East", "Egypt reopens Rafah crossing", set(MiddleEast)},
		{"Libya is Africa", "Libya floods", set(Africa)},
		{"Gulf of Mexico is not the Gulf", "Gulf of Mexico spill", set(Americas)},
		{"Gulf alone is too loose", "Gulf Coast braces for storm", 0},
		{"Pacific alone is too loose", "Pacific Gas settles suit", 0},
		{"Gulf states", "Gulf states pledge aid", set(MiddleEast)},
		{"African American", "African American museum opens", set(Americas)},
		{"typographic apostrophe", "Côte d’Ivoire votes", set(Africa)},
		{"no accents", "Cote d'Ivoire votes", set(Africa)},
		{"decomposed accents", "Co\u0302te d'Ivoire votes", set(Africa)},
		{"Ivory Coast", "Ivory Coast cocoa", set(Africa)},
		{"Russia is Europe", "Moscow and Kyiv trade blame", set(Europe)},
		{"Central Asia", "Kazakhstan and Uzbekistan sign water pact", set(AsiaPacific)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := InferRegions(tt.text); got != tt.want {
				t.Errorf("InferRegions(%q) = %v, want %v", tt.text, got.Names(), tt.want.Names())
			}
		})
	}
}

func TestClassifyRegions(t *testing.T) {
	tests := []struct {
		name               string
		explicit, terms    []string
		headline, dateline string
		want               RegionSet
		wantInferred       bool
	}{
		{name: "nothing is Other", want: 0},
		{name: "explicit wins over terms",
			explicit: []string{"Europe"}, terms: []string{"Africa"}, headline: "Kenya votes", want: set(Europe)},
		{name: "several explicit regions",
			explicit: []string{"europe", "middle-east"}, want: set(Europe, MiddleEast)},
		{name: "explicit Other stops",
			explicit: []string{"Other"}, terms: []string{"Africa"}, headline: "Kenya votes", want: 0},
		{name: "unknown explicit names are ignored",
			explicit: []string{"Narnia"}, terms: []string{"Africa"}, want: set(Africa)},
		{name: "region term wins over country term",
			terms: []string{"Kenya", "Europe"}, want: set(Europe)},
		{name: "Atom term and label",
			terms: []string{"asia-pacific", "Asia Pacific"}, want: set(AsiaPacific)},
		{name: "alias term", terms: []string{"Sports", "MENA"}, want: set(MiddleEast)},
		{name: "country terms",
			terms: []string{"Politics", "Kenya", "Türkiye"}, headline: "Seoul votes", want: set(Africa, Europe)},
		{name: "section words are never regions",
			terms: []string{"World", "Politics", "Economy", "Sports", "Science", "Culture", "Business", "Opinion"},
			want:  0},
		{name: "Georgia as a term is too ambiguous",
			terms: []string{"Georgia"}, headline: "Georgia votes on new map", want: 0},
		{name: "headline is inferred",
			terms: []string{"World"}, headline: "Kenyan runners sweep marathon", want: set(Africa), wantInferred: true},
		{name: "headline over dateline",
			terms:    []string{"Politics"},
			headline: "Seoul urges Beijing to send North Koreans held in China to South Korea",
			dateline: "ISTANBUL", want: set(AsiaPacific), wantInferred: true},
		{name: "dateline when the headline names nothing",
			headline: "Parliament weighs new budget rules", dateline: "ANKARA", want: set(Europe), wantInferred: true},
		{name: "Anadolu sample as tagged",
			terms:    []string{"Politics", "Asia - Pacific"},
			headline: "Seoul urges Beijing to send North Koreans held in China to South Korea",
			dateline: "ISTANBUL", want: set(AsiaPacific)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, inferred := ClassifyRegions(tt.explicit, tt.terms, tt.headline, tt.dateline)
			if got != tt.want || inferred != tt.wantInferred {
				t.Errorf("ClassifyRegions() = %v, %v; want %v, %v",
					got.Names(), inferred, tt.want.Names(), tt.wantInferred)
			}
		})
	}
}

func TestClassifyRegionsDoesNotAllocate(t *testing.T) {
	terms := []string{"World", "Politics"}
	allocs := testing.AllocsPerRun(100, func() {
		ClassifyRegions(nil, terms, benchHeadline, "ISTANBUL")
	})
	if allocs != 0 {
		t.Errorf("ClassifyRegions made %v allocations, want 0", allocs)
	}
}

func TestRegionDecisionsAreConsistent(t *testing.T) {
	// A country, its capital and its people share a region.
	for _, names := range [][]string{
		{"Turkey", "Türkiye", "Ankara", "Istanbul", "Turkish"},
		{"Egypt", "Cairo", "Egyptian"},
		{"Russia", "Moscow", "Russian"},
		{"United States", "Washington", "American"},
		{"Jordan", "Amman", "Jordanian"},
		{"Chad", "N'Djamena", "Chadian"},
	} {
		want, _ := CountryRegion(names[0])
		for _, name := range names[1:] {
			if got, ok := CountryRegion(name); !ok || got != want {
				t.Errorf("CountryRegion(%q) = %v, %v; want %v like %s", name, got, ok, want, names[0])
			}
		}
	}
	if !slices.Equal(set(Africa, Europe).List(), []Region{Africa, Europe}) {
		t.Error("set helper is broken")
	}
}

const benchHeadline = "Seoul urges Beijing to send North Koreans held in China to South Korea"

func BenchmarkClassifyRegions(b *testing.B) {
	terms := []string{"World", "Politics"}
	b.ReportAllocs()
	for b.Loop() {
		ClassifyRegions(nil, terms, benchHeadline, "ISTANBUL")
	}
}

func BenchmarkInferRegions(b *testing.B) {
	summary := strings.Repeat("Researchers said the plan would reshape trade talks between the regional "+
		"governors and the central bank, according to officials in Nairobi and Lagos. ", 12)
	for _, bc := range []struct{ name, text string }{
		{"headline", benchHeadline},
		{"headline-no-place", "Parliament weighs new budget rules after long talks as pressure mounts"},
		{"headline-chinese", "习近平在北京会见韩国总统，双方讨论朝鲜半岛局势"},
		{"headline-russian", "Президент Франции прибыл в Москву для переговоров"},
		{"dateline", "ISTANBUL"},
		{"summary-2KB", summary},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				InferRegions(bc.text)
			}
		})
	}
}
