package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/lexres"
)

// Matcher turns a question into an Answer with citations, or abstains. It
// is immutable after New and safe for concurrent use.
type Matcher struct {
	base   *knowledge.Base
	w      Weights
	kinds  kindIndex
	lang   language
	maxIDF float64
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
	// nameWords are the folded words of every name the articles give, and
	// years the years of the articles' own dates: a question that names
	// them, even one letter off, names something the sources know.
	// nameWords holds the name words by length and first byte, and by
	// length and last byte, each list sorted and unique.
	nameWords map[nameKey][]string
	years     map[string]bool
}

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
}

// Err reports a language resource that could not be loaded; the matcher
// then answers without synonyms or English translation.
func (m *Matcher) Err() error { return m.langErr }

// New prepares a matcher over base with the default options.
func New(base *knowledge.Base) *Matcher { return NewWith(base, Options{}) }

// NewWith prepares a matcher over base.
func NewWith(base *knowledge.Base, opts Options) *Matcher {
	m := &Matcher{
		base:  base,
		w:     LearnedWeights(),
		kinds: newKindIndex(),
		an:    french.NewAnalyzer(),
	}
	// The lexicon is embedded and tested, so an error cannot happen in a
	// released build; the matcher would answer without synonyms rather
	// than not at all. The speller builds on its own goroutine.
	m.lang, m.langErr = newLanguage(base)
	if opts.Weights != nil {
		m.w = *opts.Weights
	}
	m.neverAbstain = opts.NeverAbstain
	m.para = newParaphraser(opts)
	m.allFeatures = opts.AllFeatures
	m.maxIDF = base.MaxIDF()
	m.nameWords, m.years = sourceNames(base)
	return m
}

// nameKey files a name word by its length and its first (end false) or
// last (end true) byte.
type nameKey struct {
	n   int
	end bool
	b   byte
}

// sourceNames returns the folded words of the articles' names (at least
// minNameWord bytes long) filed by nameKey, each list sorted and unique,
// and the years of their dates.
func sourceNames(base *knowledge.Base) (map[nameKey][]string, map[string]bool) {
	var words []string
	years := map[string]bool{}
	for _, a := range base.Articles {
		if len(a.Date) >= 4 {
			years[a.Date[:4]] = true
		}
		for _, e := range a.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				for _, w := range strings.Fields(knowledge.FoldName(n)) {
					if len(w) >= minNameWord {
						words = append(words, w)
					}
				}
			}
		}
	}
	slices.Sort(words)
	filed := map[nameKey][]string{}
	for _, w := range slices.Compact(words) {
		first, last := nameKey{len(w), false, w[0]}, nameKey{len(w), true, w[len(w)-1]}
		filed[first] = append(filed[first], w)
		filed[last] = append(filed[last], w)
	}
	return filed, years
}

// minNameWord is the shortest name word a misspelling is matched to: one
// edit away from a two-letter word is almost any two-letter word.
const minNameWord = 3

// nearName returns the first word, in sorted order, of the articles' names
// that fold is one edit away from, if any. Only a word one byte shorter,
// longer or of the same length can be, and one edit cannot change both
// the first and the last byte here (fold has three bytes or more, a name
// word too; a swap changes both only in a word of two): the word starts
// or ends as fold does.
func (m *Matcher) nearName(fold string) (string, bool) {
	if len(fold) < minNameWord {
		return "", false
	}
	best, found := "", false
	for n := len(fold) - 1; n <= len(fold)+1; n++ {
		for _, k := range [2]nameKey{{n, false, fold[0]}, {n, true, fold[len(fold)-1]}} {
			for _, w := range m.nameWords[k] {
				if french.OneEditApart(fold, w) {
					if !found || w < best {
						best, found = w, true
					}
					break // the first of a list is its smallest
				}
			}
		}
	}
	return best, found
}
