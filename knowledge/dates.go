package knowledge

import (
	"strconv"

	"github.com/citebot/citebot/knowledge/french"
)

// The words of dates. French months and weekdays are folded; English months
// are matched as written, capitalised, because "may" and "march" are
// ordinary English words.
var (
	exMonthsFR = map[string]bool{
		"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true,
		"juillet": true, "aout": true, "septembre": true, "octobre": true, "novembre": true, "decembre": true,
	}
	exMonthsEN = map[string]bool{
		"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
		"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	}
	exWeekdays = map[string]bool{
		"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	}
	// exRelativeWords are dates by themselves.
	exRelativeWords = map[string]bool{
		"aujourd'hui": true, "hier": true, "demain": true, "avant-hier": true, "apres-demain": true,
		"today": true, "yesterday": true, "tomorrow": true,
	}
	// exRelativeNouns follow "ce", "cette": "ce matin", "cette année".
	exRelativeNouns = map[string]bool{
		"matin": true, "soir": true, "nuit": true, "semaine": true, "annee": true, "mois": true,
		"week-end": true, "apres-midi": true, "jour": true, "jour-la": true,
	}
	// exYearBlockers follow a four-digit number that counts something and
	// is therefore not a year ("2000 euros", "1500 habitants").
	exYearBlockers = map[string]bool{
		"%": true, "euros": true, "euro": true, "dollars": true, "francs": true, "habitants": true,
		"personnes": true, "metres": true, "km": true, "kilometres": true, "tonnes": true, "hectares": true,
		"m": true, "kg": true, "€": true, "$": true, "livres": true, "hommes": true, "soldats": true,
		"pour": true, "exemplaires": true, "mots": true, "pages": true,
	}
)

// dateSpan is a date found in a sentence, by byte offsets.
type dateSpan struct {
	start, end int
	kind       DateKind
}

// findDates returns the dates of a sentence in text order, never
// overlapping: full dates (12 novembre 2018, November 12, 2018,
// 12/11/2018), months, weekdays, years and relative dates (hier, ce lundi).
func findDates(es *exSentence) []dateSpan {
	toks := es.toks
	var out []dateSpan
	add := func(i, j int, k DateKind) int {
		out = append(out, dateSpan{toks[i].Start, toks[j-1].End, k})
		return j
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.Word || !exMayBeDate(t) {
			i++
			continue
		}
		f := t.Fold
		switch {
		case exWeekdays[f] || exWeekdays[exTrimPlural(f)]:
			if j, ok := exDayMonth(toks, i+1); ok {
				i = add(i, j, FullDate)
			} else if i > 0 && toks[i-1].Is("ce", "cette") {
				i = add(i-1, i+1, Relative)
			} else if i+1 < len(toks) && toks[i+1].Is("dernier", "prochain", "soir", "matin") {
				i = add(i, i+2, Relative)
			} else {
				i = add(i, i+1, Weekday)
			}
		case exIsDigits(f) && len(f) <= 2 || f == "1er":
			if j, ok := exDayMonth(toks, i); ok {
				i = add(i, j, FullDate)
			} else if j, ok := exNumericDate(toks, i); ok {
				i = add(i, j, FullDate)
			} else {
				i++
			}
		case exMonthsEN[t.Text]:
			// November 12, 2018
			j := i + 1
			if j < len(toks) && exDayNumber(toks[j].Fold) {
				j++
				if j < len(toks) && toks[j].Text == "," {
					j++
				}
				if j < len(toks) && exIsYear(toks[j].Fold) {
					i = add(i, j+1, FullDate)
					continue
				}
			}
			i++
		case exMonthsFR[f]:
			if i+1 < len(toks) && exIsYear(toks[i+1].Fold) {
				i = add(i, i+2, Month)
			} else {
				i = add(i, i+1, Month)
			}
		case exRelativeWords[f]:
			i = add(i, i+1, Relative)
		case f == "ce" || f == "cette":
			if i+1 < len(toks) && exRelativeNouns[toks[i+1].Fold] {
				i = add(i, i+2, Relative)
			} else {
				i++
			}
		case (f == "semaine" || f == "mois" || f == "an" || f == "annee") && i > 0 && toks[i-1].Is("la", "le", "l'") && i+1 < len(toks) && toks[i+1].Is("derniere", "dernier", "prochaine", "prochain"):
			i = add(i-1, i+2, Relative)
		case (f == "a" || f == "an" || exIsDigits(f)) && i+2 < len(toks) && exIsTimeUnitEN(toks[i+1].Fold) && toks[i+2].Is("ago"):
			i = add(i, i+3, Relative)
		case exIsYear(f) && exYearInContext(es, i):
			start := i
			if i > 0 && toks[i-1].Is("annees") {
				start = i - 1
			}
			i = add(start, i+1, Year)
		case len(f) == 10 && exIsISODate(f):
			i = add(i, i+1, FullDate)
		default:
			i++
		}
	}
	return out
}

func exTrimPlural(f string) string {
	if len(f) > 1 && f[len(f)-1] == 's' {
		return f[:len(f)-1]
	}
	return f
}

// exDayMonth reads "12 novembre [2018]" or "12 November 2018" from token i.
func exDayMonth(toks []french.Span, i int) (int, bool) {
	if i+1 >= len(toks) || !(exDayNumber(toks[i].Fold) || toks[i].Fold == "1er") {
		return 0, false
	}
	switch {
	case exMonthsFR[toks[i+1].Fold]:
		if i+2 < len(toks) && exIsYear(toks[i+2].Fold) {
			return i + 3, true
		}
		return i + 2, true
	case exMonthsEN[toks[i+1].Text] && i+2 < len(toks) && exIsYear(toks[i+2].Fold):
		return i + 3, true
	}
	return 0, false
}

// exNumericDate reads "12/11/2018" from token i.
func exNumericDate(toks []french.Span, i int) (int, bool) {
	if i+4 >= len(toks) || toks[i+1].Text != "/" || toks[i+3].Text != "/" {
		return 0, false
	}
	for k := i + 1; k <= i+4; k++ {
		if toks[k].Start != toks[k-1].End {
			return 0, false
		}
	}
	m, y := toks[i+2].Fold, toks[i+4].Fold
	if !exIsDigits(m) || len(m) > 2 || !exIsDigits(y) || (len(y) != 2 && len(y) != 4) {
		return 0, false
	}
	return i + 5, true
}

func exDayNumber(f string) bool {
	if !exIsDigits(f) || len(f) > 2 {
		return false
	}
	n, _ := strconv.Atoi(f)
	return n >= 1 && n <= 31
}

func exIsYear(f string) bool {
	if len(f) != 4 || !exIsDigits(f) {
		return false
	}
	return f[0] == '1' || f[0] == '2' && f[1] == '0'
}

func exIsTimeUnitEN(f string) bool {
	switch f {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours":
		return true
	}
	return false
}

// exIsISODate reports "2018-11-12".
func exIsISODate(f string) bool {
	return exIsDigits(f[0:4]) && f[4] == '-' && exIsDigits(f[5:7]) && f[7] == '-' && exIsDigits(f[8:10])
}

// exYearInContext reports whether the four digits at token i are a year:
// not part of "1 500 000" or "3,2000", not followed by what they count.
func exYearInContext(es *exSentence, i int) bool {
	toks := es.toks
	if i > 0 {
		p := toks[i-1]
		if (p.Text == "," || p.Text == ".") && p.End == toks[i].Start && i > 1 && exIsDigits(toks[i-2].Fold) && toks[i-2].End == p.Start {
			return false
		}
		if exIsDigits(p.Fold) && exGap(es.s.Text, p, toks[i]) {
			return false
		}
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if exYearBlockers[n.Fold] || exIsDigits(n.Fold) && exGap(es.s.Text, toks[i], n) {
			return false
		}
		if (n.Text == "," || n.Text == ".") && n.Start == toks[i].End && i+2 < len(toks) && exIsDigits(toks[i+2].Fold) && toks[i+2].Start == n.End {
			return false
		}
	}
	return true
}

// extractDates turns the date spans of a sentence into mentions.
func extractDates(es *exSentence, spans []dateSpan) []DateMention {
	out := make([]DateMention, 0, len(spans))
	for _, d := range spans {
		out = append(out, DateMention{Text: es.s.Text[d.start:d.end], Kind: d.kind, Sentence: es.s})
	}
	return out
}

// exDateStarts are the folded words that can start a date; any other word
// is skipped at the cost of one lookup.
var exDateStarts = func() map[string]bool {
	m := map[string]bool{"ce": true, "cette": true, "semaine": true, "mois": true, "an": true, "annee": true, "a": true, "1er": true}
	for _, set := range []map[string]bool{exMonthsFR, exWeekdays, exRelativeWords} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range exWeekdays {
		m[w+"s"] = true
	}
	return m
}()

// exMayBeDate reports whether a word can start a date: a date word, an
// English month, or digits.
func exMayBeDate(t french.Span) bool {
	c := t.Text[0]
	return c >= '0' && c <= '9' || exDateStarts[t.Fold] || exMonthsEN[t.Text]
}
