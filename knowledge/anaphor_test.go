package knowledge

import "testing"

// TestOpensWithAnaphor reads the subjects of real sentences of the seeds
// and of PIAF: those that refer back borrow the sentence before.
func TestOpensWithAnaphor(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Elle a réuni diplomates, juristes, policiers des gouvernements des États-Unis.", true},
		{"Cet appel concernait les entreprises technologiques chinoises.", true},
		{"Ces derniers se déclarent prêts à coopérer sur une base «volontaire».", true},
		{"Mais elle refuse de signer le texte.", true},
		{"Toutefois, ils ont salué l'initiative.", true},
		{"Il a appelé à la coopération internationale sur les problèmes.", true},
		{"Celle-ci fut détruite en 1944.", true},
		{"Ce dernier est élu en 1920.", true},
		{"Il y a deux ans, la ville comptait 3 000 habitants.", false},
		{"Il faut travailler à la vitesse cybernétique.", false},
		{"Il s'agit de la première conférence.", false},
		{"Toutefois, la Chine a mis en place un système de censure sophistiqué.", false},
		{"Ce qui compte, c'est la sécurité.", false},
		{"C'est la première fois.", false},
		{"La Chine représente un quart des utilisateurs d’Internet.", false},
		{"Elle", false},
	} {
		if got := opensWithAnaphor(tt.text); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
