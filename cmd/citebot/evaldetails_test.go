package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalReliabilityAndFolds runs eval in-process on the bundled articles
// with both extra tables, and checks that the reply's confidence reaches
// the reliability table and every fold gets a row.
func TestEvalReliabilityAndFolds(t *testing.T) {
	r := runCLI(t, nil, "", "eval", "testdata/gold.jsonl", "--reliability", "--folds", "3")
	if r.err != nil {
		t.Fatal(r.err)
	}
	table, details, ok := strings.Cut(r.stdout, "reliability (")
	if !ok || !strings.Contains(table, "cited_right ") {
		t.Fatalf("no score table then reliability table:\n%s", r.stdout)
	}
	if strings.Contains(details, "0.0–0.1    ") && !strings.Contains(details, "0.1–0.2") {
		t.Errorf("every answer binned at confidence 0: confidence not read\n%s", details)
	}
	for _, s := range []string{"ECE ", "folds (answerable", "\n     0 ", "\n     1 ", "\n     2 "} {
		if !strings.Contains(details, s) {
			t.Errorf("details lack %q:\n%s", s, details)
		}
	}
}

// TestEvalPredConfidence checks that --pred reads each answer line's
// confidence into the reliability table.
func TestEvalPredConfidence(t *testing.T) {
	dir := t.TempDir()
	gold := dir + "/gold.jsonl"
	pred := dir + "/pred.jsonl"
	for file, text := range map[string]string{
		gold: `{"id": "1", "question": "q", "article": null}`,
		pred: `{"id": "1", "answered": true, "confidence": 0.42, "citations": []}`,
	} {
		if err := os.WriteFile(file, []byte(text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runCLI(t, nil, "", "eval", gold, "--pred", pred, "--reliability")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if !strings.Contains(r.stdout, "0.4–0.5           1       0      0.000             0.420") {
		t.Errorf("confidence 0.42 not binned:\n%s", r.stdout)
	}
}

// TestModelOptionsThesaurus checks that eval --model answers with the
// thesaurus a model weighs, and refuses to answer without it rather than
// measure another model.
func TestModelOptionsThesaurus(t *testing.T) {
	data, err := os.ReadFile("../../bot/match/model.json")
	if err != nil {
		t.Fatal(err)
	}
	var model map[string]any
	if err := json.Unmarshal(data, &model); err != nil {
		t.Fatal(err)
	}
	model["rank"].(map[string]any)["thesaurus"] = 0.3
	weighed, err := json.Marshal(model)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	withThesaurus := filepath.Join(dir, "thesaurus.json")
	if err := os.WriteFile(withThesaurus, weighed, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "none.dat")
	const installed = "../../knowledge/lexres/testdata/thes.dat"
	for _, c := range []struct {
		name, model, thesaurus string
		wantThesaurus          bool
		wantErr                string
	}{
		{"embedded", "", missing, false, ""},
		{"model without the thesaurus", "../../bot/match/model.json", missing, false, ""},
		{"model with it, installed", withThesaurus, installed, true, ""},
		{"model with it, not installed", withThesaurus, missing, false, "apt-get install mythes-fr"},
	} {
		opts, err := modelOptions(c.model, c.thesaurus)
		switch {
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.wantErr)
		case c.wantErr == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case (opts.Thesaurus != nil) != c.wantThesaurus:
			t.Errorf("%s: thesaurus loaded %v, want %v", c.name, opts.Thesaurus != nil, c.wantThesaurus)
		}
	}
}
