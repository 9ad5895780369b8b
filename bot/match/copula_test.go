package match

import "testing"

// TestCopulaShortAnswer answers "Quel est X ?" with what the cited
// sentence says X is, on either side of « est », and nothing when that
// repeats the question or the question picks X among others.
func TestCopulaShortAnswer(t *testing.T) {
	checkShort(t, "Le festival", "Selon le maire, le but du festival est d'attirer des visiteurs venus de loin. "+
		"Il a ajouté que la musique baroque est la priorité absolue de la ville. "+
		"La recette du gâteau est un secret de famille et le four est ancien. "+
		"Le décor du théâtre est celui du décor de l'opéra. "+
		"Le grand lac est situé au nord. "+
		"L'objectif du groupe est de constituer un réseau de télévisions régionales dans le sud du pays. "+
		"La couleur du phare est de lumière blanche. "+
		"Ce moteur est essentiellement utilisé sur les avions. "+
		"Le problème principal rencontré est l'efficacité de la perturbation. "+
		"La devise de la confrérie était la suivante : servir sans compter. "+
		"Le slogan du club était le suivant.", "", []shortCase{
		{"Selon le maire, quel est le but du festival ?", "attirer des visiteurs venus de loin"},
		{"Et selon le maire, quel est le but du festival ?", "attirer des visiteurs venus de loin"},
		// The phrase before the question's own word, the infinitive after « de ».
		{"Quel est l'objectif du groupe dans le sud ?", "constituer un réseau de télévisions régionales"},
		{"Quelle est la couleur du phare ?", "de lumière blanche"}, // a noun in -re after « de »
		{"Quel est le moteur ?", ""}, // « est utilisé »: a passive verb
		{"Quel est le problème principal ?", "l'efficacité de la perturbation"},
		{"Quelle est la priorité absolue de la ville ?", "la musique baroque"},
		{"Quelle est la recette du gâteau ?", "un secret de famille"},
		{"Quel est le décor du théâtre ?", ""},             // the answer repeats the question
		{"Quel est le lac le plus grand du village ?", ""}, // asks which lake, not what it is
		// « la suivante : » says the predicate follows the colon.
		{"Quelle était la devise de la confrérie ?", "servir sans compter"},
		{"Quel était le slogan du club ?", ""}, // no quotation, and « le suivant » is none
	})
}

// TestSubjectShortAnswer answers "Qu'est-ce qui V … ?" with the subject
// of V in the cited sentence, up to subjectReach words, never with words
// that are a clause.
func TestSubjectShortAnswer(t *testing.T) {
	checkShort(t, "Le volcan", "Sur l'île, des fumerolles et des sources chaudes indiquent une activité volcanique. "+
		"De petits morceaux de roseau sont glissés entre les peaux du tambour. "+
		"Un autre facteur qui limite le poids des dialectes est leur distance. "+
		"Depuis la chapelle ouverte est visible l'atrium des Amériques. "+
		"Cette division du pied en 12 parts égales engendra le pouce. "+
		"Dans cette ville, le monde urbain occupe une place de plus en plus importante.", "", []shortCase{
		{"Qu'est-ce qui indique une activité volcanique ?", "des fumerolles et des sources chaudes"},
		{"Qu'est-ce qui engendra le pouce ?", "Cette division du pied en 12 parts égales"},
		{"Qu'est-ce qui est important dans cette ville ?", ""}, // « occupe une place de plus en plus »: a clause
		{"Qu'est-ce qui est glissé entre les peaux du tambour ?", "De petits morceaux de roseau"},
		{"Qu'est-ce qui limite le poids des dialectes ?", ""}, // « Un autre facteur qui »
		{"Qu'est-ce qui est visible ?", ""},                   // « Depuis la chapelle ouverte »
	})
}
