package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestCredit(t *testing.T) {
	for _, c := range []struct {
		scores []float64
		gold   int
		want   float64
	}{
		{[]float64{1, 3, 2}, 1, 1},
		{[]float64{1, 3, 3}, 1, 0.5},
		{[]float64{1, 3, 2}, 2, 0},
		{[]float64{0, 0, 0, 0}, 0, 0.25},
	} {
		if got := credit(c.scores, c.gold); got != c.want {
			t.Errorf("credit(%v, %d) = %v, want %v", c.scores, c.gold, got, c.want)
		}
	}
}

// TestEmbeddedTableIsReproducible trains Model 1 on PIAF as
// `go run ./tools/paraphrase -write` does and requires the bytes embedded
// in knowledge/lexres.
func TestEmbeddedTableIsReproducible(t *testing.T) {
	const piaf = "../../../shared/data/piaf"
	if _, err := os.Stat(filepath.Join(piaf, "questions.jsonl")); err != nil {
		t.Skip("PIAF not beside the repository:", err)
	}
	out := filepath.Join(t.TempDir(), "model1.tsv")
	if err := run([]string{"-piaf", piaf, "-write", out}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../knowledge/lexres/data/model1.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("knowledge/lexres/data/model1.tsv (%d bytes) differs from what training gives (%d bytes): run go run ./tools/paraphrase -write knowledge/lexres/data/model1.tsv", len(want), len(got))
	}
}
