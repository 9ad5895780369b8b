package evalset

import (
	"slices"
	"testing"
)

func TestNearest(t *testing.T) {
	texts := map[string]string{
		"foot":    "Le club de football a gagné le match de championnat contre l'équipe adverse.",
		"rugby":   "L'équipe de rugby a gagné le match du championnat grâce à un essai.",
		"opera":   "La soprano chante le rôle-titre de l'opéra à la Scala de Milan.",
		"theatre": "La comédienne joue le rôle-titre de la pièce au théâtre de Milan.",
		"empty":   "",
	}
	got := Nearest(texts, 2)
	for id, want := range map[string][]string{
		"foot":    {"rugby"},
		"rugby":   {"foot"},
		"opera":   {"theatre"},
		"theatre": {"opera"},
	} {
		if len(got[id]) != 2 || got[id][0] != want[0] {
			t.Errorf("Nearest(%s) = %v, want %v first", id, got[id], want)
		}
		if slices.Contains(got[id], id) {
			t.Errorf("Nearest(%s) = %v holds the article itself", id, got[id])
		}
	}
	// No shared word: ties, broken by id.
	if e := got["empty"]; !slices.Equal(e, []string{"foot", "opera"}) {
		t.Errorf("Nearest(empty) = %v, want the first ids", e)
	}
	if n := Nearest(texts, 10); len(n["foot"]) != 4 {
		t.Errorf("n above the corpus: %v", n["foot"])
	}
}
