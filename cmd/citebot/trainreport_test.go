package main

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/cmd/citebot/internal/train"
)

func TestWriteDoubts(t *testing.T) {
	outcome := func(doubt int, inScope, right bool) scored {
		var f match.AbstainFeatures
		f[match.AbsBias] = 1
		if doubt >= 0 {
			f[doubt] = 1
		}
		return scored{o: train.Outcome{Features: f, InScope: inScope, Right: right}}
	}
	curve := []scored{
		outcome(match.AbsDoubtKind, true, true),
		outcome(match.AbsDoubtKind, true, false),
		outcome(match.AbsDoubtKind, false, false),
		outcome(match.AbsDoubtBarely, false, false),
		outcome(match.AbsDoubtBarely, false, false),
		outcome(-1, true, true),
	}
	var b strings.Builder
	if err := writeDoubts(&b, curve); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"doubt_barely            0               0             2",
		"doubt_kind              2               1             1",
		"doubt_names             0               0             0",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no line %q in:\n%s", want, b.String())
		}
	}
}

// TestSmallFigures counts held-out small-corpus outcomes as the matcher
// would answer them: a doubt, no candidate or a probability under the
// threshold abstains.
func TestSmallFigures(t *testing.T) {
	c := match.Calibration{Threshold: 0.5}
	c.Coef[match.AbsBias] = 1 // probability 0.73 without other features
	sure := match.AbstainFeatures{}
	doubted := match.AbstainFeatures{}
	doubted[match.AbsDoubtBarely] = 1
	low := match.AbstainFeatures{}
	low[match.AbsCov] = 1
	c.Coef[match.AbsCov] = -3 // 0.12
	var f smallFigures
	f.add([]train.Outcome{
		{Features: sure, InScope: true, Right: true, Small: true},    // right
		{Features: sure, InScope: true, Small: true},                 // answered, wrong
		{Features: doubted, InScope: true, Right: true, Small: true}, // false abstention
		{InScope: true, NoCandidate: true, Small: true},              // false abstention
		{Features: low, Small: true},                                 // out of scope, abstained
		{Features: sure, Small: true},                                // out of scope, answered
	}, c)
	want := smallFigures{inScope: 4, right: 1, falseAbstain: 2, outOfScope: 2, oosAbstained: 1}
	if f != want {
		t.Errorf("smallFigures = %+v, want %+v", f, want)
	}
	var b strings.Builder
	f.write(&b)
	if got := b.String(); !strings.Contains(got, "accuracy 0.3333, cited_right 0.2500, false_abstain 0.5000, oos_abstained 0.5000") {
		t.Errorf("write = %q", got)
	}
}
