package match

import (
	"strings"
	"testing"
)

// TestNameStoodForByAnAlternative: a name the question gives is near a
// sentence that says it by an alternative of its words (« la délégation
// américaine » for « les États-Unis »), not only by a mention the
// extractor linked.
func TestNameStoodForByAnAlternative(t *testing.T) {
	m := New(seedBase(t))
	ex := m.Explain("Qui était à la tête des représentants des États-Unis lors de la conférence du G8 de Paris ?")
	for _, c := range ex.Candidates {
		if strings.Contains(c.Sentence.Text, "chef de la délégation américaine") {
			if c.Features[FeatNameMissing] != 0 {
				t.Errorf("%q: a name of the question missing", c.Sentence.Text)
			}
			return
		}
	}
	t.Fatal("the sentence naming the American delegation's head is not a candidate")
}
