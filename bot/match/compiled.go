package match

import (
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// The tables below are built from the matcher's lists when the program is
// compiled (compiled_generated.go, made by TestCompiledTablesAreCurrent):
// a start neither stems the kinds' nouns nor parses the place list, which
// was most of what New took (0.5 of 0.7 ms, and 230 KB of fresh memory).
type (
	// kindTable maps a word to the kind of question it asks for.
	kindTable = valueTable[kind]
	// placeTable maps each folded spelling of a place of the place list
	// (french.Places) to what the list says of it.
	placeTable = valueTable[french.Place]
	// demonymTable maps a demonym (masculine singular, folded) to the
	// first demonym of its country (demonymsOf).
	demonymTable = valueTable[string]
)

// valueTable maps the strings of a table to values, by position.
type valueTable[V any] struct {
	keys   strtab.Table
	values []V // by key, as keys.Strs
}

// find returns the value of key s.
func (t *valueTable[V]) find(s string) (V, bool) {
	i, ok := t.keys.Find(s)
	if !ok {
		var zero V
		return zero, false
	}
	return t.values[i], true
}
