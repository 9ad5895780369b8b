package french

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// spanString renders spans compactly: a word's text, "^" before a
// capitalised one, a punctuation mark in brackets.
func spanString(spans []Span) string {
	out := make([]string, len(spans))
	for i, s := range spans {
		switch {
		case !s.Word:
			out[i] = "[" + s.Text + "]"
		case s.Cap:
			out[i] = "^" + s.Text
		default:
			out[i] = s.Text
		}
	}
	return strings.Join(out, " ")
}

func TestSegment(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{" \u00a0\u202f\t", ""},
		{"Le vice-président a-t-il dit « oui » ?", "^Le vice-président a-t-il dit [«] oui [»] [?]"},
		{"l’Internet et qu'il lorsqu'elle jusqu'ici", "l’ ^Internet et qu' il lorsqu' elle jusqu' ici"},
		{"aujourd'hui presqu'île Obama's", "aujourd'hui presqu'île ^Obama's"},
		{"100 000 euros, 3,2 %", "100 000 euros [,] 3 [,] 2 [%]"},
		{"U.S.A. (ONU)", "^U [.] ^S [.] ^A [.] [(] ^ONU [)]"},
		{"l' - fin-", "l' [-] fin [-]"},
		{"Ève à Noël", "^Ève à ^Noël"},
		{"bad\xffbyte", "bad [\xff] byte"},
	}
	for _, tt := range tests {
		if got := spanString(Segment(tt.in)); got != tt.want {
			t.Errorf("Segment(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpanShapes(t *testing.T) {
	s := Segment("Le XVI siècle, l'ONU et la CGT IV")
	var caps, romans []string
	for _, w := range s {
		if w.IsAllCaps() {
			caps = append(caps, w.Text)
		}
		if w.IsRoman() {
			romans = append(romans, w.Text)
		}
	}
	if got := strings.Join(caps, " "); got != "XVI ONU CGT IV" {
		t.Errorf("IsAllCaps: %q", got)
	}
	if got := strings.Join(romans, " "); got != "XVI IV" {
		t.Errorf("IsRoman: %q", got)
	}
	if !s[0].Is("la", "le") || s[0].Is("La") || !s[3].Is(",") {
		t.Errorf("Is: %+v %+v", s[0], s[3])
	}
}

// FuzzSegment checks that the spans of any input are slices of it, in
// order and disjoint, that only white space lies between them, and that
// a word's fold is its text folded.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Le vice-président a-t-il dit « oui » ?", "l’Internet", "100 000,5 %", "भारतीय नौसेना", "a''b--c", "\xff'l'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Segment(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) || sp.Text != s[sp.Start:sp.End] {
				t.Fatalf("Segment(%q): bad span %+v after %d", s, sp, prev)
			}
			if strings.TrimSpace(strings.Map(func(r rune) rune {
				if r == '\u202f' || r == '\u00a0' {
					return ' '
				}
				return r
			}, s[prev:sp.Start])) != "" {
				t.Fatalf("Segment(%q): skipped %q", s, s[prev:sp.Start])
			}
			if sp.Word && sp.Fold != Fold(sp.Text) || !sp.Word && (sp.Fold != sp.Text || utf8.RuneCountInString(sp.Text) != 1) {
				t.Fatalf("Segment(%q): fold of %+v", s, sp)
			}
			prev = sp.End
		}
	})
}
