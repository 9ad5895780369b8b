package ibm1

import "testing"

// TestModel1Toy trains on three sentence/question pairs where only
// co-occurrence tells "deced" stands for "mort".
func TestModel1Toy(t *testing.T) {
	data := []Pair{
		{Sentence: []string{"pierr", "deced", "pari"}, Question: []string{"mort", "pierr"}},
		{Sentence: []string{"jean", "deced", "lyon"}, Question: []string{"mort", "jean"}},
		{Sentence: []string{"pierr", "pari"}, Question: []string{"pierr"}},
	}
	m := Train(data, 10)
	if p := m["deced"]["mort"]; p < 0.9 {
		t.Errorf("t(mort | deced) = %.3f, want ≥ 0.9", p)
	}
	if p := m["pierr"]["mort"]; p > 0.1 {
		t.Errorf("t(mort | pierr) = %.3f, want ≤ 0.1", p)
	}
	again := Train(data, 10)
	for s, row := range m {
		for q, p := range row {
			if again[s][q] != p {
				t.Fatalf("training twice differs at t(%s | %s): %v, %v", q, s, p, again[s][q])
			}
		}
	}
}
