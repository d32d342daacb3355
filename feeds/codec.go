package feeds

import (
	"strings"

	"github.com/dateline-news/dateline/model"
)

// Codec stores story bodies in their raw form and restores them, so the
// library keeps what the feed sent and the HTML is still converted (and
// sanitised) here, lazily, on a story's first open. It implements the
// store's BodyCodec.
type Codec struct{}

// Body kinds as stored. "+cut" marks a body cut at the 2 MiB limit.
var kindNames = map[bodyKind]string{
	bodyHTML:     "html",
	bodyText:     "text",
	bodyMarkdown: "md",
	bodyDetect:   "detect",
}

// Encode returns a body's raw form. A body already converted is stored as
// its (sanitised) Markdown; a body from elsewhere is stored as its Markdown.
func (Codec) Encode(b model.Body) (kind, raw, base string) {
	fb, ok := b.(*body)
	if !ok {
		return "md", b.Markdown(), ""
	}
	fb.mu.Lock()
	defer fb.mu.Unlock()
	if fb.converted {
		return "md", fb.md, ""
	}
	kind = kindNames[fb.kind]
	if kind == "" {
		kind = "text"
	}
	if fb.cut {
		kind += "+cut"
	}
	return kind, fb.raw, fb.base
}

// Text returns the plain text of a body stored by Encode, for the
// library's full-text index: what a reader sees, with no word from a tag,
// an attribute or a script. HTML (and Markdown or text with HTML in it) is
// read by HTMLToText; the rest is its own text, Markdown's punctuation
// being no word. base is not needed: links are not text.
func (Codec) Text(kind, raw, base string) string {
	name, _ := strings.CutSuffix(kind, "+cut")
	switch name {
	case "html":
		return HTMLToText(raw)
	case "md", "detect":
		if LooksLikeHTML(raw) {
			return HTMLToText(raw)
		}
	}
	return Sanitize(raw)
}

// Decode restores a body stored by Encode. Nothing is converted until the
// body's Markdown is first asked for; an unknown kind is read as plain text.
func (Codec) Decode(kind, raw, base string) model.Body {
	name, cut := strings.CutSuffix(kind, "+cut")
	k := bodyText
	for bk, n := range kindNames {
		if n == name {
			k = bk
		}
	}
	return newBody(raw, k, base, cut)
}
