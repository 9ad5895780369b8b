package knowledge

import (
	"maps"
	"slices"
	"testing"
)

func TestNameTable(t *testing.T) {
	biden, obama, lu := &Entity{Name: "Joe Biden"}, &Entity{Name: "Barack Obama"}, &Entity{Name: "Lu Wei"}
	m := map[string][]*Entity{"joe biden": {biden}, "biden": {biden}, "obama": {obama}, "president": {obama, biden}, "lu wei": {lu}}
	tab := packNames(m)
	if !tab.valid() {
		t.Fatal("a packed table is not valid")
	}
	for name, want := range m {
		if got := tab.named(name); !slices.Equal(got, want) || cap(got) != len(got) {
			t.Errorf("named(%q) = %v (cap %d), want %v", name, got, cap(got), want)
		}
	}
	for _, name := range []string{"", "bide", "joe", "lu wei "} {
		if got := tab.named(name); got != nil {
			t.Errorf("named(%q) = %v, want none", name, got)
		}
	}
	if got, want := slices.Collect(tab.names()), slices.Sorted(maps.Keys(m)); !slices.Equal(got, want) {
		t.Errorf("names() = %q, want %q", got, want)
	}
	empty := packNames(nil)
	if !empty.valid() || empty.named("biden") != nil || len(slices.Collect(empty.names())) != 0 {
		t.Error("the empty table is not empty")
	}
	broken := packNames(m)
	broken.off[2] = broken.off[1] // a name with no entity
	if broken.valid() {
		t.Error("a table with a name of no entity is valid")
	}
}
