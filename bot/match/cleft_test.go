package match

import "testing"

// TestDropCleft reads a question without the cleft around its question
// word, and answers it as the plain question.
func TestDropCleft(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ text, want string }{
		{"C'est qui qui a qualifié Internet de force du bien ?", "qui a qualifié Internet de force du bien ?"},
		{"Qui c'est qui a qualifié Internet de force du bien ?", "Qui a qualifié Internet de force du bien ?"},
		{"Qui est-ce qui a qualifié Internet de force du bien ?", "Qui a qualifié Internet de force du bien ?"},
		{"Pourquoi est-ce que la Chine bloque Facebook ?", "Pourquoi la Chine bloque Facebook ?"},
		{"Où est-ce qu'elle se tient ?", "Où elle se tient ?"},
		{"Et c'est quand que la conférence s'est ouverte ?", "Et quand la conférence s'est ouverte ?"},
		// Frames of their own, and « c'est qui » with no relative.
		{"Qu'est-ce que l'appel de Paris ?", "Qu'est-ce que l'appel de Paris ?"},
		{"Qu'est-ce qui justifie cet appel ?", "Qu'est-ce qui justifie cet appel ?"},
		{"C'est qui Lu Wei ?", "C'est qui Lu Wei ?"},
		{"C'est quoi que", "C'est quoi que"},
		{"Qui est-ce qui", "Qui est-ce qui"},
	} {
		parsesAs(t, m, tt.text, tt.want)
	}
	for _, q := range []string{"C'est qui qui a qualifié Internet de force du bien ?", "Qui c'est qui a qualifié Internet de force du bien ?"} {
		answeredAlike(t, m, q, "Qui a qualifié Internet de force du bien ?")
	}
}
