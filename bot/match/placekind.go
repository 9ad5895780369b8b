package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// A place the question cannot be asking for: « Dans quelle ville … ? »
// is not answered by a country, nor « Quel pays … ? » by a city, and
// « Dans quelle ville chinoise … ? » not by « Chine », which the question
// already names by its demonym. The place list (french.Places) says what
// each place is and its demonyms; a place it does not hold may be any.

// askedPlace is the kind of place the noun after « quel » asks for, or
// french.PlaceUnknown, and the word after that noun (« chinoise » in
// « quelle ville chinoise »).
func (m *Matcher) askedPlace(folds []string) (french.PlaceKind, string) {
	j := m.kinds.headNoun(folds)
	if j < 0 {
		return french.PlaceUnknown, ""
	}
	next := ""
	if j+1 < len(folds) {
		next = folds[j+1]
	}
	switch folds[j] {
	case "ville", "villes", "capitale", "capitales", "commune", "communes", "localite", "localites", "metropole", "metropoles":
		return french.City, next
	case "pays", "nation", "nations":
		return french.Country, next
	}
	return french.PlaceUnknown, ""
}

// misfits reports a place mention that cannot answer the question: of
// another kind than the one asked for, the country of the demonym after
// the noun asked about (« quelle ville chinoise », not « la guerre
// d'indépendance américaine »), or a city the list puts in another
// country than that demonym's (« quelle ville hongroise », not Londres).
func (m *Matcher) misfits(q *question, mn knowledge.Mention) bool {
	if mn.Entity == nil || mn.Entity.Kind != knowledge.Place {
		return false
	}
	p, ok := m.places.find(french.Fold(mn.Entity.Name))
	if !ok {
		p, ok = m.places.find(french.Fold(mn.Text))
	}
	if !ok {
		return false
	}
	asked, next := m.askedPlace(q.folds)
	switch asked {
	case french.City:
		if p.Kind == french.Country || p.Kind == french.Continent || p.Kind == french.Nature {
			return true
		}
	case french.Country:
		if p.Kind == french.City || p.Kind == french.Continent || p.Kind == french.Nature {
			return true
		}
	}
	if next == "" {
		return false
	}
	of := func(p french.Place) bool {
		return slices.ContainsFunc(p.Demonyms, func(d string) bool { return m.an.Stem(d) == m.an.Stem(next) })
	}
	if of(p) {
		return true
	}
	// « Quelle ville hongroise … ? »: not a city of another country.
	country, ok := m.places.find(p.In)
	return asked == french.City && ok && !of(country) && m.demonymOfCountry(next)
}

// demonymOfCountry reports a word that is the demonym of a country of the
// place list (« hongroise »), which a city of it must be in.
func (m *Matcher) demonymOfCountry(word string) bool {
	st := m.an.Stem(word)
	for _, p := range m.places.values {
		if p.Kind == french.Country && slices.ContainsFunc(p.Demonyms, func(d string) bool { return m.an.Stem(d) == st }) {
			return true
		}
	}
	return false
}

// onlyMisfits reports a sentence whose places, those the question does
// not name, all misfit the place it asks for (and there is one), and
// which has no other capitalised word that an unknown place could be:
// « Quelle ville hongroise accueillera la conférence de 2012 ? » is not
// answered by « … accueillie par la Hongrie en 2012 … », which names the
// country and no city of it, but « Quelle est la capitale de l'état des
// Zirides ? » may be by « la ville de Béjaïa (sa capitale) et le Nord-Est
// de l'actuelle Algérie », where the extractor took Béjaïa for no place.
func (m *Matcher) onlyMisfits(q *question, s *knowledge.Sentence) bool {
	if q.kind != kindPlace {
		return false
	}
	if asked, _ := m.askedPlace(q.folds); asked == french.PlaceUnknown {
		return false
	}
	misfit := false
	for _, mn := range m.base.Facts(s).Mentions() {
		if mn.Text == "" || mn.Entity.Kind != knowledge.Place || q.namesEntity(mn.Entity) || q.inQuestion(mn.Text) {
			continue
		}
		if !m.misfits(q, mn) {
			return false
		}
		misfit = true
	}
	if !misfit {
		return false
	}
	for _, c := range capitalRuns(s.Text, m.base.Terms(s)) {
		if !q.inQuestion(c) && !m.placeRun(s, c) {
			return false
		}
	}
	return true
}

// placeRun reports a run of capitalised words that holds a place the
// sentence mentions, or lies in one (« la Conférence de Londres »).
func (m *Matcher) placeRun(s *knowledge.Sentence, run string) bool {
	for _, mn := range m.base.Facts(s).Mentions() {
		if mn.Text != "" && mn.Entity.Kind == knowledge.Place && (strings.Contains(run, mn.Text) || strings.Contains(mn.Text, run)) {
			return true
		}
	}
	return false
}
