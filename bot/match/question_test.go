package match

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestAddName keeps each entity once and in the order first named, below
// and past nameSetFrom, and namesEntity finds an entity by its own or by
// its name either way (a corpus's copies of an article name the same
// person with entities of their own).
func TestAddName(t *testing.T) {
	for _, n := range []int{3, nameSetFrom, nameSetFrom + 1, 5 * nameSetFrom} {
		var want []*knowledge.Entity
		for i := range n {
			want = append(want, &knowledge.Entity{Name: fmt.Sprintf("Nom %d", i%7)})
		}
		var q question
		for _, e := range want {
			q.addName(e)
		}
		for _, e := range slices.Backward(want) { // named again: no change
			q.addName(e)
		}
		if !slices.Equal(q.names, want) {
			t.Errorf("%d names: kept %d, want each once in order", n, len(q.names))
		}
		if (q.nameSet != nil) != (n > nameSetFrom) {
			t.Errorf("%d names: set made %v", n, q.nameSet != nil)
		}
		for _, e := range want {
			if !q.hasName(e) || !q.namesEntity(e) {
				t.Errorf("%d names: %s not found", n, e.Name)
			}
		}
		other := &knowledge.Entity{Name: "Nom 1"}
		if q.hasName(other) || !q.namesEntity(other) {
			t.Errorf("%d names: another entity of a name named: hasName %v, namesEntity %v", n, q.hasName(other), q.namesEntity(other))
		}
		if stranger := (&knowledge.Entity{Name: "Personne"}); q.namesEntity(stranger) {
			t.Errorf("%d names: a name not named is", n)
		}
	}
}

// TestResumptivePronoun: the pronoun of an inversion refers back to the
// conversation only when the question names no subject before its verb.
func TestResumptivePronoun(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q       string
		pronoun bool
	}{
		{"Que veut-il ?", true},
		{"Et quand l'a-t-il publié ?", true},
		{"Qu'a-t-il dit d'autre ?", true},
		{"Les fonctionnaires européens étaient-ils d'accord ?", false},
		{"Quand Emmanuel Macron a-t-il été élu ?", false},
		{"Facebook est-il accessible en Chine ?", false},
		{"Facebook lui est-il accessible ?", true}, // « lui » refers back
	} {
		if got := m.parse(tt.q).pronoun; got != tt.pronoun {
			t.Errorf("%q: pronoun %v, want %v", tt.q, got, tt.pronoun)
		}
	}
	// After an answer about William Hague, a question that names its
	// own subject is not taken as one about him.
	a := m.Answer("Quel responsable britannique a proposé un ensemble de sept principes de base ?", nil)
	if !a.Answered {
		t.Fatal("the first question is not answered")
	}
	conv := &Context{Article: a.Sentences[0].Article, Last: a.Sentences, Focus: a.Focus}
	if b := m.Answer("Les fonctionnaires du Vieux Continent et ceux de Washington étaient-ils sur la même longueur d'onde ?", conv); !b.Answered {
		t.Error("a question naming its subject, asked after another, is abstained")
	}
}

// TestQuestionNames links the question's words to the articles' names:
// capitalised or not, with or without accents, but not a word in lower
// case whose accents the name lacks (« née » is not William Nee).
func TestQuestionNames(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"Qui est William Nee ?", []string{"William Nee"}},
		{"qui est william nee ?", []string{"William Nee"}},
		{"qui est lu wei ?", []string{"Lu Wei"}},
		{"combien de pays a londres", []string{"Londres"}},
		{"Où est née l'idée de la conférence de Londres ?", []string{"Londres"}},
	} {
		var got []string
		for _, e := range m.parse(tt.q).names {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: names %q, want %q", tt.q, got, tt.want)
		}
	}
	// In lower case, a name written without its accents is the name.
	base, err := knowledge.Load(fstest.MapFS{"a.txt": {Data: []byte("Le discours\n\nJean Lefèvre a prononcé un discours.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"qu'a dit lefevre ?", "qu'a dit lefèvre ?", "Qu'a dit Lefevre ?"} {
		if names := New(base).parse(q).names; len(names) != 1 {
			t.Errorf("%q: %d names, want Jean Lefèvre", q, len(names))
		}
	}
}

// TestOtherFormOfAVerb: a form of a verb the articles write otherwise
// (« tenue », « tenus ») is the asker's word there, not a spelling
// correction that would make the question look foreign to them.
func TestOtherFormOfAVerb(t *testing.T) {
	m := New(seedBase(t))
	q := m.parse("Dans quelle ville s'est tenue la conférence sur le cyberespace ?")
	for _, tm := range q.terms {
		if tm.fold == "tenue" && (tm.byCorrection() || len(tm.stems) < 2) {
			t.Errorf("« tenue »: %+v, want « tenus » as the asker's word", tm.stems)
		}
	}
}

// TestOwnStemsOnly: a word's synonyms leave out the question's other
// words, so that one word of a sentence does not stand for two of the
// question (« sessions » and « conférence », « responsable » and
// « dirige »), and the words keep their own.
func TestOwnStemsOnly(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ q, a, b string }{
		{"Sur quels sujets portent les sessions de la conférence mondiale ?", "sessions", "conference"},
		{"Quel responsable chinois dirige l'administration de l'information ?", "responsable", "dirige"},
	} {
		q := m.parse(tt.q)
		stems := map[string][]alt{}
		for _, tm := range q.terms {
			stems[tm.fold] = tm.stems
		}
		a, b := stems[tt.a], stems[tt.b]
		if len(a) == 0 || len(b) == 0 {
			t.Fatalf("%q: words %q and %q not found", tt.q, tt.a, tt.b)
		}
		for _, x := range a {
			if x.Stem == b[0].Stem {
				t.Errorf("%q: %q stands for %q too", tt.q, tt.a, tt.b)
			}
		}
		for _, x := range b {
			if x.Stem == a[0].Stem {
				t.Errorf("%q: %q stands for %q too", tt.q, tt.b, tt.a)
			}
		}
	}
}

// TestKindNounCredit: « Quel pays … ? » is answered by a sentence naming
// a country, not one saying « pays »: the noun of a kind any answer of
// it is counts as held by a sentence holding such an answer, while the
// noun saying which person a question asks for (« ministre ») counts as
// any word.
func TestKindNounCredit(t *testing.T) {
	base, err := knowledge.Load(fstest.MapFS{"a.txt": {Data: []byte("Les conférences\n\n" +
		"La Chine a ouvert sa première conférence mondiale à Wuzhen. Huit pays ont tenu une autre conférence à Paris.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	q := m.parse("Quel pays a ouvert sa première conférence mondiale ?")
	if q.kindNoun < 0 || q.terms[q.kindNoun].fold != "pays" {
		t.Fatalf("kind noun %d in %+v, want « pays »", q.kindNoun, q.terms)
	}
	r := m.newRanking(q)
	defer r.release()
	s := base.Sentences[0]
	if with, _, _ := m.coverage(r, s, q.kindNoun); with != 1 {
		t.Errorf("« %s » credited with « pays »: coverage %v, want 1", s.Text, with)
	}
	if without, _, _ := m.coverage(r, s, -1); without >= 1 {
		t.Errorf("« %s » without the credit: coverage %v, want less than 1", s.Text, without)
	}
	if a := m.Answer("Quel pays a ouvert sa première conférence mondiale ?", nil); !a.Answered || a.Sentences[0] != s {
		t.Errorf("cited %v, want « %s »", a.Sentences, s.Text)
	}
	if q := m.parse("Quel ministre a ouvert la conférence ?"); q.kindNoun >= 0 {
		t.Errorf("« ministre » taken for the noun of a kind any answer of it is")
	}
}

// TestDurationNounCredit: « temps » in « Combien de temps … ? » is the
// frame's noun, held by a sentence stating a duration, not a word to find
// (« dans un premier temps » says nothing of how long).
func TestDurationNounCredit(t *testing.T) {
	m, find := paragraphsMatcher(t,
		"Dans un premier temps, la conférence des ministres a réuni huit pays à Paris.",
		"La conférence des ministres a duré trois jours.")
	const ask = "Combien de temps a duré la conférence des ministres ?"
	q := m.parse(ask)
	if q.kind != kindDuration || q.kindNoun < 0 || q.terms[q.kindNoun].fold != "temps" {
		t.Fatalf("kind %v, noun %d in %+v: want a duration, « temps » its noun", q.kind, q.kindNoun, q.terms)
	}
	want := find("La conférence des ministres a duré trois jours.")
	if a := m.Answer(ask, nil); !a.Answered || a.Sentences[0] != want || a.Short != "trois jours" {
		t.Errorf("answered %v, short %q, cited %v: want « %s », « trois jours »", a.Answered, a.Short, a.Sentences, want.Text)
	}
}

// TestCountedNoun reads what « combien » counts: the noun after its « de »,
// right after « combien » or after the verb's inverted subject, never a
// later complement's.
func TestCountedNoun(t *testing.T) {
	m := New(seedBase(t))
	for _, tt := range []struct{ q, want string }{
		{"Combien de pays ont signé ?", "pays"},
		{"Combien trouve-t-on d'espèces de lichens en Écosse ?", "especes"},
		{"Combien y a-t-il d'habitants dans l'agglomération berlinoise ?", "habitants"},
		{"Combien y a t il de places dans la SAP Arena ?", "places"},
		{"Combien la marine indienne a-t-elle de porte-avions en service ?", "porte-avions"},
		{"Quel est le nombre de victimes ?", "victimes"},
		{"Combien mesure le pont de Normandie ?", ""},
		{"Combien coûte la construction de la tour ?", ""},
		{"Hormis la Russie, combien de grandes puissances industrielles composent le G8 ?", "puissances"},
		{"Combien d'autres pays ont signé ?", "pays"},
		{"Combien de jeunes ont voté ?", "jeunes"},
	} {
		if got := countedNoun(m.parse(tt.q).folds); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
