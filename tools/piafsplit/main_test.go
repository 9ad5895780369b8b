package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunWritesSplit(t *testing.T) {
	piaf, out := t.TempDir(), t.TempDir()
	os.MkdirAll(filepath.Join(piaf, "corpus"), 0o755)
	for name, text := range map[string]string{
		"corpus/piaf000-a.txt": "Alpha.",
		"corpus/piaf001-b.txt": "Beta.",
		"questions.jsonl": `{"id": "q0", "question": "a ?", "article": "piaf000-a", "answer": ["Alpha"], "evidence": ""}
{"id": "q1", "question": "b ?", "article": "piaf001-b", "answer": ["Beta"], "evidence": ""}
`,
	} {
		if err := os.WriteFile(filepath.Join(piaf, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := run([]string{"-piaf", piaf, "-out", out}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "corpus", "piaf000-a.txt")); err != nil {
		t.Error("even article not copied:", err)
	}
	if _, err := os.Stat(filepath.Join(out, "corpus", "piaf001-b.txt")); err == nil {
		t.Error("odd article copied")
	}
	gold, err := os.ReadFile(filepath.Join(out, "questions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(gold), `"id":"q1","question":"b ?","article":null`) || !strings.Contains(string(gold), `"article":"piaf000-a"`) {
		t.Errorf("gold:\n%s", gold)
	}
	if err := run([]string{"-piaf", piaf}); err == nil {
		t.Error("no -out accepted")
	}
}
