package ui

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dateline-news/dateline/model"
)

const articleWords = "The article's own words: the harbour master counted ships."

// withArticles is newTestApp whose Article answers from a fake site,
// counting the fetches; fail, when set, is its answer instead.
func withArticles(t *testing.T, calls *atomic.Int32, fail error) App {
	return newTestAppWith(t, 100, 30, sampleStories(), func(o *Options) {
		o.Article = func(_ context.Context, s *model.Story) (model.Article, error) {
			calls.Add(1)
			if fail != nil {
				return model.Article{}, fail
			}
			return model.Article{URL: s.Link(), Markdown: articleWords + " [More](https://www.example.com/more)"}, nil
		}
	})
}

func TestArticleKeySwapsTheTextAndBack(t *testing.T) {
	var calls atomic.Int32
	a := withArticles(t, &calls, nil)
	a = press(t, a, "enter")
	if got := screenText(a); !strings.Contains(got, "First paragraph with a link") || strings.Contains(got, "Article text") {
		t.Fatalf("the story before a:\n%s", got)
	}
	a = press(t, a, "a")
	got := screenText(a)
	for _, want := range []string{articleWords, "More [1]", "Article text from example.com · a: the feed's text", "Article text from example.com; a shows the feed's text."} {
		if !strings.Contains(got, want) {
			t.Errorf("after a, no %q on screen:\n%s", want, got)
		}
	}
	if strings.Contains(got, "First paragraph with a link") {
		t.Errorf("the feed's text is still shown:\n%s", got)
	}
	if links := a.story.links; len(links) != 1 || links[0] != "https://www.example.com/more" {
		t.Errorf("L would list %v", links)
	}
	a = press(t, a, "a")
	got = screenText(a)
	if !strings.Contains(got, "First paragraph with a link") || strings.Contains(got, articleWords) || strings.Contains(got, "Article text from") {
		t.Errorf("a again did not bring back the feed's text:\n%s", got)
	}
	a = press(t, a, "a")
	if got := screenText(a); !strings.Contains(got, articleWords) || calls.Load() != 1 {
		t.Errorf("the third a: fetched %d times in all:\n%s", calls.Load(), got)
	}
	// The render cache keeps both texts apart.
	w := textWidth(100, 0)
	for _, art := range []bool{false, true} {
		if _, ok := a.rendered[renderKey{ID: "s1", Width: w, Theme: Dark, Article: art}]; !ok {
			t.Errorf("no render of s1 with Article %v", art)
		}
	}
}

func TestArticleFailureSaysSoAndTheFeedTextStays(t *testing.T) {
	var calls atomic.Int32
	a := withArticles(t, &calls, &model.ArticleError{Link: "https://example.com/s1", Reason: "HTTP 403 Forbidden: the site will not serve the page"})
	a = press(t, a, "enter", "a")
	got := screenText(a)
	if !strings.Contains(got, "No article: HTTP 403 Forbidden: the site will not serve the page") {
		t.Errorf("the footer does not say why, or names the link the header shows:\n%s", got)
	}
	if !strings.Contains(got, "First paragraph with a link") || strings.Contains(got, "Article text") || strings.Contains(got, "Fetching") {
		t.Errorf("the feed's text did not stay:\n%s", got)
	}
}

func TestArticleKeyOnAListRowOpensTheStoryWithItsArticle(t *testing.T) {
	var calls atomic.Int32
	a := withArticles(t, &calls, nil)
	a = press(t, a, "j", "a")
	if a.screen != screenDetail || a.story.story.ID != "s2" {
		t.Fatalf("a on the list: screen %v, story %v", a.screen, a.story.story)
	}
	if got := screenText(a); !strings.Contains(got, articleWords) || !strings.Contains(got, "Kenya opens a new rail line") {
		t.Errorf("the story's article is not shown:\n%s", got)
	}
}

// While the article is on its way the header says so; one that comes
// after the reader left the story is kept, not shown.
func TestArticleForAStoryLeftIsKeptNotShown(t *testing.T) {
	var calls atomic.Int32
	a := withArticles(t, &calls, nil)
	a = press(t, a, "enter")
	m, cmd := a.Update(keyMsg("a")) // the fetch is in cmd, not run yet
	a = m.(App)
	if got := screenText(a); !strings.Contains(got, "Fetching the article from example.com…") || !strings.Contains(got, "First paragraph") {
		t.Errorf("while fetching:\n%s", got)
	}
	a = press(t, a, "n") // on to the next story
	a = runCmds(t, a, cmd)
	if got := screenText(a); strings.Contains(got, articleWords) || !strings.Contains(got, "Kenya opens") {
		t.Errorf("the article of a story left was shown:\n%s", got)
	}
	a = press(t, a, "p", "a")
	if got := screenText(a); !strings.Contains(got, articleWords) || calls.Load() != 1 {
		t.Errorf("back on the story, a fetched again (%d) or did not show it:\n%s", calls.Load(), got)
	}
}

func TestArticleKeyIsOffWithoutAWayToFetch(t *testing.T) {
	a := newTestApp(t, 100, 30, sampleStories())
	a = press(t, a, "enter", "a")
	if got := screenText(a); strings.Contains(got, "Fetching") || strings.Contains(got, "article") {
		t.Errorf("a did something without Options.Article:\n%s", got)
	}
}
