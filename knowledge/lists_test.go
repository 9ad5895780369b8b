package knowledge

import "testing"

// TestCleanerListsLoaded guards the list names the splitter and the title
// cleaner ask french.MarkedWords for: a misspelt name would give an empty
// list.
func TestCleanerListsLoaded(t *testing.T) {
	lists := map[string]map[string]bool{
		"abbreviations": abbreviations(), "numberAbbreviations": numberAbbreviations(),
		"leadVerbs": leadVerbs(), "titleLinkWords": titleLinkWords(),
	}
	for name, set := range lists {
		if len(set) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
}
