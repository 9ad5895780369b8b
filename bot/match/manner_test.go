package match

import "testing"

// TestMannerCopulaShortAnswer answers « Comment est X ? » with what the
// cited sentence says X is, and « Comment X est-il décrit ? » with the
// phrase after « comme »; never with what follows another verb.
func TestMannerCopulaShortAnswer(t *testing.T) {
	checkShort(t, "Le Nil", "En hiver, la température du Nil est douce et les gelées sont rares. "+
		"Caractacus est décrit comme un vieil homme petit. "+
		"Son second service se révèle redoutable en match.", "", []shortCase{
		{"Comment est la température du Nil en hiver ?", "douce"},
		{"Comment Caractacus est-il décrit ?", "comme un vieil homme petit"},
		{"Comment est le second service en match ?", ""},
	})
}
