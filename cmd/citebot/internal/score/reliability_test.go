package score

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestMeasureReliability(t *testing.T) {
	art := "a1"
	corpus := map[string]string{"a1": "Le chat dort. Le chien court."}
	gold := []Gold{
		{ID: "1", Article: &art, Answer: []string{"chat"}},
		{ID: "2", Article: &art, Answer: []string{"chien"}},
		{ID: "3", Article: &art, Answer: []string{"chien"}},
		{ID: "4"}, // out of scope
		{ID: "5"}, // out of scope, answered
		{ID: "6", Article: &art, Answer: []string{"chat"}},
	}
	cite := func(q string, c float64) *Prediction {
		return &Prediction{Answered: true, Confidence: c, Citations: []Citation{{Article: "a1", Quote: q}}}
	}
	preds := map[string]*Prediction{
		"1": cite("Le chat dort.", 0.95),  // right
		"2": cite("Le chat dort.", 0.91),  // wrong
		"3": cite("Le chien court.", 0.3), // right
		"4": {Answered: false},            // right abstention
		"5": cite("Le chat dort.", 1.7),   // wrong, confidence out of range
		"6": {Answered: false},            // false abstention
	}
	r := MeasureReliability(gold, preds, corpus)
	if r.Abstained != 2 || r.AbstainedRight != 1 {
		t.Errorf("abstained %d, right %d; want 2, 1", r.Abstained, r.AbstainedRight)
	}
	top, low := r.Bins[9], r.Bins[3]
	if top.Answered != 3 || top.Right != 1 || low.Answered != 1 || low.Right != 1 {
		t.Errorf("bins: top %+v, 0.3 %+v", top, low)
	}
	if want := (0.95 + 0.91 + 1) / 3; math.Abs(top.MeanConfidence-want) > 1e-9 {
		t.Errorf("top bin mean confidence %v, want %v", top.MeanConfidence, want)
	}
	brier := (0.05*0.05 + 0.91*0.91 + 0.7*0.7 + 1) / 4
	ece := (3*math.Abs(1.0/3-(0.95+0.91+1)/3) + 1*math.Abs(1-0.3)) / 4
	if math.Abs(r.Brier-brier) > 1e-9 || math.Abs(r.ECE-ece) > 1e-9 {
		t.Errorf("Brier %v ECE %v, want %v %v", r.Brier, r.ECE, brier, ece)
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"0.9–1.0", "0.3–0.4", "abstained", "ECE 0.", "Brier 0."} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}
	if strings.Contains(b.String(), "0.5–0.6") {
		t.Errorf("table shows an empty bin:\n%s", b.String())
	}
}
