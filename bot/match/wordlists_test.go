package match

import (
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

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

// TestSpanWordClasses checks that the span word lists merged in one map
// (spanWords.class) give each word of the seed articles the classes of the
// lists that hold it, and no other.
func TestSpanWordClasses(t *testing.T) {
	base := seedBase(t)
	n := 0
	for _, s := range base.Sentences {
		for _, tok := range french.Segment(s.Text) {
			f, c := tok.Fold, spanWords.class[tok.Fold]
			for bit, list := range map[wordClass]map[string]bool{
				classPrep: spanWords.prepositions, classDet: spanWords.determiners,
				classVerb: spanWords.verbs, classBadStart: spanWords.badStart,
			} {
				if (c&bit != 0) != list[f] {
					t.Errorf("%q: class %b, list of class %b holds it: %v", f, c, bit, list[f])
				}
			}
			if c != 0 {
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("%d words of the seed articles in the span word lists, want most function words", n)
	}
}
