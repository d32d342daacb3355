package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/app"
)

// command is one of dateline's commands.
type command struct {
	name string
	// synopsis is its line in the overview; usage, its own help.
	synopsis, usage string
	// check checks its words (and flags that only it takes) before
	// anything is read.
	check func(a args) error
	run   func(ctx context.Context, s *app.Session, a args, o IO) error
}

// commands are dateline's commands, in the order the help lists them.
func commands() []*command {
	return []*command{
		{name: "list", run: runList, synopsis: "dateline list [flags] [SOURCE...]            print matching stories, newest first",
			usage: listUsage},
		{name: "show", run: runShow, check: checkShow, synopsis: "dateline show [flags] ID [SOURCE...]         print one story (ID or guid as in the feed)",
			usage: showUsage},
		{name: "brief", run: runBrief, synopsis: "dateline brief [--region R] [SOURCE...]      the day's events covered most, region by region",
			usage: briefUsage},
		{name: "state", run: runState, check: checkState, synopsis: "dateline state export [FILE] | import FILE   move read and starred marks in and out",
			usage: stateUsage},
		{name: "feeds", run: runFeeds, check: needsLibrary(words(0, 0, "dateline feeds")), synopsis: "dateline feeds                               list the subscriptions: region, last fetch, status",
			usage: feedsUsage},
		{name: "add", run: runAdd, check: words(1, 1, "dateline add URL|PATH [--name N] [--region R]"), synopsis: "dateline add URL|PATH [--name N] [--region R] subscribe",
			usage: addUsage},
		{name: "remove", run: runRemove, check: words(1, 1, "dateline remove NAME|URL"), synopsis: "dateline remove NAME|URL                     unsubscribe",
			usage: removeUsage},
		{name: "refresh", run: runRefresh, check: needsLibrary(words(0, 0, "dateline refresh [--force]")), synopsis: "dateline refresh [--force]                   fetch every subscription without the reader",
			usage: refreshUsage},
		{name: "import", run: runImport, check: words(1, 1, "dateline import FILE.opml"), synopsis: "dateline import FILE.opml                    subscribe to every feed in an OPML file",
			usage: importUsage},
		{name: "export", run: runExport, check: words(0, 1, "dateline export [FILE]"), synopsis: "dateline export [FILE]                       write the subscriptions as OPML 2.0",
			usage: exportUsage},
		{name: "config", run: runConfigInit, check: checkConfig, synopsis: "dateline config init                         write a commented starter config file",
			usage: configUsage},
		{name: "sync", run: runSync, check: checkSync, synopsis: "dateline sync [login]                        sync with the feed server once, or check the login",
			usage: syncUsage},
	}
}

// lookup finds a command by name.
func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

// words checks that a command has between least and most words.
func words(least, most int, how string) func(a args) error {
	return func(a args) error {
		if n := len(a.words); n < least || n > most {
			if n == 0 {
				return fmt.Errorf("%s needs more: use %s", a.command.name, how)
			}
			return fmt.Errorf("%s %s: use %s", a.command.name, strings.Join(a.words, " "), how)
		}
		return nil
	}
}

// needsLibrary adds to a check that the command needs the library.
func needsLibrary(check func(a args) error) func(a args) error {
	return func(a args) error {
		if err := check(a); err != nil {
			return err
		}
		if a.noLibrary {
			return fmt.Errorf("%s needs the library; drop %s", a.command.name, a.flag("no-library"))
		}
		return nil
	}
}

func checkShow(a args) error {
	if len(a.words) == 0 {
		return errors.New("show needs a story ID: dateline show ID [SOURCE...] (dateline list shows IDs with --format json)")
	}
	return nil
}

func checkConfig(a args) error {
	if len(a.words) != 1 || a.words[0] != "init" {
		return fmt.Errorf("config %s: use dateline config init", strings.Join(a.words, " "))
	}
	return nil
}

func checkSync(a args) error {
	switch {
	case len(a.words) > 1 || len(a.words) == 1 && a.words[0] != "login":
		return fmt.Errorf("sync %s: use dateline sync [login]", strings.Join(a.words, " "))
	case len(a.words) == 0 && a.noLibrary:
		return fmt.Errorf("sync needs the library; drop %s", a.flag("no-library"))
	}
	return nil
}
