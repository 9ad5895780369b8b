package strtab

import "strings"

// Packed is a Table whose strings lie end to end in Text, the i-th from
// Offs[i] to Offs[i+1]: one string and an array of offsets instead of a
// string header for each. An index file holds it as it is, read in place,
// so that a start copies no header and the collector has none to scan
// (40,000 of them, 650 KB, in PIAF's terms and folds).
type Packed struct {
	Text  string
	Offs  []uint32
	Slots []int32
}

// Pack indexes strs, which must be distinct, as a Packed table.
func Pack(strs []string) Packed {
	x := List(strs)
	x.Slots = slotsFor(strs)
	return x
}

// List packs strs with no slots: a list read by position (At), and
// searched by SearchSorted when its strings are in increasing order, not
// by Find.
func List(strs []string) Packed {
	offs := make([]uint32, 0, len(strs)+1)
	var b strings.Builder
	offs = append(offs, 0)
	for _, s := range strs {
		b.WriteString(s)
		offs = append(offs, uint32(b.Len()))
	}
	return Packed{Text: b.String(), Offs: offs}
}

// Len returns the number of strings in the table.
func (x Packed) Len() int { return max(len(x.Offs)-1, 0) }

// At returns the string at position i.
func (x Packed) At(i int32) string { return x.Text[x.Offs[i]:x.Offs[i+1]] }

// Find returns the position of s in the table.
func (x Packed) Find(s string) (int32, bool) {
	if len(x.Slots) == 0 {
		return 0, false
	}
	for j := start(s, x.Slots); ; j = (j + 1) & (len(x.Slots) - 1) {
		k := x.Slots[j]
		if k == 0 {
			return 0, false
		}
		if x.At(k-1) == s {
			return k - 1, true
		}
	}
}

// SearchSorted returns the position of s in a list whose strings are in
// increasing order, by binary search; when s is not there, where it would
// go and false.
func (x Packed) SearchSorted(s string) (int32, bool) {
	lo, hi := 0, x.Len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.At(int32(m)) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return int32(lo), lo < x.Len() && x.At(int32(lo)) == s
}

// Valid reports whether the offsets cut Text from its start to its end in
// order and the slots fit the strings, as for a Table.
func (x Packed) Valid() bool { return x.ValidList() && slotsValid(x.Slots, x.Len()) }

// ValidList reports whether the offsets cut Text from its start to its
// end in order: the strings can be read, whatever the slots.
func (x Packed) ValidList() bool {
	if len(x.Offs) == 0 || x.Offs[0] != 0 || int(x.Offs[len(x.Offs)-1]) != len(x.Text) {
		return false
	}
	for i := 1; i < len(x.Offs); i++ {
		if x.Offs[i] < x.Offs[i-1] {
			return false
		}
	}
	return true
}
