package store

import (
	"context"
	"strings"
)

// SearchWords returns the IDs of the stories that have, in their headline,
// summary, body, source or section, a word starting with each of words and
// each of phrases word for word, newest first, at most limit of them (all
// when limit <= 0). Words and phrases are folded as by model.Fold (again,
// harmlessly, if the caller did); a CJK word matches as a substring. With
// no word characters at all it returns nothing: the caller shows every
// story.
//
// The index knows which words a story has, not where: a phrase, or a word
// that splits into several (a CJK run of three characters or more, "u.s"),
// is checked against the text of each candidate, so such a query costs
// more the more stories have all its words.
func (s *Store) SearchWords(ctx context.Context, words, phrases []string, limit int) ([]string, error) {
	if err := s.readErr(ctx); err != nil {
		return nil, err
	}
	var terms []term
	for _, w := range words {
		terms = append(terms, newTerm(w, true))
	}
	for _, p := range phrases {
		terms = append(terms, newTerm(p, false))
	}
	var match []string
	var check []term
	for _, t := range terms {
		if len(t.toks) == 0 {
			continue
		}
		match = append(match, t.match())
		if len(t.toks) > 1 {
			check = append(check, t)
		}
	}
	if len(match) == 0 {
		return nil, nil
	}
	expr := strings.Join(match, " AND ")
	if len(check) == 0 {
		return s.searchIDs(ctx, expr, limit)
	}
	return s.searchChecked(ctx, expr, check, limit)
}

// Search is SearchWords over the words of text, each a prefix.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]string, error) {
	return s.SearchWords(ctx, strings.Fields(text), nil, limit)
}

// matching finds the stories that match, from the index's side: it costs
// what the match costs, where walking the stories in order and testing
// each against the match would cost the library's size for a rare word.
const matching = `FROM fts JOIN stories s ON s.n = fts.rowid WHERE fts MATCH ? ORDER BY s.published DESC, s.id`

func (s *Store) searchIDs(ctx context.Context, expr string, limit int) ([]string, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT s.id `+matching+` LIMIT ?`, expr, limit)
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, s.readFailed(err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, s.readFailed(err)
	}
	return ids, nil
}

// searchChecked keeps the candidates in which every term of check appears
// in a row within one field.
func (s *Store) searchChecked(ctx context.Context, expr string, check []term, limit int) ([]string, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT s.n, s.id, s.title, s.summary, s.source, s.section `+matching, expr)
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer rows.Close()
	body, err := s.rdb.PrepareContext(ctx, `SELECT coalesce(b.body_kind, ''), coalesce(b.body_raw, ''), coalesce(b.body_base, ''),
coalesce((SELECT a.markdown FROM articles a WHERE a.n = s.n), '')
FROM stories s LEFT JOIN bodies b ON b.n = s.n WHERE s.n = ?`)
	if err != nil {
		return nil, s.readFailed(err)
	}
	defer body.Close()
	var ids []string
	for rows.Next() && (limit <= 0 || len(ids) < limit) {
		var n int64
		var id, title, summary, source, section string
		if err := rows.Scan(&n, &id, &title, &summary, &source, &section); err != nil {
			return nil, s.readFailed(err)
		}
		fields := []string{title, summary, source, section}
		loaded := false
		ok := true
		for _, t := range check {
			found := false
			for _, f := range fields {
				if found = t.inOrder(f); found {
					break
				}
			}
			if !found && !loaded {
				var kind, raw, base, article string
				if err := body.QueryRowContext(ctx, n).Scan(&kind, &raw, &base, &article); err == nil {
					fields = append(fields, s.codec.Text(kind, raw, base))
					found = t.inOrder(fields[len(fields)-1])
					if article != "" {
						fields = append(fields, s.codec.Text("md", article, ""))
						found = found || t.inOrder(fields[len(fields)-1])
					}
				}
				loaded = true
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			ids = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.readFailed(err)
	}
	return ids, nil
}
