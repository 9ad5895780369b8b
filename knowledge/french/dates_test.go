package french

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, iso, text string }{
		{"November 12, 2018 / 6:04 AM", "2018-11-12", "November 12, 2018"},
		{"Nov. 3, 2019", "2019-11-03", "Nov. 3, 2019"},
		{"12 November 2018", "2018-11-12", "12 November 2018"},
		{"le 12 novembre 2018 à Paris", "2018-11-12", "12 novembre 2018"},
		{"1er mai 2019", "2019-05-01", "1er mai 2019"},
		{"le 14 Août 2020", "2020-08-14", "14 Août 2020"},
		{"le 12/11/2018", "2018-11-12", "12/11/2018"},
		{"2018-11-12T06:04", "2018-11-12", "2018-11-12"},
		{"le 31/02/2018", "", ""},
		{"le 12 novembre", "", ""},
		{"en 2012 et 2013", "", ""},
		{"12 pommes 2018", "", ""},
		{"le 5 mars 2001 puis le 4 avril 2000", "2001-03-05", "5 mars 2001"},
	}
	for _, tt := range tests {
		iso, text := ParseDate(tt.in)
		if iso != tt.iso || text != tt.text {
			t.Errorf("ParseDate(%q) = %q, %q; want %q, %q", tt.in, iso, text, tt.iso, tt.text)
		}
	}
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // text/kind
	}{
		{"Le sommet s'est ouvert mardi.", []string{"mardi/weekday"}},
		{"La conférence en 2012 et en 2013.", []string{"2012/year", "2013/year"}},
		{"PARIS, 12 novembre (Reuters) - ce lundi l’appel.", []string{"12 novembre/date", "ce lundi/relative"}},
		{"November 12, 2018 / 6:04 AM / a month ago", []string{"November 12, 2018/date", "a month ago/relative"}},
		{"Le 12/11/2018 et le 2018-11-12, la semaine dernière.", []string{"12/11/2018/date", "2018-11-12/date", "la semaine dernière/relative"}},
		{"Les lundis, dans les années 1980, en mai 2019, le 1er janvier.", []string{"lundis/weekday", "années 1980/year", "mai 2019/month", "1er janvier/date"}},
		{"Il a payé 2000 euros pour 1 2000, soit 3,2000 ou 1 500 000.", nil},
		{"In May, may they march in March 2019.", []string{"2019/year"}}, // an English month alone is no date
		{"Au XIXe siècle, puis au IXème siècle, au Ier siècle et au 20e siècle.", []string{"XIXe siècle/century", "IXème siècle/century", "Ier siècle/century", "20e siècle/century"}},
		{"Le siècle des Lumières, Le XLe siècle, le 35e siècle.", nil}, // « Le » is no L, no fortieth century
	}
	for _, tt := range tests {
		var got []string
		for _, d := range FindDates(tt.sentence, Segment(tt.sentence)) {
			got = append(got, fmt.Sprintf("%s/%s", tt.sentence[d.Start:d.End], d.Kind))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.sentence, got, tt.want)
		}
	}
}

// TestCalendar checks the month and weekday lists: twelve months in
// order, each with a French and an English name, seven days.
func TestCalendar(t *testing.T) {
	lines := DataLines("months.tsv")
	if len(lines) != 12 {
		t.Fatalf("months.tsv: %d months", len(lines))
	}
	for i, l := range lines {
		cols := strings.Split(l, "\t")
		if len(cols) != 3 || cols[0] != fmt.Sprint(i+1) || len(strings.Fields(cols[1])) == 0 || len(strings.Fields(cols[2])) == 0 {
			t.Errorf("months.tsv line %q: want number, French names, English names", l)
		}
	}
	if len(dates().monthsFR) != 12 || len(dates().monthsEN) != 12 || !dates().monthsEN["May"] || !dates().monthsFR["aout"] {
		t.Errorf("month names: %v %v", dates().monthsFR, dates().monthsEN)
	}
	if n := len(DataLines("weekdays.txt")); n != 7 || len(dates().weekdays) != 7 {
		t.Errorf("weekdays.txt: %d days", n)
	}
	if !dates().relative["aujourd'hui"] || !dates().afterCe["week-end"] || !dates().notYear["€"] || !dates().ago["hours"] ||
		!dates().afterWeekday["soir"] || !dates().period["semaine"] || !dates().lastNext["prochaine"] {
		t.Errorf("date_words.tsv: a kind of word is missing")
	}
	for _, w := range []string{"Août", "aout", "févr", "sept", "déc", "dec"} {
		if dates().months[strings.ToLower(w)] == 0 {
			t.Errorf("month %q not known", w)
		}
	}
}

// FuzzParseDate checks that a date found is a valid ISO date and that
// its text is a slice of the input.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"November 12, 2018 / 6:04 AM", "le 1er mai 2019", "12/11/2018", "2018-11-12T06:04", "31/02/2018", "14 Août 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso, text := ParseDate(s)
		if (iso == "") != (text == "") {
			t.Fatalf("ParseDate(%q) = %q, %q", s, iso, text)
		}
		if iso == "" {
			return
		}
		if len(iso) != 10 || iso[4] != '-' || iso[7] != '-' || !strings.Contains(s, text) {
			t.Fatalf("ParseDate(%q) = %q, %q", s, iso, text)
		}
		var y, m, d int
		if _, err := fmt.Sscanf(iso, "%4d-%2d-%2d", &y, &m, &d); err != nil || !validDate(y, m, d) {
			t.Fatalf("ParseDate(%q) = %q: not a valid date", s, iso)
		}
	})
}

// FuzzFindDates checks that the dates of any sentence are in order,
// disjoint, made of whole spans and of a known kind.
func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"PARIS, 12 novembre (Reuters) - ce lundi", "November 12, 2018 / a month ago", "le 12/11/2018", "la semaine dernière", "années 1980", "au XIXe siècle"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := Segment(s)
		prev := 0
		for _, d := range FindDates(s, spans) {
			if d.Start < prev || d.End <= d.Start || d.End > len(s) {
				t.Fatalf("FindDates(%q): bad date %+v after %d", s, d, prev)
			}
			switch d.Kind {
			case FullDate, Year, Month, Weekday, Relative, Century:
			default:
				t.Fatalf("FindDates(%q): unknown kind %q", s, d.Kind)
			}
			starts, ends := false, false
			for _, sp := range spans {
				starts = starts || sp.Start == d.Start
				ends = ends || sp.End == d.End
			}
			if !starts || !ends {
				t.Fatalf("FindDates(%q): %+v cuts a span", s, d)
			}
			prev = d.End
		}
	})
}

func TestMonths(t *testing.T) {
	if got := MonthName(time.August); got != "août" {
		t.Errorf("MonthName(August) = %q", got)
	}
	if got := MonthName(0); got != "" {
		t.Errorf("MonthName(0) = %q", got)
	}
	for _, tt := range []struct {
		fold string
		want bool
	}{{"aout", true}, {"decembre", true}, {"août", false}, {"may", false}, {"lundi", false}} {
		if got := IsMonth(tt.fold); got != tt.want {
			t.Errorf("IsMonth(%q) = %v", tt.fold, got)
		}
	}
}

// FuzzNewCalendar reads any lines as the three date files: it never fails,
// and every word of a line of a known kind of date_words.tsv lands in that
// kind's set.
func FuzzNewCalendar(f *testing.F) {
	f.Add("1\tjanvier janv\tJanuary Jan", "lundi", "relative\thier demain\nperiod\tsemaine\nlast-next\tdernier")
	f.Add("x\t\t", "", "after-weekday\t\nnope\tmot\n\t")
	f.Fuzz(func(t *testing.T, months, weekdays, words string) {
		c := newCalendar(dataLines(months), dataLines(weekdays), dataLines(words))
		sets := map[string]map[string]bool{"relative": c.relative, "after-ce": c.afterCe, "not-year": c.notYear, "ago": c.ago,
			"after-weekday": c.afterWeekday, "period": c.period, "last-next": c.lastNext}
		for _, l := range dataLines(words) {
			kind, list, _ := strings.Cut(l, "\t")
			for _, w := range strings.Fields(list) {
				if set, ok := sets[kind]; ok && !set[w] {
					t.Fatalf("%q of %q is not in its set", w, l)
				}
			}
		}
	})
}
