package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/charmbracelet/colorprofile"

	"github.com/dateline-news/dateline/app"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/ui"
)

// The commands that print stories: list and show.

// runList prints the stories that match, newest first.
func runList(ctx context.Context, s *app.Session, a args, o IO) error {
	coll, failed, err := s.Collect(ctx, app.Want{Sources: a.words, Stdin: o.Stdin, Scope: a.scope, Unsearched: a.search.Empty(), Headlines: a.format == "text"})
	if err != nil {
		return err
	}
	for _, err := range failed {
		warn(o.Stderr, err)
	}
	// Days in the query are the user's, and after:24h counts from now.
	q := a.search.At(o.now(), o.location())
	found, err := s.FullText(ctx, coll, q)
	if err != nil {
		warn(o.Stderr, fmt.Errorf("full-text search: %w; listing matches in headlines and summaries only", err))
		failed = append(failed, err)
	}
	var stories []*model.Story
	var states []model.StoryState
	for _, seq := range coll.ViewText(a.scope, q, model.Only{}, found) {
		if a.country != 0 && !coll.Story(seq).Countries.Has(a.country) {
			continue
		}
		stories = append(stories, coll.Story(seq))
		states = append(states, coll.State(seq))
	}
	if !s.HasLibrary() {
		states = nil // their events were placed as they were read (app.Loader)
	}
	if err := ui.PrintList(o.Stdout, stories, states, a.format, o.location()); err != nil {
		return fmt.Errorf("writing the list: %w", err)
	}
	if len(failed) > 0 {
		return errReported
	}
	return nil
}

// runShow prints one story, styled for a terminal or plain when piped.
// It fails only when it cannot show the story.
func runShow(ctx context.Context, s *app.Session, a args, o IO) error {
	id, sources := a.words[0], a.words[1:]
	story, failed, err := s.Find(ctx, app.Want{Sources: sources, Stdin: o.Stdin, Scope: a.scope}, id)
	if err != nil {
		return err
	}
	for _, err := range failed {
		warn(o.Stderr, err)
	}
	if story == nil {
		where := "in these sources"
		if len(sources) == 0 {
			where = "in the library"
		}
		return fmt.Errorf("no story with ID or guid %q %s; dateline list --format json shows the IDs", id, where)
	}
	termWidth, tty := 0, false
	if o.Terminal != nil {
		termWidth, tty = o.Terminal(o.Stdout)
	}
	width := a.width
	if width == 0 {
		width = 80
		if tty && termWidth > 0 {
			width = termWidth
		}
	}
	theme := ui.Dark
	if a.theme == "light" {
		theme = ui.Light
	}
	plain := a.plain || !tty
	render := ui.RenderStory
	if a.full {
		art, err := s.Article(ctx, story)
		if err != nil {
			warn(o.Stderr, fmt.Errorf("no article: %w; showing the feed's text", err))
		} else {
			render = func(st *model.Story, width int, t ui.Theme, plain bool, loc *time.Location) (string, error) {
				return ui.RenderArticle(st, art, width, t, plain, loc)
			}
		}
	}
	out, err := render(story, width, theme, plain, o.location())
	if err != nil {
		return fmt.Errorf("%s: %w", id, err)
	}
	w := o.Stdout
	if !plain {
		// Lip Gloss writes full colour; let the profile writer fit it to the
		// terminal (and to NO_COLOR).
		var env []string
		if o.Environ != nil {
			env = o.Environ()
		}
		w = colorprofile.NewWriter(o.Stdout, env)
	}
	if _, err := fmt.Fprintln(w, out); err != nil {
		return fmt.Errorf("writing the story: %w", err)
	}
	// The story is shown: a source that failed beside it was said on
	// stderr, and is no failure of show's.
	return nil
}
