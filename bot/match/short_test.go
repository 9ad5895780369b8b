package match

import (
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// shortCase is a question and the short answer it must get.
type shortCase struct{ q, want string }

// checkShort asks each question of an article made of the title and
// text, and checks that the hand rules alone (no span model) answer it
// with the short answer wanted ("": the cited sentence alone) and of the
// kind wanted (any when ""). The matcher never abstains: whether a
// one-paragraph article answers at all is the learnt abstention's call,
// which moves with each retraining; these tests are about the words
// given once it does.
func checkShort(t *testing.T, title, text, kindName string, cases []shortCase) {
	t.Helper()
	base, err := knowledge.Load(fstest.MapFS{"a.txt": {Data: []byte(title + "\n\n" + text + "\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := NewWith(base, Options{Spans: &SpanWeights{}, NeverAbstain: true})
	for _, tt := range cases {
		a := m.Answer(tt.q, nil)
		if !a.Answered || a.Short != tt.want || kindName != "" && a.Kind != kindName {
			t.Errorf("%q: answered %v, kind %s, short %q, want %q", tt.q, a.Answered, a.Kind, a.Short, tt.want)
		}
	}
}

// TestCountWithUnit answers a count with the unit of time that the
// sentence writes right after the number, and with the number alone
// otherwise: the noun counted, which the question gives, or a verb.
func TestCountWithUnit(t *testing.T) {
	checkShort(t, "Le sommet", "Il a réuni les représentants de 130 grandes sociétés. "+
		"Il est parti pour Paris à 15 ans. "+
		"Il doit avoir résidé au moins 8\u00a0ans en Suisse. "+
		"Le 18 mai, après 8 ans d'exil, il revint. "+
		"Selon la police, 7 seraient blessés.", "number", []shortCase{
		{"Combien de grandes sociétés le sommet a-t-il réunies ?", "130"},
		{"À quel âge est-il parti pour Paris ?", "15 ans"},
		{"Combien d'années doit-il avoir résidé en Suisse ?", "au moins 8\u00a0ans"},
		{"Combien sont blessés selon la police ?", "7"},
		{"Combien d'années a duré son exil ?", "8 ans"}, // not the « 8 » of « 18 mai »
	})
}

// TestRoleShortAnswer answers "Qui est X ?" with the role the cited
// sentence gives X beside the name (no-break spaces and all), and never
// with an apposition when the question asks something else of X.
func TestRoleShortAnswer(t *testing.T) {
	checkShort(t, "Le moulin", "Le moulin fut acheté en 1820 par Jean-Baptiste Chasseur, un meunier\u00a0vivant en aval de la ville. "+
		"Romulus fonda la ville, selon la légende. Le linguiste Claude Hagège estime que l'anglais domine.", "", []shortCase{
		{"Qui est Jean-Baptiste Chasseur ?", "un meunier\u00a0vivant en aval de la ville"},
		{"Quelle est la profession de Claude Hagège ?", "linguiste"}, // a role asked of a person's name
		{"Qui est Jean-Baptiste Chasseur pour le moulin ?", ""},      // an apposition answers "Qui est X ?" only
	})
}

// TestObjectShortAnswer answers "Que … ?" with the words after the
// question's verb in the cited clause, and nothing when they open a
// circumstance; « Que fait X ? » asks what X does, the verb included
// (doAnswer), not what follows « fait ».
func TestObjectShortAnswer(t *testing.T) {
	checkShort(t, "Le président", "Emmanuel Macron veut renforcer le respect du droit d'auteur. "+
		"Le comité publie durant chaque session un rapport annuel.", "", []shortCase{
		{"Que veut renforcer Emmanuel Macron ?", "le respect du droit d'auteur"},
		{"Et selon lui, que veut renforcer Emmanuel Macron ?", "le respect du droit d'auteur"},
		{"Que fait Emmanuel Macron ?", "veut renforcer le respect du droit d'auteur"},
		{"Que publie le comité ?", ""},
	})
}

// TestDefinitionShortAnswer answers "Qu'est-ce que X ?" with what the
// cited sentence says X is, after « est » or in brackets, and never with
// what it says X is not.
func TestDefinitionShortAnswer(t *testing.T) {
	checkShort(t, "Cuisine et armes", "En Inde, le ghi est du beurre clarifié. "+
		"Le tessen (éventail de guerre) était porté par les samouraïs. "+
		"La fondation n'est pas un musée d'art ancien. "+
		"Les chaebols sont considérés comme des « colosses aux pieds d'argile ».", "", []shortCase{
		{"Qu'est-ce que le ghi ?", "du beurre clarifié"},
		{"Qu'est-ce qu'était le ghi ?", "du beurre clarifié"},
		{"Qu'est-ce qu'un tessen ?", "éventail de guerre"},
		{"Qu'est-ce que la fondation ?", ""}, // what it is not
		{"Qu'est-ce que les chaebols ?", ""}, // stops short of its noun
	})
}

// TestMannerShortAnswer answers "Comment … ?" with the phrase of means
// after the question's words in the cited sentence, not with a date.
func TestMannerShortAnswer(t *testing.T) {
	checkShort(t, "Le royaume", "Le prince fut chassé du trône par un coup d'État. "+
		"Elizabeth persuade le capitaine de sauver Will en acceptant son offre de mariage. "+
		"La faculté des lettres est fondée en 1846 à Aix.", "", []shortCase{
		{"Comment le prince fut-il chassé du trône ?", "par un coup d'État"},
		{"Comment Elizabeth persuade-t-elle le capitaine de sauver Will ?", "en acceptant son offre de mariage"},
		{"Comment est fondée la faculté des lettres ?", ""}, // « en 1846 » says when
	})
}

// TestRoleNameShortAnswer answers "Qui est le N de X ?" with the name
// written right after N and its complement in the cited sentence, where
// the sentence names two holders of N the one its complement follows.
func TestRoleNameShortAnswer(t *testing.T) {
	checkShort(t, "Le procès", "Le tribunal jugea le commandant de Treblinka, Franz Stangl, en 1970. "+
		"Les parents de la Vierge, Anne et Joachim, vivaient à Nazareth. "+
		"Le juge du procès a condamné l'accusé. "+
		"En 1858, selon Paul Martin, le premier roi maori fut Potatau Wherowhero. "+
		"Dans les années 1980, le parti, dirigé par le Premier ministre Bob Hawke et le ministre des finances Paul Keating, modernise l'économie.", "person", []shortCase{
		{"Qui était le commandant de Treblinka ?", "Franz Stangl"},
		{"Qui était le ministre des finances dans les années 1980 ?", "Paul Keating"},
		{"Qui était le Premier ministre dans les années 1980 ?", "Bob Hawke"},
		{"Qui sont les parents de la Vierge ?", "Anne et Joachim"},
		{"Qui fut le premier roi maori ?", "Potatau Wherowhero"},
	})
}

// TestAgentShortAnswer answers "Qui V X ?" with the name the cited
// sentence gives as V's agent or subject, never a capitalised pronoun.
func TestAgentShortAnswer(t *testing.T) {
	checkShort(t, "Riga", "Le roi Jean Dupont visita l'évêché de Riga, fondé par Albert de Buxhoeveden. "+
		"En 1949, Mao Zedong proclama la République populaire. "+
		"Il dirigea la ville pendant dix ans. "+
		"Trois événements organisés ce lundi touchent la cité, dont le forum organisé par Emmanuel Macron.", "person", []shortCase{
		{"Qui fonda l'évêché de Riga ?", "Albert de Buxhoeveden"},
		{"Qui proclama la République populaire ?", "Mao Zedong"},
		{"Qui dirigea la ville ?", ""}, // « Il »
		{"Qui organise le forum ?", "Emmanuel Macron"},
	})
	// The subject's name before a phrase between commas, or that phrase
	// when it is the name.
	checkShort(t, "Le Labrador", "Puis, Jean Cabot, au service de l'Angleterre, a exploré en 1497 les côtes du Labrador. "+
		"Le président du Conseil général de la Haute-Savoie, Bernard Pellarin, oppose une fin de non-recevoir.", "person", []shortCase{
		{"Qui a exploré les côtes du Labrador ?", "Jean Cabot"},
		{"Qui oppose une fin de non-recevoir ?", "Bernard Pellarin"},
	})
	// The agent of another participle after the question's verb is not
	// the verb's.
	checkShort(t, "Pékin", "De nombreux groupes ont vivement critiqué les pratiques d'Internet véhiculées par Pekin. "+
		"Le musée fut fondé en l'année 1900 par Jean Martin.", "", []shortCase{
		{"Qui a critiqué la Chine ?", ""},
		{"Qui a fondé le musée ?", "Jean Martin"}, // « année » is no participle
	})
	// A relative clause says what its antecedent did, however far the
	// question's words lie in it; words past the clause do not.
	checkShort(t, "Londres", "Ses propos ont été repris par le vice-président américain Joe Biden, qui a prononcé un discours à distance à la conférence. "+
		"Le texte fut relu par le secrétaire général adjoint Jean Martin, présent dans la salle, puis longuement discuté à distance.", "person", []shortCase{
		{"Qui a parlé à distance à la conférence ?", "Joe Biden"},
		{"Qui a discuté à distance ?", ""},
	})
}

// TestAgentSubjectShortAnswer answers "Qui V X ?" with the noun phrase
// the cited sentence gives as V's subject when no name does V: never a
// pronoun, nor words running over another verb.
func TestAgentSubjectShortAnswer(t *testing.T) {
	checkShort(t, "La censure", "Le gouvernement chinois bloque régulièrement des milliers de sites étrangers. "+
		"Ce dernier apporte son soutien aux fournisseurs d'accès. "+
		"Kiel ayant également remporté la finale, la saison s'achève.", "", []shortCase{
		{"Qui bloque des sites étrangers ?", "Le gouvernement chinois"},
		{"Qui apporte son soutien aux fournisseurs d'accès ?", ""},
		{"Qui a remporté la finale ?", ""},
	})
}

// TestPlacePhraseShortAnswer answers "Où … ?" with the phrase of place
// after the question's words in the cited sentence when no place name
// answers, up to the next preposition.
func TestPlacePhraseShortAnswer(t *testing.T) {
	checkShort(t, "Le film", "Au matin, Ryan et Brad se réveillent dans la vitrine d'un magasin avec leurs amis. "+
		"Le dernier combat des brigands eut lieu en forêt en 1880. "+
		"Le comité se réunit en 1880 pour voter. "+
		"Les signataires s'engagent à agir contre les menaces liées à la toile. "+
		"Les enfants jouent dans le jardin, puis les enfants jouent encore. "+
		"La ville accueille un sommet “Govtech” dans la salle des fêtes.", "place", []shortCase{
		{"Où se réveillent Ryan et Brad ?", "dans la vitrine d'un magasin"},
		{"Où eut lieu le dernier combat des brigands ?", "en forêt"},
		{"Où jouent les enfants ?", "dans le jardin"},                                   // after the first « jouent », the second opening nothing
		{"Où la ville accueille-t-elle le sommet Govtech ?", "dans la salle des fêtes"}, // after a name in quotation marks
		{"Où le comité se réunit-il ?", ""},                                             // « en 1880 » says when
		{"Quel pays s'engage à agir contre les menaces ?", ""},                          // a country's name, not « à la toile »
	})
}

// TestPrepQuoiShortAnswer answers "Par quoi … ?", "À quoi … ?" with what
// follows the same preposition after the question's words.
func TestPrepQuoiShortAnswer(t *testing.T) {
	checkShort(t, "La défense", "En 1981, la DSM est remplacée par la Direction de la sécurité qui dépend du ministre. "+
		"La reprise de l'économie est due au secteur de l'énergie. "+
		"Le guide doit mener son ami sur des planches étroites afin de traverser. "+
		"Les organisateurs se sont félicités du «consensus» dégagé. Une couche sédimentaire de huit mètres a été extraite. "+
		"Les industriels veulent coopérer sur une base «volontaire» mais refusent des règles.", "", []shortCase{
		{"Par quoi la DSM est-elle remplacée ?", "par la Direction de la sécurité"},
		// Quoted words within the phrase, and « de » only right after
		// the question's word.
		{"De quoi les organisateurs se sont-ils félicités ?", "du «consensus»"},
		{"Sur quoi les industriels veulent-ils coopérer ?", "sur une base «volontaire»"},
		{"De quoi la couche est-elle composée ?", ""}, // « de » after « sédimentaire »
		{"À quoi est due la reprise de l'économie ?", "au secteur de l'énergie"},
		{"Sur quoi le guide doit-il mener son ami ?", "sur des planches étroites"},
		{"Par qui la DSM est-elle remplacée ?", "par la Direction de la sécurité"},
	})
}

// TestListShortAnswer answers "Quels sont les X ?" with the list the
// cited sentence gives of X, in brackets or after a colon.
func TestListShortAnswer(t *testing.T) {
	checkShort(t, "Le pays", "Le pays vante trois spécialités : le fromage, le vin et le pain. "+
		"Le lycée ouvre sept filières (lettres, sciences, sport) en 1991. "+
		"Le pays a onze langues officielles (anglais, zoulou, xhosa) depuis 1994.", "list", []shortCase{
		{"Quelles sont les spécialités du pays ?", "le fromage, le vin et le pain"},
		{"Quelles sont les filières du lycée ?", "lettres, sciences, sport"},
		// The count before the noun, the question's words after it.
		{"Quelles sont les sept filières du lycée ?", "lettres, sciences, sport"},
		{"Quelles sont les langues officielles du pays ?", "anglais, zoulou, xhosa"},
	})
}

// TestExamplesShortAnswer answers "Quel(s) X … ?" with the examples of
// X the cited sentence gives, and nothing when they are examples of
// another kind or « comme » says in what role.
func TestExamplesShortAnswer(t *testing.T) {
	checkShort(t, "La guerre", "Le froid, la faim et la maladie, notamment la fièvre typhoïde, décimèrent les troupes du général. "+
		"Le studio développe plusieurs jeux, dont Kirby et Mario, qui deviennent des succès. "+
		"Le pilote Hans Herrmann rejoint l'écurie Mercedes, comme pilote junior. "+
		"La langue a subi l'influence de langues germaniques telles que le vieux norrois. "+
		"Le musée expose un tableau, considéré comme le joyau de la ville. "+
		"Le gouvernement bloque des milliers de sites étrangers, y compris les fournisseurs d'information et les médias sociaux tels que Facebook.", "", []shortCase{
		{"Quelle maladie décima les troupes du général ?", "la fièvre typhoïde"},
		{"Quels jeux le studio développe-t-il ?", "Kirby et Mario"},
		{"Quelle écurie Hans Herrmann rejoint-il ?", "l'écurie Mercedes"}, // not « pilote junior »: « comme » a role (which.go names the team)
		{"Quelles langues romanes ont influencé la langue ?", ""},         // other languages
		{"Quel tableau expose le musée ?", ""},                            // how it is seen
		{"Quels types de sites étrangers le gouvernement bloque-t-il ?", "les fournisseurs d'information et les médias sociaux"},
	})
}

// TestFarEntity gives no short answer when the only person of the cited
// sentence stands far from the question's words: it answers something
// else.
func TestFarEntity(t *testing.T) {
	checkShort(t, "Le radar", "Le radar fut construit par Jean Dupont. "+
		"Le phare fut rénové en grand secret dans les ateliers de la région pendant de longues années difficiles, selon Paul Martin.", "", []shortCase{
		{"Qui a construit le radar ?", "Jean Dupont"},
		{"Qui a rénové le phare ?", ""},
	})
}

// TestNamingShortAnswer answers "Comment s'appelle X ?" with the name
// after a naming word near X, in brackets after X, right after it or after
// a comma or colon that closes the question's words (a title before it
// included), never with what follows "nommé à …" (appointed).
func TestNamingShortAnswer(t *testing.T) {
	checkShort(t, "Le derby", "La rencontre entre les deux clubs milanais est appelée derby della Madonnina. "+
		"Le juge du tribunal fut nommé à vie par le roi. "+
		"Deux chérubins d'or ornent le couvercle (propitiatoire) de l'arche. "+
		"Carlo naquit après son frère Luigi, qui mourut jeune. "+
		"Yudhishthira bâtit une nouvelle capitale pour son royaume\u00a0: Indraprastha, qui prospère. "+
		"Il servit sur le navire français, le Pegase, en 1782. "+
		"Le gouverneur de la Louisiane, le général Bernardo de Gálvez, prit les forteresses.", "", []shortCase{
		{"Comment s'appelait le gouverneur de Louisiane ?", "le général Bernardo de Gálvez"},
		{"Comment s'appelle la rencontre entre les deux clubs milanais ?", "derby della Madonnina"},
		{"Comment se nomme le juge du tribunal ?", ""},
		{"Comment s'appelle le couvercle de l'arche ?", "propitiatoire"},
		{"Comment s'appelait le frère de Carlo ?", "Luigi"},
		{"Comment se nomme la capitale du royaume de Yudhishthira ?", "Indraprastha"},
		{"Comment s'appelait le navire français ?", "le Pegase"},
	})
}

// TestNearestRival answers with the number or date the question's words
// are about, not the first of the sentence.
func TestNearestRival(t *testing.T) {
	checkShort(t, "Le sommet de Lyon", "Annoncé le 3 mars 2018 par le maire, le sommet de Lyon s'est ouvert le 12 novembre 2018 devant les délégations. "+
		"Les négociations ont duré trois semaines avant l'accord final. Le mandat du nouveau président du comité est de cinq ans. "+
		"En décembre, 19 000 chômeurs portent le taux de chômage de la ville à 3,3 %. "+
		"La Chine représente un quart des utilisateurs d’Internet soit plus de 600 millions d’internautes.", "", []shortCase{
		{"Quel est le taux de chômage de la ville en décembre ?", "3,3 %"},
		{"Quelle part des utilisateurs d'Internet vit en Chine ?", "un quart"}, // a fraction is a share too
		{"Quand le sommet de Lyon s'est-il ouvert devant les délégations ?", "12 novembre 2018"},
		{"Quand le sommet de Lyon a-t-il été annoncé par le maire ?", "3 mars 2018"},
	})
}

// TestRelativeDateShortAnswer answers « Quand … ? » with a relative date
// (« aujourd'hui », a word no question is made of) when the sentence has
// no other, and with the other date when it has one.
func TestRelativeDateShortAnswer(t *testing.T) {
	checkShort(t, "La conférence", "La Chine a ouvert aujourd’hui sa première conférence mondiale sur Internet. "+
		"Cette conférence, ouverte aujourd’hui, s’achèvera vendredi.", kindDate.String(), []shortCase{
		{"Quand la Chine a-t-elle ouvert sa première conférence mondiale sur Internet ?", "aujourd’hui"},
		{"Quand la conférence s'achèvera-t-elle ?", "vendredi"},
	})
}

// TestPlaceKindShortAnswer answers « Quelle ville … ? » with a city and
// « Quel pays … ? » with a country, never with the country of the
// demonym after the noun asked about, and nothing when the sentence names
// no place of the kind asked for, nor a city the place list puts in
// another country than the one the question names. A sentence whose
// places are all of another kind is no answer at all (TestOnlyMisfits).
func TestPlaceKindShortAnswer(t *testing.T) {
	checkShort(t, "Les conférences", "La première conférence mondiale se tient en Chine, à Wuzhen. "+
		"La seconde conférence européenne aura lieu en Hongrie. "+
		"La troisième conférence européenne aura lieu à Londres puis à Budapest.", kindPlace.String(), []shortCase{
		{"Dans quelle ville chinoise se tient la première conférence mondiale ?", "Wuzhen"},
		{"Dans quel pays se tient la première conférence mondiale ?", "Chine"},
		{"Dans quel pays aura lieu la seconde conférence européenne ?", "Hongrie"},
		{"Dans quelle ville hongroise aura lieu la troisième conférence européenne ?", "Budapest"},
		{"Dans quelle ville britannique aura lieu la troisième conférence européenne ?", "Londres"},
		{"Which Hungarian city will host the third European conference?", ""}, // never « Londres »
	})
}

// TestReasonShortAnswer answers « Pourquoi … ? » with the clause of cause
// or purpose, to the end of its clause: not past the quotation it closes,
// nor a bracket it closes; with a « Selon X, » before the question word.
func TestReasonShortAnswer(t *testing.T) {
	checkShort(t, "Le G8", "«Il nous faut travailler vite pour traquer les cybercrimes», a souligné hier James Robinson. "+
		"Le clown est célèbre pour son personnage de Sol, un clochard), dit le journal. "+
		"La ville bâtit un pont pour relier les deux «rives» du fleuve.", "reason", []shortCase{
		{"Pourquoi faut-il travailler vite ?", "pour traquer les cybercrimes"},
		{"Selon James Robinson, pourquoi faut-il travailler vite ?", "pour traquer les cybercrimes"},
		{"Pourquoi le clown est-il célèbre ?", "pour son personnage de Sol, un clochard"},
		{"Pourquoi la ville bâtit-elle un pont ?", "pour relier les deux «rives» du fleuve"},
	})
}

// TestEventShortAnswer answers « Quand … ? » without a date in the cited
// sentence by the phrase of time after the question's words, which may
// hold a synonym of one of them (« presse » for « média »).
func TestEventShortAnswer(t *testing.T) {
	checkShort(t, "La famille", "La famille Butler est arrivée lors de l'invasion normande de l'Irlande. "+
		"Les lochs ont été façonnés pendant la dernière glaciation. "+
		"« Ce média n'a pas de frontières », a rappelé M. Robinson au cours de la conférence de presse.", "date", []shortCase{
		{"À quel moment M. Robinson a-t-il rappelé que ce média n'a pas de frontières ?", "au cours de la conférence de presse"},
		{"À quel moment est arrivée la famille Butler ?", "lors de l'invasion normande de l'Irlande"},
		{"Quand ont été façonnés les lochs ?", "pendant la dernière glaciation"},
	})
}

// TestOrganisationBeforePerson answers « Quelle organisation … ? » with
// the body the sentence names rather than a person nearer the question's
// words, and « Qui … ? » with whichever is nearer.
func TestOrganisationBeforePerson(t *testing.T) {
	checkShort(t, "Les événements", "Trois événements ont lieu ce lundi à Paris : le Forum sur la paix organisé par Emmanuel Macron "+
		"et une réunion du forum de l'Internet des Nations unies. "+
		"Le sommet fut organisé par Google avec le soutien de Jean Dupont.", "", []shortCase{
		{"Quelle organisation tient une réunion de son forum de l'Internet à Paris ?", "Nations unies"},
		{"Quelle entreprise a organisé le sommet ?", "Google"},
		{"Qui a organisé le forum sur la paix ?", "Emmanuel Macron"},
	})
}

// TestNumberPicksEntity: a number the question gives picks, of several
// entities of the kind asked for, the one it qualifies, not the nearest
// to the question's other words.
func TestNumberPicksEntity(t *testing.T) {
	checkShort(t, "Les conférences", "Les conférences suivantes seront accueillies par la Hongrie en 2012 "+
		"et la République de Corée en 2013.", kindPlace.String(), []shortCase{
		{"Quel pays accueillera la conférence de 2013 ?", "République de Corée"},
		{"Quel pays accueillera la conférence de 2012 ?", "Hongrie"},
		{"Which country will host the 2013 conference?", "République de Corée"},
	})
}
