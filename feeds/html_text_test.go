package feeds

import (
	"testing"
	"unicode/utf8"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"tags dropped, entities decoded", `<p>Caf&eacute; <b>cr&egrave;me</b> &amp; <a href="/x">tea</a></p>`, "Café crème & tea"},
		{"blocks and br separate words", `<p>one</p><p>two</p><div>three<br>four</div><ul><li>five</li><li>six</li></ul><td>7</td><td>8</td>`, "one two three four five six 7 8"},
		{"inline tags do not", `un<b>believ</b>able`, "unbelievable"},
		{"whitespace folded and trimmed", "\n  <p>  a \t\n b  </p>\n\n<p>c</p>  ", "a b c"},
		{"no-break spaces kept, folded into spaces around them", "10&nbsp;km <p>&nbsp;</p> end", "10\u00a0km end"},
		{"dropped elements", `a<script>var x = "<p>no</p>";</script><style>p{}</style><noscript><p>no</p></noscript><iframe>no</iframe><object>no<p>no</p></object>b<form>no</form><svg><text>no</text></svg>c`, "abc"},
		{"self-closing script is still raw text", `a<script/>var x;</script>b`, "ab"},
		{"void embed does not hide what follows", `a<embed src="x">b`, "ab"},
		{"self-closing svg does not hide what follows", `a<svg/>b`, "ab"},
		{"hostile escapes", "<p>a\x1b[31mb\x1b[0m</p><p>\x1b]52;c;AAAA\x07c &#27;[2Jd</p>", "ab c d"},
		{"unterminated OSC stops at the tag", "<p>a\x1b]0;evil</p><p>b</p>", "a b"},
		{"bidi and controls", "a\u202eb\u0000c\u200fd", "abcd"},
		{"plain text", "  plain\ttext\n here  ", "plain text here"},
		{"plain text with escapes", "plain\x1b[1m text", "plain text"},
		{"broken HTML", `<p>unclosed <b>bold <i>x</p></div><`, "unclosed bold x <"},
		{"comments and doctype", `<!DOCTYPE html><!-- hidden -->shown`, "shown"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFirstParagraph(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		maxRunes int
		want     string
	}{
		{"first p", `<p>Lede here.</p><p>Second.</p>`, 100, "Lede here."},
		{"empty p skipped", `<p></p><p> &nbsp; </p><p>Lede.</p>`, 100, "Lede."},
		{"caption and heading skipped for the p", `<figure><img src="x.jpg"><figcaption>Photo: AP</figcaption></figure><h2>Sub</h2><p>The lede.</p>`, 100, "The lede."},
		{"loose text before a p", `Loose lede <b>text</b>.<p>Second.</p>`, 100, "Loose lede text."},
		{"text in a div", `<div>In a div.</div><p>Second.</p>`, 100, "In a div."},
		{"two br end a paragraph", `First part<br>same para<br><br>second para`, 100, "First part same para"},
		{"no p: first block of text", `<h2>Only a heading</h2><ul><li>item</li></ul>`, 100, "Only a heading"},
		{"no p: first list item", `<ul><li>item one</li><li>item two</li></ul>`, 100, "item one"},
		{"script skipped", `<script>var a;</script><p>Lede.</p>`, 100, "Lede."},
		{"entities and escapes", "<p>Caf&eacute;\x1b[31m &amp; \x1b]0;x\x07tea</p>", 100, "Café & tea"},
		{"cut on a word boundary", `<p>The quick brown fox jumps over the lazy dog.</p>`, 20, "The quick brown fox…"},
		{"cut inside a long word", `<p>Supercalifragilistic</p>`, 10, "Supercali…"},
		{"cut exactly at a space", `<p>abcd efgh</p>`, 5, "abcd…"},
		{"fits exactly", `<p>abcd efgh</p>`, 9, "abcd efgh"},
		{"CJK cut by runes", `<p>東京で大きな地震があった。</p>`, 6, "東京で大き…"},
		{"combining mark not split", "<p>cafe\u0301s</p>", 5, "caf…"},
		{"one rune", `<p>abc</p>`, 1, "…"},
		{"no limit", `<p>The quick brown fox.</p>`, 0, "The quick brown fox."},
		{"empty", ``, 10, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FirstParagraph(tt.in, tt.maxRunes)
			if got != tt.want {
				t.Errorf("FirstParagraph(%q, %d) = %q, want %q", tt.in, tt.maxRunes, got, tt.want)
			}
			if tt.maxRunes > 0 && utf8.RuneCountInString(got) > tt.maxRunes {
				t.Errorf("FirstParagraph(%q, %d) = %q: longer than %d runes", tt.in, tt.maxRunes, got, tt.maxRunes)
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<p>hello</p>", true},
		{"hello <b>world</b>", true},
		{"line<br/>break", true},
		{"line<BR>break", true},
		{"<a href='x'>x</a>", true},
		{"<!-- comment -->", true},
		{"fish &amp; chips", true},
		{"caf&#233;", true},
		{"caf&#xE9;", true},
		{"plain text", false},
		{"a < b and c > d", false},
		{"Press <Enter> to continue", false},
		{"mail <desk@example.com>", false},
		{"AT&T and R&D; fish & chips", false},
		{"x<y", false},
		{"&#;", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := LooksLikeHTML(tt.in); got != tt.want {
			t.Errorf("LooksLikeHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzHTMLToText checks the tokenizer-based functions: no panic, sanitised
// one-line output, FirstParagraph within its limit.
func FuzzHTMLToText(f *testing.F) {
	f.Add(`<p>Hello <b>world</b></p><p>again</p>`, 10)
	f.Add("<script/>x</script><p>\x1b]0;a\n</p>&nbsp; &#27;", 3)
	f.Add("<figure>cap</figure>loose<br> <br>text \u0301\u200d", 1)
	f.Fuzz(func(t *testing.T, in string, maxRunes int) {
		maxRunes %= 200
		for name, out := range map[string]string{
			"HTMLToText":     HTMLToText(in),
			"FirstParagraph": FirstParagraph(in, maxRunes),
		} {
			if SanitizeLine(out) != out {
				t.Errorf("%s(%q) = %q: not a sanitised, folded line", name, in, out)
			}
		}
		if p := FirstParagraph(in, maxRunes); maxRunes > 0 && utf8.RuneCountInString(p) > maxRunes {
			t.Errorf("FirstParagraph(%q, %d) = %q: too long", in, maxRunes, p)
		}
		LooksLikeHTML(in)
	})
}

func BenchmarkHTMLToText(b *testing.B) {
	in := `<p>The city council <b>voted</b> on Tuesday to extend the tram line to the new ` +
		`hospital, a project first proposed in 2011 and delayed twice by budget cuts. ` +
		`Residents of the <a href="/north">northern districts</a> welcomed the decision&nbsp;&mdash; shopkeepers did not.</p>`
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		HTMLToText(in)
	}
}

func BenchmarkFirstParagraph(b *testing.B) {
	in := articleHTML(1000)
	b.ReportAllocs()
	for b.Loop() {
		FirstParagraph(in, 200)
	}
}
