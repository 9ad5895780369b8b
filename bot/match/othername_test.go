package match

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/knowledge"
)

// TestNamesOther checks the doubt on a sentence that qualifies the noun
// the question qualifies by a name by another name, on two articles: one
// about a conference in London, one naming a pseudonym.
func TestNamesOther(t *testing.T) {
	london := "Il estime que les résultats de la Conférence de Londres pourraient fournir une base pour les conférences suivantes."
	pseudonym := "Il est aussi l'auteur de poèmes sous le pseudonyme de Kâtib-i Rumî."
	base, err := knowledge.Load(fstest.MapFS{
		"a.txt": {Data: []byte("La conférence de Londres\n\n" + london + "\n\nLa Hongrie accueillera la prochaine à Budapest.\n")},
		"b.txt": {Data: []byte("Seydi Ali Reis\n\nSeydi Ali Reis est un amiral ottoman.\n\n" + pseudonym + "\n")},
		"c.txt": {Data: []byte("Séoul\n\nSéoul est la capitale de la Corée du Sud.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	find := func(text string) *knowledge.Sentence {
		for _, s := range base.Sentences {
			if s.Text == text {
				return s
			}
		}
		t.Fatalf("no sentence %q", text)
		return nil
	}
	for _, tt := range []struct {
		q, sentence string
		want        bool
	}{
		{"Quels ont été les résultats de la conférence de Séoul ?", london, true},
		{"Quels ont été les résultats de la conférence de Londres ?", london, false},
		// The article names Budapest: it may speak of both.
		{"Quels ont été les résultats de la conférence de Budapest ?", london, false},
		// A name a letter off is the same one.
		{"Quels ont été les résultats de la conférence de Londre ?", london, false},
		// « de Seydi » names whose pseudonym, « de Kâtib-i » which one.
		{"Quel est le pseudonyme de Seydi Ali Reis ?", pseudonym, false},
		// A place typed in lower case is a name all the same.
		{"quels ont ete les resultats de la conference de seoul", london, true},
		// No name after « de » in the question.
		{"Quels ont été les résultats de la conférence ?", london, false},
	} {
		if got := m.namesOther(m.parse(tt.q), find(tt.sentence)); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestNamesOtherAbstains asks the seeds about a conference no article
// names, whose results one of them gives for another.
func TestNamesOtherAbstains(t *testing.T) {
	m := New(seedBase(t))
	for _, q := range []string{"Quels ont été les résultats de la conférence de Budapest en 2012 ?", "quels ont ete les resultats de la conference de budapest en 2012"} {
		if a := m.Answer(q, nil); a.Answered {
			t.Errorf("%q: answered %q from %q, want an abstention", q, a.Short, a.Sentences[0].Text)
		}
	}
	if a := m.Answer("Quels pourraient être les résultats de la conférence de Londres ?", nil); !a.Answered {
		t.Error("the London conference's results: abstained")
	}
}

// TestCapitalAfterDe checks the scan that spares namesOther the sentences
// where no name follows « de ».
func TestCapitalAfterDe(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"la Conférence de Londres s'ouvre", true},
		{"le pays d'Ève", true},
		{"le pays d’Ève", true},
		{"les représentants des Nations unies", true},
		{"le sommet du G8", true},
		{"de Gaulle", true},
		{"la conférence de presse", false},
		{"il décide Paris", false}, // « de » inside a word
		{"le coût de", false},
		{"d", false},
		{"", false},
	} {
		if got := capitalAfterDe(tt.text); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}

// FuzzCapitalAfterDe checks the scan against a plain reading of the text
// word by word.
func FuzzCapitalAfterDe(f *testing.F) {
	for _, s := range []string{"la Conférence de Londres", "le pays d’Ève", "d", "de \xff", "x de É"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := false
		for i := 0; i < len(text); i++ {
			if i > 0 && text[i-1] != ' ' {
				continue
			}
			for _, p := range []string{"de ", "du ", "des ", "d'", "d’"} {
				if rest, ok := strings.CutPrefix(text[i:], p); ok && startsUpper(rest) {
					want = true
				}
			}
		}
		if got := capitalAfterDe(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	})
}
