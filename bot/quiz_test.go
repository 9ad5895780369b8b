package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
)

func quizBot(t testing.TB) *Bot {
	t.Helper()
	base, err := knowledge.Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	return New(base, Options{})
}

func say(b *Bot, conv, text string) Reply {
	return b.Handle(context.Background(), Message{Platform: "test", UserID: "u", Conversation: conv, Text: text})
}

// TestQuizRound plays rounds as a console user does: /quiz asks an item
// with numbered options, a bare number answers it and the reply reveals
// the right option with its citation.
func TestQuizRound(t *testing.T) {
	b := quizBot(t)
	asked := map[string]bool{}
	for round := range 5 {
		r := say(b, "c", "/quiz")
		if r.Kind != KindQuiz || r.Quiz == nil {
			t.Fatalf("/quiz: %s %s", r.Kind, r.Text)
		}
		it := *r.Quiz
		if asked[it.ID] {
			t.Errorf("round %d asks %s again", round, it.ID)
		}
		asked[it.ID] = true
		for i, o := range it.Options {
			if !strings.Contains(r.Text, "\n  "+string(rune('1'+i))+". "+o) {
				t.Errorf("option %d %q not numbered in %q", i+1, o, r.Text)
			}
		}
		choice := (it.Answer + round%2) % len(it.Options) // right, wrong, right…
		a := say(b, "c", string(rune('1'+choice)))
		if a.Kind != KindAnswer || !a.Answered || len(a.Citations) != 1 || a.Answer != it.Options[it.Answer] {
			t.Fatalf("answer: %+v", a)
		}
		if got, want := strings.HasPrefix(a.Text, "Bonne réponse"), choice == it.Answer; got != want {
			t.Errorf("choice %d of answer %d: %q", choice, it.Answer, a.Text)
		}
		if a.Citations[0].Quote != it.Citation.Quote || !strings.Contains(a.Text, it.Citation.Quote) {
			t.Errorf("citation %+v, want %+v", a.Citations[0], it.Citation)
		}
		// Answered: a second "1" is an ordinary message again.
		if again := say(b, "c", "1"); again.Kind == KindAnswer && strings.Contains(again.Text, "bonne réponse") {
			t.Errorf("item answered twice: %s", again.Text)
		}
	}
}

func TestQuizCommands(t *testing.T) {
	b := quizBot(t)
	for _, c := range []struct {
		text string
		kind Kind
		has  string
	}{
		{"/quiz 2", KindQuiz, "?"},
		{"/quiz 002_53383375f12bf74e", KindQuiz, "?"},
		{"/quiz Cybercriminalité", KindQuiz, "?"},
		{"/quiz 99", KindError, "/sources"},
		{"/quiz Angela Merkel", KindError, "Angela Merkel"},
		{"/reponse 2", KindError, "/quiz"},
		{"/reponse", KindError, "/quiz"},
	} {
		r := say(b, "", c.text)
		if r.Kind != c.kind || !strings.Contains(r.Text, c.has) {
			t.Errorf("%s: %s %q", c.text, r.Kind, r.Text)
		}
	}
	// /quiz ARTICLE asks about that article only.
	for range 5 {
		r := say(b, "a", "/quiz 2")
		if r.Quiz == nil || r.Quiz.Citation.Article != "001_564679d4fd08fcf3" {
			t.Fatalf("/quiz 2: %+v", r.Quiz)
		}
	}
	// /reponse ID N answers any item, from any conversation.
	it := say(b, "x", "/quiz").Quiz
	r := say(b, "y", "/reponse "+it.ID+" "+string(rune('1'+it.Answer)))
	if !strings.HasPrefix(r.Text, "Bonne réponse") {
		t.Errorf("/reponse ID: %s", r.Text)
	}
	if r := say(b, "y", "/reponse "+it.ID+" 9"); r.Kind != KindError {
		t.Errorf("/reponse ID 9: %s", r.Text)
	}
	// An ordinary question while an item waits is answered as a question.
	say(b, "q", "/quiz")
	if r := say(b, "q", "Qui est Lu Wei ?"); r.Kind != KindAnswer || strings.Contains(r.Text, "bonne réponse") {
		t.Errorf("question during a quiz: %s", r.Text)
	}
}

// TestQuizSameForSameConversation: a conversation's items come in an
// order of its own, the same on every run.
func TestQuizSameForSameConversation(t *testing.T) {
	var runs [2][]string
	for i := range runs {
		b := quizBot(t)
		for range 4 {
			runs[i] = append(runs[i], say(b, "conv", "/quiz").Quiz.ID)
		}
	}
	if strings.Join(runs[0], ",") != strings.Join(runs[1], ",") {
		t.Errorf("orders differ: %v %v", runs[0], runs[1])
	}
}

func TestParseChoice(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"2", 1, true}, {" 3. ", 2, true}, {"(1)", 0, true}, {"b", 1, true}, {"D)", 3, true},
		{"réponse 4", 3, true}, {"n°2", 1, true}, {"0", 0, false}, {"5", 0, false}, {"e", 0, false},
		{"deux", 0, false}, {"", 0, false}, {"12", 0, false}, {"Qui est Lu Wei ?", 0, false}, {"é", 0, false},
	} {
		got, ok := ParseChoice(c.in, 4)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseChoice(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// FuzzParseChoice: any text gives either no choice or a valid index.
func FuzzParseChoice(f *testing.F) {
	for _, s := range []string{"2", "b", "réponse 3", "(1)", "n°4", "", "\xff", "-1", "99999999999999999999"} {
		f.Add(s, 4)
	}
	f.Fuzz(func(t *testing.T, text string, n int) {
		n = 1 + (n%10+10)%10
		i, ok := ParseChoice(text, n)
		if ok && (i < 0 || i >= n) {
			t.Fatalf("ParseChoice(%q, %d) = %d", text, n, i)
		}
	})
}
