package match

import (
	"strings"
	"testing"
)

// TestAntecedent: « Elle a réuni … » borrows the words of the sentence
// before it, the conference's; a sentence with its own subject borrows
// none.
func TestAntecedent(t *testing.T) {
	m := New(seedBase(t))
	find := func(prefix string) int {
		for i, s := range m.base.Sentences {
			if strings.HasPrefix(s.Text, prefix) {
				return i
			}
		}
		t.Fatalf("no sentence starts %q", prefix)
		return 0
	}
	elle := m.base.Sentences[find("Elle a réuni")]
	if prev := m.antecedent(elle); prev == nil || !strings.Contains(prev.Text, "cette conférence pour la sécurité sur l’Internet") {
		t.Errorf("antecedent of %q: %v", elle.Text, prev)
	}
	if prev := m.antecedent(m.base.Sentences[find("Toutefois, la Chine")]); prev != nil {
		t.Errorf("a sentence with its own subject borrows %q", prev.Text)
	}
}
