package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestQuizJSON: `citebot quiz --json -n 5` prints five items, one JSON
// object a line, with the fields of the issue.
func TestQuizJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"quiz", "--json", "-n", "5"}, func(string) string { return "" }, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines:\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		var it struct {
			ID       string   `json:"id"`
			Question string   `json:"question"`
			Options  []string `json:"options"`
			Answer   *int     `json:"answer"`
			Kind     string   `json:"kind"`
			Citation struct {
				Article   string `json:"article"`
				Paragraph int    `json:"paragraph"`
				Sentence  int    `json:"sentence"`
				Quote     string `json:"quote"`
			} `json:"citation"`
		}
		if err := json.Unmarshal([]byte(l), &it); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if it.ID == "" || it.Question == "" || len(it.Options) < 3 || it.Answer == nil || *it.Answer >= len(it.Options) ||
			it.Kind == "" || it.Citation.Article == "" || it.Citation.Paragraph < 1 || it.Citation.Sentence < 1 || it.Citation.Quote == "" {
			t.Errorf("incomplete item %s", l)
		}
	}
}

func TestQuizFlags(t *testing.T) {
	for _, args := range [][]string{{"quiz", "-n", "-1"}, {"quiz", "extra"}, {"quiz", "--article", "nope"}} {
		var out, errOut bytes.Buffer
		if err := run(context.Background(), args, func(string) string { return "" }, strings.NewReader(""), &out, &errOut); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"quiz", "--stats"}, func(string) string { return "" }, strings.NewReader(""), &out, &out); err != nil || !strings.Contains(out.String(), "total") {
		t.Errorf("--stats: %v %s", err, out.String())
	}
}
