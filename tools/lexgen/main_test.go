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
