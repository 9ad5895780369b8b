package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
)

// "Qui sont les trois peintres hongrois les plus célèbres du XXe siècle ?":
// a question that asks who holds a role is also answered by the names the
// cited sentence gives as the subject of « est » (« sont », « fut ») and
// the role, « Victor Vasarely, Zsigmond Kemény et László Moholy-Nagy sont
// les peintres hongrois les plus connus », « Kinsler est aussi le deuxième
// joueur ». roleName reads the name after the role; roleSubject the names
// before its copula, a list of them joined by commas and « et », opening
// the clause (« le président Bob Hawke est … » is a noun's apposition).

// roleSubject is the names subject of a copula that the role the question
// asks about follows (see above), or "".
func (m *Matcher) roleSubject(q *question, s *knowledge.Sentence) string {
	at := roleFrame(q.folds)
	if at < 0 {
		return ""
	}
	r := m.read(q, s)
	// The role noun may follow a number or an adjective (« les trois
	// peintres », « les grands peintres »).
	for pos := at; pos < at+roleCopulaReach && pos < len(q.folds); pos++ {
		role := q.wordAt(pos)
		if role < 0 {
			continue
		}
		for h := range r.toks {
			if !r.holds(q.terms[role], h) {
				continue
			}
			if c := r.copulaBefore(h); c > 0 {
				if names := m.nameListBefore(r, c); names != "" {
					return names
				}
			}
		}
	}
	return ""
}

// copulaBefore is the copula at most roleCopulaReach words before the
// role noun at token h, in its clause (« sont les peintres », « est aussi
// le deuxième joueur », « fut sa vice-présidente »), or -1.
func (r *reading) copulaBefore(h int) int {
	for c := h - 1; c >= 0 && h-c <= roleCopulaReach; c-- {
		if r.breaks(c + 1) {
			return -1
		}
		if matchWords.copulas.Has(r.toks[c].Fold) {
			return c
		}
	}
	return -1
}

// nameListBefore is the run of names, joined by commas and « et », that
// ends right before token end and opens its clause, none a question word,
// or "".
func (m *Matcher) nameListBefore(r *reading, end int) string {
	start := end
	for start > 0 {
		k := start - 1
		switch {
		case r.asked[k]:
		case m.nameWord(r.toks[k]) && (start == end || !r.breaks(start) || listComma(r.gap(start))):
			start = k
			continue
		case joinsNames(r.toks, k) && !r.breaks(start):
			start = k
			continue
		}
		break
	}
	for start < end && !m.nameWord(r.toks[start]) {
		start++
	}
	if start == end || start > 0 && !r.breaks(start) {
		return ""
	}
	if start > 0 && listComma(r.gap(start)) && m.nameWord(r.toks[start-1]) {
		return "" // the list went on over a word nameWord refused
	}
	return r.text[r.toks[start].Start:r.toks[end-1].End]
}

// listComma reports the gap of a comma between two items of a list.
func listComma(gap string) bool { return strings.TrimSpace(gap) == "," }
