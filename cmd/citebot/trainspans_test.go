package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/match"
)

// TestEmbeddedSpanModelIsReproducible trains the span model on PIAF as
// README says it was made and requires the same bytes: the span model in
// the binary is exactly what the training command produces.
func TestEmbeddedSpanModelIsReproducible(t *testing.T) {
	requireTrained(t, match.EmbeddedSpanModel(), "bot/match/spanmodel.json", "train-spans")
}

// requireTrained runs a training command (args, then --piaf and --write)
// on PIAF and requires the bytes it writes to be the embedded file's.
func requireTrained(t *testing.T, embedded []byte, file string, args ...string) {
	t.Helper()
	const piaf = "../../../shared/data/piaf"
	if _, err := os.Stat(filepath.Join(piaf, "questions.jsonl")); err != nil {
		t.Skip("PIAF not beside the repository:", err)
	}
	if raceEnabled {
		t.Skip("minutes under the race detector; .ci/run runs it without")
	}
	out := filepath.Join(t.TempDir(), filepath.Base(file))
	r := runCLI(t, nil, "", append(args, "--piaf", piaf, "--write", out)...)
	if r.err != nil {
		t.Fatal(r.err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, embedded) {
		t.Errorf("%s differs from what training gives: run citebot %s --write %s\ntrained:\n%s",
			file, strings.Join(args, " "), file, got)
	}
}

func TestTrainSpansUsage(t *testing.T) {
	for _, args := range [][]string{{"train-spans", "extra"}, {"train-spans", "--folds", "1"}} {
		if code, msg := runCLI(t, nil, "", args...).status(); code != 2 || !strings.Contains(msg, "train-spans") {
			t.Errorf("%v: exit %d %q, want a usage error", args, code, msg)
		}
	}
	r := runCLI(t, nil, "", "train-spans", "--piaf", t.TempDir())
	if code, msg := r.status(); code != 1 || !strings.Contains(msg, "questions.jsonl") {
		t.Errorf("missing PIAF: exit %d %q", code, msg)
	}
}

// TestThresholdReachesPrecision checks the threshold choice on answers
// whose hits are known: the lowest probability at which the answers
// above it hold a gold answer spanPrecision of the time.
func TestThresholdReachesPrecision(t *testing.T) {
	type given struct {
		p   float64
		hit bool
	}
	of := func(g given) (float64, bool) { return g.p, g.hit }
	var xs []given
	for i := range 50 {
		xs = append(xs, given{0.99 - float64(i)*0.01, true})
	}
	xs = append(xs, given{0.40, false}, given{0.39, true}, given{0.30, false}, given{0.20, false}, given{0.10, false}, given{0.05, false})
	if got := threshold(xs, of); got != 0.20 {
		t.Errorf("threshold %v, want 0.20 (51 of 54 right from it, 51 of 55 below)", got)
	}
	if got := threshold([]given{{0.9, false}, {0.8, false}}, of); got != 1 {
		t.Errorf("no precise answer: threshold %v, want 1", got)
	}
}
