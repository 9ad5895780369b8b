package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
)

// "À quoi sert le compresseur d'entrée ?": what a thing is for is the
// purpose the cited sentence gives it, an infinitive after « pour »,
// « afin de », « permet de », « destiné à » (« … pour injecter une quantité
// d'air suffisante »), read to the end of its clause.

// useFrame reports a question that asks what something is for: « à quoi »
// and a form of « servir » (« À quoi devait servir X ? »).
func useFrame(folds []string) bool {
	i := frameStart(folds)
	if i+2 >= len(folds) || folds[i] != "a" || folds[i+1] != "quoi" {
		return false
	}
	for _, f := range folds[i+2 : min(len(folds), i+4)] {
		if matchWords.useVerbs.Has(f) {
			return true
		}
	}
	return false
}

// useAnswer is the purpose the cited sentence gives (see above), or "".
func (m *Matcher) useAnswer(q *question, s *knowledge.Sentence) string {
	if !useFrame(q.folds) {
		return ""
	}
	r := m.read(q, s)
	for i, t := range r.toks {
		j := -1
		switch {
		case t.Fold == "pour":
			j = i + 1
		case matchWords.purposeCues.Has(t.Fold) && i+1 < len(r.toks) && (isDe(r.toks[i+1].Fold) || r.toks[i+1].Fold == "a"):
			j = i + 2
		}
		if j < 0 || j >= len(r.toks) || r.breaks(j) {
			continue
		}
		v := j
		for v < len(r.toks) && v-j < 2 && objectPronoun(r.toks[v].Fold) {
			v++ // « permet de le confronter »
		}
		if v >= len(r.toks) || !m.lang.infinitive(r.toks[v].Fold) {
			continue
		}
		end := v + 1
		for end < len(r.toks) && end-j < useMaxWords && !r.breaks(end) {
			end++
		}
		return r.span(j, end)
	}
	return ""
}

// objectPronoun reports a pronoun that may stand before an infinitive.
func objectPronoun(fold string) bool {
	switch fold {
	case "le", "la", "les", "l", "se", "s", "lui", "leur", "en", "y":
		return true
	}
	return false
}

// verbInfinitive is infinitive less the nouns and adjectives that look
// like one (« lumière », « premier »): those have a plural.
func (l language) verbInfinitive(fold string) bool {
	var buf [4]string
	return l.infinitive(fold) && !slices.Contains(l.lemmas.Lemmas(buf[:0], fold+"s"), fold)
}

// infinitive reports a folded word that the lemma table reads as a verb's
// own form (« confronter », « rétablir », « produire »).
func (l language) infinitive(fold string) bool {
	if !strings.HasSuffix(fold, "er") && !strings.HasSuffix(fold, "ir") && !strings.HasSuffix(fold, "re") {
		return false
	}
	var buf [4]string
	return slices.Contains(l.lemmas.Lemmas(buf[:0], fold), fold)
}
