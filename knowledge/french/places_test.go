package french

import (
	"slices"
	"strings"
	"testing"
)

// TestPlaces reads every place's kind and demonyms from the place list,
// under each spelling, and finds no line without a known kind.
func TestPlaces(t *testing.T) {
	places := Places()
	for _, tt := range []struct {
		name    string
		kind    PlaceKind
		demonym string
	}{
		{"hongrie", Country, "hongrois"},
		{"etats-unis", Country, "americain"},
		{"usa", Country, "americain"},
		{"londres", City, "londonien"},
		{"pekin", City, "pekinois"},
		{"europe", Continent, "europeen"},
		{"quebec", Region, "quebecois"},
		{"seine", Nature, ""},
	} {
		p, ok := places[tt.name]
		if !ok || p.Kind != tt.kind || tt.demonym != "" && !slices.Contains(p.Demonyms, tt.demonym) {
			t.Errorf("%q: %+v, %v; want kind %d and demonym %q", tt.name, p, ok, tt.kind, tt.demonym)
		}
	}
	for _, l := range DataLines("places.txt") {
		if fields := strings.Split(l, "\t"); len(fields) != 3 || places[Fold(strings.Split(fields[0], "|")[0])].Kind == PlaceUnknown {
			t.Errorf("places.txt: %q: want name, demonyms and a known kind, tab-separated", l)
		}
	}
}
