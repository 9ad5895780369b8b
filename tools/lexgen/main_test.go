package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
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
	want := "chevaux\t2l\nmangea\t1r\nmangons\t3er\nparle\t0r\nparlements\t1\nparlons\t3er\n"
	if out.String() != want || n != 6 {
		t.Errorf("got %d forms:\n%s\nwant:\n%s", n, out.String(), want)
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
	embedded, err := os.ReadFile("../../knowledge/lexres/data/lemmas.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), embedded) {
		t.Errorf("knowledge/lexres/data/lemmas.txt differs from what %s gives (%d bytes, embedded %d): run go run ./tools/lexgen", dicPath, out.Len(), len(embedded))
	}
}
