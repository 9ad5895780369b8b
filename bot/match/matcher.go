package match

import (
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/lexres"
)

// Matcher turns a question into an Answer with citations, or abstains. It
// is immutable after New and safe for concurrent use.
type Matcher struct {
	base  *knowledge.Base
	w     Weights
	kinds kindIndex
	lang  language
	// places are the place list's kinds and demonyms (placekind.go).
	places *placeTable
	// demonyms are the place list's demonyms, each with the country
	// it belongs to (nationality.go).
	demonyms *demonymTable
	maxIDF   float64
	// langErr is why the language resources are missing, if they are.
	langErr error
	// an stems and analyses questions, with a cache shared by all.
	an *french.Analyzer
	// neverAbstain answers with the best candidate whatever the doubt.
	neverAbstain bool
	// para holds the paraphrase resources: Model 1 translations, and
	// the thesaurus with the lemmas it is keyed by (nil: none).
	para paraphraser
	// allFeatures: see Options.AllFeatures.
	allFeatures bool
	// computes marks the ranking features computed: those weighted,
	// those the ranking trees split on, every one with allFeatures (the
	// costly ones are left out otherwise).
	computes [NumRankFeatures]bool
	// spans is the span model that reads short answers (spanmodel.go).
	spans SpanWeights
	// nameWords are the folded words of every name the articles give, and
	// years the years of the articles' own dates: a question that names
	// them, even one letter off, names something the sources know.
	// nameWords files each name word under itself and under every word
	// it gives with one byte deleted, each list sorted and unique; built
	// when a question first has a capitalised word the corpus lacks (a
	// third of the matcher's start-up on PIAF otherwise).
	nameWords func() map[string][]string
	years     map[string]bool
	// longNames holds the first word of every name of several words
	// (before its first space, folded as names are): a question word that
	// starts none cannot start one.
	longNames map[string]bool
	// speakerQuotes files the quotations under their speakers, built
	// when first needed.
	speakerQuotes func() *speakerQuotes
	// scratch pools the rankings' scratch spaces (scratch.go), and
	// questionToks the tokens of the questions being parsed.
	scratch      *sync.Pool
	questionToks *sync.Pool
	// titles holds each article's title stems once read (titleStems),
	// by the article's position in the base.
	titles []atomic.Pointer[[]string]
	// words caches what the matcher works out of the articles' short
	// texts alone (wordcache.go).
	words *wordCaches
	// logs are math.Log of 0 to smallLogs-1: the span features take the
	// logarithm of a distance and a length for each candidate span.
	logs []float64
}

// smallLogs is how many counts Matcher.logs holds: a sentence's bytes
// and tokens are mostly fewer.
const smallLogs = 1024

// Options tune a Matcher. The zero value means the learnt model
// (LearnedWeights).
type Options struct {
	// Weights replace the measured ranking and abstention numbers (a
	// learned model's, say).
	Weights *Weights
	// NeverAbstain answers every question with its best candidate, for
	// measuring retrieval alone.
	NeverAbstain bool
	// Translations replace the embedded Model 1 table (one trained on
	// training folds only, for held-out measurement).
	Translations *lexres.Translations
	// Thesaurus, when given, lets a synonym stand for a question word
	// (Debian's mythes-fr; lexres.FindThesaurus).
	Thesaurus *lexres.Thesaurus
	// AllFeatures computes every ranking feature, even those the weights
	// ignore, for training.
	AllFeatures bool
	// Spans replace the embedded span model (one trained on training
	// folds only, for held-out measurement; the zero SpanWeights: the
	// hand rules alone).
	Spans *SpanWeights
}

// Err reports a language resource that could not be loaded; the matcher
// then answers without synonyms or English translation.
func (m *Matcher) Err() error { return m.langErr }

// New prepares a matcher over base with the default options.
func New(base *knowledge.Base) *Matcher { return NewWith(base, Options{}) }

// NewWith prepares a matcher over base.
func NewWith(base *knowledge.Base, opts Options) *Matcher {
	m := &Matcher{
		base:     base,
		w:        LearnedWeights(),
		kinds:    newKindIndex(),
		places:   &compiledPlaces,
		demonyms: &compiledDemonyms,
		// The corpus's words were stemmed when the index was built:
		// they are not stemmed again (a cited sentence's, most of a
		// question's).
		an: french.NewAnalyzerOf(base.StemOf),

		speakerQuotes: newSpeakerQuotes(base),
		scratch:       newRankScratchPool(),
		questionToks:  &sync.Pool{New: func() any { return new([]french.Token) }},
		titles:        make([]atomic.Pointer[[]string], len(base.Articles)),
		words:         &wordCaches{},
		logs:          make([]float64, smallLogs),
	}
	for n := range m.logs {
		m.logs[n] = math.Log(float64(n))
	}
	// The lemma table is embedded and tested, so an error cannot happen
	// in a released build; the matcher would answer without it rather
	// than not at all. The speller builds on its own goroutine.
	m.lang, m.langErr = newLanguage(base)
	if opts.Weights != nil {
		m.w = *opts.Weights
	}
	m.neverAbstain = opts.NeverAbstain
	m.para = newParaphraser(opts, m.lang.lemmas)
	m.allFeatures = opts.AllFeatures
	rv, uses := m.w.rankVector(), m.w.Trees.uses()
	for i := range m.computes {
		m.computes[i] = rv[i] != 0 || uses[i] || m.allFeatures
	}
	m.spans = learnedSpans()
	if opts.Spans != nil {
		m.spans = *opts.Spans
	}
	m.maxIDF = base.MaxIDF()
	m.years, m.longNames = sourceNames(base)
	m.nameWords = sync.OnceValue(func() map[string][]string { return fileDeletions(nameWordsOf(base)) })
	return m
}

// sourceNames returns the years of the articles' dates and the first
// words of their names of several words.
func sourceNames(base *knowledge.Base) (years, long map[string]bool) {
	years, long = map[string]bool{}, map[string]bool{}
	for _, a := range base.Articles {
		if len(a.Date) >= 4 {
			years[a.Date[:4]] = true
		}
	}
	for key := range base.EntityNames() {
		if first, _, several := strings.Cut(key, " "); several {
			long[first] = true
		}
	}
	return years, long
}

// nameWordsOf returns the folded words of the articles' names (at least
// minNameWord bytes long), sorted and unique: what nearName looks for,
// worked out when first needed (sorting them was half of the matcher's
// start on PIAF).
func nameWordsOf(base *knowledge.Base) []string {
	var words []string
	for key := range base.EntityNames() {
		for _, w := range strings.Fields(key) {
			if len(w) >= minNameWord {
				words = append(words, w)
			}
		}
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// fileDeletions files each of the sorted, unique words under itself and
// under each word it gives with one byte deleted, each list sorted.
func fileDeletions(words []string) map[string][]string {
	filed := map[string][]string{}
	for _, w := range words {
		eachDeletion(w, make([]byte, 0, len(w)), func(key []byte) {
			if ws := filed[string(key)]; len(ws) == 0 || ws[len(ws)-1] != w {
				filed[string(key)] = append(ws, w)
			}
		})
	}
	return filed
}

// eachDeletion calls f with w and with each word w gives with one byte
// deleted, built in buf (f must not keep it).
func eachDeletion(w string, buf []byte, f func([]byte)) {
	f(append(buf[:0], w...))
	for i := range len(w) {
		f(append(append(buf[:0], w[:i]...), w[i+1:]...))
	}
}

// minNameWord is the shortest name word a misspelling is matched to: one
// edit away from a two-letter word is almost any two-letter word.
const minNameWord = 3

// namedWord reports a word of the articles' names, or one edit away
// from one.
func (m *Matcher) namedWord(fold string) bool {
	if len(m.base.EntitiesNamed(fold)) > 0 {
		return true
	}
	_, ok := m.nearName(fold)
	return ok
}

// nearName returns the first word, in sorted order, of the articles' names
// that fold is one edit away from, if any. Two words one edit apart share
// a key (fold or one of its deletions is filed for the name word: a byte
// inserted, deleted, substituted at i, or i and i+1 swapped, which
// deleting i from one and i+1 from the other undoes), so only the words
// filed under fold's keys are tried.
func (m *Matcher) nearName(fold string) (string, bool) {
	if len(fold) < minNameWord {
		return "", false
	}
	best, found := "", false
	names := m.nameWords()
	var buf [64]byte
	eachDeletion(fold, buf[:0], func(key []byte) {
		for _, w := range names[string(key)] {
			if french.OneEditApart(fold, w) {
				if !found || w < best {
					best, found = w, true
				}
				break // the first of a list is its smallest
			}
		}
	})
	return best, found
}
