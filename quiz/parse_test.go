package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNumberCore(t *testing.T) {
	for _, c := range []struct {
		in, core, class string
		ok              bool
	}{
		{"plus de 60", "60", "int-z1", true},
		{"14,2 milliards", "14,2 milliards", "int-z0-decimal1-milliards", true},
		{"plus de 600 millions", "600 millions", "int-z2-millions", true},
		{"58 %", "58", "int-z0-percent", true},
		{"quelque 20 000", "20 000", "grouped-z3+", true},
		{"70 000", "70 000", "grouped-z3+", true},
		{"1950", "1950", "int4-z1", true},
		{"sept", "sept", "words", true},
		{"seulement quatorze", "quatorze", "words", true},
		{"vingt et un", "vingt et un", "words", true},
		{"vingt-quatre", "vingt-quatre", "words", true},
		{"sept et douze", "", "", false},
		{"deux un", "", "", false},
		{"un", "", "", false},
		{"un quart", "", "", false},
		{"vingt-quatre heures sur vingt-quatre", "", "", false},
		{"Des dizaines", "", "", false},
		{"G8", "", "", false},
		{"", "", "", false},
	} {
		core, start, class, ok := numberCore(c.in)
		if core != c.core || class != c.class || ok != c.ok {
			t.Errorf("numberCore(%q) = %q, %q, %v; want %q, %q, %v", c.in, core, class, ok, c.core, c.class, c.ok)
		}
		if ok && c.in[start:start+len(core)] != core {
			t.Errorf("numberCore(%q): core at %d is not %q", c.in, start, core)
		}
	}
}

func TestDatePattern(t *testing.T) {
	for _, c := range []struct {
		in      string
		pattern string
		year    int
		ok      bool
	}{
		{"8 mars 1575", "DMY", 1575, true},
		{"1er mai 1707", "DMY", 1707, true},
		{"12 novembre", "DM", 0, true},
		{"janvier 1952", "MY", 1952, true},
		{"juillet", "M", 0, true},
		{"2012", "Y", 2012, true},
		{"années 1960", "AY", 1960, true},
		{"lundi", "", 0, false},
		{"fin 1952", "", 0, false},
		{"1952 janvier", "", 0, false},
		{"32 mars", "", 0, false},
	} {
		p, y, ok := datePattern(c.in)
		if p != c.pattern || y != c.year || ok != c.ok {
			t.Errorf("datePattern(%q) = %q, %d, %v", c.in, p, y, ok)
		}
	}
}

// FuzzNumberCore: a core found is a plain substring of the mention, at
// the offset given, with a class.
func FuzzNumberCore(f *testing.F) {
	for _, s := range []string{"plus de 60", "14,2 milliards", "58 %", "quelque 20 000", "vingt et un", "\xff1", "1 ", "1,", "d’au moins 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		core, start, class, ok := numberCore(s)
		if !ok {
			return
		}
		if core == "" || class == "" || start < 0 || start+len(core) > len(s) || s[start:start+len(core)] != core {
			t.Fatalf("numberCore(%q) = %q at %d (%s)", s, core, start, class)
		}
	})
}

// FuzzDatePattern: a pattern read is one of the known precisions.
func FuzzDatePattern(f *testing.F) {
	for _, s := range []string{"8 mars 1575", "années 1960", "juillet", "1er mai", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, _, ok := datePattern(s)
		if ok && !strings.Contains(" DMY DM MY M Y AY ", " "+p+" ") {
			t.Fatalf("datePattern(%q) = %q", s, p)
		}
	})
}

// FuzzWindow: the shown part of a masked sentence keeps its blank and
// stays within bounds, whatever the sentence.
func FuzzWindow(f *testing.F) {
	f.Add(strings.Repeat("mot, ", 80) + blank + strings.Repeat(" autre", 80))
	f.Add(blank)
	f.Add("a" + blank + strings.Repeat("é", 500))
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.Contains(s, blank) || !utf8.ValidString(s) {
			return
		}
		w := window(s)
		if !strings.Contains(w, blank) {
			t.Fatalf("window(%q) = %q lost the blank", s, w)
		}
	})
}
