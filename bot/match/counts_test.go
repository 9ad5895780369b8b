package match

import (
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestIsMoney reads the units the extractor gives PIAF's numbers: a
// currency, first or after « d' », makes a sum; a count of something else
// or a percentage does not; no unit may be one.
func TestIsMoney(t *testing.T) {
	for _, tt := range []struct {
		unit string
		want bool
	}{
		{"euros", true},
		{"dollars américains", true},
		{"euros annuels d'aide fiscale", true},
		{"yens", true},
		{"d’euros", true},
		{"£ irlandaises", true},
		{"", true},
		{"%", false},
		{"projets", false},
		{"d’Etats et d’entreprises", false},
		{"pays et régions", false},
		{"ans", false},
	} {
		if got := isMoney(tt.unit); got != tt.want {
			t.Errorf("isMoney(%q) = %v, want %v", tt.unit, got, tt.want)
		}
	}
}

// TestMoneyAnswer: a question about a sum of money is answered by a sum,
// never by a count of something else in a sentence on its topic.
func TestMoneyAnswer(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"a.txt": {Data: []byte("Berlin, ville-État\n\nLa puissance de la ville-État se manifeste par l'importance de son budget (plus de 20 milliards d'euros en 2013), qui finance 40 musées.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if a := New(base).Answer("Quel est le montant du budget de la ville de Berlin ?", nil); !a.Answered || a.Short != "plus de 20 milliards" {
		t.Errorf("answered %v, short %q; want « plus de 20 milliards »", a.Answered, a.Short)
	}
	m := New(seedBase(t))
	for _, tt := range []struct {
		question string
		answered bool
	}{
		{"Quel montant les entreprises ont-elles promis pour l'appel de Paris ?", false}, // « Des dizaines d'États et d'entreprises »
		{"How much money did the companies pledge to the Paris Call?", false},
		{"Quelle somme le G8 a-t-il consacrée à la lutte contre la cybercriminalité ?", false}, // « Les sept pays … »
		{"Combien de pays ont assisté à la conférence de Londres ?", true},
	} {
		q := m.parse(tt.question)
		if q.money == tt.answered {
			t.Errorf("%q: asks money %v, want %v", tt.question, q.money, !tt.answered)
		}
		if a := m.Answer(tt.question, nil); a.Answered != tt.answered {
			t.Errorf("%q: answered %v (%q), want %v", tt.question, a.Answered, a.Short, tt.answered)
		}
	}
}

// TestWithUnit: a count keeps the unit of time or of measure the sentence
// writes after it, qualifier and all; a counted noun or any other word
// after it is left out.
func TestWithUnit(t *testing.T) {
	volga := "La Volga, qui draine un bassin de 1,4 million de kilomètres carrés, est le plus long fleuve d'Europe (3 350 km)."
	rail := "Ce réseau a une longueur totale de près de 8 775 kilomètres et dessert toutes les villes."
	exile := "Il rentre après 19 ans d'exil, avec plus de 60 pays visités."
	m, find := paragraphsMatcher(t, volga, rail, exile)
	for _, tt := range []struct{ sentence, count, want string }{
		{volga, "3 350", "3 350 km"},
		{rail, "près de 8 775", "près de 8 775 kilomètres"},
		{exile, "19", "19 ans"},
		{exile, "plus de 60", "plus de 60"}, // « pays », the counted noun
	} {
		if got := m.withUnit(find(tt.sentence), tt.count); got != tt.want {
			t.Errorf("%q in %q: %q, want %q", tt.count, tt.sentence, got, tt.want)
		}
	}
}
