package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// A question that asks what something is ("c'est quoi l'appel de Paris ?",
// "qu'est-ce que la DATAR ?", "que signifie UPU ?") is answered where an
// article introduces the thing, the first of its sentences to hold every
// word the question gives: the later ones take it as known ("cet appel").
// The ranking adds Weights.Introduces to that sentence.

// definitionMaxWords bounds the words after "qu'est-ce que" read as a
// thing's name ("qu'est-ce que la différenciation en cellules de Merkel"),
// not a clause ("qu'est-ce que les participants pourront utiliser").
const definitionMaxWords = 6

// definitionFrame reports a question that asks what its words name; folds
// are its words, folded, after any follow-up opening ("et …").
func definitionFrame(folds []string, followUps strtab.Table) bool {
	return definitionStart(folds, followUps) >= 0
}

// definitionStart is the index in folds of the first word after a
// definition question's frame (« que signifie », « c'est quoi »), or -1
// for another question.
func definitionStart(folds []string, followUps strtab.Table) int {
	at := pastFollowUps(folds, followUps)
	folds = folds[at:]
	has := func(i int, w ...string) bool { return i < len(folds) && slices.Contains(w, folds[i]) }
	n := len(folds)
	switch {
	case has(0, "c") && has(1, "est") && has(2, "quoi") && n > 3:
		return at + 3
	case n > 3 && slices.Equal(folds[n-3:], []string{"c", "est", "quoi"}):
		return at // "l'appel de Paris, c'est quoi ?"
	case has(0, "que", "qu") && has(1, "signifie", "signifient", "designe", "designent") && n > 2:
		return at + 2
	case has(0, "que", "qu") && has(1, "veut", "veulent") && has(2, "dire") && n > 3:
		return at + 3
	case has(0, "qu") && has(1, "appelle") && has(2, "on") && n > 3:
		return at + 3
	case has(0, "qu") && has(1, "est") && has(2, "ce") && has(3, "que", "qu"):
		name := folds[4:]
		if len(name) > 1 && matchWords.copulas.Has(name[0]) {
			name = name[1:] // « qu'est-ce qu'était le dadaïsme ? »
		}
		if len(name) == 0 || len(name) > definitionMaxWords || slices.ContainsFunc(name, verbLike) {
			return -1
		}
		// A determiner, or an elided one ("l'Ouadia").
		if len(name) == 1 || spanWords.determiners.Has(name[0]) || len(name[0]) == 1 {
			return at + len(folds) - len(name)
		}
	}
	return -1
}

// introduces reports whether the sentence holds every word of the question
// and no sentence before it in its article does.
func (m *Matcher) introduces(r *ranking, s *knowledge.Sentence) bool {
	if !holdsAll(m.matches(r, s)) {
		return false
	}
	for id := s.ID - 1; id >= 0; id-- {
		prev := m.base.Sentences[id]
		if prev.Article != s.Article {
			break
		}
		if holdsAll(m.matches(r, prev)) {
			return false
		}
	}
	return true
}

// holdsAll reports whether a sentence's matches hold every question word.
func holdsAll(ws []float64) bool {
	return len(ws) > 0 && !slices.Contains(ws, 0)
}

// definitionAnswer is what the cited sentence says the thing a definition
// question names is: « Le mridang est l'instrument des dieux », the
// words in brackets after it, « un Terminator (un cyborg tueur) », the
// quotation that gives its meaning (meaningQuoted), or the words it
// stands in brackets after, « le Service de sécurité militaire (SSM) »;
// "" when it says none.
func (m *Matcher) definitionAnswer(q *question, s *knowledge.Sentence) string {
	r := m.read(q, s)
	first := -1
	// Each word after the frame in turn, past an adverb (« Que signifie
	// étymologiquement rex ? ») and a noun that names the word (« le mot
	// wijde »), until one gives an answer.
	for head := q.wordAfter(definitionStart(q.folds, m.kinds.followUps)-1, true); head >= 0; head = q.wordAfter(q.terms[head].pos, true) {
		t := q.terms[head]
		if strings.HasSuffix(t.fold, "ment") {
			continue
		}
		if first < 0 {
			first = head
			// What a copula or a bracket says the thing is: of its first
			// word only (« un nombre premier impair est … » is not said
			// of « impair »).
			if y := r.copulaIf(t, true, false, r.notPassive); y != "" {
				return y
			}
			if b := r.bracketed(t, false); b != "" {
				return b
			}
			if a := m.apposedDefinition(r, t); a != "" {
				return a
			}
		}
		if b := r.meaningQuoted(t); b != "" {
			return b
		}
	}
	if first < 0 {
		return ""
	}
	return r.bracketing(q.terms[first])
}

// meaningQuoted is the quotation that says what the question's word head
// means in the sentence, right after it in brackets (« wijde
// (« large ») ») or after a word of meaning a few words on (« Storegga
// (mot signifiant en norvégien : « la grande bordure ») », « concipere
// signifiant « concevoir » », « littéralement « l'État ottoman
// exalté » »); "" when there is none.
func (r *reading) meaningQuoted(head qterm) string {
	at := r.first(head)
	if at < 0 {
		return ""
	}
	meant := false
	for j := at + 1; j < len(r.toks) && j <= at+meaningReach; j++ {
		g := r.gap(j)
		if opensQuote(g) && (meant || j == at+1 && strings.Contains(g, "(")) {
			end := j + 1
			for end < len(r.toks) && !closesQuote(r.gap(end)) {
				end++
			}
			if end < len(r.toks) || closesQuote(r.text[r.toks[end-1].End:]) {
				return r.text[r.toks[j].Start:r.toks[end-1].End]
			}
			return ""
		}
		if strings.ContainsAny(g, ".;") || strings.Contains(g, ")") {
			return ""
		}
		f := r.toks[j].Fold
		meant = meant || strings.HasPrefix(f, "signifi") || strings.HasPrefix(f, "designe") || f == "litteralement" || f == "dire" && r.toks[j-1].Fold == "veut"
	}
	return ""
}

// opensQuote and closesQuote report the gap between two words that opens
// or closes a quotation.
func opensQuote(gap string) bool {
	return strings.ContainsAny(gap, "«“") || strings.Count(gap, "\"") == 1 && strings.HasSuffix(strings.TrimSpace(gap), "\"")
}
func closesQuote(gap string) bool { return strings.ContainsAny(gap, "»”\"") }

// bracketing is what the question's word head stands in brackets after
// in the sentence: for an acronym, the words whose initials spell it
// (« la Délégation à l'aménagement du territoire et à l'action régionale
// (DATAR) »); else, or when none do, the noun and its adjectives before
// the bracket (« une zone démilitarisée (DMZ) », « la formation de
// Cholécalciférol (vitamine D3) »); "" when head opens no bracket.
func (r *reading) bracketing(head qterm) string {
	at := r.first(head)
	if at < 1 || strings.TrimSpace(r.gap(at)) != "(" {
		return ""
	}
	if start := r.spelt(at); start >= 0 {
		return r.span(start, at)
	}
	start := at
	for start > 0 && at-start < bracketingMaxWords && (start == at || r.gap(start) == " ") && french.IsContent(r.toks[start-1].Fold) &&
		r.toks[start-1].Kind == french.Word && !verbLike(r.toks[start-1].Fold) {
		start--
	}
	if start == at {
		return ""
	}
	return r.span(start, at)
}

// spelt is where the words before the bracket at token at start whose
// initials spell the acronym in it (« (Z.E.A.T.) »: « zones d'études et
// d'aménagement du territoire »), the words between them skipped, or -1.
func (r *reading) spelt(at int) int {
	var letters []rune
	for _, c := range r.toks[at].Text {
		switch {
		case unicode.IsUpper(c):
			letters = append(letters, unicode.ToLower(c))
		case c != '.':
			return -1
		}
	}
	for k := at + 1; k < len(r.toks) && !strings.Contains(r.gap(k), ")"); k++ {
		if r.toks[k].Text != "." {
			return -1 // « (vitamine D3) » is no acronym
		}
	}
	if len(letters) < 2 {
		return -1
	}
	n := len(letters)
	for i := at - 1; i >= 0 && n > 0; i-- {
		t := r.toks[i]
		if i < at-1 && r.breaks(i+1) {
			return -1
		}
		if !french.IsContent(t.Fold) || t.Kind != french.Word {
			continue // « à », « l' », « du », « et »
		}
		if first, _ := utf8.DecodeRuneInString(french.Fold(t.Text)); first != letters[n-1] {
			return -1
		}
		if n--; n == 0 {
			return i
		}
	}
	return -1
}

// bracketed is the words in brackets right after the question's word
// head in the sentence, and the question's words that follow it there,
// when they can answer (span), or "". A list may hold commas (« sept
// filières (lettres, mathématiques, …) »).
func (r *reading) bracketed(head qterm, list bool) string {
	for i := range r.toks {
		if r.holds(head, i) {
			if b := r.bracketedAt(i, list); b != "" {
				return b
			}
		}
	}
	return ""
}

// bracketedAt is bracketed's words for the head at token at.
func (r *reading) bracketedAt(at int, list bool) string {
	for at+1 < len(r.toks) && r.asked[at+1] && strings.TrimSpace(r.gap(at+1)) == "" {
		at++ // the rest of the question's phrase: « langues officielles (…) »
	}
	if at+1 >= len(r.toks) || strings.TrimSpace(r.gap(at+1)) != "(" {
		return ""
	}
	end := at + 1
	for end < len(r.toks) && !strings.Contains(r.gap(end), ")") {
		if g := r.gap(end); end > at+1 && clauseBreak(g) && !(list && g == ", ") {
			return ""
		}
		end++
	}
	if end >= len(r.toks) && !strings.Contains(r.text[r.toks[end-1].End:], ")") {
		return ""
	}
	return r.span(at+1, end)
}

// apposedDefinition is the noun phrase set after a comma right after the
// defined name that starts at the question's word head, up to the clause's
// end (« Le New South Wales Corps, corps d'infanterie installé dans la
// région, … », « la culture swahilie, métissage culturel entre l'Afrique et
// le monde arabo-musulman, se déploie … »), or "". It opens with a
// determiner or with a word of content in lower case that the lemma table
// reads as no verb's form: « La psychanalyse, fondée par Sigmund Freud,
// … » says who founded it, « X, en 1990, … » when.
func (m *Matcher) apposedDefinition(r *reading, head qterm) string {
	at := r.first(head)
	if at < 0 {
		return ""
	}
	from := at + 1
	for from < len(r.toks) && r.asked[from] && !r.breaks(from) {
		from++ // the rest of the name: « culture swahilie »
	}
	if from >= len(r.toks) || strings.TrimSpace(r.gap(from)) != "," {
		return ""
	}
	if t := r.toks[from]; !m.opensApposition(t) {
		return ""
	}
	end := from + 1
	for end < len(r.toks) && !r.breaks(end) {
		end++
	}
	return r.span(from, end)
}

// opensApposition reports a word that can open a noun phrase in
// apposition: a determiner, or a word of content in lower case that is
// not a preposition, a word that opens a clause nor a verb's form.
func (m *Matcher) opensApposition(t french.Token) bool {
	if t.Kind != french.Word {
		return false
	}
	if c := spanWords.classOf(t.Fold); c&classDet != 0 {
		return true
	} else if c&(classPrep|classVerb|classBadStart) != 0 {
		return false
	}
	var buf [4]string
	return !startsUpper(t.Text) && french.IsContent(t.Fold) && !french.IsDigits(t.Text) &&
		!apposedClause(t.Text) && len(m.lang.verbLemmas(buf[:0], t.Fold)) == 0
}
