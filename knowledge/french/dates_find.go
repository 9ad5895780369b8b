package french

import (
	"strconv"
	"strings"
)

// FindDates returns the dates of a sentence (its text and its Segment spans) in text order, never
// overlapping: full dates (12 novembre 2018, November 12, 2018,
// 12/11/2018), months, weekdays, years, centuries (XIXe siècle, 20e
// siècle) and relative dates (hier, ce lundi).
func FindDates(text string, toks []Span) []DateSpan {
	cal := dates()
	var out []DateSpan
	add := func(i, j int, k DateKind) int {
		out = append(out, DateSpan{toks[i].Start, toks[j-1].End, k})
		return j
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.Word || !mayBeDate(t) {
			i++
			continue
		}
		f := t.Fold
		switch {
		case cal.weekdays[f] || cal.weekdays[trimPlural(f)]:
			if j, ok := dayMonth(toks, i+1); ok {
				i = add(i, j, FullDate)
			} else if i > 0 && toks[i-1].Is("ce", "cette") {
				i = add(i-1, i+1, Relative)
			} else if i+1 < len(toks) && cal.afterWeekday[toks[i+1].Fold] {
				i = add(i, i+2, Relative)
			} else {
				i = add(i, i+1, Weekday)
			}
		case IsDigits(f) && len(f) <= 2 || f == "1er":
			if j, ok := dayMonth(toks, i); ok {
				i = add(i, j, FullDate)
			} else if j, ok := numericDate(toks, i); ok {
				i = add(i, j, FullDate)
			} else {
				i++
			}
		case cal.monthsEN[t.Text]:
			// November 12, 2018
			j := i + 1
			if j < len(toks) && dayNumber(toks[j].Fold) {
				j++
				if j < len(toks) && toks[j].Text == "," {
					j++
				}
				if j < len(toks) && isYear(toks[j].Fold) {
					i = add(i, j+1, FullDate)
					continue
				}
			}
			i++
		case cal.monthsFR[f]:
			if i+1 < len(toks) && isYear(toks[i+1].Fold) {
				i = add(i, i+2, Month)
			} else {
				i = add(i, i+1, Month)
			}
		case cal.relative[f]:
			i = add(i, i+1, Relative)
		case f == "ce" || f == "cette":
			if i+1 < len(toks) && cal.afterCe[toks[i+1].Fold] {
				i = add(i, i+2, Relative)
			} else {
				i++
			}
		case cal.period[f] && i > 0 && toks[i-1].Is("la", "le", "l'") && i+1 < len(toks) && cal.lastNext[toks[i+1].Fold]:
			i = add(i-1, i+2, Relative)
		case (f == "a" || f == "an" || IsDigits(f)) && i+2 < len(toks) && cal.ago[toks[i+1].Fold] && toks[i+2].Is("ago"):
			i = add(i, i+3, Relative)
		case isYear(f) && yearInContext(text, toks, i):
			start := i
			if i > 0 && toks[i-1].Is("annees") {
				start = i - 1
			}
			i = add(start, i+1, Year)
		case len(f) == 10 && isISODate(f):
			i = add(i, i+1, FullDate)
		case i+1 < len(toks) && toks[i+1].Is("siecle", "siecles") && centuryOrdinal(t.Text):
			i = add(i, i+2, Century)
		default:
			i++
		}
	}
	return out
}

func trimPlural(f string) string {
	if len(f) > 1 && f[len(f)-1] == 's' {
		return f[:len(f)-1]
	}
	return f
}

// dayMonth reads "12 novembre [2018]" or "12 November 2018" from token i.
func dayMonth(toks []Span, i int) (int, bool) {
	cal := dates()
	if i+1 >= len(toks) || !(dayNumber(toks[i].Fold) || toks[i].Fold == "1er") {
		return 0, false
	}
	switch {
	case cal.monthsFR[toks[i+1].Fold]:
		if i+2 < len(toks) && isYear(toks[i+2].Fold) {
			return i + 3, true
		}
		return i + 2, true
	case cal.monthsEN[toks[i+1].Text] && i+2 < len(toks) && isYear(toks[i+2].Fold):
		return i + 3, true
	}
	return 0, false
}

// numericDate reads "12/11/2018" from token i.
func numericDate(toks []Span, i int) (int, bool) {
	if i+4 >= len(toks) || toks[i+1].Text != "/" || toks[i+3].Text != "/" {
		return 0, false
	}
	for k := i + 1; k <= i+4; k++ {
		if toks[k].Start != toks[k-1].End {
			return 0, false
		}
	}
	m, y := toks[i+2].Fold, toks[i+4].Fold
	if !IsDigits(m) || len(m) > 2 || !IsDigits(y) || (len(y) != 2 && len(y) != 4) {
		return 0, false
	}
	return i + 5, true
}

func dayNumber(f string) bool {
	if !IsDigits(f) || len(f) > 2 {
		return false
	}
	n, _ := strconv.Atoi(f)
	return n >= 1 && n <= 31
}

func isYear(f string) bool {
	if len(f) != 4 || !IsDigits(f) {
		return false
	}
	return f[0] == '1' || f[0] == '2' && f[1] == '0'
}

// isISODate reports "2018-11-12".
func isISODate(f string) bool {
	return IsDigits(f[0:4]) && f[4] == '-' && IsDigits(f[5:7]) && f[7] == '-' && IsDigits(f[8:10])
}

// yearInContext reports whether the four digits at token i are a year:
// not part of "1 500 000" or "3,2000", not followed by what they count.
func yearInContext(text string, toks []Span, i int) bool {
	if i > 0 {
		p := toks[i-1]
		if (p.Text == "," || p.Text == ".") && p.End == toks[i].Start && i > 1 && IsDigits(toks[i-2].Fold) && toks[i-2].End == p.Start {
			return false
		}
		if IsDigits(p.Fold) && OneSpace(text, p, toks[i]) {
			return false
		}
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if dates().notYear[n.Fold] || IsDigits(n.Fold) && OneSpace(text, toks[i], n) {
			return false
		}
		if (n.Text == "," || n.Text == ".") && n.Start == toks[i].End && i+2 < len(toks) && IsDigits(toks[i+2].Fold) && toks[i+2].Start == n.End {
			return false
		}
	}
	return true
}

// mayBeDate reports whether a word can start a date: a date word, an
// English month, digits, or a Roman numeral's capital.
func mayBeDate(t Span) bool {
	cal := dates()
	c := t.Text[0]
	return c >= '0' && c <= '9' || strings.IndexByte("IVX", c) >= 0 || cal.starts[t.Fold] || cal.monthsEN[t.Text]
}

// centuryOrdinal reports an ordinal that numbers a century as written:
// « XIXe », « Ier », « IXème », « 20e », « 3ème » (Roman numerals in
// capitals, so that « le » is no « L » and « ie »).
func centuryOrdinal(text string) bool {
	num := ""
	for _, suffix := range []string{"ème", "eme", "è", "er", "e"} {
		if n, ok := strings.CutSuffix(text, suffix); ok {
			num = n
			break
		}
	}
	if num == "" || len(num) > 6 {
		return false
	}
	n := 0
	if IsDigits(num) {
		n, _ = strconv.Atoi(num)
	} else {
		n = romanValue(num)
	}
	return n >= 1 && n <= 21 // « Le » is no fiftieth
}

// romanValue is the value of a Roman numeral in capitals up to XXXIX, or
// 0.
func romanValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// romanDigit is the value of a Roman digit up to X, or 0.
func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	}
	return 0
}

// IsDigits reports whether s is a non-empty run of ASCII digits.
func IsDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// OneSpace reports whether the spans a and b of text are apart by exactly
// one space (plain, no-break or narrow no-break), as the groups of
// "1 500 000" are.
func OneSpace(text string, a, b Span) bool {
	g := text[a.End:b.Start]
	return g == " " || g == "\u00a0" || g == "\u202f"
}
