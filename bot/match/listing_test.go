package match

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge"
)

// TestListingFrame reads who or what a question asks the articles quote
// or name, and where its frame ends; questions that only begin like one
// (about someone quoted as something, about who spoke of a topic, about
// what some countries did) are not.
func TestListingFrame(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q    string
		want Listing
		rest string // the first word after the frame, "" at the end
	}{
		{"Qui est cité ?", ListQuoted, ""},
		{"Qui sont les personnes citées dans les articles ?", ListQuoted, ""},
		{"Quelles sont les personnes citées ?", ListQuoted, ""},
		{"Quelles personnes sont mentionnées dans l'article sur la Chine ?", ListPeople, "sur"},
		{"Quelles personnes ont été nommées ?", ListPeople, ""},
		{"Quelles personnalités parlent dans cet article ?", ListQuoted, ""},
		{"Qui s'exprime dans la dépêche sur l'appel de Paris ?", ListQuoted, "sur"},
		{"Et qui est interviewé dans cet article ?", ListQuoted, ""},
		{"Qui sont les intervenants ?", ListQuoted, ""},
		{"Who is quoted in the articles?", ListQuoted, ""},
		{"Which people are mentioned?", ListPeople, ""},
		{"Qui est cité comme exemple de censure ?", NoListing, ""},
		{"Qui parle de cybercriminalité ?", NoListing, ""},
		{"Qui sont les intervenants de la conférence du G8 ?", NoListing, ""},
		{"Quelles personnes ont été arrêtées ?", NoListing, ""},
		{"Qui est Lu Wei ?", NoListing, ""},
		{"Qui est cité dans le rapport ?", NoListing, ""},
		{"Quels pays sont cités dans l'article sur le G8 ?", ListCountries, "sur"},
		{"Quelles villes sont mentionnées ?", ListCities, ""},
		{"Quels sont les lieux évoqués dans cet article ?", ListPlaces, ""},
		{"Which countries are mentioned in the articles?", ListCountries, ""},
		{"Combien de personnes sont citées dans les articles ?", ListQuoted, ""},
		{"Quelles organisations sont mentionnées dans l'article sur la Chine ?", ListOrganisations, "sur"},
		{"Combien de pays ont signé l'appel de Paris ?", NoListing, ""},
		{"Quels pays ont signé l'appel de Paris ?", NoListing, ""},
		{"Quels sont les pays du G8 ?", NoListing, ""},
		{"Quelles personnes ont signé ?", NoListing, ""},
	} {
		q := m.parse(tt.q)
		rest := ""
		if q.listing != NoListing && q.listingFrom < len(q.folds) {
			rest = q.folds[q.listingFrom]
		}
		if q.listing != tt.want || rest != tt.rest {
			t.Errorf("%q: %v, then %q; want %v, then %q", tt.q, q.listing, rest, tt.want, tt.rest)
		}
	}
}

// TestAnswerListing lists the people quoted (or the people or places
// named) in the article the question names, in the conversation's
// article, or in all of them, each cited by the first sentence quoting
// (or naming) them; bodies and places that speak are no people, cities
// no countries.
func TestAnswerListing(t *testing.T) {
	m := New(seedBase(t))
	china := m.base.Article("002_53383375f12bf74e")
	for _, tt := range []struct {
		q        string
		conv     *Context
		short    string
		articles int // how many articles the citations come from
	}{
		{"Qui est cité dans l'article sur la Chine ?", nil, "Lu Wei et William Nee", 1},
		{"Who is quoted in the article about China?", nil, "Lu Wei et William Nee", 1},
		{"Qui s'exprime dans cet article ?", &Context{Article: china}, "Lu Wei et William Nee", 1},
		{"Quelles personnes sont citées ?", nil,
			"David Cameron, Joe Biden, William Hague, Lu Wei, William Nee, James Robinson et David Aucsmith", 3},
		{"Quelles personnes sont mentionnées dans l'article sur l'appel de Paris ?", nil,
			"Emmanuel Macron, Michel Rose, Jean-Baptiste Vey et Arthur Connan", 1},
		{"Quels pays sont cités dans l'article sur la cybercriminalité ?", nil,
			"Russie, États-Unis, Japon, Canada, Grande-Bretagne, Italie, Allemagne et France", 1},
		{"Quelles villes sont mentionnées dans l'article sur la Chine ?", nil, "Pékin", 1},
		{"Combien de personnes sont citées dans l'article sur la Chine ?", nil, "2", 1},
		{"Quelles organisations sont citées dans l'article sur la cybercriminalité ?", nil, "G8 et Intel", 1},
	} {
		a := m.Answer(tt.q, tt.conv)
		if !a.Answered || a.Short != tt.short || a.Listing == NoListing || len(a.Sentences) != len(a.Speakers) {
			t.Errorf("%q: answered %v, short %q, people %v; want %q", tt.q, a.Answered, a.Short, a.Listing, tt.short)
			continue
		}
		var arts []*knowledge.Article
		for i, s := range a.Sentences {
			if !slices.Contains(arts, s.Article) {
				arts = append(arts, s.Article)
			}
			if slices.Contains(a.Sentences[:i], s) {
				t.Errorf("%q: sentence %d cited twice", tt.q, s.ID)
			}
		}
		if len(arts) != tt.articles || len(a.Sentences) > overviewListed {
			t.Errorf("%q: %d citations from %d articles, want at most %d from %d", tt.q, len(a.Sentences), len(arts), overviewListed, tt.articles)
		}
	}
	// Which article « cet article » is, nobody said; an article the
	// articles do not have quotes no one.
	if a := m.Answer("Qui est cité dans cet article ?", nil); a.Answered || !a.WhichArticle {
		t.Errorf("« cet article » with no conversation: answered %v, WhichArticle %v", a.Answered, a.WhichArticle)
	}
	if a := m.Answer("Qui est cité dans l'article sur Obama ?", nil); a.Answered || !slices.Contains(a.Unknown, "Obama") {
		t.Errorf("an article on Obama: answered %v, unknown %q", a.Answered, a.Unknown)
	}
}
