package serversync

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"

	miniflux "miniflux.app/v2/client"
)

// Miniflux is a Server speaking Miniflux's REST API through its official
// client.
type Miniflux struct {
	url string
	c   *miniflux.Client
}

// pageSize is how many entries one request asks Miniflux for.
const pageSize = 1000 // the most Miniflux gives

// NewMiniflux connects to the Miniflux at url with a user name and
// password, or with an API token when user is "".
func NewMiniflux(url, user, secret string, hc *http.Client) *Miniflux {
	opts := []miniflux.Option{miniflux.WithHTTPClient(hc)}
	if user == "" {
		opts = append(opts, miniflux.WithAPIKey(secret))
	} else {
		opts = append(opts, miniflux.WithCredentials(user, secret))
	}
	return &Miniflux{url: strings.TrimRight(url, "/"), c: miniflux.NewClientWithOptions(url, opts...)}
}

// fail says in one line what went wrong and what to do.
func (m *Miniflux) fail(what string, err error) error {
	var ne net.Error
	var op *net.OpError
	switch {
	case errors.Is(err, miniflux.ErrNotAuthorized):
		return fmt.Errorf("%s: %s: %w: the user name and password (or API token) were refused; check them in the [sync] section of the config", m.url, what, ErrAuth)
	case errors.Is(err, miniflux.ErrForbidden):
		return fmt.Errorf("%s: %s: %w: the server refused the request; check that the user may use the API", m.url, what, ErrAuth)
	case errors.As(err, &op):
		// The cause alone ("connect: connection refused"): the URL of the
		// request would only repeat the server's address.
		return fmt.Errorf("%s: %s: %w (%s: %v); check the address in the [sync] section, and that the server is up", m.url, what, ErrUnreachable, op.Op, op.Err)
	case errors.As(err, &ne), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%s: %s: %w (no answer in time); check the address in the [sync] section, and that the server is up", m.url, what, ErrUnreachable)
	case errors.Is(err, miniflux.ErrNotFound):
		return fmt.Errorf("%s: %s: not found; check that the address is Miniflux's base URL", m.url, what)
	}
	return fmt.Errorf("%s: %s: %w", m.url, what, err)
}

// Check implements Server.
func (m *Miniflux) Check(ctx context.Context) error {
	if _, err := m.c.MeContext(ctx); err != nil {
		return m.fail("log in", err)
	}
	return nil
}

// Feeds implements Server.
func (m *Miniflux) Feeds(ctx context.Context) ([]Feed, error) {
	fs, err := m.c.FeedsContext(ctx)
	if err != nil {
		return nil, m.fail("list the feeds", err)
	}
	out := make([]Feed, 0, len(fs))
	for _, f := range fs {
		out = append(out, feedOf(f))
	}
	return out, nil
}

func feedOf(f *miniflux.Feed) Feed {
	out := Feed{ID: strconv.FormatInt(f.ID, 10), URL: f.FeedURL, SiteURL: f.SiteURL, Title: f.Title}
	if f.Category != nil {
		out.Category = f.Category.Title
	}
	return out
}

// Entries implements Server. The cursor is the newest changed_at seen, in
// Unix seconds; entries changed at that second are asked for again (a
// second may hold more than one change), which costs a few repeats and
// loses none.
func (m *Miniflux) Entries(ctx context.Context, since string) ([]Entry, string, error) {
	var after int64
	if since != "" {
		v, err := strconv.ParseInt(since, 10, 64)
		if err != nil {
			return nil, "", fmt.Errorf("sync cursor %q is damaged; run dateline sync again to start afresh", since)
		}
		after = v - 1
	}
	newest := after
	var out []Entry
	for offset := 0; ; offset += pageSize {
		f := &miniflux.Filter{Order: "changed_at", Direction: "asc", Limit: pageSize, Offset: offset,
			Statuses: []string{"read", "unread"}}
		if after > 0 {
			f.ChangedAfter = after
		}
		page, err := m.c.EntriesContext(ctx, f)
		if err != nil {
			return nil, "", m.fail("read the entries", err)
		}
		for _, e := range page.Entries {
			out = append(out, entryOf(e))
			newest = max(newest, e.ChangedAt.Unix())
		}
		if len(page.Entries) < pageSize {
			break
		}
	}
	if newest <= 0 {
		return out, since, nil
	}
	return out, strconv.FormatInt(newest, 10), nil
}

func entryOf(e *miniflux.Entry) Entry {
	out := Entry{
		ID: strconv.FormatInt(e.ID, 10), FeedID: strconv.FormatInt(e.FeedID, 10), URL: e.URL,
		Title: e.Title, Author: e.Author, Content: e.Content, Published: e.Date, Tags: e.Tags,
		Read: e.Status == "read", Starred: e.Starred, Changed: e.ChangedAt,
	}
	return out
}

func ids64(ids []string) ([]int64, error) {
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		n, err := strconv.ParseInt(id, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("entry ID %q is not Miniflux's", id)
		}
		out = append(out, n)
	}
	return out, nil
}

// SetRead implements Server.
func (m *Miniflux) SetRead(ctx context.Context, ids []string, read bool) error {
	n, err := ids64(ids)
	if err != nil || len(n) == 0 {
		return err
	}
	status := "unread"
	if read {
		status = "read"
	}
	for start := 0; start < len(n); start += pageSize {
		if err := m.c.UpdateEntriesContext(ctx, n[start:min(len(n), start+pageSize)], status); err != nil {
			return m.fail("mark entries "+status, err)
		}
	}
	return nil
}

// SetStarred implements Server.
func (m *Miniflux) SetStarred(ctx context.Context, ids []string, starred bool) error {
	n, err := ids64(ids)
	if err != nil || len(n) == 0 {
		return err
	}
	for start := 0; start < len(n); start += pageSize {
		if err := m.c.UpdateEntriesStarredContext(ctx, n[start:min(len(n), start+pageSize)], starred); err != nil {
			return m.fail("star entries", err)
		}
	}
	return nil
}

// Subscribe implements Server.
func (m *Miniflux) Subscribe(ctx context.Context, url, category string) (Feed, error) {
	req := &miniflux.FeedCreationRequest{FeedURL: url}
	if category != "" {
		id, err := m.category(ctx, category)
		if err != nil {
			return Feed{}, err
		}
		req.CategoryID = id
	}
	id, err := m.c.CreateFeedContext(ctx, req)
	if err != nil {
		return Feed{}, m.fail("subscribe to "+url, err)
	}
	f, err := m.c.FeedContext(ctx, id)
	if err != nil {
		return Feed{}, m.fail("read the new feed", err)
	}
	return feedOf(f), nil
}

// category finds or creates the category named title.
func (m *Miniflux) category(ctx context.Context, title string) (int64, error) {
	cats, err := m.c.CategoriesContext(ctx)
	if err != nil {
		return 0, m.fail("list the categories", err)
	}
	for _, c := range cats {
		if strings.EqualFold(c.Title, title) {
			return c.ID, nil
		}
	}
	c, err := m.c.CreateCategoryContext(ctx, title)
	if err != nil {
		return 0, m.fail("create the category "+title, err)
	}
	return c.ID, nil
}

// Unsubscribe implements Server.
func (m *Miniflux) Unsubscribe(ctx context.Context, feedID string) error {
	id, err := strconv.ParseInt(feedID, 10, 64)
	if err != nil {
		return fmt.Errorf("feed ID %q is not Miniflux's", feedID)
	}
	if err := m.c.DeleteFeedContext(ctx, id); err != nil {
		return m.fail("unsubscribe", err)
	}
	return nil
}
