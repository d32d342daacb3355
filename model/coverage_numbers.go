package model

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Numbers written in words, as coverage grouping reads them: a wire
// writes "kills six" and "Elf Tote" where a Chinese or Japanese story
// writes 6人 and 11人, and "$12 billion" where a Chinese one writes
// 120亿. Each is read as the number its digits would give, so the
// stories share it.

// numberWords are the folded number words of English, French, Spanish,
// German, Portuguese, Italian, Russian, Greek, Arabic and Hindi that say
// one number and nothing else. Left out: "one", "un", "uno", "ein"
// (articles more often than numbers: see oneWords), Spanish "once" (11,
// and an English word), French "sept" (7, and September in English
// copy), Italian "due" (an English word), "sei" ("you are"), "otto" (a
// name) and "venti" ("winds"), Arabic ست and سبع ("lady", "lion") and
// Hindi दो ("give").
var numberWords = map[string]int{
	// English
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"dozen": 12,
	// French
	"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
	"douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
	"quarante": 40, "cinquante": 50, "douzaine": 12,
	// Spanish
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
	"diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "veinte": 20,
	"treinta": 30, "cuarenta": 40, "cincuenta": 50, "docena": 12,
	// German
	"zwei": 2, "drei": 3, "vier": 4, "funf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8,
	"neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "zwoelf": 12, "zwanzig": 20, "dreissig": 30,
	"vierzig": 40, "funfzig": 50, "dutzend": 12,
	// Portuguese (beside the Spanish words it shares: "tres", "seis")
	"dois": 2, "duas": 2, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "doze": 12, "vinte": 20, "trinta": 30,
	// Italian ("nove" is Portuguese too)
	"quattro": 4, "cinque": 5, "sette": 7, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "trenta": 30,
	// Russian, with the collective forms of counts of people (трое погибших)
	"два": 2, "две": 2, "двое": 2, "три": 3, "трое": 3, "трех": 3, "трёх": 3, "четыре": 4, "четверо": 4,
	"пять": 5, "пятеро": 5, "шесть": 6, "шестеро": 6, "семь": 7, "семеро": 7, "восемь": 8, "девять": 9,
	"десять": 10, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "тридцать": 30,
	// Greek
	"δύο": 2, "τρεις": 3, "τρία": 3, "τέσσερις": 4, "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7, "οκτώ": 8,
	"οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10, "δώδεκα": 12, "είκοσι": 20, "τριάντα": 30,
	// Arabic
	"اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "ستة": 6, "سبعة": 7,
	"ثمانية": 8, "تسعة": 9, "عشرة": 10,
	// Hindi
	"तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "बारह": 12,
	"पंद्रह": 15, "बीस": 20,
}

// oneWords are the words for one that are more often articles ("ein",
// "une", "one of"): they are the number 1 only before a multiplier or a
// word of percent or degrees ("ein Prozent", "eine Million", "one
// million"), as "1%" and "1 million" are written.
var oneWords = map[string]bool{
	"one": true, "un": true, "une": true, "uno": true, "una": true, "um": true, "uma": true,
	"ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eins": true,
}

// unitWords are the words after which a oneWord is a number.
var unitWords = map[string]bool{
	"percent": true, "prozent": true, "prozentpunkt": true, "prozentpunkte": true,
	"degree": true, "degrees": true, "grad": true, "grados": true, "degres": true, "gradi": true, "graus": true,
}

// multiplierWords are the words that multiply the number before them
// ("1.2 million", "zwölf Milliarden", "$96.4 billion"), folded. Trillions
// are left as they are written, as 兆 and 조 are (withMultiplier).
var multiplierWords = map[string]float64{
	"million": 1e6, "millions": 1e6, "millionen": 1e6, "mio": 1e6, "millones": 1e6, "millon": 1e6,
	"billion": 1e9, "billions": 1e9, "milliarden": 1e9, "milliarde": 1e9, "mrd": 1e9,
	"milliard": 1e9, "milliards": 1e9,
	// Italian, Portuguese, Polish, Turkish, Indonesian, Russian and
	// Ukrainian. (Swahili writes its multiplier first, "milioni 1.2":
	// not read.)
	"milioni": 1e6, "miliardi": 1e9, "milhoes": 1e6, "milhao": 1e6, "bilhoes": 1e9, "bilhao": 1e9,
	"mln": 1e6, "mld": 1e9, "milyon": 1e6, "milyar": 1e9, "juta": 1e6, "miliar": 1e9, "bilioni": 1e9,
	"млн": 1e6, "млрд": 1e9, "миллиона": 1e6, "миллионов": 1e6, "миллиарда": 1e9, "миллиардов": 1e9,
	"мільйона": 1e6, "мільйонів": 1e6, "мільярда": 1e9, "мільярдів": 1e9,
	// Serbian, Bulgarian and Macedonian in Cyrillic; Serbian, Croatian,
	// Czech, Slovak and Polish in Latin letters.
	"милион": 1e6, "милиона": 1e6, "милиони": 1e6, "милијарди": 1e9, "милијарда": 1e9, "милиарда": 1e9,
	"милиарди": 1e9, "milion": 1e6, "miliona": 1e6, "milijun": 1e6, "milijuna": 1e6, "milijarda": 1e9,
	"milijarde": 1e9, "milijardi": 1e9, "milionu": 1e6, "milionov": 1e6, "milionow": 1e6,
	"miliardy": 1e9, "miliard": 1e9, "miliardow": 1e9,
	// Spaced abbreviations ("$4.2 bln", "$14 bn"), and the words of
	// Arabic, Persian, Hebrew, Vietnamese and Greek.
	"bln": 1e9, "bn": 1e9, "مليار": 1e9, "مليون": 1e6, "ملايين": 1e6, "میلیارد": 1e9, "میلیون": 1e6,
	"מיליארד": 1e9, "מיליון": 1e6, "ty": 1e9, "trieu": 1e6, "δισ": 1e9, "εκατ": 1e6,
	// Indian English and Hindi: a lakh is 100,000, a crore ten million.
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "लाख": 1e5, "करोड़": 1e7, "करोड़": 1e7, // ड़ decomposed and precomposed
	// Thousands, which most languages write as a word where English
	// writes 800,000: "800 ألف برميل", "800 тыс. баррелей", "۸۰۰ هزار
	// بشکه", "12 mil damnificados", "800 bin varil".
	"thousand": 1e3, "tausend": 1e3, "tsd": 1e3, "mil": 1e3, "mila": 1e3, "duizend": 1e3, "bin": 1e3,
	"ribu": 1e3, "nghin": 1e3, "ngan": 1e3, "tys": 1e3, "tysiecy": 1e3, "tysiace": 1e3, "tisic": 1e3,
	"тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тис": 1e3, "тисяч": 1e3, "тисячі": 1e3, "хиляди": 1e3,
	"χιλ": 1e3, "χιλιαδες": 1e3, "ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "هزار": 1e3, "אלף": 1e3,
	"हज़ार": 1e3, "हजार": 1e3, "হাজার": 1e3,
}

// thousandMillions are the words of millions that make "mil" before them
// a thousand millions: "5 mil millones de dólares" is five billion.
var thousandMillions = map[string]bool{"millones": true, "milhoes": true}

// multiplierAfter reads a multiplier word after a number ending at
// text[j], past one space: its factor and where it ends; 1 and j if
// there is none.
func multiplierAfter(text string, j int) (float64, int) {
	sep, width := 0, 0
	if j < len(text) {
		if s, w := separator(text, j); s == ' ' {
			sep, width = 1, w
		}
	}
	if sep == 0 {
		return 1, j
	}
	s := j + width
	k, n := s, 0
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) { // a Devanagari vowel sign is a mark
			break
		}
		k += size
		n++
	}
	if k == s || n > 12 {
		return 1, j
	}
	word := Fold(text[s:k])
	if f, n, ok := oilUnit(word, text[k:]); ok {
		return f, k + n
	}
	m, ok := multiplierWords[word]
	if !ok {
		return 1, j
	}
	if word == "mil" && k < len(text) && text[k] == ' ' {
		e := k + 1
		for e < len(text) && text[e] != ' ' {
			e++
		}
		if thousandMillions[Fold(text[k+1:e])] {
			return 1e9, e
		}
	}
	return m, k
}

// scaled returns num times m as the digits of a whole number, or num
// when m is 1 or the product is not whole.
func scaled(num []byte, m float64) []byte {
	if m == 1 {
		return num
	}
	v, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		return num
	}
	v *= m
	if v != float64(int64(v)) || v >= 1e15 {
		return num
	}
	return strconv.AppendInt(num[:0], int64(v), 10)
}

// addNumber adds a number's term, weighted by its length as readNumbers
// weighs it. A single digit is a term only when small numbers are read
// (see Coverage.digits). Zeros that end a decimal say nothing: "2.00%",
// "2,0 Prozent" and "2%" are one rate. A decimal of two digits before
// its point gives, at half its weight, the whole number it rounds to as
// well: one outlet's 58.6% is another's 59%.
func (c *Coverage) addNumber(num []byte, weight float32) {
	if dot := bytes.IndexByte(num, '.'); dot > 0 && bytes.IndexByte(num, '-') < 0 {
		num = bytes.TrimRight(num, "0")
		num = bytes.TrimSuffix(num, []byte("."))
		if dot == 2 && len(num) > dot {
			if v, err := strconv.ParseFloat(string(num), 64); err == nil {
				c.addNumber(strconv.AppendInt(nil, int64(v+0.5), 10), weight/2)
			}
		}
	}
	switch {
	case len(num) >= 3:
		c.addKind(string(num), weight, numberBoost, false, longNumber)
	case len(num) == 2:
		c.addKind(string(num), weight, 1, false, shortNumber)
	case len(num) == 1:
		c.addKind(string(num), weight, 1, false, digitNumber)
	}
}

// hanNumerals are the Chinese numerals a count is written with, and
// hanCounters the words that follow a count ("三名航天员", three
// astronauts; "二十五号", number 25).
const (
	hanNumerals = "一二两三四五六七八九十百千"
	hanCounters = "人名个個位架艘次号號级級倍台座家件岁歲"
)

// readHanNumber reads a number written in Chinese numerals at text[i]
// and followed by a counter: its value and where the numerals end; 0 if
// there is none.
func readHanNumber(text string, i int) (int, int) {
	total, cur, j := 0, 0, i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune(hanNumerals, r) {
			break
		}
		switch r {
		case '十':
			total += max(cur, 1) * 10
			cur = 0
		case '百':
			total += max(cur, 1) * 100
			cur = 0
		case '千':
			total += max(cur, 1) * 1000
			cur = 0
		case '两':
			cur = 2
		default:
			cur = strings.IndexRune("一二三四五六七八九", r)/3 + 1
		}
		j += size
	}
	total += cur
	if j == i {
		return 0, i
	}
	if next, _ := utf8.DecodeRuneInString(text[j:]); !strings.ContainsRune(hanCounters, next) {
		return 0, i
	}
	return total, j
}

// hanNumeralBefore reports whether a Chinese numeral ends at text[i]:
// a count is read from its first numeral only.
func hanNumeralBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune(hanNumerals, r)
}
