package french

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"internet", "internet"},
		{"Élysée", "elysee"},
		{"E\u0301lyse\u0301e", "elysee"}, // NFD
		{"ÉLYSÉE", "elysee"},
		{"Œuvre cœur Ænéide", "oeuvre coeur aeneide"},
		{"ﬁnance", "finance"},
		{"aujourd’hui", "aujourd'hui"},
		{"l‘État", "l'etat"},
		{"lʼONU", "l'onu"},
		{"l`ONU", "l'onu"},
		{"vice‐président", "vice-president"}, // U+2010 hyphen
		{"Straße Øresund Łódź", "strasse oresund lodz"},
		{"100\u00a0000", "100 000"},
		{"ça où île", "ca ou ile"},
		{"Ｇ８", "g8"}, // full width
		{"Xi Jinping 习近平", "xi jinping 习近平"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"emoji 😀!", "emoji 😀!"},
		{"tab\tnew\nline", "tab\tnew\nline"},
		{"İstanbul", "istanbul"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldNoCopyWhenFolded(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Fold("deja folded text") }); n != 0 {
		t.Errorf("Fold of folded text allocates %v times, want 0", n)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Élysée", "E\u0301lyse\u0301e", "aujourd’hui", "Œuvre", "\xff\xfe", "😀", "ǅ", "한국", "ﬁ", "İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent: Fold(%q) = %q, Fold of that = %q", s, got, again)
		}
		if utf8.ValidString(s) {
			if c, d := Fold(norm.NFC.String(s)), Fold(norm.NFD.String(s)); c != d {
				t.Fatalf("NFC and NFD fold differently for %q: %q vs %q", s, c, d)
			}
		}
	})
}
