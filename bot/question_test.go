package bot

import (
	"testing"
)

// TestFollowUpOpeningsAlone is defect 3 of issue 7: a question made only
// of a follow-up's opening ("Et ?", "Et ensuite ?") indexed past the end
// of its words. Classify is called directly, with no recover in between.
func TestFollowUpOpeningsAlone(t *testing.T) {
	m := NewMatcher(seedBase(t))
	for _, text := range []string{"Et ?", "Alors ?", "Mais ?", "Et ensuite ?", "Et puis donc ?", "et dans ?"} {
		q := m.parse(sanitize(text))
		if q.expect != expectAny {
			t.Errorf("%q expects %v, want any", text, q.expect)
		}
		m.Answer(text, nil)
		m.Answer(text, &Conversation{})
	}
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
	// What is not a tag stays: "a < b" is a comparison.
	if got := sanitize("si a <b et c> d"); got != "si a <b et c> d" {
		t.Errorf("sanitize removed a non-tag: %q", got)
	}
}
