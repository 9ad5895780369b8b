package knowledge

import (
	"iter"
	"maps"
	"slices"

	"github.com/citebot/citebot/knowledge/strtab"
)

// nameTable maps a folded name or alias ("joe biden", "biden") to the
// entities it may designate: the names a packed table, used in place from
// an index file, and each name's entities a range of one array. A map of
// PIAF's 4,600 names took 190 KB that every start allocated and the
// collector scanned.
type nameTable struct {
	keys strtab.Packed
	// off[i] and off[i+1] bound name i's entities in ents.
	off  []uint32
	ents []*Entity
}

// packNames returns the table of m, whose names are in increasing order.
func packNames(m map[string][]*Entity) nameTable {
	keys := slices.Sorted(maps.Keys(m))
	t := nameTable{keys: strtab.Pack(keys), off: make([]uint32, 1, len(keys)+1)}
	for _, k := range keys {
		t.ents = append(t.ents, m[k]...)
		t.off = append(t.off, uint32(len(t.ents)))
	}
	return t
}

// named returns the entities name designates; nil for none.
func (t *nameTable) named(name string) []*Entity {
	i, ok := t.keys.Find(name)
	if !ok {
		return nil
	}
	lo, hi := t.off[i], t.off[i+1]
	return t.ents[lo:hi:hi]
}

// names yields every name once.
func (t *nameTable) names() iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range t.keys.Len() {
			if !yield(t.keys.At(int32(i))) {
				return
			}
		}
	}
}

// valid reports whether the table can be read: its names readable and
// found, each with at least one entity and every range within ents.
func (t *nameTable) valid() bool {
	if !t.keys.Valid() || len(t.off) != t.keys.Len()+1 || t.off[0] != 0 || int(t.off[len(t.off)-1]) != len(t.ents) {
		return false
	}
	for i := 1; i < len(t.off); i++ {
		if t.off[i] <= t.off[i-1] {
			return false
		}
	}
	return true
}
