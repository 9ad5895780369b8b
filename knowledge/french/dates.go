package french

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// DateKind says how precise a date mention is.
type DateKind string

// The kinds of date mention FindDates recognises.
const (
	FullDate DateKind = "date"     // 12 novembre 2018
	Year     DateKind = "year"     // 2012
	Month    DateKind = "month"    // juillet
	Weekday  DateKind = "weekday"  // lundi
	Relative DateKind = "relative" // hier, aujourd'hui
	Century  DateKind = "century"  // XIXe siècle
)

// Label names the kind of date in French: date, année, mois, jour, relative.
func (k DateKind) Label() string {
	switch k {
	case FullDate:
		return "date"
	case Year:
		return "année"
	case Month:
		return "mois"
	case Weekday:
		return "jour"
	case Relative:
		return "relative"
	case Century:
		return "siècle"
	}
	return string(k)
}

// DateSpan is a date found in a sentence, by byte offsets.
type DateSpan struct {
	Start, End int
	Kind       DateKind
}

// calendar holds the words of dates, read once from data/months.tsv and
// data/weekdays.txt and never written afterwards.
type calendar struct {
	// months maps every month name and abbreviation, lower-cased as
	// written and folded, to its number: what ParseDate reads.
	months map[string]int
	// monthsFR are the French month names, folded; monthsEN the English
	// ones, capitalised, because "may" and "march" are ordinary English
	// words: what FindDates reads.
	monthsFR, monthsEN, weekdays map[string]bool
	// names are the French month names as written, by number.
	names [13]string
	// relative are dates by themselves ("hier"); afterCe follow "ce",
	// "cette" ("ce matin"); notYear follow four digits that count
	// something ("2000 euros"); ago are the English units before "ago";
	// afterWeekday make a weekday relative ("lundi dernier"); period and
	// lastNext make "la semaine dernière".
	relative, afterCe, notYear, ago, afterWeekday, period, lastNext map[string]bool
	// starts are the folded words that can start a date; any other word
	// is skipped at the cost of one look-up.
	starts map[string]bool
}

// dates is the calendar, read when first needed: a start that reads its
// index file and is asked no date does not parse the three files.
var dates = sync.OnceValue(func() *calendar {
	return newCalendar(DataLines("months.tsv"), DataLines("weekdays.txt"), DataLines("date_words.tsv"))
})

func newCalendar(months, weekdays, words []string) *calendar {
	c := &calendar{months: map[string]int{}, monthsFR: map[string]bool{}, monthsEN: map[string]bool{}, weekdays: map[string]bool{}}
	for _, l := range months {
		cols := strings.Split(l, "\t")
		if len(cols) != 3 {
			continue // a defect TestCalendar catches
		}
		n, err := strconv.Atoi(cols[0])
		if err != nil {
			continue
		}
		fr, en := strings.Fields(cols[1]), strings.Fields(cols[2])
		for _, w := range append(fr, en...) {
			c.months[strings.ToLower(w)] = n
			c.months[Fold(w)] = n
		}
		if len(fr) > 0 && n >= 1 && n <= 12 {
			c.monthsFR[Fold(fr[0])] = true
			c.names[n] = fr[0]
		}
		if len(en) > 0 {
			c.monthsEN[strings.ToUpper(en[0][:1])+en[0][1:]] = true
		}
	}
	for _, w := range weekdays {
		c.weekdays[w] = true
	}
	c.relative, c.afterCe, c.notYear, c.ago = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	c.afterWeekday, c.period, c.lastNext = map[string]bool{}, map[string]bool{}, map[string]bool{}
	sets := map[string]map[string]bool{"relative": c.relative, "after-ce": c.afterCe, "not-year": c.notYear, "ago": c.ago,
		"after-weekday": c.afterWeekday, "period": c.period, "last-next": c.lastNext}
	for _, l := range words {
		kind, list, _ := strings.Cut(l, "\t")
		for _, w := range strings.Fields(list) {
			if set := sets[kind]; set != nil {
				set[w] = true
			}
		}
	}
	c.starts = map[string]bool{"ce": true, "cette": true, "a": true, "1er": true}
	for _, set := range []map[string]bool{c.monthsFR, c.weekdays, c.relative, c.period} {
		for w := range set {
			c.starts[w] = true
		}
	}
	for w := range c.weekdays {
		c.starts[w+"s"] = true
	}
	return c
}

// IsMonth reports whether a folded word is a French month name ("aout").
func IsMonth(fold string) bool { return dates().monthsFR[fold] }

// MonthName is the French name of month m as written ("août"), or "" for
// no month.
func MonthName(m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	return dates().names[m]
}
