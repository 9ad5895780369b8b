package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Qui est Nicolas Berggruen ?": besides a role beside the name or an
// apposition after it (apposition), the cited sentence may say who X is
// with a copula, « Nicolas Berggruen est un investisseur, … », « Anselm
// Franz (né … ) est un ingénieur autrichien » (namedCopula), or with a
// title written between a determiner and the name, « la mère du
// compositeur était nièce du pape Pie IV », « La ministre de la justice
// Tzipi Livni » (titleBefore).

// askedNames are the names « Qui est X ? » asks about: the entities it
// names, or, when the articles know none, its words after the copula when
// every one is capitalised (« Qui est Anselm Franz ? »); the entities a
// role question names (« Quelle est la profession de X ? »), or, when the
// articles know none and it writes its kind's noun, the first name it
// writes in capitals (on PIAF, 3 more right short answers, none lost, 2
// more wrong); none for another question.
func askedNames(q *question) []string {
	i := frameStart(q.folds)
	var names []string
	for _, e := range q.names {
		names = append(names, e.Name)
	}
	if q.kind == kindRole && i < len(q.folds) && q.folds[i] != "qui" {
		if len(names) == 0 {
			// « Quel est le métier de Poppy Pomfresh ? »: the first
			// name it writes, not one of a place or body after it
			// (« … dans l'écurie Mercedes-Benz »).
			if runs := capitalRuns(q.text, french.Analyze(q.text)); len(runs) > 0 && asksKindNoun(q) {
				return runs[:1]
			}
		}
		return names
	}
	if i+2 >= len(q.folds) || q.folds[i] != "qui" || !matchWords.copulas.Has(q.folds[i+1]) {
		return nil
	}
	if len(names) > 0 || len(q.terms) == 0 {
		return names
	}
	for _, t := range q.terms {
		if !t.cap {
			return nil
		}
	}
	toks := french.Tokenize(q.text)
	for k, t := range toks {
		if t.Fold == q.folds[i+1] && k+1 < len(toks) {
			return []string{strings.TrimSpace(q.text[toks[k+1].Start:toks[len(toks)-1].End])}
		}
	}
	return nil
}

// nameToken is the token where the name starts in the reading, and the
// token after it, or -1.
func nameToken(r *reading, name string) (int, int) {
	at, end := spacedIndex(r.text, name)
	if at < 0 {
		return -1, -1
	}
	first, after := -1, len(r.toks)
	for k, t := range r.toks {
		if t.Start == at {
			first = k
		}
		if t.Start >= end {
			after = k
			break
		}
	}
	return first, after
}

// namedCopula is the noun phrase the cited sentence gives the question's
// name with « est », « était » or « fut » and an article, a bracket
// after the name skipped (see above), or "".
func (m *Matcher) namedCopula(q *question, s *knowledge.Sentence) string {
	r := m.read(q, s)
	for _, name := range askedNames(q) {
		first, j := nameToken(r, name)
		if first < 0 || j >= len(r.toks) {
			continue
		}
		if strings.Contains(r.gap(j), "(") {
			for j < len(r.toks) && !strings.Contains(r.gap(j), ")") {
				j++
			}
		}
		if j+2 >= len(r.toks) || clauseBreak(strings.ReplaceAll(r.gap(j), ")", "")) || !matchWords.copulas.Has(r.toks[j].Fold) || !determiner(r.toks[j+1]) {
			continue
		}
		if p := r.phrase(j+1, func(t french.Token) bool {
			return spanWords.classOf(t.Fold)&classVerb != 0 || subjectBreak(t.Fold)
		}); p != "" {
			return p
		}
	}
	return ""
}

// titleBefore is the lower-case title written between a determiner and
// the question's name (see above), or "".
func (m *Matcher) titleBefore(q *question, s *knowledge.Sentence) string {
	r := m.read(q, s)
	for _, name := range askedNames(q) {
		k, _ := nameToken(r, name)
		if k < 0 {
			continue
		}
		j := k
		for j > 0 && k-j < appositionMax && !r.breaks(j) && !startsUpper(r.toks[j-1].Text) && !determiner(r.toks[j-1]) {
			j--
		}
		if j == k || j == 0 || !determiner(r.toks[j-1]) || r.breaks(j) {
			continue
		}
		words := r.toks[j:k]
		if french.IsStopWord(words[0].Fold) || french.IsStopWord(words[len(words)-1].Fold) {
			continue
		}
		verb := false
		for _, t := range words {
			verb = verb || spanWords.classOf(t.Fold)&classVerb != 0 || m.lang.onlyVerb(t.Fold)
		}
		if !verb {
			return r.text[words[0].Start:words[len(words)-1].End]
		}
	}
	return ""
}

// asksKindNoun reports a question that writes the noun its kind asks with
// (« profession », « rôle »): « Quel est le métier de X ? », not « Par qui
// est géré le gouvernement Qin ? ».
func asksKindNoun(q *question) bool {
	return slices.ContainsFunc(q.terms, func(t qterm) bool { return slices.Contains(q.kind.row().nouns, t.fold) })
}

// apposition returns the words that follow a name the question gives,
// after a comma or in brackets, in lower case, up to the next punctuation
// or « et » before another name: the role the sentence gives that person
// ("William Nee, chercheur pour Amnesty International", « Louis Marguery
// (avoué à la Cour) », « Gao Hucheng, vice-ministre du Commerce et Liu
// Jieyi »), or "". When the articles' entities know none of the
// question's names, the name askedNames reads stands for them, and the
// apposition must open a noun phrase (on PIAF, 4 right of 16 without that
// check, 2 of 2 with it).
func (m *Matcher) apposition(q *question, s *knowledge.Sentence) string {
	var names []string
	for _, e := range q.names {
		names = append(names, e.Name)
	}
	known := len(names)
	if known == 0 {
		names = askedNames(q)
	}
	for _, name := range names {
		forms := []string{name + ",", name + " ("}
		if last := lastWord(name); last != "" { // a one-word name has none apart
			forms = slices.Insert(forms, 1, last+",")
		}
		for _, form := range forms {
			at, after := spacedIndex(s.Text, form)
			if at < 0 {
				continue
			}
			rest := s.Text[after:]
			end := strings.IndexAny(rest, ",;:.()«»\"")
			if end < 0 {
				end = len(rest)
			}
			span := strings.TrimSpace(rest[:end])
			if i := strings.Index(span, " et "); i > 0 && startsUpper(span[i+len(" et "):]) {
				span = span[:i] // « Gao Hucheng, vice-ministre du Commerce et Liu Jieyi, … »: the next person
			}
			words := strings.Fields(span)
			if len(words) == 0 || len(words) > appositionMax || startsUpper(span) || apposedClause(words[0]) ||
				known == 0 && !m.opensNounPhrase(words[0]) || strings.HasSuffix(form, "(") && !startsLower(span) {
				continue
			}
			return span
		}
	}
	return ""
}

// apposedClause reports a word that opens a clause rather than a title
// after a comma ("Cameron, qui …", "Nee, a-t-il déclaré").
func apposedClause(first string) bool {
	if matchWords.clauseOpeners.Has(strings.ToLower(first)) {
		return true
	}
	return hasInversion(first) || strings.Contains(first, "'") || strings.Contains(first, "’")
}

// lastWord is the last word of a name: articles write "M. Nee" after
// "William Nee".
func lastWord(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return ""
}

// opensNounPhrase reports a word a role's noun phrase may open with: not a
// preposition, a conjunction, a verb or a number (« , siégeant à Genève »,
// « , de Pouldreuzic », « , car … »), which an apposition after a name
// the articles' entities do not know too often is.
func (m *Matcher) opensNounPhrase(word string) bool {
	f := french.Fold(word)
	if f == "" || unicode.IsDigit(rune(f[0])) {
		return false
	}
	c := spanWords.classOf(f)
	return c&classDet != 0 || c&(classPrep|classVerb|classBadStart) == 0 && french.IsContent(f) && !m.lang.onlyVerb(f) && !m.lang.verbForm(f)
}

// startsLower reports text that opens with a lower-case letter: a role in
// brackets after a name (« Louis Marguery (avoué à la Cour) »), not its
// spelling in another script or a date.
func startsLower(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r)
}
