package french

import (
	"embed"
	"slices"
	"strings"
)

// dataFiles are every word list citebot ships, in one folder: French and
// English function words, question words, units of time, synonyms,
// English→French, months and weekdays, the extractors' lists (given names,
// places, organisations, role nouns, speech verbs, extractor_words.tsv,
// number words, abbreviations, title words) and the matcher's (question
// openings and speech verbs, yes/no words, matcher_words.tsv). None is a
// fact about one corpus.
//
//go:embed data
var dataFiles embed.FS

// DataLines returns the lines of the word list data/name, trimmed, without
// blank lines and # comments; nil if there is no such list (the lists are
// embedded and tested, so that is a build defect).
func DataLines(name string) []string {
	raw, err := dataFiles.ReadFile("data/" + name)
	if err != nil {
		return nil
	}
	return dataLines(string(raw))
}

//go:embed data/stopwords.txt
var stopWordsData string

//go:embed data/questionwords.txt
var questionWordsData string

//go:embed data/timeunits.txt
var timeUnitsData string

//go:embed data/name_titles.txt
var nameTitlesData string

//go:embed data/anaphors.txt
var anaphorsData string

// The word sets are built once from the embedded files and never written
// afterwards, so sharing them between goroutines is safe.
var (
	stopWords     = parseSet(firstFields(stopWordsData))
	functionWords = functionWordSet(dataLines(stopWordsData), DataLines("function_words.txt"))
	anaphors      = parseSet(anaphorsData)
	askedSpeech   = markedSets(DataLines("question_speech_verbs.tsv"))
	questionWords = parseSet(questionWordsData)
	timeUnits     = parseSet(timeUnitsData)
	speechVerbs   = speechVerbForms(DataLines("speech_verbs.txt"))
	nameTitles    = parseSet(nameTitlesData)
	// noContent is the union of both, for one look-up per word in Analyze.
	noContent = union(stopWords, questionWords)
)

// IsStopWord reports whether a folded word is a French function word that
// carries no content for search (articles, pronouns, prepositions, forms of
// être and avoir...).
func IsStopWord(fold string) bool {
	_, ok := stopWords[fold]
	return ok
}

// IsFunctionWord reports whether a folded word is one of the extractors'
// function words: a stop word marked "function" in stopwords.txt or a word
// of function_words.txt. It never starts a name and it ends a noun phrase.
func IsFunctionWord(fold string) bool {
	_, ok := functionWords[fold]
	return ok
}

// FunctionWords returns the extractors' function words (see
// IsFunctionWord), folded, in no order.
func FunctionWords() []string {
	out := make([]string, 0, len(functionWords))
	for w := range functionWords {
		out = append(out, w)
	}
	return out
}

// IsAnaphor reports whether a folded word is a pronoun that refers back to
// someone named before ("il", "elles", "celui-ci"): a question holding one
// follows up on the previous one.
func IsAnaphor(fold string) bool {
	_, ok := anaphors[fold]
	return ok
}

// IsQuoteVerb reports whether a folded verb form, after "qu'a" or "que",
// asks what someone said or thinks ("qu'a dit X", "que pense X").
func IsQuoteVerb(fold string) bool {
	return askedSpeech["quote"][fold]
}

// IsSpeakerVerb reports whether a folded verb form, after "qui a", asks who
// said something ("qui a dit …", "qui a lancé …").
func IsSpeakerVerb(fold string) bool {
	return askedSpeech["speaker"][fold]
}

// ExtractorWords returns a new set of the folded words of one of the
// extractors' lists of data/extractor_words.tsv ("org-head", "aux"…); it
// is empty for a list that file does not hold.
func ExtractorWords(list string) map[string]bool {
	return MarkedWords("extractor_words.tsv", list)
}

// MarkedWords returns a new set of the words of one list of a
// "word<TAB>list…" data file (abbreviations.tsv, title_words.tsv…), as the
// file writes them; it is empty for a list or file that does not exist.
// Each call reads the file: a package that reads several lists of one
// file reads them with MarkedLists.
func MarkedWords(file, list string) map[string]bool {
	set := map[string]bool{}
	for _, l := range DataLines(file) {
		if word, marks := markedLine(l); word != "" && slices.Contains(marks, list) {
			set[word] = true
		}
	}
	return set
}

// MarkedLists returns every list of a "word<TAB>list…" data file, each a
// new set of its words by the list's name; empty for a file that does not
// exist. bot/match reads 37 lists of matcher_words.tsv as it starts:
// reading the file once for each took 8–11 ms of every start.
func MarkedLists(file string) map[string]map[string]bool {
	return markedSets(DataLines(file))
}

// IsQuestionWord reports whether a folded word only frames a question:
// interrogatives (qui, combien, où) and light verbs (faire, être, avoir,
// s'agir). The matcher uses them for the question's type, not its content.
func IsQuestionWord(fold string) bool {
	_, ok := questionWords[fold]
	return ok
}

// IsNameTitle reports whether a folded word is a title written before a
// person's name ("m" of "M. Nee", "mme", "sir").
func IsNameTitle(fold string) bool {
	_, ok := nameTitles[fold]
	return ok
}

// IsSpeechVerb reports whether a folded word is a form of a verb that
// introduces or frames reported speech ("declare", "a-t-il" aside:
// "affirme", "precise", "estiment").
func IsSpeechVerb(fold string) bool {
	_, ok := speechVerbs[fold]
	return ok
}

// speechVerbForms reads speech_verbs.txt: a lone regular -er lemma stands
// for its forms (affirme, affirment, affirmé…); other verbs list theirs.
func speechVerbForms(lines []string) map[string]struct{} {
	set := map[string]struct{}{}
	for _, l := range lines {
		forms := strings.Fields(l)
		if len(forms) == 1 && strings.HasSuffix(forms[0], "er") {
			stem := strings.TrimSuffix(forms[0], "er")
			for _, end := range []string{"e", "es", "ent", "é", "ée", "és", "ées", "ant", "er", "ons", "ez"} {
				set[Fold(stem+end)] = struct{}{}
			}
			continue
		}
		for _, f := range forms {
			set[Fold(f)] = struct{}{}
		}
	}
	return set
}

// IsTimeUnit reports whether a folded word is a unit of time ("semaines",
// "heures"): a number before it states a duration.
func IsTimeUnit(fold string) bool {
	_, ok := timeUnits[fold]
	return ok
}

func union(a, b map[string]struct{}) map[string]struct{} {
	u := make(map[string]struct{}, len(a)+len(b))
	for k := range a {
		u[k] = struct{}{}
	}
	for k := range b {
		u[k] = struct{}{}
	}
	return u
}

// firstFields returns data with each line cut to its first tab-separated
// field (the word of a list whose lines may carry markers).
func firstFields(data string) string {
	var b strings.Builder
	for line := range strings.Lines(data) {
		word, _, _ := strings.Cut(strings.TrimRight(line, "\n"), "\t")
		b.WriteString(word)
		b.WriteByte('\n')
	}
	return b.String()
}

// functionWordSet returns the folded words of the stop word lines marked
// "function" and of the extra lines.
func functionWordSet(stopLines, extra []string) map[string]struct{} {
	set := map[string]struct{}{}
	for w := range markedSets(stopLines)["function"] {
		set[Fold(w)] = struct{}{}
	}
	for _, l := range extra {
		set[Fold(l)] = struct{}{}
	}
	return set
}

// markedLine splits a "word<TAB>mark mark…" line into its word and marks.
func markedLine(line string) (string, []string) {
	word, marks, _ := strings.Cut(line, "\t")
	return strings.TrimSpace(word), strings.Fields(marks)
}

// markedSets reads "word<TAB>mark mark…" lines into one set of words per
// mark; a line without a word is skipped.
func markedSets(lines []string) map[string]map[string]bool {
	sets := map[string]map[string]bool{}
	for _, l := range lines {
		word, marks := markedLine(l)
		if word == "" {
			continue
		}
		for _, m := range marks {
			if sets[m] == nil {
				sets[m] = map[string]bool{}
			}
			sets[m][word] = true
		}
	}
	return sets
}

// parseSet reads one word per line, skipping blank lines and # comments.
func parseSet(data string) map[string]struct{} {
	set := make(map[string]struct{})
	for _, line := range dataLines(data) {
		set[line] = struct{}{}
	}
	return set
}

// dataLines returns the trimmed lines of a data file without blank lines and
// # comments.
func dataLines(data string) []string {
	var out []string
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// UpperFirst returns s with its first letter in upper case ("à cause" →
// "À cause").
func UpperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
