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
		fields := strings.Split(l, "\t")
		p := places[Fold(strings.Split(fields[0], "|")[0])]
		if len(fields) < 3 || len(fields) > 4 || p.Kind == PlaceUnknown {
			t.Errorf("places.txt: %q: want name, demonyms, a known kind and, for a city, its country, tab-separated", l)
		}
		if len(fields) == 4 && (p.Kind != City || places[p.In].Kind != Country) {
			t.Errorf("places.txt: %q: only a city is in a country, one of the list", l)
		}
	}
	if in := places["londres"].In; in != "royaume-uni" {
		t.Errorf("Londres is in %q, want royaume-uni", in)
	}
}
