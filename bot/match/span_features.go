package match

import (
	"math"
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// spanAt is the sentence as the span features read it, and where a
// candidate stands in it: tokens i to j.
type spanAt struct {
	toks []french.Span
	// inQ marks the tokens that are the question's words, qAt lists them.
	inQ             []bool
	qAt             []int
	mentions, dates []byteSpan
	// rule is where the hand rules' answer stands (start -1: nowhere).
	rule                  byteSpan
	i, j                  int
	words, content, asked int
	// logs are the logarithms of small counts (Matcher.logs).
	logs []float64
	// class is, per token, the span word lists that hold it and whether
	// it is a number, looked up once per sentence rather than for each
	// candidate span.
	class []wordClass
	// head is true when the question asks which one of a noun (askedHead),
	// headAt lists the tokens that are that noun.
	head   bool
	headAt []int
	// prep is the preposition before the question word, or "".
	prep string
}

// wordClass marks a token of the span word lists (spanWords).
type wordClass uint8

const (
	classPrep wordClass = 1 << iota
	classDet
	classVerb
	classDigits   // a word of digits alone
	classBadStart // a word a span may not start with
)

// tokenClasses looks each token up in the span word lists, and marks the
// words of digits; the classes are appended to cls.
func tokenClasses(cls []wordClass, toks []french.Span) []wordClass {
	for _, t := range toks {
		c := spanWords.classOf(t.Fold) // prepositions, determiners, verbs, bad starts
		if t.Word && french.IsDigits(t.Text) {
			c |= classDigits
		}
		cls = append(cls, c)
	}
	return cls
}

// log is math.Log(n), from the table when n is in it.
func (at *spanAt) log(n int) float64 {
	if n >= 0 && n < len(at.logs) {
		return at.logs[n]
	}
	return math.Log(float64(n))
}

// spanFeatures fills in the candidate's features.
func spanFeatures(c *SpanCandidate, at *spanAt) {
	toks, x := at.toks, c.Features[:]
	x[sfBias] = 1
	switch r := at.rule; {
	case r.start < 0:
	case r.start == c.Start && r.end == c.End:
		x[sfRuleEqual] = 1
	case r.start <= c.Start && c.End <= r.end:
		x[sfInRule] = 1
	case c.Start <= r.start && r.end <= c.End:
		x[sfHoldsRule] = 1
	}
	for _, mn := range at.mentions {
		switch {
		case mn.start == c.Start && mn.end == c.End:
			switch mn.kind {
			case knowledge.Person:
				x[sfPerson] = 1
			case knowledge.Organisation:
				x[sfOrg] = 1
			case knowledge.Place:
				x[sfPlace] = 1
			}
		case mn.start < c.End && c.Start < mn.end && (mn.start <= c.Start && c.End <= mn.end || c.Start <= mn.start && mn.end <= c.End):
			x[sfPartMention] = 1
		}
	}
	for _, d := range at.dates {
		if d.start <= c.Start && c.End <= d.end || c.Start <= d.start && d.end <= c.End {
			x[sfDate] = 1
		}
	}
	for k := at.i; k <= at.j; k++ {
		t := toks[k]
		if at.class[k]&classDigits != 0 {
			x[sfDigits] = 1
			if len(t.Text) == 4 && (t.Text[0] == '1' || t.Text[0] == '2') {
				x[sfYear] = 1
			}
		}
		if t.Word && t.Cap && k > 0 {
			x[sfCap] = 1
		}
	}
	x[sfQuestionShare] = float64(at.asked) / float64(max(1, at.content))
	x[sfContentShare] = float64(at.content) / float64(at.words)
	dist := math.MaxInt
	for _, k := range at.qAt {
		if k >= at.i && k <= at.j {
			continue
		}
		dist = min(dist, max(at.i-k, k-at.j))
	}
	if dist == math.MaxInt {
		x[sfNoQuestionWord] = 1
	} else {
		x[sfLogDist] = at.log(dist)
	}
	if len(at.qAt) > 0 && at.j < at.qAt[0] {
		x[sfLeftOfQuestion] = 1
	}

	prev, next := wordBefore(toks, at.i), at.j+1
	if prev >= 0 && (at.inQ[prev] || prev >= 1 && at.inQ[prev-1] && (at.class[prev]&(classPrep|classDet) != 0 || toks[prev].Fold == "de" || toks[prev].Fold == "d'")) {
		x[sfAfterQuestion] = 1
	}
	if next < len(toks) && at.inQ[next] || next+1 < len(toks) && at.inQ[next+1] {
		x[sfBeforeQuestion] = 1
	}
	switch n := at.words; {
	case n == 1:
		x[sfLen1] = 1
	case n <= 3:
		x[sfLen2] = 1
	case n <= 6:
		x[sfLen4] = 1
	default:
		x[sfLen7] = 1
	}
	if at.i > 0 {
		p := toks[at.i-1]
		switch {
		case !p.Word:
			x[sfPrevPunct] = 1
		case p.Fold == "de" || p.Fold == "d'" || p.Fold == "du" || p.Fold == "des":
			x[sfPrevDe] = 1
		case at.class[at.i-1]&classPrep != 0:
			x[sfPrevPrep] = 1
		case at.class[at.i-1]&classVerb != 0:
			x[sfPrevVerbLike] = 1
		}
	} else {
		x[sfPrevPunct] = 1
	}
	if next >= len(toks) || !toks[next].Word {
		x[sfNextPunct] = 1
	}
	if at.class[at.i]&classDet != 0 {
		x[sfStartsDet] = 1
	}
	if toks[at.i].Cap && at.i > 0 {
		x[sfStartsCap] = 1
	}
	x[sfRelPos] = float64(at.i) / float64(len(toks))
	if at.asked > 0 {
		x[sfHoldsQuestion] = 1
	}
	for k := max(0, at.i-spanWindow); k < at.i; k++ {
		if at.inQ[k] {
			x[sfQuestionLeft]++
		}
	}
	for k := at.j + 1; k < min(len(toks), at.j+1+spanWindow); k++ {
		if at.inQ[k] {
			x[sfQuestionRight]++
		}
	}
	if next < len(toks) {
		switch n := toks[next].Fold; {
		case at.class[next]&classVerb != 0:
			x[sfNextVerbLike] = 1
		case n == "de" || n == "d'" || n == "du" || n == "des":
			x[sfNextDe] = 1
		case n == "qui" || n == "que" || n == "qu'" || n == "dont" || n == "ou":
			x[sfNextRelative] = 1
		case n == ",":
			x[sfNextComma] = 1
		case n == "(":
			x[sfNextParen] = 1
		}
	}
	switch first := toks[at.i].Fold; {
	case first == "un" || first == "une" || first == "des":
		x[sfStartsIndef] = 1
	case french.IsDigits(first):
		x[sfStartsDigit] = 1
	}
	if toks[at.j].Cap {
		x[sfEndsCap] = 1
	}
	if at.i > 0 {
		switch toks[at.i-1].Fold {
		case "a", "au", "aux":
			x[sfPrevA] = 1
		case "en":
			x[sfPrevEn] = 1
		case "par":
			x[sfPrevPar] = 1
		case "que", "qu'":
			x[sfPrevQue] = 1
		case ",":
			x[sfPrevComma] = 1
		case "(":
			x[sfPrevParen] = 1
		}
	}
	x[sfLogChars] = at.log(len(c.Text))
	if at.prep != "" && (toks[at.i].Fold == at.prep || at.i > 0 && toks[at.i-1].Fold == at.prep) {
		x[sfAskedPrep] = 1
	}
	if at.head && len(at.headAt) == 0 {
		x[sfHeadAbsent] = 1
	}
	for _, k := range at.headAt {
		switch {
		case k >= at.i && k <= at.j:
			x[sfHoldsHead] = 1
		case k < at.i && at.i-k <= spanHeadReach:
			x[sfAfterHead] = 1
		case k > at.j && k-at.j <= spanHeadReach:
			x[sfBeforeHead] = 1
		}
	}
}

// askedHead is the stem of the noun the question asks which one of
// (« Quel ruisseau … ? », « Quel type de vol … ? ») or counts
// (« Combien de pays … ? »), or "".
func (m *Matcher) askedHead(q *question) string {
	if j := m.kinds.whichNoun(q.folds); j >= 0 {
		return m.an.Stem(q.folds[j])
	}
	return q.counted
}

// wordBefore is the index of the word before token i, or -1 when a
// punctuation mark or the sentence's start comes first.
func wordBefore(toks []french.Span, i int) int {
	if i == 0 || !toks[i-1].Word {
		return -1
	}
	return i - 1
}

// verbLike reports a form of être or avoir, or a participle that names
// or places ("appelé", "situé"): what comes after it is often the answer
// ("est Paris", "fut nommé X").
func verbLike(fold string) bool {
	return spanWords.verbs.Has(fold)
}

// askedStem reports whether the stem of a word of the sentence is one of
// the question's words' (the conversation's focus aside), given them
// listed (question.appendAsked).
func askedStem(asked []string, st string) bool {
	return slices.Contains(asked, st)
}

// askedRoom is the room made on the stack for a question's stems
// (appendAsked): a long question's words with their alternatives.
const askedRoom = 32

// stemAt is the analyser's stem of the sentence's folded word that starts
// at byte start: the index's when it holds the word there (cur walks the
// sentence's words in order), else the analyser's cache's.
func (m *Matcher) stemAt(cur *knowledge.StemCursor, start int, fold string) string {
	if st, ok := cur.Stem(start, fold); ok {
		return st
	}
	return m.an.Stem(fold)
}

// askedPreposition is the preposition right before the question word
// (« Par qui … ? », « Dans quel pays … ? », « Avec quoi … ? »), folded as
// the sentence's words are, or "": the answer often follows the same one.
func askedPreposition(folds []string) string {
	for i, f := range folds {
		if whWord(f) {
			if i > 0 && spanWords.classOf(folds[i-1])&classPrep != 0 {
				return folds[i-1]
			}
			return ""
		}
	}
	return ""
}
