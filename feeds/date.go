package feeds

import (
	"strconv"
	"strings"
	"time"
)

// parseDate reads a feed date in any of the forms feeds use. A date it
// cannot read gives the zero time: the story is undated, never an error.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	// The standard forms first: nearly every feed uses one of them. (GMT
	// and UTC are the only zone names time.Parse reads right everywhere.)
	layout := time.RFC1123Z
	switch {
	case strings.HasSuffix(s, " GMT") || strings.HasSuffix(s, " UTC"):
		layout = time.RFC1123
	case len(s) > 10 && s[10] == 'T':
		layout = time.RFC3339
	}
	if t, err := time.Parse(layout, s); err == nil {
		return sane(t)
	}
	norm := normaliseDate(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, norm); err == nil {
			return sane(t)
		}
	}
	return time.Time{}
}

// sane drops dates no news story has.
func sane(t time.Time) time.Time {
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}
	}
	return t
}

// dateLayouts are tried, in order, on a date after normaliseDate: no
// weekday, no commas, single spaces, any zone as a numeric offset.
var dateLayouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 06 15:04:05 -0700",
	"02-Jan-06 15:04:05 -0700",
	"02-Jan-2006 15:04:05 -0700",
	"2 Jan 06 15:04 -0700",
	"2 Jan 2006 3:04:05 PM -0700",
	"2 Jan 2006 3:04 PM",
	"2 Jan 2006",
	"2 January 2006 15:04:05 -0700",
	"2 January 2006 15:04 -0700",
	"2 January 2006 15:04:05",
	"2 January 2006 15:04",
	"2 January 2006",
	"Jan 2 2006 15:04:05 -0700",
	"Jan 2 2006 15:04 -0700",
	"Jan 2 2006 3:04:05 PM",
	"Jan 2 2006 3:04 PM",
	"Jan 2 2006 15:04:05",
	"Jan 2 2006 15:04",
	"Jan 2 2006",
	"January 2 2006 15:04:05 -0700",
	"January 2 2006 3:04 PM",
	"January 2 2006 15:04:05",
	"January 2 2006 15:04",
	"January 2 2006",
	"Jan 2 15:04:05 2006",
	"Jan 2 15:04:05 -0700 2006",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04-0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05 -0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
}

// zoneOffsets are the zone abbreviations feeds use, in seconds east of
// UTC. Go's time package would parse all but UTC and the local zone as a
// zero offset. Ambiguous ones (CST, BST, IST) take their most common
// reading in English-language news.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600,
	"CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600,
	"HST": -10 * 3600,
	"BST": 3600, "IST": 19800, "WEST": 3600,
	"CET": 3600, "CEST": 2 * 3600, "MET": 3600, "MEST": 2 * 3600,
	"EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600,
	"JST": 9 * 3600, "KST": 9 * 3600, "HKT": 8 * 3600, "SGT": 8 * 3600,
	"AEST": 10 * 3600, "AEDT": 11 * 3600, "NZST": 12 * 3600, "NZDT": 13 * 3600,
}

// normaliseDate rewrites a date so dateLayouts can read it: the weekday,
// commas and a zone comment in brackets go; a zone name or "GMT+2" becomes
// a numeric offset.
func normaliseDate(s string) string {
	s = strings.ReplaceAll(s, ",", " ")
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	f := strings.Fields(s)
	if len(f) > 0 && isWeekday(f[0]) {
		f = f[1:]
	}
	// A zone: a name anywhere ("Mar 5 09:15:00 UTC 2024"), an offset at the
	// end ("+05:30", "GMT+2"). "+0000 GMT" says it twice: the name goes.
	for i := 1; i < len(f); i++ {
		z, ok := zoneToOffset(f[i])
		if !ok || (i < len(f)-1 && !isLetter(f[i][0])) {
			continue
		}
		if i == len(f)-1 && isLetter(f[i][0]) && !strings.ContainsAny(f[i], "+-") {
			if _, prev := zoneToOffset(f[i-1]); prev && !isLetter(f[i-1][0]) {
				f = f[:i]
				if z, ok := zoneToOffset(f[i-1]); ok {
					f[i-1] = z
				}
				break
			}
		}
		f[i] = z
	}
	return strings.Join(f, " ")
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isWeekday(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, "."))
	if len(w) < 3 {
		return false
	}
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// zoneToOffset turns a zone token ("EST", "GMT+2", "+05:30", "-7") into
// "-0700" form.
func zoneToOffset(z string) (string, bool) {
	up := strings.ToUpper(z)
	if off, ok := zoneOffsets[up]; ok {
		return formatOffset(off), true
	}
	for _, p := range []string{"GMT", "UTC", "UT"} {
		if strings.HasPrefix(up, p) && len(up) > len(p) && (up[len(p)] == '+' || up[len(p)] == '-') {
			up = up[len(p):]
			break
		}
	}
	if len(up) < 2 || (up[0] != '+' && up[0] != '-') {
		return "", false
	}
	sign := 1
	if up[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(up[1:], ":", "")
	for _, c := range digits {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h, _ = strconv.Atoi(digits)
	case 3, 4:
		h, _ = strconv.Atoi(digits[:len(digits)-2])
		m, _ = strconv.Atoi(digits[len(digits)-2:])
	default:
		return "", false
	}
	if h > 14 || m > 59 {
		return "", false
	}
	return formatOffset(sign * (h*3600 + m*60)), true
}

func formatOffset(sec int) string {
	sign := byte('+')
	if sec < 0 {
		sign, sec = '-', -sec
	}
	h, m := sec/3600, sec%3600/60
	return string([]byte{sign, byte('0' + h/10), byte('0' + h%10), byte('0' + m/10), byte('0' + m%10)})
}
