package extract

import (
	"strings"
	"testing"
)

// wantQuote is a quotation a test expects: the start of its text, its
// speaker, and whether it is a term rather than speech.
type wantQuote struct {
	prefix, speaker string
	term            bool
}

func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name  string
		paras [][]string
		want  []wantQuote
	}{
		{
			name: "apposition then pronoun then standalone paragraph",
			paras: [][]string{
				{`Le Premier ministre britannique, David Cameron, a salué l'Internet comme "une force du bien" dans son discours à la conférence, mais a également abordé des problèmes tels que la cybercriminalité.`},
				{"Il a appelé à la coopération internationale sur les problèmes parce que « un problème transfrontalier a besoins des solutions transfrontalières, ce qui explique pourquoi le monde a besoin d'agir ensemble ».",
					"Et il espère que la conférence « peut fixer un agenda pour l'avenir »."},
			},
			want: []wantQuote{{"une force du bien", "David Cameron", false}, {"un problème transfrontalier", "David Cameron", false}, {"peut fixer un agenda", "David Cameron", false}},
		},
		{
			name:  "participle after a relative clause",
			paras: [][]string{{"Ses propos ont été repris par le vice-président américain Joe Biden, qui a prononcé un discours à distance à la conférence, soulignant que la cyber-sécurité est une «priorité absolue» aux États-Unis et en appelant à des lois internationales à être appliquées en ligne."}},
			want:  []wantQuote{{"priorité absolue", "Joe Biden", false}},
		},
		{
			name: "X a déclaré que, selon lui, a standalone quotation continues, il a proposé",
			paras: [][]string{
				{"Le ministre britannique des Affaires étrangères William Hague a déclaré dans son discours d'ouverture de la conférence que «Ce n'est pas un sommet traditionnel entre les gouvernements.", "Nous avons réuni des représentants de l'industrie »."},
				{"Selon lui, un objectif majeur de la conférence est d'établir une base pour un consensus international sur la manière de gouverner l'internet."},
				{"« Nous devons nous battre pour un modèle de gouvernance de l'internet dans lequel les gouvernements, l'industrie et les utilisateurs de l'Internet travaillent ensemble dans un effort collectif »"},
				{"Il a proposé un ensemble de sept principes de base pour une coopération plus efficace entre les Etats, les entreprises et les organisations, qui comprennent «la nécessité pour les gouvernements d'agir proportionnellement dans le cyberespace» et de «faire en sorte que le cyberespace demeure ouverte à l'innovation et la libre circulation des idées, d' information et d'expression. »."},
			},
			want: []wantQuote{
				{"Ce n'est pas un sommet", "William Hague", false}, {"Nous avons réuni", "William Hague", false},
				{"Nous devons nous battre", "William Hague", false},
				{"la nécessité pour les gouvernements", "William Hague", false}, {"faire en sorte", "William Hague", false},
			},
		},
		{
			name: "selon X then il a appelé",
			paras: [][]string{{"Selon Lu Wei, directeur du Bureau de l’Information de l’Internet en Chine, le but de cette conférence est d’améliorer la communication.",
				"Il a appelé  à rejoindre le gouvernement dans la construction d’un « cyberespace paisible, sécuritaire, ouvert et coopératif »."}},
			want: []wantQuote{{"cyberespace paisible", "Lu Wei", false}},
		},
		{
			name: "a déclaré X after, and a closing mark without its opening one",
			paras: [][]string{{"« La liberté d’Internet est attaquée par le gouvernement à travers le monde. Maintenant, la Chine semble vouloir promouvoir ses propres règles», a déclaré William Nee, chercheur pour Amnesty International dans un communiqué avant la réunion.",
				"Il affirme que le modèle chinois est celui du contrôle et de la répression extrême », a déclaré M. Nee d’Amnesty."}},
			want: []wantQuote{{"La liberté d’Internet", "William Nee", false}, {"Il affirme que le modèle chinois", "William Nee", false}},
		},
		{
			name: "verb, adverbs and a prepositional phrase before the name; M. X",
			paras: [][]string{{"«Il nous faut travailler à la vitesse cybernétique pour traquer les cybercrimes», a souligné hier à l’issue de trois jours de travaux James Robinson, procureur général adjoint et chef de la délégation américaine.",
				"«Il n’y a pas de frontières pour ce média», a rappelé M. Robinson au cours de la conférence de presse."}},
			want: []wantQuote{{"Il nous faut", "James Robinson", false}, {"Il n’y a pas de frontières", "James Robinson", false}},
		},
		{
			name: "a document, selon, coordinated verb, ce document again",
			paras: [][]string{{"La conférence du G8 n’a pris aucune décision concrète et le communiqué final «n’engage pas les représentants de l’industrie», selon les organisateurs qui se sont toutefois félicités du «consensus» dégagé et ont appelé à poursuivre «la dynamique de dialogue» amorcée à Paris.",
				"«Les États du G8 sont convaincus que des solutions nouvelles devraient être développées», affirme le communiqué final.",
				"«Certaines solutions relèvent des États eux-mêmes», ont indiqué les Huit.",
				"«D’autres appellent au développement de principes de coopération», ajoute cette déclaration."}},
			want: []wantQuote{
				{"n’engage pas", "les organisateurs", false}, {"consensus", "", true}, {"la dynamique de dialogue", "les organisateurs", false},
				{"Les États du G8", "le communiqué final", false}, {"Certaines solutions", "les Huit", false}, {"D’autres appellent", "le communiqué final", false},
			},
		},
		{
			name: "se prononçant pour, then a-t-il déclaré",
			paras: [][]string{{"Ainsi, David Aucsmith, d’Intel, intervenant pour les industriels américains, a bien marqué la nuance en se prononçant pour «un certain niveau de coopération entre les États et les entreprises».",
				"«Nous connaissons et nous pouvons utiliser de meilleures technologies», a-t-il déclaré, reprenant un autre cheval de bataille des industriels."}},
			want: []wantQuote{{"un certain niveau", "David Aucsmith", false}, {"Nous connaissons", "David Aucsmith", false}},
		},
		{
			name:  "a place as subject of a participle; scare quotes are terms",
			paras: [][]string{{"Tous excluent une «cyberpolice internationale», mais Washington pousse pour aller vite dans la chasse aux «cybervandales» et voudrait passer outre les procédures juridiques inadaptées, insistant sur le recours systématique aux «points de contact, ouverts vingt-quatre heures sur vingt-quatre, sept jours sur sept», établis par les cyberpoliciers des pays du G8."}},
			want:  []wantQuote{{"cyberpolice internationale", "", true}, {"cybervandales", "", true}, {"points de contact", "Washington", false}},
		},
		{
			name: "titles in quotation marks, ” used as an opening mark, a noun phrase subject",
			paras: [][]string{
				{"Des dizaines d’Etats et d’entreprises du secteur des technologies signeront ce lundi l’”appel de Paris pour la confiance et la sécurité dans le cyberespace”, dans lequel ils s’engagent à agir contre les menaces liées à Internet."},
				{"Les signataires, parmi lesquels ne figureront pas dans un premier temps la Chine, la Russie, et probablement les Etats-Unis, disent soutenir “un cyberespace ouvert, sûr, stable, accessible et pacifique”, où le droit international s’applique."},
				{"Trois événements organisés ce lundi à Paris touchent à ces problématiques : un sommet “Govtech” sur les liens entre acteurs publics et privés."},
			},
			want: []wantQuote{{"appel de Paris pour la confiance", "", true}, {"un cyberespace ouvert", "Les signataires", false}, {"Govtech", "", true}},
		},
		{
			name: "inverted feminine speaker and d'après",
			paras: [][]string{{"Marie Dupont, directrice de l’école, a reçu les parents.",
				"« Nous ouvrirons une classe de plus en septembre », a-t-elle annoncé.",
				"D’après Marie Dupont, « les inscriptions sont en hausse »."}},
			want: []wantQuote{{"Nous ouvrirons", "Marie Dupont", false}, {"les inscriptions", "Marie Dupont", false}},
		},
		{
			name: "a person just before the colon; on is nobody",
			paras: [][]string{{"Cette orientation, vivement critiquée par la fraction l'Étincelle, est justifiée ainsi par Georges Kaldy : « nous n'offrons pas nos services ».",
				"Son environnement est très riche — on l'appelle le « paradis de la biodiversité » — et le continent abrite une forêt."}},
			want: []wantQuote{{"nous n'offrons pas", "Georges Kaldy", false}, {"paradis de la biodiversité", "", false}},
		},
		{
			name:  "a name unknown to the lists after a speech verb",
			paras: [][]string{{"« Le cyberespace doit être ordonné », a déclaré Xi Jinping lors de l’ouverture."}},
			want:  []wantQuote{{"Le cyberespace", "Xi Jinping", false}},
		},
		{
			name: "pour X, X estime que, a précisé X, selon X after",
			paras: [][]string{{"Pour Jean Dupont, « la réforme arrive trop tard ».",
				"La ministre de la Santé Claire Martin estime que « le calendrier sera tenu ».",
				"« Rien n'est décidé », a précisé le porte-parole du gouvernement, Paul Durand.",
				"« Les chiffres sont bons », selon l’Insee.",
				"« Nous tiendrons », a répété la ministre.",
				"« Et après ? », a demandé un élu.",
				"Le maire Jacques Roux a reçu la ministre.",
				"« Le dossier avance », a ajouté ce dernier.",
				"Celui-ci a ensuite déclaré : « Nous verrons »."}},
			want: []wantQuote{{"la réforme", "Jean Dupont", false}, {"le calendrier", "Claire Martin", false}, {"Rien n'est décidé", "Paul Durand", false}, {"Les chiffres", "l’Insee", false}, {"Nous tiendrons", "Claire Martin", false}, {"Et après", "un élu", false}, {"Le dossier avance", "Jacques Roux", false}, {"Nous verrons", "Jacques Roux", false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleOf(tt.paras...)
			checkInvariants(t, a)
			if len(a.Quotes) != len(tt.want) {
				for _, q := range a.Quotes {
					t.Logf("got %q by %q (term %v)", q.Text, q.Speaker, q.Term)
				}
				t.Fatalf("got %d quotations, want %d", len(a.Quotes), len(tt.want))
			}
			for i, w := range tt.want {
				q := a.Quotes[i]
				if !strings.HasPrefix(q.Text, w.prefix) || q.Speaker != w.speaker || q.Term != w.term {
					t.Errorf("quote %d = %q by %q (term %v), want %q… by %q (term %v)", i, q.Text, q.Speaker, q.Term, w.prefix, w.speaker, w.term)
				}
			}
		})
	}
}

func TestQuoteMarks(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{`Il a dit "oui" puis « non ».`, []string{"oui", "non"}},
		{"Le texte « cite “un autre” texte » ici.", []string{"cite “un autre” texte"}},
		{"Rien à citer ici.", nil},
		{"« » et “ ” sont vides.", nil},
		{"« pas fermé", []string{"pas fermé"}},
	}
	for _, tt := range tests {
		a := articleOf([]string{tt.sentence})
		checkInvariants(t, a)
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
