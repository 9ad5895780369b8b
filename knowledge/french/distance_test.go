package french

import "testing"

func TestOneEditApart(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"", "", true},
		{"", "a", true},
		{"", "ab", false},
		{"nie", "nee", true},        // substitution
		{"nee", "nie", true},        // either way round
		{"wiliam", "william", true}, // insertion
		{"william", "wiliam", true}, // deletion
		{"obmaa", "obama", true},    // transposition
		{"boama", "obama", true},    // transposition at the start
		{"obaam", "obama", true},    // transposition at the end
		{"obama", "obama", true},
		{"obxmx", "obama", false}, // two substitutions
		{"bidden", "biden", true},
		{"biddden", "biden", false},
		{"abc", "cab", false},
		{"abcd", "badc", false}, // two transpositions
		{"aab", "aba", true},
	}
	for _, tt := range tests {
		if got := OneEditApart(tt.a, tt.b); got != tt.want {
			t.Errorf("OneEditApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := editDistance(tt.a, tt.b, 1) <= 1; got != tt.want {
			t.Errorf("editDistance(%q, %q, 1) <= 1 = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// FuzzOneEditApart checks the one-pass test against the dynamic programme
// it stands for.
func FuzzOneEditApart(f *testing.F) {
	for _, s := range [][2]string{{"nie", "nee"}, {"obmaa", "obama"}, {"wiliam", "william"}, {"", "x"}, {"ab", "ba"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := OneEditApart(a, b), editDistance(a, b, 1) <= 1; got != want {
			t.Errorf("OneEditApart(%q, %q) = %v, editDistance says %v", a, b, got, want)
		}
	})
}
