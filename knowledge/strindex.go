package knowledge

// strIndex finds a string's position in a table by open addressing: slots
// holds 1 + a position (0: empty), at the string's hash and the slots
// after it. Unlike a map, it is two flat arrays, so that an index file
// holds it ready to use and a start builds nothing.
type strIndex struct {
	strs  []string
	slots []int32
}

// newStrIndex indexes strs, which must be distinct.
func newStrIndex(strs []string) strIndex {
	n := 1
	for n < 2*len(strs) {
		n *= 2
	}
	x := strIndex{strs: strs, slots: make([]int32, n)}
	for i, s := range strs {
		j := x.start(s)
		for x.slots[j] != 0 {
			j = (j + 1) & (n - 1)
		}
		x.slots[j] = int32(i) + 1
	}
	return x
}

// start is the slot where the search for s begins: a hash that is the same
// in every process (FNV-1a; it is part of the index file's format).
func (x strIndex) start(s string) int {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return int(h) & (len(x.slots) - 1)
}

// find returns the position of s in the table.
func (x strIndex) find(s string) (int32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	for j := x.start(s); ; j = (j + 1) & (len(x.slots) - 1) {
		k := x.slots[j]
		if k == 0 {
			return 0, false
		}
		if x.strs[k-1] == s {
			return k - 1, true
		}
	}
}

// valid reports whether the slots fit the strings: in range and a power of
// two in number, with an empty slot so that every search ends.
func (x strIndex) valid() bool {
	n := len(x.slots)
	if n == 0 || n&(n-1) != 0 || n <= len(x.strs) {
		return false
	}
	empty := false
	for _, k := range x.slots {
		if k < 0 || int(k) > len(x.strs) {
			return false
		}
		empty = empty || k == 0
	}
	return empty
}
