package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// « Outre des pays, quel type de territoires a envoyé des délégués ? »,
// « En plus des sociétés chinoises, à qui s'adressait l'invitation ? »,
// « Qu'est-ce qui fait la particularité de la cuisine hongroise à part
// le paprika ? »: the asker names one member of a list the article gives
// and asks for another. The question's words locate the list (« des
// représentants de plus de 60 pays et régions »); its answer is another
// member of it after the named one: the one that holds a further
// question word (« Outre la cybercriminalité, quel thème lié à la
// sécurité … ? »: « la sécurité internationale »), else the first. A
// sentence that names it as its own exclusion (« Outre le paprika, la
// spécificité … ») or in no list gives none.

// exclusionAt returns the tokens of the question from its exclusion
// marker to the end of the phrase it excludes, and whether it has one:
// « hormis », « outre », « excepté », « sauf », « en dehors de », « en
// plus de », « à part » (not « à part entière »), then the phrase up to a
// comma, a question word or the end.
func exclusionAt(text string, toks []french.Token) (from, to int, ok bool) {
	for i := range toks {
		if !exclusionMarker(toks, i) {
			continue
		}
		j := i + 1
		if j < len(toks) && isDe(toks[j].Fold) {
			j++ // « en dehors des », « en plus du »
		}
		end := j
		for end < len(toks) && !whWord(toks[end].Fold) && !strings.Contains(text[toks[end-1].End:toks[end].Start], ",") {
			end++
		}
		if end > j {
			return i, end, true
		}
	}
	return 0, 0, false
}

// exclusionMarker reports an exclusion marker at toks[i] (see
// exclusionAt).
func exclusionMarker(toks []french.Token, i int) bool {
	f := toks[i].Fold
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].Fold
	}
	if i+1 < len(toks) {
		next = toks[i+1].Fold
	}
	switch f {
	case "hormis", "excepte", "sauf":
		return true
	case "outre":
		return prev != "en" && !strings.HasPrefix(prev, "pass") // not « en outre », « passer outre »
	case "plus":
		return prev == "en" && isDe(next)
	case "dehors":
		// « En dehors des Polonais, … », « l'autre objectif … en
		// dehors de … »; not « le réseau en dehors des villes ».
		return prev == "en" && isDe(next) && (i == 1 || asksOther(toks))
	case "part":
		return prev == "a" && next != "entiere" && next != ""
	}
	return false
}

// asksOther reports « autre » or « autres » among the question's words.
func asksOther(toks []french.Token) bool {
	return slices.ContainsFunc(toks, func(t french.Token) bool { return t.Fold == "autre" || t.Fold == "autres" })
}

// exclusionAnswer is the other member of the list the cited sentence
// names the excluded phrase in (see above), verbatim, or "".
func (m *Matcher) exclusionAnswer(q *question, s *knowledge.Sentence) string {
	if len(q.excluded) == 0 {
		return ""
	}
	r := m.read(q, s)
	first := -1
	for i := range r.toks {
		if r.holdsExcluded(q, i, nil) {
			first = i
			break
		}
	}
	if first < 0 {
		return ""
	}
	for first > 0 && !r.startsMember(first) && !r.breaks(first) && !memberOpens(r.toks[first-1].Fold) {
		first-- // the excluded member's start
	}
	// The excluded phrase may name several members (« des individus et
	// des infrastructures »): each that holds one of its words the members
	// before it do not.
	held := make([]bool, len(q.excluded))
	at := first
	for from := first; from >= 0; from = r.nextMember(at) {
		end := r.memberEnd(from)
		more := false
		for i := from; i < end; i++ {
			more = r.holdsExcluded(q, i, held) || more
		}
		if !more {
			break
		}
		at = end
	}
	var members [][2]int
	for {
		from := r.nextMember(at)
		if from < 0 {
			break
		}
		at = r.memberEnd(from)
		members = append(members, [2]int{from, at})
	}
	listed := r.startsMember(first) || len(members) >= 2 || len(members) == 1 && r.toks[members[0][0]-1].Fold == "et"
	if !listed || r.ownExclusion(first) {
		return ""
	}
	pick := -1
	for i, mb := range members {
		if r.holdsOtherWord(q, mb[0], mb[1]) {
			if pick >= 0 {
				return "" // two hold one: none is surely the one asked for
			}
			pick = i
		}
	}
	switch {
	case pick >= 0:
	case len(members) > 0:
		pick = 0
	default:
		return ""
	}
	words := r.toks[members[pick][0]:members[pick][1]]
	if len(words) > objectMaxWords {
		return ""
	}
	return r.text[words[0].Start:words[len(words)-1].End]
}

// ownExclusion reports an exclusion marker of the sentence's own at or
// just before the member that starts at token j (« Outre le paprika, … »).
func (r *reading) ownExclusion(j int) bool {
	for i := max(0, j-3); i <= j && i < len(r.toks); i++ {
		if exclusionMarker(r.toks, i) {
			return true
		}
	}
	return false
}

// startsMember reports whether a list's member starts at token j: after a
// comma alone, or after « et ».
func (r *reading) startsMember(j int) bool {
	if j <= 0 || j >= len(r.toks) || r.toks[j].Fold == "et" {
		return false
	}
	g := strings.TrimSpace(r.gap(j))
	if r.toks[j-1].Fold == "et" {
		return g == ""
	}
	return g == ","
}

// memberEnd is the end (exclusive) of the list's member that token j is
// in: the next member, the clause's end, « et », or a word that ends a
// member (memberStop).
func (r *reading) memberEnd(j int) int {
	end := j + 1
	for end < len(r.toks) && !r.startsMember(end) && !r.breaks(end) && r.toks[end].Fold != "et" && !memberStop(r.toks[end].Fold) {
		end++
	}
	return end
}

// nextMember is the start of the list's member after one that ends at
// end, or -1.
func (r *reading) nextMember(end int) int {
	switch {
	case r.startsMember(end):
		return end
	case end < len(r.toks) && r.toks[end].Fold == "et" && strings.TrimSpace(r.gap(end)) == "" && r.startsMember(end+1):
		return end + 1 // not « …, et … », which joins clauses
	}
	return -1
}

// memberOpens reports a word before which a list's first member starts:
// a verb of being or having, a relative pronoun, or a preposition other
// than « de » (« pour durcir …, et renforcer … »).
func memberOpens(fold string) bool {
	return memberStop(fold) || spanWords.classOf(fold)&classPrep != 0 && !isDe(fold)
}

// memberStop reports a word that ends a list's member: a verb of being
// or having, or a relative pronoun (« … et régions ont assisté », « …,
// qui … », « Google et Facebook qui sont … »).
func memberStop(fold string) bool {
	return verbLike(fold) || matchWords.relatives.Has(fold) || relativePronoun(fold)
}

// holdsExcluded reports whether token i is a word of the excluded phrase;
// with held, one not yet held, which it then marks.
func (r *reading) holdsExcluded(q *question, i int, held []bool) bool {
	found := false
	for j, k := range q.excluded {
		if (held == nil || !held[j]) && r.holdsUncorrected(q.terms[k], i) {
			if held == nil {
				return true
			}
			held[j], found = true, true
		}
	}
	return found
}

// holdsUncorrected reports whether token i is the question word t, in a
// form other than a spelling correction (« Herrmann » is not « Hermann »).
func (r *reading) holdsUncorrected(t qterm, i int) bool {
	return slices.ContainsFunc(t.stems, func(a alt) bool { return a.origin != corrected && a.Stem == r.stems[i] })
}

// holdsOtherWord reports whether tokens from to end hold a question word
// that the excluded phrase does not.
func (r *reading) holdsOtherWord(q *question, from, end int) bool {
	for i := from; i < end; i++ {
		if !r.asked[i] {
			continue
		}
		for k, t := range q.terms {
			if !slices.Contains(q.excluded, k) && !focusTerm(t) && r.holds(t, i) {
				return true
			}
		}
	}
	return false
}
