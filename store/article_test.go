package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

func saveArticle(t *testing.T, s *Store, id string, a model.Article) {
	t.Helper()
	if err := s.SaveArticle(context.Background(), id, a); err != nil {
		t.Fatal(err)
	}
	flush(t, s)
}

func searchFor(t *testing.T, s *Store, words, phrases []string) []string {
	t.Helper()
	got, err := s.SearchWords(context.Background(), words, phrases, 0)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// An article read once is in the library, after a reopen too, and in the
// full-text index, by its words and its phrases.
func TestArticleIsKeptAndIndexed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s := openAt(t, path)
	upsert(t, s, "feed", story("a", 1), story("b", 2))
	at := time.Unix(1_790_000_000, 0)
	saveArticle(t, s, "a", model.Article{URL: "https://example.com/a", Markdown: "The zanzibarian harbour master spoke.", Fetched: at})
	if got := searchFor(t, s, []string{"zanzibari"}, nil); !slices.Equal(got, []string{"a"}) {
		t.Errorf("a word of the article found %v", got)
	}
	if got := searchFor(t, s, nil, []string{"harbour master"}); !slices.Equal(got, []string{"a"}) {
		t.Errorf("a phrase of the article found %v", got)
	}
	if got := searchFor(t, s, []string{"body"}, nil); len(got) != 2 {
		t.Errorf("the bodies are still indexed: %v", got)
	}
	s.Close()

	s = openAt(t, path)
	a, ok, err := s.Article(context.Background(), "a")
	if err != nil || !ok || a.Markdown != "The zanzibarian harbour master spoke." || a.URL != "https://example.com/a" || !a.Fetched.Equal(at) {
		t.Errorf("after a reopen: %+v, %v, %v", a, ok, err)
	}
	if _, ok, _ := s.Article(context.Background(), "b"); ok {
		t.Error("b has an article")
	}
	tried, err := s.ArticlesTried(context.Background(), []string{"a", "b", "c"})
	if err != nil || !tried["a"] || tried["b"] || len(tried) != 1 {
		t.Errorf("tried: %v, %v", tried, err)
	}
}

// A story stored again (its feed changed it) keeps its article in the index.
func TestArticleStaysIndexedWhenItsStoryChanges(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("a", 1))
	saveArticle(t, s, "a", model.Article{URL: "https://example.com/a", Markdown: "quokka census", Fetched: time.Now()})
	changed := story("a", 1)
	changed.Edit().Summary = "A new summary"
	changed.Body = model.Markdown("")
	upsert(t, s, "feed", changed)
	if got := searchFor(t, s, []string{"quokka"}, nil); !slices.Equal(got, []string{"a"}) {
		t.Errorf("after the story changed, its article found %v", got)
	}
	if got := searchFor(t, s, []string{"new", "summ"}, nil); !slices.Equal(got, []string{"a"}) {
		t.Errorf("its new summary found %v", got)
	}
}

// A failed attempt does not take away an article fetched from the same
// link; from another link it does.
func TestFailedAttemptKeepsTheArticle(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("a", 1))
	good := model.Article{URL: "https://example.com/a", Markdown: "quokka census", Fetched: time.Now()}
	saveArticle(t, s, "a", good)
	saveArticle(t, s, "a", model.Article{URL: "https://example.com/a", Err: "HTTP 404", Fetched: time.Now()})
	if a, _, _ := s.Article(context.Background(), "a"); a.Markdown != good.Markdown || a.Err != "" {
		t.Errorf("after a failure from the same link: %+v", a)
	}
	saveArticle(t, s, "a", model.Article{URL: "https://example.com/moved", Err: "HTTP 404", Fetched: time.Now()})
	if a, _, _ := s.Article(context.Background(), "a"); a.Markdown != "" || a.Err != "HTTP 404" {
		t.Errorf("after a failure from another link: %+v", a)
	}
	if got := searchFor(t, s, []string{"quokka"}, nil); len(got) != 0 {
		t.Errorf("the old article is still indexed: %v", got)
	}
	if err := s.SaveArticle(context.Background(), "nope", good); err == nil {
		t.Error("an article for a story the library does not have was saved")
	}
}

// Retention treats an article like the body: it goes with its story.
func TestPruneDeletesTheArticle(t *testing.T) {
	s := openTemp(t)
	upsert(t, s, "feed", story("old", 1), story("kept", 2))
	for _, id := range []string{"old", "kept"} {
		saveArticle(t, s, id, model.Article{URL: "https://example.com/" + id, Markdown: "text of " + id, Fetched: time.Now()})
	}
	gone := time.Now().Add(-200 * 24 * time.Hour).Unix()
	if _, err := s.wdb.Exec(fmt.Sprintf(`UPDATE stories SET gone_since = %d WHERE id = 'old'`, gone)); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Prune(context.Background(), time.Now(), DefaultReadAge, DefaultUnreadAge); err != nil || n != 1 {
		t.Fatalf("pruned %d, %v", n, err)
	}
	var left int
	if err := s.rdb.QueryRow(`SELECT count(*) FROM articles`).Scan(&left); err != nil || left != 1 {
		t.Errorf("%d articles left (%v), want 1", left, err)
	}
	if _, ok, _ := s.Article(context.Background(), "kept"); !ok {
		t.Error("the kept story lost its article")
	}
}
