package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NormTokens is score.py's norm_tokens: lower case, ’ as ', accents
// dropped (NFKD, then every character with a combining class removed), then
// the runs of word characters.
func NormTokens(s string) []string {
	s = norm.NFKD.String(strings.ReplaceAll(strings.ToLower(s), "\u2019", "'"))
	var b strings.Builder
	var tokens []string
	flush := func() {
		if b.Len() > 0 {
			tokens = append(tokens, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			continue // Python drops it before tokenising: no word break
		}
		if isWord(r) {
			b.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return tokens
}

// isWord is Python's \w on str: letters, characters with a numeric value,
// and the underscore.
func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// isPySpace is Python's str.isspace, which \s and strip() use: Go's
// unicode.IsSpace plus the information separators U+001C to U+001F.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// Squash is score.py's squash: no-break spaces as spaces, every run of
// whitespace as one space, trimmed.
func Squash(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.Join(strings.FieldsFunc(s, isPySpace), " ")
}

// Coverage is score.py's coverage: the share of the evidence's words found
// in the quote, each quote word used at most as often as it occurs.
func Coverage(evidence, quote string) float64 {
	ev := NormTokens(evidence)
	if len(ev) == 0 {
		return 0
	}
	left := map[string]int{}
	for _, t := range NormTokens(quote) {
		left[t]++
	}
	hit := 0
	for _, t := range ev {
		if left[t] > 0 {
			left[t]--
			hit++
		}
	}
	return float64(hit) / float64(len(ev))
}

// Contains is score.py's contains: needle's words appear, in order and
// whole, in hay's words.
func Contains(hay, needle string) bool {
	n := strings.Join(NormTokens(needle), " ")
	h := strings.Join(NormTokens(hay), " ")
	return n != "" && strings.Contains(" "+h+" ", " "+n+" ")
}

// pySlice returns the first n characters of s, as Python's s[:n].
func pySlice(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
