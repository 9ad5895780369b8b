package bot

import (
	"testing"
)

// TestFollowUpOpeningsAlone is defect 3 of issue 7 seen by a user: a
// question made only of a follow-up's opening is not an internal error
// (the matcher's own test calls it with no recover in between).
func TestFollowUpOpeningsAlone(t *testing.T) {
	b := New(seedBase(t), Options{})
	ask(t, b, "c", "Qui est Lu Wei ?")
	for _, text := range []string{"Et ?", "Alors ?", "Mais ?", "Et ensuite ?"} {
		for _, conv := range []string{"", "c"} {
			if r := ask(t, b, conv, text); r.Kind == KindError {
				t.Errorf("%q (conversation %q): %s", text, conv, r.Text)
			}
		}
	}
}

// TestMarkupIsNotWords: formatting a question (Telegram HTML, a pasted
// page) asks what the plain question asks.
func TestMarkupIsNotWords(t *testing.T) {
	b := New(seedBase(t), Options{})
	plain := ask(t, b, "", "Qui est Lu Wei ?")
	for _, text := range []string{"<b>Qui</b> est Lu Wei ?", "Qui est <b>Lu Wei</b> ?", "<i>Qui est</i> <a href=\"https://exemple.fr\">Lu Wei</a> ?", "<B>Qui</B> est <tg-spoiler>Lu Wei</tg-spoiler> ?"} {
		if r := ask(t, b, "", text); r.Text != plain.Text || r.Answer != plain.Answer {
			t.Errorf("%q answered\n%s\nwant\n%s", text, r.Text, plain.Text)
		}
	}
}
