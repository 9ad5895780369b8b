package french

// editDistance returns the optimal-string-alignment distance between a and
// b (insertions, deletions, substitutions and transpositions of adjacent
// bytes, each costing 1), or max+1 as soon as it must exceed max. It works
// on bytes: callers pass folded ASCII words.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if a == b {
		return 0
	}
	// Three rows of the dynamic programme; words are short, so the rows
	// live on the stack unless b is long.
	n := len(b) + 1
	var buf [3][64]int
	var prev2, prev, cur []int
	if n <= len(buf[0]) {
		prev2, prev, cur = buf[0][:n], buf[1][:n], buf[2][:n]
	} else {
		prev2, prev, cur = make([]int, n), make([]int, n), make([]int, n)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}

// OneEditApart reports whether the folded words a and b differ by at most
// one insertion, deletion, substitution or transposition: a misspelt name
// ("Nie" for "Nee") is still that name. It is editDistance(a, b, 1) <= 1
// in one pass with no table: the matcher asks it of every name word of
// the corpus.
func OneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0 // the first byte where they differ
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch len(b) - len(a) {
	case 0:
		if i == len(a) || a[i+1:] == b[i+1:] { // equal, or one substitution
			return true
		}
		// Two adjacent bytes swapped.
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		return a[i:] == b[i+1:] // b has one byte more, at i
	}
	return false
}
