package match

import "testing"

// TestPreferReadable puts first, of the best candidates within
// Weights.Readable of each other, the one the hand rules read a short
// answer from; farther ones, those past ReadableTop and those of a
// question asking for a name keep their places.
func TestPreferReadable(t *testing.T) {
	m := New(seedBase(t))
	m.w.Readable, m.w.ReadableTop = 0.2, 2
	// The rules' answers are set as read, so that no sentence is.
	c := func(pos int32, score float64, rule string) scored {
		return scored{pos: pos, score: score, rule: rule, ruleRead: true}
	}
	tests := []struct {
		name string
		in   []scored
		want []int32
	}{
		{"close, the second readable", []scored{c(0, 1, ""), c(1, 0.9, "Joe Biden"), c(2, 0.5, "")}, []int32{1, 0, 2}},
		{"close, both readable", []scored{c(0, 1, "Hague"), c(1, 0.9, "Biden")}, []int32{0, 1}},
		{"close, the first readable", []scored{c(0, 1, "Hague"), c(1, 0.95, "")}, []int32{0, 1}},
		{"too far apart", []scored{c(0, 1, ""), c(1, 0.7, "Biden")}, []int32{0, 1}},
		{"the third is not read", []scored{c(0, 1, ""), c(1, 0.99, ""), c(2, 0.98, "Biden")}, []int32{0, 1, 2}},
		{"one candidate", []scored{c(0, 1, "")}, []int32{0}},
		{"a name asked for", []scored{c(0, 1, ""), c(1, 0.9, "Joe Biden")}, []int32{0, 1}},
	}
	for _, tt := range tests {
		cands := append([]scored(nil), tt.in...)
		q := &question{kind: kindAny}
		if tt.name == "a name asked for" {
			q.kind = kindPerson
		}
		m.preferReadable(&ranking{q: q}, cands)
		if tt.name == "too far apart" && cands[1].score != 0.7 {
			t.Errorf("%s: the second's score is %v, want 0.7: one that cannot pass the first is not read", tt.name, cands[1].score)
		}
		for i, want := range tt.want {
			if cands[i].pos != want {
				t.Errorf("%s: position %d holds candidate %d, want %d", tt.name, i, cands[i].pos, want)
			}
		}
	}
}
