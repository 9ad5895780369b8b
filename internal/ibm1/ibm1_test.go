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

func TestHoldsAnswer(t *testing.T) {
	s := "Il est né le 12 mars 1952 à Dakar."
	for answer, want := range map[string]bool{"1952": true, "Dakar": true, "12 mars": true, "mars 19": false, "dakar.": true, "": false} {
		if got := HoldsAnswer(s, []string{answer}); got != want {
			t.Errorf("HoldsAnswer(%q) = %v", answer, got)
		}
	}
}

func TestAnswerSentence(t *testing.T) {
	texts := []string{"Il est né à Dakar.", "Il vit à Paris.", "Paris est loin de Dakar."}
	for answer, want := range map[string]int{"Paris": -1, "vit": 1, "Lyon": -1, "né à Dakar": 0} {
		if got := AnswerSentence(texts, []string{answer}); got != want {
			t.Errorf("AnswerSentence(%q) = %d, want %d", answer, got, want)
		}
	}
	if got := Words("Les présidents élus à Paris"); len(got) != 3 || got[0] != "presid" || got[2] != "paris" {
		t.Errorf("Words = %q", got)
	}
}
