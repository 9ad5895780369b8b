package match

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// sanitize makes any input safe to analyse: valid UTF-8, no control
// characters, no markup tags.
func sanitize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, '<') >= 0 {
		// A formatted question ("Qui est <b>Lu Wei</b> ?") asks what
		// the plain one asks: the tags are not words.
		s = markupTag().ReplaceAllString(s, "")
	}
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || r == '\r' {
			return ' '
		}
		if unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
	return unshout(strings.TrimSpace(s))
}

// unshout writes a question typed in capitals alone (« QUI A SIGNÉ
// L'APPEL DE PARIS ? ») in lower case, as its asker would have without
// caps lock: capitals there mark no name and no acronym, and every word
// stood for a name the articles never mention. A question of one or two
// words keeps them (« OTAN ? »).
func unshout(s string) string {
	words, lower := 0, false
	for _, w := range strings.Fields(s) {
		if strings.ContainsFunc(w, unicode.IsLetter) {
			words++
		}
		lower = lower || strings.ContainsFunc(w, unicode.IsLower)
	}
	if lower || words < shoutWords {
		return s
	}
	return strings.ToLower(s)
}

// markupTag matches the inline HTML tags chat clients and users put
// around words (Telegram's formatting, a pasted page). Compiled when
// first asked for: few questions hold a tag.
var markupTag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)</?(?:b|strong|i|em|u|ins|s|strike|del|code|pre|span|a|tg-spoiler|blockquote|br|p)(?:\s+[a-z-]+=(?:"[^"<>]*"|'[^'<>]*'))*\s*/?>`)
})

// statementFrame matches the openings of a statement put up to be
// judged: « Vrai ou faux : … », « Est-il vrai que … », « C'est vrai
// qu'… ? ». Compiled when first asked for.
var statementFrame = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:vrai\s+ou\s+faux\s*[:?!.,;-]*\s*|(?:est[- ]il|est[- ]ce|c['’]est)\s+(?:vrai|exact)\s+(?:que\s+|qu['’]))`)
})

// asYesNo reads a statement put up to be judged as the yes/no question
// it is: « Vrai ou faux : la Chine a signé l'appel » asks « Est-ce que
// la Chine a signé l'appel ? », and « vrai », « faux » are no words of
// what is asked.
func asYesNo(s string) string {
	loc := statementFrame().FindStringIndex(s)
	if loc == nil || loc[1] == len(s) {
		return s
	}
	rest := s[loc[1]:]
	if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("aeiouyàâéèêëîïôöûü", unicode.ToLower(r)) {
		return "Est-ce qu'" + rest
	}
	return "Est-ce que " + rest
}

// quotedPart returns the words between the first pair of quotation marks.
func quotedPart(s string) string {
	for _, pair := range [][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}} {
		i := strings.Index(s, pair[0])
		if i < 0 {
			continue
		}
		rest := s[i+len(pair[0]):]
		j := strings.Index(rest, pair[1])
		if j < 0 {
			continue
		}
		return strings.TrimSpace(rest[:j])
	}
	return ""
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// clauseOf is text up to where its clause ends: a quotation mark closing
// a quotation it did not open (« … pour traquer les cybercrimes», a
// souligné … »), a semicolon, a colon, a bracket (« pour son personnage
// de Sol, un clown clochard), Michel Noël … ») or a dash, outside the
// quotations it holds.
func clauseOf(text string) string { return cutOutsideQuotes(text, ";:()—–") }

// beforeComma is clauseOf up to its first comma too.
func beforeComma(text string) string { return cutOutsideQuotes(text, ";:()—–,") }

// cutOutsideQuotes is text up to the first of stops outside the
// quotations it holds, or up to a quotation mark closing one it did not
// open.
func cutOutsideQuotes(text, stops string) string {
	depth := 0
	for i, r := range text {
		switch r {
		case '«', '“':
			depth++
		case '»', '”':
			if depth == 0 {
				return text[:i]
			}
			depth--
		default:
			if depth == 0 && strings.ContainsRune(stops, r) {
				return text[:i]
			}
		}
	}
	return text
}
