package match

import (
	"regexp"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// Yes/no questions: "Est-ce que la Chine a signé ?", "Facebook est-il
// accessible ?", "Y a-t-il … ?". The tokenizer cuts "est-ce" and "a-t-il"
// into words, so the frame is read from the question as written.

// inversionForm matches a verb-pronoun inversion as written ("est-il",
// "a-t-elle", "va-t-on").
var inversionForm = regexp.MustCompile(`(?i)\p{L}-(?:t-)?(?:il|elle|ils|elles|on)\b`)

// yesNoFrame reports a question that asks for yes or no: it opens with
// "est-ce que" ("est-ce qu'il"), or has no question word in front and
// inverts its verb and pronoun ("Facebook est-il …", "Y a-t-il …").
// folds are the question's words from its first, after any "et".
func yesNoFrame(text string, folds []string) bool {
	if len(folds) >= 3 && folds[0] == "est" && folds[1] == "ce" && (folds[2] == "que" || folds[2] == "qu") {
		return true
	}
	for _, f := range folds {
		if whWord(f) {
			// "En 2005, dans quel pays a-t-on fêté …": a question
			// word further on asks for something else.
			return false
		}
	}
	return inversionForm.MatchString(text)
}

// whWord reports a word that asks for something other than yes or no.
func whWord(fold string) bool { return yesNoWords.wh[fold] }

// negation says whether words negate: "ne … pas/jamais/plus/rien/aucun…",
// "n'a pas", or "aucun", "jamais", "sans", "ni" alone.
func negation(toks []french.Token) bool {
	for i, t := range toks {
		if yesNoWords.negation[t.Fold] {
			return true
		}
		if t.Fold != "ne" && t.Fold != "n" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+negationWindow; j++ {
			if yesNoWords.negationEnd[toks[j].Fold] {
				return true
			}
		}
	}
	return false
}

// contrary reports a word that turns the clause's statement around
// without a negation ("refuse de revenir", "rejette l'accord"): such a
// clause answers neither yes nor no plainly.
func contrary(toks []french.Token) bool {
	for _, t := range toks {
		if yesNoWords.contrary[t.Fold] {
			return true
		}
	}
	return false
}

// clauses cuts a sentence's words at punctuation: a yes/no question is
// settled by one clause that holds all its words.
func clauses(text string) [][]french.Token {
	toks := french.Tokenize(text)
	var out [][]french.Token
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ",;:()«»\"—–[]") {
			out = append(out, toks[start:i])
			start = i
		}
	}
	return out
}

// yesNoAnswer is "Oui" or "Non" when a clause of the cited sentence
// states the question, else "": the sentence then speaks for itself. The
// clause must hold the question's words in its order, close together
// (yesNoGap): for "Oui" as the asker wrote them (or their spelling
// corrections), since related words may say the opposite ("accessible" /
// "bloqué"), with no negation or contrary word among them; for "Non"
// related words do, with a negation among them. A question that negates
// or restricts ("n'a-t-il pas", "sans", "seulement") has no plain answer.
func (m *Matcher) yesNoAnswer(q *question, s *knowledge.Sentence) string {
	qt := french.Tokenize(q.text)
	if len(q.terms) < 2 || negation(qt) || contrary(qt) {
		return ""
	}
	terms := slices.Clone(q.terms)
	slices.SortStableFunc(terms, func(a, b qterm) int { return a.pos - b.pos })
	for _, c := range clauses(s.Text) {
		first, last, exact := m.statement(terms, c)
		if first < 0 {
			continue
		}
		span := c[max(0, first-negationWindow) : last+1]
		switch {
		case negation(span):
			return "Non"
		case exact && !contrary(span):
			return "Oui"
		}
		return ""
	}
	return ""
}

// statement finds the question's words (in the order asked) in a clause,
// each at most yesNoGap words after the previous one, and returns where
// the first and last are (-1 when they are not all there) and whether
// each is the asker's own word.
func (m *Matcher) statement(terms []qterm, c []french.Token) (first, last int, exact bool) {
	stems := make([]string, len(c))
	for i, t := range c {
		stems[i] = m.an.Stem(t.Fold)
	}
	for start := range c {
		at, own, ok := start, true, true
		for k, t := range terms {
			found := -1
			for j := at; j < len(c) && (k == 0 && j == start || k > 0 && j <= at+yesNoGap); j++ {
				if i := slices.IndexFunc(t.stems, func(a alt) bool { return a.Stem == stems[j] }); i >= 0 {
					found = j
					own = own && t.stems[i].origin <= corrected
					break
				}
			}
			if found < 0 {
				ok = false
				break
			}
			at = found + 1
		}
		if ok {
			return start, at - 1, own
		}
	}
	return -1, -1, false
}
