package extract_test

import (
	"os"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
	"github.com/citebot/citebot/knowledge/extract"
)

// piafDir is the PIAF corpus beside the project.
const piafDir = "../../../shared/data/piaf/corpus"

// TestExtractInvariants checks, over the seeds and the PIAF corpus, that
// every extracted text is verbatim in its sentence.
func TestExtractInvariants(t *testing.T) {
	corpora := map[string]func() (*knowledge.Base, error){
		"seeds": func() (*knowledge.Base, error) { return knowledge.Load(corpus.FS()) },
	}
	if _, err := os.Stat(piafDir); err == nil {
		corpora["PIAF"] = func() (*knowledge.Base, error) { return knowledge.Load(os.DirFS(piafDir)) }
	} else {
		t.Logf("PIAF corpus not found at %s: checking the seeds only", piafDir)
	}
	for name, load := range corpora {
		b, err := load()
		if err != nil {
			t.Fatal(err)
		}
		quotes, entities, numbers, dates := 0, 0, 0, 0
		for _, a := range b.Articles {
			extract.CheckInvariants(t, a)
			quotes += len(a.Quotes)
			entities += len(a.Entities)
			numbers += len(a.Numbers)
			dates += len(a.Dates)
		}
		t.Logf("%s: %d articles, %d quotations, %d entities, %d numbers, %d dates", name, len(b.Articles), quotes, entities, numbers, dates)
		if quotes == 0 || entities == 0 || numbers == 0 || dates == 0 {
			t.Errorf("%s: an extractor found nothing", name)
		}
	}
}
