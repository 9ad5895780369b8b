package match

import "github.com/citebot/citebot/knowledge/french"

// typoFix is the word meant by a question word that the articles do not
// know, neither as written nor by its stem: the articles' nearest word,
// else, for a lower-case word, the lexicon's (« pésenté » → « présenté »,
// whose synonyms the articles may hold). sameVerb reports a correction
// that is another form of the same verb (« tenue », « tenus »): the
// asker's word as the articles write it, no typo. A capitalised word
// takes only the articles' word: the lexicon's would turn a name they
// never mention into a common word.
func (m *Matcher) typoFix(fold string, capital bool) (fix string, sameVerb bool) {
	if m.base.WordCount(fold) > 0 || m.base.HasStem(m.an.Stem(fold)) {
		return "", false
	}
	if c, ok := m.lang.correct(fold); ok && c != fold {
		return c, m.lang.sameVerb(fold, c)
	}
	if capital {
		return "", false
	}
	if c, ok := m.lang.correctFrench(fold); ok {
		return c, false
	}
	return "", false
}

// fixTypos reads a French question's lower-case words as meant: a word
// typed with a slip (« rprésenté », « conérence ») takes its correction's
// fold, so that what reads the question's words (its kind, a yes/no
// question's verb, the synonyms of its other words) reads the word the
// asker meant. Words already read otherwise (fixWhTypos,
// fixNounTypos), stop words, question words and French words the
// articles lack (« cités », « hongroise ») stay.
func (m *Matcher) fixTypos(toks []french.Token, folds []string) {
	for i, t := range toks {
		if t.Kind != french.Word || folds[i] != t.Fold || i > 0 && startsUpper(t.Text) ||
			!french.IsContent(t.Fold) || french.IsQuestionWord(t.Fold) || m.lang.lemmas.IsWord(t.Fold) {
			continue
		}
		if c, same := m.typoFix(t.Fold, false); c != "" && !same {
			folds[i] = c
		}
	}
}
