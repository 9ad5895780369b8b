package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// « C'est qui qui a organisé le sommet ? », « Qui c'est qui dirigeait la
// délégation ? », « Pourquoi est-ce que la Chine bloque Facebook ? »:
// spoken French sets its question word in a cleft, « c'est … qui » or
// « est-ce que ». The frame, read from the first word, took « c'est qui »
// for « qui est » and asked a role, or read « que » as the question's
// object. Such a question is read without the cleft: « qui a organisé le
// sommet ? », « pourquoi la Chine bloque Facebook ? ». « Qu'est-ce que »
// and « Qu'est-ce qui » are frames of their own and stay, as does « C'est
// qui Lu Wei ? », which no « qui » or « que » follows.

// dropCleft returns text without the cleft around its question word (see
// above), and whether it had one. toks are text's.
func dropCleft(text string, toks []french.Token) (string, bool) {
	f := 0
	for f < len(toks) && openingWords.followUps.Has(toks[f].Fold) {
		f++ // « Et c'est qui qui … »
	}
	fold := func(k int) string {
		if k < len(toks) {
			return toks[k].Fold
		}
		return ""
	}
	relative := func(k int) bool { return k+1 < len(toks) && (fold(k) == "qui" || fold(k) == "que" || fold(k) == "qu") }
	wh, rest := -1, -1
	switch {
	case fold(f) == "c" && fold(f+1) == "est" && openingWords.afterCest.Has(fold(f+2)) && relative(f+3):
		wh, rest = f+2, f+4 // « c'est qui qui »
	case openingWords.afterCest.Has(fold(f)) && fold(f+1) == "c" && fold(f+2) == "est" && relative(f+3):
		wh, rest = f, f+4 // « qui c'est qui »
	case openingWords.afterCest.Has(fold(f)) && fold(f) != "quoi" && fold(f+1) == "est" && fold(f+2) == "ce" && relative(f+3):
		wh, rest = f, f+4 // « pourquoi est-ce que »
	default:
		return text, false
	}
	return text[:toks[f].Start] + text[toks[wh].Start:toks[wh].End] + " " + strings.TrimLeft(text[toks[rest].Start:], " "), true
}
