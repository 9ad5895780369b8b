package match

import "testing"

// answeredAlike fails t unless asked is answered as plain is: both
// answered, with the same short answer and the same first sentence.
func answeredAlike(t *testing.T, m *Matcher, asked, plain string) {
	t.Helper()
	a, b := m.Answer(asked, nil), m.Answer(plain, nil)
	if !b.Answered {
		t.Fatalf("%q: abstained", plain)
	}
	if !a.Answered || a.Short != b.Short || a.Sentences[0] != b.Sentences[0] {
		t.Errorf("%q: answered %v %q, but %q: %v %q", asked, a.Answered, a.Short, plain, b.Answered, b.Short)
	}
}

// parsesAs fails t unless the question proper read from text is want.
func parsesAs(t *testing.T, m *Matcher, text, want string) {
	t.Helper()
	if got := m.parse(text).text; got != want {
		t.Errorf("%q: question %q, want %q", text, got, want)
	}
}
