package french

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sahilm/fuzzy"
)

// MatchNames returns the names (people, organisations, places) that a
// sloppy query may designate, best first: "/quote camron" finds "David
// Cameron". Matching ignores case and accents. A name ranks by how the query
// meets it: the whole name, every query word equal to a word of the name,
// every query word a prefix of one or within the spelling distance of
// Correct, then a compact fuzzy match of the letters (sahilm/fuzzy). Names
// that meet none of these are left out.
func MatchNames(query string, names []string) []string {
	qwords := nameWords(query)
	if len(qwords) == 0 || len(names) == 0 {
		return nil
	}
	q := strings.Join(qwords, " ")
	type ranked struct {
		name  string
		tier  int
		score int
	}
	var out []ranked
	folded := make([]string, len(names))
	for i, n := range names {
		words := nameWords(n)
		folded[i] = strings.Join(words, " ")
		if t := wordTier(qwords, words); t > 0 {
			out = append(out, ranked{name: n, tier: t})
		}
	}
	matched := make(map[string]bool, len(out))
	for _, r := range out {
		matched[r.name] = true
	}
	for _, m := range fuzzy.Find(q, folded) {
		n := names[m.Index]
		if matched[n] || !compact(m.MatchedIndexes, len(q)) {
			continue
		}
		matched[n] = true
		out = append(out, ranked{name: n, tier: 4, score: m.Score})
	}
	slices.SortStableFunc(out, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(b.score, a.score), strings.Compare(a.name, b.name))
	})
	res := make([]string, len(out))
	for i, r := range out {
		res[i] = r.name
	}
	return res
}

// nameWords returns the folded words of a name, without elisions.
func nameWords(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		if t.Kind == Word || t.Kind == Number {
			out = append(out, strings.Split(t.Fold, "-")...)
		}
	}
	return out
}

// wordTier says how well query words meet a name's words: 1 the same
// words, 2 each query word is a word of the name, 3 each is a prefix (3
// letters or more) of one or a misspelling of one; 0 otherwise.
func wordTier(q, name []string) int {
	if slices.Equal(q, name) {
		return 1
	}
	tier := 2
	for _, w := range q {
		switch {
		case slices.Contains(name, w):
		case slices.ContainsFunc(name, func(n string) bool { return nearWord(w, n) }):
			tier = 3
		default:
			return 0
		}
	}
	return tier
}

// nearWord reports a query word that abbreviates or misspells a name word.
func nearWord(q, n string) bool {
	if len(q) >= 3 && strings.HasPrefix(n, q) {
		return true
	}
	d := MaxDistance(q)
	return d > 0 && editDistance(q, n, d) <= d
}

// compact rejects fuzzy matches whose letters are strewn over the name:
// the matched letters must lie within a span a little longer than the query.
func compact(idx []int, qlen int) bool {
	if len(idx) == 0 {
		return false
	}
	return idx[len(idx)-1]-idx[0] < qlen+qlen/2+1
}
