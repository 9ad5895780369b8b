package french

import (
	"strings"
)

// PlaceKind is what a place of the place list is.
type PlaceKind uint8

// The kinds of places; PlaceUnknown for a place the list does not hold.
const (
	PlaceUnknown PlaceKind = iota
	Country
	Continent // or a larger part of the world (« Scandinavie »)
	Region    // a province, a state, an island
	City
	Nature // a sea, a mountain range, a river
)

// Place is what the place list says of a place: its kind, its demonyms
// and, for a city, the country it is in (folded; "" when not given).
type Place struct {
	Kind     PlaceKind
	Demonyms []string
	In       string
}

// Places returns the places of data/places.txt by each of their folded
// spellings (« etats-unis », « usa »).
func Places() map[string]Place {
	kinds := map[string]PlaceKind{"country": Country, "continent": Continent, "region": Region, "city": City, "nature": Nature}
	out := map[string]Place{}
	for _, l := range DataLines("places.txt") {
		fields := strings.Split(l, "\t")
		var p Place
		if len(fields) > 1 {
			for _, d := range strings.Split(fields[1], ",") {
				if d = strings.TrimSpace(d); d != "" {
					p.Demonyms = append(p.Demonyms, Fold(d))
				}
			}
		}
		if len(fields) > 2 {
			p.Kind = kinds[fields[2]]
		}
		if len(fields) > 3 {
			p.In = Fold(strings.TrimSpace(fields[3]))
		}
		for _, name := range strings.Split(fields[0], "|") {
			out[Fold(strings.TrimSpace(name))] = p
		}
	}
	return out
}
