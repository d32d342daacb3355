package serversync

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"time"
)

// The JSON the servers send, read leniently: a field of an unexpected type
// is left empty rather than failing the whole answer.

type grSubscription struct {
	ID         grString        `json:"id"`
	Title      grString        `json:"title"`
	URL        grString        `json:"url"`
	HTMLURL    grString        `json:"htmlUrl"`
	Categories grList[grLabel] `json:"categories"`
}

type grLabel struct {
	ID    grString `json:"id"`
	Label grString `json:"label"`
}

type grItemRef struct {
	ID grString `json:"id"`
}

type grItem struct {
	ID            grString             `json:"id"`
	Title         grString             `json:"title"`
	Author        grString             `json:"author"`
	Published     grInt                `json:"published"`
	Updated       grInt                `json:"updated"`
	CrawlTimeMsec grInt                `json:"crawlTimeMsec"`
	TimestampUsec grInt                `json:"timestampUsec"`
	Categories    grList[grString]     `json:"categories"`
	Canonical     grList[grHref]       `json:"canonical"`
	Alternate     grList[grHref]       `json:"alternate"`
	Content       grLenient[grContent] `json:"content"`
	Summary       grLenient[grContent] `json:"summary"`
	Origin        grLenient[grOrigin]  `json:"origin"`
}

type grHref struct {
	Href grString `json:"href"`
}

type grContent struct {
	Content grString `json:"content"`
}

type grOrigin struct {
	StreamID grString `json:"streamId"`
}

// grDecodeContents reads a stream/items/contents (or stream/contents)
// answer. Items without a usable ID are dropped; the answer must be a
// JSON object.
func grDecodeContents(body []byte) ([]Entry, error) {
	var res struct {
		Items grList[grItem] `json:"items"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		return nil, err
	}
	entries := make([]Entry, 0, len(res.Items))
	for _, it := range res.Items {
		if e, ok := it.entry(); ok {
			entries = append(entries, e)
		}
	}
	return entries, nil
}

func (it grItem) entry() (Entry, bool) {
	id, ok := grParseID(string(it.ID))
	if !ok {
		return Entry{}, false
	}
	e := Entry{
		ID:        strconv.FormatInt(id, 10),
		FeedID:    string(it.Origin.V.StreamID),
		Title:     string(it.Title),
		Author:    string(it.Author),
		Content:   string(it.Content.V.Content),
		Published: grTime(int64(it.Published), time.Second),
		Changed:   grTime(int64(it.Updated), time.Second),
	}
	if e.Content == "" {
		e.Content = string(it.Summary.V.Content)
	}
	for _, links := range []grList[grHref]{it.Canonical, it.Alternate} {
		if len(links) > 0 && links[0].Href != "" {
			e.URL = string(links[0].Href)
			break
		}
	}
	if e.Published.IsZero() {
		e.Published = grTime(int64(it.TimestampUsec), time.Microsecond)
	}
	if e.Changed.IsZero() {
		e.Changed = grTime(int64(it.CrawlTimeMsec), time.Millisecond)
	}
	if e.Changed.IsZero() {
		e.Changed = grTime(int64(it.TimestampUsec), time.Microsecond)
	}
	for _, c := range it.Categories {
		switch state, label := grCategory(string(c)); {
		case state == "read":
			e.Read = true
		case state == "starred":
			e.Starred = true
		case label != "" && !slices.Contains(e.Tags, label):
			e.Tags = append(e.Tags, label)
		}
	}
	return e, true
}

// grTime reads a count of units since 1970; zero, negative or absurd
// values (past the year 9999) are no time.
func grTime(n int64, unit time.Duration) time.Time {
	const maxSeconds = 253402300799 // 9999-12-31T23:59:59Z
	if n <= 0 || n/int64(time.Second/unit) > maxSeconds {
		return time.Time{}
	}
	per := int64(time.Second / unit)
	return time.Unix(n/per, (n%per)*int64(unit)).UTC()
}

// grString is a JSON string; a number or boolean is kept as its text,
// anything else is "".
type grString string

func (s *grString) UnmarshalJSON(data []byte) error {
	*s = ""
	if len(data) == 0 {
		return nil
	}
	switch c := data[0]; {
	case c == '"':
		var v string
		if json.Unmarshal(data, &v) == nil {
			*s = grString(v)
		}
	case c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f':
		*s = grString(data)
	}
	return nil
}

// grInt is a JSON number or a string holding one (Google Reader sent its
// timestamps as strings); anything else, or out of range, is 0.
type grInt int64

func (n *grInt) UnmarshalJSON(data []byte) error {
	*n = 0
	var text string
	if json.Unmarshal(data, &text) != nil {
		text = string(data)
	}
	if v, err := strconv.ParseInt(text, 10, 64); err == nil {
		*n = grInt(v)
	} else if f, err := strconv.ParseFloat(text, 64); err == nil && f > -9e18 && f < 9e18 {
		*n = grInt(math.Trunc(f))
	}
	return nil
}

// grList is a JSON array whose elements that do not fit T are dropped;
// anything but an array is an empty list.
type grList[T any] []T

func (l *grList[T]) UnmarshalJSON(data []byte) error {
	*l = nil
	var raws []json.RawMessage
	if json.Unmarshal(data, &raws) != nil {
		return nil
	}
	for _, raw := range raws {
		var v T
		if json.Unmarshal(raw, &v) == nil {
			*l = append(*l, v)
		}
	}
	return nil
}

// grLenient is a JSON object read as V, or V's zero value when it is not one.
type grLenient[V any] struct{ V V }

func (l *grLenient[V]) UnmarshalJSON(data []byte) error {
	var v V
	if json.Unmarshal(data, &v) == nil {
		l.V = v
	}
	return nil
}
