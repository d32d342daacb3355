package ui

// The article a story links to, in place of its text: a fetches it (in a
// command, through Options.Article) and shows it, a again shows the
// feed's text. The header says which text is shown; the render cache
// keeps the two apart (renderKey.Article).

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// maxArticles bounds the articles kept in memory; past it they are
// forgotten (the library still has them).
const maxArticles = 64

// showingArticle reports whether the story view shows the article: asked
// for, and here.
func (a App) showingArticle() bool {
	if !a.story.article || a.story.story == nil {
		return false
	}
	art, ok := a.articles[a.story.story.ID]
	return ok && art.Markdown != ""
}

// storyKey is the render of the open story's text as shown now.
func (a App) storyKey(width int) renderKey {
	return renderKey{ID: a.story.story.ID, Width: width, Theme: a.theme, Article: a.showingArticle()}
}

// renderStoryCmd renders the open story's text, or its article.
func (a App) renderStoryCmd(k renderKey, opening bool) tea.Cmd {
	if k.Article {
		return renderMarkdownCmd(k, a.articles[k.ID].Markdown, opening)
	}
	return renderCmd(k, a.story.story, opening)
}

// renderMarkdownCmd is renderCmd for Markdown other than the story's own.
func renderMarkdownCmd(k renderKey, md string, opening bool) tea.Cmd {
	return func() tea.Msg {
		md, links := numberLinks(md)
		if opening {
			short := openingOf(md)
			if len(short) == len(md) {
				return nil
			}
			md = short
		}
		out, err := renderBody(md, k.Width, k.Theme, false)
		if err != nil {
			out = md
		}
		return BodyRendered{Key: k, Partial: opening, Out: out, Links: links, Err: err}
	}
}

// articleCmd asks for the story's article, off the UI goroutine.
func articleCmd(fetch func(context.Context, *model.Story) (model.Article, error), s *model.Story) tea.Cmd {
	return func() tea.Msg {
		art, err := fetch(context.Background(), s)
		return ArticleFetched{ID: s.ID, Article: art, Err: err}
	}
}

// hostOf is the host a link names, for the header and the footer.
func hostOf(link string) string {
	if u, err := url.Parse(link); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return link
}

// articleNote is the header's line on which text is shown: "" for the
// feed's own.
func (a App) articleNote(width int) string {
	s := a.story.story
	if s == nil || !a.story.article {
		return ""
	}
	var note string
	switch {
	case a.showingArticle():
		note = "Article text from " + hostOf(a.articles[s.ID].URL) + " · a: the feed's text"
	case a.fetching[s.ID]:
		note = "Fetching the article from " + hostOf(s.Link()) + "…"
	default:
		return ""
	}
	return a.styles.Story.Kicker.Render(ansi.Truncate(note, width, "…"))
}

// withNote puts a line above the header's closing rule ("" for none).
func withNote(head, note string) string {
	if note == "" {
		return head
	}
	i := strings.LastIndexByte(head, '\n')
	if i < 0 {
		return head + "\n" + note
	}
	return head[:i] + "\n" + note + head[i:]
}

// toggleArticle swaps the open story's text for its article, or back;
// from the list it opens story seq first.
func (a App) toggleArticle(seq int32) (App, tea.Cmd) {
	var open tea.Cmd
	switch {
	case a.screen == screenList:
		a, open = a.openStory(seq)
	case a.story.article:
		a.story.article = false
		a, cmd := a.showStory(false)
		a, note := a.notify("The feed's text.", false)
		return a, tea.Batch(cmd, note)
	}
	s := a.story.story
	if s == nil {
		return a, open
	}
	if s.Link() == "" && !s.Partial {
		a, note := a.notify("This story has no link to fetch its article from.", true)
		return a, tea.Batch(open, note)
	}
	a.story.article = true
	if _, ok := a.articles[s.ID]; ok {
		a, cmd := a.showStory(false)
		a, note := a.notify("Article text from "+hostOf(a.articles[s.ID].URL)+"; a shows the feed's text.", false)
		return a, tea.Batch(open, cmd, note)
	}
	width := textWidth(a.width, a.opts.ReadingWidth)
	if a.fetching[s.ID] {
		a.story = a.story.setHeader(a.storyHeader(width), max(0, (a.width-width)/2))
		return a, open
	}
	a.fetching[s.ID] = true
	a.story = a.story.setHeader(a.storyHeader(width), max(0, (a.width-width)/2))
	return a, tea.Batch(open, articleCmd(a.opts.Article, s))
}

// handleArticleFetched keeps a fetched article and shows it if the reader
// is still waiting for it on that story; a failure says why there, and
// the feed's text stays.
func (a App) handleArticleFetched(msg ArticleFetched) (App, tea.Cmd) {
	delete(a.fetching, msg.ID)
	cur := a.story.story
	here := cur != nil && cur.ID == msg.ID && a.story.article && (a.screen == screenDetail || a.screen == screenLinks)
	width := textWidth(a.width, a.opts.ReadingWidth)
	margin := max(0, (a.width-width)/2)
	if msg.Err != nil || msg.Article.Markdown == "" {
		if !here {
			return a, nil
		}
		a.story.article = false
		a.story = a.story.setHeader(a.storyHeader(width), margin)
		why := "no text"
		if msg.Err != nil {
			// The link is in the header: the footer's room is for the reason
			// (at 80 columns the link alone filled it).
			why = msg.Err.Error()
			if ae, ok := errors.AsType[*model.ArticleError](msg.Err); ok {
				why = ae.Reason
			}
		}
		return a.notify("No article: "+why+". The feed's text stays.", true)
	}
	if len(a.articles) >= maxArticles {
		clear(a.articles)
	}
	a.articles[msg.ID] = msg.Article
	if !here {
		return a, nil
	}
	a, cmd := a.showStory(false)
	a, note := a.notify("Article text from "+hostOf(msg.Article.URL)+"; a shows the feed's text.", false)
	return a, tea.Batch(cmd, note)
}

// RenderArticle is RenderStory with the article of the page the story
// links to in place of its text, the header saying so: `dateline show
// --full`.
func RenderArticle(s *model.Story, art model.Article, width int, t Theme, plain bool, loc *time.Location) (string, error) {
	w := bodyWidth(width)
	st := NewStyles(t, plain)
	note := st.Story.Kicker.Render(ansi.Truncate("Article text from "+hostOf(art.URL), w, "…"))
	return renderWhole(s, art.Markdown, note, width, t, plain, loc)
}
