package fetch

import (
	"context"
	"io"
	"net/http"
	"testing"
	"time"
)

// nextIn is how far ahead of the test clock res.NextFetch is, 0 if unset.
func nextIn(res Result) time.Duration {
	if res.NextFetch.IsZero() {
		return 0
	}
	return res.NextFetch.Sub(testNow())
}

func TestFetchNextFetch(t *testing.T) {
	at := func(d time.Duration) string { return testNow().Add(d).Format(http.TimeFormat) }
	rss := func(ttl string) string {
		return `<rss version="2.0"><channel><title>T</title>` + ttl + `<item><title>a</title></item></channel></rss>`
	}
	for _, tc := range []struct {
		name    string
		headers map[string]string
		body    string
		etag    string // sent by the request: the server answers 304 when it matches
		want    time.Duration
	}{
		{name: "nothing said", body: rss("")},
		{name: "max-age", headers: map[string]string{"Cache-Control": "public, max-age=600"}, want: 10 * time.Minute},
		{name: "max-age less age", headers: map[string]string{"Cache-Control": "max-age=600", "Age": "100"}, want: 500 * time.Second},
		{name: "no-cache", headers: map[string]string{"Cache-Control": "no-cache, max-age=600"}},
		{name: "expires", headers: map[string]string{"Expires": at(2 * time.Hour)}, want: 2 * time.Hour},
		{name: "expires by a slow server clock", want: 2 * time.Hour,
			headers: map[string]string{"Date": at(-time.Hour), "Expires": at(time.Hour)}},
		{name: "expires in the past", headers: map[string]string{"Expires": "0"}},
		{name: "max-age wins over expires", want: time.Minute,
			headers: map[string]string{"Cache-Control": "max-age=60", "Expires": at(2 * time.Hour)}},
		{name: "ttl", body: rss("<ttl>90</ttl>"), want: 90 * time.Minute},
		{name: "ttl after the items", want: 45 * time.Minute,
			body: `<rss><channel><item><title>a</title></item><ttl> 45 </ttl></channel></rss>`},
		{name: "ttl in an item is not the channel's",
			body: `<rss><channel><item><description><![CDATA[<ttl>5</ttl>]]></description></item><item/></channel></rss>`},
		{name: "the later of max-age and ttl", body: rss("<ttl>60</ttl>"),
			headers: map[string]string{"Cache-Control": "max-age=600"}, want: time.Hour},
		{name: "max-age of a year is a day", headers: map[string]string{"Cache-Control": "max-age=31536000"}, want: 24 * time.Hour},
		{name: "ttl of a year is a day", body: rss("<ttl>525600</ttl>"), want: 24 * time.Hour},
		{name: "not modified", etag: `"x"`, headers: map[string]string{"Cache-Control": "max-age=600"}, want: 10 * time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Date", testNow().Format(http.TimeFormat))
				for k, v := range tc.headers {
					w.Header().Set(k, v)
				}
				if tc.etag != "" && r.Header.Get("If-None-Match") == tc.etag {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				io.WriteString(w, tc.body)
			})
			res := testFetcher().Fetch(context.Background(), Request{URL: s.URL, ETag: tc.etag})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			if got := nextIn(res); got != tc.want {
				t.Errorf("NextFetch in %v, want %v", got, tc.want)
			}
		})
	}
}
