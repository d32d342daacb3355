package app

import (
	"context"
	"errors"
	"time"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/model"
)

// Articles: the text of the page a story links to, fetched when the user
// asks (a in the reader, show --full) or, for a feed with full_text, at
// each refresh; kept in the library with the story.

// maxArticlesPerFeed is the most article pages one refresh fetches for
// one full_text feed: a feed of 500 items must not become 500 requests to
// one site; the rest come at the next refreshes.
const maxArticlesPerFeed = 20

// ErrNoLink is Article's answer for a story without a link.
var ErrNoLink = errors.New("this story has no link to fetch its article from")

// Article returns the article of the page story links to: the library's,
// when it has one fetched from that link, else the page fetched now and
// its article extracted, kept in the library (as is a failure, so that a
// refresh does not try again; asking here always does). The error says
// why there is none: the page's status, a timeout, no article in it, a
// paywall. It runs in the caller's goroutine: the reader calls it in a
// command.
func (s *Session) Article(ctx context.Context, story *model.Story) (model.Article, error) {
	if story.Partial {
		if whole, err := story.Complete(); err == nil {
			story = whole
		}
	}
	if story.Link() == "" {
		return model.Article{}, ErrNoLink
	}
	st, _ := s.Library() // without one the page is fetched each time
	if st != nil {
		if a, ok, err := st.Article(ctx, story.ID); err == nil && ok && a.Markdown != "" && a.URL == story.Link() {
			return a, nil
		}
	}
	a, err := fetchArticle(ctx, s.fetcher(), story.Link())
	if st != nil && ctx.Err() == nil {
		// A story from SOURCE arguments may not be stored yet; its
		// article is then fetched again next time.
		_ = st.SaveArticle(ctx, story.ID, a)
	}
	return a, err
}

// fetchArticle fetches link and extracts its article. A failure is the
// error and Article.Err both.
func fetchArticle(ctx context.Context, f *fetch.Fetcher, link string) (model.Article, error) {
	a := model.Article{URL: link}
	p := f.FetchPage(ctx, link)
	a.Fetched = time.Now()
	var err error
	if p.Err != nil {
		err = p.Err
		if fe, ok := errors.AsType[*fetch.Error](p.Err); ok {
			err = &model.ArticleError{Link: feeds.QuoteControls(fe.URL), Reason: fe.Reason(), Err: fe}
		}
	} else if a.Markdown, err = feeds.Article(p.Body, p.ContentType, p.FinalURL); err != nil {
		err = &model.ArticleError{Link: feeds.QuoteControls(link), Reason: feeds.QuoteControls(err.Error()), Err: err}
	}
	if err != nil {
		a.Markdown, a.Err = "", err.Error()
	}
	return a, err
}

// articleJob is a story whose article a refresh may fetch.
type articleJob struct{ id, link string }

// fetchArticles fetches the articles of the new stories of the full_text
// subscriptions among results, maxArticlesPerFeed a feed at most, in the
// pool (the fetcher's Workers and PerHost), and keeps them in the
// library. Stories whose article was tried before are left alone.
func (r *Refresher) fetchArticles(ctx context.Context, results []Result) {
	st := r.Loader.Store
	if st == nil {
		return
	}
	byLink := map[string][]string{}
	var links []string
	for i := range results {
		res := &results[i]
		if !res.Sub.FullText || len(res.linked) == 0 {
			continue
		}
		ids := make([]string, len(res.linked))
		for j, job := range res.linked {
			ids[j] = job.id
		}
		tried, err := st.ArticlesTried(ctx, ids)
		if err != nil {
			continue
		}
		n := 0
		for _, job := range res.linked {
			if n == maxArticlesPerFeed {
				break
			}
			if tried[job.id] || job.link == "" {
				continue
			}
			if byLink[job.link] == nil {
				links = append(links, job.link)
			}
			byLink[job.link] = append(byLink[job.link], job.id)
			n++
		}
	}
	r.Fetcher.FetchPages(ctx, links, func(p fetch.Page) {
		if ctx.Err() != nil {
			return // stopped: not tried, so tried again next time
		}
		a := model.Article{URL: p.URL, Fetched: time.Now()}
		err := p.Err
		if err == nil {
			a.Markdown, err = feeds.Article(p.Body, p.ContentType, p.FinalURL)
		}
		if err != nil {
			a.Err = err.Error()
		}
		for _, id := range byLink[p.URL] {
			_ = st.SaveArticle(ctx, id, a) // a failure shows at the next write (Flush)
		}
	})
}
