package match

import (
	"iter"
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// « Qui est cité dans les articles ? », « Quelles personnes sont
// mentionnées dans l'article sur la Chine ? », « Qui s'exprime dans cet
// article ? »: a class asks who speaks in the articles before asking what
// they said. No sentence answers that; the articles' quotations and names
// do. The answer names them all and cites, for each, the first sentence
// that quotes (or names) them.

// PeopleList is what an answer listing people lists.
type PeopleList int

const (
	// NoPeople: the answer lists no one.
	NoPeople PeopleList = iota
	// PeopleQuoted: the people the articles quote (« cité », « qui
	// parle », « qui s'exprime »).
	PeopleQuoted
	// PeopleNamed: the people the articles name (« mentionné »,
	// « nommé »).
	PeopleNamed
)

// peopleFrame reads a question about who the articles quote or name:
// « qui est cité », « qui sont les personnes mentionnées », « quelles
// personnes sont citées », « qui parle », « qui s'exprime », followed by
// nothing or by where: « dans les articles », « dans l'article sur la
// Chine ». An English question's frame comes translated (« qui est »),
// the rest as written (« quoted in the articles »). It returns what is asked and the index of the first word after
// the frame (len(folds) when none). Anything else after the frame makes
// it another question (« Qui est cité comme exemple ? »). A follow-up's
// opening (« Et qui … ») is skipped.
func peopleFrame(all []string, followUps strtab.Table) (PeopleList, int) {
	skip := 0
	for skip < len(all) && followUps.Has(all[skip]) {
		skip++
	}
	folds := all[skip:]
	has := func(i int, w ...string) bool { return i < len(folds) && slices.Contains(w, folds[i]) }
	ask, i := NoPeople, 0
	switch {
	case has(0, "qui") && has(1, "parle", "parlent", "intervient", "interviennent", "temoigne", "temoignent", "speaks", "talks"):
		ask, i = PeopleQuoted, 2
	case has(0, "qui") && has(1, "s") && has(2, "exprime", "expriment"):
		ask, i = PeopleQuoted, 3
	case has(0, "qui") && has(1, "est", "sont", "are"):
		i = 2
		if has(i, "les") && i+1 < len(folds) && peopleNoun(folds[i+1]) {
			// « Qui sont les personnes citées ? », « … les intervenants ? »
			ask, i = PeopleQuoted, i+2
		}
		if p := participleAsk(folds, i); p != NoPeople {
			ask, i = p, i+1
		}
	case has(0, "quelles", "quels", "quel") && has(1, "sont", "are") && has(2, "les") && len(folds) > 3 && peopleNoun(folds[3]):
		// « Quelles sont les personnes citées ? »
		ask, i = PeopleQuoted, 4
		if p := participleAsk(folds, i); p != NoPeople {
			ask, i = p, i+1
		}
	case has(0, "quelles", "quels", "quel") && len(folds) > 1 && peopleNoun(folds[1]):
		// « Quelles personnes sont citées ? », « … ont été citées »,
		// « … parlent ».
		i = 2
		switch {
		case has(i, "sont", "are"):
			i++
		case has(i, "ont") && has(i+1, "ete"):
			i += 2
		case has(i, "parlent", "interviennent", "temoignent"):
			i++
			ask = PeopleQuoted
		}
		if ask == NoPeople {
			ask = participleAsk(folds, i)
			i++
		}
	}
	if ask == NoPeople {
		return NoPeople, 0
	}
	end := afterPlace(folds, i)
	if end < 0 {
		return NoPeople, 0
	}
	return ask, skip + end
}

// peopleNoun reports a noun a question about who is quoted lists people
// by.
func peopleNoun(fold string) bool {
	switch fold {
	case "personnes", "personnalites", "intervenants", "gens", "people", "speakers":
		return true
	}
	return false
}

// participleAsk is what the participle at folds[i] asks for: the people
// quoted (« citées ») or named (« mentionnées »).
func participleAsk(folds []string, i int) PeopleList {
	if i >= len(folds) {
		return NoPeople
	}
	switch folds[i] {
	case "cite", "citee", "cites", "citees", "interroge", "interrogee", "interroges", "interrogees",
		"interviewe", "interviewee", "interviewes", "interviewees", "quoted", "cited", "interviewed":
		return PeopleQuoted
	case "mentionne", "mentionnee", "mentionnes", "mentionnees", "nomme", "nommee", "nommes", "nommees", "mentioned", "named":
		return PeopleNamed
	}
	return NoPeople
}

// afterPlace returns the index past « dans les articles », « dans
// l'article » (the article's topic may follow: « … sur la Chine ») at
// folds[i], i itself at the end of the question, or -1 when something
// else follows.
func afterPlace(folds []string, i int) int {
	switch {
	case i == len(folds):
		return i
	case i+2 < len(folds) && (folds[i] == "dans" || folds[i] == "in") &&
		slices.Contains([]string{"les", "l", "le", "la", "cet", "cette", "ces", "ce", "the", "this", "these"}, folds[i+1]) && isDocument(folds[i+2]):
		return i + 3
	}
	return -1
}

// peopleTopic keeps of a question about who is quoted the words that
// name its article (« sur la Chine »).
func peopleTopic(q *question) {
	if q.people == NoPeople {
		return
	}
	// A translated word has no position: it is the frame's when it is
	// one of its nouns or participles (« people », « quoted »).
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool {
		if t.pos < 0 {
			return peopleNoun(t.fold) || participleAsk([]string{t.fold}, 0) != NoPeople
		}
		return t.pos < q.peopleFrom
	})
}

// answerPeople answers a question about who the articles quote or name:
// in the article its other words name (the title that holds them, else
// the best candidate's), in the conversation's article for « cet
// article », else in all of them. Nothing is ranked, so nothing is
// doubted; an article that quotes no one gets no answer.
func (m *Matcher) answerPeople(q *question, conv *Context, cands []scored, a Answer) Answer {
	arts := m.base.Articles
	plural := slices.ContainsFunc(q.folds[:q.peopleFrom], func(f string) bool { return f == "articles" || f == "depeches" })
	named := slices.ContainsFunc(q.folds[:q.peopleFrom], isDocument)
	switch {
	case len(q.terms) > 0 && len(cands) == 0:
		return a
	case len(q.terms) > 0:
		arts = []*knowledge.Article{m.aboutArticle(q, cands)}
	case named && !plural && conv.active():
		arts = []*knowledge.Article{conv.Article}
	case named && !plural && len(arts) > 1:
		a.WhichArticle = true
		return a
	}
	var names []string
	for _, art := range arts {
		for name, s := range peopleOf(art, q.people) {
			if slices.Contains(names, name) {
				continue
			}
			names = append(names, name)
			switch {
			case slices.Contains(a.Sentences, s):
				// Cited already: « (Michel Rose et Jean-Baptiste Vey) ».
			case len(a.Sentences) < overviewPeople:
				a.Sentences = append(a.Sentences, s)
				a.Speakers = append(a.Speakers, m.SpeakerOf(s))
			default:
				a.Uncited = true
			}
		}
	}
	if len(names) == 0 {
		return a
	}
	a.Answered, a.Confidence = true, 1
	a.People = q.people
	a.Short = french.JoinList(names)
	if conv != nil {
		a.Focus = conv.Focus
	}
	return a
}

// peopleOf yields, in the article's order, each person it quotes (with
// the sentence of their first quotation) or names (with the first
// sentence that names them).
func peopleOf(art *knowledge.Article, ask PeopleList) iter.Seq2[string, *knowledge.Sentence] {
	return func(yield func(string, *knowledge.Sentence) bool) {
		if ask == PeopleQuoted {
			for name, s := range QuotedPeople(art) {
				if !yield(name, s) {
					return
				}
			}
			return
		}
		type first struct {
			name string
			s    *knowledge.Sentence
		}
		var people []first
		for _, e := range art.Entities {
			if e.Kind == knowledge.Person && len(e.Mentions) > 0 {
				people = append(people, first{e.Name, e.Mentions[0]})
			}
		}
		slices.SortStableFunc(people, func(x, y first) int { return x.s.ID - y.s.ID })
		for _, p := range people {
			if !yield(p.name, p.s) {
				return
			}
		}
	}
}

// QuotedPeople yields, in the article's order, the people it quotes, each
// with the sentence of their first quotation, and each once: the speakers
// the article names as a person, not a body (« les organisateurs »), a
// place standing for a government (« Washington ») or a document.
func QuotedPeople(art *knowledge.Article) iter.Seq2[string, *knowledge.Sentence] {
	return func(yield func(string, *knowledge.Sentence) bool) {
		var seen []string
		for _, qu := range art.Quotes {
			if qu.Speaker == "" || qu.Sentence == nil || slices.Contains(seen, qu.Speaker) {
				continue
			}
			if !slices.ContainsFunc(art.Entities, func(e knowledge.Entity) bool { return e.Kind == knowledge.Person && e.Name == qu.Speaker }) {
				continue
			}
			seen = append(seen, qu.Speaker)
			if !yield(qu.Speaker, qu.Sentence) {
				return
			}
		}
	}
}
