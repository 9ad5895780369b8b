package match

import "github.com/citebot/citebot/knowledge/strtab"

// The matcher's word lists come from knowledge/french/data's
// matcher_words.tsv, yes_no_words.tsv and question_openings.tsv. They are
// compiled in (wordlists_generated.go, which `go test ./bot/match -run
// TestWordListsAreCurrent -update` rewrites after a list changes): static
// tables that the linker lays out, so that a start neither parses a list
// nor fills a map. Read-only, they are shared by every goroutine.

// matchWordLists are the matcher's small word lists (matcher_words.tsv).
type matchWordLists struct {
	summary, doVerbs, objectSkip, notObject, relatives, appointed, clauseOpeners, nameGlue  strtab.Table
	writer, editor, published, copulas, share, pronounHeads, frameVerbs, sortNouns          strtab.Table
	useVerbs, purposeCues, nameNouns                                                        strtab.Table
	vagueQuantities, countAdjectives, moneyWords, currencies, measureUnits, workVerbs       strtab.Table
	workAuthors                                                                             strtab.Table
	headingTitle, headingSub, headingSection, headingAmbiguous, headingFrame, headingPlural strtab.Table
	phaseStart, phaseEnd, parLocutions, notPlace, degreeAdverbs, notManner                  strtab.Table
}

// yesNoWordLists are the lists of yes_no_words.tsv.
type yesNoWordLists struct {
	wh, negation, negationEnd, negationVerb, contrary, reverse, restrict strtab.Table
	among, memberVerb                                                    strtab.Table
}

// spanWordLists are the word lists the span features read
// (matcher_words.tsv): the verbs a span may follow, prepositions,
// determiners and the words a span may not start with. class holds the
// four lists' words and classes their classes, so that a sentence's word
// is looked up once (classOf).
type spanWordLists struct {
	prepositions, determiners, badStart, verbs strtab.Table
	class                                      strtab.Table
	classes                                    []wordClass
}

// classOf returns the classes of the lists that hold a folded word.
func (w *spanWordLists) classOf(fold string) wordClass {
	if i, ok := w.class.Find(fold); ok {
		return w.classes[i]
	}
	return 0
}

// openingWordLists are the lists of question_openings.tsv: words that open
// a follow-up, question words after "c'est", prepositions before a
// question word, the question words after them, the words between
// "quel" and its noun, the greetings, fillers and polite lead-ins before a
// question and the thanks after it (courtesy.go), and the question words
// read at its end (insitu.go).
type openingWordLists struct {
	followUps, afterCest, prepositions, interrogatives, afterQuel  strtab.Table
	greetings, greetingTails, fillers, leadIns, leadInGlue, inSitu strtab.Table
}
