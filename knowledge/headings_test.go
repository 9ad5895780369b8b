package knowledge

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestHeadings checks the lines printed apart from the text that Load
// keeps for questions about them: the title, the intertitles with the
// paragraph each stands above, the section (the breadcrumb nearest the
// headline) and the dateline; never a menu word, a label under the last
// paragraph, nor a line above the text that is not the title.
func TestHeadings(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []Heading
	}{
		{
			name: "site page: menu, section, headline, text",
			body: "Rechercher\n\nActualités - CONFERENCES INTERNATIONALES\n\nCybercriminalité - Le G8 appelle à la coopération gouvernements-entreprises\n\n" +
				"Les sept pays les plus industrialisés ont amorcé à Paris une première étape de la lutte contre la cybercriminalité.\n",
			want: []Heading{
				{Kind: SectionHeading, Text: "Actualités - CONFERENCES INTERNATIONALES", Before: 1},
				{Kind: TitleHeading, Text: "Cybercriminalité - Le G8 appelle à la coopération gouvernements-entreprises", Before: 1},
			},
		},
		{
			name: "dateline and title; a short question heading between paragraphs",
			body: "November 12, 2018 / 6:04 AM / a month ago\n\nAppel de dizaines d'Etats pour un Internet sûr\n\n" +
				"PARIS, 12 novembre (Reuters) - Des dizaines d’Etats signeront ce lundi un appel.\n\n" +
				"Une volonté de démocratiser les usages d’Internet ?\n\n" +
				"La Chine représente un quart des utilisateurs d’Internet.\n\n" +
				"Partager cet article\n",
			want: []Heading{
				{Kind: DatelineHeading, Text: "November 12, 2018 / 6:04 AM / a month ago", Before: 1},
				{Kind: TitleHeading, Text: "Appel de dizaines d'Etats pour un Internet sûr", Before: 1},
				{Kind: Subheading, Text: "Une volonté de démocratiser les usages d’Internet ?", Before: 2},
			},
		},
		{
			name: "markdown: the title and an intertitle without their marks",
			body: "# La conférence de Londres\n\nPar Jean Dupont\n\nLe texte commence ici et dit une chose.\n\n## Ce que dit Londres\n\nLe texte continue ici et en dit une autre.\n",
			want: []Heading{
				{Kind: TitleHeading, Text: "La conférence de Londres", Before: 1},
				{Kind: Subheading, Text: "Ce que dit Londres", Before: 2},
			},
		},
		{
			name: "a « # » line longer than a citation may be is no heading",
			body: "# " + strings.Repeat("mot ", 200) + "\n\nLe texte commence ici et dit une chose.\n\n## Ce que dit Londres\n\nLe texte continue ici et en dit une autre.\n",
			want: []Heading{{Kind: Subheading, Text: "Ce que dit Londres", Before: 2}},
		},
		{
			name: "no heading: the title made from the first sentence is not one",
			body: "Les représentants des gouvernements sont réunis à Londres pour une conférence sur le cyberespace.\nLe Premier ministre a salué l'Internet.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Load(fstest.MapFS{"a.txt": {Data: []byte(tt.body)}})
			if err != nil {
				t.Fatal(err)
			}
			if got := b.Articles[0].Headings; !slices.Equal(got, tt.want) {
				t.Errorf("headings:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
