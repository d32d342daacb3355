package store

import (
	"database/sql"
	"os"
)

// checkpointer copies the WAL into the database file on its own
// connection rather than inside the writer's commits: when the writer is
// idle, or when the WAL has grown past walCheckpointSize. Copying during an
// ingest would take a core from it (two are all we count on) for work that
// can wait. A passive checkpoint takes no lock a writer needs; once the WAL
// is all copied, the writer's next transaction starts it over.
type checkpointer struct {
	db     *sql.DB
	wal    string // the WAL's path
	kick   chan bool
	quit   chan struct{}
	exited chan struct{}
}

// walCheckpointSize is how large the WAL may grow while the writer is busy.
const walCheckpointSize = 512 << 20

func startCheckpointer(db *sql.DB, path string) *checkpointer {
	c := &checkpointer{db: db, wal: path + "-wal", kick: make(chan bool, 1), quit: make(chan struct{}), exited: make(chan struct{})}
	go c.loop()
	return c
}

// committed tells the checkpointer there is something to copy, and
// whether the writer is idle.
func (c *checkpointer) committed(idle bool) {
	select {
	case c.kick <- idle:
	default:
		if idle { // replace a busy kick with an idle one
			select {
			case <-c.kick:
			default:
			}
			select {
			case c.kick <- true:
			default:
			}
		}
	}
}

func (c *checkpointer) loop() {
	defer close(c.exited)
	for {
		var idle bool
		select {
		case idle = <-c.kick:
		case <-c.quit:
			return
		}
		if !idle {
			if fi, err := os.Stat(c.wal); err != nil || fi.Size() < walCheckpointSize {
				continue
			}
		}
		// A failure (the database busy) leaves the copying to the next
		// turn, or to SQLite when the last connection closes.
		c.db.Exec("PRAGMA wal_checkpoint(PASSIVE)")
	}
}

func (c *checkpointer) close() {
	close(c.quit)
	<-c.exited
}
