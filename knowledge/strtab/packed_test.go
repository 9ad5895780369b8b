package strtab

import (
	"slices"
	"testing"
)

// TestPackedFind checks that a packed table finds every string at its
// position, as a Table does, and gives it back whole.
func TestPackedFind(t *testing.T) {
	for _, strs := range [][]string{
		nil,
		{""},
		{"chat"},
		{"chat", "chien", "cheval", "oiseau", "", "é", "chats", "ahc"},
		{"a", "", "x"}, // a string after an empty one
	} {
		x := Pack(strs)
		if !x.Valid() {
			t.Errorf("Pack(%q) is not valid", strs)
		}
		if x.Len() != len(strs) {
			t.Errorf("Pack(%q).Len() = %d", strs, x.Len())
		}
		for i, s := range strs {
			if got := x.At(int32(i)); got != s {
				t.Errorf("At(%d) in %q = %q", i, strs, got)
			}
			if at, ok := x.Find(s); !ok || int(at) != i {
				t.Errorf("Find(%q) in %q = %d, %v; want %d", s, strs, at, ok, i)
			}
		}
		for _, s := range []string{"chatte", "Chat", "x", "chienne", "chatchien"} {
			if _, ok := x.Find(s); ok != slices.Contains(strs, s) {
				t.Errorf("Find(%q) in %q = %v", s, strs, ok)
			}
		}
	}
	if _, ok := (Packed{}).Find(""); ok {
		t.Error("the zero Packed holds the empty string")
	}
	if (Packed{}).Len() != 0 {
		t.Error("the zero Packed is not empty")
	}
}

// TestPackedValid checks that offsets that would cut outside the text or
// backwards, and slots that do not fit, are refused.
func TestPackedValid(t *testing.T) {
	good := Pack([]string{"ab", "c", "de"})
	for name, x := range map[string]Packed{
		"no offset":          {Text: good.Text, Slots: good.Slots},
		"not from 0":         {Text: good.Text, Offs: []uint32{1, 2, 3, 5}, Slots: good.Slots},
		"short of the end":   {Text: good.Text, Offs: []uint32{0, 2, 3, 4}, Slots: good.Slots},
		"past the end":       {Text: good.Text, Offs: []uint32{0, 2, 3, 6}, Slots: good.Slots},
		"backwards":          {Text: good.Text, Offs: []uint32{0, 3, 2, 5}, Slots: good.Slots},
		"slots out of range": {Text: good.Text, Offs: good.Offs, Slots: []int32{1, 2, 4, 0, 0, 0, 0, 0}},
		"no slot":            {Text: good.Text, Offs: good.Offs},
	} {
		if x.Valid() {
			t.Errorf("%s: valid", name)
		}
	}
	if !good.Valid() {
		t.Error("a packed table is not valid")
	}
}

// TestSearchSorted checks that a sorted list finds every string at its
// position, and where a missing one would go.
func TestSearchSorted(t *testing.T) {
	strs := []string{"", "bonjour", "maison", "paris", "parisien"}
	x := List(strs)
	if !x.ValidList() || x.Valid() {
		t.Errorf("List(%q): ValidList %v, Valid %v; want true, false (no slots)", strs, x.ValidList(), x.Valid())
	}
	for i, s := range strs {
		if at, ok := x.SearchSorted(s); !ok || int(at) != i {
			t.Errorf("SearchSorted(%q) = %d, %v; want %d", s, at, ok, i)
		}
	}
	for s, want := range map[string]int32{"a": 1, "bonjou": 1, "maisons": 3, "zebre": 5, "pari": 3} {
		if at, ok := x.SearchSorted(s); ok || at != want {
			t.Errorf("SearchSorted(%q) = %d, %v; want %d, false", s, at, ok, want)
		}
	}
	if _, ok := (Packed{}).SearchSorted(""); ok {
		t.Error("the zero Packed holds the empty string")
	}
}
