package extract

import (
	"sort"
	"strings"

	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// auxiliaries are the auxiliaries, negations, reflexives and adverbs that
// stand between a subject and its speech verb ("il a bien souligné",
// "s'est dit").
var auxiliaries = extractorWords("aux")

// isAux reports a word of auxiliaries; "à" folds like "a" but is a
// preposition.
func isAux(t french.Span) bool {
	return t.Word && auxiliaries()[t.Fold] && t.Text != "à" && t.Text != "À"
}

// determiners start the noun phrase that can name a speaker ("le
// communiqué final", "les organisateurs").
var determiners = extractorWords("determiner")

// documents are the nouns of texts that can be quoted; "cette
// déclaration" then means the text quoted just before.
var documents = extractorWords("document")

// subjectPronouns refer to the person the text is about.
var subjectPronouns = extractorWords("subject-pronoun")

// speakerState is what the text has made salient so far: the person it is
// about (for "il", "selon lui") and the last speaker and document quoted.
type speakerState struct {
	tab *entityTable
	lx  *lexicon
	// focus is the last person the text spoke of, focusSent the index of
	// the sentence where it did; sentence is the current index.
	focus     *entityBuilder
	focusSent int
	sentence  int
	// lastSpeaker is the speaker of the last attributed quotation and
	// lastPara its paragraph; lastDoc the last document quoted.
	lastSpeaker string
	lastPara    int
	lastDoc     string
}

// attribution is a speaker found for a quotation.
type attribution struct {
	speaker string
	found   bool
	// person is true when the speaker is a person of the entity table.
	person bool
}

// tokenAt returns the index of the first token that starts at or after
// byte offset off.
func tokenAt(toks []french.Span, off int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off })
}

// afterCue reads "…», a déclaré X", "…», a-t-il déclaré", "…», selon X"
// in toks[i:end].
func (st *speakerState) afterCue(es *sentence, i, end int) attribution {
	toks := es.toks
	if i < end && toks[i].Is(",", "!", "?", "…") {
		i++
	}
	if i >= end {
		return attribution{}
	}
	if isSelon(toks, i) {
		return st.phraseAfter(es, i+1, end)
	}
	if i+1 < end && isSelon(toks, i+1) {
		return st.phraseAfter(es, i+2, end)
	}
	pronoun := ""
	for i < end && toks[i].Word && !french.IsSpeechVerb(toks[i].Fold) {
		verb, pro, ok := splitInverted(toks[i].Fold)
		if ok && (french.IsSpeechVerb(verb) || auxiliaries()[verb]) {
			pronoun = pro
			if french.IsSpeechVerb(verb) {
				break
			}
			i++
			continue
		}
		if !isAux(toks[i]) && !strings.HasSuffix(toks[i].Fold, "ment") {
			return attribution{}
		}
		i++
	}
	if i >= end || !toks[i].Word {
		return attribution{}
	}
	if pronoun != "" {
		return st.resolvePronoun(pronoun)
	}
	return st.phraseAfter(es, i+1, end)
}

// splitInverted cuts "a-t-il" into "a" and "il", "ajoute-t-elle" into
// "ajoute" and "elle", "dit-il" into "dit" and "il".
func splitInverted(fold string) (verb, pronoun string, ok bool) {
	for _, p := range []string{"-t-il", "-t-elle", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles"} {
		if v, found := strings.CutSuffix(fold, p); found && v != "" {
			return v, strings.TrimPrefix(strings.TrimPrefix(p, "-t"), "-"), true
		}
	}
	return "", "", false
}

// phraseAfter names the speaker that follows a speech verb or "selon":
// a name ("James Robinson", even after "hier à l’issue de trois jours de
// travaux"), or a noun phrase ("le communiqué final", "les Huit").
func (st *speakerState) phraseAfter(es *sentence, i, end int) attribution {
	toks := es.toks
	for i < end && toks[i].Word && (isAux(toks[i]) || strings.HasSuffix(toks[i].Fold, "ment")) && !subjectPronouns()[toks[i].Fold] {
		i++
	}
	if i >= end {
		return attribution{}
	}
	if subjectPronouns()[toks[i].Fold] {
		return st.resolvePronoun(toks[i].Fold)
	}
	// A name within the clause.
	limit := end
	for k := i; k < end; k++ {
		if toks[k].Is(";", "«", "“", "\"") || isFullStop(toks, k) || k-i > 16 {
			limit = k
			break
		}
	}
	var nameAt *mention
	for k := range es.mentions {
		m := &es.mentions[k]
		if m.tok >= i && m.tokEnd <= limit {
			nameAt = m
			break
		}
	}
	if determiners()[toks[i].Fold] {
		j := i + 1
		for j < limit && j-i < 5 && toks[j].Word && (!st.lx.function[toks[j].Fold] || roleConnectors()[toks[j].Fold] && j+1 < limit && toks[j+1].Word) {
			j++
		}
		if nameAt != nil && nameAt.tok < j+2 {
			return st.named(*nameAt)
		}
		if j > i+1 {
			return st.phrase(es, i, j)
		}
	}
	if nameAt != nil && nameAt.kind != article.Place || nameAt != nil && nameAt.tok == i {
		return st.named(*nameAt)
	}
	return attribution{}
}

// phrase attributes a quotation to the noun phrase toks[i:j].
func (st *speakerState) phrase(es *sentence, i, j int) attribution {
	name, person := st.nounPhrase(es, i, j)
	return attribution{speaker: name, found: true, person: person}
}

// nounPhrase turns a speaker noun phrase into a speaker: "cette
// déclaration" is the document quoted last, "le président français" the
// person the text gave that role.
func (st *speakerState) nounPhrase(es *sentence, i, j int) (string, bool) {
	np := spanText(es.s.Text, es.toks, i, j)
	head := es.toks[i+1].Fold
	switch {
	case (head == "dernier" || head == "derniere") && es.toks[i].Is("ce", "cette") && j == i+2:
		// "a ajouté ce dernier": the person just spoken of.
		if a := st.resolvePronoun("il"); a.found {
			return a.speaker, true
		}
	case documents()[head] && es.toks[i].Is("ce", "cet", "cette", "ces") && st.lastDoc != "":
		return st.lastDoc, false
	case documents()[head]:
		st.lastDoc = np
	case st.lx.roles[head]:
		// "le ministre" is the person the text called "ministre …":
		// the one it is about if that fits, else the only one.
		role := french.Fold(spanText(es.s.Text, es.toks, i+1, j))
		if st.focus != nil && hasRolePrefix(st.focus, role) {
			return st.focus.e.Name, true
		}
		var match *entityBuilder
		for _, b := range st.tab.order {
			if b.e.Kind == article.Person && hasRolePrefix(b, role) {
				if match != nil {
					return np, false
				}
				match = b
			}
		}
		if match != nil {
			return match.e.Name, true
		}
	}
	return np, false
}

func (st *speakerState) nameOf(m mention) string {
	if b := st.tab.get(m.key); b != nil {
		return b.e.Name
	}
	return m.text
}

// named is the attribution of a quotation to the entity named by m.
func (st *speakerState) named(m mention) attribution {
	return attribution{speaker: st.nameOf(m), found: true, person: m.kind == article.Person}
}

// resolvePronoun returns the person the text is about, when it spoke of
// one in the last few sentences.
func (st *speakerState) resolvePronoun(p string) attribution {
	if st.focus == nil || st.sentence-st.focusSent > 6 || p == "ils" || p == "elles" {
		return attribution{}
	}
	return attribution{speaker: st.focus.e.Name, found: true, person: true}
}

// isFullStop reports a period that ends a clause, not the one of "M." or
// of an initial ("J. Robinson").
func isFullStop(toks []french.Span, k int) bool {
	if toks[k].Text != "." {
		return false
	}
	if k > 0 && toks[k-1].End == toks[k].Start && (french.IsNameTitle(toks[k-1].Fold) || len(toks[k-1].Text) == 1 && toks[k-1].Cap) {
		return false
	}
	return true
}

// isSelon reports "selon" or the "après" of "d’après" at token v: the
// source of what is said follows.
func isSelon(toks []french.Span, v int) bool {
	return toks[v].Is("selon") || toks[v].Is("apres") && v > 0 && toks[v-1].Is("d'")
}

// hasRolePrefix reports whether one of the person's roles starts with the
// folded role words ("ministre" fits "ministre de l'Intérieur").
func hasRolePrefix(b *entityBuilder, role string) bool {
	for r := range b.roles {
		if r == role || strings.HasPrefix(r, role+" ") {
			return true
		}
	}
	return false
}
