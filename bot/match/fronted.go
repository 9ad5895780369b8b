package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// What may come before a question's frame, which its readers read after
// the comma: an attribution (« Selon Joe Biden, combien de pays … ? »,
// attributionEnd), or a phrase set before the question word (« Hormis la
// Russie, combien de pays composent le G8 ? », « En 2005, dans quel pays
// … ? », « Lors de son expédition, que mangeait Cézanne ? », frontedEnd),
// which hid the frame: the kind went unread (no number, date or person
// asked for). On PIAF 66 questions are written so.

// frontedEnd is the index of the token after the comma that closes a
// phrase set before the question word (see above), or 0: at most
// attributionReach words, no other punctuation, then a question word,
// « que » or « est-ce que ». A follow-up's « Et » may come first.
func frontedEnd(text string, toks []french.Token) int {
	f := 0
	for f < len(toks) && openingWords.followUps.Has(toks[f].Fold) {
		f++
	}
	if f >= len(toks) || opensQuestion(toks[f:]) {
		return 0
	}
	for k := f + 1; k < len(toks) && k-f <= attributionReach; k++ {
		gap := text[toks[k-1].End:toks[k].Start]
		if strings.ContainsAny(gap, ".?!;:«»\"“”()") {
			return 0
		}
		if strings.Contains(gap, ",") {
			if opensQuestion(toks[k:]) || opensQue(toks[k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// opensQue reports « que » or « qu' » opening a question of two words or
// more: « Lors de son expédition, que mangeait Cézanne ? ».
func opensQue(toks []french.Token) bool {
	return len(toks) > 2 && (toks[0].Fold == "que" || toks[0].Fold == "qu")
}

// attributionEnd is the index of the token after the comma that closes a
// question's opening attribution (« Selon Joe Biden, … », « D'après
// l'article, … », « Aux yeux de Pékin, … », "According to Amnesty, …"),
// or 0 when it has none.
func attributionEnd(text string, toks []french.Token) int {
	i := 0
	if len(toks) > 0 && toks[0].Fold == "et" {
		i = 1 // « Et selon lui, … »
	}
	switch {
	case len(toks) > i+2 && toks[i].Fold == "selon":
	case len(toks) > i+3 && (toks[i].Fold == "d" && toks[i+1].Fold == "apres" || toks[i].Fold == "aux" && toks[i+1].Fold == "yeux" ||
		toks[i].Fold == "according" && toks[i+1].Fold == "to"):
	default:
		return 0
	}
	for k := i + 2; k < len(toks) && k <= i+attributionReach; k++ {
		if strings.Contains(text[toks[k-1].End:toks[k].Start], ",") {
			return k
		}
	}
	return 0
}

// frameStart is the index of the question's first word after those that
// open a follow-up or an attribution (« et », « selon lui »): where its
// frame (« qui est », « qu'est-ce qui ») starts.
func frameStart(folds []string) int {
	i := 0
	for i < len(folds) && matchWords.objectSkip.Has(folds[i]) {
		i++
	}
	return i
}
