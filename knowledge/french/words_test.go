package french

import (
	"strings"
	"testing"
)

func TestWordLists(t *testing.T) {
	tests := []struct {
		name string
		is   func(string) bool
		yes  []string
		no   []string
	}{
		{"IsNameTitle", IsNameTitle, []string{"m", "mme", "dr", "sir"}, []string{"president", "monsieur", "", "M"}},
		{"IsSpeechVerb", IsSpeechVerb, []string{"affirme", "declare"}, []string{"maison", ""}},
		// Marked stop words and the extra list are function words; an
		// unmarked stop word is not, and the marker is not a word.
		{"IsFunctionWord", IsFunctionWord, []string{"au", "ou", "qu'", "comment", "contre", "vers"}, []string{"ici", "etant", "function", "maison", ""}},
		{"IsStopWord", IsStopWord, []string{"au", "ici", "etant"}, []string{"function", "au\tfunction", "comment"}},
		// The two marks of question_speech_verbs.tsv are two lists.
		{"IsQuoteVerb", IsQuoteVerb, []string{"dit", "pense", "promis"}, []string{"lance", "quote", ""}},
		{"IsSpeakerVerb", IsSpeakerVerb, []string{"dit", "lance"}, []string{"pense", "speaker", ""}},
		{"IsAnaphor", IsAnaphor, []string{"il", "elles", "celui-ci"}, []string{"le", "qui", ""}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.is(w) {
				t.Errorf("%s(%q) = false", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.is(w) {
				t.Errorf("%s(%q) = true", tt.name, w)
			}
		}
	}
}

func TestExtractorWords(t *testing.T) {
	tests := []struct {
		list string
		yes  []string
		no   []string
	}{
		{"org-head", []string{"bureau", "ministere"}, []string{"international", "org-head"}},
		{"name-connector", []string{"de", "sur"}, []string{"en"}},
		{"role-connector", []string{"de", "en"}, []string{"sur"}},
		{"subject-pronoun", []string{"il", "elle", "lui"}, []string{"ils"}},
		{"no such list", nil, []string{"de", "il"}},
	}
	for _, tt := range tests {
		set := ExtractorWords(tt.list)
		for _, w := range tt.yes {
			if !set[w] {
				t.Errorf("ExtractorWords(%q) lacks %q", tt.list, w)
			}
		}
		for _, w := range tt.no {
			if set[w] {
				t.Errorf("ExtractorWords(%q) holds %q", tt.list, w)
			}
		}
	}
}

// TestMarkedWordsIsMarkedSets holds MarkedWords, which reads one list, to
// the lists markedSets reads all at once, on every marked data file.
func TestMarkedWordsIsMarkedSets(t *testing.T) {
	entries, err := dataFiles.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	lists := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".tsv") {
			continue
		}
		for list, want := range markedSets(DataLines(e.Name())) {
			got := MarkedWords(e.Name(), list)
			if len(got) != len(want) {
				t.Errorf("MarkedWords(%q, %q): %d words, markedSets %d", e.Name(), list, len(got), len(want))
			}
			for w := range want {
				if !got[w] {
					t.Errorf("MarkedWords(%q, %q) lacks %q", e.Name(), list, w)
				}
			}
			lists++
		}
	}
	if lists < 20 {
		t.Errorf("only %d lists read: the data files went missing?", lists)
	}
}
