package match

import (
	"strings"
	"testing"
)

// TestObjectFrame tells a question that asks for its verb's object from
// one that asks to define, for a subject or what someone does (« Qu'est-ce
// que la loi Bachelot ? » goes to definitionAnswer before objectFrame is
// asked).
func TestObjectFrame(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"que veut renforcer emmanuel macron", true},
		{"et que voudrait faire washington", true},
		{"qu est ce que regroupe le pole paris la defense", true},
		{"qu est ce que louvet decrit dans la sentinelle", true},
		{"qu est ce que mariner 10", false},                // define
		{"qu est ce qui a ete fonde par ce groupe", false}, // a subject
		{"qu est ce que fait le navire en aout", false},    // what it does
		{"que fait le navire", false},
		{"qui a signe", false},
	} {
		if got := objectFrame(strings.Fields(tt.q)); got != tt.want {
			t.Errorf("objectFrame(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestObjectAcrossClauses reads the object after the question's verb when
// its subject stands before a comma, in the verb's own clause or before
// « qui », and not when the verb's clause says it of something else.
func TestObjectAcrossClauses(t *testing.T) {
	checkShort(t, "Les transports", "Le pôle « Paris-La Défense », qui regroupe la partie ouest de la rive droite, domine les affaires. "+
		"À partir d'août 2015, le navire effectue la ligne Hangö - Rostock jusqu'en septembre. "+
		"L'association « Non au bruit » propose d'augmenter la fréquence des trains. "+
		"Le ministre, dont la ville réclame un pont, refuse tout débat.", "", []shortCase{
		{"Qu'est-ce que regroupe le pôle Paris-La Défense ?", "la partie ouest de la rive droite"},
		{"Qu'est ce qu'effectue le navire en août 2015 ?", "la ligne Hangö - Rostock jusqu'en septembre"},
		{"Que propose l'association Non au bruit ?", "d'augmenter la fréquence des trains"},
	})
	checkShort(t, "Les transports", "Le ministre, selon la ville, réclame un pont.", "", []shortCase{
		{"Que réclame le ministre ?", ""},
	})
}
