package match

import (
	"iter"
	"slices"
	"strconv"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// « Qui est cité dans les articles ? », « Quelles personnes sont
// mentionnées dans l'article sur la Chine ? », « Qui s'exprime dans cet
// article ? », « Quels pays sont cités dans l'article sur le G8 ? »: a
// class asks who speaks in the articles, and what they name, before
// asking what they said. No sentence answers that; the articles'
// quotations and names do. The answer names them all and cites, for
// each, the first sentence that quotes (or names) them.

// Listing is what an answer that lists what the articles name lists.
type Listing int

const (
	// NoListing: the answer lists nothing.
	NoListing Listing = iota
	// ListQuoted: the people the articles quote (« cité », « qui
	// parle », « qui s'exprime »).
	ListQuoted
	// ListPeople: the people the articles name (« mentionné »,
	// « nommé »).
	ListPeople
	// ListCountries, ListCities, ListPlaces: the countries, the cities,
	// the places of any kind they name (« quels pays sont cités »).
	ListCountries
	ListCities
	ListPlaces
	// ListOrganisations: the bodies they name, of any kind (companies,
	// agencies, NGOs: the articles do not say which).
	ListOrganisations
)

// listingFrame reads a question about who or what the articles quote or
// name: « qui est cité », « qui sont les personnes mentionnées »,
// « quelles personnes sont citées », « qui parle », « qui s'exprime »,
// « quels pays sont cités », « quelles villes sont mentionnées »,
// followed by nothing or by where: « dans les articles », « dans
// l'article sur la Chine ». An English question's frame comes translated
// (« qui est »), the rest as written (« quoted in the articles »). It
// returns what is asked, the index of the first word after the frame, and
// whether it asks how many (« combien de personnes sont citées »).
// Anything else after the frame makes it another question (« Qui est
// cité comme exemple ? », « Quels pays ont signé ? »). A follow-up's
// opening (« Et qui … ») is skipped.
func listingFrame(all []string, followUps strtab.Table) (ask Listing, from int, count bool) {
	skip := pastFollowUps(all, followUps)
	folds := all[skip:]
	has := func(i int, w ...string) bool { return i < len(folds) && slices.Contains(w, folds[i]) }
	noun := func(i int) Listing {
		if i < len(folds) {
			return listedNoun(folds[i])
		}
		return NoListing
	}
	// asked is what a noun and the participle after it ask for: a
	// person noun asks for the people quoted unless the participle says
	// named; a place noun needs its participle.
	asked := func(n Listing, i int) (Listing, int) {
		p := participleAsk(folds, i)
		switch {
		case n == ListQuoted && p == ListPeople:
			return ListPeople, i + 1
		case n == ListQuoted && p == ListQuoted:
			return ListQuoted, i + 1
		case n == ListQuoted:
			return ListQuoted, i
		case n != NoListing && p != NoListing:
			return n, i + 1
		}
		return NoListing, i
	}
	i := 0
	switch {
	case has(0, "qui") && has(1, "parle", "parlent", "intervient", "interviennent", "temoigne", "temoignent", "speaks", "talks"):
		ask, i = ListQuoted, 2
	case has(0, "qui") && has(1, "s") && has(2, "exprime", "expriment"):
		ask, i = ListQuoted, 3
	case has(0, "qui") && has(1, "est", "sont", "are"):
		// « Qui est cité ? », « Qui sont les personnes citées ? »,
		// « … les intervenants ? »
		if has(2, "les") && noun(3) == ListQuoted {
			ask, i = asked(ListQuoted, 4)
		} else if p := participleAsk(folds, 2); p != NoListing {
			ask, i = p, 3
		}
	case has(0, "quelles", "quels", "quel", "quelle") && has(1, "sont", "are") && has(2, "les"):
		// « Quelles sont les personnes citées ? »
		ask, i = asked(noun(3), 4)
	case has(0, "quelles", "quels", "quel", "quelle") && noun(1) != NoListing,
		has(0, "combien") && has(1, "de", "d") && noun(2) != NoListing:
		// « Quelles personnes sont citées ? », « … ont été citées »,
		// « … parlent », « Quels pays sont mentionnés ? », « Combien de
		// personnes sont citées ? »; not « Quelles personnes ont
		// signé ? ».
		w := 1
		if folds[0] == "combien" {
			w, count = 2, true
		}
		i = w + 1
		switch {
		case noun(w) == ListQuoted && has(i, "parlent", "interviennent", "temoignent"):
			ask, i = ListQuoted, i+1
		case has(i, "sont", "est", "are"):
			i++
		case has(i, "ont", "a") && has(i+1, "ete"):
			i += 2
		}
		if ask == NoListing && participleAsk(folds, i) != NoListing {
			ask, i = asked(noun(w), i)
		}
	}
	if ask == NoListing {
		return NoListing, 0, false
	}
	end := afterPlace(folds, i)
	if end < 0 {
		return NoListing, 0, false
	}
	return ask, skip + end, count
}

// listedNoun is what a noun of a question about what the articles name
// lists: people (those quoted, unless a participle says named),
// countries, cities, places.
func listedNoun(fold string) Listing {
	switch fold {
	case "personnes", "personne", "personnalites", "personnalite", "intervenants", "gens", "people", "speakers":
		return ListQuoted
	case "pays", "countries", "country":
		return ListCountries
	case "villes", "ville", "cities", "city":
		return ListCities
	case "lieux", "lieu", "endroits", "places":
		return ListPlaces
	case "organisations", "organisation", "organismes", "organisme", "institutions", "organizations":
		return ListOrganisations
	}
	return NoListing
}

// participleAsk is what the participle at folds[i] asks for: the people
// quoted (« citées ») or named (« mentionnées »).
func participleAsk(folds []string, i int) Listing {
	if i >= len(folds) {
		return NoListing
	}
	switch folds[i] {
	case "cite", "citee", "cites", "citees", "interroge", "interrogee", "interroges", "interrogees",
		"interviewe", "interviewee", "interviewes", "interviewees", "quoted", "cited", "interviewed":
		return ListQuoted
	case "mentionne", "mentionnee", "mentionnes", "mentionnees", "nomme", "nommee", "nommes", "nommees",
		"evoque", "evoquee", "evoques", "evoquees", "mentioned", "named":
		return ListPeople
	}
	return NoListing
}

// afterPlace returns the index past « dans les articles », « dans
// l'article », « dans le deuxième article » (the article's topic or
// number may follow: « … sur la Chine », « … 2 ») at
// folds[i], i itself at the end of the question, or -1 when something
// else follows.
func afterPlace(folds []string, i int) int {
	switch {
	case i == len(folds):
		return i
	case i+2 < len(folds) && (folds[i] == "dans" || folds[i] == "in") &&
		slices.Contains([]string{"les", "l", "le", "la", "cet", "cette", "ces", "ce", "the", "this", "these"}, folds[i+1]):
		j := i + 2
		if ordinal(folds[j]) != 0 {
			j++ // « dans le deuxième article »
		}
		if j < len(folds) && isDocument(folds[j]) {
			return j + 1
		}
	}
	return -1
}

// listingTopic keeps of a question about who or what the articles name
// the words that name its article (« sur la Chine »).
func listingTopic(q *question) {
	if q.listing == NoListing {
		return
	}
	// A translated word has no position: it is the frame's when it is
	// one of its nouns or participles (« people », « quoted »).
	q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool {
		if t.pos < 0 {
			return listedNoun(t.fold) != NoListing || participleAsk([]string{t.fold}, 0) != NoListing
		}
		return t.pos < q.listingFrom
	})
}

// answerListing answers a question about who or what the articles quote
// or name: in the article it names by its number, in the article its
// other words name (the title that holds them, else the best
// candidate's), in the conversation's article for « cet article », else
// in all of them. Nothing is ranked, so nothing is doubted; an article
// that quotes no one gets no answer.
func (m *Matcher) answerListing(q *question, conv *Context, cands []scored, a Answer) Answer {
	arts := m.base.Articles
	frame := q.folds[:q.listingFrom]
	plural := slices.ContainsFunc(frame, isDocuments)
	named := slices.ContainsFunc(frame, isDocument)
	switch {
	case q.numbered != nil:
		arts = []*knowledge.Article{q.numbered}
	case len(q.terms) > 0 && len(cands) == 0:
		return a
	case len(q.terms) > 0:
		arts = []*knowledge.Article{m.articleAsked(q, cands)}
	case named && !plural && conv.active():
		arts = []*knowledge.Article{conv.Article}
	case named && !plural && len(arts) > 1:
		a.WhichArticle = true
		return a
	}
	var names []string
	for _, art := range arts {
		for name, s := range m.listed(art, q.listing) {
			if slices.Contains(names, name) {
				continue
			}
			names = append(names, name)
			switch {
			case slices.Contains(a.Sentences, s):
				// Cited already: « (Michel Rose et Jean-Baptiste Vey) ».
			case len(a.Sentences) < overviewListed:
				a.Sentences = append(a.Sentences, s)
				a.Speakers = append(a.Speakers, m.SpeakerOf(s))
			default:
				a.Uncited = true
			}
		}
	}
	if len(names) == 0 {
		if len(arts) == 1 {
			// One article asked about: it names none, which is
			// no « Je ne trouve pas la réponse ».
			a.Listing, a.NoneListed = q.listing, arts[0]
		}
		return a
	}
	a.Answered, a.Confidence = true, 1
	a.Listing, a.Listed = q.listing, names
	a.Short = french.JoinList(names)
	if q.listingCount {
		a.Short = strconv.Itoa(len(names))
	}
	if conv != nil {
		a.Focus = conv.Focus
	}
	return a
}

// listed yields, in the article's order, each person it quotes (with the
// sentence of their first quotation), or each person or place of the kind
// asked that it names (with the first sentence that names them). A place
// the place list does not hold is only listed among places of any kind.
func (m *Matcher) listed(art *knowledge.Article, l Listing) iter.Seq2[string, *knowledge.Sentence] {
	return func(yield func(string, *knowledge.Sentence) bool) {
		if l == ListQuoted {
			for name, s := range QuotedPeople(art) {
				if !yield(name, s) {
					return
				}
			}
			return
		}
		type first struct {
			name string
			s    *knowledge.Sentence
		}
		var found []first
		for _, e := range art.Entities {
			if len(e.Mentions) > 0 && m.isListed(&e, l) {
				found = append(found, first{e.Name, e.Mentions[0]})
			}
		}
		slices.SortStableFunc(found, func(x, y first) int { return x.s.ID - y.s.ID })
		for _, f := range found {
			if !yield(f.name, f.s) {
				return
			}
		}
	}
}

// isListed reports an entity of the kind the listing asks for.
func (m *Matcher) isListed(e *knowledge.Entity, l Listing) bool {
	switch l {
	case ListPeople:
		return e.Kind == knowledge.Person
	case ListPlaces:
		return e.Kind == knowledge.Place
	case ListOrganisations:
		return e.Kind == knowledge.Organisation
	case ListCountries, ListCities:
		p, ok := m.places.find(french.Fold(e.Name))
		want := french.Country
		if l == ListCities {
			want = french.City
		}
		return e.Kind == knowledge.Place && ok && p.Kind == want
	}
	return false
}

// QuotedPeople yields, in the article's order, the people it quotes, each
// with the sentence of their first quotation, and each once: the speakers
// the article names as a person, not a body (« les organisateurs »), a
// place standing for a government (« Washington ») or a document.
func QuotedPeople(art *knowledge.Article) iter.Seq2[string, *knowledge.Sentence] {
	return func(yield func(string, *knowledge.Sentence) bool) {
		var seen []string
		for _, qu := range art.Quotes {
			if qu.Speaker == "" || qu.Sentence == nil || slices.Contains(seen, qu.Speaker) {
				continue
			}
			if !slices.ContainsFunc(art.Entities, func(e knowledge.Entity) bool { return e.Kind == knowledge.Person && e.Name == qu.Speaker }) {
				continue
			}
			seen = append(seen, qu.Speaker)
			if !yield(qu.Speaker, qu.Sentence) {
				return
			}
		}
	}
}
