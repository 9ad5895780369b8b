package extract

import (
	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// extractDates turns the date spans of a sentence into mentions.
func extractDates(es *sentence, spans []french.DateSpan) []article.DateMention {
	out := make([]article.DateMention, 0, len(spans))
	for _, d := range spans {
		out = append(out, article.DateMention{Text: es.s.Text[d.Start:d.End], Kind: d.Kind, Sentence: es.s})
	}
	return out
}
