package match

import "github.com/citebot/citebot/knowledge/french"

// matchWords are the matcher's small word lists, from
// knowledge/french/data/matcher_words.tsv and yes_no_words.tsv; read once
// and read-only afterwards.
var matchWords = struct {
	summary, doVerbs, objectSkip, notObject, relatives, appointed, clauseOpeners, nameGlue  map[string]bool
	writer, editor, published, copulas, share, pronounHeads, frameVerbs, sortNouns          map[string]bool
	useVerbs, purposeCues                                                                   map[string]bool
	vagueQuantities                                                                         map[string]bool
	headingTitle, headingSub, headingSection, headingAmbiguous, headingFrame, headingPlural map[string]bool
	phaseStart, phaseEnd                                                                    map[string]bool
}{
	summary:          french.MarkedWords("matcher_words.tsv", "summary-word"),
	doVerbs:          french.MarkedWords("matcher_words.tsv", "do-verb"),
	objectSkip:       french.MarkedWords("matcher_words.tsv", "object-skip"),
	notObject:        french.MarkedWords("matcher_words.tsv", "not-object"),
	relatives:        french.MarkedWords("matcher_words.tsv", "relative"),
	appointed:        french.MarkedWords("matcher_words.tsv", "appointed"),
	clauseOpeners:    french.MarkedWords("matcher_words.tsv", "clause-opener"),
	nameGlue:         french.MarkedWords("matcher_words.tsv", "name-glue"),
	writer:           french.MarkedWords("matcher_words.tsv", "writer-word"),
	editor:           french.MarkedWords("matcher_words.tsv", "editor-word"),
	published:        french.MarkedWords("matcher_words.tsv", "published-word"),
	copulas:          french.MarkedWords("matcher_words.tsv", "copula"),
	share:            french.MarkedWords("matcher_words.tsv", "share-word"),
	pronounHeads:     french.MarkedWords("matcher_words.tsv", "pronoun-head"),
	frameVerbs:       french.MarkedWords("matcher_words.tsv", "frame-verb"),
	sortNouns:        french.MarkedWords("matcher_words.tsv", "sort-noun"),
	vagueQuantities:  french.MarkedWords("matcher_words.tsv", "vague-quantity"),
	useVerbs:         french.MarkedWords("matcher_words.tsv", "use-verb"),
	purposeCues:      french.MarkedWords("matcher_words.tsv", "purpose-cue"),
	headingTitle:     french.MarkedWords("matcher_words.tsv", "heading-title"),
	headingSub:       french.MarkedWords("matcher_words.tsv", "heading-sub"),
	headingSection:   french.MarkedWords("matcher_words.tsv", "heading-section"),
	headingAmbiguous: french.MarkedWords("matcher_words.tsv", "heading-ambiguous"),
	headingFrame:     french.MarkedWords("matcher_words.tsv", "heading-frame"),
	headingPlural:    french.MarkedWords("matcher_words.tsv", "heading-plural"),
	phaseStart:       french.MarkedWords("matcher_words.tsv", "phase-start"),
	phaseEnd:         french.MarkedWords("matcher_words.tsv", "phase-end"),
}

// yesNoWords are the lists of data/yes_no_words.tsv, read once and
// read-only afterwards.
var yesNoWords = struct {
	wh, negation, negationEnd, negationVerb, contrary, restrict map[string]bool
}{
	wh:           french.MarkedWords("yes_no_words.tsv", "wh"),
	negation:     french.MarkedWords("yes_no_words.tsv", "negation"),
	negationEnd:  french.MarkedWords("yes_no_words.tsv", "negation-end"),
	negationVerb: french.MarkedWords("yes_no_words.tsv", "negation-verb"),
	contrary:     french.MarkedWords("yes_no_words.tsv", "contrary"),
	restrict:     french.MarkedWords("yes_no_words.tsv", "restrict"),
}

// spanWords are the word lists the span features read, from
// knowledge/french/data/matcher_words.tsv: the verbs a span may follow,
// prepositions, determiners and the words a span may not start with; read
// once and read-only afterwards. class holds the four lists in one map,
// so that a sentence's word is looked up once (tokenClasses).
var spanWords = newSpanWords()

type spanWordLists struct {
	prepositions, determiners, badStart, verbs map[string]bool
	class                                      map[string]wordClass
}

func newSpanWords() spanWordLists {
	w := spanWordLists{
		verbs:        french.MarkedWords("matcher_words.tsv", "span-verb"),
		prepositions: french.MarkedWords("matcher_words.tsv", "span-preposition"),
		determiners:  french.MarkedWords("matcher_words.tsv", "span-determiner"),
		badStart:     french.MarkedWords("matcher_words.tsv", "span-bad-start"),
		class:        map[string]wordClass{},
	}
	for c, list := range map[wordClass]map[string]bool{
		classPrep: w.prepositions, classDet: w.determiners, classVerb: w.verbs, classBadStart: w.badStart,
	} {
		for word, ok := range list {
			if ok {
				w.class[word] |= c
			}
		}
	}
	return w
}
