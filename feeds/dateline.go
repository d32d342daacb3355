package feeds

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// startsUpper reports, cheaply, whether a body's first text begins with two
// capital letters: the only case in which its lead may hold a dateline.
func startsUpper(body string, kind bodyKind) bool {
	i := 0
	for i < len(body) {
		c := body[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			i++
		case c == '<' && kind == bodyHTML:
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return false
			}
			i += j + 1
		case (c == '*' || c == '_' || c == '#') && kind == bodyMarkdown:
			i++
		default:
			r1, n1 := utf8.DecodeRuneInString(body[i:])
			r2, _ := utf8.DecodeRuneInString(body[i+n1:])
			return unicode.IsUpper(r1) && unicode.IsUpper(r2)
		}
	}
	return false
}

// datelineOf returns the place a story was filed from when its first
// paragraph starts with one in capitals: "ISTANBUL", "LAGOS, Nigeria —",
// "WASHINGTON (AP) —", "NEW YORK:". It returns "" otherwise.
func datelineOf(para string) string {
	para = strings.TrimSpace(para)
	place, rest := capsPrefix(para)
	if place == "" {
		return ""
	}
	rest = strings.TrimLeft(rest, " ")
	switch {
	case rest == "":
		return place
	case isDash(rest):
		return place
	case strings.HasPrefix(rest, ":"):
		return place
	case strings.HasPrefix(rest, "("):
		// An agency in brackets, then a dash: "WASHINGTON (AP) —".
		if j := strings.IndexByte(rest, ')'); j > 0 && j < 30 && isDash(strings.TrimLeft(rest[j+1:], " ")) {
			return place
		}
	case strings.HasPrefix(rest, ","):
		// "LAGOS, Nigeria —": a short capitalised qualifier, then a dash;
		// "LONDON, Nov 24 (Reuters) -": a date and an agency, then a dash.
		q := strings.TrimLeft(rest[1:], " ")
		dash := -1
		for i := range q {
			if i > 60 {
				break
			}
			if isDash(q[i:]) {
				dash = i
				break
			}
		}
		if dash < 0 {
			return ""
		}
		qual := strings.TrimSpace(q[:dash])
		if open := strings.IndexByte(qual, '('); open >= 0 && strings.HasSuffix(qual, ")") {
			qual = strings.TrimSpace(qual[:open])
		}
		switch {
		case isDayAndMonth(qual):
			return place
		case qual != "" && utf8.RuneCountInString(qual) <= 30 && unicode.IsUpper(firstRune(qual)) &&
			strings.IndexFunc(qual, func(r rune) bool {
				return !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-' && r != '\''
			}) < 0:
			return place + ", " + qual
		}
	}
	return ""
}

// isDayAndMonth reports whether s is a short date such as "Nov 24",
// "November 24" or "24 November".
func isDayAndMonth(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 {
		return false
	}
	isDay := func(w string) bool {
		return len(w) <= 2 && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
	}
	isMonth := func(w string) bool {
		w = strings.ToLower(strings.TrimSuffix(w, "."))
		for _, m := range []string{"january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "sept"} {
			if w == m || len(w) == 3 && strings.HasPrefix(m, w) {
				return true
			}
		}
		return false
	}
	return isMonth(f[0]) && isDay(f[1]) || isDay(f[0]) && isMonth(f[1])
}

// isOnlyDateline reports whether a paragraph is nothing but a dateline.
func isOnlyDateline(para string) bool {
	place, rest := capsPrefix(strings.TrimSpace(para))
	return place != "" && strings.TrimSpace(rest) == ""
}

// capsPrefix splits off a run of up to four capitalised words of at least
// two letters in all ("NEW YORK", "U.S.", "RIO DE JANEIRO").
func capsPrefix(s string) (place, rest string) {
	letters, words, end := 0, 0, 0
	inWord := false
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
			if !inWord {
				words++
				inWord = true
			}
			end = i + utf8.RuneLen(r)
		case r == '.' || r == '-' || r == '\'' || r == '’':
			if !inWord {
				goto done
			}
			end = i + utf8.RuneLen(r)
		case r == ' ':
			inWord = false
		default:
			goto done
		}
		if words > 4 || end > 40 {
			return "", s
		}
	}
done:
	if letters < 2 {
		return "", s
	}
	place = strings.TrimRight(s[:end], "-'’")
	if strings.ContainsRune(place, '-') && strings.Trim(place, "-. ") == "" {
		return "", s
	}
	return place, s[end:]
}

// isDash reports whether s starts with a dash used as a separator.
func isDash(s string) bool {
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-")
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
