package extract

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// numberWords are the French number words and their values.
var numberWords = numberWordList("number")

// scaleWords multiply the number before them ("600 millions").
var scaleWords = numberWordList("scale")

// approxWords are the nouns of a rough count ("des dizaines", "une centaine").
var approxWords = numberWordList("approx")

// fractionWords are the nouns of a share ("un quart", "la moitié").
var fractionWords = numberWordList("fraction")

// qualifiers are the words that make a number approximate or a bound,
// longest first so that "un peu plus de" wins over "plus de".
var qualifiers = sync.OnceValue(french.NumberQualifiers)

// numberWordValue reads a number word, hyphenated ones included
// ("vingt-quatre", "quatre-vingt-dix", "dix-sept").
func numberWordValue(fold string) (float64, bool) {
	if v, ok := numberWords()[fold]; ok {
		return v, true
	}
	first, _, hyphen := strings.Cut(fold, "-")
	if _, ok := numberWords()[first]; !hyphen || !ok {
		return 0, false
	}
	var parts []float64
	for _, p := range strings.Split(fold, "-") {
		if p == "et" {
			continue
		}
		v, ok := numberWords()[p]
		if !ok {
			return 0, false
		}
		parts = append(parts, v)
	}
	return combineNumberWords(parts), true
}

// combineNumberWords adds and multiplies number words as French does:
// "quatre vingt dix" is 4×20+10, "cent trente" 100+30, "deux mille" 2×1000.
func combineNumberWords(parts []float64) float64 {
	total, cur := 0.0, 0.0
	for _, v := range parts {
		switch {
		case v == 1000:
			total += max(cur, 1) * 1000
			cur = 0
		case v == 100:
			cur = max(cur, 1) * 100
		case v == 20 && cur > 0 && cur < 20 && int(cur)%10 != 0:
			cur *= 20 // quatre-vingt
		default:
			cur += v
		}
	}
	return total + cur
}

// numberSpan is a number found in a sentence, before its unit is read.
type numberSpan struct {
	start, end int // tokens
	value      float64
	// words is true for a number written in words, percent for "%".
	words, percent, approx bool
}

// extractNumbers finds the quantities of a sentence, skipping the tokens
// that dates cover.
func extractNumbers(es *sentence, dates []french.DateSpan, lx *lexicon) []article.Number {
	toks, text := es.toks, es.s.Text
	inDate := func(t french.Span) bool {
		// dates are in text order and do not overlap.
		k := sort.Search(len(dates), func(k int) bool { return dates[k].End > t.Start })
		return k < len(dates) && dates[k].Start < t.End
	}
	var out []article.Number
	for i := 0; i < len(toks); {
		if inDate(toks[i]) {
			i++
			continue
		}
		n, ok := readNumber(toks, i, text)
		if !ok {
			i++
			continue
		}
		for k := n.start; k < n.end; k++ {
			if inDate(toks[k]) {
				ok = false
			}
		}
		if !ok {
			i = n.end
			continue
		}
		start := qualifierStart(toks, n.start)
		unitStart, unitEnd := readUnit(toks, n.end, lx)
		end := n.end
		unit := ""
		if n.percent {
			unit = "%"
		} else if unitEnd > unitStart {
			unit = spanText(text, toks, unitStart, unitEnd)
		}
		// "vingt-quatre heures sur vingt-quatre", "sept jours sur sept"
		if unitEnd > unitStart && unitEnd+1 < len(toks) && toks[unitEnd].Is("sur") {
			if m, ok := readNumber(toks, unitEnd+1, text); ok && m.value == n.value {
				end = m.end
			}
		}
		if n.words && unit == "" && !n.approx {
			i = n.end
			continue // "les Huit" names a group, it counts nothing
		}
		out = append(out, article.Number{Text: spanText(text, toks, start, end), Value: n.value, Unit: unit, Sentence: es.s})
		i = max(end, n.end)
	}
	return out
}

// qualifierStart extends a number back over "plus de", "près de", "des"
// (of "des dizaines").
func qualifierStart(toks []french.Span, i int) int {
	for _, q := range qualifiers() {
		if i >= len(q) {
			match := true
			for k, w := range q {
				if toks[i-len(q)+k].Fold != w {
					match = false
					break
				}
			}
			if match {
				return i - len(q)
			}
		}
	}
	return i
}

// readNumber reads the number that starts at token i: digits ("100 000",
// "3,2", "14,2 milliards", "50 %"), words ("vingt-quatre", "cent trente",
// "un quart", "des dizaines").
func readNumber(toks []french.Span, i int, text string) (numberSpan, bool) {
	t := toks[i]
	var n numberSpan
	switch {
	case t.Word && french.IsDigits(t.Text):
		if i > 0 && toks[i-1].Text == ":" && toks[i-1].End == t.Start || i+2 < len(toks) && toks[i+1].Text == ":" && toks[i+1].Start == t.End {
			return n, false // a time, "6:04"
		}
		if i > 0 && toks[i-1].Is("n°", "no", "numero") {
			return n, false
		}
		digits := t.Text
		j := i + 1
		// Thousands: "100 000" (one space, or a no-break one).
		for j < len(toks) && toks[j].Word && len(toks[j].Text) == 3 && french.IsDigits(toks[j].Text) && french.OneSpace(text, toks[j-1], toks[j]) && len(digits) <= 3 {
			digits += toks[j].Text
			j++
		}
		// Decimals: "3,2", "14.5".
		if j+1 < len(toks) && toks[j].Is(",", ".") && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End && toks[j+1].Word && french.IsDigits(toks[j+1].Text) {
			digits += "." + toks[j+1].Text
			j += 2
		}
		v, err := strconv.ParseFloat(digits, 64)
		if err != nil {
			return n, false
		}
		n = numberSpan{start: i, end: j, value: v}
	case t.Word:
		var parts []float64
		j := i
		for j < len(toks) && toks[j].Word {
			v, ok := numberWordValue(toks[j].Fold)
			if !ok {
				if toks[j].Is("et") && len(parts) > 0 && j+1 < len(toks) {
					if _, next := numberWordValue(toks[j+1].Fold); next {
						j++
						continue
					}
				}
				break
			}
			parts = append(parts, v)
			j++
		}
		switch {
		case len(parts) > 0:
			n = numberSpan{start: i, end: j, value: combineNumberWords(parts), words: true}
			if n.end == i+1 && (t.Is("un", "une") || t.Is("neuf")) {
				// "un", "une" are articles and "neuf" means new, unless a
				// count follows: "un quart", "une dizaine", "neuf pays".
				if j >= len(toks) {
					return n, false
				}
				next := toks[j].Fold
				_, frac := fractionWords()[next]
				_, approx := approxWords()[next]
				if !frac && !approx && !(t.Is("neuf") && strings.HasSuffix(next, "s") && !toks[j].Cap) {
					return n, false
				}
			}
		case approxWords()[t.Fold] > 0 && strings.HasSuffix(t.Fold, "s") && i > 0 && toks[i-1].Is("des", "de", "d'", "plusieurs", "quelques", "les"):
			// "des dizaines", "des milliers": a count with no number.
			return numberSpan{start: i - 1, end: i + 1, words: true, approx: true}, true
		case t.Is("moitie") && i > 0 && toks[i-1].Is("la"):
			return numberSpan{start: i - 1, end: i + 1, value: 0.5, words: true}, true
		default:
			return n, false
		}
	default:
		return n, false
	}
	// What follows: a scale, a share, a rough count, a percent sign.
	j := n.end
	if j < len(toks) {
		f := toks[j].Fold
		switch {
		case scaleWords()[f] > 0:
			n.value *= scaleWords()[f]
			n.end = j + 1
		case approxWords()[f] > 0 && n.words:
			n.value *= approxWords()[f]
			n.end = j + 1
			n.approx = true
		case fractionWords()[f] > 0:
			n.value *= fractionWords()[f]
			n.end = j + 1
		case toks[j].Text == "%":
			n.percent = true
			n.end = j + 1
		case f == "pour" && j+1 < len(toks) && toks[j+1].Is("cent"):
			n.percent = true
			n.end = j + 2
		}
	}
	return n, true
}

// readUnit reads what a number counts, from token i: "pays et régions",
// "principes de base", "millions d’internautes" after the partitive "de".
func readUnit(toks []french.Span, i int, lx *lexicon) (int, int) {
	if i+2 < len(toks) && toks[i].Is("d'", "de") && toks[i+1].Is("entre") && toks[i+2].Is("les", "ces", "ses", "leurs") {
		i += 3 // "huit d'entre les prisonniers"
	} else if i < len(toks) && toks[i].Is("de", "d'", "des") {
		i++
	}
	if i+1 < len(toks) && toks[i].Is("autres") {
		i++ // "trois autres artistes"
	}
	start := i
	end := i
	usedDe := false
	for j := i; j < len(toks) && j-start < 6; j++ {
		t := toks[j]
		if !t.Word {
			break
		}
		if _, num := numberWordValue(t.Fold); num && j > start {
			break
		}
		afterDe := j > 0 && toks[j-1].Is("de", "d'")
		switch {
		case j == start:
			if lx.function[t.Fold] || t.Cap && j > 0 && !toks[j-1].Is("de", "d'", "des") || french.IsDigits(t.Text) {
				return start, start
			}
			end = j + 1
		case t.Is("de", "d'") && !usedDe && j+1 < len(toks) && toks[j+1].Word && !lx.function[toks[j+1].Fold]:
			usedDe = true
		case t.Is("et", "ou") && j+1 < len(toks) && toks[j+1].Word && (!lx.function[toks[j+1].Fold] || toks[j+1].Is("d'", "de")):
			// "pays et régions", "d’Etats et d’entreprises"
		case (t.Is("d'", "de")) && toks[j-1].Is("et", "ou"):
		case lx.function[t.Fold] || t.Cap && !afterDe:
			return start, end
		case isParticiple(t.Text) && !afterDe && j+1 < len(toks) && lx.function[toks[j+1].Fold] && !toks[j+1].Is("de", "d'", "et", "ou", "des", "du"):
			return start, end
		default:
			end = j + 1
		}
	}
	return start, end
}

// isParticiple reports a past participle as written ("organisés"), which
// starts a new clause after the counted noun rather than describing it.
func isParticiple(word string) bool {
	if len(word) <= 5 {
		return false
	}
	for _, e := range []string{"é", "és", "ée", "ées"} {
		if strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}
