package quiz

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/french"
)

// numberCore finds the number itself in a number mention, without its
// qualifier ("plus de 60" → "60", "14,2 milliards" → "14,2 milliards",
// "58 %" → "58", "seulement quatorze" → "quatorze"): the part a blank
// hides and an option shows. class is its written form (digits grouped
// or not, decimals, a magnitude word, a percent sign, or words), which
// every option of an item shares. ok is false when the mention is not one
// plain number ("vingt-quatre heures sur vingt-quatre", "un quart").
func numberCore(text string) (core string, start int, class string, ok bool) {
	if i := strings.IndexFunc(text, unicode.IsDigit); i >= 0 {
		return digitCore(text, i)
	}
	return wordCore(text)
}

func digitCore(text string, i int) (string, int, string, bool) {
	if !qualifier(text[:i]) {
		return "", 0, "", false
	}
	j := i
	digits := func() int {
		k := j
		for j < len(text) && '0' <= text[j] && text[j] <= '9' {
			j++
		}
		return j - k
	}
	class := "int"
	if n := digits(); n > 3 {
		class = "int" + strconv.Itoa(n)
	}
	if text[i] == '0' && j > i+1 {
		class += "-lead0" // "07" among "5" and "13" would stand out
	}
	intStart := i
	for {
		r, w := utf8.DecodeRuneInString(text[j:])
		if (r == ' ' || r == '\u00a0' || r == '\u202f') && j+w+3 <= len(text) {
			k := j
			j += w
			if digits() == 3 && (j == len(text) || text[j] < '0' || text[j] > '9') {
				class = "grouped"
				continue
			}
			j = k
		}
		break
	}
	class += "-" + roundness(text[intStart:j])
	if j+1 < len(text) && (text[j] == ',' || text[j] == '.') && '0' <= text[j+1] && text[j+1] <= '9' {
		j++
		class += "-decimal" + strconv.Itoa(digits()) // "28,70" among "18,6" would stand out
	}
	rest := text[j:]
	if m := magnitude(rest); m != "" {
		class += "-" + m
		j += len(rest) - len(strings.TrimLeft(rest, " \u00a0")) + len(m)
		rest = text[j:]
	}
	switch strings.TrimSpace(strings.ReplaceAll(rest, "\u00a0", " ")) {
	case "":
	case "%":
		class += "-percent"
	default:
		return "", 0, "", false
	}
	return text[i:j], i, class, true
}

// roundness says how round an integer is written ("70 000" → "z3+",
// "200" → "z2", "17" → "z0"): a round answer among ragged distractors,
// or the reverse, gives itself away.
func roundness(integer string) string {
	digits := strings.Map(func(r rune) rune {
		if '0' <= r && r <= '9' {
			return r
		}
		return -1
	}, integer)
	z := len(digits) - len(strings.TrimRight(digits, "0"))
	if z == len(digits) {
		z = 0 // "0" itself
	}
	switch {
	case z >= 3:
		return "z3+"
	default:
		return "z" + strconv.Itoa(z)
	}
}

// magnitude returns the magnitude word that rest starts with after a
// space ("millions"), or "".
func magnitude(rest string) string {
	t := strings.TrimLeft(rest, " \u00a0")
	if len(t) == len(rest) {
		return ""
	}
	for _, m := range []string{"milliards", "milliard", "millions", "million"} {
		if strings.HasPrefix(t, m) && (len(t) == len(m) || t[len(m)] == ' ') {
			return m
		}
	}
	return ""
}

// qualifier reports whether s, the words before a number, only qualify it
// ("plus de", "environ", "quelque"): lower-case words, spaces, apostrophes.
func qualifier(s string) bool {
	for _, r := range s {
		if !(unicode.IsLower(r) || r == ' ' || r == '\'' || r == '’' || r == '\u00a0') {
			return false
		}
	}
	return true
}

// numberWords are the French words a number is written with.
var numberWords = map[string]bool{
	"deux": true, "trois": true, "quatre": true, "cinq": true, "six": true, "sept": true,
	"huit": true, "neuf": true, "dix": true, "onze": true, "douze": true, "treize": true,
	"quatorze": true, "quinze": true, "seize": true, "vingt": true, "vingts": true,
	"trente": true, "quarante": true, "cinquante": true, "soixante": true, "cent": true,
	"cents": true, "mille": true, "un": true, "une": true, "et": true,
}

func wordCore(text string) (string, int, string, bool) {
	words := strings.Fields(text)
	if len(words) == 0 {
		return "", 0, "", false
	}
	// The number is the run of number words at the end; what comes before
	// qualifies it.
	k := len(words)
	for k > 0 && isNumberWord(words[k-1]) {
		k--
	}
	if k == len(words) || !qualifier(strings.Join(words[:k], " ")) {
		return "", 0, "", false
	}
	for i := k; i < len(words); i++ {
		// "et" joins only "vingt et un", "soixante et onze": "sept et
		// douze" is two numbers, and "un" follows only "et" ("tous deux
		// un type" is no number).
		switch f := french.Fold(words[i]); {
		case f == "et" && (i == k || i+1 == len(words) || !etJoins[french.Fold(words[i+1])]):
			return "", 0, "", false
		case (f == "un" || f == "une") && i > k && french.Fold(words[i-1]) != "et":
			return "", 0, "", false
		}
	}
	core := strings.Join(words[k:], " ")
	switch f := french.Fold(words[k]); f {
	case "un", "une", "et":
		// "un" alone is an article as often as a number; "et" joins.
		if k == len(words)-1 || f == "et" {
			return "", 0, "", false
		}
	}
	start := strings.LastIndex(text, core)
	if start < 0 {
		return "", 0, "", false
	}
	return core, start, "words", true
}

var etJoins = map[string]bool{"un": true, "une": true, "onze": true}

func isNumberWord(w string) bool {
	for _, p := range strings.Split(french.Fold(w), "-") {
		if !numberWords[p] {
			return false
		}
	}
	return true
}

// lowerMonths writes the month names of a date in lower case, as French
// does: "Avril" at the head of a sentence would stand out among options.
func lowerMonths(text string) string {
	var sb strings.Builder
	last := 0
	for _, t := range french.Tokenize(text) {
		if french.IsMonth(t.Fold) {
			sb.WriteString(text[last:t.Start])
			sb.WriteString(strings.ToLower(t.Text))
			last = t.End
		}
	}
	sb.WriteString(text[last:])
	return sb.String()
}

// datePattern reads the precision of a date mention: "DMY" (8 mars 1575),
// "DM" (12 novembre), "MY" (janvier 1952), "M" (juillet), "Y" (2012) or
// "AY" (années 1960). Options of one item share their pattern. ok is
// false for any other form ("fin 1952", "lundi").
func datePattern(text string) (pattern string, year int, ok bool) {
	var sb strings.Builder
	for _, t := range french.Tokenize(text) {
		f := t.Fold
		switch {
		case french.IsMonth(f):
			sb.WriteByte('M')
		case f == "annees":
			sb.WriteByte('A')
		case f == "1er":
			sb.WriteByte('D')
		case t.Kind == french.Number:
			n, err := strconv.Atoi(f)
			switch {
			case err != nil:
				return "", 0, false
			case n >= 1 && n <= 31 && len(f) <= 2:
				sb.WriteByte('D')
			case len(f) == 3 || len(f) == 4:
				sb.WriteByte('Y')
				year = n
			default:
				return "", 0, false
			}
		default:
			return "", 0, false
		}
	}
	switch p := sb.String(); p {
	case "DMY", "DM", "MY", "M", "Y", "AY":
		return p, year, true
	}
	return "", 0, false
}
