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

// TestMannerAdverb answers « Comment V … ? » with the adverb in -ment
// right before or after V in the cited sentence, after a phrase of means
// if there is one; never with one that says when or which, nor beside a
// noun the question names.
func TestMannerAdverb(t *testing.T) {
	checkShort(t, "La grève", "Les syndicats ont vivement critiqué la réforme des retraites. "+
		"Le ministre a récemment défendu son budget devant les députés. "+
		"Le cortège a défilé calmement dans les rues de Lyon. "+
		"Les manifestants ont quitté la place par la rue Centrale, rapidement. "+
		"Dans les usines, la lutte quotidiennement organisée reprend malgré l'hiver.", "", []shortCase{
		{"Comment les syndicats ont-ils critiqué la réforme ?", "vivement"},
		{"Comment le cortège a-t-il défilé à Lyon ?", "calmement"},
		{"Comment les manifestants ont-ils quitté la place ?", "par la rue Centrale"}, // the phrase of means first
		{"Comment le ministre a-t-il défendu son budget ?", ""},                       // « récemment » says when
		{"Comment se déroule la lutte dans les usines ?", ""},                         // « la lutte »: a noun
	})
}
