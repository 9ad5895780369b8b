package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/match"
)

// TestEmbeddedModelIsReproducible trains on PIAF as README says the
// embedded model was made and requires the same bytes: the model in the
// binary is exactly what the training command produces.
func TestEmbeddedModelIsReproducible(t *testing.T) {
	const piaf = "../../../shared/data/piaf"
	if _, err := os.Stat(filepath.Join(piaf, "questions.jsonl")); err != nil {
		t.Skip("PIAF not beside the repository:", err)
	}
	if raceEnabled {
		t.Skip("minutes under the race detector; .ci/run runs it without")
	}
	out := filepath.Join(t.TempDir(), "model.json")
	r := runCLI(t, nil, "", "train", "--piaf", piaf, "--hand-ranking", "--write", out)
	if r.err != nil {
		t.Fatal(r.err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, match.EmbeddedModel()) {
		t.Errorf("bot/match/model.json differs from what training gives: run citebot train --hand-ranking --write bot/match/model.json\ntrained:\n%s", got)
	}
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
