package match

import (
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Résume l'article sur la Chine", "De quoi parle l'article sur le G8 ?",
// "Quel est le sujet de l'article … ?":
// a classroom asks for an article's gist. The question's other words
// find the article; the answer cites its lead, the sentences a news
// article opens with to say what it is about.

// summaryFrame reports a request for a summary: "résume …", "résumez
// …", "fais un résumé …", "donne-moi un résumé …", "de quoi parle /
// traite …", "que dit l'article …", "quel est le sujet (thème, objet,
// chapeau, message, idée principale) de l'article …". folds start at the
// question's first word after "et"; "de quoi parle" asks for a summary
// when it names the article.
func summaryFrame(folds []string) bool {
	has := func(i int, w ...string) bool { return i < len(folds) && slices.Contains(w, folds[i]) }
	switch {
	case has(0, "resume", "resumer", "resumez", "resumes"):
		return true
	case has(0, "fais", "fait", "faites", "donne", "donnez") && has(1, "moi", "nous") && has(2, "un", "le") && has(3, "resume"):
		return true // « Donne-moi un résumé de l'article sur … »
	case has(0, "fais", "fait", "faites") && has(1, "un", "le") && has(2, "resume"):
		return true
	case has(0, "de") && has(1, "quoi") && has(2, "parle", "parlent", "traite", "traitent"):
		// "De quoi parle l'article …", not "De quoi parlent-ils ?".
		return slices.ContainsFunc(folds[3:], isDocument)
	case has(0, "quel", "quelle", "quels", "quelles") && has(1, "est", "sont") && has(2, "le", "la", "l", "les") &&
		has(3, "sujet", "sujets", "theme", "themes", "objet", "chapeau", "idee", "message"):
		// « Quel est le sujet de l'article sur le G8 ? », « le chapeau
		// de la dépêche », « Quels sont les sujets des articles ? »,
		// « Quelle est l'idée principale de l'article … ? »: its lead
		// says it; not « l'objet de l'article 3 », a law's.
		i := 4
		if has(i, "principal", "principale", "essentiel", "essentielle") {
			i++
		}
		return has(i, "de", "du", "d", "des") && len(folds) > i+1 && namesDocument(folds[i+1:min(len(folds), i+4)])
	case has(0, "que", "qu") && has(1, "dit", "disent", "raconte", "racontent", "explique", "expliquent"):
		// "Que dit l'article sur la Chine ?", "Que racontent les
		// articles sur le G8 ?": what the article says, not what
		// someone said ("Que dit-il ?", "Que dit William Nee ?").
		return has(2, "l", "le", "la", "les", "cet", "cette", "ces") && len(folds) > 3 && isDocument(folds[3])
	}
	return false
}

// isDocument reports a word that names the articles themselves (not
// "texte": PIAF asks what a law's or a chapter's text says).
func isDocument(fold string) bool {
	switch fold {
	case "article", "articles", "depeche", "depeches":
		return true
	}
	return false
}

// isDocuments reports a word that names the articles in the plural.
func isDocuments(fold string) bool { return fold == "articles" || fold == "depeches" }

// summaryWord reports a word that frames a summary request rather than
// naming its topic.
func summaryWord(fold string) bool { return matchWords.summary.Has(fold) }

// summaryTopic keeps of a summary request the words that name its topic.
func summaryTopic(q *question) {
	if q.kind != kindSummary {
		return
	}
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool { return summaryWord(t.fold) })
}

// lead is the opening sentences of the article: its first paragraph's,
// up to leadSentences.
func lead(a *knowledge.Article) []*knowledge.Sentence {
	for _, p := range a.Paragraphs {
		if len(p.Sentences) > 0 {
			return p.Sentences[:min(leadSentences, len(p.Sentences))]
		}
	}
	return nil
}

// aboutArticle is the article a summary request names: the first
// candidate's article whose title holds every word of the request's
// topic ("l'article sur la cybercriminalité" is the one titled
// « Cybercriminalité … », though another mentions it in its best
// sentence), else the first whose title or opening sentences hold one of
// them; nil when none does. A title and a lead say what their article is
// about; one passing sentence does not (« Que dit l'article sur Joe
// Biden ? » is not asking for the lead of an article that never names
// him there).
func (m *Matcher) aboutArticle(q *question, cands []scored) *knowledge.Article {
	for _, c := range cands {
		if a := c.hit.Sentence.Article; m.titleHoldsTopic(q, a) {
			return a
		}
	}
	for _, c := range cands {
		if a := c.hit.Sentence.Article; m.opensOnTopic(q, a) {
			return a
		}
	}
	return nil
}

// articleAsked is the article a question about « l'article sur X » asks
// who wrote or whom it quotes: the one about X (aboutArticle), else the
// best candidate's, which speaks of X. cands is not empty.
func (m *Matcher) articleAsked(q *question, cands []scored) *knowledge.Article {
	if a := m.aboutArticle(q, cands); a != nil {
		return a
	}
	return cands[0].hit.Sentence.Article
}

// titleHoldsTopic reports whether the title holds each word the asker
// wrote (by its own stem or a spelling correction; synonyms and the
// conversation's focus do not count), and there is at least one.
func (m *Matcher) titleHoldsTopic(q *question, a *knowledge.Article) bool {
	all, _ := topicIn(q, m.titleStems(a))
	return all
}

// opensOnTopic reports whether the article's title or lead holds one of
// the words the asker wrote, as titleHoldsTopic reads them.
func (m *Matcher) opensOnTopic(q *question, a *knowledge.Article) bool {
	if _, some := topicIn(q, m.titleStems(a)); some {
		return true
	}
	for _, s := range lead(a) {
		var stems []string
		for _, t := range french.Tokenize(s.Text) {
			if t.Kind == french.Word {
				stems = append(stems, m.an.Stem(t.Fold))
			}
		}
		if _, some := topicIn(q, stems); some {
			return true
		}
	}
	return false
}

// topicIn reports whether stems hold every word the asker wrote of the
// question's topic (by its own stem or a spelling correction), and
// whether they hold one; all is false when the question has none.
func topicIn(q *question, stems []string) (all, some bool) {
	asked, found := 0, 0
	for _, qt := range q.terms {
		own, in := false, false
		for _, s := range qt.stems {
			if s.origin == ownWord || s.origin == corrected {
				own = true
				in = in || slices.Contains(stems, s.Stem)
			}
		}
		if own {
			asked++
			if in {
				found++
			}
		}
	}
	return asked > 0 && found == asked, found > 0
}

// answerNoTopic answers a summary request that names no topic: « Résume
// l'article 2 » summarises the second of the list; « Résume cet
// article » after an answer, the article it cited; with a single
// article, that one; when the request names the articles in the
// plural (« De quoi parlent les articles ? »), the opening sentence of
// each article, up to overviewArticles; else it abstains, since it
// cannot tell which article « cet article » is (WhichArticle). The lead
// is the article's own words for what it is about: nothing is ranked, so
// nothing is doubted.
func (m *Matcher) answerNoTopic(q *question, conv *Context, a Answer) Answer {
	arts := m.base.Articles
	plural := slices.ContainsFunc(q.folds, isDocuments)
	switch {
	case len(arts) == 0:
		return a
	case q.numbered != nil:
		a.Sentences = lead(q.numbered)
	case conv.active() && !plural:
		a.Sentences = lead(conv.Article)
	case len(arts) == 1:
		a.Sentences = lead(arts[0])
	case !plural:
		a.WhichArticle = true
		return a
	default:
		a.Overview, a.Articles = true, len(arts)
		for _, art := range arts[:min(len(arts), overviewArticles)] {
			if l := lead(art); len(l) > 0 {
				a.Sentences = append(a.Sentences, l[0])
			}
		}
	}
	if len(a.Sentences) == 0 {
		return a
	}
	a.Answered, a.Confidence = true, 1
	a.Speakers = make([]string, len(a.Sentences))
	if conv != nil {
		a.Focus = conv.Focus
	}
	return a
}
