package cli

import (
	"context"
	"errors"
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/app"
	"github.com/dateline-news/dateline/config"
	"github.com/dateline-news/dateline/ui"
)

// The reader: the stories the session streams, in the terminal.

// runReader runs the reader until the user quits (q, ctrl+c), the process
// is told to stop (SIGTERM, SIGINT) or the terminal goes away (SIGHUP).
// The marks made are committed when the session closes.
func runReader(ctx context.Context, s *app.Session, a args, o IO) error {
	keysFromTTY := slices.Contains(a.words, "-")
	switch {
	case !o.isTerminal(o.Stdout):
		return errors.New("the reader needs a terminal, and standard output is not one; dateline list prints the stories (dateline show ID prints one)")
	case !keysFromTTY && !o.isTerminal(o.Stdin):
		return errors.New("the reader needs a terminal for its keys, and standard input is not one; dateline list prints the stories (dateline show ID prints one), and dateline - reads a feed from standard input")
	}
	s.ReaderStarting()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	opts, stream, err := readerOptions(ctx, s, a, o)
	if err != nil {
		return err
	}
	// Loading stops with ctx; the library closes only after that.
	defer func() { cancel(); <-stream.Done }()
	// A key after a pause is drawn at once (third_party/bubbletea's
	// patch); faster changes are drawn at most 120 times a second, not
	// the default 60.
	progOpts := []tea.ProgramOption{tea.WithFPS(120)}
	if keysFromTTY {
		// Standard input holds the feed: read keys from the terminal.
		tty, err := o.OpenTTY()
		if err != nil {
			return fmt.Errorf("reading a feed from standard input needs a terminal for the keys: %w", err)
		}
		defer tty.Close()
		progOpts = append(progOpts, tea.WithInput(tty))
	}
	p := tea.NewProgram(ui.New(opts), progOpts...)
	go func() {
		select {
		case <-o.Hangup:
			p.Quit()
		case <-ctx.Done():
		}
	}()
	final, err := p.Run()
	if reader, ok := final.(ui.App); ok {
		if werr := reader.WriteWaitingMarks(); werr != nil && err == nil {
			err = fmt.Errorf("keeping the last marks: %w", werr)
		}
	}
	return err
}

// readerOptions starts the session's stream of stories for the reader and
// returns the reader's options: the flags, then the config file's settings
// where no flag says otherwise.
func readerOptions(ctx context.Context, s *app.Session, a args, o IO) (ui.Options, app.Stream, error) {
	cfg, err := s.Config()
	if err != nil {
		return ui.Options{}, app.Stream{}, err
	}
	stream, err := s.Stories(ctx, app.Want{Sources: a.words, Stdin: o.Stdin, Scope: a.scope, Refresh: true})
	if err != nil {
		return ui.Options{}, app.Stream{}, err
	}
	for _, w := range stream.Warnings {
		warn(o.Stderr, w)
	}
	opts := ui.Options{
		Events:      stream.Events,
		Sources:     stream.Origins,
		Scope:       a.scope,
		Country:     a.country,
		Theme:       ui.Dark,
		ThemeForced: a.theme == "dark" || a.theme == "light",
		Mouse:       !a.noMouse && cfg.Mouse,
		NoColor:     o.getenv("NO_COLOR") != "",
		Browser:     o.getenv("BROWSER"),
		Getenv:      o.getenv,
		NoState:     !s.HasLibrary(),
		Refresh:     stream.Refresh,
		Article:     s.Article,
	}
	if a.theme == "light" {
		opts.Theme = ui.Light
	}
	if st, _ := s.Library(); st != nil {
		opts.Marks = st
		opts.FullText = s.SearchAsYouType
	}
	if len(cfg.Feeds) > 0 || cfg.Sync != nil {
		opts.Feeds = func() []ui.FeedStatus {
			list, _ := s.FeedStatuses(context.Background())
			return list
		}
	}
	applyConfig(&opts, a, cfg)
	return opts, stream, nil
}

// applyConfig applies the config file's settings that a flag did not
// override (--theme auto overrides the file's theme: ask the terminal).
func applyConfig(opts *ui.Options, a args, cfg *config.Config) {
	if a.theme == "" {
		switch cfg.Theme {
		case config.ThemeDark:
			opts.Theme, opts.ThemeForced = ui.Dark, true
		case config.ThemeLight:
			opts.Theme, opts.ThemeForced = ui.Light, true
		}
	}
	opts.ReadingWidth = cfg.ReadingWidth
	switch cfg.Layout {
	case config.LayoutSplit:
		opts.Layout = ui.LayoutSplit
	case config.LayoutList:
		opts.Layout = ui.LayoutList
	}
	opts.Keys = cfg.Keys
	opts.NoGroup = !cfg.Group
	for _, search := range cfg.Searches {
		q := search.Parsed
		if unread, read, starred := q.State(); opts.NoState && (unread || read || starred) {
			continue // is: needs the library
		}
		opts.Searches = append(opts.Searches, ui.SavedSearch{Name: search.Name, Query: q})
	}
}

// keyRules are the reader's actions and its check of the user's keys, for
// the config file's [keys] table and `config init`.
func keyRules() config.KeyRules {
	var rules config.KeyRules
	for _, a := range ui.KeyActions() {
		rules.Actions = append(rules.Actions, config.KeyAction{Name: a.Name, Keys: a.Keys, Help: a.Help})
	}
	rules.Check = func(keys map[string][]string) []config.KeyProblem {
		_, err := ui.KeyMapFrom(keys)
		var problems []config.KeyProblem
		for _, e := range unjoin(err) {
			var ke *ui.KeyError
			if errors.As(e, &ke) {
				problems = append(problems, config.KeyProblem{Action: ke.Action, Key: ke.Key, Msg: ke.Msg})
			} else {
				problems = append(problems, config.KeyProblem{Msg: e.Error()})
			}
		}
		return problems
	}
	return rules
}

// unjoin is the errors errors.Join joined into err.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err != nil {
		return []error{err}
	}
	return nil
}
