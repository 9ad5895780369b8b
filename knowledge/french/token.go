package french

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is, so that callers can keep or drop it without
// looking at its text again.
type Kind uint8

// The kinds of token.
const (
	// Word is a run of letters and digits ("président", "G8", "14h30",
	// "vice-président", "aujourd'hui").
	Word Kind = iota
	// Number is a run of digits, with thousand groups and one decimal part
	// ("100 000", "3,2"); its Fold is the bare number ("100000", "3.2").
	Number
	// Elision is an elided article or pronoun cut off the next word ("l'",
	// "qu'", "jusqu'"); its Fold has no apostrophe ("l", "qu").
	Elision
	// Clitic is an English clitic cut off its word ("'s" in "Obama's",
	// "'t" in "don't"); its Fold keeps the apostrophe ("'s").
	Clitic
	// Symbol is a sign that carries meaning next to a number: % € $ £.
	Symbol
)

// Flags describe how a token was written in the original text.
type Flags uint8

// The token flags.
const (
	// Capitalized: the first letter is upper case (a proper-noun candidate
	// unless the word starts a sentence).
	Capitalized Flags = 1 << iota
	// AllCaps: every letter is upper case and the token has two letters or a
	// digit ("ONU", "G8", "U.S.A."), the shape of an acronym.
	AllCaps
	// Compound: the word joins parts with hyphens ("vice-président").
	Compound
	// HasDigit: the token contains a digit.
	HasDigit
)

// Token is one token of a text.
type Token struct {
	// Text is the token exactly as written: Text == s[Start:End].
	Text       string
	Start, End int
	// Fold is the token folded (see Fold), the form to compare and index.
	Fold  string
	Kind  Kind
	Flags Flags
}

// Has reports whether all of flags f are set on t.
func (t Token) Has(f Flags) bool { return t.Flags&f == f }

// Parts returns the folded parts of a compound ("vice-president" →
// ["vice", "president"]) so that each part is searchable too; a token that is
// not a compound has one part, its Fold.
func (t Token) Parts() []string {
	if t.Flags&Compound == 0 {
		return []string{t.Fold}
	}
	return strings.Split(t.Fold, "-")
}

// Tokenize cuts s into tokens in text order. It never fails: invalid UTF-8,
// control characters, emoji and other signs separate tokens. Offsets are
// byte offsets into s. Tokenize allocates little (the token slice and one
// string for all folds that differ from their text), because it runs over
// every sentence of a corpus.
func Tokenize(s string) []Token {
	return TokenizeInto(nil, s)
}

// TokenizeInto is Tokenize into buf's array, reused by a caller that
// tokenizes text after text, made anew without room for len(s)/6+1 tokens
// (French has 5–6 bytes a token; grown from 0, seven reallocations).
func TokenizeInto(buf []Token, s string) []Token {
	if room := len(s)/6 + 1; cap(buf) < room {
		buf = make([]Token, 0, room)
	}
	tz := tokenizer{s: s, toks: buf[:0]}
	tz.run()
	return tz.toks
}

// tokenizer holds the state of one Tokenize call.
type tokenizer struct {
	s    string
	toks []Token
	// folds holds the folds that differ from the text, in token order:
	// one string for all the folds of a text keeps Tokenize at a few
	// allocations.
	folds strings.Builder
}

// Character classes.
const (
	cOther = iota
	cLetter
	cDigit
	cMark
	cApos
	cHyphen
	cSpace
	cSymbol
)

func classOf(r rune) int {
	if r < utf8.RuneSelf {
		switch c := byte(r); {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			return cLetter
		case '0' <= c && c <= '9':
			return cDigit
		case c == '\'':
			return cApos
		case c == '-':
			return cHyphen
		case c == ' ':
			return cSpace
		case c == '%' || c == '$':
			return cSymbol
		}
		return cOther
	}
	switch r {
	case '’', '‘', 'ʼ':
		return cApos
	case '‐', '‑':
		return cHyphen
	case '\u00a0', '\u202f', '\u2009', '\u2007':
		return cSpace
	case '€', '£':
		return cSymbol
	case utf8.RuneError:
		return cOther
	}
	switch {
	case unicode.IsLetter(r):
		return cLetter
	case unicode.IsDigit(r):
		return cDigit
	case isMark(r) || unicode.Is(unicode.Mc, r):
		return cMark
	}
	return cOther
}

// at decodes the rune at byte i and its class; past the end it returns
// cOther so that look-ahead needs no bounds checks.
func (tz *tokenizer) at(i int) (rune, int, int) {
	if i >= len(tz.s) {
		return 0, 0, cOther
	}
	if c := tz.s[i]; c < utf8.RuneSelf {
		return rune(c), 1, classOf(rune(c))
	}
	r, size := utf8.DecodeRuneInString(tz.s[i:])
	return r, size, classOf(r)
}

func (tz *tokenizer) run() {
	for i := 0; i < len(tz.s); {
		i = tz.step(i)
	}
}

// step reads the token that starts at byte i, if one does, and returns
// where the next one may start.
func (tz *tokenizer) step(i int) int {
	_, size, c := tz.at(i)
	switch c {
	case cLetter, cDigit:
		if end := tz.acronym(i); end > i {
			tz.add(i, end, Word, i, end)
			return end
		}
		end, joined, digits := tz.scanWord(i)
		if digits {
			end = tz.number(i, end)
			tz.add(i, end, Number, i, end)
		} else if joined {
			tz.joined(i, end)
		} else {
			tz.addWord(i, end)
		}
		return end
	case cSymbol:
		tz.add(i, i+size, Symbol, i, i+size)
	}
	return i + size
}

// acronym recognises dotted acronyms ("U.S.A.", "U.E.") starting at i and
// returns their end, or i.
func (tz *tokenizer) acronym(i int) int {
	if c := tz.s[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z' || i+1 >= len(tz.s) || tz.s[i+1] != '.') {
		return i // the common case: not an upper-case letter and a dot
	}
	n, j := 0, i
	for {
		r, size, c := tz.at(j)
		if c != cLetter || !unicode.IsUpper(r) || j+size >= len(tz.s) || tz.s[j+size] != '.' {
			break
		}
		n++
		j += size + 1
	}
	if n < 2 {
		return i
	}
	if _, _, c := tz.at(j); c == cLetter || c == cDigit || c == cMark {
		return i
	}
	return j
}

// scanWord finds the end of the word starting at i: letters, digits and
// marks, joined by single inner apostrophes or hyphens. joined says a joiner
// was crossed; digits says the word is digits only.
func (tz *tokenizer) scanWord(i int) (end int, joined, digits bool) {
	digits = true
	j := i
	for {
		// Fast path over ASCII letters and digits.
		for j < len(tz.s) {
			c := tz.s[j]
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				digits = false
			} else if c < '0' || c > '9' {
				break
			}
			j++
		}
		_, size, c := tz.at(j)
		switch c {
		case cLetter, cMark:
			digits = false
			j += size
			continue
		case cDigit:
			j += size
			continue
		case cApos, cHyphen:
			if _, _, next := tz.at(j + size); next == cLetter || next == cDigit {
				joined = true
				digits = false
				j += size
				continue
			}
		}
		return j, joined, digits
	}
}

// number extends the digits s[i:end] over thousand groups ("100 000",
// "1 234 567") and one decimal part ("3,2", "14.5").
func (tz *tokenizer) number(i, end int) int {
	if end-i <= 3 {
		for {
			_, size, c := tz.at(end)
			if c != cSpace || !tz.digitsAt(end+size, 3) {
				break
			}
			end += size + 3
		}
	}
	if end < len(tz.s) && (tz.s[end] == ',' || tz.s[end] == '.') {
		j := end + 1
		for j < len(tz.s) && '0' <= tz.s[j] && tz.s[j] <= '9' {
			j++
		}
		if j > end+1 {
			if _, _, c := tz.at(j); c != cLetter && c != cMark {
				end = j
			}
		}
	}
	return end
}

// digitsAt reports whether exactly n ASCII digits stand at i, followed by
// neither a digit nor a letter.
func (tz *tokenizer) digitsAt(i, n int) bool {
	if i+n > len(tz.s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if c := tz.s[k]; c < '0' || c > '9' {
			return false
		}
	}
	_, _, c := tz.at(i + n)
	return c != cDigit && c != cLetter && c != cMark
}

// joined cuts a word that contains apostrophes or hyphens: leading elisions,
// a trailing English clitic, inverted pronouns ("a-t-il"); what is left is
// one token, a compound if it still has hyphens.
func (tz *tokenizer) joined(start, end int) {
	var small [24]byte // folds short parts on the stack for the look-ups
	cur := start
	for {
		p, size := tz.nextJoiner(cur, end, cApos)
		if p < 0 || !isElision(appendFold(small[:0], tz.s[cur:p])) {
			break
		}
		tz.add(cur, p+size, Elision, cur, p)
		cur = p + size
	}
	stop := end
	if p, size := tz.lastJoiner(cur, end, cApos); p > cur {
		if isClitic(appendFold(small[:0], tz.s[p+size:end])) && strings.IndexFunc(tz.s[p:end], isHyphen) < 0 {
			stop = p
		}
	}
	tz.hyphenated(cur, stop)
	if stop < end {
		tz.add(stop, end, Clitic, stop, end)
	}
}

// hyphenated emits s[start:end], splitting off a tail of inverted pronouns
// ("a-t-il" → "a", "il"; "est-ce" → "est", "ce"; "dites-le-moi").
func (tz *tokenizer) hyphenated(start, end int) {
	var small [24]byte // folds short parts on the stack for the look-ups
	// Walk the parts backwards while they are pronouns.
	split, tail := end, end
	for {
		p, size := tz.lastJoiner(start, tail, cHyphen)
		if p < 0 {
			break
		}
		part := appendFold(small[:0], tz.s[p+size:tail])
		if !isPronoun(part) && !(string(part) == "t" && tail != end) {
			break
		}
		split, tail = p, p
	}
	if split == end {
		tz.add(start, end, Word, start, end)
		return
	}
	tz.add(start, split, Word, start, split)
	for i := split; i < end; {
		_, size := utf8.DecodeRuneInString(tz.s[i:])
		i += size
		j := i
		for j < end {
			r, sz := utf8.DecodeRuneInString(tz.s[j:])
			if isHyphen(r) {
				break
			}
			j += sz
		}
		if part := appendFold(small[:0], tz.s[i:j]); string(part) != "t" {
			tz.add(i, j, Word, i, j)
		}
		i = j
	}
}

// nextJoiner finds the first joiner of class c in s[from:to].
func (tz *tokenizer) nextJoiner(from, to, c int) (int, int) {
	for i := from; i < to; {
		_, size, k := tz.at(i)
		if k == c {
			return i, size
		}
		i += size
	}
	return -1, 0
}

// lastJoiner finds the last joiner of class c in s[from:to].
func (tz *tokenizer) lastJoiner(from, to, c int) (int, int) {
	for i := to; i > from; {
		r, size := utf8.DecodeLastRuneInString(tz.s[from:i])
		i -= size
		if classOf(r) == c {
			return i, size
		}
	}
	return -1, 0
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }
