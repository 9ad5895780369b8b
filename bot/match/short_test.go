package match

import (
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestRoleShortAnswer answers "Qui est X ?" with the role the cited
// sentence gives X beside the name (no-break spaces and all), and never
// with an apposition when the question asks for a person.
func TestRoleShortAnswer(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"moulin.txt": {Data: []byte(
		"Le moulin\n\nLe moulin fut vendu en 1820 par son vendeur à Jean-Baptiste Chasseur, un meunier\u00a0vivant en aval de la ville. " +
			"Romulus fonda la ville, selon la légende.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, want string }{
		{"Qui est Jean-Baptiste Chasseur ?", "un meunier\u00a0vivant en aval de la ville"},
		{"Qui est le vendeur de Jean-Baptiste Chasseur ?", ""},
	} {
		if a := m.Answer(tt.q, nil); !a.Answered || a.Short != tt.want {
			t.Errorf("%q: answered %v, short %q, want %q", tt.q, a.Answered, a.Short, tt.want)
		}
	}
}

// TestObjectShortAnswer answers "Que … ?" with the words after the
// question's verb in the cited clause, and nothing when they open a
// circumstance or the question asks what someone does.
func TestObjectShortAnswer(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"macron.txt": {Data: []byte(
		"Le président\n\nEmmanuel Macron veut renforcer le respect du droit d'auteur. " +
			"Le comité publie durant chaque session un rapport annuel.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, want string }{
		{"Que veut renforcer Emmanuel Macron ?", "le respect du droit d'auteur"},
		{"Et selon lui, que veut renforcer Emmanuel Macron ?", "le respect du droit d'auteur"},
		{"Que fait Emmanuel Macron ?", ""},
		{"Que publie le comité ?", ""},
	} {
		if a := m.Answer(tt.q, nil); !a.Answered || a.Short != tt.want {
			t.Errorf("%q: answered %v, short %q, want %q", tt.q, a.Answered, a.Short, tt.want)
		}
	}
}
