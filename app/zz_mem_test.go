package app

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/model"
	"github.com/dateline-news/dateline/store"
)

func TestZZMem(t *testing.T) {
	st, err := store.Open("/tmp/dateline-sbs/run/dl-100k/d/dateline/library.db", feeds.Codec{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	out := make(chan model.Event, 16)
	go func() { Loader{Store: st}.Library(context.Background(), out); close(out) }()
	c := model.NewCollection()
	for e := range out {
		if a, ok := e.(model.StoriesArrived); ok {
			c.Add(model.PrepareArrived(a))
		}
	}
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	w, p, wb, ss := c.IndexStats()
	fmt.Printf("stories %d heap %.1f MiB words %d postings %d wordbytes %d storysize %d\n", c.Len(), float64(m.HeapAlloc)/(1<<20), w, p, wb, ss)
	runtime.KeepAlive(c)
}
