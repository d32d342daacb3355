package model

import (
	"fmt"
	"strings"
	"time"
)

// The values of after: and before:. A day is YYYY-MM-DD, today or
// yesterday, and starts at midnight in the zone the query is read in; a
// span (24h, 7d, 2w) counts back from the moment it is read.

const dateLayout = "2006-01-02"

// maxSpan bounds a span, so that counting back never overflows.
const maxSpan = 100 * 365 * 24 * time.Hour

// dateKind says how a date term was written.
type dateKind uint8

const (
	dateDay      dateKind = iota // YYYY-MM-DD
	dateSpan                     // 24h, 7d, 2w: back from now
	dateRelative                 // today, yesterday
)

// dateTerm is the value of an after: or before: term (kept small: a query
// is parsed at every keystroke).
type dateTerm struct {
	// bound is the instant the term compares with, once set: after: holds
	// for stories published at or after it, before: for those before it.
	bound time.Time
	span  time.Duration // dateSpan
	year  int16         // dateDay: the day as typed
	month time.Month    // dateDay
	day   int8          // dateDay; dateRelative: 0 today, -1 yesterday
	kind  dateKind
	set   bool
}

// resolve sets the bound: a day at midnight in loc, and with a clock
// (timed) a span or a relative day from now.
func (d *dateTerm) resolve(loc *time.Location, now time.Time, timed bool) {
	switch {
	case d.kind == dateDay:
		d.bound, d.set = time.Date(int(d.year), d.month, int(d.day), 0, 0, 0, 0, loc), true
	case !timed:
		d.bound, d.set = time.Time{}, false
	case d.kind == dateSpan:
		d.bound, d.set = now.Add(-d.span), true
	default:
		y, m, day := now.In(loc).Date()
		d.bound, d.set = time.Date(y, m, day+int(d.day), 0, 0, 0, 0, loc), true
	}
}

// holds reports whether a story published at t (dated) is on the term's
// side of its bound.
func (d *dateTerm) holds(after bool, s *Story) bool {
	if !d.set || !s.Dated() {
		return false
	}
	return s.Published.Before(d.bound) != after
}

// parseDate reads the value of after: or before:, or says what is wrong
// with it in a message that fits a line.
func parseDate(value string) (dateTerm, string) {
	switch strings.ToLower(value) {
	case "today":
		return dateTerm{kind: dateRelative}, ""
	case "yesterday":
		return dateTerm{kind: dateRelative, day: -1}, ""
	}
	if day, err := time.Parse(dateLayout, value); err == nil {
		y, m, d := day.Date()
		return dateTerm{kind: dateDay, year: int16(y), month: m, day: int8(d)}, ""
	}
	if dateShaped(value) {
		return dateTerm{}, fmt.Sprintf("bad date %q: no such day; dates are YYYY-MM-DD", value)
	}
	digits := 0
	for digits < len(value) && '0' <= value[digits] && value[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits < len(value)-1 || digits == len(value) && digits > 3 {
		return dateTerm{}, fmt.Sprintf("bad date %q: use YYYY-MM-DD, today, yesterday, 24h or 7d", value)
	}
	if digits == len(value) {
		return dateTerm{}, fmt.Sprintf("bad date %q: add a unit: %[1]sh, %[1]sd or %[1]sw", value)
	}
	var unit time.Duration
	switch value[digits] {
	case 'h', 'H':
		unit = time.Hour
	case 'd', 'D':
		unit = 24 * time.Hour
	case 'w', 'W':
		unit = 7 * 24 * time.Hour
	default:
		return dateTerm{}, fmt.Sprintf("bad date %q: a span is in h, d or w (24h, 7d, 2w)", value)
	}
	n := 0
	for _, c := range value[:digits] {
		n = n*10 + int(c-'0')
		if time.Duration(n)*unit > maxSpan {
			return dateTerm{}, fmt.Sprintf("bad date %q: a span is at most 100 years", value)
		}
	}
	return dateTerm{kind: dateSpan, span: time.Duration(n) * unit}, ""
}

// dateShaped reports whether s looks like NNNN-NN-NN.
func dateShaped(s string) bool {
	if len(s) != len(dateLayout) {
		return false
	}
	for i := range len(s) {
		if dateLayout[i] == '-' {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
