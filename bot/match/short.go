package match

import (
	"slices"
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// The short answer is the line a student copies: a wrong one is worse
// than none. The extractors find an answer of the kind asked for in every
// candidate, which tells the ranking which sentences hold one; shortAnswer
// decides what the cited sentence's answer is.

// nearestEntity returns, of the sentence's entities of the kinds asked
// for that the question does not already name (nor the dateline's
// agency, nor the signature's writers: signer), the one nearest the
// question's words (the first on a tie), and whether there is one; with
// firstKind, of those of the first kind when there are some
// (kindRow.firstKind).
func (m *Matcher) nearestEntity(r *ranking, s *knowledge.Sentence, kinds []knowledge.EntityKind, firstKind bool) (knowledge.Mention, bool) {
	q := r.q
	var best knowledge.Mention
	bestKind, bestDist, found := 0, 0, false
	for _, mn := range m.base.Facts(s).Mentions() {
		k := slices.Index(kinds, mn.Entity.Kind)
		if !firstKind {
			k = min(k, 0) // every kind alike
		}
		if mn.Text == "" || k < 0 || found && k > bestKind || q.namesEntity(mn.Entity) || q.inQuestion(mn.Text) || m.misfits(q, mn) || signer(mn.Entity) {
			continue
		}
		at := strings.Index(s.Text, mn.Text)
		if inDateline(s.Text, at) {
			continue
		}
		if d := m.entityDistance(r, s, at); !found || k < bestKind || d < bestDist {
			best, bestKind, bestDist, found = mn, k, d, true
		}
	}
	return best, found
}

// ruleShort is the hand rules' short answer for the cited candidate, or "":
//   - a yes/no question: "Oui" or "Non" when the sentence settles it;
//   - "Qui est X ?" (only names, not "Qui est le fondateur de X ?", which
//     asks for a person) without a role linked to X: a role the extractor
//     knows of X written beside the name, else the apposition after it;
//   - "De quelle nationalité … ?": the demonym nearest the question's
//     words (nationalityAnswer);
//   - "À quoi sert X ?": the infinitive of purpose (useAnswer); "Que fait
//     X ?": the verb after X's words and its clause (doAnswer); "Que … ?"
//     without an answer: the object of the question's verb (objectAnswer);
//     "Quel est X ?": what the sentence says X is (copulaAnswer); "Quels
//     X … ?": the examples it gives of X (examplesAnswer), "Quels sont
//     les X ?" its list of X (listAnswer);
//     "Qu'est-ce que X ?": what it says X is (definitionAnswer);
//     "Quel était le mot d'ordre … ?" where no one is quoted: what the
//     sentence says it was (copulaAnswer);
//     "Qu'est-ce qui V … ?": the subject of V (subjectAnswer); "Par quoi
//     … ?": what follows « par » after the question's words
//     (prepQuoiAnswer);
//   - "Comment s'appelle … ?": the name after a naming word, in brackets
//     after the thing named or the question's words, or right after it
//     (namingAnswer); "Comment est X ?": what the sentence says X is, or
//     the adjectives after X (mannerCopulaAnswer); another
//     "Comment … ?": the phrase of means after the question's words
//     (mannerAnswer), else the adverb of manner beside its verb
//     (mannerAdverb);
//   - "Qui est le N de X ?": the name written right after N and its
//     complement, else the one N is apposed to (roleName); "Qui V X ?":
//     V's agent or named subject (agentName); "Par qui … ?" as "Par
//     quoi … ?";
//   - "Où V … ?": the phrase of place right after V (verbPlace);
//   - a person, body or place: none farther than shortGap words from the
//     question's words; where no place is found, the phrase of place after
//     the question's words (placePhrase);
//   - a date when something began or ended: the one on that side of the
//     dash in the brackets after its name (lifespanDate); else
//   - a number or date: of those that fit, a date written after the
//     question's verb (verbDate), else the one nearest the question's
//     words (nearestRival);
//   - else what the kind's extractor found.
//
// A question that asks for several people, bodies or places has the list
// its answer stands in (entityRun).
func (m *Matcher) ruleShort(r *ranking, c *scored) string {
	a := m.ruleShortOne(r, c)
	if kinds := r.q.kind.row().entities; a != "" && len(kinds) > 0 && asksSeveral(r.q) {
		if run := m.entityRun(r.q, c.hit.Sentence, kinds, a); run != "" {
			return run
		}
	}
	if a != "" && len(r.q.kind.row().entities) > 0 {
		return m.pairedMember(r.q, c.hit.Sentence, a)
	}
	return a
}

// ruleShortOne is ruleShort's answer before a list is read.
func (m *Matcher) ruleShortOne(r *ranking, c *scored) string {
	q := r.q
	if a := m.lifespanDate(q, c.hit.Sentence); a != "" {
		return a
	}
	if !ruleKind(q.kind) && q.kind != kindNumber && q.kind != kindDate && q.kind != kindDuration {
		// « Outre X, quel … ? »: another member of X's list.
		if a := m.exclusionAnswer(q, c.hit.Sentence); a != "" {
			return a
		}
	}
	if q.kind == kindPlace {
		if a := m.verbPlace(q, c.hit.Sentence); a != "" {
			return a
		}
	}
	switch {
	case q.kind == kindYesNo:
		return m.yesNoAnswer(q, c.hit.Sentence)
	case q.kind == kindRole && c.answerSpan == "" && onlyNames(q):
		if r := statedRole(q, c.hit.Sentence); r != "" {
			return r
		}
		return firstRule(q, c.hit.Sentence, m.apposition, m.namedCopula, m.titleBefore)
	case q.kind == kindRole && c.answerSpan == "" && len(q.names) == 0:
		return firstRule(q, c.hit.Sentence, m.namedCopula, m.titleBefore, m.apposition)
	case q.kind == kindQuote && c.answerSpan == "":
		// « Quel était le mot d'ordre … ? » where no one is quoted.
		return m.copulaAnswer(q, c.hit.Sentence)
	case q.defines && c.answerSpan == "":
		return m.definitionAnswer(q, c.hit.Sentence)
	case q.kind == kindAny && c.answerSpan == "":
		return firstRule(q, c.hit.Sentence, m.yearPhrase, m.namingAnswer, m.nationalityAnswer, m.useAnswer, m.doAnswer, m.objectAnswer, m.copulaAnswer, m.subjectAnswer, m.prepQuoiAnswer, m.examplesAnswer, m.whichAnswer)
	case q.kind == kindList && c.answerSpan == "":
		return firstRule(q, c.hit.Sentence, m.listAnswer, m.whichManyAnswer)
	case q.kind == kindManner && c.answerSpan == "" && namingFrame(q.folds):
		return m.namingAnswer(q, c.hit.Sentence)
	case q.kind == kindManner && c.answerSpan == "":
		return firstRule(q, c.hit.Sentence, m.mannerCopulaAnswer, m.mannerAnswer, m.mannerAdverb)
	case q.kind == kindPerson || q.kind == kindSpeaker && c.answerSpan == "":
		if a := firstRule(q, c.hit.Sentence, m.roleName, m.authorName, m.agentName, m.agentNounName, m.prepQuoiAnswer, m.agentSubject, m.agentPhrase, m.roleSubject); a != "" {
			return a
		}
		if c.answerSpan != "" && !m.nearQuestion(q, c.hit.Sentence, c.answerSpan) {
			return ""
		}
	case q.kind == kindPlace && c.answerSpan == "":
		return m.placePhrase(q, c.hit.Sentence)
	case c.answerSpan != "" && gapChecked(q.kind) && !m.nearQuestion(q, c.hit.Sentence, c.answerSpan):
		return ""
	case c.answerSpan != "" && (q.kind == kindNumber || q.kind == kindDate):
		return m.nearestRival(r, c.hit.Sentence, c.answerSpan)
	}
	return c.answerSpan
}

// shortRule reads one kind of short answer out of the cited sentence, or
// "" when its frame or the sentence does not fit.
type shortRule func(q *question, s *knowledge.Sentence) string

// firstRule is the answer of the first of rules that gives one, or "".
func firstRule(q *question, s *knowledge.Sentence, rules ...shortRule) string {
	for _, rule := range rules {
		if a := rule(q, s); a != "" {
			return a
		}
	}
	return ""
}

// onlyNames reports a question whose every content word is part of a name
// it gives ("Qui est William Nee ?"), or else the noun its kind asks
// with when every name is a person's ("Quelle est la profession de
// Claude Hagège ?").
func onlyNames(q *question) bool {
	names, asked, people := 0, false, true
	for _, t := range q.terms {
		switch {
		case t.ent != nil:
			names++
			people = people && t.ent.Kind == knowledge.Person
		case slices.Contains(q.kind.row().nouns, t.fold):
			asked = true // « Quelle est la profession de X ? »
		default:
			return false
		}
	}
	return names > 0 && (!asked || people)
}

// statedRole is a role the extractor knows of a person the question names
// that the sentence writes, with the name.
func statedRole(q *question, s *knowledge.Sentence) string {
	for _, e := range q.names {
		if at, _ := spacedIndex(s.Text, e.Name); at < 0 {
			continue
		}
		for _, r := range e.Roles {
			if at, end := spacedIndex(s.Text, r); at >= 0 {
				return s.Text[at:end]
			}
		}
	}
	return ""
}

// spacedIndex finds words in text, any run of spaces (a no-break space
// too) standing for a space, and returns where they start and end, or -1.
func spacedIndex(text, words string) (int, int) {
	fields := strings.Fields(words)
	if len(fields) == 0 {
		return -1, -1
	}
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], fields[0])
		if i < 0 {
			return -1, -1
		}
		at := from + i
		if end, ok := spacedRest(text, at+len(fields[0]), fields[1:]); ok {
			return at, end
		}
		from = at + 1
	}
	return -1, -1
}

// spacedRest reads the further words at text[at:], each after a run of
// spaces, and returns where the last ends.
func spacedRest(text string, at int, fields []string) (int, bool) {
	for _, f := range fields {
		rest := strings.TrimLeftFunc(text[at:], unicode.IsSpace)
		if len(rest) == len(text[at:]) || !strings.HasPrefix(rest, f) {
			return 0, false
		}
		at = len(text) - len(rest) + len(f)
	}
	return at, true
}

// gapChecked reports the kinds whose answer is an entity found anywhere
// in the sentence and that, far from the question's words, is more often
// wrong than right: on PIAF, in each of five article folds, 29 to 43 % of
// far "who" and 25 to 43 % of far "where" answers held a gold answer
// (rightly cited), against 55 to 86 % of far dates, which stay.
func gapChecked(k kind) bool {
	switch k {
	case kindPerson, kindOrg, kindPlace, kindHuman:
		return true
	}
	return false
}

// nearQuestion reports whether the span of the sentence lies within
// shortGap words of a word of the question (the conversation's focus
// aside) that the span does not itself hold.
func (m *Matcher) nearQuestion(q *question, s *knowledge.Sentence, span string) bool {
	at := strings.Index(s.Text, span)
	if at < 0 {
		return true
	}
	end := at + len(span)
	r := m.read(q, s)
	toks := r.toks
	first, last := tokensOf(toks, at, end)
	if first < 0 {
		return true
	}
	clause := relativeEnd(s.Text, toks, last)
	for i := range toks {
		if i >= first && i <= last || (i < first-shortGap || i > max(last+shortGap, clause)) {
			continue
		}
		st := r.stems[i]
		for _, qt := range q.terms {
			if focusTerm(qt) {
				continue
			}
			if slices.ContainsFunc(qt.stems, func(a alt) bool { return a.Stem == st }) {
				return true
			}
		}
	}
	return false
}

// focusTerm reports the conversation's focus added to a follow-up
// (refer), which the sentence may name anywhere.
func focusTerm(t qterm) bool {
	return !slices.ContainsFunc(t.stems, func(a alt) bool { return a.origin != focusName })
}

// personNamed reports a short answer that is a person the sentence names:
// no answer to « Quelle agence … ? », which asks for an organisation.
func (m *Matcher) personNamed(s *knowledge.Sentence, a string) bool {
	for _, mn := range m.base.Facts(s).Mentions() {
		if mn.Text == a && mn.Entity.Kind == knowledge.Person {
			return true
		}
	}
	return false
}

// statesAskedYear reports whether a short answer to « En quelle année
// … ? » writes a number that is no part of a day without its year:
// « novembre » or « 15 » from « le 15 novembre de la même année » is no
// answer, « 761 », « l'an 9 », « 1997-1998 » are (the dates' extractor
// does not take every bare number for a year).
func (m *Matcher) statesAskedYear(q *question, s *knowledge.Sentence, a string) bool {
	if len(q.dateKinds) == 0 || q.dateKinds[0] != knowledge.Year {
		return true // any date, or a century (« XXe siècle »)
	}
	if strings.IndexFunc(a, unicode.IsDigit) < 0 {
		return false
	}
	for _, d := range m.base.Facts(s).Dates() {
		if d.Kind == knowledge.FullDate && !statesYear(d.Text) && (strings.Contains(d.Text, a) || strings.Contains(a, d.Text)) {
			return false
		}
	}
	return true
}

// relativeEnd is the last token of a relative clause « qui … » that
// opens right after token last, a comma between or not, and runs to the
// next punctuation mark: its words say something of the span, however
// long it is. last when none opens there.
func relativeEnd(text string, toks []french.Token, last int) int {
	if last+1 >= len(toks) || toks[last+1].Fold != "qui" {
		return last
	}
	end := last + 1
	for end+1 < len(toks) && !strings.ContainsAny(text[toks[end].End:toks[end+1].Start], ",;:.!?()«»\"") {
		end++
	}
	return end
}
