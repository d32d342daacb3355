package feeds

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

const testBaseURL = "https://example.com/news/story.html"

func TestHTMLToMarkdown(t *testing.T) {
	tests := []struct {
		name, in, base, want string
	}{
		{
			name: "relative links resolved against base",
			in:   `<p>Read <a href="../more.html">more</a>, <a href="/abs">abs</a>, <a href="//cdn.example.net/x">cdn</a>.</p>`,
			base: testBaseURL,
			want: "Read [more](https://example.com/more.html), [abs](https://example.com/abs), [cdn](https://cdn.example.net/x).",
		},
		{
			name: "no base: relative links kept as they are",
			in:   `<a href="/abs">abs</a>`,
			want: "[abs](/abs)",
		},
		{
			name: "a base that is not http(s) is ignored",
			in:   `<a href="/abs">abs</a>`,
			base: "javascript:alert(1)//",
			want: "[abs](/abs)",
		},
		{
			name: "absolute links untouched, spaces and parentheses encoded",
			in:   `<a href="https://other.example/a b(c)">x</a> <a href="mailto:desk@example.com">mail</a>`,
			base: testBaseURL,
			want: "[x](https://other.example/a%20b%28c%29) [mail](mailto:desk@example.com)",
		},
		{
			name: "javascript, vbscript and data links lose the link, keep the text",
			in: `<p><a href="javascript:alert(1)">one</a> <a href=" JaVaScRiPt:alert(1)">two</a> ` +
				`<a href="java&#09;script:alert(1)">three</a> <a href="vbscript:msgbox">four</a> ` +
				`<a href="data:text/html,&lt;script&gt;">five</a> <a href="file:///etc/passwd">six</a></p>`,
			base: testBaseURL,
			want: "one two three four five six",
		},
		{
			name: "links without a destination are text",
			in:   `<a name="top">anchor</a> and <a href="">empty</a>`,
			base: testBaseURL,
			want: "anchor and empty",
		},
		{
			name: "script, style, iframe, object, embed, form, noscript dropped with content",
			in: `<p>before</p><script>alert("x")</script><style>p{color:red}</style>` +
				`<iframe src="https://ads.example/">frame text</iframe><object data="x.swf">object text</object>` +
				`<embed src="x.swf"><form action="/s"><input name="q"><button>Search</button>form text</form>` +
				`<noscript><p>Enable JavaScript</p></noscript><p>after</p>`,
			want: "before\n\nafter",
		},
		{
			name: "image with alt, source resolved",
			in:   `<p><img src="img/cat.png" alt="A [big] cat" title="Cat"></p>`,
			base: testBaseURL,
			want: `![A \[big\] cat](https://example.com/news/img/cat.png "Cat")`,
		},
		{
			name: "image without alt",
			in:   `<img src="/a.png">`,
			base: testBaseURL,
			want: "![](https://example.com/a.png)",
		},
		{
			name: "data and javascript images replaced by their alt text",
			in:   `<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="chart"> <img src="javascript:x"> <img alt="no source"></p>`,
			want: "chart no source",
		},
		{
			name: "bare pre/code is a fence without a language",
			in:   "<pre><code>func main() {\n\tfmt.Println(\"hi\")\n}</code></pre>",
			want: "```\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n```",
		},
		{
			name: "bare pre is a fence without a language",
			in:   "<pre>  indented\nplain</pre>",
			want: "```\n  indented\nplain\n```",
		},
		{
			name: "a language is kept when the HTML names one",
			in:   `<pre><code class="language-go">package main</code></pre>`,
			want: "```go\npackage main\n```",
		},
		{
			name: "fence longer than backticks inside the code",
			in:   "<pre><code>a ``` b</code></pre>",
			want: "````\na ``` b\n````",
		},
		{
			name: "entities decoded",
			in:   `<p>Caf&eacute; &amp; cr&egrave;me &mdash; &#x1F600; &#8364;5</p>`,
			want: "Café & crème — 😀 €5",
		},
		{
			name: "markup-looking text stays text",
			in:   `<p>if a &lt; b &amp;&amp; *c* then</p>`,
			want: `if a &lt; b && \*c* then`,
		},
		{
			name: "nested lists",
			in:   `<ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul><ol><li>first<ol><li>inner</li></ol></li></ol>`,
			want: "- one\n\n  - nested\n- two\n\n1. first\n\n   1. inner",
		},
		{
			name: "article structure",
			in: `<h2>Heading</h2><p>Some <strong>bold</strong> and <em>em</em> <del>old</del>.</p>` +
				`<blockquote><p>Quoted.</p></blockquote><hr><p>A<br>B</p>`,
			want: "## Heading\n\nSome **bold** and *em* ~~old~~.\n\n> Quoted.\n\n* * *\n\nA\n\nB",
		},
		{
			name: "table",
			in:   `<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Left<br>bloc</td><td>120</td></tr></table>`,
			want: "| Party     | Seats |\n|-----------|-------|\n| Left bloc | 120   |",
		},
		{
			name: "hostile escapes in text",
			in:   "<p>red\x1b[31m text\x1b[0m \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ \u202eevil\u202c \u009b2Jx</p>",
			want: "red text link evil x",
		},
		{
			name: "escape sequence entity-encoded in text",
			in:   "<p>a&#27;]52;c;AAAA&#7;b &#x1b;[2Jc</p>",
			want: "ab c",
		},
		{
			// HTML maps &#128;-&#159; to windows-1252, so this is not a CSI.
			name: "C1 character reference is windows-1252, not a control",
			in:   "<p>a &#155;31m b</p>",
			want: "a ›31m b",
		},
		{
			name: "unterminated OSC in one text node does not eat the next",
			in:   "<p>a\x1b]0;evil</p><p>b</p>",
			want: "a\n\nb",
		},
		{
			name: "hostile escapes in href and alt",
			in:   "<a href=\"https://x.example/\x1b]52;c;AAAA\x07p\">l</a> <img alt=\"\x1b[2Jcat\u202e\" src=\"https://x.example/\u009b2Ji.png\">",
			want: "[l](https://x.example/p) ![cat](https://x.example/i.png)",
		},
		{
			name: "broken and unclosed HTML",
			in:   `</p></div>stray <b>bold <i>both</b> italic</i><p>unclosed <div>block`,
			want: "stray **bold *both* italic**\n\nunclosed\n\nblock",
		},
		{
			name: "at most one blank line in a row",
			in:   "<p>a</p><p>&nbsp;</p><p> </p><br><br><br><p>b</p><pre><code>x\n\n\n\n\ny</code></pre>",
			want: "a\n\nb\n\n```\nx\n\ny\n```",
		},
		{name: "empty", in: "", want: ""},
		{name: "plain text", in: "just text", want: "just text"},
		{name: "only dropped content", in: "<script>x</script>", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HTMLToMarkdown(tt.in, tt.base)
			if got != tt.want {
				t.Errorf("HTMLToMarkdown(%q, %q)\n got: %q\nwant: %q", tt.in, tt.base, got, tt.want)
			}
		})
	}
}

func TestHTMLToMarkdownFallsBackToText(t *testing.T) {
	const in = `<p>Storm <b>hits</b> coast</p><script>x()</script><p>More&nbsp;soon</p>`
	want := HTMLToText(in)
	if want != "Storm hits coast More\u00a0soon" {
		t.Fatalf("HTMLToText(%q) = %q: fix HTMLToText first", in, want)
	}
	converters := map[string]func(*html.Node, string) ([]byte, error){
		"error": func(*html.Node, string) ([]byte, error) { return nil, errors.New("converter broke") },
		"panic": func(*html.Node, string) ([]byte, error) { panic("converter broke") },
		"empty": func(*html.Node, string) ([]byte, error) { return []byte("\n \n"), nil },
	}
	for name, convert := range converters {
		t.Run(name, func(t *testing.T) {
			if got := htmlToMarkdown(in, testBaseURL, convert); got != want {
				t.Errorf("htmlToMarkdown with a converter that fails by %s = %q, want the text %q", name, got, want)
			}
		})
	}
}

// FuzzHTMLToMarkdown checks that conversion never panics and its output is
// sanitised, with no runs of blank lines.
func FuzzHTMLToMarkdown(f *testing.F) {
	f.Add(`<p>Hello <a href="/x">link</a></p>`, testBaseURL)
	f.Add("<pre><code>a\n\n\n\nb</code></pre><table><tr><td>x<br>y</td></tr></table>", "")
	f.Add("<p>\x1b]8;;http://x\x1b\\t\x1b]8;;\x1b\\</p><img alt=\"\u202e\" src=\"\u009b2J\">", "http://[::1")
	f.Add(`<ul><li><ol><li><blockquote><pre>`, "https://example.com")
	f.Add("<a href=\"javascript:x\"><img src=\"data:x\" alt=\"&#27;[31m\"></a>\r\n\r\n\r\n", "//x")
	f.Fuzz(func(t *testing.T, in, base string) {
		out := HTMLToMarkdown(in, base)
		if Sanitize(out) != out {
			t.Errorf("HTMLToMarkdown(%q, %q) = %q: not sanitised", in, base, out)
		}
		if strings.Contains(out, "\n\n\n") {
			t.Errorf("HTMLToMarkdown(%q, %q) = %q: more than one blank line in a row", in, base, out)
		}
	})
}

// articleHTML returns an article-like fragment of about words words.
func articleHTML(words int) string {
	var b strings.Builder
	sentence := strings.Fields(cleanParagraph(400))
	n := 0
	para := func(k int) string {
		var p strings.Builder
		for i := range k {
			w := sentence[(n+i)%len(sentence)]
			switch i % 17 {
			case 3:
				fmt.Fprintf(&p, "<a href=\"/news/%d.html\">%s</a> ", n+i, w)
			case 9:
				fmt.Fprintf(&p, "<strong>%s</strong> ", w)
			default:
				p.WriteString(w + " ")
			}
		}
		n += k
		return p.String()
	}
	for section := 0; n < words; section++ {
		fmt.Fprintf(&b, "<h2>%s</h2>\n", para(4))
		fmt.Fprintf(&b, "<p>%s</p>\n<p>%s</p>\n", para(60), para(55))
		fmt.Fprintf(&b, "<blockquote><p>%s</p></blockquote>\n", para(25))
		fmt.Fprintf(&b, "<ul><li>%s</li><li>%s</li><li>%s</li></ul>\n", para(8), para(10), para(7))
		fmt.Fprintf(&b, "<p>%s</p>\n", para(45))
	}
	return b.String()
}

func BenchmarkHTMLToMarkdown(b *testing.B) {
	in := articleHTML(1000)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		HTMLToMarkdown(in, testBaseURL)
	}
}

// TestNewsBodyDetails: what news bodies hold that a terminal would lose.
func TestNewsBodyDetails(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"superscript after a caret", `<p>E = mc<sup>2</sup>, 10<sup>-3</sup> m</p>`, "E = mc^2, 10^-3 m"},
		{"a footnote mark stays a link", `<p>Said so<sup><a href="https://x.example/n#1">1</a></sup>.</p>`, "Said so^[1](https://x.example/n#1)."},
		{"line breaks kept", `<p>Press office<br>10 Downing St<br/>London</p>`, "Press office\n\n10 Downing St\n\nLondon"},
		{"a break in a quote stays in it", `<blockquote><p>One<br>two</p></blockquote><p>After</p>`, "> One\n>\n> two\n\nAfter"},
		{"code keeps its lines", "<pre><code>a  \nb</code></pre>", "```\na  \nb\n```"},
		{"bare URL", `<p>Read https://example.com/report?id=1. Or not.</p>`, "Read [https://example.com/report?id=1](https://example.com/report?id=1). Or not."},
		{"URL in angle brackets", `<p>See &lt;https://example.org/x&gt; now</p>`, "See [https://example.org/x](https://example.org/x) now"},
		{"URL in brackets", `<p>(https://example.org/a_(b))</p>`, "([https://example.org/a\\_(b)](https://example.org/a_%28b%29))"},
		{"a link's own text is left alone", `<p><a href="https://x.example/">https://x.example/</a></p>`, "[https://x.example/](https://x.example/)"},
		{"not in code", `<p><code>https://x.example/</code></p>`, "`https://x.example/`"},
		{"only http and https", `<p>ftp://x.example/ and javascript://x</p>`, "ftp://x.example/ and javascript://x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToMarkdown(tt.in, ""); got != tt.want {
				t.Errorf("HTMLToMarkdown(%q)\n got: %q\nwant: %q", tt.in, got, tt.want)
			}
		})
	}
}
