package match

import (
	"reflect"
	"strings"
	"testing"
)

// testForest is two small trees: a stump on the question's kind, and a
// tree of depth 2 on coverage then the linear score.
func testForest() Forest {
	return NewForest([]Tree{
		{{Feature: int32(TreeKind + int(kindDate)), Threshold: 0.5, Left: 1, Right: 2}, {Value: -0.25}, {Value: 0.5}},
		{
			{Feature: FeatCov, Threshold: 0.4, Left: 1, Right: 2},
			{Value: -1},
			{Feature: TreeLinear, Threshold: 2, Left: 3, Right: 4},
			{Value: 0.125},
			{Value: 1.5},
		},
	})
}

func TestForestScore(t *testing.T) {
	fo := testForest()
	for _, tc := range []struct {
		name      string
		date      bool
		cov, lin  float64
		wantScore float64
	}{
		{"low coverage", false, 0.3, 5, -0.25 - 1},
		{"at the threshold goes left", false, 0.4, 5, -0.25 - 1},
		{"a date, high coverage, low score", true, 0.9, 1, 0.5 + 0.125},
		{"a date, high coverage, high score", true, 0.9, 2.5, 0.5 + 1.5},
	} {
		var f TreeFeatures
		f[FeatCov], f[TreeLinear] = tc.cov, tc.lin
		if tc.date {
			f[TreeKind+int(kindDate)] = 1
		}
		if got := fo.Score(f[:]); got != tc.wantScore {
			t.Errorf("%s: score %v, want %v", tc.name, got, tc.wantScore)
		}
		all := []float64{1, 2}
		addScores(fo, []TreeFeatures{{}, f}, all)
		if all[1] != 2+tc.wantScore || all[0] != 1+fo.Score(make([]float64, NumTreeFeatures)) {
			t.Errorf("%s: addScores added %v, want %v to 2", tc.name, all, tc.wantScore)
		}
	}
	if u := fo.uses(); !u[FeatCov] || u[FeatBM25] {
		t.Errorf("uses %v: want coverage alone among the ranking features", u)
	}
}

func TestTreeFeatureNames(t *testing.T) {
	seen := map[string]bool{}
	for i, n := range TreeFeatureNames {
		if n == "" || seen[n] {
			t.Errorf("feature %d: name %q empty or repeated", i, n)
		}
		seen[n] = true
	}
	if TreeFeatureNames[TreeKind+int(kindDate)] != "kind_date" || TreeFeatureNames[FeatCov] != "cov" {
		t.Errorf("names %v", TreeFeatureNames)
	}
}

func TestModelWithTreesRoundTrip(t *testing.T) {
	w := DefaultWeights()
	w.Trees = testForest()
	data, err := ModelOf(w, "test").Marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseModel(data, DefaultWeights())
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if !reflect.DeepEqual(got.Trees, w.Trees) {
		t.Fatalf("trees back %v\nwant %v", got.Trees.Trees(), w.Trees.Trees())
	}
	// One tree a line.
	if !strings.Contains(string(data), "\n    [{\"feature\":\"kind_date\",\"threshold\":0.5,\"left\":1,\"right\":2},{\"value\":-0.25},{\"value\":0.5}],\n") {
		t.Errorf("model file:\n%s", data)
	}
	none, _ := ModelOf(DefaultWeights(), "test").Marshal()
	if strings.Contains(string(none), "trees") {
		t.Errorf("a model without trees names them:\n%s", none)
	}
}

func TestParseModelTreeErrors(t *testing.T) {
	good, err := ModelOf(DefaultWeights(), "test").Marshal()
	if err != nil {
		t.Fatal(err)
	}
	withTrees := func(trees string) string {
		return strings.Replace(string(good), `"threshold": 0`, `"trees": `+trees+`, "threshold": 0`, 1)
	}
	if _, err := ParseModel([]byte(withTrees(`[[{"feature":"cov","threshold":0.5,"left":1,"right":2},{"value":1},{}]]`)), DefaultWeights()); err != nil {
		t.Fatalf("a good tree refused: %v", err)
	}
	for name, trees := range map[string]string{
		"empty tree":      `[[]]`,
		"unknown feature": `[[{"feature":"cow","left":1,"right":2},{},{}]]`,
		"child before":    `[[{"value":1},{"feature":"cov","left":0,"right":1}]]`,
		"self loop":       `[[{"feature":"cov","left":0,"right":0}]]`,
		"child outside":   `[[{"feature":"cov","left":1,"right":5},{},{}]]`,
		"leaf with child": `[[{"left":1},{}]]`,
		"split value":     `[[{"feature":"cov","left":1,"right":2,"value":3},{},{}]]`,
		"huge value":      `[[{"value":1e999}]]`,
	} {
		if _, err := ParseModel([]byte(withTrees(trees)), DefaultWeights()); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestTreesRerankTheBest ranks seed questions with a forest that favours
// candidates found late by the search: the matcher's best must be the
// best of the TreeCandidates best by the weighted sum, with the trees'
// score added, and differ from the weighted sum's for some question.
func TestTreesRerankTheBest(t *testing.T) {
	base := seedBase(t)
	hand := DefaultWeights()
	trees := hand
	trees.Trees = NewForest([]Tree{{{Feature: TreeSearchRank, Threshold: 0.5, Left: 1, Right: 2}, {Value: 0}, {Value: 1.5}}})
	plain, boosted := NewWith(base, Options{Weights: &hand}), NewWith(base, Options{Weights: &trees})
	changed := 0
	for _, q := range []string{
		"Qui est Lu Wei ?", "Combien de temps a duré la conférence ?", "Où se tient le forum ?",
		"Qu'a dit Emmanuel Macron ?", "Quand a été lancé l'appel de Paris ?", "Quels pays n'ont pas signé ?",
		"Quels gouvernements étaient représentés ?", "Que pensent les industriels ?", "Qui bloque des sites ?",
		"Combien de pays composent le G8 ?", "Le Japon était-il représenté ?", "Qui a organisé le sommet Govtech ?",
	} {
		ex := plain.Explain(q)
		if len(ex.Candidates) == 0 {
			continue
		}
		best, bestScore := 0, 0.0
		for j, c := range ex.Candidates[:min(len(ex.Candidates), hand.TreeCandidates)] {
			s := c.Score + trees.Trees.Score(c.Tree[:])
			if j == 0 || s > bestScore {
				best, bestScore = j, s
			}
		}
		got := boosted.Explain(q)
		if got.Candidates[0].Sentence != ex.Candidates[best].Sentence {
			t.Errorf("%q: best %q, want %q", q, got.Candidates[0].Sentence.Text, ex.Candidates[best].Sentence.Text)
		}
		if best != 0 {
			changed++
		}
	}
	if changed == 0 {
		t.Error("the trees changed no question's best candidate: the test proves nothing")
	}
}
