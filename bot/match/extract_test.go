package match

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// TestReasonCues checks that each cue's sentence-initial form is its
// lower-case form with a capital, as reasonAnswer looks both up.
func TestReasonCues(t *testing.T) {
	for _, cue := range reasonCues {
		if got := french.UpperFirst(cue[0]); got != cue[1] {
			t.Errorf("UpperFirst(%q) = %q, table has %q", cue[0], got, cue[1])
		}
	}
}

// TestReasonOpeningCause answers « Pourquoi … ? » with a cause the
// sentence opens with, to its comma, and with the causes of « faute de »,
// « du fait de », « de par ».
func TestReasonOpeningCause(t *testing.T) {
	checkShort(t, "Le tribunal", "Le tribunal libère certains suspects faute de preuves. "+
		"Suite au retard causé par la radio, la pause entre les deux séances a été courte. "+
		"De par le grand nombre de dialectes, il existe peu de méthodes d'apprentissage.", "reason", []shortCase{
		{"Pourquoi le tribunal libère-t-il des suspects ?", "faute de preuves"},
		{"Pourquoi la pause entre les deux séances a-t-elle été courte ?", "Suite au retard causé par la radio"},
		{"Pourquoi existe-t-il peu de méthodes d'apprentissage ?", "De par le grand nombre de dialectes"},
	})
}

// TestRoleNotInQuestion answers « Quel poste X occupe-t-il chez Intel ? »
// with a role of X the question does not already say (« d'Intel » is what
// it asks from).
func TestRoleNotInQuestion(t *testing.T) {
	checkShort(t, "Le G8", "Ainsi, David Aucsmith, d’Intel, intervenant pour les industriels américains, a bien marqué la nuance. "+
		"Le procureur James Robinson, chef de la délégation américaine, a parlé.", "role", []shortCase{
		{"Quel poste David Aucsmith occupe-t-il chez Intel ?", "intervenant pour les industriels américains"},
		{"Quel poste occupe James Robinson ?", "chef de la délégation américaine"},
	})
}

// TestRoleAnswerNoBreakSpace finds a role whose words the source parts
// with a no-break space (the extractor's role has plain spaces): the
// sentence that states it answers « Qui est Nee ? », not a shorter one
// that only names him.
func TestRoleAnswerNoBreakSpace(t *testing.T) {
	m := New(seedBase(t))
	q := m.parse("Qui est Nee ?")
	cases := []struct {
		part, want string
		ok         bool
	}{
		{"La liberté d’Internet est attaquée", "chercheur pour\u00a0Amnesty International", true},
		{"Il affirme que le modèle chinois", "", false},
	}
	for _, tt := range cases {
		s := sentenceWith(t, m, tt.part)
		if got, _, ok := m.roleAnswer(q, s); got != tt.want || ok != tt.ok {
			t.Errorf("roleAnswer(…%q…) = %q, %v; want %q, %v", tt.part, got, ok, tt.want, tt.ok)
		}
	}
	a := m.Answer("Qui est Nee ?", nil)
	if !a.Answered || a.Short != "chercheur pour\u00a0Amnesty International" || !strings.Contains(a.Sentences[0].Text, cases[0].part) {
		t.Errorf("Qui est Nee ? answered %v, short %q, cites %q", a.Answered, a.Short, a.Sentences[0].Text)
	}
}

// sentenceWith is the articles' first sentence that holds part.
func sentenceWith(t *testing.T, m *Matcher, part string) *knowledge.Sentence {
	t.Helper()
	for _, s := range m.base.Sentences {
		if strings.Contains(s.Text, part) {
			return s
		}
	}
	t.Fatalf("no sentence holds %q", part)
	return nil
}
