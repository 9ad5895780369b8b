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
	n := 1
	for n < 2*len(strs) {
		n *= 2
	}
	x := Table{Strs: strs, Slots: make([]int32, n)}
	for i, s := range strs {
		j := x.start(s)
		for x.Slots[j] != 0 {
			j = (j + 1) & (n - 1)
		}
		x.Slots[j] = int32(i) + 1
	}
	return x
}

// start is the slot where the search for s begins: a hash that is the same
// in every process (FNV-1a; it is part of the index file's format and of
// the compiled tables').
func (x Table) start(s string) int {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return int(h) & (len(x.Slots) - 1)
}

// Find returns the position of s in the table.
func (x Table) Find(s string) (int32, bool) {
	if len(x.Slots) == 0 {
		return 0, false
	}
	for j := x.start(s); ; j = (j + 1) & (len(x.Slots) - 1) {
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
func (x Table) Valid() bool {
	n := len(x.Slots)
	if n == 0 || n&(n-1) != 0 || n <= len(x.Strs) {
		return false
	}
	empty := false
	for _, k := range x.Slots {
		if k < 0 || int(k) > len(x.Strs) {
			return false
		}
		empty = empty || k == 0
	}
	return empty
}
