package model

import (
	"strings"
	"testing"
)

// TestCountryKey: country: takes a code, a name in English or another
// language, or a demonym; values side by side are alternatives, and it
// works with OR and groups.
func TestCountryKey(t *testing.T) {
	stories := map[string]*Story{
		"seoul":  {ID: "seoul", Title: "Seoul raises rates", Countries: countries("KR")},
		"summit": {ID: "summit", Title: "Leaders meet", Countries: countries("JP", "KR", "US")},
		"kenya":  {ID: "kenya", Title: "Kenya votes", Countries: countries("KE")},
		"none":   {ID: "none", Title: "Stocks rise"},
	}
	tests := []struct{ query, want string }{
		{"country:kr", "seoul summit"},
		{"country:KR", "seoul summit"},
		{`country:"south korea"`, "seoul summit"},
		{"country:korean", "seoul summit"},
		{"country:한국", "seoul summit"},
		{`country:"Corée du Sud"`, "seoul summit"},
		{"country:jp", "summit"},
		{"country:jp country:ke", "kenya summit"},
		{"country:kenya OR votes", "kenya"},
		{"(country:us OR country:ke) leaders", "summit"},
		{"country:kr -rates", "summit"},
		{"country:kr region:africa", ""},
	}
	for _, tt := range tests {
		q, err := ParseSearch(tt.query)
		if err != nil {
			t.Errorf("%s: %v", tt.query, err)
			continue
		}
		var got []string
		for _, id := range []string{"kenya", "none", "seoul", "summit"} {
			if q.Matches(stories[id], StoryState{}) {
				got = append(got, id)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: matched %q, want %q", tt.query, strings.Join(got, " "), tt.want)
		}
	}
}

func TestCountryKeyErrors(t *testing.T) {
	tests := []struct{ query, msg string }{
		{"country:kroea", `unknown country "kroea" (did you mean country:korea?)`},
		{"country:germny", `unknown country "germny" (did you mean country:germany?)`},
		{`country:"south kora"`, `unknown country "south kora" (did you mean country:"south korea"?)`},
		{"country:narnia", `unknown country "narnia": use an ISO code (country:kr) or a name (country:"south korea")`},
		{"country:", `country: needs a value, e.g. country:kr`},
		{"-country:kr", `only words and phrases can be excluded: remove the - before country:`},
	}
	for _, tt := range tests {
		_, err := ParseSearch(tt.query)
		se, ok := err.(*SyntaxError)
		if !ok || se.Msg != tt.msg {
			t.Errorf("%s: error %v, want %q", tt.query, err, tt.msg)
		}
	}
}
