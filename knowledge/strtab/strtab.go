// Package strtab finds a string's position in a table of distinct strings
// by open addressing. Unlike a map, a Table is two flat arrays: an index
// file holds it ready to use, and a Go composite literal of constants
// compiles it in as static data (the French lexicon's tables), so that a
// start builds nothing.
package strtab

import "unsafe"

// Table holds Strs and, in Slots, 1 + a string's position (0: empty) at
// the string's hash and the slots after it. The zero Table is empty.
type Table struct {
	Strs  []string
	Slots []int32
}

// New indexes strs, which must be distinct.
func New(strs []string) Table {
	return Table{Strs: strs, Slots: slotsFor(strs)}
}

// slotsFor returns the slots of a table of strs: a power of two at least
// twice their number, so that searches stay short and one slot is empty.
func slotsFor(strs []string) []int32 {
	n := 1
	for n < 2*len(strs) {
		n *= 2
	}
	slots := make([]int32, n)
	for i, s := range strs {
		j := start(s, slots)
		for slots[j] != 0 {
			j = (j + 1) & (n - 1)
		}
		slots[j] = int32(i) + 1
	}
	return slots
}

// start is the slot where the search for s begins: a hash that is the same
// in every process (FNV-1a; it is part of the index file's format and of
// the compiled tables').
func start(s string, slots []int32) int {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return int(h) & (len(slots) - 1)
}

// Find returns the position of s in the table.
func (x Table) Find(s string) (int32, bool) {
	if len(x.Slots) == 0 {
		return 0, false
	}
	for j := start(s, x.Slots); ; j = (j + 1) & (len(x.Slots) - 1) {
		k := x.Slots[j]
		if k == 0 {
			return 0, false
		}
		if x.Strs[k-1] == s {
			return k - 1, true
		}
	}
}

// Has reports whether s is in the table.
func (x Table) Has(s string) bool {
	_, ok := x.Find(s)
	return ok
}

// HasBytes is Has for a string held as bytes, which it does not copy: Has
// keeps no reference to its argument.
func (x Table) HasBytes(b []byte) bool {
	return x.Has(unsafe.String(unsafe.SliceData(b), len(b)))
}

// Valid reports whether the slots fit the strings: in range and a power of
// two in number, with an empty slot so that every search ends.
func (x Table) Valid() bool { return slotsValid(x.Slots, len(x.Strs)) }

// slotsValid reports whether slots fit a table of n strings.
func slotsValid(slots []int32, n int) bool {
	if len(slots) == 0 || len(slots)&(len(slots)-1) != 0 || len(slots) <= n {
		return false
	}
	empty := false
	for _, k := range slots {
		if k < 0 || int(k) > n {
			return false
		}
		empty = empty || k == 0
	}
	return empty
}
