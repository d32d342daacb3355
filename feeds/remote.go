package feeds

// Remote feeds: bytes a fetch.Fetcher brought back, read as a file is.

import (
	"bytes"
	"io"
	"net/url"
	"strings"
)

// Remote is a feed fetched from url, whose bytes are body (a fetch.Fetcher
// Result's Body). It is read exactly as a file is: the format decided by
// the content, the charset by the byte-order mark or the XML declaration
// (not by the HTTP Content-Type, which the loader never sees), the same
// 64 MiB limit and the same messages; a story file is read as one too.
//
// url names the source in batches and errors (escaped as a path is, with
// any password in it hidden), and it is the feed's address: a relative
// link resolves against the feed's own xml:base and link first, and
// against url when they leave it relative, as a browser would. It also
// takes the place a file's absolute path has in story IDs: a short guid or
// a content hash is qualified by the feed's own address (its self link,
// else its home page, else its Atom id) when it names one, else by url
// (without any user name or password). So the same bytes from the same
// url give the same IDs at every fetch, and a feed that names itself
// gives the same IDs as a local copy of it; one that does not need not.
// For IDs that last, pass the address subscribed to, not where a
// redirect happened to lead.
//
// An HTML page is refused with an error that says to subscribe to its
// feed, or to let "dateline add" find it (see fetch.Discover).
func Remote(url string, body []byte) Source {
	return Source{kind: kindRemote, path: url, body: body}
}

// remoteFile describes a remote feed as the loader's one file.
func remoteFile(raw string, body []byte) file {
	key, base := remoteKey(raw)
	name := QuoteControls(remoteShortName(raw))
	return file{
		display: remoteDisplay(raw),
		key:     key,
		name:    name,
		folder:  name,
		dirKey:  key,
		base:    base,
		remote:  true,
		reopen:  true,
		open: func() (io.ReadCloser, int64, error) {
			return io.NopCloser(bytes.NewReader(body)), int64(len(body)), nil
		},
	}
}

// remoteDisplay is the URL as messages show it: any password replaced by
// "xxxxx", and any control or bidi character escaped as in a path.
func remoteDisplay(raw string) string {
	if u, err := url.Parse(strings.TrimSpace(raw)); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			raw = u.Redacted()
		}
	}
	return QuoteControls(raw)
}

// remoteKey is what qualifies the IDs of a feed that names no address of
// its own: the URL as given, without the user name and password (they are
// not the feed's address, and IDs are stored and shown). base is the same
// URL for resolving links, "" when it is not an absolute http or https
// address.
func remoteKey(raw string) (key, base string) {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return QuoteControls(raw), ""
	}
	if u.User != nil {
		u.User = nil
		raw = u.String()
	}
	if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		base = raw
	}
	return QuoteControls(raw), base
}

// remoteShortName is the stories' Source when the feed has no title: the
// host and path ("news.example.com/world/rss"), still percent-encoded, so
// it holds nothing that needs escaping.
func remoteShortName(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return raw
	}
	return strings.TrimSuffix(u.Host+u.EscapedPath(), "/")
}
