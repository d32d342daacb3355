package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dateline-news/dateline/model"
)

// Articles: the text of the page a story links to, kept with the story
// once fetched (or why there was none), so that it opens offline and at
// once, is found by the full-text index, and goes when the story goes.

// SaveArticle queues keeping a story's article, replacing the one it had,
// and waits for it to be written. An attempt that found none (a.Err) does
// not replace an article fetched from the same link: a page that is down
// today does not take away what was read yesterday. The story is indexed
// again, article included, when the writer is next idle.
func (s *Store) SaveArticle(ctx context.Context, id string, a model.Article) error {
	if a.Markdown == "" && a.Err == "" {
		return errors.New("save article: neither text nor error")
	}
	return s.w.call(ctx, false, 1, func(t *wtx) error {
		var n int64
		var indexed bool
		err := t.queryRow(`SELECT n, body_indexed FROM stories WHERE id = ?`, id).Scan(&n, &indexed)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("save the article of %s: the story is not in the library", id)
		}
		if err != nil {
			return err
		}
		res, err := t.exec(`INSERT INTO articles (n, url, markdown, error, fetched) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (n) DO UPDATE SET url = ?2, markdown = ?3, error = ?4, fetched = ?5
WHERE ?3 != '' OR articles.markdown = '' OR articles.url != ?2`, n, a.URL, a.Markdown, a.Err, a.Fetched.Unix())
		if err != nil {
			return err
		}
		if k, err := res.RowsAffected(); err != nil || k == 0 {
			return err
		}
		if indexed {
			// Its index text is written again whole (indexBodies); until
			// then it has none, as after an ingest.
			if _, err := t.exec(qDeleteFTS, n); err != nil {
				return err
			}
			if _, err := t.exec(`UPDATE stories SET body_indexed = 0 WHERE n = ?`, n); err != nil {
				return err
			}
		}
		t.w.bodiesDue = true
		return nil
	})
}

// Article returns the article kept for story id, if there is one (or an
// attempt that found none: its Err is set).
func (s *Store) Article(ctx context.Context, id string) (model.Article, bool, error) {
	if err := s.readErr(ctx); err != nil {
		return model.Article{}, false, err
	}
	var a model.Article
	var fetched int64
	err := s.rdb.QueryRowContext(ctx, `SELECT a.url, a.markdown, a.error, a.fetched FROM stories s JOIN articles a ON a.n = s.n WHERE s.id = ?`, id).
		Scan(&a.URL, &a.Markdown, &a.Err, &fetched)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return model.Article{}, false, nil
	case err != nil:
		return model.Article{}, false, s.readFailed(err)
	}
	a.Fetched = time.Unix(fetched, 0)
	return a, true, nil
}

// ArticlesTried returns which of ids have an article kept, or an attempt
// that found none: a refresh fetches the others.
func (s *Store) ArticlesTried(ctx context.Context, ids []string) (map[string]bool, error) {
	if err := s.readErr(ctx); err != nil {
		return nil, err
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT s.id FROM stories s JOIN articles a ON a.n = s.n WHERE s.id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, s.readFailed(err)
		}
		out[id] = true
	}
	return out, rows.Err()
}
