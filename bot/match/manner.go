package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Comment le prince est-il chassé ?": a question that asks how is
// answered by the phrase of means or manner that follows the question's
// words in the cited sentence, « … est chassé du trône par un coup
// d'État », « … en acceptant son offre de mariage », « grâce à une
// stratégie plus prudente », to the end of the clause.

// mannerAnswer is the phrase of manner the cited sentence gives after the
// question's words (see above), verbatim, or "".
func (m *Matcher) mannerAnswer(q *question, s *knowledge.Sentence) string {
	r := m.read(q, s)
	return r.openPhrase(func(j int) bool { return mannerOpening(r.toks, j) }, func(french.Token) bool { return false })
}

// "Comment ont-ils critiqué les pratiques … ?": the adverb of manner in
// -ment written right before or after the question's verb answers it:
// « qui ont vivement critiqué les pratiques », « se faire attaquer
// physiquement par Lucifer »; not one that says when, how much or which
// (« notamment », « récemment », matcher_words.tsv's not-manner).

// mannerAdverb is the adverb of manner beside the question's verb in the
// cited sentence (see above), or "".
func (m *Matcher) mannerAdverb(q *question, s *knowledge.Sentence) string {
	r := m.read(q, s)
	for _, t := range q.terms {
		if t.ent != nil || !m.lang.verbForm(t.fold) || t.pos > 0 && spanWords.determiners.Has(q.folds[t.pos-1]) {
			continue // « la lutte » is no verb
		}
		for i := range r.toks {
			if !r.holds(t, i) {
				continue
			}
			for _, k := range [2]int{i - 1, i + 1} {
				if k >= 0 && k < len(r.toks) && (k < i || !r.breaks(k)) && (k > i || !r.breaks(i)) && r.mannerAdverb(k) {
					return r.toks[k].Text
				}
			}
		}
	}
	return ""
}

// mannerAdverb reports an adverb of manner at token k (see above).
func (r *reading) mannerAdverb(k int) bool {
	t := r.toks[k]
	return t.Kind == french.Word && !r.asked[k] && adverbInMent(t.Fold) &&
		!matchWords.notManner.Has(t.Fold) && !matchWords.degreeAdverbs.Has(t.Fold) && !r.lang.verbForm(t.Fold)
}

// adverbInMent reports a folded word shaped as an adverb in -ment
// (« vivement », « fermement »): a stem of three letters or more before
// the suffix, which « ment » and « moment » lack.
func adverbInMent(fold string) bool {
	return len(fold) > len("ment")+2 && strings.HasSuffix(fold, "ment")
}

// "Comment est le second service de Maria Kirilenko ?": a question that
// asks how something is, « comment » and a form of « être » before a
// determiner, is answered as « Quel est X ? » is, by what the sentence
// says it is (« son second service … se révèle redoutable » is no
// answer, « la température est douce » is).

// mannerCopulaAnswer is what the cited sentence says the question's
// subject is (see above), verbatim, or "".
func (m *Matcher) mannerCopulaAnswer(q *question, s *knowledge.Sentence) string {
	i := frameStart(q.folds)
	if i+2 >= len(q.folds) || q.folds[i] != "comment" || !matchWords.copulas.Has(q.folds[i+1]) || !spanWords.determiners.Has(q.folds[i+2]) && q.folds[i+2] != "l" {
		return ""
	}
	head := q.wordAfter(i+1, true)
	if head < 0 {
		return ""
	}
	r := m.read(q, s)
	if a := r.copula(q.terms[head], true, false); a != "" {
		return a
	}
	return m.epithet(r, q.terms[head])
}

// epithet is what the sentence says its subject head is like in the
// adjectives that follow it, with the question's words after it, or
// between commas: « des tendances cyclothymiques », « une politique de
// transfert ambitieuse », « La cage d'escalier, carrée et très claire,
// … ». Adjectives may be coordinated (« et ») and qualified by a degree
// adverb (« très ») or one in -ment; "" when none follows.
func (m *Matcher) epithet(r *reading, head qterm) string {
	for i := range r.toks {
		if !r.holds(head, i) {
			continue
		}
		j := i + 1
		for j < len(r.toks) && !r.breaks(j) && (r.asked[j] || isDe(r.toks[j].Fold) && j+1 < len(r.toks) && r.asked[j+1]) {
			j++ // the rest of the question's phrase: « politique de transfert »
		}
		apposed := j < len(r.toks) && r.breaks(j)
		if j >= len(r.toks) || apposed && strings.TrimSpace(r.gap(j)) != "," {
			continue
		}
		from, end, degree := j, j, false
		k := j
		for ; k < len(r.toks) && (k == j || !r.breaks(k)); k++ {
			t := r.toks[k]
			if matchWords.degreeAdverbs.Has(t.Fold) || adverbInMent(t.Fold) {
				degree = true
				continue
			}
			if t.Fold == "et" && end > from {
				continue
			}
			if !m.adjective(r, k, degree) {
				break
			}
			end, degree = k+1, false
		}
		if end > from && (!apposed || end == k && k < len(r.toks) && strings.TrimSpace(r.gap(k)) == ",") {
			// Apposed, the adjectives close with a comma: « Dans son
			// œuvre, faillibilisme et pragmatisme peuvent … » apposes
			// nothing.
			return r.span(from, end)
		}
	}
	return ""
}

// adjective reports a token that may be an adjective after a noun: a word
// in lower case of no word class the span lists know, not the question's,
// not a form only a verb has unless a past participle (« qualifiée ») or
// after a degree adverb (« très claire »), which no verb follows.
func (m *Matcher) adjective(r *reading, k int, degree bool) bool {
	t := r.toks[k]
	return t.Kind == french.Word && !startsUpper(t.Text) && !r.own[k] && french.IsContent(t.Fold) &&
		spanWords.classOf(t.Fold) == 0 && (degree || pastParticiple(t.Text) || !m.lang.onlyVerb(t.Fold) && !m.lang.verbForm(t.Fold))
}

// mannerOpening reports a word that opens a phrase of means or manner at
// token j: « par », « avec », « sans », « comme » (« décrit comme un
// vieil homme »), « grâce à », « en » before a gerund (« en acceptant »;
// not « en 1846 »).
func mannerOpening(toks []french.Token, j int) bool {
	switch toks[j].Fold {
	case "par", "avec", "sans", "comme":
		return true
	case "grace":
		return j+1 < len(toks) && (toks[j+1].Fold == "a" || toks[j+1].Fold == "au" || toks[j+1].Fold == "aux")
	case "en":
		return j+1 < len(toks) && strings.HasSuffix(toks[j+1].Fold, "ant")
	}
	return false
}

// "Par quoi la DSM est-elle remplacée ?", "À quoi sert X ?": a question
// that opens with a preposition and « quoi » is answered by what follows
// that preposition after the question's words in the cited sentence,
// « … la DSM est remplacée par la Direction de la protection … », to the
// end of the clause, a verb or a relative pronoun.

// prepQuoiFrame returns the preposition (folded) a question opens with
// before « quoi » or « qui » (« À qui Lucifer fait-il face ? », « De quoi
// se sont-ils félicités ? »), or "".
func prepQuoiFrame(folds []string) string {
	i := frameStart(folds)
	if i+1 < len(folds) && (folds[i+1] == "quoi" || folds[i+1] == "qui") && (spanWords.classOf(folds[i])&classPrep != 0 || isDe(folds[i])) {
		return folds[i]
	}
	return ""
}

// samePreposition reports whether the sentence's token is the question's
// preposition, contracted or elided (« à » → « au », « de » → « d' »).
func samePreposition(prep string, t french.Token) bool {
	switch prep {
	case "a":
		return t.Text == "à" || t.Text == "À" || t.Fold == "au" || t.Fold == "aux"
	case "de":
		return t.Fold == "de" || t.Fold == "d" || t.Fold == "du" || t.Fold == "des"
	}
	return t.Fold == prep
}

// prepQuoiAnswer is what follows the question's preposition after its
// words in the cited sentence (see above), verbatim, or "".
func (m *Matcher) prepQuoiAnswer(q *question, s *knowledge.Sentence) string {
	prep := prepQuoiFrame(q.folds)
	if prep == "" {
		return ""
	}
	r := m.read(q, s)
	return r.openPhrase(func(j int) bool {
		// « de » right after the question's word only: after another
		// word it is that word's complement (« une couche de huit
		// mètres »).
		return samePreposition(prep, r.toks[j]) && (!isDe(prep) || r.asked[j-1])
	}, func(t french.Token) bool {
		// « … sur des planches étroites afin de … » says why.
		return spanWords.classOf(t.Fold)&classVerb != 0 || subjectBreak(t.Fold) || t.Fold == "afin" || t.Fold == "mais"
	})
}
