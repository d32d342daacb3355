package feeds

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	want := utc(2024, 3, 5, 9, 15, 0)
	tests := []struct {
		in   string
		want time.Time // compared as an instant; zero: undated
	}{
		{"Tue, 05 Mar 2024 09:15:00 GMT", want},
		{"Tue, 05 Mar 2024 09:15:00 +0000", want},
		{"Tue, 05 Mar 2024 10:15:00 +0100", want},
		{"Tue, 5 Mar 2024 09:15:00 GMT", want},                              // single-digit day
		{"Tue, 05 Mar 2024 09:15 GMT", want},                                // no seconds
		{"Tue, 05 Mar 2024 04:15:00 EST", want},                             // named zone
		{"Tue, 05 Mar 2024 01:15:00 PST", want},                             // named zone
		{"Tue, 05 Mar 2024 02:15:00 PDT", want},                             // named zone, summer
		{"Tue, 05 Mar 2024 11:15:00 GMT+2", want},                           // GMT+2
		{"Tue, 05 Mar 2024 14:45:00 UTC+05:30", want},                       // UTC+05:30
		{"Tue, 05 Mar 2024 09:15:00 +0000 (UTC)", want},                     // zone comment
		{"Tue, 05 Mar 2024 09:15:00 +0000 GMT", want},                       // zone twice
		{"Tuesday, 05 March 2024 09:15:00 +0000", want},                     // long names
		{"Tue, 05 Mar 24 09:15:00 +0000", want},                             // RFC 822 two-digit year
		{"Tuesday, 05-Mar-24 09:15:00 GMT", want},                           // RFC 850
		{"05 Mar 2024 09:15:00", want},                                      // no weekday, no zone = UTC
		{"Tue Mar  5 09:15:00 2024", want},                                  // ANSI C
		{"Tue Mar 5 09:15:00 UTC 2024", want},                               // Unix date
		{"2024-03-05T09:15:00Z", want},                                      // RFC 3339
		{"2024-03-05T10:15:00+01:00", want},                                 // RFC 3339 with offset
		{"2024-03-05T10:15:00.250+01:00", want.Add(250 * time.Millisecond)}, // fractions
		{"2024-03-05T10:15:00+0100", want},                                  // offset without colon
		{"2024-03-05T09:15Z", want},                                         // no seconds
		{"2024-03-05T09:15:00", want},                                       // no zone = UTC
		{"2024-03-05 09:15:00", want},                                       // space, no zone
		{"2024-03-05 09:15", want},                                          // story-file form
		{"2024-03-05", utc(2024, 3, 5, 0, 0, 0)},                            // date only
		{"March 5, 2024", utc(2024, 3, 5, 0, 0, 0)},                         // prose
		{"Mar 5, 2024 9:15 AM", want},                                       // prose with time
		{"  Tue, 05 Mar 2024 09:15:00 GMT  ", want},                         // spaces
		{"", time.Time{}},
		{"not a date at all", time.Time{}},
		{"0000-00-00", time.Time{}},
		{"0001-01-01T00:00:00Z", time.Time{}}, // no news story is that old
		{"Tue, 05 Mar 2024 25:15:00 GMT", time.Time{}},
		{strings.Repeat("9", 200), time.Time{}},
	}
	for _, tt := range tests {
		got := parseDate(tt.in)
		if !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
