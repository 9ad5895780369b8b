package match

import (
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "De quelle nationalité est Friedrich Münter ?": a question that asks for
// a nationality or an origin is answered by the demonym the cited
// sentence gives, « l'historien danois Friedrich Münter », « les
// Britanniques », « d'origine hongroise » (two joined by « et » together),
// from the place list's demonyms in any of their forms.

// nationalityFrame reports a question that asks for a nationality or an
// origin: « De quelle nationalité … ? », « Quelle est la nationalité de
// … ? », « De quelle origine … ? ».
func nationalityFrame(folds []string) bool {
	for i := 0; i+1 < len(folds) && i < nationalityReach; i++ {
		if whichWord(folds[i]) && (folds[i+1] == "nationalite" || folds[i+1] == "nationalites" || folds[i+1] == "origine") {
			return true
		}
		if whichWord(folds[i]) && i+3 < len(folds) && matchWords.copulas.Has(folds[i+1]) && strings.HasPrefix(folds[i+3], "nationalite") {
			return true // « Quelle est la nationalité de … ? »
		}
	}
	return false
}

// whichWord reports a form of « quel ».
func whichWord(fold string) bool {
	return fold == "quel" || fold == "quelle" || fold == "quels" || fold == "quelles"
}

// demonym reports a folded word that is a demonym in any of its forms
// (« britanniques », « hongroise », « italiennes »).
func (m *Matcher) demonym(fold string) bool {
	_, ok := m.demonymCountry(fold)
	return ok
}

// demonymCountry is the country of a folded word that is a demonym in any
// of its forms, and whether it is one.
func (m *Matcher) demonymCountry(fold string) (string, bool) {
	for _, suffix := range [...]string{"", "s", "e", "es", "ne", "nes"} {
		if base, ok := strings.CutSuffix(fold, suffix); ok && base != "" {
			if c, ok := m.demonyms.find(base); ok {
				return c, true
			}
		}
	}
	return "", false
}

// nounOrigin is a noun a question qualifies by a nationality: its stem and
// the nationality's country (demonymsOf).
type nounOrigin struct{ stem, country string }

// nounOrigins are the nouns a question qualifies by a nationality right
// after them (« la délégation française », « les soldats anglais »).
func (m *Matcher) nounOrigins(folds []string) []nounOrigin {
	var out []nounOrigin
	for i := 1; i < len(folds); i++ {
		country, ok := m.demonymCountry(folds[i])
		if !ok || !french.IsContent(folds[i-1]) || m.demonym(folds[i-1]) {
			continue
		}
		out = append(out, nounOrigin{stem: m.an.Stem(folds[i-1]), country: country})
	}
	return out
}

// speaksOfOther reports a sentence that qualifies a noun the question
// qualifies by a nationality by another one, and names none of the
// question's nationality: « Qui dirigeait la délégation française … ? »
// is not answered by « … chef de la délégation américaine », which speaks
// of another delegation.
func (m *Matcher) speaksOfOther(q *question, s *knowledge.Sentence) bool {
	if len(q.origins) == 0 {
		return false
	}
	// The index's terms, not a reading of the sentence: this is asked of
	// every candidate, and a reading would replace the cited sentence's
	// (as in namesOther).
	terms := m.base.AppendTerms(q.termRoom[:0], s)
	q.termRoom = terms
	other := false
	prev := -1 // the word before, when nothing but punctuation parts them
	for j, t := range terms {
		if t.Part {
			continue
		}
		if country, ok := m.demonymCountry(t.Fold); ok {
			for _, o := range q.origins {
				if country == o.country {
					return false // the sentence speaks of the one asked too
				}
				if prev >= 0 && terms[prev].Stem == o.stem && !hasLetter(s.Text[terms[prev].End:t.Start]) {
					other = true
				}
			}
		}
		prev = j
	}
	return other
}

// hasLetter reports a letter or digit in s: a gap between two words that
// holds another word.
func hasLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// nationalityAnswer is the demonym the cited sentence gives nearest the
// question's words, within shortGap words of one (see above), verbatim,
// or "".
func (m *Matcher) nationalityAnswer(q *question, s *knowledge.Sentence) string {
	if !nationalityFrame(q.folds) {
		return ""
	}
	r := m.read(q, s)
	best, bestDist := "", 0
	for i, t := range r.toks {
		if t.Kind != french.Word || r.own[i] || !m.demonym(t.Fold) {
			continue
		}
		end := i + 1
		if end+1 < len(r.toks) && r.toks[end].Fold == "et" && !r.own[end+1] && m.demonym(r.toks[end+1].Fold) {
			end += 2 // « français et monégasque »
		}
		if d := wordsToQuestion(r, i); d <= shortGap && (best == "" || d < bestDist) {
			best, bestDist = r.text[t.Start:r.toks[end-1].End], d
		}
	}
	return best
}

// wordsToQuestion is how many words part token i from the nearest of the
// question's words in the reading.
func wordsToQuestion(r *reading, i int) int {
	d := len(r.toks)
	for k := range r.toks {
		if r.asked[k] {
			d = min(d, max(k-i, i-k))
		}
	}
	return d
}
