package match

import (
	"slices"

	"github.com/citebot/citebot/knowledge"
)

// Answer is the matcher's verdict on one question.
type Answer struct {
	Answered bool
	// Short is the short answer ("Joe Biden"); "" when the best one can
	// say is the cited sentence itself.
	Short string
	// Quotation is true when Short is a quotation (« … »).
	Quotation  bool
	Confidence float64
	// Unsure is true when the answer's confidence is below
	// Weights.Unsure: the reply says that it is not sure.
	Unsure bool
	// Sentences are the cited sentences, best first; More are further
	// supporting sentences for "/plus".
	Sentences []*knowledge.Sentence
	More      []*knowledge.Sentence
	// Headings, for a question about the lines printed apart from the
	// text (heading.go), are the cited lines, of the article HeadingOf;
	// then Sentences is empty.
	Headings  []*knowledge.Heading
	HeadingOf *knowledge.Article
	// Speakers are the speakers of the cited sentences' quotations, in
	// the order of Sentences ("" when none).
	Speakers []string
	// Unknown names what the question asks about that the articles never
	// mention, when that is why the matcher abstained.
	Unknown []string
	// Overview is true when the answer is the articles' opening
	// sentences, one each, for a summary request that names no topic
	// (« De quoi parlent les articles ? »); Articles is then how many
	// articles there are, of which Sentences cites the first ones.
	// Mentioning is true when the answer cites the articles that speak
	// of the question's topic (« Quels articles parlent de la Chine ? »,
	// mentioning.go), one sentence each; Articles is then how many do.
	Overview   bool
	Mentioning bool
	Articles   int
	// Listing, for « Qui est cité dans les articles ? », « Quels pays
	// sont mentionnés ? », is who or what the answer lists (listing.go):
	// Listed names them all, Short too (or says how many, for
	// « combien »), and Sentences cite the first sentence quoting or
	// naming each, up to overviewListed; Uncited is true when some
	// beyond them have no citation.
	Listing Listing
	Listed  []string
	Uncited bool
	// WhichArticle is true when the matcher abstained on a question
	// about « cet article » (a summary, who it quotes, who wrote it)
	// with no article in the conversation and several in the corpus: it
	// cannot tell which one is meant.
	WhichArticle bool
	// Unsaid, when the matcher abstained on a question about an
	// article's signature or dateline (« Qui a écrit l'article sur le
	// G8 ? »), is that article: it does not say who wrote or edited it,
	// or when or by whom it was sent (UnsaidWhat, one of UnsaidWriter,
	// UnsaidEditor, UnsaidDate, UnsaidAgency).
	Unsaid     *knowledge.Article
	UnsaidWhat string
	// NoneListed, when the matcher abstained on a question listing
	// whom or what one article quotes or names (« Qui est cité dans
	// l'article 2 ? »), is that article: it quotes or names none
	// (Listing says of what kind).
	NoneListed *knowledge.Article
	// NoArticle is the number of the article the question names when
	// there are fewer articles (« Résume l'article 7 » of four).
	NoArticle int
	// SaidAll is true when the matcher abstained on a follow-up asking
	// for what was not said yet ("Qu'a-t-il dit d'autre ?") because
	// what would answer it was cited already in the conversation.
	SaidAll bool
	// NotSaid, when the matcher abstained on a bare follow-up
	// (« Pourquoi ? », bare.go), is the kind it asked for (as Kind):
	// the passage last cited and its neighbours do not say it.
	NotSaid string
	// Focus is who or what the conversation is about after this answer,
	// for the next follow-up; set when Answered.
	Focus *knowledge.Entity
	// Kind names the kind of answer the question asks for ("person",
	// "number"…) and Stems are the stems of its words: with the cited
	// sentence, what tells that two questions are one (a session's
	// "Déjà posée").
	Kind  string
	Stems []string
	// Question is the question answered: the text asked, or the
	// previous question about what an elliptical follow-up names
	// (ellipsis.go), for the conversation to remember.
	Question string
}

// Answer answers a question in the context of a conversation (nil for a
// fresh question). The walk: parse the question and find its kind, add
// the conversation's focus to a follow-up (an elliptical one, « Et
// Cameron ? », asks the previous question again: ellipsis.go), search,
// rank the hits, then answer with the best or abstain.
func (m *Matcher) Answer(text string, conv *Context) Answer {
	text, conv = m.elliptic(text, conv)
	q, r, cands := m.candidates(text, conv)
	if r != nil {
		defer r.release()
	}
	a := Answer{Quotation: q.kind.row().quotation, Kind: q.kind.row().name, Stems: q.stems(), Question: text}
	if len(q.unknown) > 0 && len(q.terms) > 0 {
		a.Unknown = q.unknown
	}
	if m.another(q, conv) {
		if b, ok := m.answerAnother(q, conv, a); ok {
			return b
		}
	}
	if m.bare(q, conv) {
		return m.answerBare(text, conv, a)
	}
	if q.pastList > 0 {
		a.NoArticle = q.pastList
		return a
	}
	if q.listing != NoListing {
		return m.answerListing(q, conv, cands, a)
	}
	if q.articles != noArticlesAsk {
		return m.answerMentioning(q, a)
	}
	if q.kind == kindByline {
		return m.answerByline(q, r, cands, conv, a)
	}
	if q.kind == kindSummary && len(q.terms) == 0 {
		return m.answerNoTopic(q, conv, a)
	}
	if q.titleSays && r != nil {
		if t := m.answerFromTitle(r, a); t.Answered {
			return t
		}
	}
	// repeated: the best answer to a follow-up asking for what was not
	// said yet ("Qu'a-t-il dit d'autre ?") was cited already, despite the
	// ranking's penalty. What was cited is no answer to it, so the
	// matcher answers with the rest, and if nothing is left to trust, it
	// was all said.
	repeated := len(cands) > 0 && conv != nil && q.wantsNewSentence() && conv.Cited[cands[0].hit.Sentence.ID]
	if repeated {
		// Left: what was not cited, about the one the conversation is
		// about (or from its article when it is about no one).
		cands = slices.DeleteFunc(slices.Clone(cands), func(c scored) bool {
			return conv.Cited[c.hit.Sentence.ID] || conv.Focus != nil && !c.focusOK || conv.Focus == nil && !c.sameArt
		})
	}
	if len(cands) == 0 {
		a.SaidAll = repeated
		return a
	}
	best := cands[0]
	var ok bool
	a.Confidence, ok = m.trust(r, cands)
	if !m.neverAbstain && !ok {
		a.SaidAll = repeated
		return a
	}
	// A summary cites the lead of the article the request is about; with
	// none about its topic (« Que dit l'article sur Joe Biden ? »), it
	// is answered as what the articles say of it.
	var about *knowledge.Article
	if q.kind == kindSummary {
		about = m.aboutArticle(q, cands)
	}
	a.Answered = true
	a.Unsure = a.Confidence < m.w.Unsure && about == nil
	a.Short = m.shortAnswer(r, &best)
	a.Sentences = []*knowledge.Sentence{best.hit.Sentence}
	a.Speakers = []string{best.speaker}
	if about != nil {
		// The article's lead, cited, for a summary; no more sources.
		a.Sentences = lead(about)
		a.Speakers = make([]string, len(a.Sentences))
	}
	for i := 1; i < len(cands) && len(a.More) < m.w.MaxMore && about == nil; i++ {
		c := cands[i]
		if conv != nil && conv.Cited[c.hit.Sentence.ID] {
			continue // already given in this conversation: nothing more
		}
		if q.pronoun && best.focusOK && !c.focusOK {
			continue // « Qu'a-t-il dit d'autre ? »: what someone else said
		}
		if best.answerEnt != nil && c.hit.Sentence.Article != best.hit.Sentence.Article && !m.base.Mentions(c.hit.Sentence, best.answerEnt) {
			// The answer is someone or something: another article is
			// evidence only where it names it (on PIAF, 7 % of the
			// further sources there that do not name it hold a gold
			// answer, 13 % of the others).
			continue
		}
		if m.furtherSource(r, cands, i, a.Confidence) {
			a.More = append(a.More, c.hit.Sentence)
		}
	}
	sameArticleFirst(a.More, best.hit.Sentence.Article)
	answerFocus := best.answerEnt
	if answerFocus == nil && len(q.names) > 0 {
		answerFocus = q.names[0]
	}
	var prev *knowledge.Entity
	if conv != nil {
		prev = conv.Focus
	}
	a.Focus = nextFocus(q, prev, answerFocus)
	return a
}

// furtherSource reports whether cands[i] answers the question as cands[0]
// does, trusted with confidence conf: it is alike (answersAlike), and
// trusted on its own with at least MoreTrust of conf.
func (m *Matcher) furtherSource(r *ranking, cands []scored, i int, conf float64) bool {
	return m.answersAlike(r, cands, i) && m.trustedAlone(r, cands[i:], m.w.MoreTrust*conf)
}

// answersAlike reports whether cands[i] may answer the question as
// cands[0] does: it holds MoreCov of its share of the question's words,
// is near every name it is near, and is not in doubt. (The cheap tests
// first: most candidates fail them.)
func (m *Matcher) answersAlike(r *ranking, cands []scored, i int) bool {
	c, best := &cands[i], &cands[0]
	return c.cov >= m.w.MoreCov*best.cov && (c.nameNear || !best.nameNear) && m.doubtKind(r, *c) == noDoubt
}

// candidates parses the question and ranks its candidate sentences, best
// first; none when it has no content word, names something the articles
// never mention (say so rather than guess), or finds nothing. The caller
// releases the ranking when there is one.
func (m *Matcher) candidates(text string, conv *Context) (*question, *ranking, []scored) {
	return m.candidatesHiding(text, conv, nil)
}

// candidatesHiding is candidates as if the sentences hide accepts were
// not in the articles (nil: none hidden), for training (see ExplainHiding).
func (m *Matcher) candidatesHiding(text string, conv *Context, hide func(*knowledge.Sentence) bool) (*question, *ranking, []scored) {
	q := m.parse(asYesNo(sanitize(text)))
	m.referTo(q)
	m.knownByPhrase(q)
	summaryTopic(q)
	listingTopic(q)
	mentioningTopic(q)
	m.bylineTopic(q)
	titleSaysTopic(q)
	m.refer(q, conv)
	if len(q.terms) == 0 || len(q.unknown) > 0 {
		return q, nil, nil
	}
	r := m.newRanking(q)
	hits := m.withSpeakerQuotes(q, r.cq.Search(m.w.Search, m.w.Candidates))
	if hide != nil {
		r.hide = hide
		hits = slices.DeleteFunc(hits, func(h knowledge.Hit) bool { return hide(h.Sentence) })
	}
	if len(hits) == 0 {
		return q, r, nil
	}
	return q, r, m.rank(r, hits, conv)
}

// withSpeakerQuotes adds to the hits of a question about what someone
// said every sentence quoting that person: a quotation attributed by
// "a-t-il ajouté" or "selon lui" shares no word with "Qu'a dit X ?", yet
// answers it.
func (m *Matcher) withSpeakerQuotes(q *question, hits []knowledge.Hit) []knowledge.Hit {
	if !q.kind.row().quotation || len(q.names) == 0 {
		return hits
	}
	for _, s := range m.speakerQuotes().of(func(sp string) bool { return m.speakerIs(sp, q) }) {
		if !slices.ContainsFunc(hits, func(h knowledge.Hit) bool { return h.Sentence == s }) {
			hits = append(hits, knowledge.Hit{Sentence: s})
		}
	}
	return hits
}

// nextFocus is who or what the conversation is about after an answer:
// the person the answer names when the question asked for one, else the
// person or thing a fresh question names; a follow-up keeps the focus.
func nextFocus(q *question, focus, answer *knowledge.Entity) *knowledge.Entity {
	switch {
	case answer != nil && q.kind.row().focus:
		return answer
	case q.pronoun:
		return focus
	case len(q.names) > 0 && q.names[0].Kind == knowledge.Person:
		return q.names[0]
	case answer != nil:
		return answer
	case len(q.names) > 0:
		return q.names[0]
	}
	return focus
}

// sameArticleFirst orders further sources from the cited sentence's
// article before those from others, each part in rank order: the same
// article goes on about what was answered, another one speaks of the
// same words (on PIAF, 14 % of the former hold a gold answer, 7 % of the
// latter).
func sameArticleFirst(more []*knowledge.Sentence, a *knowledge.Article) {
	apart := func(s *knowledge.Sentence) int {
		if s.Article == a {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(more, func(x, y *knowledge.Sentence) int { return apart(x) - apart(y) })
}
