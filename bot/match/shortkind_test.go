package match

import "testing"

// TestOrganisationNotAPerson: « Quelle agence de presse … ? » asks for an
// organisation; the span model's pick of a person named in the cited
// sentence (« Emmanuel Macron ») is no short answer to it.
func TestOrganisationNotAPerson(t *testing.T) {
	m := New(seedBase(t))
	q := "Quelle agence de presse a rapporté l'appel de Paris ?"
	a := m.Answer(q, nil)
	if a.Kind != kindOrg.String() {
		t.Fatalf("%q: kind %s, want %s", q, a.Kind, kindOrg)
	}
	if a.Short != "" && len(a.Sentences) > 0 && m.personNamed(a.Sentences[0], a.Short) {
		t.Errorf("%q: short answer %q, a person the cited sentence names", q, a.Short)
	}
}
