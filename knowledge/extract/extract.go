package extract

import (
	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// Cut returns each sentence of the article as french.Segment cuts it, in
// order: what Article reads.
func Cut(a *article.Article) [][]french.Span {
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Sentences)
	}
	cuts := make([][]french.Span, 0, n)
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			cuts = append(cuts, french.Segment(s.Text))
		}
	}
	return cuts
}

// Article fills the article's quotes, entities, numbers and dates from its
// sentences, read in order: a pronoun or a quotation standing alone refers
// to what came before it. cuts are the sentences as Cut returns them (the
// loader cuts each sentence once, for extraction and the index).
func Article(a *article.Article, cuts [][]french.Span) {
	lx := theLexicon()
	paras := make([][]*sentence, 0, len(a.Paragraphs))
	var all []*sentence
	for _, p := range a.Paragraphs {
		ps := make([]*sentence, 0, len(p.Sentences))
		for _, s := range p.Sentences {
			toks := cuts[len(all)]
			es := &sentence{s: s, toks: toks}
			es.mentions = findMentions(s.Text, toks, lx)
			ps = append(ps, es)
			all = append(all, es)
		}
		paras = append(paras, ps)
	}
	tab := resolveEntities(all, lx)
	a.Quotes = extractQuotes(paras, tab, lx)
	a.Entities = tab.entities()
	a.Numbers, a.Dates = nil, nil
	for _, es := range all {
		dates := french.FindDates(es.s.Text, es.toks)
		a.Dates = append(a.Dates, extractDates(es, dates)...)
		a.Numbers = append(a.Numbers, extractNumbers(es, dates, lx)...)
	}
}
