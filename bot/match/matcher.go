package match

import (
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
	return m
}
