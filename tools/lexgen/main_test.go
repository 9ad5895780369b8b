package main

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge/lexres"
)

func TestGenerateSmall(t *testing.T) {
	aff, err := os.Open("testdata/fr.aff")
	if err != nil {
		t.Fatal(err)
	}
	defer aff.Close()
	dic, err := os.Open("testdata/fr.dic")
	if err != nil {
		t.Fatal(err)
	}
	defer dic.Close()
	var out bytes.Buffer
	n, err := generate(aff, dic, &out)
	if err != nil {
		t.Fatal(err)
	}
	// manger gets "mangea" (only after g) and not "mangé" ([^g]er); parler
	// gets "parlé", folded; Paris is a name, left out; "parlements" is a
	// form of parlement, never of parler.
	want := map[string][]string{
		"chevaux":    {"cheval"},
		"mangea":     {"manger"},
		"mangons":    {"manger"},
		"parle":      {"parler"},
		"parlements": {"parlement"},
		"parlons":    {"parler"},
	}
	table, err := lexres.NewLemmas(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if n != len(want) || table.Len() != len(want) {
		t.Errorf("%d forms written, %d in the table, want %d", n, table.Len(), len(want))
	}
	for form, lemmas := range want {
		if got := table.Lemmas(nil, form); !slices.Equal(got, lemmas) {
			t.Errorf("%s: lemmas %q, want %q", form, got, lemmas)
		}
	}
	for _, absent := range []string{"mange", "paris", "parlement", "parlé"} {
		if table.Known(absent) {
			t.Errorf("%s is in the table", absent)
		}
	}
}

func TestConditions(t *testing.T) {
	for _, c := range []struct {
		cond, word string
		want       bool
	}{
		{"[^sxz]", "chat", true},
		{"[^sxz]", "gaz", false},
		{"[aeoœ]u", "feu", true},
		{"[aeoœ]u", "fou", true},
		{"[aeoœ]u", "flu", false},
		{"al", "cheval", true},
		{".", "a", true},
		{"ger", "er", false},
	} {
		cond, err := parseCondition(c.cond)
		if err != nil {
			t.Fatal(err)
		}
		if got := (affixRule{cond: cond}).applies(c.word); got != c.want {
			t.Errorf("%s on %q = %v", c.cond, c.word, got)
		}
	}
	if _, err := parseCondition("[abc"); err == nil {
		t.Error("unclosed [ accepted")
	}
	if _, err := readSuffixes(strings.NewReader("FLAG UTF-8\n")); err == nil {
		t.Error("short flags accepted")
	}
}

// TestEmbeddedTableIsReproducible regenerates the embedded lemma table from
// Debian's hunspell-fr-comprehensive (installed by .ci/run) and requires
// the same bytes.
func TestEmbeddedTableIsReproducible(t *testing.T) {
	const affPath, dicPath = "/usr/share/hunspell/fr.aff", "/usr/share/hunspell/fr.dic"
	aff, err := os.Open(affPath)
	if err != nil {
		t.Skip("hunspell-fr-comprehensive not installed:", err)
	}
	defer aff.Close()
	dic, err := os.Open(dicPath)
	if err != nil {
		t.Fatal(err)
	}
	defer dic.Close()
	var out bytes.Buffer
	if _, err := generate(aff, dic, &out); err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile("../../knowledge/lexres/data/lemmas.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), embedded) {
		t.Errorf("knowledge/lexres/data/lemmas.bin differs from what %s gives (%d bytes, embedded %d): run go run ./tools/lexgen", dicPath, out.Len(), len(embedded))
	}
}

func TestDerivations(t *testing.T) {
	const dic = `12
signer/a0 po:v1_it_q__a
signataire/S. po:nom po:adj
signature/S. po:nom
organiser/a0 po:v1
organisation/S. po:nom
ouvrir/i0 po:v3_itnq__a
ouverture/S. po:nom
démocratie/S. po:nom
démocratique/S. po:adj
Rouen/-- po:npr
rouennerie/S. po:nom
opinion/S. po:nom
`
	var out bytes.Buffer
	n, err := derivations(strings.NewReader(dic), &out)
	if err != nil {
		t.Fatal(err)
	}
	// organisation shares organiser's stem (organis): the stemmer
	// matches them already. No rule makes adjectives (démocratique); opinion
	// is no verb's; a name (Rouen) is no verb.
	want := "ouvrir, ouverture\nsigner, signataire, signature\n"
	_, lines, _ := strings.Cut(out.String(), "\n") // the comment line
	if n != 2 || lines != want {
		t.Errorf("%d groups:\n%s\nwant 2:\n%s", n, lines, want)
	}
}

// TestEmbeddedDerivationsAreReproducible regenerates the derivations the
// lexicon compiles in from Debian's hunspell-fr-comprehensive (installed
// by .ci/run) and requires the same bytes.
func TestEmbeddedDerivationsAreReproducible(t *testing.T) {
	const dicPath = "/usr/share/hunspell/fr.dic"
	dic, err := os.Open(dicPath)
	if err != nil {
		t.Skip("hunspell-fr-comprehensive not installed:", err)
	}
	defer dic.Close()
	var out bytes.Buffer
	if _, err := derivations(dic, &out); err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile("../../knowledge/french/data/derivations.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), embedded) {
		t.Errorf("knowledge/french/data/derivations.txt differs from what %s gives: run go run ./tools/lexgen -derivations knowledge/french/data/derivations.txt", dicPath)
	}
}

// FuzzGenerate reads an affix file and a dictionary of any shape: never a
// panic; a lemma table that the lexres reader takes, and derivations
// whose every group is a verb of the dictionary and nouns.
func FuzzGenerate(f *testing.F) {
	aff, err := os.ReadFile("testdata/fr.aff")
	if err != nil {
		f.Fatal(err)
	}
	dic, err := os.ReadFile("testdata/fr.dic")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(aff), string(dic))
	f.Add("SFX a0 Y 1\nSFX a0 er ons [", "2\nsigner/a0 po:v1\nsignataire/S. po:nom\n")
	f.Add("SFX a0 Y 9\n", "x\nouvrir po:v3\nouverture po:nom\nÉ po:nom\n")
	f.Fuzz(func(t *testing.T, aff, dic string) {
		var out bytes.Buffer
		if _, err := generate(strings.NewReader(aff), strings.NewReader(dic), &out); err == nil {
			if _, err := lexres.NewLemmas(out.String()); err != nil {
				t.Fatalf("the table written is refused: %v", err)
			}
		}
		out.Reset()
		if _, err := derivations(strings.NewReader(dic), &out); err != nil {
			return
		}
		_, groups, _ := strings.Cut(out.String(), "\n")
		for _, line := range strings.Split(strings.TrimSuffix(groups, "\n"), "\n") {
			if line == "" {
				continue
			}
			words := strings.Split(line, ", ")
			if len(words) < 2 || !strings.Contains(dic, words[0]) {
				t.Fatalf("group %q", line)
			}
		}
	})
}
