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
