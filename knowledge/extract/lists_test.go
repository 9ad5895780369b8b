package extract

import "testing"

// TestExtractorListsLoaded guards the list names the extractors ask
// french.ExtractorWords and french.NumberWords for: a misspelt name would
// give an empty list.
func TestExtractorListsLoaded(t *testing.T) {
	lists := map[string]map[string]bool{
		"exOrgHeads": exOrgHeads, "exOrgTails": exOrgTails, "exNameConnectors": exNameConnectors,
		"exNotAcronyms": exNotAcronyms, "exWeakRoles": exWeakRoles, "exRoleStops": exRoleStops,
		"exRoleConnectors": exRoleConnectors, "exAux": exAux, "exDeterminers": exDeterminers,
		"exDocuments": exDocuments, "exSubjectPronouns": exSubjectPronouns,
		"exObjectPronouns": exObjectPronouns, "exNamePrepositions": exNamePrepositions,
		"exClauseConjunctions": exClauseConjunctions, "exTermArticles": exTermArticles,
	}
	for name, set := range lists {
		if len(set) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	values := map[string]map[string]float64{"exNumberWords": exNumberWords, "exScales": exScales, "exApprox": exApprox, "exFractions": exFractions}
	for name, m := range values {
		if len(m) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	if len(exQualifiers) == 0 {
		t.Error("exQualifiers is empty")
	}
}
