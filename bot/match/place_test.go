package match

import "testing"

// TestVerbPlace answers « Où V … ? » with the phrase of place right after
// V in the cited sentence, an adverb between them allowed, up to a verb;
// not after a noun the question's noun shares a stem with, nor « en »
// before a common noun.
func TestVerbPlace(t *testing.T) {
	sentences := []string{
		"Danton s'enfuit en Angleterre ; Marat se cache dans une cave, Robespierre chez un ami.",
		"La famille Butler est arrivée d'Angleterre et s'est d'abord installée à Gowran.",
		"Le Crédit mutuel Arkéa, basé à Le Relecq-Kerhuon fédère la Bretagne.",
		"Bond se rend ensuite à Venise, afin d'enquêter sur un magasin de verrerie.",
		"Le 14 juin 1856, il est baptisé en grande pompe à Notre-Dame de Paris.",
	}
	m, find := paragraphsMatcher(t, sentences...)
	for i, tt := range []struct{ q, want string }{
		{"Où se cache Marat ?", "dans une cave"},
		{"Où s'est installée la famille Butler ?", "à Gowran"},
		{"Où est basé le Crédit mutuel Arkéa ?", "à Le Relecq-Kerhuon"},
		{"Où mène l'enquête de Bond ?", ""},
		{"Où a-t-il été baptisé ?", ""},
	} {
		if got := m.verbPlace(m.parse(sanitize(tt.q)), find(sentences[i])); got != tt.want {
			t.Errorf("%q in %q: %q, want %q", tt.q, sentences[i], got, tt.want)
		}
	}
}

// TestPlacePhraseNotTime answers « Où … ? » with the phrase of place
// after the question's words, never with one of time or manner that a
// preposition of place opens: « en décembre », « au dernier moment »,
// « en présence de ».
func TestPlacePhraseNotTime(t *testing.T) {
	sentences := []string{
		"Les barrières s'abaissent au dernier moment, avant le passage du train.",
		"Les Bermudes adoptent en décembre 2017 une loi rétablissant l'interdiction.",
		"Une cérémonie d'inauguration en présence des dirigeants est tenue à bord.",
		"Les Acadiens déportés s'installent en Louisiane après 1765.",
	}
	m, find := paragraphsMatcher(t, sentences...)
	for i, tt := range []struct{ q, want string }{
		{"Où les barrières s'abaissent-elles ?", ""},
		{"Où a été adoptée la loi rétablissant l'interdiction ?", ""},
		{"Où a lieu la cérémonie d'inauguration ?", ""},
		{"Où les Acadiens déportés s'installent-ils ?", "en Louisiane"},
	} {
		if got := m.placePhrase(m.parse(sanitize(tt.q)), find(sentences[i])); got != tt.want {
			t.Errorf("%q in %q: %q, want %q", tt.q, sentences[i], got, tt.want)
		}
	}
}
