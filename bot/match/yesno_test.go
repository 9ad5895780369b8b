package match

import "testing"

// TestYesNo answers a yes/no question "Oui" or "Non" only when the cited
// sentence holds most of the question's words other than names: "Oui"
// when most are the asker's own and nothing negates them, "Non" with a
// negation; otherwise the sentence alone.
func TestYesNo(t *testing.T) {
	checkShort(t, "L'appel de Paris", "La France a signé l'appel de Paris pour la confiance dans le cyberespace. "+
		"Les États-Unis n'ont pas signé le texte sur la cybersécurité. "+
		"Le ministre n'a ni frère ni sœur. "+
		"Les Anglais affirmèrent qu'ils ne pouvaient fournir des armes aux rebelles. "+
		"Les participants auront exceptionnellement accès à Google et Facebook qui sont normalement bloqués en Chine. "+
		"Les représentants des organisations de l'ONU sont réunis à Londres pour la conférence sur le cyberespace. "+
		"Le texte de l'appel est accessible en ligne. "+
		"Le musée a fermé ses salles d'exposition. Les salles de la mairie sont neuves.", kindYesNo.String(), []shortCase{
		{"Est-ce que la France a signé l'appel de Paris ?", "Oui"},
		{"La France a-t-elle signé l'appel de Paris ?", "Oui"},
		{"Est-ce que les États-Unis ont signé le texte sur la cybersécurité ?", "Non"},
		{"Les États-Unis n'ont-ils pas signé le texte sur la cybersécurité ?", ""},
		{"Le ministre a-t-il un frère et une sœur ?", "Non"},
		// Most of the words, not all.
		{"Les représentants de l'ONU sont-ils réunis pour une conférence sur la gouvernance ?", "Oui"},
		// Not its verb.
		{"Les représentants de l'ONU participent-ils à la conférence sur le cyberespace ?", ""},
		// « ne » alone negates « pouvoir ».
		{"Les Anglais ont-ils pu fournir des armes aux rebelles ?", "Non"},
		// Half the words, one of them only by a related word.
		{"Facebook est-il normalement accessible en Chine ?", ""},
		// Held, but half only by a related word: « bloquer » may say
		// what « fermer » says, or not.
		{"Les salles sont-elles bloquées ?", ""},
		// A question that restricts what it asks.
		{"La France a-t-elle uniquement signé l'appel de Paris ?", ""},
	})
}
