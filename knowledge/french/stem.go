package french

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/french"
)

// Stem returns the Snowball French stem of a folded word, so that
// "déclaration", "déclarations" and "déclarer" meet. Numbers and words with
// digits are returned unchanged ("g8", "2014"), and each part of a compound
// is stemmed on its own ("vice-presidents" → "vice-president").
func Stem(fold string) string {
	if fold == "" || hasDigit(fold) {
		return fold
	}
	if strings.IndexByte(fold, '-') >= 0 {
		parts := strings.Split(fold, "-")
		for i, p := range parts {
			parts[i] = stemWord(p)
		}
		return strings.Join(parts, "-")
	}
	return stemWord(fold)
}

// stemWord stems one word. Snowball expects lower-case text and leaves words
// of one or two letters alone; its output for folded input is folded too.
// Folding turns the past participle endings é, ée, ées into e, ee, ees, which
// Snowball no longer recognises, so "ee" endings are cut back first: créé,
// créée, créées and créer all give "cre", whether typed with accents or not.
func stemWord(w string) string {
	if utf8.RuneCountInString(w) <= 2 {
		return w
	}
	for len(w) > 4 && (strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ees")) {
		w = strings.TrimSuffix(w, "s")[:len(strings.TrimSuffix(w, "s"))-1]
	}
	st := french.Stem(w, true)
	// Snowball keeps the present-tense plural ending -ent (signent, pensent,
	// figurent), so those verbs never met their other forms (signer, signé).
	// Cutting -ent from a stem that keeps four letters joins them, and does
	// it for every word with that stem alike, so nouns stay consistent
	// (président, présidente, présidents → presid); shorter stems (moment,
	// client, parent) are left alone.
	if len(st) >= 7 && strings.HasSuffix(st, "ent") {
		st = st[:len(st)-3]
	}
	return st
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}
