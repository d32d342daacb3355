package ui

import (
	"context"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/model"
)

// Full-text search: the filter matches words in headlines, summaries,
// sources and sections from the collection's own index at once, as you
// type; with a library, the words and phrases are then looked up in its
// index, which has the bodies too, and what it finds joins the list.

// fullTextPause is how long the query must stay unchanged before the
// library is asked: a word typed at speed asks once, not per letter.
const fullTextPause = 80 * time.Millisecond

// fullTextAgain is how soon a query answered from an index still being
// built is asked again.
const fullTextAgain = time.Second

// fullTextQueries are the questions worth asking the library about q:
// those of its alternatives with a phrase, or a word of three letters or
// more (a shorter prefix matches too much of the index to be worth the
// wait). The others are answered from the collection alone.
func fullTextQueries(q model.Search) []model.TextQuery {
	var out []model.TextQuery
	for _, tq := range q.TextQueries() {
		worth := len(tq.Phrases) > 0
		for _, w := range tq.Words {
			worth = worth || utf8.RuneCountInString(w) >= 3 || len(w) > utf8.RuneCountInString(w)
		}
		if worth {
			out = append(out, tq)
		}
	}
	return out
}

// askFullText schedules asking the library about the current query.
func (l listScreen) askFullText(e env) tea.Cmd {
	if e.opts.FullText == nil || len(fullTextQueries(l.query)) == 0 {
		return nil
	}
	q := l.query.String()
	return e.tick(fullTextPause, func(time.Time) tea.Msg { return FullTextDue{Query: q} })
}

func (a App) handleFullTextDue(msg FullTextDue) (App, tea.Cmd) {
	return a, a.list.fullTextDue(msg, a.env())
}

// fullTextDue asks the library, if the query is still the one typed: one
// question per alternative worth asking (see fullTextQueries).
func (l listScreen) fullTextDue(msg FullTextDue, e env) tea.Cmd {
	if msg.Query != l.query.String() {
		return nil // typed on meanwhile
	}
	search, asked := e.opts.FullText, fullTextQueries(l.query)
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		found := FullTextFound{Query: msg.Query, Asked: asked, IDs: make([][]string, len(asked))}
		for i, tq := range asked {
			ids, partial, err := search(ctx, tq.Words, tq.Phrases)
			if err != nil {
				return FullTextFound{Query: msg.Query, Err: err}
			}
			found.IDs[i], found.Partial = ids, found.Partial || partial
		}
		return found
	}
}

func (a App) handleFullTextFound(msg FullTextFound) (App, tea.Cmd) {
	var out outcome
	var cmd, note tea.Cmd
	a.list, out, cmd = a.list.fullTextFound(msg, a.env())
	a, note = a.apply(out)
	return a, tea.Batch(cmd, note)
}

// fullTextFound adds what the library found to the list, unless the query
// has changed since it was asked: that answer is stale and dropped.
func (l listScreen) fullTextFound(msg FullTextFound, e env) (listScreen, outcome, tea.Cmd) {
	if msg.Query != l.query.String() {
		return l, outcome{}, nil
	}
	if msg.Err != nil {
		l.textErr = msg.Err
		return l, notice("Full-text search failed ("+msg.Err.Error()+"); showing matches in headlines and summaries only.", true), nil
	}
	l.textHits, l.textPartial = e.stories.Found(msg.Asked, msg.IDs), msg.Partial
	l = l.refresh(e)
	if msg.Partial {
		q := msg.Query
		return l, outcome{}, e.tick(fullTextAgain, func(time.Time) tea.Msg { return FullTextDue{Query: q} })
	}
	return l, outcome{}, nil
}
