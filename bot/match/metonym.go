package match

import (
	"slices"
	"strings"
)

// knownByPhrase takes off the names the articles never mention those the
// lexicon relates to a phrase they do hold ("Matignon" → « le Premier
// ministre », "RPC" → « République populaire de Chine »): the articles
// speak of it in other words. The phrase's words become alternatives of
// the name's words, so that the sentences holding them are found.
// Single-word relations are already alternatives (finishTerm); a phrase
// is not, as no one stem stands for it.
func (m *Matcher) knownByPhrase(q *question) {
	if m.lang.lex == nil || len(q.unknown) == 0 {
		return
	}
	q.unknown = slices.DeleteFunc(q.unknown, func(name string) bool {
		var stems, folds []string
		for _, t := range m.an.Analyze(name) {
			if !t.Part {
				stems, folds = append(stems, t.Stem), append(folds, t.Fold)
			}
		}
		found := false
		for _, rel := range m.lang.related(strings.Join(stems, " ")) {
			words := strings.Fields(rel)
			if len(words) < 2 || !allKnown(m, words) {
				continue
			}
			found = true
			for i := range q.terms {
				if slices.Contains(folds, q.terms[i].fold) {
					for _, w := range words {
						m.addStem(&q.terms[i], w, m.w.Related, related)
					}
					m.weigh(&q.terms[i])
				}
			}
		}
		return found
	})
}

// allKnown reports whether the corpus holds every stem.
func allKnown(m *Matcher, stems []string) bool {
	for _, s := range stems {
		if !m.base.HasStem(s) {
			return false
		}
	}
	return true
}
