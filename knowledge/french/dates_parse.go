package french

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// datePatternSet are the patterns of a full date: a day, a month name and
// a year in either order (English "November 12, 2018", French "12
// novembre 2018", "1er mai 2019"), the French numeric "12/11/2018" (day
// first) and ISO "2018-11-12".
type datePatternSet struct{ monthDayYear, dayMonthYear, slashDate, isoDate *regexp.Regexp }

// datePatterns are compiled when a date is first parsed: a start that
// reads its index file parses none, nor do most questions.
var datePatterns = sync.OnceValue(func() *datePatternSet {
	return &datePatternSet{
		monthDayYear: regexp.MustCompile(`\b(\pL+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`),
		dayMonthYear: regexp.MustCompile(`\b(\d{1,2})(?:er|st|nd|rd|th)? (\pL+)\.?,? (\d{4})\b`),
		slashDate:    regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`),
		isoDate:      regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:$|[^\d])`),
	}
})

// ParseDate finds the first full date in s and returns it as ISO 8601 and as
// written, or two empty strings.
func ParseDate(s string) (iso, text string) {
	cal := dates()
	if !hasYear(s) {
		return "", "" // every form has a year: skip the regular expressions
	}
	at := len(s) + 1
	try := func(m []int, year, month, day int) {
		if m[0] >= at || !validDate(year, month, day) {
			return
		}
		at = m[0]
		iso = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
		text = s[m[0]:m[1]]
	}
	group := func(m []int, g int) string { return s[m[2*g]:m[2*g+1]] }
	p := datePatterns()
	for _, m := range p.monthDayYear.FindAllStringSubmatchIndex(s, -1) {
		if mo, ok := cal.months[strings.ToLower(group(m, 1))]; ok {
			try(m, atoi(group(m, 3)), mo, atoi(group(m, 2)))
		}
	}
	for _, m := range p.dayMonthYear.FindAllStringSubmatchIndex(s, -1) {
		if mo, ok := cal.months[strings.ToLower(group(m, 2))]; ok {
			try(m, atoi(group(m, 3)), mo, atoi(group(m, 1)))
		}
	}
	for _, m := range p.slashDate.FindAllStringSubmatchIndex(s, -1) {
		try(m, atoi(group(m, 3)), atoi(group(m, 2)), atoi(group(m, 1)))
	}
	for _, m := range p.isoDate.FindAllStringSubmatchIndex(s, -1) {
		// The match may hold the character after the date ("T06:04").
		m[1] = m[7]
		try(m, atoi(group(m, 1)), atoi(group(m, 2)), atoi(group(m, 3)))
	}
	return iso, text
}

// hasYear reports whether s holds four digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// validDate rejects "31/02/2018" and years no news article has.
func validDate(year, month, day int) bool {
	if year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 {
		return false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return t.Day() == day && int(t.Month()) == month
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
