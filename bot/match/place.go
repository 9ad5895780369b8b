package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Où se réveillent Ryan et Brad ?": a question that asks where, when no
// place the extractor knows answers it, is answered by the phrase of
// place that follows the question's words in the cited sentence, « … se
// réveillent dans la vitrine d'un quartier commerçant », « … eurent lieu
// en Tasmanie », up to the next preposition, verb or clause's end.

// placePhrase is the phrase of place the cited sentence gives after the
// question's words (see above), verbatim, or "".
func (m *Matcher) placePhrase(q *question, s *knowledge.Sentence) string {
	if !whereFrame(q.folds) {
		return "" // « Quel pays … ? » asks for a country's name
	}
	r := m.read(q, s)
	return r.openPhrase(func(j int) bool { return placeOpening(r.toks, j) }, placeEnd)
}

// verbPlace is, for « Où V … ? », the phrase of place right after V in
// the cited sentence (an adverb between them allowed): « Marat se cache
// dans une cave », « s'est d'abord installée à Gowran ». It comes before
// the nearest named place, which may be another's (« Danton s'enfuit en
// Angleterre ; Marat se cache … »), or "".
func (m *Matcher) verbPlace(q *question, s *knowledge.Sentence) string {
	i := frameStart(q.folds)
	if i >= len(q.folds) || q.folds[i] != "ou" {
		return ""
	}
	r := m.read(q, s)
	for v := range r.toks {
		if !r.asked[v] || !m.questionVerb(q.folds[i+1:], r.toks[v].Fold) {
			continue
		}
		j := v + 1
		if j < len(r.toks) && strings.HasSuffix(r.toks[j].Fold, "ment") && !r.breaks(j) {
			j++
		}
		if j+1 < len(r.toks) && !r.breaks(j) && placeOpening(r.toks, j) && (r.toks[j].Fold != "en" || startsUpper(r.toks[j+1].Text)) {
			if p := r.phrase(j, func(t french.Token) bool { return placeEnd(t) || m.lang.onlyVerb(t.Fold) }); p != "" {
				return p
			}
		}
	}
	return ""
}

// whereFrame reports a question that opens with « où » (« d'où », « par
// où ») or asks for a place as such (« Quel était le lieu … ? », « À quel
// endroit … ? »), not for a named one (« Quel pays … ? »).
func whereFrame(folds []string) bool {
	i := frameStart(folds)
	if i+1 < len(folds) && (spanWords.classOf(folds[i])&classPrep != 0 || folds[i] == "d") {
		i++
	}
	if i < len(folds) && folds[i] == "ou" {
		return true
	}
	for k := i; k < min(len(folds), i+4); k++ {
		if folds[k] == "endroit" || folds[k] == "lieu" && (k == 0 || !avoirForm(folds[k-1])) {
			return true // not « avoir lieu », to take place
		}
	}
	return false
}

// avoirForm reports a form of « avoir » that may stand before « lieu »
// in « avoir lieu »: an auxiliary's, the infinitive, the participle, the
// conditional.
func avoirForm(f string) bool {
	return auxiliary(f) || f == "avoir" || f == "eu" || f == "aurait" || f == "auraient"
}

// placeOpening reports a preposition of place at token j followed by a
// name or a determiner: « à Glenrowan », « aux Tuileries », « en
// Tasmanie », « dans la vitrine », « sur l'île »; not « en courant » or
// « a » the verb (« en 1880 » holds no content word: span), nor a phrase
// of time or manner (« en décembre », « au dernier moment », « en
// présence de »).
func placeOpening(toks []french.Token, j int) bool {
	if j+1 >= len(toks) || notPlace(toks[j+1:min(len(toks), j+3)]) {
		return false
	}
	n := toks[j+1]
	named := startsUpper(n.Text) && !french.IsStopWord(n.Fold)
	switch toks[j].Fold {
	case "a":
		return (toks[j].Text == "à" || toks[j].Text == "À") && (named || spanWords.classOf(n.Fold)&classDet != 0)
	case "au", "aux", "dans", "sur", "sous", "chez":
		return named || spanWords.classOf(n.Fold)&classDet != 0 || toks[j].Fold == "au" || toks[j].Fold == "aux"
	case "en":
		return named || n.Kind == french.Word && !strings.HasSuffix(n.Fold, "ant") && !french.IsStopWord(n.Fold)
	}
	return false
}

// placeEnd reports a word that ends a phrase of place: another
// preposition (« … à Glenrowan en 1880 »), a verb or a relative pronoun.
func placeEnd(t french.Token) bool {
	c := spanWords.classOf(t.Fold)
	return c&(classPrep|classVerb) != 0 && t.Fold != "de" && t.Fold != "d" && t.Fold != "du" && t.Fold != "des" ||
		t.Fold == "qui" || t.Fold == "que" || t.Fold == "qu" || t.Fold == "et" || french.IsDigits(t.Fold)
}

// notPlace reports a month or a word of matcher_words.tsv's not-place
// list among the first words after a preposition of place, toks: the
// preposition then opens a phrase of time or manner.
func notPlace(toks []french.Token) bool {
	for _, t := range toks {
		if french.IsMonth(t.Fold) || matchWords.notPlace.Has(t.Fold) {
			return true
		}
	}
	return false
}
