package knowledge

import (
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge/french"
)

// anaphorWords is how many words opensWithAnaphor reads: a connective,
// the anaphor and the words after it.
const anaphorWords = 4

var (
	connectives = markedWords("extractor_words.tsv", "connective")
	impersonal  = markedWords("extractor_words.tsv", "impersonal")
)

// opensWithAnaphor reports a sentence whose subject refers back to the
// sentence before (SentenceFacts.Anaphoric): after an optional
// connective (« Mais », « Toutefois, »), a personal pronoun that is not
// impersonal (« Elle a réuni … », not « Il y a », « Il faut »), « ce
// dernier », « celle-ci », or a demonstrative before a noun (« Cet appel
// concernait … », « Ces sociétés … »).
func opensWithAnaphor(text string) bool {
	// Only the first words are read, without splitting the rest.
	var buf [anaphorWords]string
	words := buf[:0]
	start := -1
	for i, r := range text {
		sep := unicode.IsSpace(r) || r == ',' || r == '\'' || r == '’' || r == '«' || r == '»' || r == '"'
		switch {
		case !sep && start < 0:
			start = i
		case sep && start >= 0:
			words = append(words, french.Fold(text[start:i]))
			start = -1
		}
		if len(words) == anaphorWords {
			break
		}
	}
	if start >= 0 && len(words) < anaphorWords {
		words = append(words, french.Fold(text[start:]))
	}
	if len(words) > 0 && connectives()[words[0]] {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	switch first, next := words[0], words[1]; first {
	case "il", "ils":
		return !impersonal()[next]
	case "elle", "elles", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "cet":
		return true
	case "ce", "cette", "ces":
		// « Ce dernier », « cette dernière », « ces derniers »; « cette »
		// and « ces » before any noun; not « Ce qui », « C'est ».
		return strings.HasPrefix(next, "dernie") || first != "ce"
	}
	return false
}
