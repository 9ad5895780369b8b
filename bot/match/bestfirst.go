package match

import (
	"cmp"
	"slices"
)

// bestFirst sorts the candidates by score, best first, keeping the
// search's order among equals. It sorts their positions and then moves
// each candidate once: a candidate is too big to swap around.
func bestFirst(cands []scored) {
	var buf [64]int32
	order := buf[:0]
	for i := range cands {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(cands[y].score, cands[x].score) })
	// Position k takes the candidate at order[k]: follow each cycle of
	// the permutation, marking the positions done.
	for k := range order {
		if order[k] < 0 || int(order[k]) == k {
			continue
		}
		held := cands[k]
		j := k
		for {
			from := int(order[j])
			order[j] = -1
			if from == k {
				cands[j] = held
				break
			}
			cands[j] = cands[from]
			j = from
		}
	}
}
