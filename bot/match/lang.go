package match

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/lexres"
)

// language bundles the matcher's language resources. The lexicon may be
// nil (the matcher then works without synonyms or English).
type language struct {
	// speller waits for the speller being built in the background and
	// returns it: most questions need no correction, so start-up does
	// not wait for it.
	speller func() *french.Speller
	lex     *french.Lexicon
	// inCorpus reports a word of the corpus: the speller's vocabulary,
	// found by hash rather than by a binary search of its words.
	inCorpus func(fold string) bool
	// corrections remembers the speller's corrections ("" for none): a
	// word is looked at by several steps of a question, and by later
	// questions.
	corrections *wordCache[string]
	// frenchSpeller builds, when first asked, the speller over the
	// lexicon's words (correctFrench); frenchFixes remembers its
	// corrections as corrections does.
	frenchSpeller func() *french.Speller
	frenchFixes   *wordCache[string]
	// englishSpeller and englishFixes are the same for the glossary's
	// English words (correctEnglish).
	englishSpeller func() *french.Speller
	englishFixes   *wordCache[string]
	// lemmas tell a French word the lexicon lacks from a typo.
	lemmas lexres.Lemmas
}

// newLanguage loads the language resources for a corpus: the embedded
// lexicon, and a speller over the corpus vocabulary, built on its own
// goroutine.
func newLanguage(base *knowledge.Base) (language, error) {
	sp := sync.OnceValue(func() *french.Speller { return base.Speller() })
	go sp()
	l := language{speller: sp, inCorpus: func(fold string) bool { return base.WordCount(fold) > 0 },
		corrections: &wordCache[string]{}}
	l.lex = french.NewLexicon()
	l.frenchSpeller = sync.OnceValue(l.lex.FrenchSpeller)
	l.frenchFixes = &wordCache[string]{}
	l.englishSpeller = sync.OnceValue(l.lex.EnglishSpeller)
	l.englishFixes = &wordCache[string]{}
	var err error
	if l.lemmas, err = lexres.EmbeddedLemmas(); err != nil {
		return l, fmt.Errorf("bot: language resources: %w", err)
	}
	return l, nil
}

// correctFrench returns the lexicon's word nearest to a misspelt word that
// the corpus does not know, if one is close enough: its synonyms may be
// there. A French word (the lemma table's) is no misspelling, and the
// caller leaves capitalised words alone: a name the articles never
// mention must stay unknown.
func (l language) correctFrench(fold string) (string, bool) {
	if l.frenchSpeller == nil || len(fold) < 4 || l.lex.KnowsFrench(fold) {
		return "", false
	}
	if c, ok := l.frenchFixes.get(fold); ok {
		return c, c != ""
	}
	c, ok := "", false
	if !l.lemmas.IsWord(fold) {
		c, ok = l.frenchSpeller().Correct(fold)
	}
	if !ok || c == fold {
		c = ""
	}
	l.frenchFixes.put(fold, c)
	return c, c != ""
}

// correctEnglish returns the glossary's English word nearest to a word of
// an English question that neither the glossary, the articles nor French
// know (« dipatch », « Lndon »), if one is close enough: typed right, the
// glossary would have translated it.
func (l language) correctEnglish(fold string) (string, bool) {
	if l.englishSpeller == nil || len(fold) < minEnglishTypo || l.lex.EnglishFunction(fold) || l.lex.EnglishToFrench(fold) != nil ||
		l.lex.KnowsFrench(fold) || l.lemmas.IsWord(fold) || l.inCorpus != nil && l.inCorpus(fold) {
		return "", false
	}
	if c, ok := l.englishFixes.get(fold); ok {
		return c, c != ""
	}
	// The glossary lists a word's dictionary form: « edtied » is
	// « edit », « conutries » « country ».
	sp, c, ok := l.englishSpeller(), "", false
	for i, bases := 0, french.EnglishBases(fold); !ok && i <= len(bases); i++ {
		w := fold
		if i > 0 {
			w = bases[i-1]
		}
		c, ok = sp.Correct(w)
	}
	if !ok || c == fold {
		c = ""
	}
	l.englishFixes.put(fold, c)
	return c, c != ""
}

// correct returns the corpus word nearest to a word the corpus does not
// know, if one is close enough.
func (l language) correct(fold string) (string, bool) {
	if l.speller == nil || len(fold) < 4 || l.lex != nil && l.lex.KnowsFrench(fold) {
		return "", false
	}
	if l.inCorpus != nil && l.inCorpus(fold) {
		return "", false
	}
	if l.corrections != nil {
		if c, ok := l.corrections.get(fold); ok {
			return c, c != ""
		}
	}
	c, ok := l.spell(fold)
	if !ok {
		c = ""
	}
	if l.corrections != nil {
		l.corrections.put(fold, c)
	}
	return c, ok
}

// spell is the speller's correction of a word the corpus lacks.
func (l language) spell(fold string) (string, bool) {
	sp := l.speller()
	if sp.Known(fold) {
		return "", false
	}
	return sp.Correct(fold)
}

// verbForm reports a folded word that the lemma table reads as a form of
// a verb (a lemma in -er, -ir or -re): « décima », not « sociaux ».
func (l language) verbForm(fold string) bool {
	var buf [4]string
	return len(l.verbLemmas(buf[:0], fold)) > 0
}

// verbLemmas appends to dst the verbs the lemma table reads a folded word
// as a form of: its lemmas in -er, -ir or -re other than the word itself.
func (l language) verbLemmas(dst []string, fold string) []string {
	start := len(dst)
	dst = l.lemmas.Lemmas(dst, fold)
	out := dst[:start]
	for _, lemma := range dst[start:] {
		if isVerbLemma(lemma, fold) {
			out = append(out, lemma)
		}
	}
	return out
}

// isVerbLemma reports whether lemma, read from the lemma table for the
// folded form fold, is a verb's: in -er, -ir or -re, and not the form.
func isVerbLemma(lemma, fold string) bool {
	return lemma != fold && (strings.HasSuffix(lemma, "er") || strings.HasSuffix(lemma, "ir") || strings.HasSuffix(lemma, "re"))
}

// onlyVerb reports a folded word that the lemma table reads as a form of
// a verb only (« obtient », « aurait »), not also as a noun or an
// adjective (« président », « inspire »), nor as the plural of one
// (« mesures », which the table reads as « tu mesures » only).
func (l language) onlyVerb(fold string) bool {
	var buf [4]string
	lemmas := l.lemmas.Lemmas(buf[:0], fold)
	for _, lemma := range lemmas {
		if lemma == fold || !strings.HasSuffix(lemma, "er") && !strings.HasSuffix(lemma, "ir") && !strings.HasSuffix(lemma, "re") {
			return false
		}
	}
	if one, ok := strings.CutSuffix(fold, "s"); ok && slices.Contains(l.lemmas.Lemmas(buf[:0], one), one) {
		return false
	}
	return len(lemmas) > 0
}

// frameVerb reports a form of a verb that frames another (« pu », « va »,
// « doit »: matchWords.frameVerbs), by the lemma table.
func (l language) frameVerb(fold string) bool {
	var buf [4]string
	return slices.ContainsFunc(l.lemmas.Lemmas(buf[:0], fold), func(lemma string) bool { return matchWords.frameVerbs.Has(lemma) })
}

func (l language) related(stem string) []string {
	if l.lex == nil {
		return nil
	}
	return l.lex.Related(stem)
}

// relatedCapital is what the stem of a word written with a capital is
// related to as a name (« Net » → « internet »), beside related.
func (l language) relatedCapital(stem string) []string {
	if l.lex == nil {
		return nil
	}
	return l.lex.RelatedCapital(stem)
}
