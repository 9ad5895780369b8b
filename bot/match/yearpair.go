package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// A sentence may pair several things with years (« il passe de 30 ans en
// 1815 à 25 ans en 1830 », « le Tami en 1981, le Shas en 1984 et le
// Gesher en 1996 »): a question that writes one of the years asks for
// the thing paired with it.

// pairedWithYear is, of cands, the one the sentence writes right before
// the question's year (« il passe de 30 ans en 1815 à 25 ans en 1830 »
// for « … en 1815 ? »), when another is written right before another
// year: each year has its own. "" otherwise.
func (m *Matcher) pairedWithYear(q *question, s *knowledge.Sentence, cands []string) string {
	year := askedYear(q)
	if len(cands) < 2 || year == "" {
		return ""
	}
	r := m.read(q, s)
	pick, others := "", 0
	for _, o := range cands {
		at := strings.Index(s.Text, o)
		if at < 0 {
			continue
		}
		end := r.tokenEndingAt(at + len(o))
		if end < 0 {
			continue
		}
		for j := end + 1; j < len(r.toks) && j <= end+yearPairReach+1; j++ {
			if r.breaks(j) {
				break
			}
			if f := r.toks[j].Fold; yearRun(f) == f {
				if f != year {
					others++
				} else if pick != "" && pick != o {
					return "" // two before the question's year
				} else {
					pick = o
				}
				break
			}
		}
	}
	if others == 0 {
		return ""
	}
	return pick
}

// askedYear is the question's year (« en 1815 »), or "" when it writes
// none or several.
func askedYear(q *question) string {
	year := ""
	for _, f := range q.folds {
		if yearRun(f) == f && f != "" {
			if year != "" {
				return ""
			}
			year = f
		}
	}
	return year
}

// tokenEndingAt is the index of the token that ends at byte end, or -1.
func (r *reading) tokenEndingAt(end int) int {
	for i, t := range r.toks {
		if t.End == end {
			return i
		}
	}
	return -1
}

// yearPhrase is the noun phrase the cited sentence writes right before
// « en » and the question's year (« le Gesher en 1996 » for « Quel est le
// nouveau parti … en 1996 ? »), when the sentence writes another year
// too: at most yearPhraseMax words, back to the clause's start, « et » or
// the question's verb (another verb's object is no answer), from the
// first that opens a noun phrase or is a number. "" otherwise.
func (m *Matcher) yearPhrase(q *question, s *knowledge.Sentence) string {
	year := askedYear(q)
	if year == "" {
		return ""
	}
	r := m.read(q, s)
	at, others := -1, 0
	for j, t := range r.toks {
		switch {
		case yearRun(t.Fold) != t.Fold:
		case t.Fold != year:
			others++
		case at >= 0:
			return "" // the year twice
		default:
			at = j
		}
	}
	if at < 2 || others == 0 || r.toks[at-1].Fold != "en" || r.breaks(at) {
		return ""
	}
	end := at - 1
	start := end
	for ; start > 0 && !r.breaks(start); start-- {
		t := r.toks[start-1]
		if t.Fold == "et" || subjectBreak(t.Fold) {
			break
		}
		if m.sentenceVerb(t) {
			if !r.asked[start-1] {
				return "" // another verb's object (« … renforçant son pouvoir en 2003 »)
			}
			break
		}
		if end-start >= yearPhraseMax {
			return ""
		}
	}
	for start < end && !opensNounPhrase(r.toks[start]) && !startsDigit(r.toks[start].Text) {
		start++
	}
	if start == end {
		return ""
	}
	return r.span(start, end)
}

// sentenceVerb reports a sentence word that is a verb's form, its
// participles included (« remporté », « renforçant »).
func (m *Matcher) sentenceVerb(t french.Token) bool {
	participle := pastParticiple(t.Text) || strings.HasSuffix(t.Fold, "ant")
	return m.lang.onlyVerb(t.Fold) || participle && m.lang.verbForm(t.Fold) || auxiliary(t.Fold) || matchWords.copulas.Has(t.Fold)
}
