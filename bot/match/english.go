package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// An English question is read as its French would be: its frame (« how
// many » → « combien de ») in the words the classifier reads, its other
// words translated by the glossary (parse).

// looksEnglish reports a question written in English.
func (l language) looksEnglish(toks []french.Token) bool {
	return l.lex != nil && l.lex.LooksEnglish(toks)
}

// fixEnglishTypos writes in toks and folds, an English question's tokens
// and their folds, the glossary's word for each typo of one (« Who wrote
// the Reuters dipatch? »: « dispatch », which it translates).
func (l language) fixEnglishTypos(toks []french.Token, folds []string) {
	for i, t := range toks {
		if t.Kind != french.Word {
			continue
		}
		if c, ok := l.correctEnglish(t.Fold); ok {
			toks[i].Fold, folds[i] = c, c
		}
	}
}

// englishStop reports English function words that carry no content once a
// question is translated.
func (l language) englishStop(fold string) bool {
	return l.lex != nil && l.lex.EnglishFunction(fold)
}

// englishFrame maps the words that frame an English question to the
// French ones the classifier reads.
var englishFrame = []englishFraming{
	// « combien de X », as a French question counts: X is what the
	// answer's number must count.
	{[]string{"how", "many"}, []string{"combien", "de"}},
	{[]string{"how", "much"}, []string{"combien"}},
	{[]string{"how", "often"}, []string{"a", "quelle", "frequence"}},
	{[]string{"how", "long"}, []string{"combien", "de", "temps"}},
	{[]string{"in", "which", "year"}, []string{"en", "quelle", "annee"}},
	{[]string{"in", "what", "year"}, []string{"en", "quelle", "annee"}},
	// A summary request (summary.go): « Résume l'article sur X »,
	// « De quoi parlent les articles ? ».
	{[]string{"summarize"}, []string{"resume"}},
	{[]string{"summarise"}, []string{"resume"}},
	{[]string{"what", "are", "the", "articles", "about"}, []string{"de", "quoi", "parlent", "les", "articles"}},
	{[]string{"what", "is", "the", "article", "about"}, []string{"de", "quoi", "parle", "l", "article"}},
	{[]string{"what", "is", "this", "article", "about"}, []string{"de", "quoi", "parle", "cet", "article"}},
	// « Qui a dit … ? » asks for the speaker of a quotation.
	{[]string{"who", "said"}, []string{"qui", "a", "dit"}},
	{[]string{"who"}, []string{"qui"}},
	{[]string{"whom"}, []string{"qui"}},
	{[]string{"where"}, []string{"ou"}},
	{[]string{"when"}, []string{"quand"}},
	{[]string{"why"}, []string{"pourquoi"}},
	{[]string{"how"}, []string{"comment"}},
	{[]string{"which"}, []string{"quel"}},
	{[]string{"what"}, []string{"quel"}},
	// An auxiliary first asks for yes or no: "Did China sign …?".
	{[]string{"is"}, yesNoOpening},
	{[]string{"are"}, yesNoOpening},
	{[]string{"was"}, yesNoOpening},
	{[]string{"were"}, yesNoOpening},
	{[]string{"do"}, yesNoOpening},
	{[]string{"does"}, yesNoOpening},
	{[]string{"did"}, yesNoOpening},
	{[]string{"has"}, yesNoOpening},
	{[]string{"have"}, yesNoOpening},
	{[]string{"had"}, yesNoOpening},
	{[]string{"can"}, yesNoOpening},
	{[]string{"could"}, yesNoOpening},
	{[]string{"will"}, yesNoOpening},
	{[]string{"would"}, yesNoOpening},
	{[]string{"should"}, yesNoOpening},
}

// englishFraming is an English frame and the French words the classifier
// reads for it.
type englishFraming struct {
	en []string
	fr []string
}

// yesNoOpening is « est-ce que », read as the classifier reads it.
var yesNoOpening = []string{"est", "ce", "que"}

// englishPrepositions are the prepositions an English question may open
// with before its frame ("In how many countries …?"), in French: the
// classifier reads « dans combien de pays » as it reads a French question.
var englishPrepositions = map[string]string{
	"in": "dans", "since": "depuis", "for": "pour", "to": "a", "from": "de",
	"with": "avec", "at": "a", "on": "sur", "by": "par", "during": "pendant",
}

// translateFrame rewrites the leading English question words in French,
// after a preposition ("In how many …") too. It also returns how many of
// the words the French frame reads with no word of content (« how many »
// → « combien de »): their glossary translation (« nombre ») is not a
// word the question asks about, no more than in « Combien de pays … ? »;
// 0 when the frame holds one (« how long » → « combien de temps », whose
// « temps » a French question weighs too).
func (l language) translateFrame(folds []string) ([]string, int) {
	rest, prep := folds, ""
	out, framed, ok := frameAt(rest)
	if fr, isPrep := englishPrepositions[firstOf(folds)]; !ok && isPrep {
		rest, prep = folds[1:], fr
		out, framed, ok = frameAt(rest)
	}
	if !ok {
		return folds, 0
	}
	if out[0] == "quel" && l.pluralAfter(rest[1:], rest[0] == "what") {
		out[0] = "quels" // "which companies": « quelles entreprises », a list
	}
	if prep != "" {
		out = append([]string{prep}, out...)
		if framed > 0 {
			framed++
		}
	}
	return out, framed
}

// firstOf is folds' first word, or "".
func firstOf(folds []string) string {
	if len(folds) == 0 {
		return ""
	}
	return folds[0]
}

// frameAt is translateFrame for a frame that opens folds; ok is false
// when none does.
func frameAt(folds []string) (out []string, framed int, ok bool) {
	for _, f := range englishFrame {
		if len(folds) < len(f.en) || !slices.Equal(folds[:len(f.en)], f.en) {
			continue
		}
		out := append([]string{}, f.fr...)
		for _, w := range folds[len(f.en):] {
			// English articles would hide the noun that says
			// what is asked ("what is the population").
			switch w {
			case "the":
				w = "le"
			case "a", "an":
				w = "un"
			case "of":
				w = "de"
			}
			out = append(out, w)
		}
		// "who is X" keeps « est » so that the role question is seen,
		// "who are" « sont »: people, several of them.
		start := len(f.fr)
		if be, ok := englishBe[firstOf(out[1:])]; ok {
			out[1] = be
			start = 2
		}
		framed := len(f.en)
		if slices.ContainsFunc(f.fr, french.IsContent) {
			framed = 0
		}
		return possessive(out, start), framed, true
	}
	return nil, 0, false
}

// englishBe is the French of the forms of "to be" that follow a question
// word.
var englishBe = map[string]string{"is": "est", "was": "etait", "are": "sont", "were": "etaient"}

// pluralAfter reports a plural noun among the words after "which" or
// "what", before any function word ("which global companies", not
// "what is", "which process"): English marks the number on the noun only.
// After "what" (afterWhat), a verb may take the place ("what causes the
// delay?"): the noun must be followed by an auxiliary ("what principles
// did …").
func (l language) pluralAfter(words []string, afterWhat bool) bool {
	for i, w := range words {
		if i > englishAdjectives || l.englishStop(w) {
			return false
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
			return !afterWhat || i+1 < len(words) && englishAuxiliary(words[i+1])
		}
	}
	return false
}

// englishAuxiliary reports an English auxiliary: a word whose frame, first in a
// question, asks for yes or no.
func englishAuxiliary(w string) bool {
	return slices.ContainsFunc(englishFrame, func(f englishFraming) bool {
		return len(f.en) == 1 && f.en[0] == w && slices.Equal(f.fr, yesNoOpening)
	})
}

// possessive rewrites « X 's N » right after the frame (from start; X of
// at most possessorWords words) as « le N de X », the order in which the
// classifier finds the noun that says what is asked: "what is Lu Wei's
// position" reads « quel est le position de lu wei ». A possessive
// further on is not what is asked ("which companies were present at
// China's conference").
func possessive(folds []string, start int) []string {
	for p := start + 1; p+1 < len(folds) && p <= start+possessorWords; p++ {
		if folds[p] != "'s" {
			continue
		}
		out := append([]string{}, folds[:start]...)
		out = append(out, "le", folds[p+1], "de")
		out = append(out, folds[start:p]...)
		return append(out, folds[p+2:]...)
	}
	return folds
}

// frameWords replaces in an English question's words each word whose
// French translation the classifier reads (frameWord) by that
// translation.
func (l language) frameWords(folds []string, kinds kindIndex, stem func(string) string) {
	for i, f := range folds {
		folds[i] = l.frameWord(f, kinds, stem)
	}
	englishNaming(folds)
	// English puts adjectives before the noun that says what is asked,
	// French after it, where the classifier reads it: "which hungarian
	// city" is read « quel ville hongrois ».
	isNoun := func(f string) bool { _, ok := kinds.noun(f, stem); return ok }
	for i, f := range folds {
		if f != "quel" && f != "quels" {
			continue
		}
		for j := i + 2; i+1 < len(folds) && !isNoun(folds[i+1]) && j < len(folds) && j <= i+1+englishAdjectives; j++ {
			if isNoun(folds[j]) {
				noun := folds[j]
				copy(folds[i+2:j+1], folds[i+1:j])
				folds[i+1] = noun
				// In French too, where the classifier reads a
				// demonym after the noun (« quel ville hongrois »).
				for k := i + 2; k <= j && l.lex != nil; k++ {
					if fr := l.lex.EnglishToFrench(folds[k]); len(fr) > 0 && !strings.Contains(fr[0], " ") {
						folds[k] = fr[0]
					}
				}
				break
			}
		}
		break
	}
}

// frameWord is the French word the classifier reads for an English word,
// or the word itself: a noun that says what is asked (« position » →
// « poste », « city » → « ville »), a noun that names it (« name » →
// « nom »: « le nom de X »), a word of writing or editing
// (« wrote » → « écrit »), a document (« dispatch » → « dépêche »), the
// last word of a translated phrase.
func (l language) frameWord(f string, kinds kindIndex, stem func(string) string) string {
	reads := func(f string) bool {
		_, noun := kinds.noun(f, stem)
		return noun || namingNoun(f) || matchWords.writer.Has(f) || matchWords.editor.Has(f) || matchWords.published.Has(f) || isDocument(f)
	}
	if l.lex == nil || reads(f) {
		return f
	}
	for _, fr := range l.lex.EnglishToFrench(f) {
		if k := strings.LastIndexByte(fr, ' '); k >= 0 {
			fr = fr[k+1:]
		}
		if reads(fr) {
			return fr
		}
	}
	return f
}

// englishNaming reads "what did X call Y ?" and "what is X called ?" as
// « comment X a-t-il appelé Y ? » (namingFrame): what English asks with
// "what" and a verb of naming, French asks with « comment ». "call for",
// "call on" and "call off" ask for something else, and after "is" only a
// last past participle names (not "What is the Paris Call ?").
func englishNaming(folds []string) {
	if len(folds) < 3 || folds[0] != "quel" {
		return
	}
	last := len(folds) - 1
	switch {
	case englishDo[folds[1]]:
		for i := 2; i < len(folds); i++ {
			if englishNamingVerbs[folds[i]] && (i == last || !englishNotNaming[folds[i+1]]) {
				folds[0], folds[i] = "comment", "appele"
				return
			}
		}
	case matchWords.copulas.Has(folds[1]) && englishNamed[folds[last]]:
		folds[0], folds[last] = "comment", "appele"
	}
}

// englishDo are the forms of "do" after "what" (read « quel »).
var englishDo = map[string]bool{"did": true, "does": true, "do": true}

// englishNamingVerbs are the forms of the English verbs of naming after
// "do" ("name" is not: frameWord reads it « nom » first); englishNamed
// their past participles.
var (
	englishNamingVerbs = map[string]bool{"call": true, "nickname": true, "dub": true, "term": true}
	englishNamed       = map[string]bool{"called": true, "named": true, "nicknamed": true, "dubbed": true, "termed": true}
)

// englishNotNaming are the particles that make "call" ask for something
// else than a name.
var englishNotNaming = map[string]bool{"for": true, "on": true, "upon": true, "off": true, "up": true}
