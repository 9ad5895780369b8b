package match

import (
	"testing"

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
