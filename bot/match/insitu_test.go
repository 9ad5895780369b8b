package match

import (
	"testing"

	"github.com/citebot/citebot/knowledge/french"
)

// TestFrontQuestionWord reads a question whose question word comes last
// as if it came first, with its prepositions or « c'est », and leaves the
// others alone.
func TestFrontQuestionWord(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Le virus est localisé où ?", "où le virus est localisé ?"},
		{"Krauss travaillera avec la troupe jusqu'à quand?", "jusqu'à quand Krauss travaillera avec la troupe?"},
		{"Lu Wei, c'est qui ?", "c'est qui Lu Wei ?"},
		{"Les participants auront accès à quoi ?", "à quoi les participants auront accès ?"},
		{"Rydz a été interné où?", "où Rydz a été interné?"},
		{"Et la conférence a eu lieu quand ?", "Et quand la conférence a eu lieu ?"},
		// A question word already first, in the middle, or alone.
		{"Qui a dit quoi ?", "Qui a dit quoi ?"},
		{"Et qui a dit quoi ?", "Et qui a dit quoi ?"},
		// What someone said, asked in place: a quotation question.
		{"Cameron a dit quoi sur Internet ?", "Qu'a dit Cameron sur Internet ?"},
		{"Et William Nee, a déclaré quoi ?", "Et qu'a déclaré William Nee ?"},
		{"Les participants ont vu quoi ?", "quoi les participants ont vu ?"},
		{"La conférence qui s'est ouverte à Londres ?", "La conférence qui s'est ouverte à Londres ?"},
		{"Et quand ?", "Et quand ?"},
		{"C'est qui ?", "C'est qui ?"},
	} {
		got, _ := frontQuestionWord(tt.text, french.Tokenize(tt.text))
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
	m := New(seedBase(t))
	answeredAlike(t, m, "Cameron a dit quoi sur Internet ?", "Qu'a dit Cameron sur Internet ?")
	plain := m.Answer("C'est qui Lu Wei ?", nil)
	last := m.Answer("Lu Wei, c'est qui ?", nil)
	if !plain.Answered || plain.Short == "" || last.Short != plain.Short {
		t.Errorf("« Lu Wei, c'est qui ? »: %q, « C'est qui Lu Wei ? »: %q", last.Short, plain.Short)
	}
}
