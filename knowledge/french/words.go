package french

import (
	"embed"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/strtab"
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

// wordSets are the word sets the package asks of every word it reads. They
// are compiled in (compiledWords, words_generated.go, which `go test
// ./knowledge/french -run TestWordSetsAreCurrent -update` rewrites from the
// data files after one changes): static tables the linker lays out, so
// that a start neither parses a list nor fills a map. Read-only, they are
// shared by every goroutine.
type wordSets struct {
	stop, function, anaphors, askedQuote, askedSpeaker, question strtab.Table
	timeUnits, speechVerbs, nameTitles                           strtab.Table
	// noContent is the union of the stop and question words, for one
	// look-up per word in Analyze.
	noContent strtab.Table
	// The lists of tokenizer_words.tsv.
	elisions, clitics, pronouns strtab.Table
	// englishFunction holds English function and question words.
	englishFunction strtab.Table
}

// IsStopWord reports whether a folded word is a French function word that
// carries no content for search (articles, pronouns, prepositions, forms of
// être and avoir...).
func IsStopWord(fold string) bool {
	return compiledWords.stop.Has(fold)
}

// IsFunctionWord reports whether a folded word is one of the extractors'
// function words: a stop word marked "function" in stopwords.txt or a word
// of function_words.txt. It never starts a name and it ends a noun phrase.
func IsFunctionWord(fold string) bool {
	return compiledWords.function.Has(fold)
}

// FunctionWords returns the extractors' function words (see
// IsFunctionWord), folded, in no order.
func FunctionWords() []string {
	return slices.Clone(compiledWords.function.Strs)
}

// IsAnaphor reports whether a folded word is a pronoun that refers back to
// someone named before ("il", "elles", "celui-ci"): a question holding one
// follows up on the previous one.
func IsAnaphor(fold string) bool {
	return compiledWords.anaphors.Has(fold)
}

// IsQuoteVerb reports whether a folded verb form, after "qu'a" or "que",
// asks what someone said or thinks ("qu'a dit X", "que pense X").
func IsQuoteVerb(fold string) bool {
	return compiledWords.askedQuote.Has(fold)
}

// IsSpeakerVerb reports whether a folded verb form, after "qui a", asks who
// said something ("qui a dit …", "qui a lancé …").
func IsSpeakerVerb(fold string) bool {
	return compiledWords.askedSpeaker.Has(fold)
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
// exist. The generator of bot/match's compiled word lists reads them so
// (wordlists_generated_test.go), each file once.
func MarkedLists(file string) map[string]map[string]bool {
	return markedSets(DataLines(file))
}

// IsQuestionWord reports whether a folded word only frames a question:
// interrogatives (qui, combien, où) and light verbs (faire, être, avoir,
// s'agir). The matcher uses them for the question's type, not its content.
func IsQuestionWord(fold string) bool {
	return compiledWords.question.Has(fold)
}

// IsNameTitle reports whether a folded word is a title written before a
// person's name ("m" of "M. Nee", "mme", "sir").
func IsNameTitle(fold string) bool {
	return compiledWords.nameTitles.Has(fold)
}

// IsSpeechVerb reports whether a folded word is a form of a verb that
// introduces or frames reported speech ("declare", "a-t-il" aside:
// "affirme", "precise", "estiment").
func IsSpeechVerb(fold string) bool {
	return compiledWords.speechVerbs.Has(fold)
}

// IsTimeUnit reports whether a folded word is a unit of time ("semaines",
// "heures"): a number before it states a duration.
func IsTimeUnit(fold string) bool {
	return compiledWords.timeUnits.Has(fold)
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
