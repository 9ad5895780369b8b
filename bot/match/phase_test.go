package match

import "testing"

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
