package config

// Starter is the config file `dateline config init` writes: every setting
// and table, explained, and commented out so the defaults keep applying
// until the user says otherwise, and every action of the reader (from
// keys) with its default keys. It loads as it is (into Default()), and
// with every example line uncommented (lines "# key = ..." and "# [...]"),
// which the tests check, so no example in it can go stale.
func Starter(keys KeyRules) string {
	return starter + keysSection(keys)
}

const starter = `# dateline's configuration. Lines starting with # are comments: remove
# the # in front of a setting to change it. Unknown keys are errors, so
# a typo never goes unnoticed. The format is TOML (https://toml.io).

# Colours: dark, light, or auto (ask the terminal for its background).
# theme = "auto"

# The widest a story's text gets, in columns (20 to 200). Long lines are
# tiring to read, however wide the terminal.
# reading_width = 88

# false leaves the mouse to the terminal, for selecting text.
# mouse = true

# The list and the story side by side: auto splits a terminal at least
# 160 columns wide, split any with room for both (121 columns), list never.
# v switches while dateline runs.
# layout = "auto"

# Stories from different outlets about the same event are one row of the
# list, with a +3 for the other outlets; false gives every story a row.
# e switches while dateline runs.
# group = true

# How often to fetch the feeds while dateline runs: a duration such as
# "30m" or "2h", at least "1m"; "" or 0 means only when asked.
# refresh_interval = "30m"

# How long a story that has left its feed stays in the library, in days:
# read_days after it was read, unread_days if it never was. Starred
# stories stay for good.
# [retention]
# read_days = 90
# unread_days = 180

# Saved searches: each is a tab after the region tabs. The query is in
# the language of the / filter: words, "a phrase", -word, a OR b,
# (groups), region:asia, country:kr, section:politics, source:"Example Wire",
# is:unread, is:starred, after:2026-11-01, after:7d, after:yesterday,
# before:today. Single quotes keep double quotes inside the query as they
# are.
# [[search]]
# name = "Ukraine"
# query = 'ukraine region:europe'

# Feeds: one [[feed]] table each (` + "`dateline add URL`" + ` writes one for you).
# A feed is on the web (url) or in a file or folder (path, where ~ is the
# home folder and a relative path starts at this file's folder):
#   path = "~/news/wire.xml"
# Give url or path, not both. The rest is optional:
#   name      replaces the feed's own title
#   region    puts every story of the feed in this region (Africa,
#             Americas, Asia - Pacific, Europe, Middle East, Other; aliases
#             such as APAC, MENA or Latin America work too)
#   section   the section of stories that name none
#   tags      added to every story's tags
#   username  for a feed behind HTTP basic authentication; the password
#             is never written here: password_command runs a command that
#             prints it, password_env reads an environment variable.
#   full_text true fetches the page each new story links to at every
#             refresh (at most 20 a feed), so its article opens with a
#             at once, even offline.
# [[feed]]
# url = "https://example.com/feed.xml"
# name = "Example Wire"
# region = "Europe"
# section = "World"
# tags = ["world", "politics"]
# username = "me"
# password_command = "pass show news/example"

# A server that keeps the subscriptions and what was read, shared with
# other readers: kind is miniflux or greader (the Google Reader API of
# FreshRSS, Inoreader and others). The password comes from
# password_command or password_env, with username; or give an API token
# with token_command or token_env instead.
# [sync]
# kind = "miniflux"
# url = "https://rss.example.com"
# username = "me"
# password_env = "MINIFLUX_PASSWORD"
`
