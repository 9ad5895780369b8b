package match

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// "Qui a écrit l'article sur l'appel de Paris ?", "Qui est l'auteur de la
// dépêche ?": a classroom asks who wrote an article. A news dispatch ends
// with its signature, "(Michel Rose et Jean-Baptiste Vey, édité par
// Arthur Connan)", which the extractor reads as its writers' and editor's
// roles. The question's other words find the article, as for a summary
// (or the conversation's article when there are none: « Qui a écrit cet
// article ? »); the answer cites the sentence that holds the signature
// and names them. An article with no signature does not say who wrote it.
// Its dateline, "PARIS, 12 novembre (Reuters) - …", says when and from
// which agency it was sent: « Quand l'article a-t-il été publié ? », « De
// quelle agence vient la dépêche ? ».

// signatureRole is what a question asks of an article's signature or
// dateline.
type signatureRole int

const (
	noSignature signatureRole = iota
	writers
	editors
	sentOn // the dateline's date
	sentBy // the dateline's agency
	headed // a heading: its title, an intertitle, its section (heading.go)
)

// bylineFrame reports a question about an article's dateline
// (datelineFrame) or about who wrote (or edited) it: « qui », « par qui »
// or « quel(le)(s) » first, then a word that asks it
// with the article itself for object (« écrit l'article », « l'auteur de
// la dépêche », « l'article a-t-il été écrit »; not « Qui a écrit Les
// Misérables ? », nor the « droits d'auteur des articles »). folds are
// the question's words, folded, after any follow-up opening ("et …").
func bylineFrame(folds []string, followUps strtab.Table) signatureRole {
	folds = folds[pastFollowUps(folds, followUps):]
	if len(folds) > 0 && folds[0] == "par" {
		folds = folds[1:]
	}
	if headingFrame(folds).kind != "" && !titleAttribution(folds) {
		// « Selon le titre de l'article, … ? » asks what the title
		// says, not for the title (answerFromTitle).
		return headed
	}
	if role := datelineFrame(folds); role != noSignature {
		return role
	}
	if len(folds) == 0 || !slices.Contains([]string{"qui", "quel", "quelle", "quels", "quelles"}, folds[0]) {
		return noSignature
	}
	for w := 1; w < len(folds); w++ {
		role := noSignature
		switch f := folds[w]; {
		case matchWords.editor.Has(f):
			role = editors
		case matchWords.writer.Has(f):
			role = writers
		}
		if role == noSignature || w >= 2 && folds[w-1] == "d" && strings.HasPrefix(folds[w-2], "droit") || attributed(folds, w) {
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

// attributed reports a writer named as the source of what is asked
// (« selon l'auteur de l'article », « d'après l'auteur »): the question
// asks what the article says, not who wrote it.
func attributed(folds []string, w int) bool {
	for d := max(0, w-3); d < w; d++ {
		if folds[d] == "selon" || folds[d] == "apres" && d > 0 && folds[d-1] == "d" {
			return true
		}
	}
	return false
}

// datelineFrame reports a question about when or from which agency an
// article was sent: « quand » or « de quand » first with a word of
// publishing (« publié », « date », « écrit »), or « quel(le) » first
// with « date », « jour » or « agence », and the article itself named
// (« l'article », « la dépêche », not « l'article 11 », a law's).
func datelineFrame(folds []string) signatureRole {
	if len(folds) > 0 && folds[0] == "de" {
		folds = folds[1:]
	}
	if pressAgency(folds) {
		return sentBy
	}
	names := false
	for i, f := range folds {
		if isDocument(f) && (i+1 == len(folds) || !french.IsDigits(folds[i+1])) {
			names = true
		}
	}
	if len(folds) < 2 || !names {
		return noSignature
	}
	switch folds[0] {
	case "quand":
		if slices.ContainsFunc(folds[1:], func(f string) bool { return matchWords.published.Has(f) || matchWords.writer.Has(f) }) {
			return sentOn
		}
	case "quel", "quelle":
		// « Quelle agence a publié l'article », « la date de la
		// dépêche »: the noun asks of the article's sending.
		published := slices.ContainsFunc(folds[1:], func(f string) bool { return matchWords.published.Has(f) })
		for w, f := range folds[1:] {
			role := datelineNoun(f)
			if role == noSignature {
				continue
			}
			object := slices.ContainsFunc(folds[w+2:min(len(folds), w+2+authorObjectSpan)], isDocument)
			if published || object {
				return role
			}
		}
	}
	return noSignature
}

// pressAgency reports « quelle agence de presse … ? » (or « de
// nouvelles », and an English "which news agency", read « quels agence
// nouvelles »), the article not named: a news agency is only ever in the
// articles as the one that sent one, so the question asks for the
// dateline of the article its other words find (« Quelle agence de
// presse a rapporté l'appel de Paris ? »).
func pressAgency(folds []string) bool {
	if len(folds) < 4 || !whichWord(folds[0]) || folds[1] != "agence" {
		return false
	}
	next := folds[2]
	if next == "de" {
		next = folds[3]
	}
	return next == "presse" || next == "nouvelles"
}

// datelineNoun is what a noun after « quel(le) » asks of a dateline
// (« quelle agence », « quelle date »), or noSignature.
func datelineNoun(fold string) signatureRole {
	switch fold {
	case "agence", "presse":
		return sentBy
	case "date", "jour":
		return sentOn
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

// bylineTopic keeps of a question about an article's signature or
// dateline the words that name the article's topic.
func (m *Matcher) bylineTopic(q *question) {
	if q.kind != kindByline {
		return
	}
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool {
		f := t.fold
		if q.english {
			f = m.lang.frameWord(f, m.kinds, m.an.Stem)
		}
		return matchWords.writer.Has(f) || matchWords.editor.Has(f) || matchWords.published.Has(f) ||
			datelineNoun(f) != noSignature || isDocument(f) || q.signed == headed && headingWord(f)
	})
}

// answerByline answers a question about an article's signature or
// dateline, a: the article the question's other words find when the
// matcher trusts its best candidate, else, when they name no topic, the
// conversation's article or a corpus's only one. An article that does not
// say is no answer, and the answer says which article does not say
// (Unsaid).
func (m *Matcher) answerByline(q *question, r *ranking, cands []scored, conv *Context, a Answer) Answer {
	var art *knowledge.Article
	switch {
	case q.numbered != nil && len(q.terms) == 0:
		a.Confidence, art = m.w.Signed, q.numbered
	case len(cands) > 0:
		conf, ok := m.trust(r, cands)
		if !ok && !m.neverAbstain {
			return a
		}
		a.Confidence, art = conf, m.articleAsked(q, cands)
	case len(q.terms) > 0:
		return a
	case conv.active():
		a.Confidence, art = m.w.Signed, conv.Article
	case len(m.base.Articles) == 1:
		a.Confidence, art = m.w.Signed, m.base.Articles[0]
	default:
		// « Qui a écrit cet article ? » with several and none in the
		// conversation: which one, it cannot tell.
		a.WhichArticle = len(m.base.Articles) > 1
		return a
	}
	if q.signed == headed {
		return headingAnswer(a, art, pickHeadings(art, q.heading), q.heading, conv)
	}
	sents, names := signature(art, q.signed)
	if len(sents) == 0 && q.signed == sentOn {
		// No news dateline opens the text: the page may print when it
		// was sent above it.
		ask := headingAsk{kind: knowledge.DatelineHeading}
		h := headingAnswer(a, art, pickHeadings(art, ask), ask, conv)
		if !h.Answered {
			h.Unsaid, h.UnsaidWhat = art, UnsaidDate
		}
		return h
	}
	if len(sents) == 0 {
		a.Unsaid, a.UnsaidWhat = art, q.signed.unsaid()
		return a
	}
	a.Answered, a.Short, a.Sentences = true, names, sents
	a.Speakers = make([]string, len(sents))
	if conv != nil {
		a.Focus = conv.Focus
	}
	return a
}

// unsaid names what a question about an article's signature asks, for
// Answer.UnsaidWhat.
func (r signatureRole) unsaid() string {
	switch r {
	case writers:
		return UnsaidWriter
	case editors:
		return UnsaidEditor
	case sentOn:
		return UnsaidDate
	case sentBy:
		return UnsaidAgency
	}
	return ""
}

// What an article may not say of itself (Answer.UnsaidWhat).
const (
	UnsaidWriter = "writer"
	UnsaidEditor = "editor"
	UnsaidDate   = "date"
	UnsaidAgency = "agency"
)

// signature returns the sentences of the article that say what is asked:
// its signers in the role asked for, their names joined ("Michel Rose et
// Jean-Baptiste Vey"), or its dateline's date or agency; none when it
// does not say.
func signature(a *knowledge.Article, role signatureRole) ([]*knowledge.Sentence, string) {
	if role == sentOn || role == sentBy {
		s, date, agency := dateline(a)
		if s == nil {
			return nil, ""
		}
		if role == sentOn {
			return []*knowledge.Sentence{s}, date
		}
		return []*knowledge.Sentence{s}, agency
	}
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

// datelineForm is a news dispatch's dateline: the place in capitals, the
// date, the agency in brackets, a dash ("PARIS, 12 novembre (Reuters) -").
// Compiled when first asked for: its capital letters' classes made it the
// costliest part of the package's start (a millisecond), for questions
// about a dispatch's sending only.
var datelineForm = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*\p{Lu}[\p{Lu}\s'’.-]*,\s*([^(),]{3,40}?)\s*\(([^()]{2,40})\)\s*[-–—]`)
})

// dateline returns the article's first sentence when it opens with a
// dateline, with the dateline's date and agency as written.
func dateline(a *knowledge.Article) (s *knowledge.Sentence, date, agency string) {
	for _, p := range a.Paragraphs {
		if len(p.Sentences) == 0 {
			continue
		}
		first := p.Sentences[0]
		m := datelineForm().FindStringSubmatch(first.Text)
		if m == nil {
			return nil, "", ""
		}
		return first, strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	}
	return nil, "", ""
}

// signer reports an entity the article names only as its writer or editor
// (its signature): who wrote the dispatch is not who or what its
// sentences are about, as the agency of its dateline is not (inDateline).
func signer(e *knowledge.Entity) bool {
	if len(e.Roles) == 0 {
		return false
	}
	for _, r := range e.Roles {
		if r != knowledge.RoleWriter && r != knowledge.RoleEditor {
			return false
		}
	}
	return true
}
