package match

import (
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestRoleShortAnswer answers "Qui est X ?" with the role the cited
// sentence gives X beside the name (no-break spaces and all), and never
// with an apposition when the question asks something else of X.
func TestRoleShortAnswer(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"moulin.txt": {Data: []byte(
		"Le moulin\n\nLe moulin fut acheté en 1820 par Jean-Baptiste Chasseur, un meunier\u00a0vivant en aval de la ville. " +
			"Romulus fonda la ville, selon la légende.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, want string }{
		{"Qui est Jean-Baptiste Chasseur ?", "un meunier\u00a0vivant en aval de la ville"},
		{"Qui est Jean-Baptiste Chasseur pour le moulin ?", ""}, // an apposition answers "Qui est X ?" only
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

// TestSummary answers "Résume l'article sur X" with the lead of the
// article about X, cited, and no short answer.
func TestSummary(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"a.txt": {Data: []byte("Le sommet de Lyon\n\nLe sommet de Lyon s'est ouvert lundi. Quarante délégations y participent.\n\n" +
			"Les négociations ont duré trois semaines avant l'accord sur le climat.\n")},
		"b.txt": {Data: []byte("La finale de football\n\nLa finale s'est jouée au stade de France. Le public était nombreux.\n\n" +
			"Le gardien a arrêté deux tirs au but.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, lead string }{
		{"Résume l'article sur le sommet de Lyon", "Le sommet de Lyon s'est ouvert lundi."},
		{"De quoi parle l'article sur le public du stade de France ?", "La finale s'est jouée au stade de France."},
	} {
		a := m.Answer(tt.q, nil)
		if !a.Answered || a.Short != "" || len(a.Sentences) != leadSentences || a.Sentences[0].Text != tt.lead || len(a.Speakers) != len(a.Sentences) {
			t.Errorf("%q: answered %v, short %q, sentences %d, want the lead %q", tt.q, a.Answered, a.Short, len(a.Sentences), tt.lead)
		}
	}
}

// TestFarEntity gives no short answer when the only person of the cited
// sentence stands far from the question's words: it answers something
// else.
func TestFarEntity(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"radar.txt": {Data: []byte("Le radar\n\nLe radar fut construit par Jean Dupont. " +
			"Le phare fut rénové en grand secret dans les ateliers de la région pendant de longues années difficiles, selon Paul Martin.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, want string }{
		{"Qui a construit le radar ?", "Jean Dupont"},
		{"Qui a rénové le phare ?", ""},
	} {
		if a := m.Answer(tt.q, nil); !a.Answered || a.Short != tt.want {
			t.Errorf("%q: answered %v, short %q, want %q", tt.q, a.Answered, a.Short, tt.want)
		}
	}
}

// TestNamingShortAnswer answers "Comment s'appelle X ?" with the name
// after a naming word near X, never with what follows "nommé à …"
// (appointed).
func TestNamingShortAnswer(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"derby.txt": {Data: []byte("Le derby\n\nLa rencontre entre les deux clubs milanais est appelée derby della Madonnina. " +
			"Le juge du tribunal fut nommé à vie par le roi.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, want string }{
		{"Comment s'appelle la rencontre entre les deux clubs milanais ?", "derby della Madonnina"},
		{"Comment se nomme le juge du tribunal ?", ""},
	} {
		if a := m.Answer(tt.q, nil); !a.Answered || a.Short != tt.want {
			t.Errorf("%q: answered %v, short %q, want %q", tt.q, a.Answered, a.Short, tt.want)
		}
	}
}
