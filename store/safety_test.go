package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/model"
)

func integrityOK(t *testing.T, s *Store) {
	t.Helper()
	var res string
	if err := s.rdb.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check: %q, %v", res, err)
	}
	if _, err := s.wdb.Exec(`INSERT INTO fts (fts, rank) VALUES ('integrity-check', 0)`); err != nil {
		t.Errorf("fts integrity-check: %v", err)
	}
}

func TestTwoStoresWriteOneLibrary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	a, b := openAt(t, path), openAt(t, path)
	ctx := context.Background()
	var wg sync.WaitGroup
	for name, s := range map[string]*Store{"a": a, "b": b} {
		c := newCorpus(uint64(name[0]))
		wg.Go(func() {
			for batch := range 6 {
				var stories []*model.Story
				for i := range 500 {
					st := c.story(batch*500 + i)
					st.ID = fmt.Sprintf("%s-%d-%d", name, batch, i)
					stories = append(stories, st)
				}
				if err := s.Upsert(ctx, stories, name); err != nil {
					t.Error(err)
				}
				for i := range 50 {
					s.SetRead(fmt.Sprintf("%s-%d-%d", name, batch, i), true)
				}
				// and the other's, which may or may not have come yet
				s.SetStarred(fmt.Sprintf("%s-%d-0", map[string]string{"a": "b", "b": "a"}[name], batch), true)
			}
			if err := s.Flush(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	a.Close()
	b.Close()

	s := openAt(t, path)
	integrityOK(t, s)
	all, unread, _, err := s.Counts(ctx)
	if err != nil || all != 6000 || unread != 6000-600 {
		t.Errorf("%d stories, %d unread, %v", all, unread, err)
	}
	checkCounts(t, s)
	for _, name := range []string{"a", "b"} {
		for batch := range 6 {
			if st := state(t, s, fmt.Sprintf("%s-%d-0", name, batch)); !st.Read || !st.Starred {
				t.Errorf("%s-%d-0: %+v", name, batch, st)
			}
		}
	}
}

// TestKillMidWrite runs writers in processes of their own (one or two at
// once on the library) and kills them (SIGKILL) at random moments, most
// of them inside a write. After every round the library must pass
// integrity_check and hold every mark a writer acknowledged as committed.
func TestKillMidWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	rng := rand.New(rand.NewPCG(2026, 11))
	var acked []string
	for round := range 20 {
		procs := 1 + round%2
		var wg sync.WaitGroup
		var mu sync.Mutex
		var errs []error // t.Fatal belongs to the test's goroutine: reported after Wait
		for p := range procs {
			kill := 1 + rng.IntN(4)                                     // at the kill-th write
			delay := time.Duration(rng.IntN(20_000)) * time.Microsecond // into it
			wg.Go(func() {
				got, err := runAndKill(path, fmt.Sprintf("%d.%d", round, p), kill, delay)
				mu.Lock()
				acked = append(acked, got...)
				if err != nil {
					errs = append(errs, err)
				}
				mu.Unlock()
			})
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}

		s, err := Open(path, mdCodec{})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		integrityOK(t, s)
		items, err := s.Get(context.Background(), acked)
		if err != nil || len(items) != len(acked) {
			t.Fatalf("round %d: %d of %d acknowledged stories found: %v", round, len(items), len(acked), err)
		}
		for _, it := range items {
			if !it.State.Read || !it.State.Starred {
				t.Errorf("round %d: acknowledged marks on %s lost: %+v", round, it.Story.ID, it.State)
			}
		}
		if round == 19 {
			checkCounts(t, s)
		}
		s.Close()
	}
	if len(acked) < 20 {
		t.Errorf("only %d marks acknowledged in 20 rounds", len(acked))
	}
}

// runAndKill starts a helper writer and kills it delay after it reports
// starting its kill-th write; it returns the marks it acknowledged, and an
// error if the helper could not start or was not killed as planned. It
// runs off the test's goroutine, so it reports to its caller, not to t.
func runAndKill(path, name string, kill int, delay time.Duration) ([]string, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
	cmd.Env = append(os.Environ(), helperEnv+"="+path, "DATELINE_STORE_HELPER_NAME="+name)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("helper %s: %w", name, err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("helper %s: %w", name, err)
	}
	var acked []string
	writes := 0
	sc := bufio.NewScanner(out)
	killed := false
	for sc.Scan() {
		what, id, _ := strings.Cut(sc.Text(), " ")
		switch what {
		case "ack":
			acked = append(acked, id)
		case "writing":
			writes++
			if writes == kill && !killed {
				time.Sleep(delay)
				cmd.Process.Kill()
				killed = true
			}
		}
	}
	err = cmd.Wait()
	if !killed || err == nil || !strings.Contains(err.Error(), "killed") {
		return acked, fmt.Errorf("helper %s: not killed as planned: %v", name, err)
	}
	return acked, nil
}

// TestHelperWriter is the writer TestKillMidWrite runs in a process of its
// own: it ingests batches and marks one story of each, printing "writing
// ID" before and "ack ID" once the mark is committed, until killed.
func TestHelperWriter(t *testing.T) {
	path, name := os.Getenv(helperEnv), os.Getenv("DATELINE_STORE_HELPER_NAME")
	if path == "" || name == "" {
		return // not a helper process
	}
	s, err := Open(path, mdCodec{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	c := newCorpus(uint64(len(name)))
	ctx := context.Background()
	for i := 0; ; i++ {
		var stories []*model.Story
		for j := range 100 {
			st := c.story(j)
			st.ID = fmt.Sprintf("%s-%d-%d", name, i, j)
			stories = append(stories, st)
		}
		id := stories[0].ID
		fmt.Println("writing", id)
		err := s.Upsert(ctx, stories, name)
		if err == nil {
			err = s.SetRead(id, true)
		}
		if err == nil {
			err = s.SetStarred(id, true)
		}
		if err == nil {
			err = s.Flush(ctx)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Println("ack", id)
		if i > 1000 {
			fmt.Fprintln(os.Stderr, "not killed after "+strconv.Itoa(i)+" writes")
			os.Exit(3)
		}
	}
}
