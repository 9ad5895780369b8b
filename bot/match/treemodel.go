package match

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// TreeJSON is a ranking tree in a model file: its nodes, root first.
type TreeJSON []NodeJSON

// NodeJSON is one node of a tree in a model file: a split on the named
// feature (at or below the threshold: the left child, by index in the
// tree), or a leaf with a value (no feature).
type NodeJSON struct {
	Feature   string  `json:"feature,omitempty"`
	Threshold float64 `json:"threshold,omitempty"`
	Left      int     `json:"left,omitempty"`
	Right     int     `json:"right,omitempty"`
	Value     float64 `json:"value,omitempty"`
}

// forestJSON describes the trees for a model file, numbers rounded as
// the rest of it.
func forestJSON(fo Forest, names []string) []TreeJSON {
	var out []TreeJSON
	for _, t := range fo.Trees() {
		tj := make(TreeJSON, len(t))
		for i, n := range t {
			if n.Left != 0 {
				tj[i] = NodeJSON{Feature: names[n.Feature], Threshold: round(n.Threshold), Left: int(n.Left), Right: int(n.Right)}
			} else {
				tj[i] = NodeJSON{Value: round(n.Value)}
			}
		}
		out = append(out, tj)
	}
	return out
}

// parseForest reads the trees of a model file: every split names a tree
// feature and children after itself within the tree, every number is
// finite (the zero Forest: no trees).
func parseForest(ts []TreeJSON, names []string) (Forest, error) {
	var trees []Tree
	for k, tj := range ts {
		if len(tj) == 0 {
			return Forest{}, fmt.Errorf("model: tree %d has no node", k)
		}
		t := make(Tree, len(tj))
		for i, n := range tj {
			if math.IsNaN(n.Threshold) || math.IsInf(n.Threshold, 0) || math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
				return Forest{}, fmt.Errorf("model: tree %d, node %d: a number is not finite", k, i)
			}
			if n.Feature == "" {
				if n.Left != 0 || n.Right != 0 || n.Threshold != 0 {
					return Forest{}, fmt.Errorf("model: tree %d, node %d: a leaf with a split's fields", k, i)
				}
				t[i] = Node{Value: n.Value}
				continue
			}
			f := slices.Index(names, n.Feature)
			if f < 0 {
				return Forest{}, fmt.Errorf("model: tree %d, node %d: no feature %q", k, i, n.Feature)
			}
			if n.Left <= i || n.Right <= i || n.Left >= len(tj) || n.Right >= len(tj) || n.Value != 0 {
				return Forest{}, fmt.Errorf("model: tree %d, node %d: children %d and %d not after it in the tree", k, i, n.Left, n.Right)
			}
			t[i] = Node{Feature: int32(f), Threshold: n.Threshold, Left: int32(n.Left), Right: int32(n.Right)}
		}
		trees = append(trees, t)
	}
	return NewForest(trees), nil
}

// namedForest is a forest under its key in a model file.
type namedForest struct {
	key   string
	trees []TreeJSON
}

// marshalWithForests writes v as indented JSON, keys sorted, then the
// forests under their keys, each tree on a line of its own; v must leave
// those keys out (empty, omitempty).
func marshalWithForests(v any, forests []namedForest) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	for _, fo := range forests {
		if len(fo.trees) == 0 {
			continue
		}
		b.Truncate(b.Len() - len("\n}\n"))
		fmt.Fprintf(&b, ",\n  %q: [", fo.key)
		for i, t := range fo.trees {
			line, err := json.Marshal(t)
			if err != nil {
				return nil, fmt.Errorf("model: %s %d: %w", fo.key, i, err)
			}
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n    ")
			b.Write(line)
		}
		b.WriteString("\n  ]\n}\n")
	}
	return b.Bytes(), nil
}
