package extract

import "testing"

// TestExtractorListsLoaded guards the list names the extractors ask
// french.ExtractorWords and french.NumberWords for: a misspelt name would
// give an empty list.
func TestExtractorListsLoaded(t *testing.T) {
	lists := map[string]map[string]bool{
		"orgHeads": orgHeads(), "orgTails": orgTails(), "nameConnectors": nameConnectors(),
		"notAcronyms": notAcronyms(), "weakRoles": weakRoles(), "roleStops": roleStops(),
		"roleConnectors": roleConnectors(), "auxiliaries": auxiliaries(), "determiners": determiners(),
		"documents": documents(), "subjectPronouns": subjectPronouns(),
		"objectPronouns": objectPronouns(), "namePrepositions": namePrepositions(),
		"clauseConjunctions": clauseConjunctions(), "termArticles": termArticles(),
	}
	for name, set := range lists {
		if len(set) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	values := map[string]map[string]float64{"numberWords": numberWords(), "scaleWords": scaleWords(), "approxWords": approxWords(), "fractionWords": fractionWords()}
	for name, m := range values {
		if len(m) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	if len(qualifiers()) == 0 {
		t.Error("qualifiers is empty")
	}
}
