package match

import "testing"

// TestAcronymWithheld gives a « Qui … ? » question no bare acronym as its
// short answer (the body beside the person asked for), and leaves a name.
func TestAcronymWithheld(t *testing.T) {
	checkShort(t, "La direction", "Le dernier directeur de la DSM fut le général Jorant. "+
		"Le contrat a été signé lundi avec la SNCF à Paris. "+
		"Le film fut tourné par Jean Renoir en 1937.", "person", []shortCase{
		{"Qui a signé le contrat ?", ""},
		{"Qui a tourné le film ?", "Jean Renoir"},
	})
	for _, tt := range []struct {
		a    string
		want bool
	}{{"DSM", true}, {"BT48", true}, {"la LNH", false}, {"Lille OSC", false}, {"A", false}, {"XVIIe", false}} {
		if got := acronymOnly(tt.a); got != tt.want {
			t.Errorf("acronymOnly(%q) = %v, want %v", tt.a, got, tt.want)
		}
	}
}
