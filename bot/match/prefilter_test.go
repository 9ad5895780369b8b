package match

import (
	"os"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// TestPrefiltersMissNothing checks that the cheap text checks a candidate
// sentence passes before it is read (mayOpenEvent, mayCountVaguely) let
// through every sentence whose words would give an answer: the seeds',
// PIAF's when it is beside the repository, and sentences written in
// capitals, without accents or opening with the word.
func TestPrefiltersMissNothing(t *testing.T) {
	texts := []string{
		"Après la guerre, la ville fut reconstruite.", "APRÈS LA GUERRE, LA VILLE FUT RECONSTRUITE.",
		"apres la guerre la ville fut reconstruite", "Lors du sommet, il parla.", "À l'issue de trois jours de travaux, il partit.",
		"Au cours de la conférence de presse, il a rappelé sa position.", "Pendant la dernière glaciation, les lochs se formèrent.",
		"De nombreux acteurs participent.", "DES MILLIERS D'ÉTATS SIGNENT.", "Plusieurs pays ont envoyé des délégués.",
	}
	for _, s := range seedBase(t).Sentences {
		texts = append(texts, s.Text)
	}
	if piaf, err := knowledge.Load(os.DirFS("../../../shared/data/piaf/corpus")); err == nil {
		for _, s := range piaf.Sentences {
			texts = append(texts, s.Text)
		}
	}
	for _, text := range texts {
		toks := french.Tokenize(text)
		for j, tk := range toks {
			if eventOpening(toks, j) && !mayOpenEvent(text) {
				t.Errorf("mayOpenEvent(%q) = false, but %q opens a phrase of time", text, tk.Text)
			}
			if matchWords.vagueQuantities.Has(tk.Fold) && !mayCountVaguely(text) {
				t.Errorf("mayCountVaguely(%q) = false, but it holds %q", text, tk.Text)
			}
		}
	}
	if quiet := "La conférence s'est ouverte mardi à Londres."; mayOpenEvent(quiet) || mayCountVaguely(quiet) {
		t.Errorf("%q passes a prefilter it holds no word of", quiet)
	}
}
