package match

import (
	"slices"
	"sync"

	"github.com/citebot/citebot/knowledge"
)

// speakerQuotes files the articles' attributed quotations under their
// speaker, each with its rank in the articles' order: a question about
// what someone said looks at the quotations of the speakers it may mean,
// not at every quotation of the corpus.
type speakerQuotes struct {
	speakers []string
	quotes   [][]rankedQuote
}

// rankedQuote is a quotation's sentence and its quotation's position
// among all the articles' quotations.
type rankedQuote struct {
	rank     int
	sentence *knowledge.Sentence
}

// newSpeakerQuotes returns a function that builds the index the first
// time it is asked for.
func newSpeakerQuotes(base *knowledge.Base) func() *speakerQuotes {
	return sync.OnceValue(func() *speakerQuotes {
		sq := &speakerQuotes{}
		at := map[string]int{}
		rank := 0
		for _, a := range base.Articles {
			for _, qu := range a.Quotes {
				rank++
				if qu.Sentence == nil || qu.Speaker == "" {
					continue
				}
				i, ok := at[qu.Speaker]
				if !ok {
					i = len(sq.speakers)
					at[qu.Speaker] = i
					sq.speakers = append(sq.speakers, qu.Speaker)
					sq.quotes = append(sq.quotes, nil)
				}
				sq.quotes[i] = append(sq.quotes[i], rankedQuote{rank: rank, sentence: qu.Sentence})
			}
		}
		return sq
	})
}

// of returns the sentences of the quotations whose speaker matches, in
// the articles' order.
func (sq *speakerQuotes) of(match func(speaker string) bool) []*knowledge.Sentence {
	var found []rankedQuote
	for i, sp := range sq.speakers {
		if match(sp) {
			found = append(found, sq.quotes[i]...)
		}
	}
	slices.SortFunc(found, func(x, y rankedQuote) int { return x.rank - y.rank })
	out := make([]*knowledge.Sentence, len(found))
	for i, f := range found {
		out[i] = f.sentence
	}
	return out
}
