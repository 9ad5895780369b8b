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
