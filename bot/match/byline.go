package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Qui a écrit l'article sur l'appel de Paris ?", "Qui est l'auteur de la
// dépêche ?": a classroom asks who wrote an article. A news dispatch ends
// with its signature, "(Michel Rose et Jean-Baptiste Vey, édité par
// Arthur Connan)", which the extractor reads as its writers' and editor's
// roles. The question's other words find the article, as for a summary
// (or the conversation's article when there are none: « Qui a écrit cet
// article ? »); the answer cites the sentence that holds the signature
// and names them. An article with no signature does not say who wrote it.

// signatureRole is what a question asks of an article's signature.
type signatureRole int

const (
	noSignature signatureRole = iota
	writers
	editors
)

// authorFrame reports a question about who wrote (or edited) an article:
// « qui », « par qui » or « quel(le)(s) » first, then a word that asks it
// with the article itself for object (« écrit l'article », « l'auteur de
// la dépêche », « l'article a-t-il été écrit »; not « Qui a écrit Les
// Misérables ? », nor the « droits d'auteur des articles »). folds are
// the question's words, folded, after any follow-up opening ("et …").
func authorFrame(folds []string, followUps map[string]bool) signatureRole {
	for len(folds) > 0 && followUps[folds[0]] {
		folds = folds[1:]
	}
	if len(folds) > 0 && folds[0] == "par" {
		folds = folds[1:]
	}
	if len(folds) == 0 || !slices.Contains([]string{"qui", "quel", "quelle", "quels", "quelles"}, folds[0]) {
		return noSignature
	}
	for w := 1; w < len(folds); w++ {
		role := noSignature
		switch f := folds[w]; {
		case matchWords.editor[f]:
			role = editors
		case matchWords.writer[f]:
			role = writers
		}
		if role == noSignature || w >= 2 && folds[w-1] == "d" && strings.HasPrefix(folds[w-2], "droit") {
			continue
		}
		for d := max(1, w-authorPassiveSpan); d < len(folds) && d <= w+authorObjectSpan; d++ {
			if d != w && isDocument(folds[d]) {
				return role
			}
		}
	}
	return noSignature
}

// authorObjectSpan is how many words may follow the verb or noun that asks
// who wrote before the article's name (« écrit cet article », « l'auteur
// de la dépêche »); authorPassiveSpan how many may come between the
// article's name and the verb of a passive (« l'article sur le G8 a-t-il
// été écrit »).
const (
	authorObjectSpan  = 3
	authorPassiveSpan = 9
)

// authorTopic keeps of a question about an article's signature the words
// that name the article's topic.
func authorTopic(q *question) {
	if q.kind != kindAuthor {
		return
	}
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool {
		return matchWords.writer[t.fold] || matchWords.editor[t.fold] || isDocument(t.fold)
	})
}

// answerAuthor answers a question about an article's signature, a: the
// article the question's other words find when the matcher trusts its
// best candidate, else, when they name no topic, the conversation's
// article or a corpus's only one. An article with no signature is no
// answer.
func (m *Matcher) answerAuthor(q *question, r *ranking, cands []scored, conv *Context, a Answer) Answer {
	var art *knowledge.Article
	switch {
	case len(cands) > 0:
		conf, ok := m.trust(r, cands)
		if !ok && !m.neverAbstain {
			return a
		}
		a.Confidence, art = conf, m.aboutArticle(q, cands)
	case len(q.terms) > 0:
		return a
	case conv.active():
		a.Confidence, art = m.w.Signed, conv.Article
	case len(m.base.Articles) == 1:
		a.Confidence, art = m.w.Signed, m.base.Articles[0]
	default:
		return a
	}
	sents, names := signature(art, q.signed)
	if len(sents) == 0 {
		return a
	}
	a.Answered, a.Short, a.Sentences = true, names, sents
	a.Speakers = make([]string, len(sents))
	if conv != nil {
		a.Focus = conv.Focus
	}
	return a
}

// signature returns the sentences of the article that name its signers
// in the role asked for, and their names joined ("Michel Rose et
// Jean-Baptiste Vey"); none when it is not signed.
func signature(a *knowledge.Article, role signatureRole) ([]*knowledge.Sentence, string) {
	want := knowledge.RoleWriter
	if role == editors {
		want = knowledge.RoleEditor
	}
	var names []string
	var sents []*knowledge.Sentence
	for _, e := range a.Entities {
		if !slices.Contains(e.Roles, want) {
			continue
		}
		for _, s := range e.Mentions {
			if s.Article == a && strings.Contains(s.Text, e.Name) {
				names = append(names, e.Name)
				if !slices.Contains(sents, s) {
					sents = append(sents, s)
				}
				break
			}
		}
	}
	slices.SortFunc(sents, func(x, y *knowledge.Sentence) int { return x.ID - y.ID })
	return sents, french.JoinList(names)
}
