// Package cli is dateline's command line: one file per command family.
// Each command parses nothing itself (the flags are shared and come
// anywhere), asks the session (package app) for what it needs, and prints;
// Run turns what it returns into a message and an exit code.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/dateline-news/dateline/app"
)

// Version is dateline's version.
const Version = "0.1.0"

// Exit codes.
const (
	ExitOK     = 0
	ExitFailed = 1 // a source failed, or the program did
	ExitUsage  = 2 // the command line is wrong
)

// IO is the process around a command: its files, its environment and its
// terminal. main builds the real one; tests build their own.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// LookupEnv reads an environment variable (os.LookupEnv).
	LookupEnv func(string) (string, bool)
	// Environ is the environment as a list, for fitting colours to the
	// terminal (os.Environ).
	Environ func() []string
	// Sample is the bundled sample news.
	Sample fs.FS
	// Terminal reports whether f (Stdin or Stdout) is a terminal, and its
	// width; nil: there is none.
	Terminal func(f any) (width int, ok bool)
	// OpenTTY opens the terminal for keys when standard input holds a
	// feed (/dev/tty).
	OpenTTY func() (io.ReadCloser, error)
	// Hangup is told when the terminal goes away (SIGHUP): the reader
	// quits the way q does, so that the marks are kept.
	Hangup <-chan os.Signal
	// SetMemoryLimit sets the garbage collector's soft limit
	// (debug.SetMemoryLimit).
	SetMemoryLimit func(int64) int64
	// Location is the time zone every time is shown in (time.Local; nil:
	// that too). JSON stays RFC 3339 in UTC.
	Location *time.Location
	// AllowPrivatePages lets article pages come from loopback and private
	// addresses: tests, whose servers are on loopback.
	AllowPrivatePages bool
	// Now is the clock a query's after:24h or after:today counts from
	// (time.Now; nil: that too).
	Now func() time.Time
}

// location is the time zone times are shown in.
func (o IO) location() *time.Location {
	if o.Location == nil {
		return time.Local
	}
	return o.Location
}

// now is the time by the IO's clock.
func (o IO) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// isTerminal reports whether f (Stdin or Stdout) is a terminal.
func (o IO) isTerminal(f any) bool {
	if o.Terminal == nil {
		return false
	}
	_, ok := o.Terminal(f)
	return ok
}

// getenv is the variable's value, "" when unset.
func (o IO) getenv(key string) string {
	if o.LookupEnv == nil {
		return ""
	}
	v, _ := o.LookupEnv(key)
	return v
}

// errReported is a failure already told on stderr: exit 1, nothing more.
var errReported = errors.New("failed; the reasons are above")

// Run runs the command line args (without the program's name) and returns
// the exit code.
func Run(ctx context.Context, argv []string, o IO) int {
	a, err := parseArgs(argv)
	if err != nil {
		fmt.Fprintf(o.Stderr, "dateline: %v\nRun dateline --help for usage.\n", err)
		return ExitUsage
	}
	switch {
	case a.help:
		fmt.Fprint(o.Stdout, usage(a.command))
		return ExitOK
	case a.version:
		fmt.Fprintln(o.Stdout, "dateline", Version)
		return ExitOK
	}
	s := app.New(app.Env{
		Stdin: o.Stdin, Stderr: o.Stderr, LookupEnv: o.LookupEnv,
		SetMemoryLimit: o.SetMemoryLimit, Sample: o.Sample, Version: Version,
		Keys:              keyRules(),
		AllowPrivatePages: o.AllowPrivatePages,
	}, app.Paths{Config: a.configPath, Library: a.db, NoLibrary: a.noLibrary})
	run := runReader
	if a.command != nil {
		run = a.command.run
	}
	err = run(ctx, s, a, o)
	if cerr := s.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return exitCode(err, o.Stderr)
}

// exitCode says what went wrong, if anything, and returns the exit code.
func exitCode(err error, stderr io.Writer) int {
	var usage usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errReported):
		return ExitFailed
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "dateline: %v\nRun dateline --help for usage.\n", err)
		return ExitUsage
	}
	var lib *app.LibraryError
	if errors.As(err, &lib) {
		fmt.Fprintf(stderr, "dateline: %v\n(--no-library reads the sources without a library.)\n", err)
		return ExitFailed
	}
	fmt.Fprintf(stderr, "dateline: %v\n", err)
	return ExitFailed
}

// warn says a failure that does not stop the command.
func warn(stderr io.Writer, err error) {
	fmt.Fprintf(stderr, "dateline: %v\n", err)
}
