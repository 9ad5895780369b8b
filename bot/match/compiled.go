package match

import (
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// The tables below are built from the matcher's lists when the program is
// compiled (compiled_generated.go, made by TestCompiledTablesAreCurrent):
// a start neither stems the kinds' nouns nor parses the place list, which
// was most of what New took (0.5 of 0.7 ms, and 230 KB of fresh memory).

// kindTable maps a word to the kind of question it asks for.
type kindTable struct {
	words strtab.Table
	kinds []kind // by word, as words.Strs
}

// find returns the kind of word w.
func (t *kindTable) find(w string) (kind, bool) {
	i, ok := t.words.Find(w)
	if !ok {
		return kindAny, false
	}
	return t.kinds[i], true
}

// placeTable maps each folded spelling of a place of the place list
// (french.Places) to what the list says of it.
type placeTable struct {
	names  strtab.Table
	places []french.Place // by name, as names.Strs
}

// find returns the place a folded name designates.
func (t *placeTable) find(fold string) (french.Place, bool) {
	i, ok := t.names.Find(fold)
	if !ok {
		return french.Place{}, false
	}
	return t.places[i], true
}

// demonymTable maps a demonym (masculine singular, folded) to the first
// demonym of its country (demonymsOf).
type demonymTable struct {
	words     strtab.Table
	countries []string // by word, as words.Strs
}

// find returns the country's demonym of demonym d.
func (t *demonymTable) find(d string) (string, bool) {
	i, ok := t.words.Find(d)
	if !ok {
		return "", false
	}
	return t.countries[i], true
}
