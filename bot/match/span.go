package match

import (
	"strings"
	"sync"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// The span model reads the short answer out of the cited sentence for the
// questions the hand rules do not settle precisely: every run of words of
// the sentence that may be an answer is a candidate, described by what it
// is (a name, a date, a number, the hand rules' answer), where it stands
// (how far from the question's words, after which word) and how much of
// the question it repeats; a logistic regression learnt on PIAF
// (spanmodel.json, `citebot train-spans`) gives each the probability that
// it holds a gold answer, and the best is the short answer when that
// probability reaches the model's threshold.

// spanGroup is the group of question kinds that share the span model's
// weights: the features weigh differently when a person, a place, a date
// or a number is asked.
type spanGroup int

const (
	groupPerson spanGroup = iota
	groupPlace
	groupDate
	groupNumber
	groupRole
	groupWhich // quel, quelle… before a noun of no kind
	groupWhat  // que, quoi
	groupOther
	numSpanGroups
)

// SpanGroups is how many groups of question kinds the span model tells
// apart.
const SpanGroups = int(numSpanGroups)

var spanGroupNames = [numSpanGroups]string{"person", "place", "date", "number", "role", "which", "what", "other"}

// spanGroupOf is the group of a question.
func spanGroupOf(q *question) spanGroup {
	switch q.kind {
	case kindPerson, kindOrg, kindHuman, kindSpeaker:
		return groupPerson
	case kindPlace:
		return groupPlace
	case kindDate:
		return groupDate
	case kindNumber, kindDuration:
		return groupNumber
	case kindRole:
		return groupRole
	}
	for _, f := range q.folds {
		switch f {
		case "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles":
			return groupWhich
		case "que", "qu'", "quoi", "qu'est-ce":
			return groupWhat
		}
	}
	return groupOther
}

// ruleKind reports the kinds whose hand rules stay: their answer is not a
// span of words (oui/non, a quotation, its speaker, a summary). A
// duration's extractor, 18 right of 25 on PIAF, is a feature of the span
// model like the other rules.
func ruleKind(k kind) bool {
	switch k {
	case kindYesNo, kindQuote, kindSpeaker, kindSummary, kindByline:
		return true
	}
	return false
}

// The features of one candidate span, before they are crossed with the
// question's group.
const (
	sfBias = iota
	sfRuleEqual
	sfInRule
	sfHoldsRule
	sfPerson
	sfOrg
	sfPlace
	sfPartMention
	sfDate
	sfDigits
	sfYear
	sfCap
	sfQuestionShare
	sfLogDist
	sfNoQuestionWord
	sfAfterQuestion
	sfBeforeQuestion
	sfLeftOfQuestion
	sfLen1
	sfLen2
	sfLen4
	sfLen7
	sfPrevPrep
	sfPrevDe
	sfPrevVerbLike
	sfPrevPunct
	sfNextPunct
	sfStartsDet
	sfStartsCap
	sfRelPos
	sfContentShare
	sfHoldsQuestion
	sfQuestionLeft
	sfQuestionRight
	sfNextVerbLike
	sfNextDe
	sfNextRelative
	sfStartsIndef
	sfStartsDigit
	sfEndsCap
	sfPrevA
	sfPrevEn
	sfPrevPar
	sfPrevQue
	sfPrevComma
	sfPrevParen
	sfNextComma
	sfNextParen
	sfLogChars
	sfHoldsHead  // it holds the noun the question asks which one of (« Quel ruisseau … ? »)
	sfAfterHead  // that noun ends at most two words before it (« le ruisseau Le Rouillon »)
	sfBeforeHead // that noun starts at most two words after it
	sfHeadAbsent // the question has such a noun, the sentence does not
	sfAskedPrep  // the preposition before the question word (« Par qui … ? ») is its first word or the word before it
	numSpanBase
)

var spanBaseNames = [numSpanBase]string{
	"bias", "rule_equal", "in_rule", "holds_rule", "person", "organisation", "place", "part_mention",
	"date", "digits", "year", "capitalised", "question_share", "log_distance", "no_question_word",
	"after_question", "before_question", "left_of_question", "len1", "len2_3", "len4_6", "len7",
	"prev_preposition", "prev_de", "prev_verb_like", "prev_punct", "next_punct", "starts_determiner",
	"starts_capital", "relative_position", "content_share", "holds_question_word", "question_words_left",
	"question_words_right", "next_verb_like", "next_de", "next_relative", "starts_indefinite", "starts_digit",
	"ends_capital", "prev_a", "prev_en", "prev_par", "prev_que", "prev_comma", "prev_paren", "next_comma",
	"next_paren", "log_chars", "holds_head", "after_head", "before_head", "head_absent", "asked_preposition",
}

// SpanBaseFeatures is how many features describe a span for one group of
// question kinds: its block of the feature vector.
const SpanBaseFeatures = numSpanBase

// NumSpanFeatures is the length of a span's feature vector: each base
// feature once per group of question kinds.
const NumSpanFeatures = int(numSpanGroups) * numSpanBase

// SpanFeatureNames name the span model's weights ("date:year"), for model
// files: made when first asked for, since the compiled-in model needs none.
var SpanFeatureNames = sync.OnceValue(func() [NumSpanFeatures]string {
	var n [NumSpanFeatures]string
	for g := range numSpanGroups {
		for f := range numSpanBase {
			n[int(g)*numSpanBase+f] = spanGroupNames[g] + ":" + spanBaseNames[f]
		}
	}
	return n
})

// SpanCandidate is one candidate short answer of a cited sentence: its
// words, where they stand in the sentence (bytes Start to End) and its
// features for the question's group (the group's block of the weights).
type SpanCandidate struct {
	Text       string
	Start, End int
	Features   [SpanBaseFeatures]float64
}

// RelatesToRule reports a candidate that is the hand rules' answer, holds
// it or lies in it.
func (c *SpanCandidate) RelatesToRule() bool {
	return c.Features[sfRuleEqual]+c.Features[sfInRule]+c.Features[sfHoldsRule] > 0
}

// byteSpan is where some words stand in a sentence, and what they are.
type byteSpan struct {
	start, end int
	kind       knowledge.EntityKind // a mention's; "" for a date
}

// occurrences are the places of text in the sentence, every one.
func occurrences(dst []byteSpan, sentence, text string, k knowledge.EntityKind) []byteSpan {
	if text == "" {
		return dst
	}
	for from := 0; ; {
		i := strings.Index(sentence[from:], text)
		if i < 0 {
			return dst
		}
		dst = append(dst, byteSpan{from + i, from + i + len(text), k})
		from += i + len(text)
	}
}

// spanBoundary reports a punctuation mark that ends a span: any but an
// apostrophe, a hyphen, and a comma or point inside a number ("14,2").
func spanBoundary(toks []french.Span, i int) bool {
	t := toks[i]
	if t.Word {
		return false
	}
	switch t.Text {
	case "'", "’", "-", "–", "/", "%", "°", "&", "+", "€", "$":
		return false
	case ",", ".":
		return !(i > 0 && i+1 < len(toks) && toks[i-1].End == t.Start && toks[i+1].Start == t.End &&
			french.IsDigits(toks[i-1].Text) && french.IsDigits(toks[i+1].Text))
	}
	return true
}

// spanCandidates returns the candidate short answers of the cited
// sentence, given the hand rules' answer (or ""), in the order of the
// sentence.
func (m *Matcher) spanCandidates(r *ranking, s *knowledge.Sentence, rule string) []SpanCandidate {
	var out []SpanCandidate
	m.eachSpan(r, s, rule, func(c *SpanCandidate) { out = append(out, *c) })
	return out
}

// spanScoresCap is the room made for a sentence's candidates' scores at
// once: a sentence of thirty words gives about a hundred.
const spanScoresCap = 128

// eachSpan calls fn with each candidate short answer of the cited
// sentence, in the order of the sentence; the candidate is fn's only
// during the call.
func (m *Matcher) eachSpan(r *ranking, s *knowledge.Sentence, rule string, fn func(*SpanCandidate)) {
	q, sp := r.q, &r.sc.spans
	toks := french.AppendSegment(sp.toks[:0], s.Text)
	// The content words and the question's words in the sentence, by
	// token.
	isContent, inQ := falses(sp.isContent, len(toks)), falses(sp.inQ, len(toks))
	qAt, headAt := sp.qAt[:0], sp.headAt[:0]
	var room [askedRoom]string
	asked := q.appendAsked(room[:0])
	head := m.askedHead(q)
	cur := m.base.StemCursor(s)
	for i, t := range toks {
		if !t.Word {
			continue
		}
		// A word the index holds is a content word (StemCursor).
		st, ok := cur.Stem(t.Start, t.Fold)
		if !ok {
			if !french.IsContent(t.Fold) {
				continue
			}
			st = m.an.Stem(t.Fold)
		}
		isContent[i] = true
		if head != "" && st == head {
			headAt = append(headAt, i)
		}
		if askedStem(asked, st) {
			inQ[i] = true
			qAt = append(qAt, i)
		}
	}
	facts := m.base.Facts(s)
	mentions, dates := sp.mentions[:0], sp.dates[:0]
	for _, mn := range facts.Mentions() {
		mentions = occurrences(mentions, s.Text, mn.Text, mn.Entity.Kind)
	}
	for _, d := range facts.Dates() {
		dates = occurrences(dates, s.Text, d.Text, "")
	}
	ruleAt := byteSpan{start: -1}
	if i := strings.Index(s.Text, rule); rule != "" && i >= 0 {
		ruleAt = byteSpan{start: i, end: i + len(rule)}
	}
	at := spanAt{toks: toks, inQ: inQ, qAt: qAt, mentions: mentions, dates: dates, rule: ruleAt, logs: m.logs,
		class: tokenClasses(sp.class[:0], toks), head: head != "", headAt: headAt, prep: askedPreposition(q.folds)}
	// The cut and the marks go back to the scratch space, grown.
	sp.toks, sp.isContent, sp.inQ, sp.class, sp.qAt, sp.mentions, sp.dates = toks, isContent, inQ, at.class, qAt, mentions, dates
	sp.headAt = headAt
	var c SpanCandidate
	paren := strings.IndexByte(s.Text, '(') >= 0 // a dateline needs one
	for i := range toks {
		if !toks[i].Word || at.class[i]&classBadStart != 0 || paren && inDateline(s.Text, toks[i].Start) {
			continue
		}
		words, content, asked := 0, 0, 0
		for j := i; j < len(toks) && words < spanMaxWords; j++ {
			if spanBoundary(toks, j) {
				break
			}
			if !toks[j].Word {
				continue
			}
			words++
			if isContent[j] {
				content++
				if inQ[j] {
					asked++
				}
			}
			if !isContent[j] || content == asked || (j+1 < len(toks) && toks[j+1].Start == toks[j].End && toks[j+1].Word) {
				continue
			}
			c = SpanCandidate{Text: s.Text[toks[i].Start:toks[j].End], Start: toks[i].Start, End: toks[j].End}
			at.i, at.j, at.words, at.content, at.asked = i, j, words, content, asked
			spanFeatures(&c, &at)
			fn(&c)
		}
	}
}
