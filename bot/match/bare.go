package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// A bare follow-up is a question word alone (« Pourquoi ? », « Et
// quand ? », « Par qui ? », « Dans quel but ? », "Why?"): it asks that of
// the last answer. Alone it has no word to search for, and « Je ne trouve
// pas la réponse » would answer a question nobody asked. It is read as the
// previous question's words asked with its question word, and answered
// from the sentence last cited, else the one after it, else the one
// before: the first that states an answer of the kind. When none does,
// the answer says that the passage does not say (Answer.NotSaid), not
// that the articles do not answer.

// bareKind reports the kinds a bare follow-up may ask for: those a
// passage can state beside what it was cited for.
func bareKind(k kind) bool {
	switch k {
	case kindReason, kindDate, kindPlace, kindManner, kindPerson, kindNumber, kindDuration:
		return true
	}
	return false
}

// bare reports whether q, asked in conv, is a bare follow-up: a kind of
// answer asked for with no word besides the kind's own (« but » of
// « Dans quel but ? », « temps » of « Combien de temps ? »), after an
// answer that cited a sentence. The conversation's focus, which a
// follow-up opening with « Et » asks about, is no word of its own.
func (m *Matcher) bare(q *question, conv *Context) bool {
	if !conv.active() || len(conv.Last) == 0 || !bareKind(q.kind) || len(q.unknown) > 0 || aboutArticles(q) {
		return false
	}
	row := q.kind.row()
	for _, t := range q.terms {
		if t.pos < 0 && t.ent != nil && t.ent == conv.Focus {
			continue // the focus « Et où ? » refers to (refer)
		}
		if !kindWord(row, t.fold) {
			return false
		}
	}
	return true
}

// aboutArticles reports a question about the articles themselves, which
// asks nothing of the last answer: « Qui est cité dans l'article 2 ? »,
// « Qui est cité dans les articles ? », « Quels articles parlent de … ? ».
func aboutArticles(q *question) bool {
	return q.numbered != nil || q.pastList > 0 || q.listing != NoListing || q.articles != noArticlesAsk
}

// kindWord reports whether fold is one of the words a kind of question is
// asked with: a noun of the kind or a word of one of its openings.
func kindWord(row *kindRow, fold string) bool {
	for _, list := range [][]string{row.nouns, row.prepNouns} {
		for _, n := range list {
			if fold == n || fold == n+"s" {
				return true
			}
		}
	}
	for _, o := range row.openers {
		for _, w := range strings.Fields(o) {
			if fold == w {
				return true
			}
		}
	}
	return false
}

// bareQuestion is the question a bare follow-up text asks after the
// previous question prev, parsed: its own words, then the words of prev
// that the matcher searches for (« Pourquoi pays signé appel Paris »),
// so that the answer's span is read near them. A word's pos counts the
// tokens of the text parse kept (prev.text).
func bareQuestion(text string, prev *question) string {
	var b strings.Builder
	b.WriteString(strings.TrimRight(text, " ?!.…"))
	toks := french.Tokenize(prev.text)
	for _, t := range prev.terms {
		if t.pos >= 0 && t.pos < len(toks) {
			b.WriteByte(' ')
			b.WriteString(toks[t.pos].Text)
		}
	}
	b.WriteString(" ?")
	return b.String()
}

// answerBare answers the bare follow-up text from the last answer's
// sentence or its neighbours; a is the answer filled in so far.
func (m *Matcher) answerBare(text string, conv *Context, a Answer) Answer {
	prev := conv.Question
	if prev == "" {
		prev = text
	}
	pq := m.parse(asYesNo(sanitize(prev)))
	q := m.parse(sanitize(bareQuestion(sanitize(text), pq)))
	if !bareKind(q.kind) {
		// The previous question's words changed the kind asked (a
		// noun of another kind after the question word): the
		// follow-up's own stands.
		q.kind = m.parse(sanitize(text)).kind
	}
	a.Question = conv.Question
	a.Kind = q.kind.row().name
	cited := conv.Last[0]
	before, after := m.base.Neighbours(cited)
	window := []*knowledge.Sentence{cited}
	for _, s := range []*knowledge.Sentence{after, before} {
		if s != nil {
			window = append(window, s)
		}
	}
	hits := make([]knowledge.Hit, len(window))
	for i, s := range window {
		hits[i] = knowledge.Hit{Sentence: s, Score: 1}
	}
	r := m.newRanking(q)
	defer r.release()
	cands := m.rank(r, hits, nil)
	// The first of the window, in its order, that states an answer of
	// the kind: the sentence cited, then the one after it, then the one
	// before. The cited sentence again with no short answer would
	// answer nothing.
	pick, short := -1, ""
	for _, s := range window {
		for i := range cands {
			if c := &cands[i]; c.hit.Sentence == s && c.typeOK {
				if short = m.shortAnswer(r, c); short != "" {
					pick = i
				}
				break
			}
		}
		if pick >= 0 {
			break
		}
	}
	if pick < 0 {
		a.NotSaid = a.Kind
		return a
	}
	cands[0], cands[pick] = cands[pick], cands[0]
	best := cands[0]
	a.Confidence, _ = m.trust(r, cands)
	a.Answered = true
	a.Unsure = a.Confidence < m.w.Unsure
	a.Short = short
	a.Sentences = []*knowledge.Sentence{best.hit.Sentence}
	a.Speakers = []string{best.speaker}
	a.Focus = conv.Focus
	return a
}
