package match

import (
	"strings"
	"testing"
)

// FuzzShortAnswer calls the matcher directly on any question: a short
// answer other than Oui/Non is always words of the cited sentence,
// verbatim, or the speaker its citation names (« Il a proposé … » for
// « Qui a proposé … ? », the quotation the extractor gives William
// Hague): the line a student copies is never made up.
func FuzzShortAnswer(f *testing.F) {
	for _, s := range []string{
		"Est-ce que la Chine a signé ?", "Y a-t-il", "c'est qui", "C'est quoi l'appel de Paris ?", "Résume l'article sur",
		"de quoi parle l'article", "Que veut", "Et que voudrait faire Washington ?", "Comment s'appelle", "Qui est William Nee ?",
		"est-ce qu", "n'a-t-il pas", "Qui est le", "quel est le nom",
		"Quel type de vol l'appel veut-il empêcher ?", "Qui bloque des sites ?", "Qaund", "Did China sign the Paris Call?",
		"La conférence est-elle un sommet traditionnel ?",
		"Les participants à la conférence mondiale sur Internet auront-ils accès à Google ?",
		"Les industriels refusent-ils de coopérer ?", "Tous excluent-ils une cyberpolice ?", "La Chine est-elle un pays facile ?",
		"Hormis la Russie, combien de pays composent le G8 ?", "Outre des pays, quel type de territoires a envoyé des délégués ?",
		"De quoi les organisateurs se sont-ils félicités ?", "Sur quelle base les industriels coopèrent-ils ?",
	} {
		f.Add(s)
	}
	m := New(seedBase(f))
	f.Fuzz(func(t *testing.T, text string) {
		a := m.Answer(text, nil)
		if a.Short == "" || a.Short == "Oui" || a.Short == "Non" {
			return
		}
		if a.Answered && len(a.Speakers) > 0 && a.Short == a.Speakers[0] && a.Speakers[0] != "" {
			return
		}
		if !a.Answered || !strings.Contains(a.Sentences[0].Text, a.Short) {
			t.Fatalf("short answer %q is not words of the cited sentence (answered %v)", a.Short, a.Answered)
		}
	})
}

// FuzzSpacedIndex: whatever the text and words, the span found is inside
// the text and reads the words with spaces of any kind.
func FuzzSpacedIndex(f *testing.F) {
	f.Add("William Nee, chercheur pour\u00a0Amnesty", "chercheur pour Amnesty")
	f.Add("", "")
	f.Add("a(b", "(")
	f.Fuzz(func(t *testing.T, text, words string) {
		at, end := spacedIndex(text, words)
		if at < 0 {
			return
		}
		if at > end || end > len(text) {
			t.Fatalf("span %d:%d outside %d bytes", at, end, len(text))
		}
		if strings.Join(strings.Fields(text[at:end]), " ") != strings.Join(strings.Fields(words), " ") {
			t.Fatalf("span %q does not read %q", text[at:end], words)
		}
	})
}

// FuzzNumberWithUnit: whatever the text, number and unit, a span found is
// the text's own, opens with the number where no letter or digit comes
// before it, closes with the unit, and holds only spaces between them.
func FuzzNumberWithUnit(f *testing.F) {
	f.Add("Le 18 mai, après 8 ans d'exil, il revint.", "8", "ans")
	f.Add("31,5 millions de dollars sur 5\u00a0ans", "5", "ans")
	f.Add("huit mois", "huit", "mois")
	f.Fuzz(func(t *testing.T, text, num, unit string) {
		span, ok := numberWithUnit(text, num, unit)
		if !ok {
			return
		}
		if num == "" || !strings.Contains(text, span) || !strings.HasPrefix(span, num) || !strings.HasSuffix(span, unit) ||
			len(span) <= len(num)+len(unit) {
			t.Fatalf("numberWithUnit(%q, %q, %q) = %q", text, num, unit, span)
		}
		if gap := span[len(num) : len(span)-len(unit)]; strings.TrimSpace(gap) != "" {
			t.Fatalf("numberWithUnit(%q, %q, %q) = %q: no spaces alone between", text, num, unit, span)
		}
	})
}
