package feeds

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/model"
)

func TestCodecRoundTripsEveryKind(t *testing.T) {
	cases := []*body{
		newBody(`<p>A <a href="/x">link</a> and <script>x()</script>text.</p>`, bodyHTML, "https://example.com/a/", false),
		newBody("Plain *text*\n\nSecond paragraph", bodyText, "", false),
		newBody("# Heading\n\nMarkdown body", bodyMarkdown, "", false),
		newBody("<b>maybe</b> html", bodyDetect, "", true),
	}
	var c Codec
	for _, b := range cases {
		kind, raw, base := c.Encode(b)
		restored := c.Decode(kind, raw, base)
		fresh := newBody(b.raw, b.kind, b.base, b.cut)
		if got, want := restored.Markdown(), fresh.Markdown(); got != want {
			t.Errorf("kind %s: restored %q, want %q", kind, got, want)
		}
	}
}

func TestCodecStoresAConvertedBodyAsMarkdown(t *testing.T) {
	var c Codec
	b := newBody(`<p>Hello <b>there</b></p>`, bodyHTML, "", false)
	md := b.Markdown()
	kind, raw, _ := c.Encode(b)
	if kind != "md" || raw != md || c.Decode(kind, raw, "").Markdown() != md {
		t.Fatalf("kind %q raw %q", kind, raw)
	}
}

func TestCodecDecodeSanitisesWhatWasStored(t *testing.T) {
	var c Codec
	got := c.Decode("html", "<p>Grab \x1b]52;c;aGk=\x07this</p>", "").Markdown()
	if strings.ContainsRune(got, 0x1b) || !strings.Contains(got, "Grab this") {
		t.Fatalf("decoded %q", got)
	}
	if got := c.Decode("unknown-kind", "x < y", "").Markdown(); !strings.Contains(got, "x") {
		t.Fatalf("unknown kind: %q", got)
	}
	var _ model.Body = c.Decode("md", "", "")
}
