package match

import (
	"testing"

	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// TestKindIndexLists checks that the compiled lists are whole tables
// (wordListsSource refuses a list name its file lacks).
func TestKindIndexLists(t *testing.T) {
	ix := newKindIndex()
	for name, list := range map[string]strtab.Table{
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
		if len(list.Strs) == 0 || !list.Valid() {
			t.Errorf("%s is empty or no valid table", name)
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
			f, c := tok.Fold, spanWords.classOf(tok.Fold)
			for bit, list := range map[wordClass]strtab.Table{
				classPrep: spanWords.prepositions, classDet: spanWords.determiners,
				classVerb: spanWords.verbs, classBadStart: spanWords.badStart,
			} {
				if (c&bit != 0) != list.Has(f) {
					t.Errorf("%q: class %b, list of class %b holds it: %v", f, c, bit, list.Has(f))
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
