package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dateline-news/dateline/feeds"
	"github.com/dateline-news/dateline/fetch"
	"github.com/dateline-news/dateline/model"
)

// BenchmarkKeyPressWithArticleFetchInFlight is a key in the story view
// (Update and View, as the program runs them) while the article of the
// story is fetched and extracted again and again beside it, as a
// command's goroutine would: a 205 KB real page (go-readability's ACLU
// test page) from a loopback server, through the fetcher and
// feeds.Article. It should cost what a key costs with nothing beside it.
func BenchmarkKeyPressWithArticleFetchInFlight(b *testing.B) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	if err != nil {
		b.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "test-pages", "aclu", "source.html"))
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer srv.Close()
	f := &fetch.Fetcher{AllowPrivatePages: true}
	article := func(ctx context.Context, s *model.Story) (model.Article, error) {
		p := f.FetchPage(ctx, s.Link())
		if p.Err != nil {
			return model.Article{}, p.Err
		}
		md, err := feeds.Article(p.Body, p.ContentType, p.FinalURL)
		return model.Article{URL: s.Link(), Markdown: md}, err
	}
	for _, inFlight := range []bool{false, true} {
		name := "idle"
		if inFlight {
			name = "fetching"
		}
		b.Run(name, func(b *testing.B) {
			var m tea.Model = benchApp(b, 1000)
			m, _ = m.Update(keyMsg("enter"))
			a := m.(App)
			a.story.story.Edit().Link = srv.URL + "/story"
			a.opts.Article, a.keys.noArticle = article, false
			a.setKeys()
			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			if inFlight {
				var cmd tea.Cmd
				m, cmd = a.Update(keyMsg("a"))
				if cmd == nil {
					b.Fatal("a started no fetch")
				}
				wg.Go(func() {
					for ctx.Err() == nil {
						if _, err := article(ctx, a.story.story); err != nil && ctx.Err() == nil {
							b.Error(err)
							return
						}
					}
				})
			}
			down, up := keyMsg("j"), keyMsg("k")
			b.ResetTimer()
			for i := range b.N {
				if i%2 == 0 {
					m = step(m, down)
				} else {
					m = step(m, up)
				}
			}
			b.StopTimer()
			cancel()
			wg.Wait()
		})
	}
}
