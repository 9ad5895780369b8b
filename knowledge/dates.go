package knowledge

import "github.com/citebot/citebot/knowledge/french"

// extractDates turns the date spans of a sentence into mentions.
func extractDates(es *exSentence, spans []french.DateSpan) []DateMention {
	out := make([]DateMention, 0, len(spans))
	for _, d := range spans {
		out = append(out, DateMention{Text: es.s.Text[d.Start:d.End], Kind: d.Kind, Sentence: es.s})
	}
	return out
}
