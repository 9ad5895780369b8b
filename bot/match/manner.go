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
	toks := french.Tokenize(s.Text)
	asked := make([]bool, len(toks))
	cur := m.base.StemCursor(s)
	last := -1
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		if asked[i] = m.questionStem(q, st); asked[i] {
			last = i
		}
	}
	if last < 0 {
		return ""
	}
	for j := last + 1; j < len(toks) && j <= last+mannerReach; j++ {
		if clauseBreak(s.Text[toks[j-1].End:toks[j].Start]) {
			return ""
		}
		if !mannerOpening(toks, j) {
			continue
		}
		end := j + 1
		for end < len(toks) && !clauseBreak(s.Text[toks[end-1].End:toks[end].Start]) {
			end++
		}
		return copulaSpan(s.Text, toks, asked, j, end)
	}
	return ""
}

// mannerOpening reports a word that opens a phrase of means or manner at
// token j: « par », « avec », « sans », « grâce à », « en » before a
// gerund (« en acceptant »; not « en 1846 »).
func mannerOpening(toks []french.Token, j int) bool {
	switch toks[j].Fold {
	case "par", "avec", "sans":
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
// before « quoi » or « qui » (« À qui Lucifer fait-il face ? »), or "".
func prepQuoiFrame(folds []string) string {
	i := 0
	for i < len(folds) && matchWords.objectSkip[folds[i]] {
		i++
	}
	if i+1 < len(folds) && (folds[i+1] == "quoi" || folds[i+1] == "qui") && spanWords.class[folds[i]]&classPrep != 0 {
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
	toks := french.Tokenize(s.Text)
	asked := make([]bool, len(toks))
	cur := m.base.StemCursor(s)
	last := -1
	for i, t := range toks {
		st := m.stemAt(&cur, t.Start, t.Fold)
		if asked[i] = m.questionStem(q, st); asked[i] {
			last = i
		}
	}
	if last < 0 {
		return ""
	}
	for j := last + 1; j < len(toks) && j <= last+mannerReach; j++ {
		if clauseBreak(s.Text[toks[j-1].End:toks[j].Start]) {
			return ""
		}
		if !samePreposition(prep, toks[j]) {
			continue
		}
		end := j + 1
		for end < len(toks) && !clauseBreak(s.Text[toks[end-1].End:toks[end].Start]) &&
			spanWords.class[toks[end].Fold]&classVerb == 0 && !subjectBreak(toks[end].Fold) &&
			toks[end].Fold != "afin" && toks[end].Fold != "mais" {
			end++ // « … sur des planches étroites afin de … » says why
		}
		for end > j+1 && french.IsStopWord(toks[end-1].Fold) {
			end-- // « … à Salazar Serpentard et »
		}
		return copulaSpan(s.Text, toks, asked, j, end)
	}
	return ""
}
