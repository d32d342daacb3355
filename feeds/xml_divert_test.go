package feeds

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// checkDiversion parses data with and without the CDATA diversion and
// fails if the items or the error differ.
func checkDiversion(t *testing.T, data []byte) {
	t.Helper()
	parse := func(divert, byteByByte bool) ([]rawItem, string) {
		var r io.Reader = bytes.NewReader(data)
		if byteByByte {
			r = iotest.OneByteReader(r)
		}
		in, err := sniff(r)
		if err != nil {
			return nil, err.Error()
		}
		var items []rawItem
		err = parseXMLDiverting(context.Background(), in, &feedInfo{}, func(it *rawItem) error {
			items = append(items, *it)
			return nil
		}, divert)
		if err != nil {
			return items, err.Error()
		}
		return items, ""
	}
	want, wantErr := parse(false, false)
	for _, byteByByte := range []bool{false, true} {
		got, gotErr := parse(true, byteByByte)
		if gotErr != wantErr {
			t.Fatalf("error with diversion %q, without %q", gotErr, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("items differ with diversion (byte by byte: %v):\n got %+v\nwant %+v", byteByByte, got, want)
		}
	}
}

// trickyText is a run of text long enough to be diverted, holding every
// kind of reference and near-reference the decoder treats specially.
var trickyText = strings.Repeat("plain words ", 20) +
	"&amp; &lt;p&gt; &quot;q&quot; &apos; &eacute; &nbsp; &#233; &#xE9; &#x1F600; &#0233; &#xD800; &#1114112; " +
	"&#; &#x; &#xZZ; &#12a; &bogus; &bogus &; & ; &am p; &é; &a.b-c:d; &#99999999999999999999; \r\n\r x\n y &amp"

// trickyDocs are documents at the edges of what the diverter must follow.
var trickyDocs = []string{
	`<rss><channel><item><title><![CDATA[a]]]]><![CDATA[>b]]></title><!-- <![CDATA[ not a section --><description><![CDATA[x` + "\r\n" + `y]]></description></item></channel></rss>`,
	`<rss><channel><item><title>t</title><description><![CDATA[cut short` + "\n\n",
	`<rss><channel><item><title>t</title><description><!-- unclosed comment <![CDATA[x]]>`,
	`<rss><channel><!DOCTYPE x><item><title><![CDATA[]]></title><description>a<![CDATA[<b>]]>c</description></item></channel></rss>`,
	`<rss><channel><item><title>t</title><description>` + trickyText + `</description></item></channel></rss>`,
	`<rss><channel><item><title>t</title><description>` + trickyText,
	`<rss><channel><item><title>t</title><description>` + trickyText + `]]>` + trickyText + `</description></item></channel></rss>`,
	`<!DOCTYPE rss [<!ENTITY e "a>b"> <!-- > --> <x <y>> '>' ]>` + trickyText + `<rss><channel><item><title a='>` + trickyText + `' b=">">` + trickyText + `</title></item></channel></rss>`,
	`<rss><channel><?pi a > b ` + trickyText + ` ?><item><title>` + trickyText + `</title><description><?x?>` + trickyText + `</description></item></channel></rss>`,
	`<rss><channel><item><title>t</title><description a=unquoted>` + trickyText + `</description><c d="x` + trickyText + `</item></channel></rss>`,
	`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>` + trickyText + `</p></div></content></entry></feed>`,
	`<rss><channel><item><title>` + trickyText + `</title><!-- ` + trickyText + ` -- x --><description>` + trickyText + `</description></item></channel></rss>`,
	`<rss><channel><item><title>t</title><description>` + trickyText + `<!-` + trickyText + `</description></item></channel></rss>`,
	`<rss><channel><item><title>t</title><description>` + trickyText + `<![CDAT` + trickyText + `</description></item></channel></rss>`,
}

// TestDiversionChangesNothing: every fixture, a generated feed whose bodies
// are split across reads, and documents at the edges of the markup parse
// the same with and without the diversion, read whole or byte by byte.
func TestDiversionChangesNothing(t *testing.T) {
	files, err := filepath.Glob(fixture("*.*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) { checkDiversion(t, data) })
	}
	for _, format := range []string{"rss", "atom"} {
		var b strings.Builder
		genFeed(&b, format, 40)
		doc := b.String()
		t.Run("generated "+format, func(t *testing.T) { checkDiversion(t, []byte(doc)) })
	}
	for i, doc := range trickyDocs {
		t.Run(fmt.Sprint("tricky ", i), func(t *testing.T) { checkDiversion(t, []byte(doc)) })
	}
}

// TestUnescapeTextMatchesTheDecoder: the diverter's unescaping against
// encoding/xml's own, on the tricky run.
func TestUnescapeTextMatchesTheDecoder(t *testing.T) {
	dec := xml.NewDecoder(strings.NewReader("<a>" + trickyText + "</a>"))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var want []byte
	for {
		tok, err := dec.RawToken()
		if err != nil {
			break
		}
		if cd, ok := tok.(xml.CharData); ok {
			want = append(want, cd...)
		}
	}
	if got := unescapeText([]byte(trickyText)); string(got) != string(want) {
		t.Errorf("unescapeText\n got %q\nwant %q", got, want)
	}
}
