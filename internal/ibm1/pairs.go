package ibm1

import (
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge/french"
)

// Words are the keys Model 1 is trained and looked up on: the Snowball
// stems of a text's content words (compound parts left out), as the
// matcher stems a question's words.
func Words(text string) []string {
	var out []string
	for _, t := range french.Analyze(text) {
		if !t.Part {
			out = append(out, t.Stem)
		}
	}
	return out
}

// AnswerSentence returns the index of the one text that holds a gold
// answer (as score.py's contains tests it), or -1 when none or several do:
// then the answering sentence is not known for sure and the question makes
// no training pair.
func AnswerSentence(texts []string, answers []string) int {
	found := -1
	for i, t := range texts {
		if HoldsAnswer(t, answers) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// HoldsAnswer reports whether text holds one of the answers as a run of
// whole words, case and accents ignored.
func HoldsAnswer(text string, answers []string) bool {
	h := " " + strings.Join(normTokens(text), " ") + " "
	for _, a := range answers {
		if n := strings.Join(normTokens(a), " "); n != "" && strings.Contains(h, " "+n+" ") {
			return true
		}
	}
	return false
}

// normTokens is score.py's norm_tokens: folded runs of letters and digits.
func normTokens(s string) []string {
	return strings.FieldsFunc(french.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}
