package knowledge

import (
	"bytes"
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/citebot/citebot/internal/replica"
	"github.com/citebot/citebot/knowledge/french"
)

// piafQueries returns up to n PIAF questions, evenly spread, as searches:
// each content word of the question a term of weight 1.
func piafQueries(tb testing.TB, b *Base, n int) [][]idTerm {
	raw, err := os.ReadFile(piafDir + "/../questions.jsonl")
	if err != nil {
		tb.Skipf("PIAF questions not found beside the project: %v", err)
	}
	var all []string
	for _, line := range bytes.Split(raw, []byte("\n")) {
		var rec struct{ Question string }
		if json.Unmarshal(line, &rec) == nil {
			all = append(all, rec.Question)
		}
	}
	an := french.NewAnalyzer()
	var qs [][]idTerm
	for i := 0; i < len(all); i += max(1, len(all)/n) {
		var q []idTerm
		for _, t := range an.Analyze(all[i]) {
			if id, ok := b.ix.terms.Find(t.Stem); ok {
				q = append(q, idTerm{id: id, weight: 1, word: int32(len(q))})
			}
		}
		qs = append(qs, q)
	}
	return qs
}

// BenchmarkSearch measures the BM25 search alone (three levels, the top
// paragraphs, the best benchHits sentences) on PIAF's questions' words, over
// PIAF and PIAF copied 16 times: the part of an answer that grows with
// the corpus.
func BenchmarkSearch(b *testing.B) {
	// benchHits are the hits the matcher asks for (match.Weights.Candidates).
	const benchHits = 8
	for _, copies := range []int{1, 16} {
		fsys, err := replica.FS(os.DirFS(piafDir), copies)
		if err != nil {
			b.Skipf("PIAF corpus not found beside the project: %v", err)
		}
		base, err := Load(fsys)
		if err != nil {
			b.Skipf("PIAF corpus not found beside the project: %v", err)
		}
		qs := piafQueries(b, base, 2000)
		p := DefaultSearchParams()
		// As search runs it, then pruned whatever the corpus's size
		// (searchPruned), to place pruneFrom.
		for _, run := range []struct {
			name string
			from int
		}{{"", pruneFrom}, {"/pruned", 0}} {
			b.Run("x"+strconv.Itoa(copies)+run.name, func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					base.searchFrom(nil, qs[i%len(qs)], p, benchHits, run.from)
				}
			})
		}
	}
}
