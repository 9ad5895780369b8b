package match

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestExclusionAt reads the phrase an exclusion marker excludes, and no
// marker where the words mean something else.
func TestExclusionAt(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Outre des pays, quel type de territoires a envoyé des délégués ?", "des pays"},
		{"Hormis la Russie, combien de pays composent le G8 ?", "la Russie"},
		{"En plus des sociétés chinoises, à qui s'adressait l'invitation ?", "sociétés chinoises"},
		{"Qu'est-ce qui fait la particularité de la cuisine hongroise à part le paprika ?", "le paprika"},
		{"En dehors des Polonais, quelle nationalité était représentée ?", "Polonais"},
		{"Quel est l'autre objectif des Ottomans en dehors de Akhaltsikhe ?", "Akhaltsikhe"},
		// Not an exclusion: « passer outre », « en outre », a place
		// « en dehors de », « à part entière ».
		{"Pourquoi Washington voudrait-il passer outre certaines procédures ?", ""},
		{"Comment était le réseau en dehors des grandes villes ?", ""},
		{"Est-il un membre à part entière ?", ""},
		{"Qui, en outre, a signé ?", ""},
	} {
		toks := french.Tokenize(tt.text)
		got := ""
		if from, to, ok := exclusionAt(tt.text, toks); ok {
			got = tt.text[toks[from].Start:toks[to-1].End]
		}
		if tt.want != "" && !strings.HasSuffix(got, tt.want) || tt.want == "" && got != "" {
			t.Errorf("%q: %q, want … %q", tt.text, got, tt.want)
		}
	}
}

// TestExclusionAnswer answers « Outre X, … ? » with another member of
// X's list in the cited sentence, and with none where the sentence names
// X in no list or excludes it itself.
func TestExclusionAnswer(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ question, want string }{
		{"Outre des pays, quel type de territoires a envoyé des délégués à Londres ?", "régions"},
		{"Outre la cybercriminalité, quel thème lié à la sécurité entre les nations figure au programme de la conférence de Londres ?", "la sécurité internationale"},
		{"En dehors des individus et des infrastructures vitales, quel élément du réseau les signataires veulent-ils préserver ?", "la disponibilité ou l’intégrité du coeur public d’Internet"},
		{"En plus des sociétés technologiques chinoises, à qui s'adressait l'invitation de Lu Wei ?", "des représentants d’entreprises mondiales"},
		{"Que veut renforcer Emmanuel Macron au niveau européen, en plus de durcir le retrait des contenus djihadistes ?", "renforcer le respect du droit d’auteur"},
		// The relative clause after the member is not part of it.
		{"En plus de Google, à quel réseau social les participants auront-ils accès en Chine ?", "Facebook"},
	} {
		a := m.Answer(tt.question, nil)
		if a.Short != tt.want {
			t.Errorf("%q: %q, want %q", tt.question, a.Short, tt.want)
		}
	}
	// The sentence's own « Outre X, … » is no list of X's, nor is a
	// clause joined by « , et ».
	own := "Outre le paprika, la spécificité de la cuisine hongroise est due à la qualité des bêtes."
	joined := "Le chef aime le paprika, et la cuisine hongroise en use beaucoup."
	pm, find := paragraphsMatcher(t, own, joined)
	q := pm.parse("Qu'est-ce qui fait la particularité de la cuisine hongroise à part le paprika ?")
	for _, text := range []string{own, joined} {
		if got := pm.exclusionAnswer(q, find(text)); got != "" {
			t.Errorf("%q: %q, want none", text, got)
		}
	}
}
