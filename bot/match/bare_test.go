package match

import (
	"strings"
	"testing"
)

// TestBareFollowUp asks a question word alone after an answer: it asks
// that of the passage cited, answered from it or the sentence before or
// after it, or said plainly to be absent there; never the articles'
// generic « no answer », never the cited sentence again without the
// answer asked for.
func TestBareFollowUp(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		first, then string
		short       string // words the short answer holds ("" = abstained)
		notSaid     string // the kind said absent, when abstained
	}{
		// The reason follows in the next sentence, the one that says
		// what he asked for.
		{"Qu'a dit David Cameron ?", "Pourquoi ?", "un problème transfrontalier", ""},
		{"Qu'a dit David Cameron ?", "Et pourquoi donc ?", "un problème transfrontalier", ""},
		{"Qu'a dit David Cameron ?", "Why?", "un problème transfrontalier", ""},
		// The purpose is in the cited sentence itself.
		{"Qui est Lu Wei ?", "Dans quel but ?", "afin d’établir un système de gouvernance", ""},
		{"Qui est Lu Wei ?", "Pourquoi ?", "afin d’établir un système de gouvernance", ""},
		// Nothing near says when: the answer says so.
		{"Qui est Lu Wei ?", "Quand ?", "", "date"},
		{"Combien de pays ont participé à la conférence de Londres ?", "Depuis quand ?", "", "date"},
		{"Combien de pays ont participé à la conférence de Londres ?", "Combien de temps ?", "", "duration"},
	} {
		first := m.Answer(tt.first, nil)
		if !first.Answered {
			t.Fatalf("%q abstained", tt.first)
		}
		conv := &Context{Article: first.Sentences[0].Article, Last: first.Sentences, Focus: first.Focus, Question: first.Question}
		a := m.Answer(tt.then, conv)
		if a.Question != first.Question {
			t.Errorf("%q then %q: remembers %q, want the question it follows up %q", tt.first, tt.then, a.Question, first.Question)
		}
		if tt.short == "" {
			if a.Answered || a.NotSaid != tt.notSaid {
				t.Errorf("%q then %q: answered %v %q, NotSaid %q; want %q said absent", tt.first, tt.then, a.Answered, a.Short, a.NotSaid, tt.notSaid)
			}
			continue
		}
		if !a.Answered || !strings.Contains(a.Short, tt.short) {
			t.Errorf("%q then %q: answered %v with %q, want %q", tt.first, tt.then, a.Answered, a.Short, tt.short)
		}
	}
}

// TestBareNeedsAnAnswer: a question word alone with no answer before it,
// or a question with words of its own, is no bare follow-up.
func TestBareNeedsAnAnswer(t *testing.T) {
	m := New(seedBase(t))
	if a := m.Answer("Pourquoi ?", nil); a.Answered || a.NotSaid != "" {
		t.Errorf("« Pourquoi ? » alone: answered %v, NotSaid %q", a.Answered, a.NotSaid)
	}
	first := m.Answer("Qui est Lu Wei ?", nil)
	conv := &Context{Article: first.Sentences[0].Article, Last: first.Sentences, Focus: first.Focus, Question: first.Question}
	for _, text := range []string{"Pourquoi la Chine censure-t-elle Internet ?", "Quoi ?", "Et alors ?"} {
		if q := m.parse(sanitize(text)); m.bare(q, conv) {
			t.Errorf("%q read as a bare follow-up", text)
		}
	}
	// « Et » asks about Lu Wei, the focus, which is no word of its own.
	for _, text := range []string{"Pourquoi ?", "Et quand ?", "Et où ?", "Par qui ?", "Dans quel but ?", "Pour quelle raison ?", "En quelle année ?", "Combien de temps ?", "Où ?", "How?"} {
		q := m.parse(sanitize(text))
		m.refer(q, conv) // as Answer does: « Et » adds the focus
		if !m.bare(q, conv) {
			t.Errorf("%q not read as a bare follow-up (kind %v, %d words)", text, q.kind, len(q.terms))
		}
	}
}

// TestBareQuestion reads the previous question's words where parse read
// them, after it dropped a greeting and a « Merci ».
func TestBareQuestion(t *testing.T) {
	m := New(seedBase(t))
	prev := m.parse(sanitize("Bonjour ! Qu'a dit David Cameron à Londres ? Merci"))
	if got, want := bareQuestion("Pourquoi ?", prev), "Pourquoi David Cameron Londres ?"; got != want {
		t.Errorf("bareQuestion = %q, want %q", got, want)
	}
}
