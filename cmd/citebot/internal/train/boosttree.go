package train

import "github.com/citebot/citebot/bot/match"

// grow fits one regression tree to the gradient g and Hessian h of the
// candidates rows, depth first, each split the one of highest gain that
// leaves at least p.MinLeaf candidates on either side; rows is reordered.
func (d *boostData) grow(rows []int, g, h []float64, p BoostParams) match.Tree {
	var t match.Tree
	d.node(&t, rows, d.histogram(rows, g, h), g, h, p, 0)
	return t
}

// histogram is, per feature and bin, the candidates' summed gradient and
// Hessian and their count.
type histogram struct {
	g, h [][maxBins]float64
	n    [][maxBins]int
}

// newHistogram is an empty histogram of nf features.
func newHistogram(nf int) *histogram {
	return &histogram{g: make([][maxBins]float64, nf), h: make([][maxBins]float64, nf), n: make([][maxBins]int, nf)}
}

// histogram sums the gradient and Hessian of rows by feature and bin.
func (d *boostData) histogram(rows []int, g, h []float64) *histogram {
	hist := newHistogram(len(d.edges))
	for _, i := range rows {
		for f, b := range d.bins[i] {
			hist.g[f][b] += g[i]
			hist.h[f][b] += h[i]
			hist.n[f][b]++
		}
	}
	return hist
}

// minus is the histogram of a node's rows less the rows of o, one of
// its children: the other child's, without visiting its rows.
func (hist *histogram) minus(o *histogram) *histogram {
	out := newHistogram(len(hist.g))
	for f := range hist.g {
		for b := range hist.g[f] {
			out.g[f][b] = hist.g[f][b] - o.g[f][b]
			out.h[f][b] = hist.h[f][b] - o.h[f][b]
			out.n[f][b] = hist.n[f][b] - o.n[f][b]
		}
	}
	return out
}

// node appends the subtree of rows, whose histogram is hist, at depth to
// t and returns its index.
func (d *boostData) node(t *match.Tree, rows []int, hist *histogram, g, h []float64, p BoostParams, depth int) int {
	at := len(*t)
	var sg, sh float64
	for _, i := range rows { // in row order: the subtracted histograms are not summed the same way
		sg += g[i]
		sh += h[i]
	}
	*t = append(*t, match.Node{Value: -p.Rate * sg / (sh + boostL2)})
	if depth >= p.Depth || len(rows) < 2*p.MinLeaf {
		return at
	}
	f, b, ok := d.split(hist, len(rows), sg, sh, p.MinLeaf)
	if !ok {
		return at
	}
	// Partition in place, keeping each side's order.
	left := make([]int, 0, len(rows))
	var right []int
	for _, i := range rows {
		if int(d.bins[i][f]) <= b {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	n := copy(rows, left)
	copy(rows[n:], right)
	var lh, rh *histogram
	if depth+1 < p.Depth { // the children split too
		if n <= len(rows)-n {
			lh = d.histogram(rows[:n], g, h)
			rh = hist.minus(lh)
		} else {
			rh = d.histogram(rows[n:], g, h)
			lh = hist.minus(rh)
		}
	}
	l := d.node(t, rows[:n], lh, g, h, p, depth+1)
	r := d.node(t, rows[n:], rh, g, h, p, depth+1)
	(*t)[at] = match.Node{Feature: int32(f), Threshold: d.edges[f][b], Left: int32(l), Right: int32(r)}
	return at
}

// split finds the feature and bin whose split (bins up to b on the left)
// gains most, Σg²/(Σh+λ) on either side against the whole; ok is false
// when no split gains.
func (d *boostData) split(hist *histogram, rows int, sg, sh float64, minLeaf int) (feature, bin int, ok bool) {
	parent := sg * sg / (sh + boostL2)
	best := 1e-9
	for f := range d.edges {
		var lg, lh float64
		ln := 0
		for b := range d.edges[f] { // the last bin has no edge to split at
			lg, lh, ln = lg+hist.g[f][b], lh+hist.h[f][b], ln+hist.n[f][b]
			if ln < minLeaf {
				continue
			}
			if rows-ln < minLeaf {
				break
			}
			rg, rh := sg-lg, sh-lh
			gain := lg*lg/(lh+boostL2) + rg*rg/(rh+boostL2) - parent
			if gain > best {
				best, feature, bin, ok = gain, f, b, true
			}
		}
	}
	return feature, bin, ok
}
