package lexres

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed data/lemmas.txt
var embeddedLemmas string

// Lemmas maps folded French word forms to their lemmas. Its data is a
// sorted text, one form a line ("form\tcode,code"), searched in place by
// bisection: no parsing and no map at start-up, a few dozen string
// comparisons a look-up. A form absent from the table is its own lemma.
type Lemmas struct {
	data string
}

// EmbeddedLemmas is the lemma table compiled into the binary.
func EmbeddedLemmas() Lemmas { return Lemmas{embeddedLemmas} }

// NewLemmas reads a table in the format EncodeLemmas writes, sorted by form.
func NewLemmas(data string) Lemmas { return Lemmas{data} }

// Len is the number of forms in the table.
func (l Lemmas) Len() int { return strings.Count(l.data, "\n") }

// Lemmas appends to dst the lemmas of a folded form: the form itself when
// the table does not hold it, else every lemma the form is an inflection of
// ("partie" → "partie", "partir"), sorted.
func (l Lemmas) Lemmas(dst []string, fold string) []string {
	codes, ok := l.find(fold)
	if !ok {
		return append(dst, fold)
	}
	for codes != "" {
		var c string
		c, codes, _ = strings.Cut(codes, ",")
		if lemma, ok := decode(fold, c); ok {
			dst = append(dst, lemma)
		}
	}
	return dst
}

// Known reports whether the table lists the form (as the inflection of
// another word, or as a word that is also one).
func (l Lemmas) Known(fold string) bool {
	_, ok := l.find(fold)
	return ok
}

// IsWord reports whether the table knows the folded word as French: as a
// form it lists, or as the lemma of a form it lists that inflects it in
// the usual way (« maison » of « maisons », « gérer » of « gérons »). A
// word that never inflects (« toutefois ») is not found.
func (l Lemmas) IsWord(fold string) bool {
	if l.Known(fold) {
		return true
	}
	forms := []string{fold + "s", fold + "x", fold + "e"}
	if n := len(fold); n > 4 && (strings.HasSuffix(fold, "er") || strings.HasSuffix(fold, "ir") || strings.HasSuffix(fold, "re")) {
		forms = append(forms, fold[:n-2]+"ons", fold[:n-2]+"issons")
	}
	var buf [4]string
	for _, f := range forms {
		for _, lemma := range l.Lemmas(buf[:0], f) {
			if lemma == fold && f != fold {
				if _, listed := l.find(f); listed {
					return true
				}
			}
		}
	}
	return false
}

// find bisects the sorted lines for fold and returns its codes.
func (l Lemmas) find(fold string) (string, bool) {
	key := fold + "\t"
	i := lowerBound(l.data, key)
	if !strings.HasPrefix(l.data[i:], key) {
		return "", false
	}
	line, _, _ := strings.Cut(l.data[i+len(key):], "\n")
	return line, true
}

// lowerBound returns the offset of the first line of the sorted text d
// that is not less than key (len(d) when none is): the bisection both
// tables are searched in place with.
func lowerBound(d, key string) int {
	lo, hi := 0, len(d) // lo starts a line; hi starts a line or ends d
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(d[lo:mid], '\n') + 1
		end := strings.IndexByte(d[start:], '\n')
		if end < 0 {
			end = len(d)
		} else {
			end += start
		}
		if d[start:end] < key {
			lo = end + 1
		} else {
			hi = start
		}
	}
	return min(lo, len(d))
}

// EncodeLemmas is one line of a lemma table: the form, a tab, and each
// lemma as the number of bytes to cut from the end of the form and the
// bytes to add ("parlons", ["parler"] → "parlons\t3er").
func EncodeLemmas(form string, lemmas []string) string {
	var b strings.Builder
	b.WriteString(form)
	b.WriteByte('\t')
	for i, lemma := range lemmas {
		if i > 0 {
			b.WriteByte(',')
		}
		p := 0
		for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
			p++
		}
		b.WriteString(strconv.Itoa(len(form) - p))
		b.WriteString(lemma[p:])
	}
	return b.String()
}

// decode applies one code of EncodeLemmas to form.
func decode(form, code string) (string, bool) {
	n := 0
	for n < len(code) && code[n] >= '0' && code[n] <= '9' {
		n++
	}
	cut, err := strconv.Atoi(code[:n])
	if err != nil || cut > len(form) {
		return "", false
	}
	return form[:len(form)-cut] + code[n:], true
}
