package match

import (
	"strings"
	"testing"
)

// TestNamingFrame tells questions that ask what something is called from
// those that name it or ask something else about a name.
func TestNamingFrame(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"Comment s'appelle la rencontre entre Milan et l'Inter ?", true},
		{"Comment appelle-t-on les partisans des Français ?", true},
		{"Comment se prénomme le frère de Sterling Clark ?", true},
		{"Comment Perrin est-il appelé par les habitants de Deux-Rivières ?", true},
		{"Quel est l'autre nom de la guerre de Sept Ans ?", true},
		{"Quel est le surnom de Hans Herrmann ?", true},
		{"quel nom porte la bataille du 16 août ?", true},
		{"Quel était le nom d'origine des Butler ?", true},
		// English asks with "what" and a verb of naming.
		{"What did David Cameron call the internet?", true},
		{"What is the Chinese censorship system called?", true},
		{"What do the English call this meeting?", true},
		// A name given to find what bears it, a question about a name,
		// no name asked.
		{"Quel pays est surnommé la perle de l'Afrique ?", false},
		{"Quelle est l'origine du nom Museveni ?", false},
		{"Qui dépose un document au nom de onze dignitaires ?", false},
		{"Comment limiter l'inflation ?", false},
		{"What did the G8 call for?", false},
		{"What did the minister call on the companies to do?", false},
		{"What is the Paris Call?", false},
	} {
		if got := namingFrame(m.parse(tt.question).folds); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.question, got, tt.want)
		}
	}
}

// TestEnglishNamingAnswer answers "What did X call Y?" with the name the
// cited sentence gives, as « Comment X a-t-il appelé Y ? » is.
func TestEnglishNamingAnswer(t *testing.T) {
	m := New(seedBase(t))
	for _, q := range []string{"What did David Cameron call the internet?", "Comment David Cameron a-t-il appelé Internet ?"} {
		if a := m.Answer(q, nil); !strings.EqualFold(a.Short, "une force du bien") {
			t.Errorf("%q: short answer %q, want « une force du bien »", q, a.Short)
		}
	}
}

// TestNamingAnswer reads the name a sentence gives after a naming word, a
// name noun and its « de », « dit » or « alias », or a noun after a comma:
// whole in quotes, up to the end of its capitals otherwise, and none that
// the question names already or that is no name.
func TestNamingAnswer(t *testing.T) {
	for _, tt := range []struct{ sentence, question, want string }{
		{"Le peintre hongrois le plus connu du XVe siècle est Michele Ongaro (dit Pannonio).",
			"Quel est le surnom de Michele Ongaro ?", "Pannonio"},
		{"Pierre Bois en est le dirigeant pratique, David Korner, alias Barta, le dirigeant politique.",
			"Quel est le surnom de David Korner ?", "Barta"},
		{"Ce séjour de six ans lui vaudra le surnom de « belle Indienne ».",
			"Quel est le surnom de Françoise ?", "belle Indienne"},
		{"Il a une sœur cadette prénommée Kayla et sa mère se prénomme Lynda.",
			"Comment se prénomme la sœur cadette de Paul ?", "Kayla"},
		{"Les guerres intercoloniales (nommées French and Indian Wars en Nouvelle-Angleterre) durent un siècle.",
			"Comment se nomment les guerres intercoloniales ?", "French and Indian Wars"},
		{"Il ouvre une pension qui prit le nom d’ « Institution des pères de famille » dans laquelle il accueille des élèves.",
			"Comment s'appelle la pension qu'il ouvre ?", "Institution des pères de famille"},
		{"Ce biais lui a valu le surnom de « prix No-Bell » en référence à Jocelyn Bell.",
			"Quel surnom a-t-on donné au prix pour ce biais ?", "prix No-Bell"},
		{"Il longea la côte qu'il baptisa du nom de Nouvelle-France.",
			"Quel nom a-t-il donné à la côte qu'il longea ?", "Nouvelle-France"},
		{"Il est l'un des acteurs du jeu équestre traditionnel d’Asie centrale, le kokpar (ou bouzkachi), qui forme sa raison d'être.",
			"Comment s'appelle le jeu équestre traditionnel d'Asie centrale ?", "le kokpar"},
		{"Chaque maillon porte un limiteur de profondeur (de nom rabot) qui règle la coupe.",
			"Comment s'appelle le limiteur de profondeur d'une chaîne ?", "de nom rabot"},
		{"Il en existe de nombreux centres : en France (IRSCE), en Espagne (GEP) et en Finlande (HPRC).",
			"Quel est le nom du centre de recherche en Espagne ?", "GEP"},
		// The one short term the sentence quotes, near the question's
		// words, when no naming word gives one.
		{"Dans le droit fil du consensus de Washington, il privatise ainsi l’Uganda Commercial Bank, la « banque du peuple ».",
			"Comment est surnommée l'Uganda Commercial Bank ?", "banque du peuple"},
		{"Le soir, l'entrée est souvent remplacée par un potage ou une soupe (d'où l'appellation de « souper » pour ce repas).",
			"Comment peut s'appeler le troisième repas de la journée ?", "souper"},
		// Two quoted terms; a quoted verb; a quotation left open.
		{"Le club dispute le « derby d'Italie » et le « derby della Madonnina » chaque saison.",
			"Comment s'appelle la rencontre du club ?", ""},
		{"Pour sauver la situation, Ernesto Torrusio est « démis » de son poste de vice-maire.",
			"Comment s'appelait le vice-maire de la situation ?", ""},
		{"Le club dispute le « derby d'Italie chaque saison.",
			"Comment s'appelle la rencontre du club ?", ""},
		// Fame, not a name; the name the question gives; a family
		// name's « de ».
		{"La carrière du groupe a commencé en 2007 pour éviter tout parasitage dû à la renommée de son groupe précédent.",
			"Quel est le nom choisi pour son groupe ?", ""},
		{"Il est affrété par Corsica Linea sous le nom de Vizzavona.",
			"Quel était le premier nom du Vizzavona ?", ""},
		{"Il est à noter que le nom de famille des jeunes Londoniens est aussi celui de leur chien.",
			"Quel est le nom de famille des jeunes Londoniens ?", ""},
		{"Ils parlent une langue propre, le vieux parler des montagnes, depuis des siècles.",
			"Comment s'appelle la langue propre de ce peuple ?", ""},
		// A year in brackets names no one.
		{"Le linguiste Albert Windekens (1970) étudia le tokharien.",
			"Quel est le nom entier du linguiste Windekens ?", ""},
	} {
		pm, find := paragraphsMatcher(t, tt.sentence)
		if got := pm.namingAnswer(pm.parse(tt.question), find(tt.sentence)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.question, got, tt.want)
		}
	}
}
