package main

import (
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
	for _, args := range [][]string{{"train", "extra"}, {"train", "--folds", "1"}} {
		if code, msg := runCLI(t, nil, "", args...).status(); code != 2 || !strings.Contains(msg, "train") {
			t.Errorf("%v: exit %d %q, want a usage error", args, code, msg)
		}
	}
	r := runCLI(t, nil, "", "train", "--piaf", t.TempDir())
	if code, msg := r.status(); code != 1 || !strings.Contains(msg, "questions.jsonl") {
		t.Errorf("missing PIAF: exit %d %q", code, msg)
	}
}
