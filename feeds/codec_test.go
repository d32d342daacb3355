package feeds

import (
	"testing"
)

func TestCodecEncodesEveryKind(t *testing.T) {
	tests := []struct {
		body                      *body
		kind, raw, base, markdown string
	}{
		{
			newBody(`<p>A <a href="/x">link</a> and <script>x()</script>text.</p>`, bodyHTML, "https://example.com/a/", false),
			"html", `<p>A <a href="/x">link</a> and <script>x()</script>text.</p>`, "https://example.com/a/",
			"A [link](https://example.com/x) and text.",
		},
		{
			newBody("Plain *text*\n\nSecond paragraph", bodyText, "", false),
			"text", "Plain *text*\n\nSecond paragraph", "",
			"Plain \\*text\\*\n\nSecond paragraph",
		},
		{
			newBody("# Heading\n\nMarkdown body", bodyMarkdown, "", false),
			"md", "# Heading\n\nMarkdown body", "",
			"# Heading\n\nMarkdown body",
		},
		{
			newBody("x < y", bodyDetect, "", true),
			"detect+cut", "x < y", "",
			"x \\< y" + cutNote,
		},
	}
	var c Codec
	for _, tt := range tests {
		kind, raw, base := c.Encode(tt.body)
		if kind != tt.kind || raw != tt.raw || base != tt.base {
			t.Errorf("Encode = (%q, %q, %q), want (%q, %q, %q)", kind, raw, base, tt.kind, tt.raw, tt.base)
		}
		if got := c.Decode(tt.kind, tt.raw, tt.base).Markdown(); got != tt.markdown {
			t.Errorf("Decode(%q, %q, %q).Markdown() = %q, want %q", tt.kind, tt.raw, tt.base, got, tt.markdown)
		}
	}
}

func TestCodecStoresAConvertedBodyAsMarkdown(t *testing.T) {
	var c Codec
	b := newBody(`<p>Hello <b>there</b></p>`, bodyHTML, "", false)
	b.Markdown()
	kind, raw, base := c.Encode(b)
	if kind != "md" || raw != "Hello **there**" || base != "" {
		t.Fatalf("Encode = (%q, %q, %q), want (\"md\", \"Hello **there**\", \"\")", kind, raw, base)
	}
	if got := c.Decode(kind, raw, base).Markdown(); got != "Hello **there**" {
		t.Fatalf("Decode(...).Markdown() = %q", got)
	}
}

func TestCodecDecodeSanitisesWhatWasStored(t *testing.T) {
	var c Codec
	if got, want := c.Decode("html", "<p>Grab \x1b]52;c;aGk=\x07this</p>", "").Markdown(), "Grab this"; got != want {
		t.Errorf("html with an escape sequence: %q, want %q", got, want)
	}
	if got, want := c.Decode("unknown-kind", "x < y", "").Markdown(), "x \\< y"; got != want {
		t.Errorf("an unknown kind, read as text: %q, want %q", got, want)
	}
}

func TestCodecTextIsWhatAReaderSees(t *testing.T) {
	tests := []struct {
		kind, raw, want string
	}{
		{"html", `<p>The <b>harbour</b> <a href="https://example.com/lighthouse" title="zeppelin">reopened</a>.</p><script>var quokka;</script><style>.marmot{}</style>`,
			"The harbour reopened."},
		{"html+cut", `<p>Caf&eacute;</p><p>cr&egrave;me</p>`, "Café crème"},
		{"html", "<p>Grab \x1b]52;c;aGk=\x07this</p>", "Grab this"},
		{"md", "# Heading\n\nA [link](https://example.com/x) and *more*", "# Heading\n\nA [link](https://example.com/x) and *more*"},
		{"md", "Inline <b>bold</b> &amp; <script>quokka()</script>done", "Inline bold & done"},
		{"detect", "<p>An <i>HTML</i> summary</p>", "An HTML summary"},
		{"detect", "x < y and Press <Enter>", "x < y and Press <Enter>"},
		{"text", "Plain <b>text</b> &amp; \x1b[31mred", "Plain <b>text</b> &amp; red"},
		{"unknown-kind", "<p>as text</p>", "<p>as text</p>"},
		{"html", "", ""},
	}
	var c Codec
	for _, tt := range tests {
		if got := c.Text(tt.kind, tt.raw, "https://example.com/"); got != tt.want {
			t.Errorf("Text(%q, %q) = %q, want %q", tt.kind, tt.raw, got, tt.want)
		}
	}
}
