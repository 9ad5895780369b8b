package match

import (
	"strings"
	"testing"
)

// converse asks each question of turns in one conversation, remembering
// what the bot remembers of each answer (bot.conversation.remember), and
// returns the answers.
func converse(m *Matcher, turns ...string) []Answer {
	conv := &Context{Cited: map[int]bool{}}
	var out []Answer
	for _, text := range turns {
		a := m.Answer(text, conv)
		out = append(out, a)
		conv.Question = a.Question
		if a.Answered && len(a.Sentences) > 0 {
			conv.Article, conv.Last, conv.Focus = a.Sentences[0].Article, a.Sentences, a.Focus
			for _, s := range a.Sentences {
				conv.Cited[s.ID] = true
			}
		}
	}
	return out
}

// TestAnotherFollowUp asks « Qui d'autre ? » and its kin after an
// answer: the previous question again, answered with someone or
// something not given yet, or said to have no more; never the one just
// named again.
func TestAnotherFollowUp(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		turns []string
		// shorts are the words each answer's short answer holds ("":
		// abstained, saying the articles say no more).
		shorts []string
	}{
		// Biden spoke at the conference, Cameron gave « son discours à
		// la conférence », and Hague opened it; no one else is said to
		// have.
		{[]string{"Qui a prononcé un discours à la conférence de Londres ?", "Qui d'autre ?", "Et qui d'autre ?", "Qui d'autre ?"},
			[]string{"Joe Biden", "David Cameron", "William Hague", ""}},
		{[]string{"Qui a prononcé un discours à la conférence de Londres ?", "Who else?"},
			[]string{"Joe Biden", "David Cameron"}},
		// Only Cameron called it a force for good: « Qui d'autre ? »
		// answered « Cameron » from his next sentence.
		{[]string{"Qui a parlé de force du bien ?", "Qui d'autre ?"}, []string{"", ""}},
		{[]string{"Quelles entreprises ont signé l'appel de Paris ?", "Quelles autres entreprises ?"},
			[]string{"", "Alphabet"}},
		// A list of them all has no other.
		{[]string{"Qui est cité dans les articles ?", "Qui d'autre ?"}, []string{"Lu Wei", ""}},
	} {
		got := converse(m, tt.turns...)
		for i, want := range tt.shorts {
			a := got[i]
			if i == 0 {
				if !a.Answered || !strings.Contains(a.Short, want) {
					t.Fatalf("%q: answered %v %q, want %q (the test's premise)", tt.turns[0], a.Answered, a.Short, want)
				}
				continue
			}
			if a.Question != got[0].Question {
				t.Errorf("%q: remembers %q, want the question asked again %q", tt.turns[i], a.Question, got[0].Question)
			}
			switch {
			case want == "" && (a.Answered || !a.SaidAll):
				t.Errorf("%v, turn %d: answered %v %q, SaidAll %v; want no more said", tt.turns, i, a.Answered, a.Short, a.SaidAll)
			case want != "" && (!a.Answered || !strings.Contains(a.Short, want)):
				t.Errorf("%v, turn %d: answered %v %q, want %q", tt.turns, i, a.Answered, a.Short, want)
			}
		}
	}
}

// TestAnotherNeedsAnAnswer: « autre » in a question of its own, or with
// no question before it, asks nothing again.
func TestAnotherNeedsAnAnswer(t *testing.T) {
	m := New(seedBase(t))
	if a := m.Answer("Qui d'autre ?", nil); a.Answered || a.SaidAll {
		t.Errorf("« Qui d'autre ? » alone: answered %v %q, SaidAll %v", a.Answered, a.Short, a.SaidAll)
	}
	// After a question the articles do not answer, nothing was said:
	// the articles do not answer, not « nothing more ».
	if got := converse(m, "Quel âge a Lu Wei ?", "Qui d'autre ?"); got[1].Answered || got[1].SaidAll {
		t.Errorf("« Qui d'autre ? » after an abstention: answered %v %q, SaidAll %v", got[1].Answered, got[1].Short, got[1].SaidAll)
	}
	first := m.Answer("Qui est Lu Wei ?", nil)
	conv := &Context{Article: first.Sentences[0].Article, Last: first.Sentences, Focus: first.Focus, Question: first.Question}
	for _, text := range []string{"Quels autres pays ont signé l'appel de Paris ?", "Qui d'autre a critiqué la Chine ?", "Quoi ?", "Qui est cité dans l'autre article ?"} {
		q := m.parse(sanitize(text))
		m.referTo(q)
		m.refer(q, conv)
		if m.another(q, conv) {
			t.Errorf("%q read as asking the previous question again", text)
		}
	}
	for _, text := range []string{"Qui d'autre ?", "Et qui d'autre ?", "Quoi d'autre ?", "Quel autre pays ?", "Quelles autres entreprises ?", "Who else?"} {
		q := m.parse(sanitize(text))
		m.refer(q, conv)
		if !m.another(q, conv) {
			t.Errorf("%q not read as asking the previous question again (kind %v)", text, q.kind)
		}
	}
}

// TestNumberedArticleFollowUp: « Et le troisième ? » after a question
// about an article named by its number asks it of that article; it was
// searched for as words (« Les articles ne parlent pas de 2 »), and
// « Et dans le deuxième ? » was read as a bare « Qui ? » of the last
// answer.
func TestNumberedArticleFollowUp(t *testing.T) {
	m := New(seedBase(t))
	got := converse(m, "Qui est cité dans le premier article ?", "Et dans le troisième ?", "Et le 4e ?", "Résume l'article 2", "Et le dernier ?", "Et l'article 3 ?")
	for i, want := range []string{"David Cameron", "Lu Wei", "James Robinson"} {
		if a := got[i]; !a.Answered || !strings.Contains(a.Short, want) {
			t.Errorf("turn %d (%q): answered %v %q, want %q listed", i, a.Question, a.Answered, a.Short, want)
		}
	}
	for i, art := range []int{2, 4, 3} {
		a := got[3+i]
		if !a.Answered || len(a.Unknown) > 0 || a.Sentences[0].Article != m.base.Articles[art-1] {
			t.Errorf("turn %d (%q): answered %v, unknown %q, want article %d's lead", 3+i, a.Question, a.Answered, a.Unknown, art)
		}
	}
}

func TestArticleFollowUp(t *testing.T) {
	for _, tt := range []struct {
		prev, named, want string
	}{
		{"Résume l'article 2", "le troisième", "Résume l'article 3"},
		{"résume l'article 2 ?", "l'article 4", "résume l'article 4 ?"},
		{"Qui est cité dans le premier article ?", "dans le deuxième", "Qui est cité dans l'article 2 ?"},
		{"Qui a écrit l'article n° 1 ?", "le 3", "Qui a écrit l'article 3 ?"},
		{"Qui a écrit l'article n° 1 ?", "le 3e", "Qui a écrit l'article 3 ?"},
		{"De quoi parle le 2e article ?", "le dernier", "De quoi parle l'article 4 ?"},
		{"Que dit le texte du deuxième article ?", "du premier", "Que dit le texte de l'article 1 ?"},
		{"Résume l'article 2", "le 9", "Résume l'article 9"}, // past the list: said so (NoArticle)
		// Not about an article by its number, or naming none.
		{"Qui a signé l'appel de Paris ?", "le troisième", ""},
		{"Résume l'article 2", "la Chine", ""},
		{"Résume l'article 2", "le G8", ""},
	} {
		got, ok := articleFollowUp(tt.prev, tt.named, 4)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("articleFollowUp(%q, %q) = %q, %v; want %q", tt.prev, tt.named, got, ok, tt.want)
		}
	}
}
