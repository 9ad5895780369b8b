package quiz

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/french"
)

// folds returns the folded tokens of s, each compound followed by its
// parts: the units that option and sentence are compared by, so that
// "Etats-Unis" meets "États-Unis", "20 000" meets "20000", "Bruxelles"
// meets "Bruxelles-Ville", but "Paris" never matches inside "Parisien".
func folds(s string) []string {
	toks := french.Tokenize(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Fold)
		if t.Has(french.Compound) {
			out = append(out, t.Parts()...)
		}
	}
	return out
}

// span is a byte range of a text.
type span struct{ start, end int }

// findAll returns where phrase occurs in text as a run of whole tokens,
// folded, left to right and not overlapping.
func findAll(text, phrase string) []span {
	want := folds(phrase)
	if len(want) == 0 {
		return nil
	}
	toks := french.Tokenize(text)
	var out []span
	for i := 0; i+len(want) <= len(toks); i++ {
		ok := true
		for j, w := range want {
			if toks[i+j].Fold != w {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, span{toks[i].Start, toks[i+len(want)-1].End})
			i += len(want) - 1
		}
	}
	return out
}

// hasRun reports whether the folded tokens want occur in toks as a run.
func hasRun(toks, want []string) bool {
	if len(want) == 0 {
		return false
	}
	for i := 0; i+len(want) <= len(toks); i++ {
		if slices.Equal(toks[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// occurs reports whether any of the forms occurs in text as whole tokens
// (or parts of a compound).
func occurs(text string, forms ...string) bool {
	toks := folds(text)
	for _, f := range forms {
		if hasRun(toks, folds(f)) {
			return true
		}
	}
	return false
}

// stemmer stems folded words, remembering them: the generator stems the
// same sentences and names thousands of times. Safe for concurrent use.
type stemmer struct {
	mu    sync.Mutex
	stems map[string]string
	// texts and foldsOf remember whole texts: a sentence is checked
	// against every candidate of every item it cites.
	texts   map[string][]string
	foldsOf map[string][]string
}

// folds is folds(s), remembered.
func (st *stemmer) folds(s string) []string {
	st.mu.Lock()
	f, ok := st.foldsOf[s]
	st.mu.Unlock()
	if ok {
		return f
	}
	f = folds(s)
	st.mu.Lock()
	if st.foldsOf == nil {
		st.foldsOf = map[string][]string{}
	}
	st.foldsOf[s] = f
	st.mu.Unlock()
	return f
}

func (st *stemmer) stem(fold string) string {
	st.mu.Lock()
	defer st.mu.Unlock()
	s, ok := st.stems[fold]
	if !ok {
		if st.stems == nil {
			st.stems = map[string]string{}
		}
		s = french.Stem(fold)
		st.stems[fold] = s
	}
	return s
}

// contentStems returns the stems of s's content words (stop words
// dropped), the words a sentence must hold to support s.
func (st *stemmer) contentStems(s string) []string {
	st.mu.Lock()
	out, ok := st.texts[s]
	st.mu.Unlock()
	if ok {
		return out
	}
	defer func() {
		st.mu.Lock()
		if st.texts == nil {
			st.texts = map[string][]string{}
		}
		st.texts[s] = out
		st.mu.Unlock()
	}()
	for _, t := range french.Tokenize(s) {
		if t.Kind == french.Elision || french.IsStopWord(t.Fold) {
			continue
		}
		for _, p := range t.Parts() {
			if !french.IsStopWord(p) {
				out = append(out, st.stem(p))
			}
		}
	}
	return out
}

// blank is what stands for the hidden answer in a question.
const blank = "_____"

// mask replaces the spans of text (sorted, not overlapping) with blanks.
func mask(text string, spans []span) string {
	var sb strings.Builder
	last := 0
	for _, sp := range spans {
		sb.WriteString(text[last:sp.start])
		sb.WriteString(blank)
		last = sp.end
	}
	sb.WriteString(text[last:])
	return sb.String()
}

// window cuts a long masked sentence down to the clauses around its first
// blank, marking each cut with "…", so that the question stays readable
// (and fits a Telegram poll) while keeping what the blank depends on: at
// least minContextRunes on each side where the sentence has them.
func window(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= maxContextRunes {
		return text
	}
	at := strings.Index(text, blank)
	cuts := append(clauseCuts(text), len(text))
	lo, hi := at, at+len(blank)
	for {
		grew := false
		if p := prevCut(cuts, lo); p >= 0 && runes(text[p:hi]) <= maxContextRunes {
			lo, grew = p, true
		}
		if n := nextCut(cuts, hi); n >= 0 && runes(text[lo:n]) <= maxContextRunes {
			hi, grew = n, true
		}
		if !grew {
			break
		}
	}
	if short(text[:lo], text[lo:at]) || short(text[hi:], text[at+len(blank):hi]) {
		// The clauses around the blank are too long or too short to
		// show: cut at words, as much on each side.
		lo, hi = wordWindow(text, at)
	}
	out := strings.TrimSpace(text[lo:hi])
	out = strings.TrimRight(out, ",;:")
	if lo > 0 {
		out = "… " + strings.TrimLeft(out, ",;: ")
	}
	if hi < len(text) {
		out += " …"
	}
	return out
}

// short reports whether kept, the context on one side of the blank, is
// thin while the sentence has more (dropped) on that side.
func short(dropped, kept string) bool {
	return strings.TrimSpace(dropped) != "" && runes(kept) < minContextRunes
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// clauseCuts returns the byte offsets just after each clause mark.
func clauseCuts(text string) []int {
	var out []int
	for i, r := range text {
		switch r {
		case ',', ';', ':', '(', ')', '—', '–':
			out = append(out, i+utf8.RuneLen(r))
		}
	}
	return out
}

func prevCut(cuts []int, before int) int {
	best := -1
	for _, c := range cuts {
		if c < before {
			best = c
		}
	}
	if best == -1 && before > 0 {
		return 0
	}
	return best
}

func nextCut(cuts []int, after int) int {
	for _, c := range cuts {
		if c > after {
			return c
		}
	}
	return -1
}

// wordWindow returns a range of whole words around the blank at at, of
// at most maxContextRunes runes, widened a word left and a word right in
// turn.
func wordWindow(text string, at int) (int, int) {
	lo, hi := at, at+len(blank)
	for {
		moved := false
		if lo > 0 {
			i := strings.LastIndexByte(text[:lo-1], ' ') + 1 // 0 when none
			if runes(text[i:hi]) <= maxContextRunes {
				lo, moved = i, true
			}
		}
		if hi < len(text) {
			j := len(text)
			if k := strings.IndexByte(text[hi+1:], ' '); k >= 0 {
				j = hi + 1 + k
			}
			if runes(text[lo:j]) <= maxContextRunes {
				hi, moved = j, true
			}
		}
		if !moved {
			return lo, hi
		}
	}
}

// startsWithVowel reports whether s begins with a vowel sound as French
// elision sees it (a vowel or a mute h, taken as mute).
func startsWithVowel(s string) bool {
	f := french.Fold(s)
	r, _ := utf8.DecodeRuneInString(f)
	return strings.ContainsRune("aeiouyh", r) || unicode.IsDigit(r) && strings.HasPrefix(f, "8") || strings.HasPrefix(f, "11")
}

// shape is the written form of a name-like option: how many words, and
// whether it is an acronym, so that "ONU" never stands among
// "Banque mondiale" and "Fonds monétaire international".
func shape(s string) string {
	toks := french.Tokenize(s)
	acronym := len(toks) == 1 && toks[0].Has(french.AllCaps)
	if strings.ContainsAny(s, "0123456789") {
		return "digits" // "8ZAL40S" or "3DS" among names would stand out
	}
	switch {
	case acronym:
		return "acronym"
	case len(toks) == 1:
		return "1"
	case len(toks) <= 3:
		return "2-3"
	}
	return "4+"
}

// lengthsFit reports whether no option is much longer than another.
func lengthsFit(a, b string) bool {
	x, y := float64(runes(a)), float64(runes(b))
	return x <= y*maxLengthRatio && y <= x*maxLengthRatio
}
