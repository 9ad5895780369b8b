package evalset

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minNearWord is the shortest word Nearest compares articles by: shorter
// ones are mostly function words, which say nothing of a topic.
const minNearWord = 4

// Nearest returns, for each article of texts (id → text), the ids of the n
// other articles nearest to it by topic, nearest first: the cosine of
// their word vectors weighted by TF-IDF (log counts, so that one long
// article does not pull everything to it). Ties go to the smaller id, so
// the result depends only on the texts. A corpus of such neighbours is
// one on a single subject, like a teacher's folder of articles.
func Nearest(texts map[string]string, n int) map[string][]string {
	ids := make([]string, 0, len(texts))
	for id := range texts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	counts := make([]map[string]float64, len(ids))
	df := map[string]float64{}
	for i, id := range ids {
		counts[i] = map[string]float64{}
		for _, w := range strings.FieldsFunc(strings.ToLower(texts[id]), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if utf8.RuneCountInString(w) >= minNearWord {
				counts[i][w]++
			}
		}
		for w := range counts[i] {
			df[w]++
		}
	}
	vecs := make([]map[string]float64, len(ids))
	for i, c := range counts {
		v, norm := map[string]float64{}, 0.0
		for w, k := range c {
			x := (1 + math.Log(k)) * math.Log(float64(len(ids))/df[w])
			v[w], norm = x, norm+x*x
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for w := range v {
				v[w] /= norm
			}
		}
		vecs[i] = v
	}
	type near struct {
		id  string
		sim float64
	}
	out := make(map[string][]string, len(ids))
	for i, id := range ids {
		var all []near
		for j, other := range ids {
			if j == i {
				continue
			}
			a, b := vecs[i], vecs[j]
			if len(b) < len(a) {
				a, b = b, a
			}
			sim := 0.0
			for w, x := range a {
				sim += x * b[w]
			}
			all = append(all, near{other, sim})
		}
		slices.SortStableFunc(all, func(x, y near) int { return cmp.Compare(y.sim, x.sim) })
		for _, nb := range all[:min(n, len(all))] {
			out[id] = append(out[id], nb.id)
		}
	}
	return out
}
