package extract

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/knowledge/article"
)

func TestEntities(t *testing.T) {
	type want struct {
		name    string
		kind    article.EntityKind
		roles   []string
		aliases []string
	}
	tests := []struct {
		name  string
		paras [][]string
		want  []want
		// absent are names that must not be extracted.
		absent []string
	}{
		{
			name:  "role before the name, in apposition, with a place",
			paras: [][]string{{"Le Premier ministre britannique, David Cameron, a salué l'Internet dans son discours à Londres."}},
			want:  []want{{"David Cameron", article.Person, []string{"Premier ministre britannique"}, []string{"Cameron"}}, {"Londres", article.Place, nil, nil}},
		},
		{
			name:  "role noun and adjective before the name",
			paras: [][]string{{"Ses propos ont été repris par le vice-président américain Joe Biden, qui a prononcé un discours aux États-Unis."}},
			want:  []want{{"Joe Biden", article.Person, []string{"vice-président américain"}, []string{"Biden"}}, {"États-Unis", article.Place, nil, nil}},
		},
		{
			name:  "an unknown given name recognised by its role; an institution's name",
			paras: [][]string{{"Selon Lu Wei, directeur du Bureau de l’Information de l’Internet en Chine, le but de cette conférence est d’améliorer la communication."}},
			want: []want{
				{"Lu Wei", article.Person, []string{"directeur du Bureau de l’Information de l’Internet en Chine"}, nil},
				{"Bureau de l’Information de l’Internet", article.Organisation, nil, nil},
				{"Chine", article.Place, nil, nil},
			},
		},
		{
			name: "M. X is the person named in full before; organisation alias",
			paras: [][]string{{"« La liberté d’Internet est attaquée », a déclaré William Nee, chercheur pour Amnesty International dans un communiqué avant la réunion.",
				"Il affirme que le modèle chinois est celui du contrôle », a déclaré M. Nee d’Amnesty."}},
			want: []want{
				{"William Nee", article.Person, []string{"chercheur pour Amnesty International"}, []string{"M. Nee", "Nee"}},
				{"Amnesty International", article.Organisation, nil, []string{"Amnesty"}},
			},
		},
		{
			name:  "two appositions; organisation after d’",
			paras: [][]string{{"Ainsi, David Aucsmith, d’Intel, intervenant pour les industriels américains, a bien marqué la nuance."}},
			want:  []want{{"David Aucsmith", article.Person, []string{"d’Intel", "intervenant pour les industriels américains"}, nil}, {"Intel", article.Organisation, nil, nil}},
		},
		{
			name: "a role given by the next sentence; a signature",
			paras: [][]string{
				{"Trois événements sont organisés ce lundi à Paris : le Forum sur la paix organisé par Emmanuel Macron, et une réunion de l’Internet governance forum des Nations unies."},
				{"Le président français recevra en outre à déjeuner des personnalités participant à ces événements."},
				{"Outre Microsoft, qui a joué un rôle de chef de file, des grands groupes américains comme Alphabet (Google) et Facebook figurent parmi les signataires. (Michel Rose et Jean-Baptiste Vey, édité par Arthur Connan)"},
			},
			want: []want{
				{"Emmanuel Macron", article.Person, []string{"président français"}, nil},
				{"Internet governance forum", article.Organisation, nil, nil},
				{"Nations unies", article.Organisation, nil, nil},
				{"Microsoft", article.Organisation, nil, nil},
				{"Alphabet", article.Organisation, nil, nil},
				{"Michel Rose", article.Person, []string{"rédacteur"}, nil},
				{"Jean-Baptiste Vey", article.Person, []string{"rédacteur"}, nil},
				{"Arthur Connan", article.Person, []string{"éditeur"}, nil},
			},
			absent: []string{"Outre", "Le président", "Trois"},
		},
		{
			name:  "places in a list, accents and capitals; acronyms",
			paras: [][]string{{"PARIS, 12 novembre (Reuters) - Elle a réuni des policiers des États-Unis, du Japon, de Grande-Bretagne et de la République de Corée, avec l’ONU et le G8, pour lutter contre le Love virus à Pekin."}},
			want: []want{
				{"Paris", article.Place, nil, []string{"PARIS"}}, {"Reuters", article.Organisation, nil, nil}, {"Japon", article.Place, nil, nil},
				{"Grande-Bretagne", article.Place, nil, nil}, {"République de Corée", article.Place, nil, []string{"Corée du Sud"}},
				{"ONU", article.Organisation, nil, nil}, {"G8", article.Organisation, nil, nil}, {"Pékin", article.Place, nil, []string{"Pekin"}},
			},
			absent: []string{"Love", "Elle"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleOf(tt.paras...)
			checkInvariants(t, a)
			for _, w := range tt.want {
				e := entityNamed(a, w.name)
				if e == nil {
					t.Errorf("no entity %q in %v", w.name, entityNames(a))
					continue
				}
				if e.Kind != w.kind {
					t.Errorf("%s is a %s, want %s", w.name, e.Kind, w.kind)
				}
				if w.roles != nil && !slices.Equal(e.Roles, w.roles) {
					t.Errorf("%s has roles %q, want %q", w.name, e.Roles, w.roles)
				}
				for _, al := range w.aliases {
					if !slices.Contains(e.Aliases, al) {
						t.Errorf("%s has aliases %q, want %q among them", w.name, e.Aliases, al)
					}
				}
			}
			for _, n := range tt.absent {
				if entityNamed(a, n) != nil {
					t.Errorf("%q should not be an entity", n)
				}
			}
		})
	}
}

func entityNames(a *article.Article) []string {
	var out []string
	for _, e := range a.Entities {
		out = append(out, string(e.Kind)+":"+e.Name)
	}
	return out
}
