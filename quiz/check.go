package quiz

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// The reasons Check refuses an item.
const (
	WhyCitation    = "citation not verbatim"
	WhyOptions     = "options not distinct"
	WhyRightAbsent = "right option not in the cited sentence"
	WhyDistractor  = "distractor in the cited sentence"
	WhyStemNames   = "question names an option"
)

// Check proves an item: its citation is a sentence of the corpus, quoted
// verbatim; its options are distinct; the right option occurs in the
// cited sentence (under one of its names) and no distractor does, nor is
// supported by it; the question names no option.
func (g *Generator) Check(it Item) error {
	s := g.sentence(it.Citation)
	if s == nil || s.Text != it.Citation.Quote {
		return refuse(WhyCitation, "%s §%d.%d", it.Citation.Article, it.Citation.Paragraph, it.Citation.Sentence)
	}
	if len(it.Options) < minOptions || it.Answer < 0 || it.Answer >= len(it.Options) {
		return refuse(WhyOptions, "%d options, answer %d", len(it.Options), it.Answer)
	}
	var seen []string
	for _, o := range it.Options {
		f := french.Fold(o)
		if f == "" || slices.Contains(seen, f) {
			return refuse(WhyOptions, "%q", o)
		}
		seen = append(seen, f)
	}
	for i, o := range it.Options {
		forms := g.forms(it.Kind, o)
		if occurs(it.Question, forms...) || figures(it.Kind) && containsFigure(it.Question, o) {
			// A figure counts as named inside another ("saison 2014–2015").
			return refuse(WhyStemNames, "%q", o)
		}
		in := occurs(s.Text, forms...)
		switch {
		case i == it.Answer && !in:
			return refuse(WhyRightAbsent, "%q", o)
		case i != it.Answer && (in || g.supports(s.Text, o)):
			return refuse(WhyDistractor, "%q", o)
		}
	}
	return nil
}

// figures reports whether a kind's options are figures, which a question
// may hold inside a longer token.
func figures(k Kind) bool { return k == KindNumber || k == KindDate }

// containsFigure reports whether text holds figure with no digit right
// before or after it: "2014" is in "2014–2015", not in "20145".
func containsFigure(text, figure string) bool {
	digit := func(i int) bool { return i >= 0 && i < len(text) && '0' <= text[i] && text[i] <= '9' }
	for from := 0; figure != ""; {
		i := strings.Index(text[from:], figure)
		if i < 0 {
			return false
		}
		i += from
		if !digit(i-1) && !digit(i+len(figure)) {
			return true
		}
		from = i + 1
	}
	return false
}

// sentence returns the sentence a citation points at, or nil.
func (g *Generator) sentence(c Citation) *knowledge.Sentence {
	a := g.base.Article(c.Article)
	if a == nil || c.Paragraph < 1 || c.Paragraph > len(a.Paragraphs) {
		return nil
	}
	p := a.Paragraphs[c.Paragraph-1]
	if c.Sentence < 1 || c.Sentence > len(p.Sentences) {
		return nil
	}
	return p.Sentences[c.Sentence-1]
}

// forms returns the ways a sentence may name an option of the given
// kind: a person, organisation or place under any of its names, anything
// else as written.
func (g *Generator) forms(k Kind, text string) []string {
	var m map[string][]string
	switch k {
	case KindQuote:
		m = g.pools.personForms
	case KindPlace:
		m = g.pools.placeForms
	case KindOrganisation:
		m = g.pools.orgForms
	}
	if f, ok := m[french.Fold(text)]; ok {
		return f
	}
	return []string{text}
}
