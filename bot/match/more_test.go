package match

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge"
)

// TestMoreNamesTheAnswer: when the answer is someone or something, a
// further source (/plus) from another article names it; a sentence there
// on the same topic that does not is no evidence for the answer (« Qui a
// qualifié Internet de force du bien ? » was offered a sentence on
// Macron's regulation of the Internet).
func TestMoreNamesTheAnswer(t *testing.T) {
	base := seedBase(t)
	m := New(base)
	for _, q := range append([]string{
		"Qui a qualifié Internet de force du bien ?",
		"Quel chef du gouvernement du Royaume-Uni a présenté le réseau mondial comme une influence positive ?",
		"Qui s'est exprimé au nom des entreprises américaines lors de la rencontre parisienne du G8 ?",
		"Quel ministre a prévenu, en ouvrant les travaux, que la réunion londonienne différait d'une rencontre classique entre États ?",
		"Dans quelle ville la conférence sur le cyberespace a-t-elle lieu ?",
		"Quel pays représente un quart des utilisateurs d'Internet ?",
	}, seedQuestions...) {
		a := m.Answer(q, nil)
		ents := base.EntitiesNamed(knowledge.FoldName(a.Short))
		if !a.Answered || len(ents) == 0 {
			continue
		}
		for _, s := range a.More {
			if s.Article != a.Sentences[0].Article && !slices.ContainsFunc(ents, func(e *knowledge.Entity) bool { return base.Mentions(s, e) }) {
				t.Errorf("%q (answer %s): further source does not name it: %q", q, a.Short, s.Text)
			}
		}
	}
}
