package strtab

import (
	"go/ast"
	"go/parser"
	"slices"
	"strconv"
	"testing"
)

// TestFind checks that every string is found at its position, and that
// strings not in the table, the empty one among them, are not.
func TestFind(t *testing.T) {
	for _, strs := range [][]string{
		nil,
		{""},
		{"chat"},
		{"chat", "chien", "cheval", "oiseau", "", "é", "chats", "ahc"},
	} {
		x := New(strs)
		if !x.Valid() {
			t.Errorf("New(%q) is not valid", strs)
		}
		for i, s := range strs {
			if at, ok := x.Find(s); !ok || int(at) != i {
				t.Errorf("Find(%q) in %q = %d, %v; want %d", s, strs, at, ok, i)
			}
		}
		for _, s := range strs {
			if !x.HasBytes([]byte(s)) {
				t.Errorf("HasBytes(%q) in %q = false", s, strs)
			}
		}
		for _, s := range []string{"chatte", "Chat", "x", "chienne"} {
			if x.Has(s) || x.HasBytes([]byte(s)) {
				t.Errorf("%q found in %q", s, strs)
			}
		}
	}
	if (Table{}).Has("") {
		t.Error("the zero Table holds the empty string")
	}
}

// TestValid checks that slots that could send a search out of range or
// never end it are refused.
func TestValid(t *testing.T) {
	good := New([]string{"a", "b", "c"})
	for name, x := range map[string]Table{
		"no slot":          {Strs: good.Strs},
		"not a power of 2": {Strs: good.Strs, Slots: []int32{1, 2, 3, 0, 0, 0}},
		"out of range":     {Strs: good.Strs, Slots: []int32{1, 2, 4, 0, 0, 0, 0, 0}},
		"negative":         {Strs: good.Strs, Slots: []int32{1, 2, -1, 0, 0, 0, 0, 0}},
		"no empty slot":    {Strs: good.Strs, Slots: []int32{1, 2, 3, 3}},
	} {
		if x.Valid() {
			t.Errorf("%s: valid", name)
		}
	}
}

// A table's literal, compiled, is the table: checked by parsing it back.
func TestGoLiteral(t *testing.T) {
	x := New([]string{"chat", "\"guillemet\"", "é\tà", ""})
	lit := x.GoLiteral()
	f, err := parser.ParseExpr(lit)
	if err != nil {
		t.Fatalf("GoLiteral is no Go expression: %v\n%s", err, lit)
	}
	var strs []string
	var slots []int32
	for _, field := range f.(*ast.CompositeLit).Elts {
		kv := field.(*ast.KeyValueExpr)
		for _, e := range kv.Value.(*ast.CompositeLit).Elts {
			v := e.(*ast.BasicLit).Value
			switch kv.Key.(*ast.Ident).Name {
			case "Strs":
				s, err := strconv.Unquote(v)
				if err != nil {
					t.Fatal(err)
				}
				strs = append(strs, s)
			case "Slots":
				n, err := strconv.Atoi(v)
				if err != nil {
					t.Fatal(err)
				}
				slots = append(slots, int32(n))
			}
		}
	}
	if !slices.Equal(strs, x.Strs) || !slices.Equal(slots, x.Slots) {
		t.Errorf("GoLiteral read back: %q %v, want %q %v", strs, slots, x.Strs, x.Slots)
	}
}
