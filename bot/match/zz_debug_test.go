package match

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZAbstain(t *testing.T) {
	qs := os.Getenv("ZZQ")
	if qs == "" {
		t.Skip()
	}
	m := New(seedBase(t))
	for _, q := range strings.Split(qs, "|") {
		e := m.Explain(q)
		fmt.Printf("%s\n", q)
		pq := m.parse(sanitize(q))
		fmt.Printf("  kind=%v unknown=%v\n", pq.kind.row().name, pq.unknown)
		for _, t := range pq.terms {
			fmt.Printf("   term %q w=%.2f known=%v cap=%v ent=%v stems=%v\n", t.fold, t.weight, t.known, t.cap, t.ent != nil, t.stems)
		}
		if len(e.Candidates) == 0 {
			fmt.Println("  no candidates")
			continue
		}
		for i, n := range AbstainFeatureNames {
			fmt.Printf(" %s=%.2f", n, e.Abstain[i])
		}
		c := &m.w.Calibration
		fmt.Printf("\n  doubt=%q", m.doubt(m.parse(q), scored{}))
		fmt.Printf("\n  answerable=%.3f prob=%.3f  %q\n", c.Answerable(e.Abstain), c.Probability(e.Abstain), e.Candidates[0].Sentence.Text[:min(80, len(e.Candidates[0].Sentence.Text))])
	}
}
