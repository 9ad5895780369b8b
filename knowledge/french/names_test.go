package french

import (
	"slices"
	"testing"
)

func TestMatchNames(t *testing.T) {
	names := []string{"David Cameron", "Joe Biden", "William Hague", "Lu Wei", "William Nee",
		"James Robinson", "David Aucsmith", "Cameroun", "G8", "Xi Jinping", "Élysée"}
	tests := []struct {
		q    string
		want []string
	}{
		{"camron", []string{"David Cameron", "Cameroun"}},
		{"Cameron", []string{"David Cameron", "Cameroun"}},
		{"david cameron", []string{"David Cameron"}},
		{"bidden", []string{"Joe Biden"}},
		{"william", []string{"William Hague", "William Nee"}},
		{"aucsmit", []string{"David Aucsmith"}},
		{"wei", []string{"Lu Wei"}},
		{"elysee", []string{"Élysée"}},
		{"g8", []string{"G8"}},
		{"xyz", nil},
		{"", nil},
		{"😀", nil},
	}
	for _, tt := range tests {
		got := MatchNames(tt.q, names)
		if len(tt.want) == 0 {
			if len(got) != 0 {
				t.Errorf("MatchNames(%q) = %q, want none", tt.q, got)
			}
			continue
		}
		if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
			t.Errorf("MatchNames(%q) = %q, want it to start with %q", tt.q, got, tt.want)
		}
	}
}
