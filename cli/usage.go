package cli

import "strings"

// The help: an overview, and each command's own.

// usage is the help for c, or the overview when c is nil.
func usage(c *command) string {
	if c != nil {
		return c.usage + "\n" + commonFlags
	}
	var b strings.Builder
	b.WriteString(overview)
	b.WriteString("\nCommands (dateline help COMMAND, or dateline COMMAND --help, says more):\n")
	for _, c := range commands() {
		b.WriteString("  " + c.synopsis + "\n")
	}
	b.WriteString(sources)
	b.WriteString(readerFlags)
	b.WriteString(queryFlag)
	b.WriteString(printFlags)
	b.WriteString(commonFlags)
	return b.String()
}

const overview = `dateline - read the news in a terminal

Usage:
  dateline [flags] [SOURCE...]                 read stories in the terminal
`

const sources = `
A SOURCE is a feed file (RSS, Atom, JSON Feed), a story file (Markdown with
YAML front matter), a folder of them, or - for a feed on standard input.
Every story read is kept in the library with its read and starred marks.
With no SOURCE, dateline shows the library and refreshes the subscriptions
behind it (r refreshes again), or shows its bundled sample news while both
are empty. list and show print only the SOURCEs' stories, or the whole
library without any.

Subscriptions live in the config file (default ~/.config/dateline/config.toml);
with a [sync] section (Miniflux, or a Google Reader API server such as
FreshRSS) the server keeps them and dateline syncs with it.
`

const readerFlags = `
Flags (before or after the command and the sources; -- ends flags):
  --region NAME     start on / list only this region (Africa, Americas,
                    "Asia - Pacific", Europe, "Middle East", Other; aliases
                    such as APAC, MENA, Latin America work too)
  --country C       start on / list only the stories about this country:
                    an ISO code (kr) or a name ("south korea", korean)
  --theme THEME     dark, light, or auto (ask the terminal; the default)
  --no-mouse        leave the mouse to the terminal (text selection)
`

const commonFlags = `  --db PATH         the library file (default: $XDG_DATA_HOME/dateline/library.db,
                    or ~/.local/share/dateline/library.db)
  --no-library      read the SOURCEs only: keep nothing, no read marks, no is:
  --config PATH     the config file (default: $XDG_CONFIG_HOME/dateline/config.toml,
                    or ~/.config/dateline/config.toml)
  --help            this help
  --version         the version
`

const printFlags = `  --format FORMAT   list: text or json (one object per line)
  --width N         show: wrap at N columns (20 to 88; default: the terminal's)
  --plain           show: no colour or escape sequences (default when piped)
  --full            show: the article of the page the story links to
`

const queryFlag = `  --query TEXT      list: the query language of the / filter: words (each
                    the start of a word), "a phrase", -word, a OR b,
                    (groups), region:asia, country:kr, section:politics,
                    source:"Example Wire", is:unread, is:starred,
                    after:2026-11-01, after:7d, after:yesterday, before:today
`

const listUsage = `Usage: dateline list [flags] [SOURCE...]

Print the stories of the SOURCEs (or of the library without any), newest
first, one a line.

Flags:
  --region NAME     only this region (a name or an alias: APAC, MENA...)
  --country C       only the stories about this country: an ISO code (kr)
                    or a name in any language ("south korea", korean)
  --query TEXT      the query language of the reader's / filter: words
                    (each the start of a word), "a phrase", -word, a OR b,
                    (groups), region:asia, country:kr, section:politics,
                    source:"Example Wire", is:unread, is:starred,
                    after:2026-11-01, after:7d, after:yesterday, before:today
  --format FORMAT   text or json (one object per line)
`

const briefUsage = `Usage: dateline brief [flags] [SOURCE...]

Print a front page of the world: for each region, the events of the last
24 hours (or of the day before the newest story, for old feeds) that the
most outlets covered, up to five, each with its outlet count.

Flags:
  --region NAME     only this region (a name or an alias: APAC, MENA...)
  --format FORMAT   text or json (one event a line)
`

const showUsage = `Usage: dateline show [flags] ID [SOURCE...]

Print one story, found by its ID or its guid as in the feed, in the
SOURCEs or the library (dateline list --format json shows the IDs).

Flags:
  --width N         wrap at N columns, at least 20 and at most 88 for
                    reading comfort (default: terminal width or 80)
  --plain           no colour or escape sequences (default when piped)
  --theme THEME     dark or light
  --full            the article of the page the story links to (fetched
                    once, then kept in the library) in place of the
                    feed's text; if there is none, the feed's text, and
                    why on standard error
`

const stateUsage = `Usage: dateline state export [FILE]
       dateline state import FILE

export writes the read and starred marks as JSON (standard output without
FILE). import adds the marks in FILE: dateline's JSON, or a list of read
GUIDs or URLs (newsboat's export).
`

const feedsUsage = `Usage: dateline feeds

List the subscriptions: name, region, last fetch, status, stories and
unread, then each one's last error. A story that several feeds carry is
kept once, and counted under the feed that last brought it.
`

const addUsage = `Usage: dateline add URL|PATH [--name N] [--region R]

Subscribe to a feed by its URL (a web page's feed is found from its links)
or to a local file or folder. The name is the feed's title unless --name
gives one; --region puts every story of the feed in that region. With sync
on, the server takes the subscription.

Flags:
  --name N          what to call the feed
  --region R        the feed's region (a name or an alias)
`

const removeUsage = `Usage: dateline remove NAME|URL

Unsubscribe from a feed, by the name dateline feeds shows or by its URL or
path. Its stories stay in the library until they are old enough to go.
`

const refreshUsage = `Usage: dateline refresh [--force]

Fetch every subscription without the reader (for cron or a timer): one line
per failure on standard error, exit 1 if any failed. With sync on, the sync
comes first.

Flags:
  --force           ignore the servers' "not before" (Retry-After, max-age)
`

const importUsage = `Usage: dateline import FILE.opml

Subscribe to every feed in an OPML file; those already there are left as
they are. Folders become tags; a region attribute becomes the region.
`

const exportUsage = `Usage: dateline export [FILE]

Write the subscriptions as OPML 2.0 to FILE, or to standard output. Local
feeds (files and folders) are left out: OPML holds web feeds.
`

const configUsage = `Usage: dateline config init

Write a commented starter config file with every setting (it refuses to
overwrite one).
`

const syncUsage = `Usage: dateline sync
       dateline sync login

Sync the library with the feed server the [sync] section names (Miniflux,
or a Google Reader API server such as FreshRSS) once, without the reader;
login checks the address and credentials. Either says in one line what is
wrong.
`
