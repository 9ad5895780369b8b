package match

import (
	"slices"
	"testing"
)

// TestDatesOtherPhase: a date question about when something ended is not
// answered by a sentence that dates only its start, nor the reverse; a
// sentence that names both ends, or a question about neither, is kept.
func TestDatesOtherPhase(t *testing.T) {
	opened := "La conférence sur le cyberespace s'est ouverte mardi à Londres."
	both := "Le submycénien commence en 1200 av. J.-C. et s'étend jusque vers 1015."
	died := "Dwight Davis est né en 1879 à Saint-Louis."
	ends := "Cette conférence, ouverte aujourd'hui, s'achèvera vendredi."
	m, find := paragraphsMatcher(t, opened, both, died, ends)
	for _, tt := range []struct {
		q, sentence string
		want        bool
	}{
		{"Quand la conférence de Londres s'est-elle terminée ?", opened, true},
		{"Quand la conférence de Londres s'est-elle ouverte ?", opened, false},
		{"Quand se termine la période submycénienne ?", both, false},
		{"Quand est mort Dwight Davis ?", died, true},
		{"Quand est né Dwight Davis ?", died, false},
		{"Où la conférence s'est-elle terminée ?", opened, false}, // not a date question
		{"Quand la conférence a-t-elle eu lieu ?", opened, false},
		// Forms the list lacks, read by their lemma: the sentence's
		// « s'achèvera », the question's « terminera » and « ouvrira ».
		{"Quand prendra fin la conférence ?", ends, false},
		{"Quand la conférence se terminera-t-elle ?", ends, false},
		{"Quand la conférence se terminera-t-elle ?", opened, true},
		{"Quand la conférence de Londres ouvrira-t-elle ?", died, false},
	} {
		if got := m.datesOtherPhase(m.parse(tt.q), find(tt.sentence)); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestOfAskedPhase: of a sentence's dates, a question about when something
// ended keeps those not written after a word of its start, and the
// reverse; a question about neither end, or a sentence whose every date is
// of the other end, keeps them all.
func TestOfAskedPhase(t *testing.T) {
	term := "Une période transitoire avait commencé le 11 mars 1981 pour se terminer à la fin du mandat de Pinochet soit le 11 mars 1989."
	built := "Sa construction a commencé en 1974 et a pris fin en 1976."
	opened := "Le festival a débuté en 1999 à Paris et a commencé en 2001 à Rome."
	m, find := paragraphsMatcher(t, term, built, opened)
	for _, tt := range []struct {
		q, sentence string
		dates, want []string
	}{
		{"Quand devait prendre fin le mandat de Pinochet ?", term, []string{"11 mars 1981", "11 mars 1989"}, []string{"11 mars 1989"}},
		{"Quand la période transitoire a-t-elle commencé ?", term, []string{"11 mars 1981", "11 mars 1989"}, []string{"11 mars 1981", "11 mars 1989"}},
		{"Quand la construction a-t-elle été achevée ?", built, []string{"1974", "1976"}, []string{"1976"}},
		{"Quand la construction a-t-elle débuté ?", built, []string{"1974", "1976"}, []string{"1974"}},
		{"En quelle année la construction a-t-elle eu lieu ?", built, []string{"1974", "1976"}, []string{"1974", "1976"}},
		{"Quand le festival s'est-il terminé ?", opened, []string{"1999", "2001"}, []string{"1999", "2001"}},
	} {
		got := m.ofAskedPhase(m.parse(tt.q), find(tt.sentence), tt.dates)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
