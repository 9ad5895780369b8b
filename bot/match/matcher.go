package match

import (
	"slices"
	"sync"

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
	// names maps a folded name or alias ("joe biden", "biden") to the
	// entities it may designate.
	names map[string][]*knowledge.Entity
	// info holds what each sentence offers as an answer, by sentence ID.
	info   []sentInfo
	maxIDF float64
	// langErr is why the language resources are missing, if they are.
	langErr error
	// lead holds the term IDs of each article's title and opening
	// sentence.
	lead map[*knowledge.Article][]int32
	// settings holds, per article, the names of the entities its title or
	// opening sentence names.
	settings map[*knowledge.Article]map[string]bool
	// speakerFold holds the folded form of every quotation's speaker.
	speakerFold map[string]string
	// termMarks pools dense arrays indexed by term ID, one per question
	// being ranked.
	termMarks *sync.Pool
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
		termMarks: &sync.Pool{New: func() any {
			marks := make([]int32, base.NumTerms())
			return &marks
		}},
		names: map[string][]*knowledge.Entity{},
	}
	// The lexicon (and the speller, on its own goroutine) need nothing
	// else: load them while the rest is indexed.
	langDone := make(chan struct{})
	go func() {
		defer close(langDone)
		// The lexicon is embedded and tested, so an error cannot
		// happen in a released build; the matcher would answer without
		// synonyms rather than not at all.
		m.lang, m.langErr = newLanguage(base)
	}()
	if opts.Weights != nil {
		m.w = *opts.Weights
	}
	m.neverAbstain = opts.NeverAbstain
	m.para = newParaphraser(opts)
	m.allFeatures = opts.AllFeatures
	m.indexNames()
	m.indexArticles()
	m.info = buildSentInfo(base)
	m.indexRoles()
	m.indexSettings()
	<-langDone
	m.maxIDF = base.MaxIDF()
	return m
}

// indexArticles records each article's lead terms and the folded names of
// its speakers.
func (m *Matcher) indexArticles() {
	m.speakerFold = map[string]string{}
	m.lead = map[*knowledge.Article][]int32{}
	for _, a := range m.base.Articles {
		m.lead[a] = m.termIDs(append(m.an.Analyze(a.Title), m.base.Terms(a.Paragraphs[0].Sentences[0])...))
		for _, q := range a.Quotes {
			if _, ok := m.speakerFold[q.Speaker]; !ok && q.Speaker != "" {
				m.speakerFold[q.Speaker] = foldName(q.Speaker)
			}
		}
	}
}

// indexRoles gives each sentence the term IDs of the roles of the people
// it designates, by name or by pronoun.
func (m *Matcher) indexRoles() {
	roles := map[*knowledge.Entity][]int32{}
	for _, a := range m.base.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, r := range e.Roles {
				roles[e] = append(roles[e], m.termIDs(m.an.Analyze(r))...)
			}
		}
	}
	for i := range m.info {
		in := &m.info[i]
		var ids []int32
		for _, mn := range in.ents {
			ids = append(ids, roles[mn.ent]...)
		}
		if in.implicit != nil {
			ids = append(ids, roles[in.implicit]...)
		}
		slices.Sort(ids)
		in.roleIDs = slices.Compact(ids)
	}
}

// indexSettings records, per article, the entities its title or opening
// sentence names.
func (m *Matcher) indexSettings() {
	m.settings = map[*knowledge.Article]map[string]bool{}
	for _, a := range m.base.Articles {
		set := map[string]bool{}
		for i := range a.Entities {
			e := &a.Entities[i]
			if nameIn(a.Title, e) != "" || m.mentions(a.Paragraphs[0].Sentences[0], e) {
				set[e.Name] = true
			}
		}
		m.settings[a] = set
	}
}

// SpeakerOf returns the speaker of the sentence's first attributed
// quotation, or "".
func (m *Matcher) SpeakerOf(s *knowledge.Sentence) string { return m.speakerOf(s) }

// termIDs returns the sorted distinct term IDs of terms that the index
// knows.
func (m *Matcher) termIDs(terms []french.Term) []int32 {
	var ids []int32
	for _, t := range terms {
		if id, ok := m.base.TermID(t.Stem); ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
