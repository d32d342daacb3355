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

// FullTextDue says the query has been still for fullTextPause.
type FullTextDue struct{ Query string }

// FullTextFound is what the library's full-text index found for a query.
// Partial says the index is still taking in stories just stored.
type FullTextFound struct {
	Query   string
	IDs     []string
	Partial bool
	Err     error
}

// fullTextAgain is how soon a query answered from an index still being
// built is asked again.
const fullTextAgain = time.Second

// wantsFullText reports whether the library should be asked about q: it
// has a phrase, or a word of three letters or more (a shorter prefix
// matches too much of the index to be worth the wait).
func wantsFullText(q model.Search) bool {
	if len(q.Phrases()) > 0 {
		return true
	}
	for _, w := range q.Words() {
		if utf8.RuneCountInString(w) >= 3 || len(w) > utf8.RuneCountInString(w) {
			return true
		}
	}
	return false
}

// askFullText schedules asking the library about the current query.
func (a App) askFullText() tea.Cmd {
	if a.opts.FullText == nil || !wantsFullText(a.query) {
		return nil
	}
	q := a.query.String()
	return tea.Tick(fullTextPause, func(time.Time) tea.Msg { return FullTextDue{Query: q} })
}

func (a App) handleFullTextDue(msg FullTextDue) (App, tea.Cmd) {
	if msg.Query != a.query.String() {
		return a, nil // typed on meanwhile
	}
	search, words, phrases := a.opts.FullText, a.query.Words(), a.query.Phrases()
	return a, func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		ids, partial, err := search(ctx, words, phrases)
		return FullTextFound{Query: msg.Query, IDs: ids, Partial: partial, Err: err}
	}
}

func (a App) handleFullTextFound(msg FullTextFound) (App, tea.Cmd) {
	if msg.Query != a.query.String() {
		return a, nil
	}
	if msg.Err != nil {
		a.textErr = msg.Err
		return a.notify("Full-text search failed ("+msg.Err.Error()+"); showing matches in headlines and summaries only.", true)
	}
	found := make(map[int32]bool, len(msg.IDs))
	for _, id := range msg.IDs {
		if seq, ok := a.stories.Seq(id); ok {
			found[seq] = true
		}
	}
	a.textHits, a.textPartial = found, msg.Partial
	a = a.refreshView()
	if msg.Partial {
		q := msg.Query
		return a, tea.Tick(fullTextAgain, func(time.Time) tea.Msg { return FullTextDue{Query: q} })
	}
	return a, nil
}
