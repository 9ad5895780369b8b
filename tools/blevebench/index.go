package main

import (
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
)

// batchSize is how many sentences go into one Bleve batch.
const batchSize = 1000

// textField is the one indexed field of every document.
const textField = "text"

// doc is what Bleve indexes for a sentence; the sentence itself is found
// again by its position, which is the document id.
type doc struct {
	Text string `json:"text"`
}

// searcher finds the sentence that best matches a question.
type searcher struct {
	index     bleve.Index
	sentences []sentence
}

// Index kinds accepted by newSearcher.
const (
	// kindMemOnly is bleve.NewMemOnly: the legacy upsidedown index over an
	// in-memory gtreap key-value store.
	kindMemOnly = "memonly"
	// kindScorch is Bleve's default index type, scorch, kept in memory (an
	// empty path): no files, no background merger.
	kindScorch = "scorch"
)

// newSearcher indexes every sentence in memory with Bleve's French analyzer,
// in an index of the given kind.
func newSearcher(sentences []sentence, kind string) (*searcher, error) {
	var idx bleve.Index
	var err error
	switch kind {
	case kindMemOnly:
		idx, err = bleve.NewMemOnly(frenchMapping())
	case kindScorch:
		idx, err = bleve.NewUsing("", frenchMapping(), scorch.Name, scorch.Name, nil)
	default:
		return nil, fmt.Errorf("bleve: unknown index kind %q (want %s or %s)", kind, kindMemOnly, kindScorch)
	}
	if err != nil {
		return nil, fmt.Errorf("bleve: new %s index: %w", kind, err)
	}
	b := idx.NewBatch()
	for i, s := range sentences {
		if err := b.Index(strconv.Itoa(i), doc{Text: s.Text}); err != nil {
			idx.Close()
			return nil, fmt.Errorf("bleve: batch sentence %d: %w", i, err)
		}
		if b.Size() >= batchSize || i == len(sentences)-1 {
			if err := idx.Batch(b); err != nil {
				idx.Close()
				return nil, fmt.Errorf("bleve: index batch: %w", err)
			}
			b.Reset()
		}
	}
	return &searcher{index: idx, sentences: sentences}, nil
}

// frenchMapping analyses the text field, and only it, with the "fr" analyzer
// (elision, lower case, French stop words, light French stemmer).
func frenchMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = fr.AnalyzerName
	text.Store = false
	text.IncludeTermVectors = false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(textField, text)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = dm
	m.DefaultAnalyzer = fr.AnalyzerName
	return m
}

// best returns the top-scoring sentence for question and its score, or
// false when no sentence shares an analysed term with it.
func (s *searcher) best(question string) (sentence, float64, bool, error) {
	q := bleve.NewMatchQuery(question)
	q.SetField(textField)
	q.Analyzer = fr.AnalyzerName
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	// Equal scores are common (short questions, repeated sentences); the id
	// breaks ties so that scorch, whose segment order varies from run to
	// run, gives the same answer every time.
	req.SortBy([]string{"-_score", "_id"})
	res, err := s.index.Search(req)
	if err != nil {
		return sentence{}, 0, false, fmt.Errorf("bleve: search: %w", err)
	}
	if len(res.Hits) == 0 {
		return sentence{}, 0, false, nil
	}
	hit := res.Hits[0]
	i, err := strconv.Atoi(hit.ID)
	if err != nil || i < 0 || i >= len(s.sentences) {
		return sentence{}, 0, false, fmt.Errorf("bleve: unexpected document id %q", hit.ID)
	}
	return s.sentences[i], hit.Score, true, nil
}

// Close releases the index.
func (s *searcher) Close() error {
	return s.index.Close()
}
