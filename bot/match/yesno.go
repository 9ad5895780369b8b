package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// Yes/no questions: "Est-ce que la Chine a signé ?", "Facebook est-il
// accessible ?", "Y a-t-il … ?". The tokenizer cuts "est-ce" and "a-t-il"
// into words, so the frame is read from the question as written.

// inversionPronouns are the subject pronouns that follow their verb in an
// inversion, longest first where one begins another.
var inversionPronouns = [...]string{"elles", "elle", "ils", "il", "on"}

// hasInversion reports a verb-pronoun inversion as written ("est-il",
// "a-t-elle", "va-t-on"): a letter, a hyphen, an optional euphonic "t-",
// then a subject pronoun in any case that ends the word. Written out
// rather than as a regular expression, whose letter class in any case
// took a third of the package's start to compile.
func hasInversion(text string) bool {
	for i := 1; i < len(text); i++ {
		if text[i] != '-' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); !unicode.IsLetter(r) {
			continue
		}
		rest := text[i+1:]
		if pronounOpens(rest) || len(rest) > 2 && (rest[0] == 't' || rest[0] == 'T') && rest[1] == '-' && pronounOpens(rest[2:]) {
			return true
		}
	}
	return false
}

// pronounOpens reports s opening with an inversion pronoun, in any case,
// that ends a word (\b: an ASCII letter, digit or underscore on one side
// only).
func pronounOpens(s string) bool {
	for _, p := range inversionPronouns {
		if n, last, ok := foldPrefix(s, p); ok && isASCIIWord(last) != (n < len(s) && asciiWordByte(s[n])) {
			return true
		}
	}
	return false
}

// foldPrefix returns the length of the prefix of s that the ASCII word p
// matches in any case, with Unicode's simple folding as a regular
// expression's (?i) has it (« ſ » is an « s »), and its last rune.
func foldPrefix(s, p string) (n int, last rune, ok bool) {
	for i := 0; i < len(p); i++ {
		if n >= len(s) {
			return 0, 0, false
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if !sameFold(r, rune(p[i])) {
			return 0, 0, false
		}
		n, last = n+size, r
	}
	return n, last, true
}

// sameFold reports r and t equal under simple case folding.
func sameFold(r, t rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f == t {
			return true
		}
	}
	return r == t
}

// isASCIIWord reports a rune of \w: an ASCII letter, digit or underscore.
func isASCIIWord(r rune) bool { return r < utf8.RuneSelf && asciiWordByte(byte(r)) }

// asciiWordByte reports a byte of an ASCII word: a letter, a digit or _.
func asciiWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// yesNoFrame reports a question that asks for yes or no: it opens with
// "est-ce que" ("est-ce qu'il"), or has no question word in front and
// inverts its verb and pronoun ("Facebook est-il …", "Y a-t-il …").
// folds are the question's words from its first, after any "et".
func yesNoFrame(text string, folds []string) bool {
	if len(folds) >= 3 && folds[0] == "est" && folds[1] == "ce" && (folds[2] == "que" || folds[2] == "qu") {
		return true
	}
	for _, f := range folds {
		if whWord(f) {
			// "En 2005, dans quel pays a-t-on fêté …": a question
			// word further on asks for something else.
			return false
		}
	}
	return hasInversion(text)
}

// whWord reports a word that asks for something other than yes or no.
func whWord(fold string) bool { return yesNoWords.wh.Has(fold) }

// yesNoAnswer is "Oui" or "Non" when the cited sentence states the
// question, else "": the sentence then speaks for itself. The statement is
// where the question's words are in the sentence, by any of their stems:
// more than yesNoHeld of the weight of its words other than names, while
// every name the question gives is in the sentence (by a pronoun too) or
// is its article's setting (« la conférence de Londres » in the article
// on it). A word may be one the question's derives or derives from
// (« signé » / « signataires »), the question's verb in another form of
// it, and the words the sentence lacks may be in the article's title when
// it holds all the others. Its polarity is read from the words between
// the first of those other words and the last: a negation or a verb that
// turns the clause down (« refuse de revenir ») answers "Non", both or a
// contrary word no plain answer, as does a negation between them and the
// question's name, else "Oui" if the asker's own words (their spelling
// corrections, the nouns they derive) make more than yesNoHeld of that
// weight, since related words may say the opposite ("accessible" /
// "accès … bloqués"). A question
// that negates, turns down or restricts ("n'a-t-il pas", "sans", "refuse",
// "seulement") has no plain answer.
func (m *Matcher) yesNoAnswer(q *question, s *knowledge.Sentence) string {
	qt := french.Tokenize(q.text)
	if len(q.terms) < 2 || negation(qt) || contrary(qt) || reverse(qt) || slices.ContainsFunc(qt, restricts) {
		return ""
	}
	r := m.read(q, s)
	first, last := len(r.toks), -1
	namesFirst, namesLast := len(r.toks), -1 // the question's names in the sentence
	var all, held, own, titled float64
	missing := false
	attrStart, attrEnd := attributeAt(q.text, qt)
	for _, t := range q.terms {
		at, exact := r.find(t)
		if !exact && t.ent == nil {
			if d := m.derivedAt(r, t); d >= 0 {
				at, exact = d, true
			}
		}
		if t.ent != nil {
			if at < 0 && !m.base.Mentions(s, t.ent) && !m.base.Setting(s.Article, t.ent) {
				return ""
			}
			if at >= 0 {
				namesFirst, namesLast = min(namesFirst, at), max(namesLast, at)
			}
			continue
		}
		all += t.weight
		if at < 0 && m.verbWord(qt, t) {
			// The statement lacks the question's verb, unless it holds
			// another form of it (« vivent » / « vivre », whose stems
			// differ).
			if at = m.verbAt(r, t.fold); at < 0 {
				return ""
			}
			exact = true
		}
		if !exact && attrStart <= t.pos && t.pos < attrEnd {
			return "" // the statement lacks the question's attribute
		}
		if at >= 0 {
			held += t.weight
			first, last = min(first, at), max(last, at)
		} else if m.inTitle(s.Article, t) {
			titled += t.weight
		} else {
			missing = true
		}
		if exact {
			own += t.weight
		}
	}
	if !missing {
		// The article's title sets what its sentences speak of (« La
		// conférence mondiale sur Internet … »: « Les participants
		// auront … accès à Google »), when the sentence holds all the
		// other words.
		held, own = held+titled, own+titled
	}
	if last < 0 || held <= yesNoHeld*all {
		return ""
	}
	end := last + 1
	for end < len(r.toks) && !r.breaks(end) {
		end++ // to the clause's end: « … est en revanche refusée »
	}
	// A negation or a turned-down verb may stand up to negationWindow
	// words before the first question word (« ne », « refuse de »
	// before the verb); what qualifies the clause stands after it:
	// « Mais le roi … refuse de revenir » is a plain no.
	start := negationStart(r.toks, max(0, first-negationWindow), first)
	span, clause := r.toks[start:end], r.toks[first:end]
	if out := m.leftOutAt(r.toks, namesFirst); out >= 0 {
		// The name is left out of a set the sentence names (« Les
		// signataires, parmi lesquels ne figureront pas … la
		// Russie »): no, if the question's words are that set's (or
		// the name's own: « l'équipe de »); if some say what the set
		// does, the sentence says nothing of the name (« … disent
		// soutenir un cyberespace »).
		if first < out && last < namesFirst && !turnsDown(r.toks[start:min(end, out)]) {
			return "Non"
		}
		return ""
	}
	if namesFirst < start && turnsDown(r.toks[namesFirst:start]) || namesLast >= end && turnsDown(r.toks[end:namesLast+1]) {
		// What is said may not be said of the name.
		return ""
	}
	switch {
	case restrictive(span) || contrary(clause) || reverse(span) && negation(span):
		return ""
	case negation(span) || reverse(span):
		return "Non"
	case own <= yesNoHeld*all:
		return ""
	}
	return "Oui"
}

// leftOutAt is where the words that leave the name at toks[name] out of
// the set named before them open: « parmi », then a negation and a verb
// of belonging before the name, up to leftOutReach words back
// (« , parmi lesquels ne figureront pas dans un premier temps la
// Chine, la Russie »); -1 when there are none.
func (m *Matcher) leftOutAt(toks []french.Token, name int) int {
	if name >= len(toks) {
		return -1
	}
	for at := name - 1; at >= max(0, name-leftOutReach); at-- {
		if !yesNoWords.among.Has(toks[at].Fold) {
			continue
		}
		stretch := toks[at:name]
		var buf [4]string
		if negation(stretch) && slices.ContainsFunc(stretch, func(t french.Token) bool {
			return slices.ContainsFunc(m.lang.lemmas.Lemmas(buf[:0], t.Fold), yesNoWords.memberVerb.Has)
		}) {
			return at
		}
		return -1
	}
	return -1
}

// inTitle reports a question word that the title of article a holds, by
// any of its stems.
func (m *Matcher) inTitle(a *knowledge.Article, t qterm) bool {
	title := m.titleStems(a)
	return slices.ContainsFunc(t.stems, func(s alt) bool { return slices.Contains(title, s.Stem) })
}

// verbAt is the first word of the reading that the lemma table reads as a
// form of the same verb as the question's word fold (sameVerb, with
// fold's verbs looked up once), or -1.
func (m *Matcher) verbAt(r *reading, fold string) int {
	var qBuf, tBuf [4]string
	verbs := m.lang.verbLemmas(qBuf[:0], fold)
	if len(verbs) == 0 {
		return -1
	}
	for i, t := range r.toks {
		if sharesVerb(verbs, m.lang.lemmas.Lemmas(tBuf[:0], t.Fold)) {
			return i
		}
	}
	return -1
}

// derivedAt is the first of the statement's words that is of the
// question's word's root (Lexicon.Derived: « signé » / « signataires »), or -1.
func (m *Matcher) derivedAt(r *reading, t qterm) int {
	for _, own := range t.stems {
		if own.origin != ownWord {
			continue
		}
		if d := m.lang.lex.Derived(own.Stem); len(d) > 0 {
			for i, st := range r.stems {
				if slices.Contains(d, st) {
					return i
				}
			}
		}
	}
	return -1
}

// attributeAt is the run of tokens [start, end) after an inverted copula,
// the attribute a yes/no question asks about: its first word after any
// article and the content words that follow it (« Moab est-il
// un désert ? »: « désert »; « Le projet est-il un projet facile ? »:
// « projet facile »), or -1, -1.
func attributeAt(text string, toks []french.Token) (start, end int) {
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i+1].Fold {
		case "il", "elle", "ils", "elles", "on":
		default:
			continue
		}
		if !matchWords.copulas.Has(toks[i].Fold) || !strings.Contains(text[toks[i].End:toks[i+1].Start], "-") {
			continue
		}
		j := i + 2
		for j < len(toks) && spanWords.determiners.Has(toks[j].Fold) {
			j++
		}
		if j < len(toks) {
			k := j + 1
			for k < len(toks) && toks[k].Kind == french.Word && french.IsContent(toks[k].Fold) {
				k++
			}
			return j, k
		}
	}
	return -1, -1
}

// find is the first token that is the question word t as the asker wrote
// it (or its spelling correction), and true; else the first that is any
// of its forms, and false; -1 when there is none.
func (r *reading) find(t qterm) (int, bool) {
	at := -1
	for i, st := range r.stems {
		k := slices.IndexFunc(t.stems, func(a alt) bool { return a.Stem == st })
		switch {
		case k >= 0 && t.stems[k].origin <= corrected:
			return i, true
		case k >= 0 && at < 0:
			at = i
		}
	}
	return at, false
}

// verbWord reports a question word that is a verb: one the lemma table
// reads only as a verb, or a past participle as written (« gardé », which
// folds to the noun « garde »), but not one that frames another verb (« a
// pu fournir »). toks are the question's tokens.
func (m *Matcher) verbWord(toks []french.Token, t qterm) bool {
	if m.lang.frameVerb(t.fold) {
		return false
	}
	if m.lang.onlyVerb(t.fold) {
		return true
	}
	if t.pos < 0 || t.pos >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[t.pos].Text)
	return (strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées")) && m.lang.verbForm(t.fold)
}
