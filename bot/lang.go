package bot

// speller corrects a folded word against the corpus vocabulary.
type speller interface {
	Correct(word string) (string, bool)
}

// lexicon knows related words and English translations.
type lexicon interface {
	Related(stem string) []string
	EnglishToFrench(fold string) []string
}

// language bundles the matcher's language resources; each may be nil.
type language struct {
	speller speller
	lex     lexicon
	isEng   func(folds []string) bool
}

func (l language) correct(fold string) (string, bool) {
	if l.speller == nil || len(fold) < 4 {
		return "", false
	}
	return l.speller.Correct(fold)
}

func (l language) related(stem string) []string {
	if l.lex == nil {
		return nil
	}
	return l.lex.Related(stem)
}

func (l language) toFrench(fold string) []string {
	if l.lex == nil {
		return nil
	}
	return l.lex.EnglishToFrench(fold)
}

func (l language) looksEnglish(folds []string) bool {
	if l.isEng != nil {
		return l.isEng(folds)
	}
	return false
}

// englishStop reports English function words that carry no content once a
// question is translated.
func (l language) englishStop(fold string) bool {
	switch fold {
	case "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "about",
		"is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had",
		"will", "would", "can", "could", "should", "and", "or", "it", "its", "this", "that",
		"these", "those", "what", "who", "whom", "whose", "which", "where", "when", "why", "how",
		"many", "much", "there", "they", "them", "their", "he", "she", "his", "her", "him",
		"as", "into", "than", "then", "so", "not", "no", "any", "some", "according":
		return true
	}
	return false
}

// englishFrame maps the words that frame an English question to the
// French ones the classifier reads.
var englishFrame = []struct {
	en []string
	fr []string
}{
	{[]string{"how", "many"}, []string{"combien"}},
	{[]string{"how", "much"}, []string{"combien"}},
	{[]string{"how", "often"}, []string{"a", "quelle", "frequence"}},
	{[]string{"how", "long"}, []string{"combien"}},
	{[]string{"in", "which", "year"}, []string{"en", "quelle", "annee"}},
	{[]string{"in", "what", "year"}, []string{"en", "quelle", "annee"}},
	{[]string{"who"}, []string{"qui"}},
	{[]string{"whom"}, []string{"qui"}},
	{[]string{"where"}, []string{"ou"}},
	{[]string{"when"}, []string{"quand"}},
	{[]string{"why"}, []string{"pourquoi"}},
	{[]string{"how"}, []string{"comment"}},
	{[]string{"which"}, []string{"quel"}},
	{[]string{"what"}, []string{"quel"}},
}

// translateFrame rewrites the leading English question words in French.
func (l language) translateFrame(folds []string) []string {
	for _, f := range englishFrame {
		if len(folds) < len(f.en) {
			continue
		}
		ok := true
		for i, w := range f.en {
			if folds[i] != w {
				ok = false
				break
			}
		}
		if ok {
			out := append(append([]string{}, f.fr...), folds[len(f.en):]...)
			// "who is X" keeps "est" so that the role question is seen.
			if len(out) > 1 && (out[1] == "is" || out[1] == "was") {
				out[1] = "est"
			}
			return out
		}
	}
	return folds
}

// newLanguage loads the language resources for a corpus.
func newLanguage(base interface{ Vocabulary() map[string]int }) language {
	return language{}
}
