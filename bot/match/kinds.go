package match

import (
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// kind is the kind of short answer a question asks for: a row of kinds.
type kind int

const (
	kindAny      kind = iota
	kindPerson        // qui: a person or a body
	kindOrg           // quelle entreprise
	kindPlace         // où, dans quelle ville
	kindDate          // quand, en quelle année, quel jour
	kindNumber        // combien, quelle proportion
	kindReason        // pourquoi
	kindManner        // comment, à quelle fréquence
	kindQuote         // qu'a dit X, que pense X
	kindSpeaker       // qui a dit « … »
	kindRole          // quelle fonction occupe X, qui est X
	kindYesNo         // est-ce que…, Facebook est-il…
	kindList          // quels pays, quels autres groupes
	kindHuman         // quel responsable, le nom du représentant: a person, not a body
	kindDuration      // combien de temps, quelle durée
	kindSummary       // résume l'article sur X, de quoi parle l'article sur X
	kindByline        // qui a écrit l'article sur X, quand a-t-il été publié
	numKinds
)

// evidence is how surely the lack of an answer of a kind in a sentence
// shows that the sentence does not answer: numbers and dates are found
// reliably, names less so, the rest hardly at all. Weights.Evidence gives
// each level its number.
type evidence int

const (
	evidenceNone evidence = iota
	evidenceWeak
	evidenceMedium
	evidenceStrong
	numEvidence
)

// kindRow is everything the matcher knows about one kind of question.
// Adding a kind is adding a row (and, at most, its extract function).
type kindRow struct {
	name string
	// openers are the question openings that ask for this kind, as
	// folded words ("quand", "combien de temps"); the longest wins.
	openers []string
	// nouns are the head nouns after "quel" that ask for it ("quelle
	// ville").
	nouns []string
	// prepNouns ask for it only after a preposition: « dans quel
	// but », not « quel est le but de … ? », a copula question.
	prepNouns []string
	evidence  evidence
	// aboutWords: the answer is what someone said or thought, so a
	// quotation by the person the question names is evidence.
	aboutWords bool
	// focus: the person the answer names becomes the conversation's
	// focus ("Qui a … ?" then "Et qu'a-t-il dit ?").
	focus bool
	// strict: abstain when the best sentence holds no answer of the kind.
	strict bool
	// quotation: the short answer is a quotation, shown in « ».
	quotation bool
	// entities: the answer is an entity of these kinds, nearest the
	// question's words.
	entities []knowledge.EntityKind
	// firstKind: of those, one of the first kind, where the sentence has
	// one, before one of the others nearer the question's words: « Quelle
	// organisation … ? » is answered by « les Nations unies », not by the
	// person beside them (a person stays for the bodies the extractor
	// takes for one).
	firstKind bool
	// extract finds the short answer in a sentence, for kinds that are
	// not entities; nil means none.
	extract func(m *Matcher, q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool)
}

// kinds is the table of question kinds, indexed by kind.
var kinds = [numKinds]kindRow{
	kindAny: {name: "any", aboutWords: true},
	kindPerson: {name: "person", openers: []string{"qui"}, evidence: evidenceMedium, focus: true,
		entities: []knowledge.EntityKind{knowledge.Person, knowledge.Organisation}},
	kindOrg: {name: "organisation", evidence: evidenceMedium, focus: true,
		nouns:    []string{"entreprise", "societe", "organisation", "groupe", "firme", "compagnie", "association", "institution", "agence", "parti", "club", "equipe", "organisme", "marque", "journal", "media", "universite", "banque", "ong"},
		entities: []knowledge.EntityKind{knowledge.Organisation, knowledge.Person}, firstKind: true},
	kindPlace: {name: "place", openers: []string{"ou"}, evidence: evidenceMedium,
		nouns:    []string{"ville", "pays", "region", "lieu", "endroit", "continent", "capitale", "departement", "province", "etat", "territoire", "quartier", "commune", "ile", "localite", "zone", "destination"},
		entities: []knowledge.EntityKind{knowledge.Place}},
	kindDate: {name: "date", openers: []string{"quand"}, evidence: evidenceStrong, extract: (*Matcher).dateAnswer,
		nouns: []string{"annee", "date", "jour", "mois", "epoque", "siecle", "periode", "heure", "moment", "saison", "decennie", "an"}},
	kindNumber: {name: "number", openers: []string{"combien"}, evidence: evidenceStrong, extract: (*Matcher).numberAnswer,
		nouns: []string{"nombre", "proportion", "part", "pourcentage", "quantite", "montant", "taux", "somme", "prix", "cout", "age", "taille", "population", "chiffre", "superficie", "longueur", "distance", "budget", "score", "total"}},
	kindReason: {name: "reason", openers: []string{"pourquoi"}, aboutWords: true, extract: (*Matcher).reasonAnswer,
		nouns: []string{"raison", "motif"}, prepNouns: []string{"but", "objectif", "intention", "fin", "finalite", "dessein"}},
	kindManner: {name: "manner", openers: []string{"comment"}, aboutWords: true,
		nouns: []string{"maniere", "facon", "frequence", "moyen", "methode", "mode", "sorte"}},
	kindQuote: {name: "quote", evidence: evidenceWeak, aboutWords: true, quotation: true, extract: (*Matcher).quoteAnswer,
		nouns: []string{"formule", "expression", "phrase", "mot", "slogan", "citation", "propos", "declaration", "terme", "qualificatif"}},
	kindSpeaker: {name: "speaker", evidence: evidenceMedium, focus: true, extract: (*Matcher).speakerAnswer},
	kindRole: {name: "role", evidence: evidenceWeak, extract: (*Matcher).roleAnswer,
		nouns: []string{"fonction", "poste", "role", "titre", "profession", "metier", "qualite", "grade", "rang", "statut"}},
	kindYesNo: {name: "yes/no", aboutWords: true}, // found by yesNoFrame: its frame spans words
	kindList:  {name: "list", aboutWords: true},
	kindHuman: {name: "human", evidence: evidenceMedium, focus: true, strict: true,
		nouns:    []string{"personne", "homme", "femme", "responsable", "chef", "dirigeant", "president", "vice-president", "ministre", "premier", "directeur", "chercheur", "auteur", "joueur", "roi", "reine", "empereur", "pape", "ecrivain", "artiste", "acteur", "chanteur", "personnalite", "procureur", "fondateur", "representant", "porte-parole", "journaliste", "editeur", "createur", "inventeur", "general", "officier", "diplomate", "philosophe", "savant", "scientifique", "peintre", "compositeur", "architecte", "entraineur", "capitaine", "gouverneur", "maire", "senateur", "depute", "candidat", "vainqueur", "gagnant", "champion", "fils", "fille", "pere", "mere", "frere", "soeur", "epouse", "mari", "successeur", "predecesseur", "eleve", "maitre", "disciple"},
		entities: []knowledge.EntityKind{knowledge.Person}},
	kindDuration: {name: "duration", openers: []string{"combien de temps"}, evidence: evidenceStrong, extract: (*Matcher).durationAnswer,
		nouns: []string{"duree"}},
	// The answer is the lead of the article the question is about
	// (summary.go); found by summaryFrame.
	kindSummary: {name: "summary", aboutWords: true},
	// The answer is the signature of the article the question is about
	// (byline.go); found by bylineFrame.
	kindByline: {name: "byline", aboutWords: true},
}

func (k kind) String() string { return kinds[k].name }

func (k kind) row() *kindRow { return &kinds[k] }

// kindIndex finds a question's kind from its opening words or the noun
// after "quel".
type kindIndex struct {
	// nouns maps a head noun (folded) or "~" and its stem to its kind;
	// prepNouns a head noun after a preposition (kindRow.prepNouns):
	// compiled in (kindNounsOf).
	nouns, prepNouns *kindTable
	// openers maps an opening's first word to the openings it starts,
	// longest first.
	openers map[string][]opener
	openingWordLists
}

type opener struct {
	words []string
	k     kind
}

func newKindIndex() kindIndex {
	ix := kindIndex{
		nouns:            &compiledKindNouns,
		prepNouns:        &compiledPrepNouns,
		openers:          map[string][]opener{},
		openingWordLists: openingWords,
	}
	for k := range numKinds {
		for _, o := range kinds[k].openers {
			words := splitWords(o)
			ix.openers[words[0]] = append(ix.openers[words[0]], opener{words: words, k: k})
		}
	}
	for _, os := range ix.openers {
		sortLongestFirst(os)
	}
	return ix
}

// noun returns the kind a head noun asks for.
func (ix kindIndex) noun(noun string, stem func(string) string) (kind, bool) {
	if k, ok := ix.nouns.find(noun); ok {
		return k, true
	}
	return ix.nouns.find("~" + stem(noun))
}

// headNoun is the index of the noun after the question's first « quel »
// (« quelle », « quels », « quelles ») and the words skipped before it
// (« quel est le … »), or -1 when there is none.
func (ix kindIndex) headNoun(folds []string) int {
	for i, f := range folds {
		if !quelWord(f) {
			continue
		}
		j := i + 1
		for j < len(folds) && ix.afterQuel.Has(folds[j]) {
			j++
		}
		if j < len(folds) {
			return j
		}
		return -1
	}
	return -1
}

// openerNoun is the index of the noun that closes an opening of several
// words asking for kind k, or -1: « temps » in « combien de temps », which
// any duration answers, as « année » after « quel » is a date's (« dans un
// premier temps » is no answer to how long something lasted).
func (ix kindIndex) openerNoun(folds []string, k kind) int {
	for i, f := range folds {
		for _, o := range ix.openers[f] {
			if o.k == k && len(o.words) > 1 && hasWords(folds[i:], o.words) {
				return i + len(o.words) - 1
			}
		}
	}
	return -1
}

// quelWord reports « quel » in any of its forms.
func quelWord(fold string) bool {
	return fold == "quel" || fold == "quelle" || fold == "quels" || fold == "quelles"
}

// misspeltNoun returns the head noun one edit from a word that is none,
// of four letters or more (« anée » → « annee »): a typo in the noun
// must not hide what the question asks for. Nouns of two kinds one edit
// away are no answer, which was meant being a guess; of one kind, the
// first in alphabetical order (« vile »: « ile », « ville »), so that the
// answer never depends on the map's order.
func (ix kindIndex) misspeltNoun(w string) (string, bool) {
	if len(w) < 4 {
		return "", false
	}
	if _, ok := ix.nouns.find(w); ok {
		return "", false
	}
	found, foundKind := "", kindAny
	for i, n := range ix.nouns.keys.Strs {
		if n[0] == '~' || !french.OneEditApart(w, n) {
			continue
		}
		if k := ix.nouns.values[i]; found == "" {
			foundKind = k
		} else if k != foundKind {
			return "", false
		}
		if found == "" || n < found {
			found = n
		}
	}
	return found, found != ""
}

// opening returns the kind the words at folds[i:] open a question with.
func (ix kindIndex) opening(folds []string, i int) (kind, bool) {
	for _, o := range ix.openers[folds[i]] {
		if hasWords(folds[i:], o.words) {
			return o.k, true
		}
	}
	return kindAny, false
}
