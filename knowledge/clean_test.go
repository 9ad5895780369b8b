package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		title     string
		date      string
		dateText  string
		paragraph []string
	}{
		{
			name: "plain text, one paragraph a line, no title",
			body: "Les représentants des gouvernements et de l'industrie Internet sont réunis à Londres pour tenter de fixer un agenda pour la gouvernance de l'Internet.\n" +
				"Le Premier ministre britannique, David Cameron, a salué l'Internet comme une force du bien dans son discours à la conférence de Londres.",
			title: "Les représentants des gouvernements et de l'industrie Internet",
			paragraph: []string{
				"Les représentants des gouvernements et de l'industrie Internet sont réunis à Londres pour tenter de fixer un agenda pour la gouvernance de l'Internet.",
				"Le Premier ministre britannique, David Cameron, a salué l'Internet comme une force du bien dans son discours à la conférence de Londres.",
			},
		},
		{
			name:      "dateline, title, list with its lead-in",
			body:      "November 12, 2018 / 6:04 AM / a month ago\n\nAppel de dizaines d'Etats pour un Internet sûr\n\nPARIS, 12 novembre (Reuters) - Des dizaines d’Etats signeront ce lundi un appel.\n\nIls s’engagent notamment à oeuvrer pour :\n\n- empêcher les activités menaçant des individus.\n\n- prévenir les interférences.\n",
			title:     "Appel de dizaines d'Etats pour un Internet sûr",
			date:      "2018-11-12",
			dateText:  "November 12, 2018",
			paragraph: []string{"PARIS, 12 novembre (Reuters) - Des dizaines d’Etats signeront ce lundi un appel.", "Ils s’engagent notamment à oeuvrer pour :", "empêcher les activités menaçant des individus.", "prévenir les interférences."},
		},
		{
			name:      "page furniture after the text",
			body:      "Titre de l'article sur la conférence\n\nLe texte de l'article dit quelque chose.\n\n0 : 0\n  • narrow-browser-and-phone\n  • medium-browser-and-portrait-tablet\n  • landscape-tablet-and-below",
			title:     "Titre de l'article sur la conférence",
			paragraph: []string{"Le texte de l'article dit quelque chose."},
		},
		{
			name:      "menu words, breadcrumb, headline with a dash",
			body:      "Rechercher\nRechercher\n\nActualités - CONFERENCES INTERNATIONALES\n\nCybercriminalité - Combattre le crime high-tech Le G8 appelle à la coopération\n\nLe G8 a amorcé à Paris une première étape.",
			title:     "Cybercriminalité - Combattre le crime high-tech Le G8 appelle à la coopération",
			paragraph: []string{"Le G8 a amorcé à Paris une première étape."},
		},
		{
			name:      "question title, section headings, captions, share button",
			body:      "Conférence sur Internet en Chine, vers des usages démocratiques ?\n\nLa Chine a ouvert sa conférence.\n\nUne volonté de démocratiser les usages en Chine ?\n\nLa Chine représente un quart des utilisateurs.\n\nsécurité\n\nUn système de censure pourtant très élaboré\n\nLe gouvernement bloque des sites.\n\nconférence internet chine 3\n\n\u00a0\n\n&nbsp;\n\nPartager >>",
			title:     "Conférence sur Internet en Chine, vers des usages démocratiques ?",
			paragraph: []string{"La Chine a ouvert sa conférence.", "La Chine représente un quart des utilisateurs.", "Le gouvernement bloque des sites."},
		},
		{
			name:      "a closing question is text",
			body:      "Titre court de l'article\n\nLe texte pose une question.\n\nEt vous, qu'en pensez-vous ?",
			title:     "Titre court de l'article",
			paragraph: []string{"Le texte pose une question.", "Et vous, qu'en pensez-vous ?"},
		},
		{
			name:      "paragraph printed twice, second copy cut",
			body:      "Les sept pays les plus industrialisés ont amorcé à Paris une première étape. Elle a réuni diplomates, juristes, policiers.\nLes sept pays les plus industrialisés ont amorcé à Paris une première étape. Elle a réuni diplomates,...",
			title:     "Les sept pays les plus industrialisés ont amorcé à Paris une première étape",
			paragraph: []string{"Les sept pays les plus industrialisés ont amorcé à Paris une première étape. Elle a réuni diplomates, juristes, policiers."},
		},
		{
			name:      "cut copy first gives way to the full text",
			body:      "Le G8 a amorcé à Paris une première étape de la lutte…\n\nUn autre paragraphe du texte.\n\nLe G8 a amorcé à Paris une première étape de la lutte contre la cybercriminalité.",
			paragraph: []string{"Le G8 a amorcé à Paris une première étape de la lutte contre la cybercriminalité.", "Un autre paragraphe du texte."},
			title:     "Le G8 a amorcé à Paris une première étape de la lutte contre la cybercriminalité",
		},
		{
			name:      "exact repeat",
			body:      "Une phrase du texte qui revient.\n\nUne phrase du texte  qui revient.\n\nUne autre phrase.",
			title:     "Une phrase du texte qui revient",
			paragraph: []string{"Une phrase du texte qui revient.", "Une autre phrase."},
		},
		{
			name:  "markdown: heading title, hard-wrapped lines, list items",
			body:  "# Le sommet de Paris\n\nLe président a reçu les participants au sommet sur la\nconfiance dans le cyberespace, qui s'est ouvert lundi à\nParis.\n\n## Les engagements\n\nLes signataires s'engagent à :\n- protéger les élections ;\n- lutter contre le vol de secrets industriels et contre\n  l'ingérence.\n1. Un\n2) Deux mots\n",
			title: "Le sommet de Paris",
			paragraph: []string{
				"Le président a reçu les participants au sommet sur la confiance dans le cyberespace, qui s'est ouvert lundi à Paris.",
				"Les signataires s'engagent à :", "protéger les élections ;", "lutter contre le vol de secrets industriels et contre l'ingérence.", "Deux mots",
			},
		},
		{
			name:      "short title line above wrapped text",
			body:      "Un titre court\nLe président a reçu les participants au sommet sur la\nconfiance dans le cyberespace.\n",
			title:     "Un titre court",
			paragraph: []string{"Le président a reçu les participants au sommet sur la confiance dans le cyberespace."},
		},
		{
			name:      "French dateline in the lead",
			body:      "PARIS, 12 novembre 2018 (AFP) - Le sommet s'ouvre. Il durera le 14 décembre 2019 aussi.",
			title:     "PARIS, 12 novembre 2018 (AFP) - Le sommet s'ouvre",
			date:      "2018-11-12",
			dateText:  "12 novembre 2018",
			paragraph: []string{"PARIS, 12 novembre 2018 (AFP) - Le sommet s'ouvre. Il durera le 14 décembre 2019 aussi."},
		},
		{
			name:      "numeric French date line",
			body:      "Publié le 12/11/2018 à 14h30\n\nUn titre pour cet article\n\nLe texte commence ici.",
			title:     "Un titre pour cet article",
			date:      "2018-11-12",
			dateText:  "12/11/2018",
			paragraph: []string{"Le texte commence ici."},
		},
		{
			name:      "a date in the story is not the article's date",
			body:      "Jakob Böhme est né le 8 mars 1575, dans le hameau du Alt-Seidenberg, à une lieue et demie de Görlitz.",
			title:     "Jakob Böhme",
			paragraph: []string{"Jakob Böhme est né le 8 mars 1575, dans le hameau du Alt-Seidenberg, à une lieue et demie de Görlitz."},
		},
		{
			name:      "long text without a final stop is text",
			body:      "« Nous devons nous battre pour un modèle de gouvernance de l'internet dans lequel les gouvernements et l'industrie travaillent ensemble »",
			title:     "Nous devons nous battre pour un modèle de gouvernance de l'internet",
			paragraph: []string{"« Nous devons nous battre pour un modèle de gouvernance de l'internet dans lequel les gouvernements et l'industrie travaillent ensemble »"},
		},
		{
			name:      "CRLF line ends",
			body:      "Un titre pour cet article\r\n\r\nLe texte commence ici.\r\nEt continue là, sur une autre ligne un peu plus longue que la première.\r\n",
			title:     "Un titre pour cet article",
			paragraph: []string{"Le texte commence ici.", "Et continue là, sur une autre ligne un peu plus longue que la première."},
		},
		{
			name:      "setext title, rule, copyright",
			body:      "Le sommet de Paris sur la confiance dans le cyberespace\n=======================================================\n\nLe président a reçu les participants.\n\n* * *\n\n© Reuters 2018. Tous droits réservés.\n",
			title:     "Le sommet de Paris sur la confiance dans le cyberespace",
			paragraph: []string{"Le président a reçu les participants."},
		},
		{
			name:      "dated list items are a timeline",
			body:      "Les étapes du sommet :\n\n- 12 novembre 2018 : ouverture\n- 13 novembre 2018 : clôture",
			title:     "Les étapes du sommet :",
			paragraph: []string{"Les étapes du sommet :", "12 novembre 2018 : ouverture", "13 novembre 2018 : clôture"},
		},
		{
			name:      "navigation bar",
			body:      "Accueil | Monde | Politique | Économie\n\nLe texte commence ici.",
			title:     "Le texte commence ici",
			paragraph: []string{"Le texte commence ici."},
		},
		{name: "empty", body: " \n\n\t\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := clean(tt.body)
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			if d.Date != tt.date || d.DateText != tt.dateText {
				t.Errorf("date %q (%q), want %q (%q)", d.Date, d.DateText, tt.date, tt.dateText)
			}
			if !slices.Equal(d.Paragraphs, tt.paragraph) {
				t.Errorf("paragraphs\n got %q\nwant %q", d.Paragraphs, tt.paragraph)
			}
			checkVerbatim(t, tt.body, d.Paragraphs)
		})
	}
}

// checkVerbatim verifies that every paragraph is in the body, white space
// folded (hard-wrapped lines are joined with one space). It folds with
// foldSpace, not the cleaner's own foldWhitespace, so that a fault there
// cannot hide here.
func checkVerbatim(t *testing.T, body string, paragraphs []string) {
	t.Helper()
	folded := foldSpace(body)
	for i, p := range paragraphs {
		if !strings.Contains(folded, foldSpace(p)) {
			t.Errorf("paragraph %d is not in the body: %q", i+1, p)
		}
	}
}

func foldSpace(s string) string { return strings.Join(strings.FieldsFunc(s, isSpace), " ") }

// TestTitleFrom: a title made from a lead sentence reads as one: the short
// sentence whole, else its subject cut at a word that can end a title,
// never "…".
func TestTitleFrom(t *testing.T) {
	tests := []struct{ lead, want string }{
		{"Le sommet s'ouvre à Paris.", "Le sommet s'ouvre à Paris"},
		{"Les représentants des gouvernements, des organisations de l'ONU et de l'industrie Internet sont réunis à Londres pour tenter de fixer un agenda.",
			"Les représentants des gouvernements, des organisations de l'ONU"},
		{"Jakob Böhme est né le 8 mars 1575, dans le hameau du Alt-Seidenberg, à une lieue de la ville.", "Jakob Böhme"},
		{"Depuis des années, les chercheurs du monde entier qui étudient la cybercriminalité dans les entreprises et les administrations publiques constatent une hausse.",
			"Depuis des années, les chercheurs du monde entier qui étudient"},
		{"« Nous devons nous battre pour un modèle de gouvernance de l'internet dans lequel chacun a sa place et sa voix, à égalité », a dit le ministre.",
			"Nous devons nous battre pour un modèle de gouvernance de l'internet"},
	}
	for _, tt := range tests {
		got := titleFrom(tt.lead)
		if got != tt.want {
			t.Errorf("titleFrom(%q) = %q, want %q", tt.lead, got, tt.want)
		}
		if strings.HasSuffix(got, "…") || len([]rune(got)) > titleRunes {
			t.Errorf("titleFrom(%q) = %q: cut off, or over %d characters", tt.lead, got, titleRunes)
		}
	}
}
