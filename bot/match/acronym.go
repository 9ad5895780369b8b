package match

import "unicode"

// "Qui a été le dernier à diriger la Direction de la sécurité militaire ?"
// (acronym.go): a « Qui … ? » question answered by a bare acronym is
// most often answered wrongly. The acronym is a body beside the person
// asked for (« Le dernier directeur de la DSM fut le général Michel
// Jorant »: « DSM »), a thing (« la Brabham BT48 », « le Walther PPK ») or
// a title (« le PDG de Sonolor, …, André Bazin »). On PIAF, of the bare
// acronyms given to a rightly cited « qui » question, 8 were wrong and 3
// right: none is worth the wrong ones.

// acronymOnly reports an answer that is one word of capitals, digits
// among them maybe, and no lower-case letter (« DSM », « BT48 »).
func acronymOnly(a string) bool {
	upper := 0
	for _, c := range a {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsDigit(c):
		default:
			return false
		}
	}
	return upper >= 2
}
