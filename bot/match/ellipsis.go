package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// An elliptical follow-up asks the previous question again about
// something else: « Qu'a dit William Hague ? » then « Et Cameron ? »
// asks « Qu'a dit Cameron ? »; « Combien d'internautes compte la
// Chine ? » then « Et les États-Unis ? ». Alone, its only words are a
// name, which no sentence answers.

// elliptic returns the question that text asks in the conversation: the
// previous question (conv.Question) about what text names when text is
// elliptical, with the conversation's focus moved to it when the
// previous question named its subject by a pronoun (« Qu'a-t-il
// dit ? »); else text and conv as they are.
func (m *Matcher) elliptic(text string, conv *Context) (string, *Context) {
	if conv == nil || conv.Question == "" {
		return text, conv
	}
	named, ok := ellipsisNames(sanitize(text))
	if !ok {
		return text, conv
	}
	prev := conv.Question
	if again, ok := articleFollowUp(prev, named, len(m.base.Articles)); ok {
		return again, conv
	}
	q := m.parse(asYesNo(sanitize(prev)))
	if start, end, with, ok := replaced(prev, named, q); ok {
		return prev[:start] + with + prev[end:], conv
	}
	if q.pronoun && conv.Focus != nil {
		if x := m.parse(named); len(x.names) > 0 {
			moved := *conv
			moved.Focus = x.names[0]
			return prev, &moved
		}
	}
	// No name to replace: what text names narrows the question
	// (« Combien de pays ont signé ? », « Et en Europe ? »).
	return strings.TrimRight(prev, " ?!.") + " " + named + " ?", conv
}

// ellipsisNames returns what an elliptical follow-up names (« Cameron »
// of « Et Cameron ? », « en Chine » of « Et en Chine ? »): « et » (or
// « and »), then at most maxEllipsisWords words, at least one of them a
// content word, none a question word, a verb of those a question is
// built with, or a pronoun.
func ellipsisNames(text string) (string, bool) {
	toks := french.Tokenize(text)
	var words []french.Token
	for _, t := range toks {
		if t.Kind == french.Word || t.Kind == french.Number {
			words = append(words, t)
		}
	}
	if len(words) < 2 || len(words) > maxEllipsisWords+1 || words[0].Fold != "et" && words[0].Fold != "and" {
		return "", false
	}
	for _, t := range words[1:] {
		if french.IsQuestionWord(t.Fold) || isAnaphor(t.Fold) || inversion(t.Fold) {
			return "", false
		}
	}
	named := text[words[1].Start:words[len(words)-1].End]
	if len(french.Analyze(named)) == 0 {
		return "", false // « Et alors ? », « Et ensuite ? »
	}
	return named, true
}

// replaced finds what of the previous question prev an elliptical
// follow-up naming named stands for, and what it says instead: a number
// for a number (« Et en 2013 ? » after « … en 2012 ? »), else a name
// (nameSpan) for all it names.
func replaced(prev, named string, q *question) (start, end int, with string, ok bool) {
	if n, ok := firstToken(named, french.Number); ok {
		if p, ok := firstToken(prev, french.Number); ok {
			return p.Start, p.End, n.Text, true
		}
	}
	start, end, ok = nameSpan(prev, q)
	if !ok {
		return 0, 0, "", false
	}
	if lead, ok := firstToken(named, french.Word); ok && lead.Start == 0 && french.IsStopWord(lead.Fold) {
		// « Et les États-Unis ? » after « … compte la Chine ? »: its
		// determiner (or preposition) stands for the name's.
		if toks := french.Tokenize(prev[:start]); len(toks) > 0 {
			if b := toks[len(toks)-1]; b.Kind == french.Word && french.IsStopWord(b.Fold) {
				start = b.Start
			}
		}
	}
	return start, end, named, true
}

// firstToken returns the first token of the kind in text.
func firstToken(text string, kind french.Kind) (french.Token, bool) {
	for _, t := range french.Tokenize(text) {
		if t.Kind == kind {
			return t, true
		}
	}
	return french.Token{}, false
}

// nameSpan finds in the question text the first run of capitalised words
// that are words of the name of one of the entities q names (« Hague »
// of William Hague): what an elliptical follow-up replaces.
func nameSpan(text string, q *question) (start, end int, ok bool) {
	toks := french.Tokenize(text)
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != french.Word || !toks[i].Has(french.Capitalized) {
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].Kind == french.Word && toks[j+1].Has(french.Capitalized) {
			j++
		}
		run := " " + french.Fold(text[toks[i].Start:toks[j].End]) + " "
		for _, e := range q.names {
			if strings.Contains(" "+french.Fold(e.Name)+" ", run) {
				return toks[i].Start, toks[j].End, true
			}
		}
		i = j
	}
	return 0, 0, false
}
