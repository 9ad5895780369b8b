package match

import (
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// How far a position of a sentence is from the question's words: the
// short-answer rules pick, of several candidates, the nearest.

// distanceToQuestion is how far, in bytes, the position at in the sentence
// lies from the question's words that the sentence holds: the mean, over
// those words, of the distance to the nearest occurrence. An answer sits
// among the words the question asks about.
func (m *Matcher) distanceToQuestion(r *ranking, s *knowledge.Sentence, at int) int {
	d, _ := meanDistance(r, s, at, func(int) bool { return true })
	return d
}

// entityDistance is distanceToQuestion for an entity that may answer,
// but when the question gives a number in digits that the sentence
// holds, how far the entity is from it: the number picks, of several
// entities, the one it qualifies (« Quel pays accueillera la conférence de
// 2013 ? »: « la Hongrie en 2012 et la République de Corée en 2013 »).
func (m *Matcher) entityDistance(r *ranking, s *knowledge.Sentence, at int) int {
	digits := func(i int) bool { return french.IsDigits(r.q.terms[i].fold) }
	if d, ok := meanDistance(r, s, at, digits); ok || at < 0 {
		return d
	}
	return m.distanceToQuestion(r, s, at)
}

// farAway is the distance of a position that is not in the sentence, or
// that no question word lies near: farther than any real one.
const farAway = 1 << 30

// meanDistance is the mean distance from at to the nearest occurrence of
// each question word the sentence holds and keep accepts (by its index in
// the question's terms); false when there is none.
func meanDistance(r *ranking, s *knowledge.Sentence, at int, keep func(i int) bool) (int, bool) {
	if at < 0 {
		return farAway, false
	}
	sum, n := 0, 0
	r.near = r.cq.NearestTo(slices.Grow(r.near[:0], len(r.q.terms))[:len(r.q.terms)], s, at)
	for i, d := range r.near {
		if d >= 0 && keep(i) {
			sum += d
			n++
		}
	}
	if n == 0 {
		return farAway, false
	}
	return sum / n, true
}
