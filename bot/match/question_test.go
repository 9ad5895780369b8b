package match

import (
	"fmt"
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge"
)

// TestAddName keeps each entity once and in the order first named, below
// and past nameSetFrom, and namesEntity finds an entity by its own or by
// its name either way (a corpus's copies of an article name the same
// person with entities of their own).
func TestAddName(t *testing.T) {
	for _, n := range []int{3, nameSetFrom, nameSetFrom + 1, 5 * nameSetFrom} {
		var want []*knowledge.Entity
		for i := range n {
			want = append(want, &knowledge.Entity{Name: fmt.Sprintf("Nom %d", i%7)})
		}
		var q question
		for _, e := range want {
			q.addName(e)
		}
		for _, e := range slices.Backward(want) { // named again: no change
			q.addName(e)
		}
		if !slices.Equal(q.names, want) {
			t.Errorf("%d names: kept %d, want each once in order", n, len(q.names))
		}
		if (q.nameSet != nil) != (n > nameSetFrom) {
			t.Errorf("%d names: set made %v", n, q.nameSet != nil)
		}
		for _, e := range want {
			if !q.hasName(e) || !q.namesEntity(e) {
				t.Errorf("%d names: %s not found", n, e.Name)
			}
		}
		other := &knowledge.Entity{Name: "Nom 1"}
		if q.hasName(other) || !q.namesEntity(other) {
			t.Errorf("%d names: another entity of a name named: hasName %v, namesEntity %v", n, q.hasName(other), q.namesEntity(other))
		}
		if stranger := (&knowledge.Entity{Name: "Personne"}); q.namesEntity(stranger) {
			t.Errorf("%d names: a name not named is", n)
		}
	}
}
