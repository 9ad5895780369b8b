package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// classify reads the question's frame from its first words and returns
// the kind of answer it asks for. text is the question as written, folds
// its words, folded; named reports a word of the articles' names.
func (ix kindIndex) classify(text string, folds []string, stem func(string) string, named func(fold string) bool) kind {
	has := func(i int, w ...string) bool {
		return i < len(folds) && slices.Contains(w, folds[i])
	}
	in := func(i int, list strtab.Table) bool {
		return i < len(folds) && list.Has(folds[i])
	}
	// Skip a leading "et", "mais", "alors" of a follow-up, and a
	// preposition before the question word ("dans quelle ville", "en
	// quelle année", "à quelle fréquence", "contre quels contenus").
	i := 0
	for in(i, ix.followUps) {
		i++
	}
	if summaryFrame(folds[i:]) {
		return kindSummary
	}
	if bylineFrame(folds[i:], ix.followUps) != noSignature {
		return kindByline
	}
	if has(i, "c") && has(i+1, "est") && in(i+2, ix.afterCest) {
		// "C'est qui Lu Wei ?", "c'est quoi l'appel de Paris ?": the
		// spoken "qui est Lu Wei ?", "qu'est-ce que … ?".
		if folds[i+2] == "qui" && i+3 < len(folds) {
			return kindRole
		}
		i += 2
	}
	prep := ""
	if has(i, "a") && has(i+1, "partir") && has(i+2, "de", "d") && in(i+3, ix.interrogatives) {
		i += 2 // « à partir de quand », « à partir de quelle année »
	}
	if in(i, ix.prepositions) && in(i+1, ix.interrogatives) {
		prep = folds[i]
		i++
	}
	if i >= len(folds) {
		// "Et ?", "Et ensuite ?": nothing but the follow-up's opening.
		return kindAny
	}
	switch w := folds[i]; w {
	case "qui":
		if prep != "" && prep != "par" {
			return kindPerson
		}
		// "qui est X" asks for X's role, but "qui est le président
		// de X" for a person; "qui a dit «…»" for a speaker.
		if has(i+1, "est", "etait", "sont", "etaient", "fut") && has(i+2, "le", "la", "l", "les", "un", "une") && i+3 < len(folds) {
			return kindPerson
		}
		if has(i+1, "est", "etait", "sont") && i+2 < len(folds) {
			// « Qui est Walter Rodney ? » asks a role; « Qui était à
			// la tête des troupes ? », « Qui est mort en juillet ? »,
			// « Qui est son successeur ? » a person: a role is asked
			// of a name, however written (« qui est lu wei ? »), or
			// of a title and a name (« M. Nee »).
			if toks := french.Tokenize(text); len(toks) == len(folds) && !startsUpper(toks[i+2].Text) &&
				!french.IsNameTitle(folds[i+2]) && !named(folds[i+2]) && !(i+3 < len(folds) && named(folds[i+3])) {
				return kindPerson
			}
			return kindRole
		}
		if has(i+1, "a", "avait") && i+2 < len(folds) && french.IsSpeakerVerb(folds[i+2]) {
			return kindSpeaker
		}
	case "quel", "quelle", "quels", "quelles", "lequel", "laquelle":
		// quel + noun: the noun says the kind; "quel est le/la N"
		// too.
		j := i + 1
		for in(j, ix.afterQuel) {
			j++
		}
		// "le nom du représentant", "le titre de l'article": the noun
		// after "nom" says what is asked.
		if j+2 < len(folds) && namingNoun(folds[j]) && has(j+1, "du", "de", "des", "d") {
			j += 2
			for has(j, "la", "l", "le", "les") {
				j++
			}
		}
		if j < len(folds) {
			if k, ok := ix.noun(folds[j], stem); ok {
				return k
			}
			if k, ok := ix.prepNouns.find(folds[j]); ok && prep != "" {
				return k
			}
		}
		if w == "quels" || w == "quelles" {
			return kindList
		}
		return kindAny
	case "que", "qu", "quoi":
		// qu'a dit X, qu'a-t-il déclaré, que pense X; qu'est-ce
		// qu'a dit X, qu'est-ce que X a dit
		j := i + 1
		if has(j, "est") && has(j+1, "ce") && has(j+2, "que", "qu") {
			j += 3
		}
		if saidAfter(folds, j) {
			return kindQuote
		}
		return kindAny
	}
	if k, ok := ix.opening(folds, i); ok {
		return k
	}
	if prep == "" && yesNoFrame(text, folds[i:]) {
		// "Est-ce que …", or no question word and an inversion:
		// "Facebook est-il accessible…", "Le chef de l'État va-t-il…".
		return kindYesNo
	}
	return kindAny
}

// saidAfter reports a speech verb at folds[j] after the auxiliaries and
// subject pronouns that may come first (« a-t-il dit »), or after a
// subject of a few words and its auxiliary (« Cameron a dit », « le
// ministre a-t-il déclaré »).
func saidAfter(folds []string, j int) bool {
	has := func(k int, words ...string) bool { return k >= 0 && k < len(folds) && slices.Contains(words, folds[k]) }
	k := j
	for has(k, "a", "ont", "avait", "avaient", "t", "il", "elle", "ils", "elles", "on") {
		k++
	}
	if k < len(folds) && speechVerb(folds[k]) {
		return true
	}
	// The auxiliary itself, not « on » after any verb: « Que peut-on
	// dire de … ? » asks no one's words.
	for k = j + 1; k < len(folds) && k <= j+saidSubjectReach; k++ {
		if has(k-1, "qui", "que", "qu") {
			return false // a relative clause's verb
		}
		if speechVerb(folds[k]) && (has(k-1, "a", "ont", "avait", "avaient") ||
			has(k-1, "il", "elle", "ils", "elles", "on") && has(k-2, "t", "a", "ont", "avait", "avaient")) {
			return true
		}
	}
	return false
}

// inversion reports a verb-pronoun inversion ("est-il", "va-t-elle").
func inversion(fold string) bool {
	return strings.HasSuffix(fold, "-il") || strings.HasSuffix(fold, "-elle") || strings.HasSuffix(fold, "-ils") || strings.HasSuffix(fold, "-elles")
}

// dateKinds returns the precision a date question asks for ("en quelle
// année" wants a year, not a weekday), or nil for any date.
func dateKinds(folds []string) []knowledge.DateKind {
	for i, f := range folds {
		if !quelWord(f) || i+1 >= len(folds) {
			continue
		}
		switch folds[i+1] {
		case "annee", "an", "annees", "decennie":
			return []knowledge.DateKind{knowledge.Year, knowledge.FullDate}
		case "siecle":
			return []knowledge.DateKind{knowledge.Century, knowledge.Year, knowledge.FullDate}
		case "mois":
			return []knowledge.DateKind{knowledge.Month, knowledge.FullDate}
		case "date":
			return nil // « À quelle date … ? »: a year answers as well as a day
		case "jour":
			if hasWords(folds[i+2:], []string{"de", "la", "semaine"}) {
				// « quel jour de la semaine »: « lundi », « ce lundi ».
				return []knowledge.DateKind{knowledge.Weekday, knowledge.Relative}
			}
			return []knowledge.DateKind{knowledge.Weekday, knowledge.FullDate, knowledge.Relative}
		}
		return nil
	}
	return nil
}

// namingNoun reports a noun by which a question asks for a name (« le nom
// du représentant »): the noun after it says what is asked.
func namingNoun(fold string) bool { return fold == "nom" || fold == "identite" }

// countedNoun returns what a "combien de X" or "quel nombre de X" question
// counts (X, folded), or "".
//
// The « de » comes at most three words after « combien » (« Combien trouve-
// t-on d'espèces »), or right after the inverted subject pronoun that ends
// the verb, up to countedReach words after it (« Combien y a-t-il
// d'habitants », « Combien la marine indienne a-t-elle de porte-avions »):
// not the « de » of a later complement (« Combien mesure le pont de
// Normandie ? »). An adjective before the noun is passed over (« Combien
// de grandes puissances composent le G8 ? » counts « puissances »)
// unless a function word follows it: then it is the noun (« Combien de
// jeunes ont voté ? »).
func countedNoun(folds []string) string {
	for i, f := range folds {
		if f != "combien" && f != "nombre" {
			continue
		}
		for j := i + 1; j+1 < len(folds) && j <= i+countedReach; j++ {
			if !countedOf(folds[j]) || !(j <= i+3 || f == "combien" && invertedPronoun(folds[j-1])) {
				continue
			}
			noun := folds[j+1]
			if j+2 < len(folds) && matchWords.countAdjectives.Has(noun) && !french.IsFunctionWord(folds[j+2]) && !french.IsStopWord(folds[j+2]) {
				noun = folds[j+2]
			}
			return noun
		}
		return ""
	}
	return ""
}

// countedOf reports the « de » that opens what « combien » counts.
func countedOf(fold string) bool { return fold == "de" || fold == "d" || fold == "des" || fold == "du" }

// invertedPronoun reports a subject pronoun as inverted after the verb
// (« a-t-il », « a-t-elle », « trouve-t-on »), the hyphens folded away.
func invertedPronoun(fold string) bool {
	switch fold {
	case "il", "elle", "ils", "elles", "on":
		return true
	}
	return false
}

// speechVerb reports a verb form that asks what someone said or thinks
// (marked "quote" in knowledge/french/data/question_speech_verbs.tsv).
func speechVerb(fold string) bool { return french.IsQuoteVerb(fold) }

func splitWords(s string) []string { return strings.Fields(s) }

// hasWords reports whether folds starts with words.
func hasWords(folds, words []string) bool {
	return len(folds) >= len(words) && slices.Equal(folds[:len(words)], words)
}

// sortLongestFirst orders openings so that the longest is tried first
// ("combien de temps" before "combien").
func sortLongestFirst(os []opener) {
	slices.SortStableFunc(os, func(a, b opener) int { return len(b.words) - len(a.words) })
}

// fixNounTypos puts back the noun after « quel » that says what is asked
// where the word there is one edit from it, neither a noun of the articles
// nor one the lexicon knows (« En quelle anée … ? »): a typo in that noun
// must not hide what the question asks for. It returns the noun's index,
// when it put one back.
func (m *Matcher) fixNounTypos(folds []string) (int, bool) {
	j := m.kinds.headNoun(folds)
	if j < 0 || m.base.WordCount(folds[j]) > 0 || m.lang.lex != nil && m.lang.lex.KnowsFrench(folds[j]) {
		return -1, false
	}
	if n, ok := m.kinds.misspeltNoun(folds[j]); ok {
		folds[j] = n
		return j, true
	}
	return -1, false
}

// fixWhTypos puts back a question word misspelt by one edit (« Qaund »,
// « Combein », « Pourqoui »), written as in a text message (« ki »,
// « koi », « kel »: « k » for « qu »; « qd », « pk »), or the one « à » is
// glued to (« Aquel »), among the question's first whTypoReach words,
// where the word is neither a word of the articles, nor one the lexicon
// knows, nor a verb's form the lemma table knows (« se nomment »): such a
// typo must not change what the question asks for (« Qaund … s'est-elle
// … ? » read as a yes/no question). Only question words of whTypoMin
// letters or more are put back: the shorter ones (« qui », « quel ») are
// one edit from too many words.
func (m *Matcher) fixWhTypos(folds []string) {
	for i, f := range folds[:min(len(folds), whTypoReach)] {
		if whWord(f) || m.base.WordCount(f) > 0 || m.lang.lex != nil && m.lang.lex.KnowsFrench(f) || m.lang.verbForm(f) {
			continue // « se nomment » is no « comment »
		}
		if w := strings.ReplaceAll(f, "k", "qu"); w != f && whWord(w) {
			folds[i] = w // « ki », « koi », « kel »: the spelling of a text message
			continue
		}
		if w := textedWh(f); w != "" {
			folds[i] = w
			continue
		}
		if len(f) < whTypoMin-1 {
			continue
		}
		if rest, ok := strings.CutPrefix(f, "a"); ok && whWord(rest) {
			folds[i] = rest // « Aquel âge … ? »: « à » glued to it
			continue
		}
		fix := ""
		for _, w := range yesNoWords.wh.Strs {
			if len(w) >= whTypoMin && french.OneEditApart(f, w) && (fix == "" || w < fix) {
				fix = w
			}
		}
		if fix != "" {
			folds[i] = fix
		}
	}
}

// textedWh is the question word a text message abbreviates so (« qd »,
// « cmt », « pk »), or "".
func textedWh(f string) string {
	switch f {
	case "qd":
		return "quand"
	case "cmt", "cmnt":
		return "comment"
	case "pk", "pq", "pkoi":
		return "pourquoi"
	case "cb", "cbien":
		return "combien"
	}
	return ""
}

// asksMany reports a question about several (« Quels acteurs … ? »,
// « Quelles personnalités … ? »): groups may answer it, not only people
// named.
func asksMany(folds []string) bool {
	for _, f := range folds[:min(len(folds), 3)] {
		if f == "quels" || f == "quelles" {
			return true
		}
	}
	return false
}

// pastFollowUps is the index of the first word after a follow-up's
// opening (« et », « mais », « alors »): where a question's frame starts.
func pastFollowUps(folds []string, followUps strtab.Table) int {
	i := 0
	for i < len(folds) && followUps.Has(folds[i]) {
		i++
	}
	return i
}
