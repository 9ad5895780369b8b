package match

import "testing"

// TestKindIndexLists guards the list names the matcher asks
// french.MarkedWords for: a misspelt name would give an empty list.
func TestKindIndexLists(t *testing.T) {
	ix := newKindIndex()
	for name, list := range map[string]map[string]bool{
		"followUps": ix.followUps, "afterCest": ix.afterCest,
		"prepositions": ix.prepositions, "interrogatives": ix.interrogatives, "afterQuel": ix.afterQuel,
		"yesNoWords.wh": yesNoWords.wh, "yesNoWords.negation": yesNoWords.negation,
		"yesNoWords.negationEnd": yesNoWords.negationEnd, "yesNoWords.contrary": yesNoWords.contrary,
		"summary": matchWords.summary, "doVerbs": matchWords.doVerbs, "objectSkip": matchWords.objectSkip,
		"notObject": matchWords.notObject, "relatives": matchWords.relatives, "appointed": matchWords.appointed,
		"clauseOpeners": matchWords.clauseOpeners, "nameGlue": matchWords.nameGlue,
		"spanWords.verbs": spanWords.verbs, "spanWords.prepositions": spanWords.prepositions,
		"spanWords.determiners": spanWords.determiners, "spanWords.badStart": spanWords.badStart,
	} {
		if len(list) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	if len(namingPrefixes) == 0 {
		t.Error("namingPrefixes is empty")
	}
}
