package match

import (
	"strings"
	"testing"
)

// TestEllipsisNames tells an elliptical follow-up, which only names
// something, from a question of its own.
func TestEllipsisNames(t *testing.T) {
	for _, tt := range []struct {
		text, named string
		ok          bool
	}{
		{"Et Cameron ?", "Cameron", true},
		{"et en Chine", "en Chine", true},
		{"Et les entreprises américaines ?", "les entreprises américaines", true},
		{"Et en 2013 ?", "en 2013", true},
		{"And David Cameron?", "David Cameron", true},
		{"Et alors ?", "", false},                             // no content word
		{"Et ?", "", false},                                   // nothing named
		{"Cameron ?", "", false},                              // no « et »
		{"Et Google a-t-il lui aussi signé ?", "", false},     // a verb and a pronoun: a question
		{"Et notamment de quelles informations ?", "", false}, // a question word
		{"Et qu'a-t-il dit d'autre ?", "", false},
		{"Et ce forum comporte-t-il un volet numérique ?", "", false},
		{"Et les très nombreux représentants des grandes entreprises ?", "", false}, // too long for a name
	} {
		named, ok := ellipsisNames(tt.text)
		if named != tt.named || ok != tt.ok {
			t.Errorf("ellipsisNames(%q) = %q, %v; want %q, %v", tt.text, named, ok, tt.named, tt.ok)
		}
	}
}

// TestElliptic answers an elliptical follow-up as the previous question
// about what it names: the name replaced, a number for a number, the
// conversation's focus moved when the previous question said « il ».
func TestElliptic(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		prev, text, want, part string
	}{
		{"Qu'a dit William Hague ?", "Et Cameron ?", "Qu'a dit Cameron ?", "une force du bien"},
		{"Qui est Lu Wei ?", "Et William Nee ?", "Qui est William Nee ?", "Amnesty"},
		{"Quel pays accueillera la conférence en 2012 ?", "Et en 2013 ?", "Quel pays accueillera la conférence en 2013 ?", "République de Corée"},
		{"Combien d'internautes compte la Chine ?", "Et les États-Unis ?", "Combien d'internautes compte les États-Unis ?", ""},
	} {
		first := m.Answer(tt.prev, nil)
		a := m.Answer(tt.text, &Context{Question: first.Question})
		if a.Question != tt.want {
			t.Errorf("%q after %q asks %q, want %q", tt.text, tt.prev, a.Question, tt.want)
		}
		if tt.part == "" {
			if a.Answered {
				t.Errorf("%q after %q: answered %q, want an abstention", tt.text, tt.prev, a.Sentences[0].Text)
			}
		} else if !a.Answered || !strings.Contains(a.Sentences[0].Text, tt.part) {
			t.Errorf("%q after %q: answered %v %v, want the sentence with %q", tt.text, tt.prev, a.Answered, a.Sentences, tt.part)
		}
	}

	// « Qu'a-t-il déclaré ? » about William Nee, then « Et Robinson ? »:
	// the same question, about Robinson. The conversation remembers as
	// the bot's does.
	conv := &Context{}
	var a Answer
	for _, text := range []string{"Qui est William Nee ?", "Qu'a-t-il déclaré ?", "Et Robinson ?"} {
		a = m.Answer(text, conv)
		conv.Question = a.Question
		if a.Answered {
			conv.Article, conv.Last, conv.Focus = a.Sentences[0].Article, a.Sentences, a.Focus
		}
	}
	if a.Question != "Qu'a-t-il déclaré ?" || !a.Answered || a.Focus == nil || !strings.Contains(a.Focus.Name, "Robinson") ||
		!strings.Contains(a.Sentences[0].Text, "M. Robinson") {
		t.Errorf("« Et Robinson ? » after « Qu'a-t-il déclaré ? »: asks %q, answered %v, focus %v", a.Question, a.Answered, a.Focus)
	}

	// Without a previous question, it is a question of its own.
	if a := m.Answer("Et Cameron ?", &Context{}); a.Question != "Et Cameron ?" {
		t.Errorf("« Et Cameron ? » alone asks %q", a.Question)
	}
}
