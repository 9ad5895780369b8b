package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/match"
)

// TestEmbeddedModelIsReproducible trains on PIAF as README says the
// embedded model was made and requires the same bytes: the model in the
// binary is exactly what the training command produces.
func TestEmbeddedModelIsReproducible(t *testing.T) {
	requireTrained(t, match.EmbeddedModel(), "bot/match/model.json", "train", "--hand-ranking")
}

func TestTrainUsage(t *testing.T) {
	for _, args := range [][]string{{"train", "extra"}, {"train", "--folds", "1"}, {"train", "--hide", "article"},
		{"train", "--abstain-on", "doubts"}, {"train", "--rank-features", "cov,nope"}, {"train", "--abstain-features", "para"},
		{"train", "--ranker", "forest"}, {"train", "--ranker", "gbdt", "--hand-ranking"}, {"train", "--sum-labels"}} {
		if code, msg := runCLI(t, nil, "", args...).status(); code != 2 || !strings.Contains(msg, "train") {
			t.Errorf("%v: exit %d %q, want a usage error", args, code, msg)
		}
	}
	r := runCLI(t, nil, "", "train", "--piaf", t.TempDir())
	if code, msg := r.status(); code != 1 || !strings.Contains(msg, "questions.jsonl") {
		t.Errorf("missing PIAF: exit %d %q", code, msg)
	}
}

// TestFeatureMask reads --rank-features lists: every feature for none, the
// named ones otherwise.
func TestFeatureMask(t *testing.T) {
	names := []string{"bm25", "cov", "para"}
	for _, tc := range []struct {
		list string
		want []float64
	}{
		{"", []float64{1, 1, 1}},
		{"para", []float64{0, 0, 1}},
		{"cov,bm25", []float64{1, 1, 0}},
	} {
		got, err := featureMask(tc.list, names)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, %v; want %v", tc.list, got, err, tc.want)
		}
	}
	if _, err := featureMask("cov,", names); err == nil {
		t.Error(`"cov,": accepted an empty name`)
	}
}
