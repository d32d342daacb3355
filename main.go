// Command dateline is a terminal news reader: it loads stories from feeds and
// story files into a headline list and a story view, with the world's regions
// as tabs. main.go is the process: it hands the real standard files,
// environment, signals and terminal to cli.Run and exits with its code.
package main

import (
	"context"
	"embed"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/dateline-news/dateline/cli"
)

// sample is the bundled news shown when there is nothing else.
//
//go:embed testdata/sample
var sample embed.FS

func main() {
	// No heap profile is ever taken: its sampling cost 1.4 MiB and some
	// CPU on every start from a large library.
	runtime.MemProfileRate = 0
	hangup := make(chan os.Signal, 1)
	signal.Notify(hangup, syscall.SIGHUP)
	sub, err := fs.Sub(sample, "testdata/sample")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder
	}
	os.Exit(cli.Run(context.Background(), os.Args[1:], cli.IO{
		Stdin:          os.Stdin,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		LookupEnv:      os.LookupEnv,
		Environ:        os.Environ,
		Sample:         sub,
		Terminal:       terminal,
		OpenTTY:        func() (io.ReadCloser, error) { return os.Open("/dev/tty") },
		Hangup:         hangup,
		SetMemoryLimit: debug.SetMemoryLimit,
		Location:       time.Local,
	}))
}

// terminal reports whether f (standard input or output) is a terminal,
// and its width.
func terminal(v any) (int, bool) {
	f, ok := v.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0, false
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0, true
	}
	return width, true
}
