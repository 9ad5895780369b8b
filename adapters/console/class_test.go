package console_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/adapters/classtest"
)

// prompt marks, in the console's output, where each reply begins.
const prompt = "§>"

// TestClassSession runs the whole class through the console, the way a
// teacher with a shared keyboard would: each student types /eleve and asks,
// then gives their opinion; the teacher ends and exports the session, which
// the console writes to disk.
func TestClassSession(t *testing.T) {
	b := classtest.NewBot(t)

	// The class happens one line at a time, so that each vote follows the
	// answer it is about.
	dir := t.TempDir()
	say, quit := chat(t, b, dir)
	if r := say("/session start " + classtest.Title); !strings.Contains(r, "Séance « "+classtest.Title+" » ouverte") {
		t.Fatalf("start: %s", r)
	}
	seen := make([]classtest.Observed, len(classtest.Script))
	for i, q := range classtest.Script {
		say("/eleve " + q.Student)
		r := say(q.Question)
		seen[i] = classtest.Observe(r)
		if seen[i].Answered != strings.Contains(r, "/bien ou /faux") {
			t.Errorf("question %d: feedback offered %v, answered %v:\n%s", i+1, !seen[i].Answered, seen[i].Answered, r)
		}
		if q.Vote != 0 && seen[i].Answered {
			cmd := map[int]string{1: "/bien", -1: "/faux"}[q.Vote]
			if v := say(cmd); !strings.Contains(v, "Merci") {
				t.Errorf("question %d: %s: %s", i+1, cmd, v)
			}
			seen[i].Voted = q.Vote
		}
	}
	say("/eleve")
	summary := say("/session fin")
	for _, want := range []string{"Bilan de la séance", "Questions posées : 20 par 5 élève(s)", "Qui est Barack Obama ?", "Articles les plus cités"} {
		if !strings.Contains(summary, want) {
			t.Errorf("the summary lacks %q:\n%s", want, summary)
		}
	}
	if r := say("/session export"); !strings.Contains(r, "Fichier écrit : ") {
		t.Fatalf("export: %s", r)
	}
	quit()
	csvs, _ := filepath.Glob(filepath.Join(dir, "citebot-seance-*.csv"))
	mds, _ := filepath.Glob(filepath.Join(dir, "citebot-seance-*.md"))
	if len(csvs) != 1 || len(mds) != 1 {
		t.Fatalf("export files %v %v, want one CSV and one Markdown", csvs, mds)
	}
	csvData, _ := os.ReadFile(csvs[0])
	md, _ := os.ReadFile(mds[0])
	classtest.Check(t, seen, csvData, md)
	if strings.Contains(string(csvData), "Lina") {
		t.Errorf("a student's name is in the export although names were not turned on")
	}
}
