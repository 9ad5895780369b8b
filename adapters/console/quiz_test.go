package console_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/citebot/citebot/adapters/classtest"
	"github.com/citebot/citebot/quiz"
)

// TestClassQuiz runs a class quiz through the console on SQLite: the
// teacher asks two items, three students answer by number (one tries to
// answer twice), /score ranks them, and the summary and both exports
// count exactly what happened.
func TestClassQuiz(t *testing.T) {
	b := classtest.NewBot(t)
	g, err := b.Quizzes()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	say, quit := chat(t, b, dir)
	if r := say("/session start Quiz du lundi"); !strings.Contains(r, "ouverte") {
		t.Fatalf("start: %s", r)
	}
	// asked finds the item a /quiz reply shows.
	asked := func(r string) quiz.Item {
		t.Helper()
		for _, it := range g.Items() {
			if strings.Contains(r, it.Question+"\n  1. "+it.Options[0]+"\n") {
				if !strings.Contains(r, "compte pour la séance") {
					t.Errorf("the quiz does not say it counts for the session:\n%s", r)
				}
				return it
			}
		}
		t.Fatalf("no item in the reply:\n%s", r)
		return quiz.Item{}
	}
	choice := func(it quiz.Item, right bool) string {
		if right {
			return strconv.Itoa(it.Answer + 1)
		}
		return strconv.Itoa((it.Answer+1)%len(it.Options) + 1)
	}
	answer := func(student string, it quiz.Item, right bool) {
		t.Helper()
		say("/eleve " + student)
		r := say(choice(it, right))
		want := "Ce n'est pas cela"
		if right {
			want = "Bonne réponse"
		}
		if !strings.Contains(r, "Réponse enregistrée pour la séance") || !strings.Contains(r, want) {
			t.Errorf("%s's answer (right %v):\n%s", student, right, r)
		}
	}

	first := asked(say("/quiz 1"))
	answer("Lina", first, true)
	answer("Malik", first, true)
	answer("Zoé", first, false)
	say("/eleve Lina")
	if r := say(choice(first, false)); !strings.Contains(r, "déjà répondu") {
		t.Errorf("a second answer to the same item:\n%s", r)
	}
	say("/eleve")
	second := asked(say("/quiz 2"))
	if second.ID == first.ID {
		t.Fatal("the same item twice")
	}
	answer("Lina", second, true)
	answer("Malik", second, false)

	say("/eleve Zoé")
	score := say("/score")
	for _, want := range []string{
		"(2 question(s), 5 réponse(s))", "1. élève 1 — 2/2", "2. élève 2 — 1/2", "3. élève 3 — 0/1", "Vous êtes élève 3 : 0 bonne(s) réponse(s) sur 1.",
	} {
		if !strings.Contains(score, want) {
			t.Errorf("/score lacks %q:\n%s", want, score)
		}
	}
	say("/eleve")
	summary := say("/session fin")
	for _, want := range []string{"Quiz : 2 question(s), 5 réponse(s), 3 juste(s) (60 %)", "2/3 juste(s) (67 %)", "1/2 juste(s) (50 %)",
		"Meilleurs scores : 1. élève 1 (2/2)"} {
		if !strings.Contains(summary, want) {
			t.Errorf("the summary lacks %q:\n%s", want, summary)
		}
	}
	if r := say("/session export"); strings.Count(r, "Fichier écrit : ") != 3 {
		t.Fatalf("export: %s", r)
	}
	quit()

	quizCSV, _ := filepath.Glob(filepath.Join(dir, "citebot-quiz-*.csv"))
	mds, _ := filepath.Glob(filepath.Join(dir, "citebot-seance-*.md"))
	if len(quizCSV) != 1 || len(mds) != 1 {
		t.Fatalf("export files %v %v", quizCSV, mds)
	}
	data, _ := os.ReadFile(quizCSV[0])
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		it                   quiz.Item
		answers, right, rate string
	}{{first, "3", "2", "0.667"}, {second, "2", "1", "0.500"}}
	if len(rows) != 1+len(want) {
		t.Fatalf("quiz CSV has %d rows, want a header and %d", len(rows), len(want))
	}
	for i, w := range want {
		r := rows[i+1]
		if r[2] != w.it.ID || r[3] != w.it.Question || r[4] != w.it.Right() || r[5] != w.answers || r[6] != w.right || r[7] != w.rate ||
			r[8] != w.it.Citation.Article || r[11] != w.it.Citation.Quote {
			t.Errorf("quiz CSV row %d = %q; want item %s, %s answers, %s right, rate %s", i+1, r, w.it.ID, w.answers, w.right, w.rate)
		}
	}
	md, _ := os.ReadFile(mds[0])
	for _, want := range []string{"## Quiz", "| 3 | 2 | 67 % |", "| 2 | 1 | 50 % |", "### Classement du quiz", "1. élève 1 — 2/2", "3. élève 3 — 0/1"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the Markdown export lacks %q", want)
		}
	}
	if strings.Contains(string(md), "Lina") {
		t.Error("a student's name is in the export although names were not turned on")
	}
}
