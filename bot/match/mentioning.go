package match

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// « Quels articles parlent de la Chine ? », « Combien d'articles
// mentionnent Lu Wei ? », « Dans quel article est-il question du G8 ? »: a
// class asks which of its articles to read. No sentence answers that;
// each article that speaks of the topic does, by a sentence that holds
// every word of it. The answer cites one such sentence per article.

// articlesAsk is what a question about the articles that speak of a
// topic asks.
type articlesAsk int

const (
	noArticlesAsk   articlesAsk = iota
	whichArticles               // « quels articles parlent de … »
	howManyArticles             // « combien d'articles parlent de … »
)

// articlesFrame reads « quels articles parlent de », « quel article
// traite du », « combien d'articles mentionnent », « dans quel article
// parle-t-on de », « dans quels articles est-il question de »,
// « which articles mention », « how many articles talk about », and
// returns what is asked and the index of the topic's first word; a frame
// with no topic after it is none. A follow-up's opening is skipped. The
// document word must follow the question word: « Quel article de la
// Déclaration traite de … ? » asks about a law's article.
func articlesFrame(all []string, followUps strtab.Table) (articlesAsk, int) {
	skip := pastFollowUps(all, followUps)
	folds := all[skip:]
	has := func(i int, w ...string) bool { return i < len(folds) && slices.Contains(w, folds[i]) }
	doc := func(i int) bool { return i < len(folds) && isDocument(folds[i]) }
	ask, i := noArticlesAsk, 0
	switch {
	case has(0, "quels", "quel") && doc(1):
		ask, i = whichArticles, 2
	case has(0, "combien") && has(1, "de", "d") && doc(2):
		ask, i = howManyArticles, 3
	case has(0, "dans", "in") && has(1, "quels", "quel") && doc(2):
		ask, i = whichArticles, 3
	case has(0, "dans", "in") && has(1, "combien") && has(2, "de", "d") && doc(3):
		ask, i = howManyArticles, 4
	default:
		return noArticlesAsk, 0
	}
	switch {
	case has(i, "parle", "parlent", "traite", "traitent", "talk", "talks"):
		i++
		if has(i, "on") {
			i++ // « dans quel article parle-t-on de »
		}
		if !has(i, "de", "du", "des", "d", "propos") {
			return noArticlesAsk, 0
		}
		i++
	case has(i, "est", "il") && has(i+1, "il", "est") && has(i+2, "question") && has(i+3, "de", "du", "des", "d"):
		i += 4 // « est-il question de », « il est question de »
	case i < len(folds) && mentionVerb(folds[i]):
		i++
	default:
		return noArticlesAsk, 0
	}
	if i >= len(folds) {
		return noArticlesAsk, 0
	}
	return ask, skip + i
}

// mentionVerb reports a verb whose object is what an article speaks of.
func mentionVerb(fold string) bool {
	switch fold {
	case "mentionne", "mentionnent", "evoque", "evoquent", "cite", "citent", "aborde", "abordent",
		"concerne", "concernent", "nomme", "nomment", "mention", "mentions", "discuss", "discusses":
		return true
	}
	return false
}

// mentioningTopic keeps of a question about the articles that speak of
// a topic the words that name the topic.
func mentioningTopic(q *question) {
	if q.articles == noArticlesAsk {
		return
	}
	// A translated word has no position: it is the frame's when it is a
	// document word or one of its verbs (« articles », « mention »).
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool {
		if t.pos < 0 {
			return isDocument(t.fold) || mentionVerb(t.fold) || t.fold == "talk" || t.fold == "talks"
		}
		return t.pos < q.articlesFrom
	})
}

// answerMentioning answers a question about the articles that speak of
// a topic: every article with a sentence that holds each of the topic's
// words (as written, or spelt right), the ones whose title holds them
// first, then the ones holding most such sentences, each cited by the
// first of them, up to overviewArticles. Nothing is ranked, so nothing
// is doubted; no such article is no answer.
func (m *Matcher) answerMentioning(q *question, a Answer) Answer {
	if len(q.terms) == 0 || len(q.unknown) > 0 {
		return a
	}
	type speaks struct {
		first *knowledge.Sentence
		n     int
		title bool
	}
	var found []speaks
	for _, art := range m.base.Articles {
		f := speaks{title: m.titleHoldsTopic(q, art)}
		for _, p := range art.Paragraphs {
			for _, s := range p.Sentences {
				if m.holdsTopic(q, s) {
					if f.first == nil {
						f.first = s
					}
					f.n++
				}
			}
		}
		if f.n > 0 {
			found = append(found, f)
		}
	}
	if len(found) == 0 {
		return a
	}
	slices.SortStableFunc(found, func(x, y speaks) int {
		switch {
		case x.title && !y.title:
			return -1
		case y.title && !x.title:
			return 1
		}
		return cmp.Compare(y.n, x.n)
	})
	for _, f := range found[:min(len(found), overviewArticles)] {
		a.Sentences = append(a.Sentences, f.first)
		a.Speakers = append(a.Speakers, m.SpeakerOf(f.first))
	}
	a.Answered, a.Confidence = true, 1
	a.Mentioning, a.Articles = true, len(found)
	if q.articles == howManyArticles {
		a.Short = strconv.Itoa(len(found))
	}
	return a
}

// holdsTopic reports whether the sentence holds each of the question's
// words: its own stem or its spelling correction, or the entity it
// names.
func (m *Matcher) holdsTopic(q *question, s *knowledge.Sentence) bool {
	terms := m.base.Terms(s)
	for _, qt := range q.terms {
		if qt.ent != nil && m.base.Mentions(s, qt.ent) {
			continue
		}
		if !slices.ContainsFunc(qt.stems, func(a alt) bool {
			return a.origin <= corrected && slices.ContainsFunc(terms, func(t french.Term) bool { return t.Stem == a.Stem })
		}) {
			return false
		}
	}
	return true
}
