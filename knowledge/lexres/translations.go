package lexres

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed data/model1.tsv
var embeddedTranslations string

// Translations are IBM Model 1 word-translation probabilities learnt from
// PIAF's questions and the sentences that answer them (tools/paraphrase):
// t(q | s), the chance that a question says q where the answering sentence
// says s, on Snowball stems ("mort" for a sentence's "décédé"). The data
// is sorted by question stem and searched in place.
type Translations struct {
	data string
}

// EmbeddedTranslations is the table compiled into the binary, trained on
// every PIAF question. Held-out measurements train their own on the
// training folds.
func EmbeddedTranslations() Translations { return Translations{embeddedTranslations} }

// NewTranslations reads a table of "question stem\tsentence stem\tp" lines
// sorted by question stem.
func NewTranslations(data string) Translations { return Translations{data} }

// Sources calls fn with every sentence stem that may stand for the
// question stem q, and its probability, in table order.
func (t Translations) Sources(q string, fn func(s string, p float64)) {
	d := t.data
	key := q + "\t"
	lo := lowerBound(d, key)
	for lo < len(d) && strings.HasPrefix(d[lo:], key) {
		end := strings.IndexByte(d[lo:], '\n')
		if end < 0 {
			end = len(d) - lo
		}
		line := d[lo+len(key) : lo+end]
		if s, ps, ok := strings.Cut(line, "\t"); ok {
			if p, err := strconv.ParseFloat(ps, 64); err == nil {
				fn(s, p)
			}
		}
		lo += end + 1
	}
}

// Len is the number of word pairs in the table.
func (t Translations) Len() int { return strings.Count(t.data, "\n") }

// lowerBound returns the offset of the first line of the sorted text d
// that is not less than key (len(d) when none is): the bisection the
// table is searched in place with.
func lowerBound(d, key string) int {
	lo, hi := 0, len(d) // lo starts a line; hi starts a line or ends d
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(d[lo:mid], '\n') + 1
		end := strings.IndexByte(d[start:], '\n')
		if end < 0 {
			end = len(d)
		} else {
			end += start
		}
		if d[start:end] < key {
			lo = end + 1
		} else {
			hi = start
		}
	}
	return min(lo, len(d))
}
