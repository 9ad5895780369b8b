package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// The ranking features that look beyond which words a sentence holds:
// whether it holds them in the question's order, and what its paragraph
// and article hold. Each is computed only when its weight is set, the
// ranking trees split on it, or for training (Matcher.computes).

// contextFeatures sets the candidate's context features: those the
// weights or the trees use, or all of them for training.
func (m *Matcher) contextFeatures(r *ranking, c *scored) {
	s := c.hit.Sentence
	if m.computes[FeatOrder] {
		c.f[FeatOrder] = m.orderShare(r, s)
	}
	if m.computes[FeatPara] {
		c.f[FeatPara] = m.paragraphCoverage(r, s)
	}
	if m.computes[FeatArticle] {
		c.f[FeatArticle] = m.articleCoverage(r, s)
	}
	if m.computes[FeatTitle] {
		c.f[FeatTitle] = m.titleCoverage(r, s.Article)
	}
}

// titleCoverage is the share of the question's weight that the article's
// title holds, by any of each word's stems, computed once per article: an
// article is about what its title names (« Lyon »), and a question naming
// it asks about that article rather than another that mentions it.
func (m *Matcher) titleCoverage(r *ranking, a *knowledge.Article) float64 {
	as := r.article(a)
	if as.titleDone {
		return as.title
	}
	as.titleDone = true
	list := r.stemTerms()
	held := r.titleHeld[:0]
	for range r.q.terms {
		held = append(held, false)
	}
	r.titleHeld = held
	for _, st := range m.titleStems(a) {
		j, _ := slices.BinarySearchFunc(list, st, func(e stemTerm, s string) int { return strings.Compare(e.stem, s) })
		for ; j < len(list) && list[j].stem == st; j++ {
			held[list[j].term] = true
		}
	}
	var all, in float64
	for i, t := range r.q.terms {
		all += t.weight
		if held[i] {
			in += t.weight
		}
	}
	if all > 0 {
		as.title = in / all
	}
	return as.title
}

// stemTerm is one of a question word's stems, and the word's index.
type stemTerm struct {
	stem string
	term int
}

// stemTerms are the question words' stems, sorted, made once a
// question: a title's stems are looked up there rather than compared
// with every word's every stem, for each of the candidates' articles.
func (r *ranking) stemTerms() []stemTerm {
	if r.stemTermsDone {
		return r.stemTermList
	}
	r.stemTermsDone = true
	list := r.stemTermList[:0]
	for i, t := range r.q.terms {
		for _, a := range t.stems {
			list = append(list, stemTerm{a.Stem, i})
		}
	}
	slices.SortFunc(list, func(x, y stemTerm) int { return strings.Compare(x.stem, y.stem) })
	r.stemTermList = list
	return list
}

// orderShare is the share of the question's pairs of successive words
// that the sentence holds in the same order, at most orderGap content
// tokens apart: a sentence that says it as the question does.
func (m *Matcher) orderShare(r *ranking, s *knowledge.Sentence) float64 {
	pairs := r.pairs()
	if len(pairs) == 0 {
		return 0
	}
	r.order = r.cq.Order(s, r.order[:0])
	found := 0
	for _, p := range pairs {
		if inOrder(r.order, p[0], p[1]) {
			found++
		}
	}
	return float64(found) / float64(len(pairs))
}

// inOrder reports whether word a stands before word b, at most orderGap
// tokens before it.
func inOrder(at []knowledge.WordAt, a, b int) bool {
	for i, x := range at {
		if x.Word != a {
			continue
		}
		for _, y := range at[i+1:] {
			if y.Tok-x.Tok > orderGap {
				break
			}
			if y.Word == b && y.Tok > x.Tok {
				return true
			}
		}
	}
	return false
}

// pairs are the question's successive word pairs, by their place in the
// question (translated phrases, with no place, left out); computed once.
func (r *ranking) pairs() [][2]int {
	if r.pairsDone {
		return r.pairList
	}
	r.pairsDone = true
	idx := make([]int, 0, len(r.q.terms))
	for i, t := range r.q.terms {
		if t.pos >= 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return r.q.terms[a].pos - r.q.terms[b].pos })
	for k := 1; k < len(idx); k++ {
		if r.q.terms[idx[k]].pos != r.q.terms[idx[k-1]].pos {
			r.pairList = append(r.pairList, [2]int{idx[k-1], idx[k]})
		}
	}
	return r.pairList
}

// paragraphCoverage is the share of the question's weight that the
// sentence's paragraph holds, in any of its sentences.
func (m *Matcher) paragraphCoverage(r *ranking, s *knowledge.Sentence) float64 {
	p := s.Article.Paragraphs[s.Paragraph-1]
	var all, in float64
	for i, t := range r.q.terms {
		all += t.weight
		best := 0.0
		for _, o := range p.Sentences {
			best = max(best, m.matches(r, o)[i])
			if best >= 1 {
				break
			}
		}
		in += t.weight * best
	}
	if all == 0 {
		return 0
	}
	return in / all
}

// articleCoverage is the share of the question's weight that the
// sentence's article holds anywhere (a name by its setting too).
func (m *Matcher) articleCoverage(r *ranking, s *knowledge.Sentence) float64 {
	held := m.held(r, s.Article)
	var all, in float64
	for i, t := range r.q.terms {
		all += t.weight
		if held[i] || t.ent != nil && m.base.Setting(s.Article, t.ent) {
			in += t.weight
		}
	}
	if all == 0 {
		return 0
	}
	return in / all
}

// held is, per question word, whether any sentence of the article holds
// it (a hidden sentence holds nothing), computed once per article.
func (m *Matcher) held(r *ranking, a *knowledge.Article) []bool {
	as := r.article(a)
	if as.held != nil {
		return as.held
	}
	as.held = r.bools(len(r.q.terms))
	if r.hide == nil {
		r.cq.HeldTo(as.held, a)
		return as.held
	}
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			if r.hide(s) {
				continue
			}
			for i, w := range r.cq.Match(s) {
				as.held[i] = as.held[i] || w > 0
			}
		}
	}
	return as.held
}

// titleStems are the stems of the article's title words (at most
// titleWords), read once for all questions.
func (m *Matcher) titleStems(a *knowledge.Article) []string {
	i := m.base.ArticleIndex(a)
	if i >= 0 {
		if v := m.titles[i].Load(); v != nil {
			return *v
		}
	}
	var stems []string
	for _, t := range french.Tokenize(a.Title) {
		if len(stems) == titleWords {
			break
		}
		if t.Kind == french.Word {
			stems = append(stems, m.an.Stem(t.Fold))
		}
	}
	if i >= 0 {
		m.titles[i].CompareAndSwap(nil, &stems)
	}
	return stems
}
