package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citebot/citebot/cmd/citebot/internal/score"
)

// scorePy is the reference scorer, beside the repository as in CI.
const scorePy = "../../../shared/eval/score.py"

// batchInput is score.py's batch_input: what it feeds `ask --json`.
func batchInput(t *testing.T, goldPath string) string {
	t.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := score.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, g := range gold {
		line, err := json.Marshal(map[string]string{"id": g.ID, "question": g.Question, "conversation": g.Conversation()})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// numbers decodes an eval --json or score.py --json result without its
// timings, which differ from run to run.
func numbers(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("%v: %q", err, s)
	}
	delete(m, "seconds")
	delete(m, "questions_per_s")
	return m
}

// TestEvalSameAsAskThenScore checks that eval in-process gives the numbers
// that scoring the output of `ask --json` gives: by eval --pred always, and
// by score.py itself when python3 and shared/ are there.
func TestEvalSameAsAskThenScore(t *testing.T) {
	const gold = "testdata/gold.jsonl"
	inproc := runCLI(t, nil, "", "eval", gold, "--json")
	if inproc.err != nil {
		t.Fatal(inproc.err)
	}
	ask := runCLI(t, nil, batchInput(t, gold), "ask", "--json")
	if ask.err != nil {
		t.Fatal(ask.err)
	}
	predFile := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(predFile, []byte(ask.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	fromPred := runCLI(t, nil, "", "eval", "--pred", predFile, "--json", gold)
	if fromPred.err != nil {
		t.Fatal(fromPred.err)
	}
	want := numbers(t, inproc.stdout)
	if got := numbers(t, fromPred.stdout); !reflect.DeepEqual(got, want) {
		t.Errorf("eval --pred on ask's output:\n%v\neval in-process:\n%v", got, want)
	}
	if want["questions"] != 6.0 {
		t.Errorf("questions = %v, want 6", want["questions"])
	}

	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed: score.py not compared")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skip("shared/eval/score.py not beside the repository")
	}
	cmd := exec.Command("python3", scorePy, "--gold", gold, "--corpus", "../../knowledge/corpus/articles", "--pred", predFile, "--json")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("score.py: %v\n%s", err, errOut.String())
	}
	if got := numbers(t, out.String()); !reflect.DeepEqual(got, want) {
		t.Errorf("score.py:\n%v\neval in-process:\n%v", got, want)
	}
}

// TestEvalPredMatchesScorePy scores fixed predictions and compares the table
// and failures with what score.py printed for them (internal/score's golden
// files).
func TestEvalPredMatchesScorePy(t *testing.T) {
	const td = "internal/score/testdata/"
	r := runCLI(t, nil, "", "eval", td+"gold.jsonl", "--corpus", td+"corpus", "--pred", td+"pred.jsonl", "--show-wrong", "100")
	if r.err != nil {
		t.Fatal(r.err)
	}
	table, err := os.ReadFile(td + "score.txt")
	if err != nil {
		t.Fatal(err)
	}
	fails, err := os.ReadFile(td + "failures.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := string(table) + string(fails); r.stdout != want {
		t.Errorf("eval printed:\n%s\nscore.py printed:\n%s", r.stdout, want)
	}
}

func TestEvalTable(t *testing.T) {
	r := runCLI(t, nil, "", "eval", "testdata/gold.jsonl", "--show-wrong", "1")
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, s := range []string{"accuracy ", "cited_right ", "false_abstain ", "oos_abstained ", "misquotes ", "short_answer ", "questions_per_s ", "variant:followup", "type:who"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("table lacks %q:\n%s", s, r.stdout)
		}
	}
}

func TestEvalBadGold(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(bad, []byte("{\"id\": \"a\", \"question\": \"q\"}\nnot json\n"), 0o644)
	os.WriteFile(empty, []byte("\n\n"), 0o644)
	for file, want := range map[string]string{
		bad:                      "bad.jsonl: line 2",
		empty:                    "holds no gold question",
		filepath.Join(dir, "no"): "no such file",
	} {
		r := runCLI(t, nil, "", "eval", file)
		if code, msg := r.status(); code != 1 || !strings.Contains(msg, want) {
			t.Errorf("%s: exit %d %q, want 1 and %q", file, code, msg, want)
		}
	}
}
