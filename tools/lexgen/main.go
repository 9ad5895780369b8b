// Command lexgen turns Debian's French Hunspell dictionary
// (hunspell-fr-comprehensive, MPL-2.0) into knowledge/lexres's lemma table:
// every inflected form the dictionary's suffix rules make, folded, with the
// lemmas (dictionary entries) it is a form of. The output is the sorted,
// front-coded table (lexres.AppendLemmaTable) that the binary embeds and
// searches in place, so loading it costs nothing at start-up:
//
//	apt-get install hunspell-fr-comprehensive
//	go run ./tools/lexgen -aff /usr/share/hunspell/fr.aff -dic /usr/share/hunspell/fr.dic \
//	    -out knowledge/lexres/data/lemmas.bin
//
// With -derivations it writes instead the nouns of action and of agent
// that the dictionary's verbs derive by a regular suffix
// (knowledge/french/data/derivations.txt, derivations.go):
//
//	go run ./tools/lexgen -derivations knowledge/french/data/derivations.txt
//
// The same dictionary gives the same file, byte for byte.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/lexres"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("lexgen", flag.ContinueOnError)
	affPath := fl.String("aff", "/usr/share/hunspell/fr.aff", "Hunspell affix file")
	dicPath := fl.String("dic", "/usr/share/hunspell/fr.dic", "Hunspell dictionary")
	out := fl.String("out", "knowledge/lexres/data/lemmas.bin", "lemma table to write")
	derived := fl.String("derivations", "", "write the derivations (knowledge/french/data/derivations.txt) instead of the lemma table")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *derived != "" {
		return writeDerivations(*dicPath, *derived)
	}
	aff, err := os.Open(*affPath)
	if err != nil {
		return err
	}
	defer aff.Close()
	dic, err := os.Open(*dicPath)
	if err != nil {
		return err
	}
	defer dic.Close()
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	n, err := generate(aff, dic, w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d forms with a lemma other than themselves\n", *out, n)
	return nil
}

// generate reads a Hunspell affix file and dictionary and writes the lemma
// table; it returns the number of forms written.
func generate(aff, dic io.Reader, w io.Writer) (int, error) {
	rules, err := readSuffixes(aff)
	if err != nil {
		return 0, fmt.Errorf("affix file: %w", err)
	}
	lemmas := map[string][]string{}
	add := func(form, lemma string) {
		if !slices.Contains(lemmas[form], lemma) {
			lemmas[form] = append(lemmas[form], lemma)
		}
	}
	err = readDic(dic, func(e dicEntry) {
		if !usable(e) {
			return
		}
		lemma := french.Fold(e.word)
		add(lemma, lemma)
		for _, f := range expand(e, rules) {
			add(french.Fold(f), lemma)
		}
	})
	if err != nil {
		return 0, fmt.Errorf("dictionary: %w", err)
	}
	forms := make([]string, 0, len(lemmas))
	for f, ls := range lemmas {
		if len(ls) == 1 && ls[0] == f {
			continue // its own lemma and nothing else: absent from the table
		}
		forms = append(forms, f)
	}
	slices.Sort(forms)
	table := make([]lexres.Form, len(forms))
	for i, f := range forms {
		slices.Sort(lemmas[f])
		table[i] = lexres.Form{Form: f, Lemmas: lemmas[f]}
	}
	data, err := lexres.AppendLemmaTable(nil, table)
	if err != nil {
		return 0, err
	}
	_, err = w.Write(data)
	return len(forms), err
}

// usable reports whether an entry belongs in the lemma table: a common word
// of one piece, not a proper noun (names are not inflected and are matched
// as written), an abbreviation or a number.
func usable(e dicEntry) bool {
	for _, po := range e.field("po") {
		if po == "npr" || po == "prn" || po == "patr" || po == "abr" || po == "sig" {
			return false
		}
	}
	w := e.word
	if w == "" || strings.ContainsAny(w, " .0123456789") {
		return false
	}
	r := []rune(w)[0]
	return !(r >= 'A' && r <= 'Z') && !strings.ContainsRune("ÀÂÉÈÊÎÔÛÇ", r)
}
