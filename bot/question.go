package bot

import (
	"strings"

	"github.com/citebot/citebot/knowledge"

	"github.com/citebot/citebot/knowledge/french"
)

// expect is the kind of short answer a question asks for.
type expect int

const (
	expectAny     expect = iota
	expectPerson         // qui: a person or a body
	expectOrg            // quelle entreprise
	expectPlace          // où, dans quelle ville
	expectDate           // quand, en quelle année, quel jour
	expectNumber         // combien, quelle proportion
	expectReason         // pourquoi
	expectManner         // comment, à quelle fréquence
	expectQuote          // qu'a dit X, que pense X
	expectSpeaker        // qui a dit « … »
	expectRole           // quelle fonction occupe X, qui est X
	expectYesNo          // est-ce que…, Facebook est-il…
	expectList           // quels pays, quels autres groupes
	expectHuman          // quel responsable, le nom du représentant: a person, not a body
)

func (e expect) String() string {
	return [...]string{"any", "person", "organisation", "place", "date", "number", "reason",
		"manner", "quote", "speaker", "role", "yes/no", "list", "human"}[e]
}

// questionWord is a word that only frames the question.
func questionWord(fold string) bool {
	switch fold {
	case "qui", "que", "qu", "quoi", "quel", "quelle", "quels", "quelles", "combien", "comment",
		"pourquoi", "ou", "quand", "lequel", "laquelle", "lesquels", "lesquelles", "est-ce":
		return true
	}
	return false
}

// classify reads the question's frame from its first words and returns
// what it expects. folds are the question's words, folded.
func (nx nounIndex) classify(folds []string, stem func(string) string) expect {
	if len(folds) == 0 {
		return expectAny
	}
	has := func(i int, w ...string) bool {
		if i >= len(folds) {
			return false
		}
		for _, x := range w {
			if folds[i] == x {
				return true
			}
		}
		return false
	}
	// Skip a leading "et", "mais", "alors" of a follow-up, and a
	// preposition before the question word ("dans quelle ville", "en
	// quelle année", "à quelle fréquence", "contre quels contenus").
	i := 0
	for i < len(folds) && has(i, "et", "mais", "alors", "donc", "puis", "ensuite") {
		i++
	}
	prep := ""
	if has(i, "dans", "en", "a", "de", "depuis", "pour", "par", "contre", "avec", "sur", "vers", "jusqu", "selon", "d") &&
		has(i+1, "quel", "quelle", "quels", "quelles", "qui", "quoi", "combien", "ou", "lequel", "laquelle") {
		prep = folds[i]
		i++
	}
	if i >= len(folds) {
		// "Et ?", "Et ensuite ?": nothing but the follow-up's opening.
		return expectAny
	}
	w := folds[i]
	switch w {
	case "qui":
		if prep != "" && prep != "par" {
			return expectPerson
		}
		// "qui est X" asks for X's role; "qui a dit «…»" for a speaker.
		if has(i+1, "est", "etait", "sont") && i+2 < len(folds) {
			return expectRole
		}
		if has(i+1, "a", "avait") && has(i+2, "dit", "declare", "affirme", "ecrit", "souligne", "qualifie", "prononce", "lance") {
			return expectSpeaker
		}
		return expectPerson
	case "combien":
		return expectNumber
	case "quand":
		return expectDate
	case "ou":
		return expectPlace
	case "pourquoi":
		return expectReason
	case "comment":
		return expectManner
	case "quel", "quelle", "quels", "quelles", "lequel", "laquelle":
		// quel + noun: the noun says the type; "quel est le/la N"
		// too.
		j := i + 1
		for j < len(folds) && has(j, "est", "sont", "etait", "etaient", "sera", "seront", "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "autre", "autres", "grand", "grands", "grande", "grandes", "principal", "principale", "principaux", "principales", "seul", "seule", "premier", "premiere") {
			j++
		}
		// "le nom du représentant", "le titre de l'article": the noun
		// after "nom" says what is asked.
		if j+2 < len(folds) && (folds[j] == "nom" || folds[j] == "identite") && (folds[j+1] == "du" || folds[j+1] == "de" || folds[j+1] == "des" || folds[j+1] == "d") {
			j += 2
			for j < len(folds) && (folds[j] == "la" || folds[j] == "l" || folds[j] == "le" || folds[j] == "les") {
				j++
			}
		}
		if j < len(folds) {
			if e, ok := nx.lookup(folds[j], stem); ok {
				if prep == "a" && e == expectAny {
					return expectManner
				}
				return e
			}
		}
		if w == "quels" || w == "quelles" {
			return expectList
		}
		return expectAny
	case "que", "qu", "quoi":
		// qu'a dit X, qu'a-t-il déclaré, que pense X
		j := i + 1
		for j < len(folds) && has(j, "a", "ont", "avait", "avaient", "t", "il", "elle", "ils", "elles", "on") {
			j++
		}
		if j < len(folds) && speechVerb(folds[j]) {
			return expectQuote
		}
		return expectAny
	case "est-ce":
		return expectYesNo
	}
	if prep == "" && i == 0 {
		// No question word in front: "Facebook est-il accessible…",
		// "Le chef de l'État va-t-il…": a yes/no question when a
		// verb-pronoun inversion follows.
		for _, f := range folds {
			if f == "t" {
				continue
			}
			if strings.HasSuffix(f, "-il") || strings.HasSuffix(f, "-elle") || strings.HasSuffix(f, "-ils") || strings.HasSuffix(f, "-elles") {
				return expectYesNo
			}
		}
	}
	return expectAny
}

// dateKinds returns the precision a date question asks for ("en quelle
// année" wants a year, not a weekday), or nil for any date.
func dateKinds(folds []string) []knowledge.DateKind {
	for i, f := range folds {
		if f != "quel" && f != "quelle" && f != "quels" && f != "quelles" || i+1 >= len(folds) {
			continue
		}
		switch folds[i+1] {
		case "annee", "an", "annees", "siecle", "decennie":
			return []knowledge.DateKind{knowledge.Year, knowledge.FullDate}
		case "mois":
			return []knowledge.DateKind{knowledge.Month, knowledge.FullDate}
		case "jour", "date":
			return []knowledge.DateKind{knowledge.Weekday, knowledge.FullDate, knowledge.Relative}
		}
		return nil
	}
	return nil
}

// countedNoun returns what a "combien de X" or "quel nombre de X" question
// counts (X, folded), or "".
func countedNoun(folds []string) string {
	for i, f := range folds {
		if f != "combien" && f != "nombre" {
			continue
		}
		for j := i + 1; j < len(folds) && j <= i+3; j++ {
			if folds[j] == "de" || folds[j] == "d" || folds[j] == "des" || folds[j] == "du" {
				if j+1 < len(folds) {
					return folds[j+1]
				}
			}
		}
		return ""
	}
	return ""
}

// speechVerb reports a verb form that introduces what someone said or
// thinks.
func speechVerb(fold string) bool {
	switch fold {
	case "dit", "dire", "declare", "declarer", "affirme", "affirmer", "souligne", "ecrit", "repondu",
		"explique", "annonce", "ajoute", "indique", "estime", "estiment", "pense", "pensent", "penser",
		"raconte", "precise", "rappele", "rappelle", "confie", "avance", "assure", "promis":
		return true
	}
	return false
}

// nounIndex maps the head noun after "quel" (folded, or its stem) to the
// answer it asks for.
type nounIndex map[string]expect

func newNounIndex() nounIndex {
	nx := nounIndex{}
	for _, c := range nounClasses {
		for _, n := range c.nouns {
			if _, dup := nx[n]; !dup {
				nx[n] = c.e
			}
			if st := "~" + french.Stem(n); nx[st] == expectAny {
				nx[st] = c.e
			}
		}
	}
	return nx
}

func (nx nounIndex) lookup(noun string, stem func(string) string) (expect, bool) {
	if e, ok := nx[noun]; ok {
		return e, true
	}
	e, ok := nx["~"+stem(noun)]
	return e, ok
}

// reliability is how surely the lack of an answer of the expected kind in
// a sentence shows that the sentence does not answer: numbers and dates
// are found reliably, names less so, the rest hardly at all.
func (e expect) reliability() float64 {
	switch e {
	case expectNumber, expectDate:
		return 1
	case expectPerson, expectHuman, expectOrg, expectPlace, expectSpeaker:
		return 0.6
	case expectQuote, expectRole:
		return 0.3
	}
	return 0
}

// aboutWords reports questions whose answer is what someone said or
// thought, so that a quotation by the person the question names is
// evidence.
func (e expect) aboutWords() bool {
	switch e {
	case expectQuote, expectAny, expectReason, expectManner, expectYesNo, expectList:
		return true
	}
	return false
}

// nounClasses group the French nouns whose question asks for one kind of
// answer. They are general (a few dozen common nouns per class).
var nounClasses = []struct {
	e     expect
	nouns []string
}{
	{expectPlace, []string{"ville", "pays", "region", "lieu", "endroit", "continent", "capitale", "departement", "province", "etat", "territoire", "quartier", "commune", "ile", "localite", "zone", "site", "destination"}},
	{expectDate, []string{"annee", "date", "jour", "mois", "epoque", "siecle", "periode", "heure", "moment", "saison", "decennie", "an"}},
	{expectNumber, []string{"nombre", "proportion", "part", "pourcentage", "quantite", "montant", "taux", "somme", "prix", "cout", "age", "taille", "duree", "population", "chiffre", "superficie", "longueur", "distance", "budget", "score", "total"}},
	{expectOrg, []string{"entreprise", "societe", "organisation", "groupe", "firme", "compagnie", "association", "institution", "agence", "parti", "club", "equipe", "organisme", "marque", "journal", "media", "universite", "banque", "ong"}},
	{expectHuman, []string{"personne", "homme", "femme", "responsable", "chef", "dirigeant", "president", "vice-president", "ministre", "premier", "directeur", "chercheur", "auteur", "joueur", "roi", "reine", "empereur", "pape", "ecrivain", "artiste", "acteur", "chanteur", "personnalite", "procureur", "fondateur", "representant", "porte-parole", "journaliste", "editeur", "createur", "inventeur", "general", "officier", "diplomate", "philosophe", "savant", "scientifique", "peintre", "compositeur", "architecte", "entraineur", "capitaine", "gouverneur", "maire", "senateur", "depute", "candidat", "vainqueur", "gagnant", "champion", "fils", "fille", "pere", "mere", "frere", "soeur", "epouse", "mari", "successeur", "predecesseur", "eleve", "maitre", "disciple"}},
	{expectRole, []string{"fonction", "poste", "role", "titre", "profession", "metier", "qualite", "grade", "rang", "statut"}},
	{expectManner, []string{"maniere", "facon", "frequence", "moyen", "methode", "mode", "sorte"}},
	{expectQuote, []string{"formule", "expression", "phrase", "mot", "slogan", "citation", "propos", "declaration", "terme", "qualificatif"}},
}
