package knowledge

import "testing"

// TestExtractorListsLoaded guards the list names the extractors ask
// french.ExtractorWords for: a misspelt name would give an empty list.
func TestExtractorListsLoaded(t *testing.T) {
	lists := map[string]map[string]bool{
		"exOrgHeads": exOrgHeads, "exOrgTails": exOrgTails, "exNameConnectors": exNameConnectors,
		"exNotAcronyms": exNotAcronyms, "exWeakRoles": exWeakRoles, "exRoleStops": exRoleStops,
		"exRoleConnectors": exRoleConnectors, "exAux": exAux, "exDeterminers": exDeterminers,
		"exDocuments": exDocuments, "exSubjectPronouns": exSubjectPronouns,
	}
	for name, set := range lists {
		if len(set) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
}
