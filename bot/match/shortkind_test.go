package match

import "testing"

// TestOrganisationNotAPerson: « Quelle agence … ? » asks for an
// organisation (« Quelle agence de presse … ? » for an article's dateline,
// TestBylineAnswer); the span model's pick of a person named in the cited
// sentence (« Emmanuel Macron ») is no short answer to it.
func TestOrganisationNotAPerson(t *testing.T) {
	m := New(seedBase(t))
	q := "Quelle agence a rapporté l'appel de Paris ?"
	a := m.Answer(q, nil)
	if a.Kind != kindOrg.String() {
		t.Fatalf("%q: kind %s, want %s", q, a.Kind, kindOrg)
	}
	if a.Short != "" && len(a.Sentences) > 0 && m.personNamed(a.Sentences[0], a.Short) {
		t.Errorf("%q: short answer %q, a person the cited sentence names", q, a.Short)
	}
}

// TestCountedOfAsked answers « Combien de X de Y … ? » with the number
// the sentence writes before « X de Y », among numbers of X elsewhere.
func TestCountedOfAsked(t *testing.T) {
	checkShort(t, "Treblinka", "Plus de 337 000 Juifs du district de Radom, 35 000 du district de Lublin et 107 000 du district de Białystok y ont été exterminés. "+
		"Le camp compte 40 gardes de la SS et 120 gardes de Trawniki.", "number", []shortCase{
		{"Combien de Juifs du district de Radom ont été exterminés ?", "Plus de 337 000"},
		{"Combien de gardes de Trawniki le camp compte-t-il ?", "120"},
	})
}
