package match

import (
	"slices"
	"strconv"
	"strings"
)

// « Résume l'article 2 », « Qui est cité dans le deuxième article ? »,
// « Qui a écrit l'article n° 3 ? »: the welcome and /sources number the
// articles, and a class names them so. The number is no word of the
// articles (« Les articles ne parlent pas de 2 » misstated them).

// articleRef reads, at the end of the question, an article named by its
// number in the articles' list: « l'article 2 », « l'article n° 2 », « le
// deuxième article », « le 2e article », « le dernier article ». It
// returns the number (0 when there is none; it may be past the list) and
// the index of the reference's first word. Only at the end: « l'article 3
// de la Constitution » is a law's.
func articleRef(folds []string, articles int) (int, int) {
	n := len(folds)
	switch {
	case articles == 0 || n < 2:
		return 0, -1
	case isDocument(folds[n-1]):
		// « le deuxième article », « le dernier article »
		switch k := ordinal(folds[n-2]); {
		case k == -1:
			return articles, n - 2
		case k > 0:
			return k, n - 2
		}
	default:
		// « l'article 2 », « l'article n° 2 »
		d := n - 2
		if d >= 1 && slices.Contains([]string{"n", "no", "numero"}, folds[d]) {
			d--
		}
		if !startsDigit(folds[n-1]) || !isDocument(folds[d]) {
			return 0, -1 // spare Atoi's error, made for every question
		}
		if k, err := strconv.Atoi(folds[n-1]); err == nil && k >= 1 {
			return k, d
		}
	}
	return 0, -1
}

// referTo notes the article the question names by its number, or the
// number past the list it names, and drops the words that name it from
// what the question asks about.
func (m *Matcher) referTo(q *question) {
	k, at := articleRef(q.folds, len(m.base.Articles))
	if k == 0 {
		return
	}
	if k <= len(m.base.Articles) {
		q.numbered = m.base.Articles[k-1]
	} else {
		q.pastList = k
	}
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool { return t.pos >= at })
	q.unknown = slices.DeleteFunc(q.unknown, func(u string) bool { return slices.Contains(q.folds[at:], strings.ToLower(u)) })
}

// startsDigit reports a word that opens with a digit.
func startsDigit(fold string) bool { return fold != "" && fold[0] >= '0' && fold[0] <= '9' }
