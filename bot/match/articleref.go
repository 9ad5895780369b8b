package match

import (
	"slices"
	"strconv"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
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

// articleFollowUp is the previous question prev asked again of the
// article an elliptical follow-up names by its number, named (what
// ellipsisNames returns): « Et le troisième ? », « Et l'article 4 ? »,
// « Et le 3 ? », « Et le dernier ? » after « Résume l'article 2 ». It
// returns false when prev names no article by its number or named names
// none. Read as a name, « le troisième » was searched for in the articles.
func articleFollowUp(prev, named string, articles int) (string, bool) {
	ptoks := refTokens(prev)
	k, at := articleRef(tokenFolds(ptoks), articles)
	if k == 0 {
		return "", false
	}
	// Its own preposition and determiner (« dans le premier ») stand
	// for prev's.
	nf := tokenFolds(refTokens(named))
	for len(nf) > 1 && (articleDeterminer(nf[0]) || nf[0] == "dans" || nf[0] == "sur") {
		nf = nf[1:]
	}
	to := 0
	switch {
	case len(nf) == 1 && startsDigit(nf[0]):
		to, _ = strconv.Atoi(nf[0])
		if to == 0 {
			to = ordinal(nf[0]) // « 3e »
		}
	case len(nf) == 1:
		to = ordinal(nf[0])
	default:
		to, _ = articleRef(nf, articles)
	}
	if to == -1 {
		to = articles // « le dernier »
	}
	if to <= 0 {
		return "", false
	}
	start, ref := ptoks[at].Start, "l'article "
	if at > 0 && articleDeterminer(ptoks[at-1].Fold) {
		start = ptoks[at-1].Start
		if f := ptoks[at-1].Fold; f == "du" || f == "de" {
			ref = "de l'article "
		}
	} else if ptoks[at].Fold == "article" {
		ref = "article "
	}
	return prev[:start] + ref + strconv.Itoa(to) + prev[ptoks[len(ptoks)-1].End:], true
}

// articleDeterminer reports a word that opens a reference to an article
// (« le », « l' », « du »).
func articleDeterminer(fold string) bool {
	switch fold {
	case "le", "l", "la", "du", "de":
		return true
	}
	return false
}

// refTokens are the words and numbers of text, where articleRef reads.
func refTokens(text string) []french.Token {
	return slices.DeleteFunc(french.Tokenize(text), func(t french.Token) bool {
		return t.Kind != french.Word && t.Kind != french.Number
	})
}

// tokenFolds are the folded forms of toks.
func tokenFolds(toks []french.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Fold
	}
	return out
}
