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

// TestEpithet answers « Comment est X ? » with the adjectives that
// follow X, with the question's words after it or between commas,
// coordinated and qualified; not with a noun apposed after a comma, nor
// a verb.
func TestEpithet(t *testing.T) {
	checkShort(t, "Le château", "Selon sa sœur, Roger avait des tendances cyclothymiques, tantôt euphorique. "+
		"La cage d'escalier, carrée et très claire, est ornée d'une rampe. "+
		"Malgré une politique de transfert ambitieuse, l'équipe ne se maintient pas. "+
		"Dans son œuvre, faillibilisme et pragmatisme vont de pair. "+
		"Les jardins ferment le soir.", "", []shortCase{
		{"Comment étaient les tendances de Roger ?", "cyclothymiques"},
		{"Comment est la cage d'escalier ?", "carrée et très claire"},
		{"Comment était la politique des transferts ?", "ambitieuse"},
		{"Comment est son œuvre ?", ""},
		{"Comment sont les jardins ?", ""},
	})
}
