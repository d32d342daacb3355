package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/model"
)

// codes reads a list of countries into a CountrySet, for a test.
func codes(t testing.TB, list ...string) model.CountrySet {
	t.Helper()
	var set model.CountrySet
	for _, code := range list {
		c, ok := model.LookupCountry(code)
		if !ok {
			t.Fatalf("no country %q", code)
		}
		set = set.Add(c)
	}
	return set
}

// TestCountriesAreKept: a story's countries come back, in order, from the
// whole read, the partial one the reader uses, and after an update.
func TestCountriesAreKept(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	a, b := story("a", 1), story("b", 2)
	a.Countries = codes(t, "KR", "JP", "US")
	upsert(t, s, "wire", a, b)

	check := func(when string, want map[string]model.CountrySet) {
		t.Helper()
		for it, err := range s.All(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			if it.Story.Countries != want[it.Story.ID] {
				t.Errorf("%s: All: %s has %v, want %v", when, it.Story.ID, it.Story.Countries, want[it.Story.ID])
			}
		}
		for it, err := range s.AllPartial(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			if it.Story.Countries != want[it.Story.ID] {
				t.Errorf("%s: AllPartial: %s has %v, want %v", when, it.Story.ID, it.Story.Countries, want[it.Story.ID])
			}
		}
	}
	check("stored", map[string]model.CountrySet{"a": codes(t, "KR", "JP", "US")})

	// The same story with other countries is rewritten.
	a2 := story("a", 1)
	a2.Countries = codes(t, "DE")
	b2 := story("b", 2)
	b2.Countries = codes(t, "FR", "IT")
	upsert(t, s, "wire", a2, b2)
	check("updated", map[string]model.CountrySet{"a": codes(t, "DE"), "b": codes(t, "FR", "IT")})
}

// TestMigrationGuessesCountries: a library from before countries gets
// those its stories' tags, headlines, datelines and summaries name.
func TestMigrationGuessesCountries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(schemaV1ForTest + `
UPDATE stories SET title = 'Kenya and Uganda sign a rail deal' WHERE n = 1;
UPDATE stories SET dateline = 'LAGOS', summary = 'LAGOS — The central bank held rates.' WHERE n = 2;
UPDATE stories SET tags = '["Korea"]' WHERE n = 4;`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s := openAt(t, path)
	want := map[string]model.CountrySet{
		"africa-read":   codes(t, "KE", "UG"),
		"europe-unread": codes(t, "NG"),
		"two-regions":   codes(t, "KR"),
	}
	n := 0
	for it, err := range s.AllPartial(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if it.Story.Countries != want[it.Story.ID] {
			t.Errorf("%s: %v, want %v", it.Story.ID, it.Story.Countries, want[it.Story.ID])
		}
		if it.Story.ID == "europe-unread" && it.Story.Regions != model.RegionSet(0).Add(model.Europe) {
			t.Errorf("the migration changed a story's regions: %v", it.Story.Regions.Names())
		}
	}
	if n != 4 {
		t.Errorf("%d stories after migration, want 4", n)
	}
}
