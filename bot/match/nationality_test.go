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
