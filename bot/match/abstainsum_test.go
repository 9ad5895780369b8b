package match

import "testing"

// TestAbstentionReadsTheSum checks that ranking trees change which
// sentence is cited but not what the abstention reads (bySum): the
// features of the best by the weighted sum, its doubts included.
func TestAbstentionReadsTheSum(t *testing.T) {
	base := seedBase(t)
	plain := LearnedWeights()
	plain.Trees = Forest{}
	// One stump that puts the search's later candidates first.
	trees := plain
	trees.Trees = NewForest([]Tree{{{Feature: TreeSearchRank, Threshold: 0.1, Left: 1, Right: 2}, {Value: -50}, {Value: 50}}})
	without, with := NewWith(base, Options{Weights: &plain}), NewWith(base, Options{Weights: &trees})
	moved := 0
	for _, q := range []string{
		"Dans quelle ville se réunit la conférence sur le cyberespace ?",
		"Quel vice-président américain a repris les propos de David Cameron ?",
		"Combien de pays sont représentés ?",
		"Qui dirige Amnesty International ?",
	} {
		a, b := without.Explain(q), with.Explain(q)
		if len(a.Candidates) < 2 || len(b.Candidates) != len(a.Candidates) {
			t.Fatalf("%q: %d and %d candidates, want the same, two or more", q, len(a.Candidates), len(b.Candidates))
		}
		if a.Candidates[0].Sentence != b.Candidates[0].Sentence {
			moved++
		}
		for i := range a.Abstain {
			if a.Abstain[i] != b.Abstain[i] {
				t.Errorf("%q: abstention feature %s %v with the trees, %v without", q, AbstainFeatureNames[i], b.Abstain[i], a.Abstain[i])
			}
		}
	}
	if moved == 0 {
		t.Error("the trees cite the same sentences: the test tests nothing")
	}
}
