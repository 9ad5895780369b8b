package knowledge

import (
	"regexp"
	"sort"
	"unicode/utf8"
)

// datePattern is one way of writing a date, tried in order: the first
// pattern that covers a stretch of text wins.
type datePattern struct {
	re   *regexp.Regexp
	kind DateKind
}

const (
	exMonthsFR   = `janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre`
	exMonthsEN   = `January|February|March|April|May|June|July|August|September|October|November|December`
	exWeekdaysFR = `lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`
)

// datePatterns is built once; regexps are safe for concurrent use.
var datePatterns = func() []datePattern {
	return []datePattern{
		{regexp.MustCompile(`(?i)(?:(?:` + exWeekdaysFR + `)\s+)?(?:1er|[0-3]?\d)\s+(?:` + exMonthsFR + `)(?:\s+[12]\d{3})?`), FullDate},
		{regexp.MustCompile(`(?:` + exMonthsEN + `)\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+[12]\d{3}`), FullDate},
		{regexp.MustCompile(`[0-3]?\d\s+(?:` + exMonthsEN + `)\s+[12]\d{3}`), FullDate},
		{regexp.MustCompile(`[0-3]?\d/[01]?\d/(?:[12]\d{3}|\d\d)|[12]\d{3}-[01]\d-[0-3]\d`), FullDate},
		{regexp.MustCompile(`(?i)(?:d[ée]but|fin|mi-)?\s*(?:` + exMonthsFR + `)\s+[12]\d{3}`), Month},
		{regexp.MustCompile(`(?i)(?:ce|cette)\s+(?:` + exWeekdaysFR + `|matin|soir|nuit|semaine|ann[ée]e|mois|week-end)|(?:` + exWeekdaysFR + `)\s+(?:dernier|prochain)|(?:la\s+semaine|le\s+mois|l['’]an|l['’]ann[ée]e)\s+(?:derni[èe]re?|prochaine?)|aujourd['’]hui|avant-hier|apr[èe]s-demain|hier|demain|(?:a|an|one|two|three|\d+)\s+(?:day|week|month|year)s?\s+ago`), Relative},
		{regexp.MustCompile(`(?i)` + exWeekdaysFR), Weekday},
		{regexp.MustCompile(`(?i)` + exMonthsFR), Month},
		{regexp.MustCompile(`(?i)(?:ann[ée]es\s+)?(?:1[0-9]|20)\d\d`), Year},
	}
}()

// exYearBlockers follow a four-digit number that counts something and is
// therefore not a year ("2000 euros", "1500 habitants").
var exYearBlockers = regexp.MustCompile(`^\s*(?:%|pour\s?cent|euros?|dollars?|francs?|habitants|personnes|mètres|metres|km|kilomètres|tonnes|hectares|m|kg|€|\$|[0-9])`)

// dateSpan is a date found in a sentence, by byte offsets.
type dateSpan struct {
	start, end int
	kind       DateKind
}

// findDates returns the dates of a sentence, in text order, never
// overlapping.
func findDates(text string) []dateSpan {
	var spans []dateSpan
	taken := func(s, e int) bool {
		for _, d := range spans {
			if s < d.end && d.start < e {
				return true
			}
		}
		return false
	}
	for _, p := range datePatterns {
		for _, loc := range p.re.FindAllStringIndex(text, -1) {
			s, e := trimSpaceSpan(text, loc[0], loc[1])
			if s >= e || !wordBoundary(text, s, e) || taken(s, e) {
				continue
			}
			if p.kind == Year {
				// "2000 euros", "3,2000", "1 5000" count, they do not date.
				if exYearBlockers.MatchString(text[e:]) || s > 1 && isDigitByte(text[s-2]) && (text[s-1] == ',' || text[s-1] == '.' || text[s-1] == ' ') {
					continue
				}
			}
			spans = append(spans, dateSpan{s, e, p.kind})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	return spans
}

// trimSpaceSpan drops the spaces a pattern may have caught at its ends.
func trimSpaceSpan(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\n') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\n') {
		e--
	}
	return s, e
}

// wordBoundary reports whether text[s:e] is not part of a longer word.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if exIsWordRune(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if exIsWordRune(r) {
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

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
