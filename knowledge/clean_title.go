package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleFrom makes a title for an article that has none, from its first
// sentence: the whole sentence when it is short, else its subject (the
// words before its verb), cut at a word that can end a title, never a
// sentence broken off with "…".
func titleFrom(p string) string {
	s := p
	if ss := splitSentences(p); len(ss) > 0 {
		s = ss[0]
	}
	whole := strings.TrimFunc(s, isSpace)
	s = strings.TrimRightFunc(whole, func(r rune) bool { return r == '.' || isSpace(r) })
	if s == "" {
		return whole // a sentence of full stops: still a title, never none
	}
	if utf8.RuneCountInString(s) <= titleRunes {
		return s
	}
	words := strings.Fields(s)
	if v := slices.IndexFunc(words, isFiniteVerb); v >= 2 {
		words = words[:v] // the subject
	}
	var out []string
	n := 0
	for _, w := range words {
		if n+utf8.RuneCountInString(w)+1 > titleRunes+1 {
			break
		}
		out = append(out, w)
		n += utf8.RuneCountInString(w) + 1
	}
	// A title does not end on "de", "et", "l'" or a comma.
	for len(out) > 1 && (titleLinkWords()[strings.ToLower(out[len(out)-1])] || strings.HasSuffix(out[len(out)-1], "'") || strings.HasSuffix(out[len(out)-1], "’")) {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return s
	}
	if out[0] == "«" && !slices.Contains(out, "»") {
		out = out[1:] // a quotation cut short is no longer one
	}
	if t := strings.TrimRightFunc(strings.Join(out, " "), func(r rune) bool { return unicode.IsPunct(r) && r != '»' && r != ')' || isSpace(r) }); t != "" {
		return t
	}
	return s
}

// isFiniteVerb spots the verb that ends a lead sentence's subject: the
// auxiliaries and the commonest verbs of news leads, in the present and
// past.
func isFiniteVerb(w string) bool { return leadVerbs()[strings.ToLower(w)] }

var leadVerbs = markedWords("title_words.tsv", "lead-verb")

// titleLinkWords cannot end a title: articles, prepositions, conjunctions.
var titleLinkWords = markedWords("title_words.tsv", "title-link")
