package match

import (
	"cmp"
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/lexres"
)

// paraphraser finds words that may say a question word otherwise: IBM
// Model 1 translations learnt from PIAF, and, when installed, thesaurus
// synonyms keyed by lemma. Both are noisy, so they never stand in for the
// word in coverage: they are two ranking features whose weights are
// learnt (FeatTranslation, FeatThesaurus).
type paraphraser struct {
	tr     lexres.Translations
	thes   *lexres.Thesaurus
	lemmas lexres.Lemmas
}

func newParaphraser(opts Options, lemmas lexres.Lemmas) paraphraser {
	p := paraphraser{tr: lexres.EmbeddedTranslations(), thes: opts.Thesaurus, lemmas: lemmas}
	if opts.Translations != nil {
		p.tr = *opts.Translations
	}
	return p
}

// paraphrase fills the question word's paraphrases that the corpus holds,
// when a feature will use them.
func (m *Matcher) paraphrase(qt *qterm) {
	if m.computes[FeatTranslation] {
		for _, own := range qt.stems {
			if own.origin != ownWord {
				continue
			}
			m.para.tr.Sources(own.Stem, func(s string, p float64) {
				if m.base.HasStem(s) {
					qt.para = append(qt.para, alt{Stem: s, Weight: p})
				}
			})
		}
		slices.SortStableFunc(qt.para, func(a, b alt) int { return cmp.Compare(b.Weight, a.Weight) })
		if len(qt.para) > m.w.MaxTranslations {
			qt.para = qt.para[:m.w.MaxTranslations]
		}
	}
	if m.para.thes != nil && m.computes[FeatThesaurus] {
		for _, l := range m.para.lemmas.Lemmas(nil, qt.fold) {
			for _, syn := range m.para.thes.Synonyms(l) {
				if st := m.an.Stem(syn); m.base.HasStem(st) {
					qt.thes = append(qt.thes, alt{Stem: st, Weight: 1})
				}
			}
		}
	}
}

// paraphrases compiles the question words' translations and synonyms,
// once per question, for paraphraseCoverage.
func (m *Matcher) paraphrases(r *ranking) {
	if r.para != nil {
		return
	}
	words := make([]knowledge.QueryWord, len(r.q.terms))
	syns := make([]knowledge.QueryWord, len(r.q.terms))
	for i, t := range r.q.terms {
		for _, a := range t.para {
			words[i].Alts = append(words[i].Alts, knowledge.QueryTerm{Stem: a.Stem, Weight: a.Weight})
		}
		for _, a := range t.thes {
			syns[i].Alts = append(syns[i].Alts, knowledge.QueryTerm{Stem: a.Stem, Weight: a.Weight})
		}
	}
	r.para, r.thes = m.base.Compile(words), m.base.Compile(syns)
}

// paraphraseCoverage is the share of the question's weight that the
// sentence lacks but translates (by probability) and the share it lacks
// but holds a synonym of.
func (m *Matcher) paraphraseCoverage(r *ranking, s *knowledge.Sentence) (translation, thesaurus float64) {
	m.paraphrases(r)
	tr, th := r.para.Match(s), r.thes.Match(s)
	here := m.matches(r, s)
	var all float64
	for i, t := range r.q.terms {
		all += t.weight
		if here[i] > 0 {
			continue
		}
		translation += t.weight * tr[i]
		thesaurus += t.weight * th[i]
	}
	if all == 0 {
		return 0, 0
	}
	return translation / all, thesaurus / all
}
