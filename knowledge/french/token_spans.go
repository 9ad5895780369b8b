package french

// tokensOf returns the tokens Tokenize(s) returns, read off spans, the
// cut Segment(s) made of s, so that a text loaded for both extraction and
// the index is cut once. A span that is a plain word (ASCII letters and
// digits with a letter, not the letter of a dotted acronym) is its own
// token, with the span's fold: Tokenize would read it the same way, since
// the two share their character classes and their joiners. The tokenizer
// reads the rest (numbers, joined words, acronyms, symbols) from where it
// would stand, a token of it possibly running over several spans
// ("100 000", "l'", "U.S.A.").
func tokensOf(s string, spans []Span) []Token {
	tz := tokenizer{s: s, toks: make([]Token, 0, len(spans))}
	pos := 0 // where Tokenize would stand: the end of what it has read
	for _, sp := range spans {
		if sp.End <= pos {
			continue
		}
		if sp.Word && sp.Start >= pos && (sp.End-sp.Start > 1 || sp.End == len(s) || s[sp.End] != '.') {
			if flags, letters, _, ok := asciiWord(sp.Text); ok && letters > 0 {
				tz.toks = append(tz.toks, Token{Text: sp.Text, Start: sp.Start, End: sp.End, Fold: sp.Fold, Kind: Word, Flags: flags})
				pos = sp.End
				continue
			}
		}
		i := max(pos, sp.Start)
		for i < sp.End {
			i = tz.step(i)
		}
		pos = i
	}
	return tz.toks
}
