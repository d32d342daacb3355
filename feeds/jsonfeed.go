package feeds

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// A JSON Feed (https://jsonfeed.org, versions 1.0 and 1.1) is read with
// encoding/json's streaming Decoder: the top-level object key by key, and
// its items array one element at a time, so each item is a story as soon as
// it has been read and memory holds one item's JSON at a time.

// jsonItem is the part of a JSON Feed item dateline reads. Fields whose type
// a broken feed may get wrong are flexible.
type jsonItem struct {
	ID            flexString   `json:"id"` // a string by the spec; some feeds write a number
	URL           string       `json:"url"`
	ExternalURL   string       `json:"external_url"`
	Title         string       `json:"title"`
	ContentHTML   string       `json:"content_html"`
	ContentText   string       `json:"content_text"`
	Summary       string       `json:"summary"`
	DatePublished string       `json:"date_published"`
	DateModified  string       `json:"date_modified"`
	Author        *jsonAuthor  `json:"author"`  // 1.0
	Authors       []jsonAuthor `json:"authors"` // 1.1
	Tags          []string     `json:"tags"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

// flexString accepts a string, a number or a boolean (feeds write ids as
// numbers); anything else reads as "".
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' && bytes.IndexByte(b, '\\') < 0 && utf8.Valid(b) {
		*f = flexString(b[1 : len(b)-1])
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
		return nil
	}
	switch {
	case len(b) == 0, b[0] == '{', b[0] == '[', string(b) == "null":
		*f = ""
	default:
		*f = flexString(b)
	}
	return nil
}

// parseJSONFeed reads a JSON Feed from in, passing each item to emit as
// soon as it has been read.
func parseJSONFeed(ctx context.Context, in *input, feed *feedInfo, emit func(*rawItem) error) error {
	dec := json.NewDecoder(in.r)
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return jsonError(dec, err)
		}
		key, _ := tok.(string)
		switch key {
		case "version":
			var v flexString
			if err := dec.Decode(&v); err != nil {
				return jsonError(dec, err)
			}
			if !isVersion1(string(v)) {
				return fmt.Errorf("%w (JSON Feed version %q is not 1.0 or 1.1); pass an RSS, Atom or JSON Feed file", ErrNotFeed, SanitizeLine(capText(string(v), 80)))
			}
		case "title":
			err = decodeString(dec, &feed.title)
		case "home_page_url":
			err = decodeString(dec, &feed.link)
		case "feed_url":
			err = decodeString(dec, &feed.self)
		case "author":
			var a *jsonAuthor
			if err = dec.Decode(&a); err == nil && a != nil && feed.author == "" {
				feed.author = a.Name
			}
		case "authors":
			var as []jsonAuthor
			if err = dec.Decode(&as); err == nil && len(as) > 0 && feed.author == "" {
				feed.author = as[0].Name
			}
		case "items":
			err = parseJSONItems(ctx, dec, emit)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				continue // a value of the wrong type: ignore it
			}
			return jsonError(dec, err)
		}
	}
	// No version at all: detection saw JSON Feed's own keys (see
	// isJSONFeedVersion), which is enough.
	return nil
}

// isVersion1 reports whether a JSON Feed version is 1.0 or 1.1: its URL
// ("https://jsonfeed.org/version/1.1"), or the bare number some feeds
// write ("1.0", "1.1", "1").
func isVersion1(v string) bool {
	v = strings.TrimSpace(v)
	switch v {
	case "1", "1.0", "1.1":
		return true
	}
	return strings.Contains(v, "jsonfeed.org/version/1")
}

func decodeString(dec *json.Decoder, dst *string) error {
	var s flexString
	err := dec.Decode(&s)
	*dst = string(s)
	return err
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return jsonError(dec, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("JSON syntax error at byte %d: expected %q", dec.InputOffset(), want)
	}
	return nil
}

func parseJSONItems(ctx context.Context, dec *json.Decoder, emit func(*rawItem) error) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		if ok && d == '{' {
			// Not an array: skip the object and go on with the feed.
			var skip json.RawMessage
			for dec.More() {
				if _, err := dec.Token(); err != nil {
					return err
				}
				if err := dec.Decode(&skip); err != nil {
					return err
				}
			}
			_, err = dec.Token()
		}
		return err
	}
	for dec.More() {
		var ji jsonItem
		if err := dec.Decode(&ji); err != nil {
			var te *json.UnmarshalTypeError
			if !errors.As(err, &te) {
				return err
			}
			// A wrong type in one field: the rest of the item was read.
		}
		if err := emit(jsonRaw(&ji)); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	_, err = dec.Token() // ]
	return err
}

// jsonRaw maps a JSON Feed item onto the common raw item, through Item
// as any other source of items does.
func jsonRaw(ji *jsonItem) *rawItem {
	it := Item{
		GUID:    string(ji.ID),
		Link:    cmp.Or(ji.URL, ji.ExternalURL),
		Title:   ji.Title,
		Summary: ji.Summary,
		HTML:    ji.ContentHTML,
		Text:    ji.ContentText,
		Date:    cmp.Or(ji.DatePublished, ji.DateModified),
		Tags:    ji.Tags,
	}
	for _, a := range ji.Authors {
		it.Authors = append(it.Authors, a.Name)
	}
	if len(it.Authors) == 0 && ji.Author != nil {
		it.Authors = append(it.Authors, ji.Author.Name)
	}
	return it.raw()
}

// jsonError words a JSON failure with where it happened.
func jsonError(dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &jsonSyntaxError{fmt.Sprintf("JSON syntax error at byte %d: %s", se.Offset, se.Error())}
	}
	if errors.Is(err, errTooLarge) {
		return err
	}
	if errors.Is(err, io.EOF) || err.Error() == "unexpected EOF" {
		return &jsonSyntaxError{fmt.Sprintf("JSON Feed cut short at byte %d (unexpected end of file)", dec.InputOffset())}
	}
	return err
}

// jsonSyntaxError is a JSON Feed that is not well-formed JSON.
type jsonSyntaxError struct{ msg string }

func (e *jsonSyntaxError) Error() string { return e.msg }
