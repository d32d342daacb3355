// Package ui is dateline's Bubble Tea program: the headline list with its
// region tabs and filter, the story view, and the help, links and sources
// screens. It reads stories from a channel fed by the feeds package and never
// does I/O or slow work in Update: loading, rendering and opening links run
// in commands that answer with the messages in messages.go.
package ui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/model"
)

// screen is what is in front of the user.
type screen int

const (
	screenList screen = iota
	screenDetail
	screenLinks
	screenSources
	screenHelp
	screenFront
	screenCountries
	screenCount // not a screen: how many there are (keep it last)
)

// Options configure the reader. main.go fills them from flags.
type Options struct {
	// Events delivers stories as the sources are read, failures and the
	// refreshes' progress; closed when done.
	Events <-chan model.Event
	// Sources is how many sources are being read (for the sources screen).
	Sources []model.Origin
	// Scope is the region tab to start on.
	Scope model.Scope
	// Country, when not 0, narrows the list to the stories about it from
	// the start, as choosing it on the countries screen does.
	Country model.Country
	// Theme is the starting theme; ThemeForced stops the terminal's
	// background colour from changing it.
	Theme       Theme
	ThemeForced bool
	// NoColor is set when the user asked for no colour (NO_COLOR): styles
	// that relied on colour alone switch to attributes.
	NoColor bool
	// Searches are the saved searches, shown as tabs after the regions.
	Searches []SavedSearch
	// ReadingWidth caps the story text's width (0: 88 columns).
	ReadingWidth int
	// Refresh, when set, asks for the subscriptions to be refreshed now
	// (only the ones named, if any: FeedStatus.Origin). It queues the request and returns at
	// once; progress and stories come as batches.
	Refresh func(only ...model.Origin)
	// Feeds, when set, reads the subscriptions' state for the feeds
	// screen (F); it is called in a command, off the UI goroutine.
	Feeds func() []FeedStatus
	// Layout is whether the list and the story share a wide screen (the
	// config's layout); v switches for the session.
	Layout Layout
	// Mouse turns on wheel scrolling (it takes over the terminal's own
	// text selection).
	Mouse bool
	// Now and Location pin the clock and time zone (tests).
	Now      func() time.Time
	Location *time.Location
	// Browser is the user's $BROWSER ("" for the platform's opener).
	Browser string
	// Opener, when set, replaces the browser (tests pass a fake).
	Opener func(url string) error
	// Copier copies text with a system clipboard tool when one exists and
	// reports which; nil means the system's (see CopyWithTool).
	Copier func(text string) (tool string, err error)
	// Getenv reads the environment the system's clipboard tools need
	// ($DISPLAY, $WAYLAND_DISPLAY); nil reads none.
	Getenv func(string) string
	// Marks keeps read and starred marks (the library); nil keeps them for
	// the session only.
	Marks Marks
	// FullText, when set, searches the library's full-text index (bodies
	// included) for stories with every word (a prefix) and phrase, and
	// returns their IDs; partial says stories just stored are not in the
	// index yet (asking again later finds more).
	FullText func(ctx context.Context, words, phrases []string) (ids []string, partial bool, err error)
	// NoState turns the marks off (--no-library): no state keys, no is:
	// terms, no unread counts.
	NoState bool
	// NoGroup starts the list with a row for every story, not one per
	// event (the config's group = false); e switches for the session.
	NoGroup bool
	// Keys binds actions to the user's keys instead of their defaults
	// (the config file's [keys] table; see KeyMapFrom). Keys it refuses
	// leave the defaults, and the footer says why.
	Keys map[string][]string
	// Article, when set, returns the article of the page a story links
	// to (kept in the library, or fetched); it is called in a command, off
	// the UI goroutine. nil switches a off.
	Article func(ctx context.Context, s *model.Story) (model.Article, error)
}

// Marks is where the reader's read and starred marks go. Its methods queue
// the change and return at once (the library writes on its own goroutine);
// the error is an earlier write's failure. The reader calls them in a
// command, one command at a time, so marks reach it in the order made.
type Marks interface {
	SetRead(id string, read bool) error
	SetStarred(id string, starred bool) error
	MarkRead(ids []string) error
}

// ticker schedules a message after a pause: tea.Tick, or a clock the tests
// control.
type ticker func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd

// App is the root of the program: a coordinator that owns the stories, the
// sizes, the styles and the keys, and hands each message to the screen it is
// for. Each screen is a type of its own with its update and view; what only
// the App can do (change screen, write marks, ask for a refresh) a screen
// asks for with an outcome.
type App struct {
	opts   Options
	keys   KeyMap
	styles Styles
	theme  Theme
	tick   ticker

	width, height int
	screen        screen
	// split is the user's wish for the split layout (Options.Layout, then
	// v); splitOn says whether the screen is wide enough to grant it.
	split bool

	stories *model.Collection
	loading bool
	// refresh is the subscriptions' refresh under way (nil: none), and
	// refreshNew the stories it has added so far.
	refresh    *model.RefreshProgressed
	refreshNew int
	sources    []sourceState

	list  listScreen
	story storyView
	links linksScreen
	feeds sourcesScreen
	front frontScreen
	// storyBack is the screen esc goes back to from a story: the list, or
	// the front page it was opened from.
	storyBack screen
	keyHelp   helpScreen
	picker    countryPicker              // the countries screen
	rendered  map[renderKey]renderedBody // finished renders, by story, width and theme
	heads     map[headKey]string         // story headers, see headerOf
	pending   map[renderKey]bool         // renders under way
	slots     int                        // renders ahead at once: renderSlots()
	ahead     renderAhead                // rendering the list's selection ahead

	marks marksQueue
	undo  []markUndo // the marks made this session, the last last, for U

	// articles are the articles fetched this session, by story ID, and
	// fetching the stories whose article is on its way.
	articles map[string]model.Article
	fetching map[string]bool

	help      help.Model
	noticeTTL time.Duration // how long a footer notice stays
	notice    string
	noticeID  int
	alert     bool // the notice is an error
}

var _ tea.Model = App{}

// env is what a screen reads from the App to update or draw itself.
type env struct {
	keys          *KeyMap
	styles        *Styles
	opts          *Options
	stories       *model.Collection
	tick          ticker
	width, height int
}

func (a *App) env() env {
	return env{keys: &a.keys, styles: &a.styles, opts: &a.opts, stories: a.stories, tick: a.tick, width: a.width, height: a.height}
}

// failedSources is how many sources could not be read, or not all of it.
func (a App) failedSources() int {
	n := 0
	for _, s := range a.sources {
		if s.err != nil {
			n++
		}
	}
	return n
}

// New builds the reader.
func New(opts Options) App {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Location == nil {
		opts.Location = time.Local
	}
	if opts.Copier == nil {
		getenv := opts.Getenv
		if getenv == nil {
			getenv = func(string) string { return "" }
		}
		opts.Copier = func(text string) (string, error) { return CopyWithTool(text, getenv) }
	}
	a := App{
		opts:      opts,
		theme:     opts.Theme,
		tick:      tea.Tick,
		stories:   model.NewCollection(),
		loading:   opts.Events != nil,
		list:      newListScreen(opts.Scope, opts.NoState).startIn(opts.Country),
		rendered:  map[renderKey]renderedBody{},
		heads:     map[headKey]string{},
		pending:   map[renderKey]bool{},
		slots:     renderSlots(),
		articles:  map[string]model.Article{},
		fetching:  map[string]bool{},
		help:      help.New(),
		noticeTTL: statusTTL,
		split:     opts.Layout != LayoutList,
	}
	for _, s := range opts.Sources {
		a.sources = append(a.sources, sourceState{origin: s})
	}
	keys, keysErr := KeyMapFrom(opts.Keys)
	a.keys = keys
	if keysErr != nil {
		a.notice, a.alert = "Default keys: "+strings.ReplaceAll(keysErr.Error(), "\n", "; "), true
	}
	a.list.input.Placeholder = filterPlaceholder(a.keys)
	a.list.grouped = !opts.NoGroup
	a.story.find = newStorySearch()
	a.keys.noState = opts.NoState
	a.keys.noRefresh = opts.Refresh == nil
	a.keys.noArticle = opts.Article == nil
	a = a.restyle(opts.Theme)
	a.list = a.list.refresh(a.env())
	a.setKeys()
	return a
}

// Init starts reading the stories, has the renderer count cells by
// grapheme cluster, and asks the terminal for its background colour; some
// terminals never answer, and the default theme stays.
func (a App) Init() tea.Cmd {
	cmds := []tea.Cmd{waitForEvent(a.opts.Events), graphemeCells}
	if !a.opts.ThemeForced {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update hands each message to its handler.
func (a App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a, cmd = a.handleResize(msg)
	case tea.KeyPressMsg:
		a, cmd = a.handleKey(msg)
	case tea.PasteMsg:
		a, cmd = a.handlePaste(msg)
	case tea.MouseWheelMsg:
		a, cmd = a.handleWheel(msg)
	case tea.MouseClickMsg:
		a, cmd = a.handleClick(msg)
	case tea.BackgroundColorMsg:
		a, cmd = a.handleBackground(msg)
	case StoriesLoaded:
		a, cmd = a.handleStoriesLoaded(msg)
	case StoriesReplaced:
		a, cmd = a.handleStoriesReplaced(msg)
	case SourceFailed:
		a, cmd = a.handleSourceFailed(msg)
	case EventsJoined:
		a, cmd = a.handleEventsJoined(msg)
	case RefreshProgressed:
		a, cmd = a.handleRefreshProgressed(msg)
	case RefreshFinished:
		a, cmd = a.handleRefreshFinished(msg)
	case LoadingFinished:
		a.loading = false
	case FeedsListed:
		a.feeds = a.feeds.listed(msg.Feeds)
	case RefreshRequested:
		// Nothing to do: progress comes as batches.
	case FullTextDue:
		a, cmd = a.handleFullTextDue(msg)
	case FullTextFound:
		a, cmd = a.handleFullTextFound(msg)
	case BodyRendered:
		a, cmd = a.handleBodyRendered(msg)
	case SelectionRested:
		a, cmd = a.handleSelectionRested(msg)
	case NeighboursDue:
		a, cmd = a.handleNeighboursDue(msg)
	case TerminalBrowserFound:
		a, cmd = a.handleTerminalBrowser(msg)
	case StoryCompleted:
		a, cmd = a.handleStoryCompleted(msg)
	case StoryRead:
		a = a.handleStoryRead(msg)
	case LinkOpened:
		a, cmd = a.handleLinkOpened(msg)
	case LinkCopied:
		a, cmd = a.handleLinkCopied(msg)
	case MarksWritten:
		a, cmd = a.handleMarksWritten(msg)
	case ArticleFetched:
		a, cmd = a.handleArticleFetched(msg)
	case StatusExpired:
		a = a.handleStatusExpired(msg)
	default:
		a, cmd = a.handleOther(msg)
	}
	var ahead, preview tea.Cmd
	a, ahead = a.watchSelection()
	a, preview = a.previewSelection()
	a.setKeys()
	return a, tea.Batch(cmd, ahead, preview)
}

// setKeys switches the bindings on and off for what is now on screen.
func (a *App) setKeys() {
	a.keys.split = a.splitShown()
	a.keys.forScreen(a.screen, a.list.typing, !a.list.query.Empty() || a.list.country != 0, a.list.confirmAll)
	if a.screen == screenDetail {
		if a.story.story == nil || a.stories.Coverage(a.story.seq) == nil {
			a.keys.CoverageNext.SetEnabled(false)
			a.keys.CoveragePrev.SetEnabled(false)
		}
		a.keys.forStorySearch(a.story.find.typing, a.story.find.query != "")
	}
}

// restyle switches the theme and everything built from it.
func (a App) restyle(t Theme) App {
	a.theme = t
	a.styles = NewStyles(t, a.opts.NoColor)
	a.heads = map[headKey]string{} // drawn in the old styles
	a.help.Styles = a.styles.Help
	a.list = a.list.restyle(t, a.styles)
	a.story = a.story.restyle(t, a.styles)
	return a
}

// graphemeCells has the renderer count a grapheme cluster (a ZWJ emoji
// family, a flag, a skin tone, a letter and its accents) as the cells it
// takes, as every screen here is laid out. Bubble Tea does so only for a
// terminal that answers its question about mode 2027; otherwise it counts
// each code point, finds a row with 👨‍👩‍👧‍👦 six cells wider than it is, and
// moves the cursor past text the terminal drew (tmux, which combines ZWJ
// sequences but does not answer, showed rows cut after the emoji). The
// program switches on this message, as it does on the terminal's answer.
func graphemeCells() tea.Msg {
	return tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet}
}
