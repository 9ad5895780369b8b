package match

import "testing"

// TestRoleSubjectShortAnswer answers "Qui est le N … ?" with the names
// that open the clause as the subject of the copula before N, a list of
// them too.
func TestRoleSubjectShortAnswer(t *testing.T) {
	checkShort(t, "La peinture", "Victor Vasarely, Zsigmond Kemény et László Moholy-Nagy sont les peintres hongrois les plus connus du siècle. "+
		"Kinsler est aussi le deuxième joueur de l'histoire des Rangers.", "person", []shortCase{
		{"Qui sont les trois peintres hongrois les plus connus ?", "Victor Vasarely, Zsigmond Kemény et László Moholy-Nagy"},
		{"Qui est le deuxième joueur de l'histoire des Rangers ?", "Kinsler"},
	})
}
