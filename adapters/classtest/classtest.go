// Package classtest is a whole class session, the same for every platform's
// end-to-end test: five students ask twenty questions about the bundled
// articles (some the articles do not answer, some asked twice in other
// words), give feedback, and the teacher exports the session. A test
// plays Script through its platform, Observes each reply as the platform
// rendered it, and Checks the export against what it observed.
package classtest

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/citebot/citebot/adapters/sqlite"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

// Ask is one question of the script; Vote, when not 0, is the asker's
// feedback on the answer right after it (+1 👍, -1 👎).
type Ask struct {
	Student  string
	Question string
	Vote     int
}

// Students are the five students of the class.
var Students = []string{"Lina", "Hugo", "Chloé", "Nassim", "Emma"}

// Script is the class: twenty questions from five students.
var Script = []Ask{
	{"Lina", "Combien de pays étaient à Londres ?", +1},
	{"Hugo", "Qui est Lu Wei ?", +1},
	{"Chloé", "Qu'a dit Angela Merkel ?", 0},
	{"Nassim", "combien de pays ont participé à la conférence de Londres", +1}, // 1 again, in other words
	{"Emma", "Qui a qualifié Internet de force du bien ?", +1},
	{"Lina", "Quelle est la capitale de l'Australie ?", 0},
	{"Hugo", "Quel pays accueillera la conférence en 2012 ?", 0},
	{"Chloé", "Pourquoi le G8 appelle-t-il à la coopération ?", -1},
	{"Nassim", "Que pense Angela Merkel de la conférence ?", 0}, // 3 again
	{"Emma", "Quelle est la fonction de Lu Wei ?", 0},           // 2 again
	{"Lina", "Qui est Barack Obama ?", 0},
	{"Hugo", "Combien d'États ont signé l'appel de Paris ?", +1},
	{"Chloé", "Quel vice-président américain a repris les propos de David Cameron ?", +1},
	{"Nassim", "Dans quelle ville a eu lieu la conférence sur le cyberespace ?", -1},
	{"Emma", "Combien de pays ont signé l'appel de Paris ?", 0}, // 12 again
	{"Lina", "Qui a lancé l'appel de Paris ?", -1},
	{"Hugo", "Quelle est la capitale de l'Australie ?", 0},
	{"Chloé", "Quel pays accueillera la conférence en 2012 ?", 0}, // 7 again, word for word
	{"Nassim", "Qui est Lu Wei ?", 0},                             // 2, a third time
	{"Emma", "Qu'a dit Barack Obama ?", 0},
}

// Title is the session's title.
const Title = "Cyberespace : 3e B"

// Observed is what a platform showed for one question of the script.
type Observed struct {
	Answered bool
	Repeat   bool // "Déjà posée"
	Voted    int
}

// Observe reads a rendered reply: an answer, an abstention, a repeat.
func Observe(text string) Observed {
	abstained := strings.Contains(text, "Les articles ne parlent pas") || strings.Contains(text, "Je ne trouve pas la réponse")
	return Observed{Answered: !abstained, Repeat: strings.Contains(text, "Déjà posée")}
}

// Check compares the CSV export with what was observed, and checks that
// the class did what the script means it to: unanswered questions, and
// questions asked twice in other words found as one.
func Check(t testing.TB, seen []Observed, csvData, markdown []byte) {
	t.Helper()
	if len(seen) != len(Script) {
		t.Fatalf("%d questions observed, want %d", len(seen), len(Script))
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(csvData, []byte("\uFEFF"))))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the CSV export does not parse: %v", err)
	}
	if len(rows) != len(Script)+1 {
		t.Fatalf("the CSV export has %d rows, want a header and %d questions", len(rows), len(Script))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	var answered, repeats, up, down int
	students := map[string]bool{}
	for i, row := range rows[1:] {
		if got := row[col["question"]]; got != Script[i].Question {
			t.Errorf("row %d: question %q, want %q", i+1, got, Script[i].Question)
		}
		students[row[col["student"]]] = true
		isAnswered := row[col["answered"]] == "true"
		isRepeat := row[col["repeat_of"]] != "0"
		if isAnswered != seen[i].Answered {
			t.Errorf("question %d (%q): exported answered=%v, the platform showed answered=%v", i+1, Script[i].Question, isAnswered, seen[i].Answered)
		}
		if isRepeat != seen[i].Repeat {
			t.Errorf("question %d (%q): exported repeat=%v, the platform showed repeat=%v", i+1, Script[i].Question, isRepeat, seen[i].Repeat)
		}
		u, _ := strconv.Atoi(row[col["up"]])
		d, _ := strconv.Atoi(row[col["down"]])
		if u-d != seen[i].Voted {
			t.Errorf("question %d: exported votes %d up %d down, the student voted %+d", i+1, u, d, seen[i].Voted)
		}
		if isAnswered {
			answered++
		}
		if isRepeat {
			repeats++
		}
		up += u
		down += d
	}
	if len(students) != len(Students) {
		t.Errorf("%d students in the export, want %d", len(students), len(Students))
	}
	// What the script is for: the export is only worth checking if these
	// happened.
	if abst := len(Script) - answered; abst < 5 {
		t.Errorf("%d questions unanswered, the script means at least 5", abst)
	}
	for _, pair := range [][2]int{{1, 4}, {3, 9}, {2, 10}, {12, 15}, {7, 18}, {2, 19}} {
		if !seen[pair[1]-1].Repeat {
			t.Errorf("question %d (%q) was not found as a repeat of question %d (%q)", pair[1], Script[pair[1]-1].Question, pair[0], Script[pair[0]-1].Question)
		}
	}
	md := string(markdown)
	for _, want := range []string{
		fmt.Sprintf("Questions posées : **%d** par %d élève(s)", len(Script), len(Students)),
		fmt.Sprintf("Avec réponse : **%d** ; sans réponse : **%d**", answered, len(Script)-answered),
		fmt.Sprintf("Avis : %d 👍, %d 👎", up, down),
		"« Quelle est la capitale de l'Australie ? » (2 fois)",
		"« Qu'a dit Angela Merkel ? » (2 fois)",
		"« Qui est Barack Obama ? »",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown export lacks %q", want)
		}
	}
	if strings.Contains(md, Script[3].Question) && !strings.Contains(md, "déjà posée") {
		t.Errorf("the Markdown export does not mark repeats")
	}
}

// NewBot is the bot over the bundled articles, its sessions in a SQLite
// file of the test's own.
func NewBot(t testing.TB) *bot.Bot {
	t.Helper()
	base, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "citebot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	return bot.New(base, bot.Options{Store: store})
}
