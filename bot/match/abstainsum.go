package match

import (
	"cmp"
	"slices"
)

// bySum is the candidates best first by the hand-set weighted sum alone,
// before the ranking trees re-rank them: what the abstention reads.
func bySum(cands []scored) []scored {
	out := slices.Clone(cands)
	slices.SortStableFunc(out, func(a, b scored) int { return cmp.Compare(b.lin, a.lin) })
	return out
}
