package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// A reader links « les signataires » to « a signé », « la construction »
// to « construire », « l'ouverture » to « a ouvert » without thinking;
// the stemmer does not (signatair, sign). The dictionary tags each entry
// with its part of speech (po:v1_… a verb, po:nom a noun), and French
// forms its nouns of action and of agent from a verb by a handful of
// regular suffixes: a noun the dictionary holds that a verb it holds
// makes by one of them is that verb's derivation. Irregular pairs
// (« mourir », « mort ») are the hand-written synonym list's.

// derivationRule makes a noun of a verb: a verb ending in strip loses it
// and gains add.
type derivationRule struct{ strip, add string }

// derivationRules are the suffixes by which French regularly makes its
// nouns of action and of agent. Left out, measured on PIAF (stop 49,
// docs/measurements.md): -age, -ure, -ée, -ance, -ence, -euse, the bare
// stem and « -e » (« acter, acte », « créer, créance », « baster,
// bastion »), which pair more words by chance than by meaning and moved
// no held-out figure.
func derivationRules() []derivationRule {
	return []derivationRule{
		// Verbs in -er.
		{"er", "ation"},     // créer, création
		{"er", "ement"},     // abaisser, abaissement
		{"er", "eur"},       // gouverner, gouverneur
		{"er", "ateur"},     // créer, créateur
		{"er", "atrice"},    // créer, créatrice
		{"er", "ature"},     // signer, signature
		{"er", "ataire"},    // signer, signataire
		{"mmer", "m"},       // surnommer, surnom
		{"nner", "n"},       // abandonner, abandon
		{"ier", "ication"},  // publier, publication
		{"oser", "osition"}, // composer, composition
		{"ter", "tion"},     // citer, citation
		// Verbs in -ir, -ire, -re, -oir.
		{"ir", "issement"},    // établir, établissement
		{"ir", "ition"},       // définir, définition
		{"uire", "uction"},    // construire, construction
		{"uire", "ucteur"},    // construire, constructeur
		{"crire", "cription"}, // inscrire, inscription
		{"enir", "ention"},    // détenir, détention
		{"vrir", "verture"},   // ouvrir, ouverture
		{"mettre", "mission"}, // émettre, émission
		{"mettre", "metteur"}, // émettre, émetteur
		{"prendre", "prise"},  // entreprendre, entreprise
		{"aître", "aissance"}, // naître, naissance
		{"oudre", "olution"},  // résoudre, résolution
		{"ompre", "uption"},   // interrompre, interruption
		{"voir", "vision"},    // prévoir, prévision
	}
}

// derivations reads a Hunspell dictionary and writes one group a line, a
// verb and the nouns derived from it, in the synonym list's format
// (knowledge/french reads them as more groups of related words); it
// returns the number of groups written. A pair whose stems are the same
// (« organiser », « organisation ») is left out: the stemmer already
// matches them.
func derivations(dic io.Reader, w io.Writer) (int, error) {
	verbs, nouns := map[string]bool{}, map[string]bool{}
	err := readDic(dic, func(e dicEntry) {
		if !usable(e) {
			return
		}
		for _, po := range e.field("po") {
			switch {
			case strings.HasPrefix(po, "v"): // v1_it_q__a: a verb of the first group
				verbs[e.word] = true
			case po == "nom":
				nouns[e.word] = true
			}
		}
	})
	if err != nil {
		return 0, fmt.Errorf("dictionary: %w", err)
	}
	groups := map[string][]string{}
	for _, r := range derivationRules() {
		for verb := range verbs {
			stem, ok := strings.CutSuffix(verb, r.strip)
			// A short suffix on a short stem pairs words by chance.
			if !ok || stem == "" || len([]rune(stem)) < 3 && len([]rune(r.strip)) < 4 {
				continue
			}
			noun := stem + r.add
			if !nouns[noun] || french.Stem(french.Fold(noun)) == french.Stem(french.Fold(verb)) {
				continue
			}
			if !slices.Contains(groups[verb], noun) {
				groups[verb] = append(groups[verb], noun)
			}
		}
	}
	if _, err := fmt.Fprintln(w, "# Derivations from Debian's hunspell-fr-comprehensive (MPL-2.0), by go run ./tools/lexgen -derivations knowledge/french/data/derivations.txt"); err != nil {
		return 0, err
	}
	for _, verb := range slices.Sorted(maps.Keys(groups)) {
		d := groups[verb]
		slices.Sort(d)
		if _, err := fmt.Fprintf(w, "%s, %s\n", verb, strings.Join(d, ", ")); err != nil {
			return 0, err
		}
	}
	return len(groups), nil
}

// writeDerivations writes the dictionary's derivations to a file.
func writeDerivations(dicPath, out string) error {
	dic, err := os.Open(dicPath)
	if err != nil {
		return err
	}
	defer dic.Close()
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := derivations(dic, w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d groups\n", out, n)
	return nil
}
