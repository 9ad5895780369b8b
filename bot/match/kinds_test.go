package match

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// foldsOf is a question's words, folded, as parse reads them.
func foldsOf(text string) []string {
	var folds []string
	for _, tok := range french.Tokenize(text) {
		folds = append(folds, tok.Fold)
	}
	return folds
}

// TestClassify reads the kind of answer real questions ask for.
func TestClassify(t *testing.T) {
	ix := newKindIndex()
	for _, tt := range []struct {
		q    string
		want kind
	}{
		{"Qui a organisé la conférence ?", kindPerson},
		{"Qui est Lu Wei ?", kindRole},
		{"qui est lu wei ?", kindRole}, // « wei »: a word of a name
		{"Qui est M. Nee ?", kindRole},
		{"Qui est le fondateur de Rome ?", kindPerson},
		{"Qui était à la tête des troupes françaises ?", kindPerson},
		{"Qui est mort en juillet ?", kindPerson},
		{"Qui est son successeur en 1955 ?", kindPerson},
		{"Qui était la mère de Kate Barry ?", kindPerson},
		{"Qui a dit « Internet est une force du bien » ?", kindSpeaker},
		{"Par qui a été lancé l'appel ?", kindPerson},
		{"Dans quelle ville aura lieu le sommet ?", kindPlace},
		{"Quel est le sujet de l'article sur le G8 ?", kindSummary},
		{"Quel est l'objet de l'article 3 de la loi ?", kindAny},
		{"Pendant combien de temps les données sont-elles gardées ?", kindDuration},
		{"Envers quel pays le Mexique a-t-il une dette ?", kindPlace},
		{"Chez quel éditeur le livre est-il paru ?", kindHuman},
		{"En quelle année ?", kindDate},
		{"Quand la conférence s'est-elle ouverte ?", kindDate},
		{"Depuis quand la Chine bloque-t-elle Facebook ?", kindDate},
		{"À partir de quand la conférence est-elle ouverte ?", kindDate},
		{"A partir de quelle année le G8 se réunit-il ?", kindDate},
		{"De quand date le mridang ?", kindDate},
		{"Dans quel but le G8 a-t-il engagé un dialogue ?", kindReason},
		{"À quelle fin la Chine bloque-t-elle Facebook ?", kindReason},
		{"Quel est le but de la conférence ?", kindAny},
		{"Pour quelle raison la Chine bloque-t-elle Facebook ?", kindReason},
		{"Pour quels motifs a-t-il été condamné ?", kindReason},
		{"Combien de pays ont signé ?", kindNumber},
		{"Quel est le nombre de participants ?", kindNumber},
		{"Combien de temps a duré la conférence ?", kindDuration},
		{"Depuis combien de temps le territoire est-il habité ?", kindDuration},
		{"En combien de temps est-elle terminée ?", kindDuration},
		{"Quelle est la durée du mandat ?", kindDuration},
		{"Pourquoi Lu Wei veut-il améliorer la communication ?", kindReason},
		{"Comment a-t-il prononcé son discours ?", kindManner},
		{"À quelle fréquence ?", kindManner},
		{"Qu'a dit Angela Merkel ?", kindQuote},
		{"Quelle fonction occupe Lu Wei ?", kindRole},
		{"Quels pays ont signé ?", kindPlace},
		{"Quels autres groupes ?", kindOrg},
		{"Quelles mesures ?", kindList},
		{"Quelle entreprise a joué un rôle de chef de file ?", kindOrg},
		{"Quel est le nom du représentant ?", kindHuman},
		{"Quels parts de marché ?", kindNumber}, // "part" and "parti" share a stem: the noun that is the stem wins
		{"Est-ce que la Chine a signé l'appel ?", kindYesNo},
		{"Et est-ce qu'il a signé ?", kindYesNo},
		{"Facebook est-il accessible en Chine ?", kindYesNo},
		{"Y a-t-il des entreprises parmi les signataires ?", kindYesNo},
		{"Le chef de l'État va-t-il convier les participants ?", kindYesNo},
		{"En 2005, dans quel pays a-t-on fêté l'Aïd ?", kindAny}, // a question word further on: not yes/no
		{"Qu'est-ce que l'appel de Paris ?", kindAny},
		{"C'est qui Lu Wei ?", kindRole},
		{"C'est quoi l'appel de Paris ?", kindAny},
		{"C'est où, le sommet ?", kindPlace},
		{"Résume l'article sur la Chine", kindSummary},
		{"Et de quoi parle l'article sur le G8 ?", kindSummary},
		{"Fais un résumé de l'article sur la conférence", kindSummary},
		{"De quoi parlent-ils ?", kindAny},
		{"Que dit l'article sur la Chine ?", kindSummary},
		{"Et que racontent les articles sur le G8 ?", kindSummary},
		{"Que dit la dépêche de Reuters ?", kindSummary},
		{"Que dit-il ?", kindQuote},
		{"Que dit William Nee de la Chine ?", kindQuote},
		{"Que dit le ministre sur l'article 13 ?", kindQuote},
		{"Qu'est-ce qu'a déclaré William Nee ?", kindQuote},
		{"Qu'est-ce que Cameron a dit sur Internet ?", kindQuote},
		{"Que le ministre a-t-il déclaré ?", kindQuote},
		{"Qu'est-ce que l'homme qui a dit cela fait ?", kindAny},
		{"Qu'est-ce que la Chine a bloqué ?", kindAny},
		{"Que peut-on dire de la densité de la population ?", kindAny},
		{"Et ?", kindAny},
		{"", kindAny},
	} {
		named := func(fold string) bool { return fold == "lu" || fold == "wei" }
		if got := ix.classify(tt.q, foldsOf(tt.q), french.Stem, named); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestKindsTable checks every row: a name, and at most one way to find
// its answer.
func TestKindsTable(t *testing.T) {
	names := map[string]bool{}
	for k := range numKinds {
		row := kinds[k]
		if row.name == "" || names[row.name] {
			t.Errorf("kind %d: empty or repeated name %q", k, row.name)
		}
		names[row.name] = true
		if row.entities != nil && row.extract != nil {
			t.Errorf("%s: both entities and an extract function", row.name)
		}
	}
}

// TestDuration answers "Combien de temps …" with the duration the article
// states, verbatim, its number read where the unit follows it (« sur 5
// ans », past the « 5 » of « 31,5 millions »).
func TestDuration(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"sommet.txt": {Data: []byte(
		"Le sommet de Lyon\n\nLe sommet de Lyon s'est ouvert lundi en présence de 40 délégations. " +
			"Les négociations ont duré trois semaines avant l'accord final. " +
			"Le mandat du nouveau président du comité est de cinq ans. " +
			"Le club lui offre une extension de contrat de 31,5 millions de dollars sur 5 ans.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	for _, tt := range []struct{ q, want string }{
		{"Combien de temps ont duré les négociations ?", "trois semaines"},
		{"Quelle est la durée du mandat du président du comité ?", "cinq ans"},
		{"Quelle est la durée de l'extension de contrat ?", "5 ans"},
	} {
		a := m.Answer(tt.q, nil)
		if !a.Answered || a.Short != tt.want || !strings.Contains(a.Sentences[0].Text, a.Short) {
			t.Errorf("%q: answered=%v short=%q, want %q", tt.q, a.Answered, a.Short, tt.want)
		}
	}
}

// TestEnglishKinds reads the kind an English question asks for from its
// frame and its head noun, translated (« position » → « poste »), before
// or after a possessive, questions about who wrote an article, and an
// auxiliary first as a yes/no question.
func TestEnglishKinds(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q    string
		want kind
	}{
		{"What is Lu Wei's position?", kindRole},
		{"What is Lu Wei’s job?", kindRole},
		{"What is the job of Lu Wei?", kindRole},
		{"Which city will host the conference?", kindPlace},
		{"Which Hungarian city will host the 2012 conference?", kindPlace}, // the adjective before the noun
		{"Which British leader called for cooperation?", kindHuman},
		{"Who is Lu Wei?", kindRole},
		{"Who wrote the Reuters dispatch about the Paris Call?", kindByline},
		{"Who edited the article?", kindByline},
		{"How many countries attended?", kindNumber},
		{"How long did Joe Biden's speech last?", kindDuration}, // « combien de temps »
		{"In how many countries were the companies based?", kindNumber},
		{"In which city will the conference be held?", kindPlace},
		{"According to the Amnesty researcher, where is internet freedom under attack?", kindPlace},
		{"According to William Hague, how many principles should guide cooperation?", kindNumber},
		{"Which global companies were present at China's World Internet Conference?", kindOrg}, // a possessive past the noun asked
		{"What principles did William Hague propose?", kindList},                               // « quels principes »
		{"Who said that the Internet is a force for good?", kindSpeaker},
		{"Who are the signatories?", kindPerson},
		{"What is the name of the official?", kindHuman}, // « le nom du responsable »
		{"Selon Joe Biden, combien de pays ont assisté ?", kindNumber},
		{"Et selon lui, combien de pays ont assisté ?", kindNumber},
		{"D'après le chef de la délégation américaine, pourquoi faut-il agir vite ?", kindReason},
		{"Did China sign the Paris Call?", kindYesNo},
		{"Will the participants have access to Google?", kindYesNo},
		{"Is Facebook blocked in China?", kindYesNo},
	} {
		if got := m.parse(tt.q).kind; got != tt.want {
			t.Errorf("%q: kind %s, want %s", tt.q, got, tt.want)
		}
	}
}

// TestEnglishCounts reads "how many X" as « combien de X »: X is what the
// answer's number counts, as in French, and the frame's words are not
// words the question asks about (their glossary gives « nombre »). Trois
// « événements » do not answer how many guests Macron invited.
func TestEnglishCounts(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ en, fr string }{
		{"How many guests did Emmanuel Macron invite to lunch?", "Combien d'invités Emmanuel Macron a-t-il conviés à déjeuner ?"},
		{"How many countries attended the London conference?", "Combien de pays ont assisté à la conférence de Londres ?"},
	} {
		en, fr := m.parse(tt.en), m.parse(tt.fr)
		if en.counted == "" || fr.counted == "" {
			t.Fatalf("%q counts %q, %q counts %q", tt.en, en.counted, tt.fr, fr.counted)
		}
		for _, qt := range en.terms {
			if strings.HasPrefix(qt.fold, "how") {
				t.Errorf("%q: the frame is a term: %+v", tt.en, qt)
			}
		}
		a, b := m.Answer(tt.en, nil), m.Answer(tt.fr, nil)
		if a.Answered != b.Answered || a.Short != b.Short {
			t.Errorf("%q: answered %v %q, but %q: %v %q", tt.en, a.Answered, a.Short, tt.fr, b.Answered, b.Short)
		}
	}
	if r := m.Answer("How many guests did Emmanuel Macron invite to lunch?", nil); r.Answered {
		t.Errorf("guests counted by %q in %q", r.Short, r.Sentences[0].Text)
	}
}

// TestEnglishPlural reads a plural noun after "which" or "what" as
// « quels »: the question asks for all of them (« Apple, Amazon et
// Microsoft »), as its French asks.
func TestEnglishPlural(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Which global companies were present at China's World Internet Conference?", true},
		{"Which social networks does China block?", true},
		{"Which Hungarian city will host the 2012 conference?", false},
		{"What is the process?", false},
		{"Which status does the text have?", false},
		{"What principles did William Hague propose?", true},
		{"What causes the delay?", false}, // a verb
		{"What makes China special?", false},
	} {
		if got := asksSeveral(m.parse(tt.q)); got != tt.want {
			t.Errorf("%q: asks several %v, want %v", tt.q, got, tt.want)
		}
	}
	en := m.Answer("Which global companies were present at China's World Internet Conference?", nil)
	fr := m.Answer("Quelles entreprises mondiales étaient présentes à la conférence mondiale sur Internet en Chine ?", nil)
	if en.Short == "" || en.Short != fr.Short {
		t.Errorf("short answers %q in English, %q in French", en.Short, fr.Short)
	}
}

// TestMisspeltKindNoun reads the noun after « quel » one edit from the
// noun of a kind as that noun when neither the articles nor the lexicon
// know the word, and leaves a real word alone; the typo is not read as
// a name of the articles one edit from it (« anée » is not « Nee »).
func TestMisspeltKindNoun(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q    string
		want kind
	}{
		{"En quelle anée la Corée doit-elle accueillir une conférence ?", kindDate},
		{"Dans quelle vile se tient la conférence ?", kindPlace},
		{"Quelle forme prend la conférence ?", kindAny}, // « forme », not « firme »
	} {
		q := m.parse(tt.q)
		if q.kind != tt.want {
			t.Errorf("%q: kind %s, want %s", tt.q, q.kind, tt.want)
		}
		if len(q.names) > 0 {
			t.Errorf("%q: names %s, want none", tt.q, q.names[0].Name)
		}
	}
}

// TestMisspeltNoun finds the noun of a kind one edit from a word, the
// same whatever the map's order, and none when nouns of two kinds are.
func TestMisspeltNoun(t *testing.T) {
	ix := newKindIndex()
	for _, tt := range []struct{ w, want string }{
		{"anee", "annee"},
		{"vile", "ile"}, // « ile » and « ville », both places
		{"parte", ""},   // « part » (a number) or « parti » (a body)
		{"ville", ""},   // a noun already
		{"ans", ""},     // too short to correct
	} {
		for range 5 {
			if got, _ := ix.misspeltNoun(tt.w); got != tt.want {
				t.Errorf("misspeltNoun(%q) = %q, want %q", tt.w, got, tt.want)
				break
			}
		}
	}
}

// TestEnglishTypos answers an English question with a typo as it answers
// the question typed right: the glossary's word is read (« Lndon » was a
// name the articles never mention, « dipatch » no word at all). A word
// of the articles, or one too short to tell from another word, stays.
func TestEnglishTypos(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ typo, right string }{
		{"Who wrote the Reuters dipatch about the Paris Call?", "Who wrote the Reuters dispatch about the Paris Call?"},
		{"How many countries and regions sent representatives to the Lndon cyberspace conference?", "How many countries and regions sent representatives to the London cyberspace conference?"},
		{"When will the Chnese conference end?", "When will the Chinese conference end?"},
		// An inflected form's typo is its dictionary form's.
		{"Who edtied the Reuters dispatch about the Paris Call?", "Who edited the Reuters dispatch about the Paris Call?"},
		{"How many conutries sent representatives to the London conference?", "How many countries sent representatives to the London conference?"},
	} {
		answeredAlike(t, m, tt.typo, tt.right)
	}
	for _, w := range []string{"going", "cameron", "conference", "ago"} {
		if c, ok := m.lang.correctEnglish(w); ok {
			t.Errorf("correctEnglish(%q) = %q, want no correction", w, c)
		}
	}
}
