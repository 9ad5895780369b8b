package knowledge

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge/corpus"
)

// TestReport pins the inspect report of the four bundled articles. After an
// intended change: go test ./knowledge -run TestReport -update, then read
// the diff of testdata/extract/seeds.golden.
func TestReport(t *testing.T) {
	b, err := Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, b); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "extract", "seeds.golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./knowledge -run TestReport -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("the report differs from %s; got:\n%s", golden, buf.String())
	}
}

// TestSeedsKnowledge states, apart from the golden file, what the issue
// asks the extractors to know about the seeds.
func TestSeedsKnowledge(t *testing.T) {
	b, err := Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	speakers := map[string]string{}
	terms := map[string]bool{}
	var numbers, dates []string
	people := map[string]*Entity{}
	known := map[string]EntityKind{}
	for _, a := range b.Articles {
		for _, q := range a.Quotes {
			speakers[q.Text] = q.Speaker
			terms[q.Text] = q.Term
		}
		for _, n := range a.Numbers {
			numbers = append(numbers, n.Text+" "+n.Unit)
		}
		for _, d := range a.Dates {
			dates = append(dates, d.Text)
		}
		for i, e := range a.Entities {
			known[e.Name] = e.Kind
			if e.Kind == Person {
				people[e.Name] = &a.Entities[i]
			}
		}
	}
	quoteBy := func(prefix string) (string, bool) {
		for text, sp := range speakers {
			if strings.HasPrefix(text, prefix) {
				return sp, true
			}
		}
		return "", false
	}
	for prefix, want := range map[string]string{
		"une force du bien":                   "David Cameron",
		"un problème transfrontalier":         "David Cameron",
		"peut fixer un agenda":                "David Cameron",
		"priorité absolue":                    "Joe Biden",
		"Ce n'est pas un sommet":              "William Hague",
		"Nous devons nous battre":             "William Hague",
		"la nécessité pour les gouvernements": "William Hague",
		"cyberespace paisible":                "Lu Wei",
		"La liberté d’Internet":               "William Nee",
		"Il affirme que le modèle chinois":    "William Nee",
		"Il nous faut travailler":             "James Robinson",
		"Il n’y a pas de frontières":          "James Robinson",
		"un certain niveau de coopération":    "David Aucsmith",
		"Nous connaissons":                    "David Aucsmith",
		"Les États du G8 sont convaincus":     "le communiqué final",
		"D’autres appellent":                  "le communiqué final",
		"Certaines solutions":                 "les Huit",
		"n’engage pas les représentants":      "les organisateurs",
		"un cyberespace ouvert":               "Les signataires",
		"points de contact":                   "Washington",
		"appel de Paris pour la confiance":    "",
		"Govtech":                             "",
	} {
		got, ok := quoteBy(prefix)
		if !ok {
			t.Errorf("no quotation %q…", prefix)
		} else if got != want {
			t.Errorf("quotation %q… is by %q, want %q", prefix, got, want)
		}
	}
	if !terms["Govtech"] {
		t.Error("“Govtech” is not recognised as a name")
	}
	for name, role := range map[string]string{
		"David Cameron":   "Premier ministre britannique",
		"Joe Biden":       "vice-président américain",
		"William Hague":   "ministre britannique des Affaires étrangères",
		"Lu Wei":          "directeur du Bureau de l’Information de l’Internet en Chine",
		"William Nee":     "chercheur pour Amnesty International",
		"James Robinson":  "procureur général adjoint et chef de la délégation américaine",
		"David Aucsmith":  "intervenant pour les industriels américains",
		"Emmanuel Macron": "président français",
		"Arthur Connan":   "éditeur",
	} {
		p := people[name]
		if p == nil {
			t.Errorf("no person %q", name)
			continue
		}
		if !containsString(p.Roles, role) {
			t.Errorf("%s has roles %q, want %q", name, p.Roles, role)
		}
	}
	for _, name := range []string{"Michel Rose", "Jean-Baptiste Vey"} {
		if people[name] == nil {
			t.Errorf("no person %q", name)
		}
	}
	for _, name := range []string{"ONU", "Reuters", "Microsoft", "Alphabet", "Google", "Facebook", "Apple", "Amazon", "Twitter", "Amnesty International", "Intel", "G8", "Nations unies", "Internet governance forum", "Bureau de l’Information de l’Internet"} {
		if known[name] != Organisation {
			t.Errorf("%q is %q, want an organisation", name, known[name])
		}
	}
	for _, name := range []string{"Londres", "Paris", "Hongrie", "République de Corée", "France", "Chine", "Russie", "États-Unis", "Pékin", "Japon", "Canada", "Grande-Bretagne", "Italie", "Allemagne", "Scandinavie", "Okinawa", "Washington"} {
		if known[name] != Place {
			t.Errorf("%q is %q, want a place", name, known[name])
		}
	}
	all := strings.Join(numbers, "\n")
	for _, n := range []string{"plus de 60 pays et régions", "sept principes de base", "plus de 600 millions internautes", "un quart utilisateurs", "Trois événements", "trois jours de travaux", "130 grandes sociétés", "Des dizaines Etats", "des milliers sites étrangers", "huit pays", "vingt-quatre heures sur vingt-quatre heures", "sept jours sur sept jours"} {
		if !strings.Contains(all, n) {
			t.Errorf("number %q not found in:\n%s", n, all)
		}
	}
	for _, n := range []string{"2012", "2013"} {
		if strings.Contains(all, n) {
			t.Errorf("the year %s is counted as a number", n)
		}
	}
	alld := "|" + strings.Join(dates, "|") + "|"
	for _, d := range []string{"mardi", "2012", "2013", "12 novembre", "ce lundi", "aujourd’hui", "vendredi", "hier", "juillet"} {
		if !strings.Contains(alld, "|"+d+"|") {
			t.Errorf("date %q not found in %s", d, alld)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// failingWriter fails every write, as a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

func TestWriteReportError(t *testing.T) {
	b, err := Load(corpus.FS())
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteReport(failingWriter{}, b); err == nil {
		t.Error("WriteReport hid a write error")
	}
}
