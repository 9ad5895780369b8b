package match

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestListAnswer answers a question asking for several people or places
// with the list its cited sentence gives, verbatim from the first to the
// last, and a question asking for one with the one nearest its words.
func TestListAnswer(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{
		"colons.txt": {Data: []byte("Les colons de Québec\n\n" +
			"Les premiers colons de Québec furent Louis Hébert et Marie Rollet, arrivés en 1617. " +
			"La ville compte aujourd'hui plus de 500 000 habitants.\n")},
		"appel.txt": {Data: []byte("L'appel de Paris\n\n" +
			"Les signataires de l'appel, parmi lesquels ne figurent pas la Chine, la Russie, et probablement les États-Unis, " +
			"soutiennent un cyberespace ouvert. " +
			"Le texte a été proposé par la France à Paris. " +
			"Outre Microsoft, des grands groupes américains comme Alphabet (Google) et Facebook figurent parmi les soutiens.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, want string }{
		{"Qui furent les premiers colons de Québec ?", "Louis Hébert et Marie Rollet"},
		{"Quels pays ne figurent pas parmi les signataires de l'appel ?", "Chine, la Russie, et probablement les États-Unis"},
		{"Quel pays ne figure pas parmi les signataires de l'appel ?", "Chine"},
		// A name's other name in brackets belongs to it.
		{"Quels grands groupes américains figurent parmi les soutiens ?", "Alphabet (Google) et Facebook"},
	} {
		a := m.Answer(tt.q, nil)
		if !a.Answered || a.Short != tt.want {
			t.Errorf("%q: answered=%v short=%q, want %q", tt.q, a.Answered, a.Short, tt.want)
		}
	}
}

// TestListGap tells the text between two items of a list from any other.
func TestListGap(t *testing.T) {
	for _, tt := range []struct {
		gap  string
		want bool
	}{
		{", ", true},
		{" et ", true},
		{", la ", true},
		{", et probablement les ", true},
		{" et d'", true},
		{" ou l’", true},
		{" ", false},                      // two names side by side are one
		{" a rencontré ", false},          // a verb between them
		{" et ensuite notamment ", false}, // two adverbs
		{", puis, plus tard dans l'année, ", false},
		{" et surtout la ", false},                // an adverb not in -ment
		{", " + strings.Repeat("de ", 12), false}, // too long
	} {
		if got := listGap(tt.gap); got != tt.want {
			t.Errorf("listGap(%q) = %v, want %v", tt.gap, got, tt.want)
		}
	}
}
