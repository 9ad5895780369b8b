package match

// Node is one node of a regression tree: a split when Left is not 0
// (features at or below Threshold go left), a leaf worth Value otherwise.
// A node's children come after it, so the root is node 0 and a walk ends.
type Node struct {
	Feature, Left, Right int32
	Threshold, Value     float64
}

// Tree is a regression tree, its root first.
type Tree []Node

// Score is the value of the leaf that f falls in.
func (t Tree) Score(f []float64) float64 {
	i := int32(0)
	for t[i].Left != 0 {
		if f[t[i].Feature] <= t[i].Threshold {
			i = t[i].Left
		} else {
			i = t[i].Right
		}
	}
	return t[i].Value
}

// maxFlatDepth is the deepest forest laid out flat: 2^depth leaves a
// tree, 5 KB a tree at 8. The models' trees are 3 and 4 deep; a deeper
// forest is walked node by node.
const maxFlatDepth = 8

// Forest is a sum of regression trees (NewForest), laid out for speed:
// every tree completed to the forest's depth (a leaf above it becomes
// splits whose every branch ends in a copy of it) and stored breadth
// first, so that a walk computes where it goes (node n's children are
// 2n+1 and 2n+2) and takes as many steps whatever the row. Which way a
// row goes is then data rather than a jump the processor must guess, and
// the rows of several candidates walk a tree side by side, overlapping:
// on rows near the thresholds, three times as fast as walking each row
// through each tree for the span model's candidates, twice for one row;
// on the matcher's own rows, easier to guess, the trees' share of an
// answer's time halves. The zero Forest has no tree.
type Forest struct {
	trees []Tree
	// depth is the number of splits on every path; splits the number of
	// splits a tree (2^depth-1): tree t's split n is feature[t*splits+n]
	// ≤ threshold[t*splits+n], its leaf l value[t<<depth+l].
	depth, splits int
	feature       []int32
	threshold     []float64
	value         []float64
}

// NewForest lays the trees out for their sum; they must not change after.
func NewForest(trees []Tree) Forest {
	fo := Forest{trees: trees}
	for _, t := range trees {
		fo.depth = max(fo.depth, t.depth())
	}
	if len(trees) == 0 || fo.depth > maxFlatDepth {
		return fo
	}
	fo.splits = 1<<fo.depth - 1
	fo.feature = make([]int32, len(trees)*fo.splits)
	fo.threshold = make([]float64, len(trees)*fo.splits)
	fo.value = make([]float64, len(trees)<<fo.depth)
	for k, t := range trees {
		fo.lay(t, k, 0, 0, 0)
	}
	return fo
}

// depth is the number of splits on the tree's longest path, counted from
// the last node up (children come after their node, and a node may be
// the child of several).
func (t Tree) depth() int {
	d := make([]int, len(t))
	for i := len(t) - 1; i >= 0; i-- {
		if n := t[i]; n.Left != 0 {
			d[i] = 1 + max(d[n.Left], d[n.Right])
		}
	}
	return d[0]
}

// lay stores node src of tree t, tree k of the forest, at place dst of
// the complete tree, level splits down.
func (fo *Forest) lay(t Tree, k int, src int32, dst, level int) {
	if level == fo.depth {
		fo.value[k<<fo.depth+dst-fo.splits] = t[src].Value
		return
	}
	at := k*fo.splits + dst
	left, right := t[src].Left, t[src].Right
	if left == 0 {
		// A leaf above the last level: a split whose branches both
		// lead to copies of it, so that its threshold does not
		// matter (0, which a Go constant can write: models_generated.go).
		fo.feature[at], fo.threshold[at] = 0, 0
		left, right = src, src
	} else {
		fo.feature[at], fo.threshold[at] = t[src].Feature, t[src].Threshold
	}
	fo.lay(t, k, left, 2*dst+1, level+1)
	fo.lay(t, k, right, 2*dst+2, level+1)
}

// Len is the number of trees.
func (fo Forest) Len() int { return len(fo.trees) }

// Trees are the forest's trees, for model files; they must not change.
func (fo Forest) Trees() []Tree { return fo.trees }

// Score is the sum of the trees' leaves that f falls in: f is a row of
// the features the forest was learnt on (TreeFeatures for ranking,
// AbstainFeatures for abstention, SpanTreeFeatures for short answers).
// Four trees are walked at once, their leaves added in the trees' order.
func (fo Forest) Score(f []float64) float64 {
	s := 0.0
	if fo.value == nil {
		for _, t := range fo.trees {
			s += t.Score(f)
		}
		return s
	}
	for k := 0; k < len(fo.trees); k += 4 {
		trees := min(4, len(fo.trees)-k)
		// The trees' splits and leaves, sliced once for their walks:
		// tree j's split n is at j*splits+n.
		feature := fo.feature[k*fo.splits : (k+trees)*fo.splits]
		threshold := fo.threshold[k*fo.splits : (k+trees)*fo.splits]
		var at [4]int
		for range fo.depth {
			for j := range trees {
				n := at[j]
				next := 2*n + 2
				if f[feature[j*fo.splits+n]] <= threshold[j*fo.splits+n] {
					next = 2*n + 1
				}
				at[j] = next
			}
		}
		leaves := fo.value[k<<fo.depth : (k+trees)<<fo.depth]
		for j := range trees {
			s += leaves[j<<fo.depth+at[j]-fo.splits]
		}
	}
	return s
}

// featureRow is a row of the features a forest reads.
type featureRow interface {
	TreeFeatures | SpanTreeFeatures | AbstainFeatures
}

// rowsAtOnce is how many rows walk a tree side by side.
const rowsAtOnce = 16

// addScores adds to each out[i] the forest's score of rows[i], tree by
// tree, each tree walked by up to rowsAtOnce rows side by side.
func addScores[R featureRow](fo Forest, rows []R, out []float64) {
	for len(rows) > rowsAtOnce {
		addScores(fo, rows[:rowsAtOnce], out[:rowsAtOnce])
		rows, out = rows[rowsAtOnce:], out[rowsAtOnce:]
	}
	if fo.value == nil {
		for _, t := range fo.trees {
			for i := range rows {
				out[i] += walk(t, &rows[i])
			}
		}
		return
	}
	var room [rowsAtOnce]int
	at := room[:len(rows)] // where each row is in the tree
	for k := range fo.trees {
		// The tree's splits and leaves, sliced once for its walks.
		feature := fo.feature[k*fo.splits : (k+1)*fo.splits]
		threshold := fo.threshold[k*fo.splits : (k+1)*fo.splits]
		clear(at)
		for range fo.depth {
			for i, n := range at {
				next := 2*n + 2
				if rows[i][feature[n]] <= threshold[n] {
					next = 2*n + 1
				}
				at[i] = next
			}
		}
		leaves := fo.value[k<<fo.depth : (k+1)<<fo.depth]
		for i, n := range at {
			out[i] += leaves[n-fo.splits]
		}
	}
}

// walk is t.Score of a row held in an array.
func walk[R featureRow](t Tree, r *R) float64 {
	i := int32(0)
	for t[i].Left != 0 {
		if (*r)[t[i].Feature] <= t[i].Threshold {
			i = t[i].Left
		} else {
			i = t[i].Right
		}
	}
	return t[i].Value
}
