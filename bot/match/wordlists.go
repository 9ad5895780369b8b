package match

import "github.com/citebot/citebot/knowledge/french"

// matcherLists and yesNoLists are the lists of
// knowledge/french/data/matcher_words.tsv and yes_no_words.tsv, each file
// read once as the package starts.
var (
	matcherLists = wordLists(french.MarkedLists("matcher_words.tsv"))
	yesNoLists   = wordLists(french.MarkedLists("yes_no_words.tsv"))
)

// wordLists are a data file's lists by name.
type wordLists map[string]map[string]bool

// of is the list named: an empty set when the file has no such list.
func (w wordLists) of(list string) map[string]bool {
	if set := w[list]; set != nil {
		return set
	}
	return map[string]bool{}
}

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
	summary:          matcherLists.of("summary-word"),
	doVerbs:          matcherLists.of("do-verb"),
	objectSkip:       matcherLists.of("object-skip"),
	notObject:        matcherLists.of("not-object"),
	relatives:        matcherLists.of("relative"),
	appointed:        matcherLists.of("appointed"),
	clauseOpeners:    matcherLists.of("clause-opener"),
	nameGlue:         matcherLists.of("name-glue"),
	writer:           matcherLists.of("writer-word"),
	editor:           matcherLists.of("editor-word"),
	published:        matcherLists.of("published-word"),
	copulas:          matcherLists.of("copula"),
	share:            matcherLists.of("share-word"),
	pronounHeads:     matcherLists.of("pronoun-head"),
	frameVerbs:       matcherLists.of("frame-verb"),
	sortNouns:        matcherLists.of("sort-noun"),
	vagueQuantities:  matcherLists.of("vague-quantity"),
	useVerbs:         matcherLists.of("use-verb"),
	purposeCues:      matcherLists.of("purpose-cue"),
	headingTitle:     matcherLists.of("heading-title"),
	headingSub:       matcherLists.of("heading-sub"),
	headingSection:   matcherLists.of("heading-section"),
	headingAmbiguous: matcherLists.of("heading-ambiguous"),
	headingFrame:     matcherLists.of("heading-frame"),
	headingPlural:    matcherLists.of("heading-plural"),
	phaseStart:       matcherLists.of("phase-start"),
	phaseEnd:         matcherLists.of("phase-end"),
}

// yesNoWords are the lists of data/yes_no_words.tsv, read once and
// read-only afterwards.
var yesNoWords = struct {
	wh, negation, negationEnd, negationVerb, contrary, restrict map[string]bool
}{
	wh:           yesNoLists.of("wh"),
	negation:     yesNoLists.of("negation"),
	negationEnd:  yesNoLists.of("negation-end"),
	negationVerb: yesNoLists.of("negation-verb"),
	contrary:     yesNoLists.of("contrary"),
	restrict:     yesNoLists.of("restrict"),
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
		verbs:        matcherLists.of("span-verb"),
		prepositions: matcherLists.of("span-preposition"),
		determiners:  matcherLists.of("span-determiner"),
		badStart:     matcherLists.of("span-bad-start"),
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
