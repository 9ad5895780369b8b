package match

import (
	"slices"
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// A sentence often states several numbers or dates: "passant de 8
// minutes à environ 4 minutes", "né le 27 septembre 1894 … décédé le
// 22 mars 1968". The extractors take the first that fits, which tells
// the ranking the sentence holds one; the short answer is the one the
// question's words are nearest. On PIAF (howmany and when questions,
// rightly cited) that raised the share of short answers holding a gold
// answer from 0.820 to 0.856, in four of five article folds.

// rivals returns the texts of the sentence's numbers or dates that answer
// the question as well as the extractor's pick does: for "combien de X"
// those that count X as closely, else every number; dates of the
// precision asked for.
func (m *Matcher) rivals(q *question, s *knowledge.Sentence, pick string) []string {
	in := m.base.Facts(s)
	var out []string
	switch q.kind {
	case kindNumber:
		level := -1
		if q.counted != "" {
			for _, n := range in.Numbers() {
				if n.Text == pick {
					level = m.countsSame(q, n.Unit)
				}
			}
		}
		for _, n := range in.Numbers() {
			if !q.inQuestion(n.Text) && (level < 0 || m.countsSame(q, n.Unit) == level) {
				out = append(out, n.Text)
			}
		}
	case kindDate:
		// A relative date only when there is no other.
		var relative []string
		for _, d := range in.Dates() {
			if !q.inQuestion(d.Text) && fitsKinds(q.dateKinds, d) {
				if d.Kind == knowledge.Relative {
					relative = append(relative, d.Text)
				} else {
					out = append(out, d.Text)
				}
			}
		}
		if len(out) == 0 {
			out = relative
		}
	}
	return out
}

// nearestRival is, of the extractor's pick and its rivals, the one
// nearest the question's words other than names (the first on a tie):
// the names say whom the sentence is about, the other words which of
// its facts the question asks for.
func (m *Matcher) nearestRival(r *ranking, s *knowledge.Sentence, pick string) string {
	cands := append([]string{pick}, m.rivals(r.q, s, pick)...)
	if r.q.kind == kindNumber && asksShare(r.q.folds) && slices.ContainsFunc(cands, isShare) {
		// « Quel est le taux de chômage ? »: a share, not the count
		// beside it.
		cands = slices.DeleteFunc(cands, func(c string) bool { return !isShare(c) })
	}
	if p := m.pairedWithName(r.q, s, cands); p != "" {
		return p
	}
	if p := m.pairedWithYear(r.q, s, cands); p != "" {
		return p
	}
	if r.q.kind == kindDate {
		cands = m.ofAskedPhase(r.q, s, cands)
		if d := m.verbDate(r.q, s, cands); d != "" {
			return d
		}
	}
	if r.q.kind == kindNumber {
		if n := m.countedOfAsked(r.q, s, cands); n != "" {
			return n
		}
	}
	best, bestDist := "", 0
	for _, o := range cands {
		if d := m.predicateDistance(r, s, strings.Index(s.Text, o)); best == "" || d < bestDist {
			best, bestDist = o, d
		}
	}
	return best
}

// verbDate is, of dates, the first written after the question's verb
// (one of its words, as a form of the same verb) in its clause, at most
// verbDateReach words on: « Transformée en unité … en 1940, cette unité
// fut finalement dissoute en octobre 1942 » for « Quand l'unité fut-elle
// dissoute ? », not the « 1940 » nearer the question's other words. ""
// when none is.
func (m *Matcher) verbDate(q *question, s *knowledge.Sentence, dates []string) string {
	r := m.read(q, s)
	i := frameStart(q.folds)
	for v := range r.toks {
		if !r.asked[v] || !m.questionVerb(q.folds[i:], r.toks[v].Fold) {
			continue
		}
		limit := len(s.Text)
		for j := v + 1; j < len(r.toks); j++ {
			if r.breaks(j) || j > v+verbDateReach {
				limit = r.toks[j].Start
				break
			}
		}
		best, bestAt := "", limit
		for _, d := range dates {
			if at := strings.Index(s.Text, d); at >= r.toks[v].End && at < bestAt {
				best, bestAt = d, at
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// countedOfAsked is, of numbers, the one whose counted noun the
// sentence follows with the complement the question gives it: « Plus de
// 337 000 Juifs du district de Radom, 35 000 du district de Lublin » for
// « Combien de Juifs du district de Radom … ? ». "" when none or several
// are.
func (m *Matcher) countedOfAsked(q *question, s *knowledge.Sentence, numbers []string) string {
	comp := m.countedComplement(q)
	if comp == "" {
		return ""
	}
	r := m.read(q, s)
	found := ""
	for _, n := range numbers {
		at := strings.Index(s.Text, n)
		if at < 0 {
			continue
		}
		for k, t := range r.toks {
			if t.Start < at+len(n) {
				continue
			}
			if k+2 < len(r.toks) && m.an.Stem(t.Fold) == q.counted && isDe(r.toks[k+1].Fold) && m.an.Stem(r.toks[k+2].Fold) == comp && !r.breaks(k+1) {
				if found != "" && found != n {
					return ""
				}
				found = n
			}
			break
		}
	}
	return found
}

// countedComplement is the stem of the noun the question gives after what
// it counts and « de » (« Combien de Juifs du district »: district), or
// "".
func (m *Matcher) countedComplement(q *question) string {
	if q.counted == "" {
		return ""
	}
	for i := 0; i+2 < len(q.folds); i++ {
		if m.an.Stem(q.folds[i]) == q.counted && isDe(q.folds[i+1]) {
			return m.an.Stem(q.folds[i+2])
		}
	}
	return ""
}

// asksShare reports a question about a rate or a share (« taux »,
// « pourcentage », « quelle part »), which a percentage answers.
func asksShare(folds []string) bool {
	return slices.ContainsFunc(folds, func(f string) bool { return matchWords.share.Has(f) })
}

// isShare reports a number written as a percentage (« 14,8 % », « 45
// pour cent ») or a fraction (« un quart », « plus de la moitié »).
func isShare(text string) bool {
	if strings.HasSuffix(text, "%") || strings.HasSuffix(text, "pour cent") || strings.HasSuffix(text, "pourcent") {
		return true
	}
	i := strings.LastIndexAny(text, " '’\u00a0")
	return french.IsFraction(french.Fold(text[i+1:]))
}

// predicateDistance is distanceToQuestion over the question's words other
// than names, or over all when it has no other.
func (m *Matcher) predicateDistance(r *ranking, s *knowledge.Sentence, at int) int {
	if d, ok := meanDistance(r, s, at, func(i int) bool { return r.q.terms[i].ent == nil }); ok || at < 0 {
		return d
	}
	return m.distanceToQuestion(r, s, at)
}

// fitsKinds reports whether date d has a precision kinds asks for (nil:
// any): a month with its year (« juin 2014 ») answers a question about a
// year; a day without one (« 12 novembre », « lundi 19 novembre ») does
// not (on PIAF, four such answers to « En quelle année … ? » in five were
// wrong).
func fitsKinds(kinds []knowledge.DateKind, d *knowledge.DateMention) bool {
	if kinds == nil {
		return true
	}
	year := slices.Contains(kinds, knowledge.Year)
	switch d.Kind {
	case knowledge.Month:
		return slices.Contains(kinds, d.Kind) || year && strings.IndexFunc(d.Text, unicode.IsDigit) >= 0
	case knowledge.FullDate:
		return slices.Contains(kinds, d.Kind) && (!year || statesYear(d.Text))
	}
	return slices.Contains(kinds, d.Kind)
}

// statesYear reports a date that writes its year (yearRun: « 12 novembre
// 2018 », « 14/07/1789 »).
func statesYear(date string) bool { return yearRun(date) != "" }

// yearRun is the first run of three or four digits in text, or "".
func yearRun(text string) string {
	start := -1
	for i, c := range text + " " {
		switch {
		case unicode.IsDigit(c) && start < 0:
			start = i
		case !unicode.IsDigit(c) && start >= 0:
			if n := i - start; n == 3 || n == 4 {
				return text[start:i]
			}
			start = -1
		}
	}
	return ""
}

// pairedWithName is, of cands, the one the sentence writes right after
// one of the question's names (« accueillie par la Hongrie en 2012 et la
// République de Corée en 2013 » for « … la Corée … ? »), when another is
// written right after another name: each name has its own. "" otherwise.
func (m *Matcher) pairedWithName(q *question, s *knowledge.Sentence, cands []string) string {
	if len(cands) < 2 {
		return ""
	}
	r := m.read(q, s)
	pick, others := "", 0
	for _, o := range cands {
		k := r.tokenAt(strings.Index(s.Text, o))
		if k < 1 {
			continue
		}
		for i := k - 1; i >= max(0, k-namePairReach-1); i-- {
			if r.breaks(i + 1) {
				break
			}
			if !startsUpper(r.toks[i].Text) {
				continue
			}
			if slices.ContainsFunc(q.terms, func(t qterm) bool { return (t.ent != nil || t.cap) && r.holds(t, i) }) {
				if pick != "" && pick != o {
					return "" // two of the question's names, each with its own
				}
				pick = o
			} else {
				others++
			}
			break
		}
	}
	if others == 0 {
		return ""
	}
	return pick
}

// tokenAt is the index of the token that starts at byte at, or -1.
func (r *reading) tokenAt(at int) int {
	for i, t := range r.toks {
		if t.Start == at {
			return i
		}
	}
	return -1
}
