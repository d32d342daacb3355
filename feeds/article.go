package feeds

// The article a story links to: a fetched web page turned into the
// Markdown of its main text, on the same path as a feed's HTML body
// (sanitised, converted by HTMLToMarkdown's converter, links resolved,
// scripts gone, images kept as images). Finding the main text in a page
// is go-readability's work, a port of the Readability.js that Firefox's
// reader view uses.

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Why a page gave no article. Article's errors wrap one of them.
var (
	// ErrNoArticle: the page has no text that reads as an article (an
	// index page, a video, a page built by scripts).
	ErrNoArticle = errors.New("no article found on the page")
	// ErrPaywall: the page says its article is not free, and shows little
	// of it.
	ErrPaywall = errors.New("the article is behind a paywall")
)

// minArticleWords is the fewest words an article has: less is a teaser, a
// cookie notice or a login form, and the feed's text is better.
const minArticleWords = 40

// maxArticleElements bounds the elements go-readability scores: its work
// grows faster than the page, and a 5 MiB page of empty divs must not hold
// a core for seconds. Real pages have a few thousand (the largest of its
// test pages, 1.6 MB, has about 15,000).
const maxArticleElements = 60_000

// paywallMark is schema.org's way for a page to say its text is not free.
var paywallMark = regexp.MustCompile(`(?i)"isAccessibleForFree"\s*:\s*"?false`)

// Article turns a web page (as fetched: any charset contentType or the
// page declares) into the Markdown of its article, resolved against
// pageURL. The page is sanitised before anything reads it, and every text
// node and attribute again once parsed (an entity can spell an escape),
// so the result is as safe to print as any story body. A page with no
// article gives an error wrapping ErrNoArticle or ErrPaywall.
func Article(page []byte, contentType, pageURL string) (string, error) {
	text := Sanitize(decodePage(page, contentType))
	base, err := url.Parse(httpBase(pageURL))
	if err != nil || base.Host == "" {
		return "", fmt.Errorf("%s: not a web address", QuoteControls(pageURL))
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxArticleElements
	art, err := p.Parse(strings.NewReader(text), base)
	switch {
	case err != nil && strings.Contains(err.Error(), "too large"):
		return "", fmt.Errorf("%w (the page has over %d elements)", ErrNoArticle, maxArticleElements)
	case err != nil:
		return "", fmt.Errorf("%w (%v)", ErrNoArticle, err)
	}
	md := ""
	if art.Node != nil {
		md = articleMarkdown(art.Node, base.String())
	}
	if countWords(md) < minArticleWords {
		if paywallMark.MatchString(text) {
			return "", ErrPaywall
		}
		return "", ErrNoArticle
	}
	if len(md) > maxBody {
		md = md[:runeStart(md, maxBody)] + cutNote
	}
	return md, nil
}

// decodePage is the page as UTF-8, from the charset the Content-Type
// names, else the page's <meta>, else UTF-8 if it is valid UTF-8, else
// Windows-1252 (what a browser does). Invalid bytes are left for Sanitize to drop.
func decodePage(page []byte, contentType string) string {
	enc, name, certain := charset.DetermineEncoding(page, contentType)
	// Its guess when nothing is declared looks at the first 1 KiB alone:
	// a page that is UTF-8 throughout is taken to be that.
	if !certain && name == "windows-1252" && utf8.Valid(page) {
		return string(page)
	}
	if enc == nil || name == "utf-8" {
		return string(page)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		return string(page)
	}
	return string(out)
}

// articleMarkdown converts the article go-readability found, as a feed's
// HTML body is converted (prepareTree, then the converter): the text of
// every node sanitised again, scripts and frames dropped, unsafe links
// unwrapped, images kept with an http(s) source. A converter failure
// falls back to the text, as HTMLToMarkdown does.
func articleMarkdown(n *html.Node, base string) (md string) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	doc := &html.Node{Type: html.DocumentNode}
	doc.AppendChild(n)
	defer func() {
		if recover() != nil {
			md = nodeText(n)
		}
	}()
	prepareTree(doc, false)
	out, err := convertTree(doc, base)
	if err != nil {
		return nodeText(n)
	}
	md = tidyMarkdown(Sanitize(string(out)))
	if md == "" {
		return nodeText(n)
	}
	return md
}

// nodeText is the text of a parsed node, for when conversion fails.
func nodeText(n *html.Node) string {
	var b bytes.Buffer
	if html.Render(&b, n) != nil {
		return ""
	}
	return HTMLToText(b.String())
}

// countWords counts runs of letters or digits, and each character of a
// script written without spaces, up to 1,000: enough to tell an article
// from a teaser.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		word := r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
			r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if word && (!in || r > 0x7f && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)) {
			n++
			if n >= 1000 {
				return n
			}
		}
		in = word
	}
	return n
}
