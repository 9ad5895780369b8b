package extract

import (
	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// Article fills the article's quotes, entities, numbers and dates from its
// sentences, read in order: a pronoun or a quotation standing alone refers
// to what came before it.
func Article(a *article.Article) {
	lx := theLexicon()
	paras := make([][]*exSentence, 0, len(a.Paragraphs))
	var all []*exSentence
	for _, p := range a.Paragraphs {
		ps := make([]*exSentence, 0, len(p.Sentences))
		for _, s := range p.Sentences {
			toks := french.Segment(s.Text)
			es := &exSentence{s: s, toks: toks}
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
