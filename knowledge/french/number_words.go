package french

import (
	"strconv"
	"strings"
	"sync"
)

// numberWords is data/number_words.tsv, parsed when first asked for (the
// extractors ask when they first read a number word: a start that reads
// its index file does not) and read-only afterwards.
var numberWords = sync.OnceValue(func() numberWordLists { return parseNumberWords(DataLines("number_words.tsv")) })

// numberWordLists are the lists of data/number_words.tsv: valued words by
// list ("number", "scale", "approx", "fraction"), and the qualifier
// phrases in file order.
type numberWordLists struct {
	values     map[string]map[string]float64
	qualifiers [][]string
}

// parseNumberWords reads "word<TAB>list<TAB>value" and
// "phrase<TAB>qualifier" lines; a line without a word or whose value does
// not parse is skipped (TestNumberWordsFile checks there is none).
func parseNumberWords(lines []string) numberWordLists {
	nw := numberWordLists{values: map[string]map[string]float64{}}
	for _, l := range lines {
		fields := strings.Split(l, "\t")
		switch {
		case strings.TrimSpace(fields[0]) == "":
			continue
		case len(fields) == 2 && fields[1] == "qualifier":
			nw.qualifiers = append(nw.qualifiers, strings.Fields(fields[0]))
		case len(fields) == 3:
			v, err := strconv.ParseFloat(fields[2], 64)
			if err != nil {
				continue
			}
			if nw.values[fields[1]] == nil {
				nw.values[fields[1]] = map[string]float64{}
			}
			nw.values[fields[1]][fields[0]] = v
		}
	}
	return nw
}

// NumberWords returns a new map of the folded words of one valued list of
// data/number_words.tsv to their values: "number" (vingt → 20), "scale"
// (millions → 1e6), "approx" (dizaine → 10) or "fraction" (quart → 0.25).
func NumberWords(list string) map[string]float64 {
	values := numberWords().values[list]
	m := make(map[string]float64, len(values))
	for w, v := range values {
		m[w] = v
	}
	return m
}

// NumberQualifiers returns the folded words of each phrase that makes a
// number approximate or a bound ("plus de", "environ"), longest first as
// data/number_words.tsv lists them.
func NumberQualifiers() [][]string {
	qualifiers := numberWords().qualifiers
	out := make([][]string, len(qualifiers))
	for i, q := range qualifiers {
		out[i] = append([]string(nil), q...)
	}
	return out
}

// IsFraction reports a folded noun of a share (« quart », « moitie »),
// read in place: NumberWords would copy the list on every call.
func IsFraction(fold string) bool { return numberWords().values["fraction"][fold] > 0 }

// IsCount reports a folded word that counts several: digits, or a number
// word of two or more (« sept », « vingt »), not « un » or « une », which
// are articles as often.
func IsCount(fold string) bool {
	return IsDigits(fold) && fold != "0" && fold != "1" || numberWords().values["number"][fold] >= 2
}
