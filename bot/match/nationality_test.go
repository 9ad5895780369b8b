package match

import "testing"

// TestNationalityShortAnswer answers « De quelle nationalité … ? » with the
// demonym nearest the question's words in any of its forms (two joined by
// « et » together), and nothing when the only one stands far from them.
func TestNationalityShortAnswer(t *testing.T) {
	checkShort(t, "Les historiens", "L'historien danois Friedrich Münter publia le manuscrit en 1790. "+
		"Les colons de l'Algérie, essentiellement français et espagnols, arrivèrent en 1830. "+
		"George Soros, d'origine hongroise, finance la fondation. "+
		"Yoweri Kaguta est né à Ntungamo, dans le royaume d'Ankole, intégré plus tard au vaste protectorat britannique.", "", []shortCase{
		{"De quelle nationalité Friedrich Münter était-il ?", "danois"},
		{"De quelle nationalité étaient les colons de l'Algérie ?", "français et espagnols"},
		{"De quelle origine est George Soros ?", "hongroise"},
		{"De quelle nationalité est Yoweri Kaguta ?", ""},
	})
}

// TestSpeaksOfOther: a sentence that qualifies the noun the question
// qualifies by a nationality by another one, and names none of the
// question's, speaks of something else; a city's demonym is its country's
// nationality (« parisienne » is French).
func TestSpeaksOfOther(t *testing.T) {
	robinson := "Il a souligné hier que James Robinson était procureur général adjoint et chef de la délégation américaine."
	both := "La délégation américaine et la délégation française ont signé le texte."
	paris := "Une des caractéristiques de l'économie parisienne tient à la présence des sièges sociaux."
	japan := "L'armée impériale japonaise envahit la Mandchourie en 1931."
	m, find := paragraphsMatcher(t, robinson, both, paris, japan)
	for _, tt := range []struct {
		q, sentence string
		want        bool
	}{
		{"Qui dirigeait la délégation française à la conférence ?", robinson, true},
		{"Qui dirigeait la délégation américaine à la conférence ?", robinson, false},
		{"Qui dirigeait la délégation française ?", both, false},
		{"Quelle est l'une des caractéristiques de l'économie française ?", paris, false},
		{"Quand débute l'ère impériale chinoise ?", japan, true},
		{"Qui dirigeait la délégation ?", robinson, false},
	} {
		if got := m.speaksOfOther(m.parse(tt.q), find(tt.sentence)); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}
