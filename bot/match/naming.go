package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Comment s'appelle la rencontre entre Milan et l'Inter ?": the answer is
// the name the cited sentence gives after a naming word (« appelé »,
// « surnommé », « connu sous le nom de »), near the question's words.

// namingFrame reports a question that asks what something is called:
// « comment s'appelle / se nomme / appelle-t-on / est surnommé … », « quel
// est le nom / l'autre nom / le surnom / le prénom de … », « quel nom
// porte … ».
func namingFrame(folds []string) bool {
	for i, f := range folds {
		switch f {
		case "comment":
			if slices.ContainsFunc(folds[i+1:], namingWord) {
				return true
			}
		case "quel", "quelle", "quels", "quelles":
			j := i + 1
			if j < len(folds) && matchWords.copulas.Has(folds[j]) {
				j++
			}
			if j < len(folds) && (determiner(french.Token{Fold: folds[j]}) || folds[j] == "l") {
				j++
			}
			if j < len(folds) && nameQualifier(folds[j]) {
				j++
			}
			if j < len(folds) && matchWords.nameNouns.Has(folds[j]) {
				return true
			}
		}
	}
	return false
}

// nameQualifier reports a word between the determiner and a name noun that
// still asks for a name: « l'autre nom », « l'ancien nom », « le vrai nom ».
func nameQualifier(fold string) bool {
	switch fold {
	case "autre", "ancien", "nouveau", "vrai", "veritable", "premier", "second", "deuxieme", "dernier":
		return true
	}
	return false
}

// namingCue is the index in folds of the question's naming word (« s'appelle »)
// or name noun (« surnom »), or -1.
func namingCue(folds []string) int {
	return slices.IndexFunc(folds, func(f string) bool { return namingWord(f) || matchWords.nameNouns.Has(f) })
}

// nameOpening reports whether a name read after a naming word may open
// with token t: not with « de » (« la renommée de son groupe » is fame,
// « baptisa du nom de X » names X), nor, after a name noun's « de » and
// out of quotes, with a word in lower case of the question's (« le nom de
// famille des … » when a family name is asked).
func nameOpening(q *question, t french.Token, nounCue bool) bool {
	if t.Fold == "de" || t.Fold == "d" || t.Fold == "du" {
		return false
	}
	return !nounCue || startsUpper(t.Text) || !slices.Contains(q.folds, t.Fold)
}

// saidName reports « dit » or « dite » that gives another name to what
// comes before it: after a comma or a bracket, before a word in capitals
// (« Michele Ongaro (dit Pannonio) », « la Convention …, dite Convention
// de Carthagène »), unlike « a-t-il dit ».
func saidName(text string, toks []french.Token, i int) bool {
	switch toks[i].Fold {
	case "dit", "dite", "dits", "dites":
		return i > 0 && i+1 < len(toks) && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], ",(") && startsUpper(toks[i+1].Text)
	}
	return false
}

// nameEndsBefore reports whether a name in capitals ends before token k:
// a word in lower case, not one that glues a name (« de », « la »), and
// not followed by one in capitals, or a preposition (« en »).
func nameEndsBefore(toks []french.Token, k int) bool {
	t := toks[k]
	if startsUpper(t.Text) || matchWords.nameGlue.Has(t.Fold) {
		return false
	}
	return k+1 >= len(toks) || !startsUpper(toks[k+1].Text) || spanWords.classOf(t.Fold)&classPrep != 0
}

// namingWord reports a form of a verb that introduces a name
// ("appelée", "s'appelait", "surnommé"), not the noun "appel".
func namingWord(fold string) bool {
	if fold == "appel" || fold == "appels" || strings.HasPrefix(fold, "appellation") {
		return false
	}
	for _, p := range namingPrefixes {
		if strings.HasPrefix(fold, p) {
			return true
		}
	}
	return false
}

// namingAnswer is the name the sentence gives after a naming word near
// the question's words ("… dénommé Stade Giuseppe-Meazza"), or "".
func (m *Matcher) namingAnswer(q *question, s *knowledge.Sentence) string {
	if !namingFrame(q.folds) {
		return ""
	}
	toks := french.Tokenize(s.Text)
	for i, t := range toks {
		cue, nounCue := namingWord(t.Fold) || t.Fold == "alias" || saidName(s.Text, toks, i), false
		if !cue && matchWords.nameNouns.Has(t.Fold) && i > 0 && determiner(toks[i-1]) && i+1 < len(toks) && (toks[i+1].Fold == "de" || toks[i+1].Fold == "d") {
			// "connu sous le nom de X", "le surnom de « X »"
			cue, nounCue, i = true, true, i+1
		}
		if !cue || i+1 >= len(toks) {
			continue
		}
		if matchWords.appointed.Has(toks[i+1].Fold) {
			// "nommé à vie", "nommé par le roi": appointed, not
			// named.
			continue
		}
		quoted := strings.ContainsAny(s.Text[toks[i].End:toks[i+1].Start], "«“\"")
		if !nameOpening(q, toks[i+1], nounCue && !quoted) {
			continue // « baptisa du nom de X »: the noun's « de » next
		}
		// A name in quotes ends with them; one in capitals ends before
		// a word in lower case that the next word does not carry on in
		// capitals (« prénommée Kayla et sa mère », « French and
		// Indian Wars en Nouvelle-Angleterre »), the words that glue a
		// name aside.
		capital := startsUpper(toks[i+1].Text) || determiner(toks[i+1]) && i+2 < len(toks) && startsUpper(toks[i+2].Text)
		end := i + 1
		for end+1 < len(toks) && end-i < namingMaxWords {
			gap := s.Text[toks[end].End:toks[end+1].Start]
			if strings.ContainsAny(gap, ",;:()[].!?—–") || quoted && strings.ContainsAny(gap, "»”\"") {
				break
			}
			if capital && !quoted && nameEndsBefore(toks, end+1) {
				break
			}
			end++
		}
		for end > i+1 && matchWords.nameGlue.Has(toks[end].Fold) {
			end-- // « Institution des »
		}
		if end-i >= namingMaxWords {
			return ""
		}
		span := strings.Trim(s.Text[toks[i+1].Start:toks[end].End], "«» \u00a0\"“”")
		if span == "" || q.inQuestion(span) || !m.nearQuestion(q, s, span) {
			return ""
		}
		return span
	}
	// « Comment s'appelle le couvercle de l'arche ? »: « … du couvercle
	// (propitiatoire) de l'Arche »; « Quel est le nom du centre de
	// recherche en Espagne ? »: « … en Espagne (GEP) », in brackets after
	// any of the question's words; « Comment s'appelait le frère de
	// Carlo ? »: « … son frère Luigi ».
	cue := namingCue(q.folds)
	if cue < 0 {
		return ""
	}
	head := q.wordAfter(cue, false)
	r := m.read(q, s)
	if head >= 0 {
		if y := r.bracketed(q.terms[head], false); y != "" {
			return y
		}
	}
	if y := m.quotedName(q, r); y != "" {
		return y
	}
	for i := range r.toks {
		if !r.asked[i] {
			continue
		}
		if y := r.bracketedAt(i, false); y != "" && !french.IsDigits(strings.TrimSpace(y)) {
			return y // not a year: « Windekens (1970) »
		}
	}
	if head < 0 {
		return ""
	}
	at := r.first(q.terms[head])
	if at < 0 {
		return ""
	}
	// « son frère Luigi »: a name right after it.
	if at+1 < len(r.toks) && strings.TrimSpace(r.gap(at+1)) == "" {
		if n := m.nameRun(r, at+1); n != "" {
			return n
		}
	}
	return m.namedAfter(r, at)
}

// namedAfter is the name set after a comma or a colon that closes the
// question's words from token at (« Perrin et sa femme, Faile Bashere »,
// « une nouvelle capitale pour son royaume : Indraprastha »), a
// determiner before it included (« le Pegase »), a common noun too
// (« …, le kokpar (ou bouzkachi) »), or "".
func (m *Matcher) namedAfter(r *reading, at int) string {
	last := at
	for j := at + 1; j < len(r.toks) && j-at <= namingMaxWords && !r.breaks(j); j++ {
		if r.asked[j] {
			last = j
		} else if french.IsContent(r.toks[j].Fold) {
			break
		}
	}
	j := last + 1
	if j >= len(r.toks) {
		return ""
	}
	if g := strings.TrimSpace(r.gap(j)); g != "," && g != ":" {
		return ""
	}
	if n := m.nameRun(r, j); n != "" {
		return n
	}
	if j+1 < len(r.toks) && determiner(r.toks[j]) && strings.TrimSpace(r.gap(j+1)) == "" {
		if n := m.nameRun(r, j+1); n != "" {
			return r.text[r.toks[j].Start:r.toks[j+1].Start] + n
		}
		// « …, le séminaire Saint-Thomas », « …, le général Bernardo de
		// Gálvez »: a title or a kind in lower case before the name.
		for k := j + 1; k < len(r.toks) && k-j <= namingTitleWords && !r.breaks(k) && !r.asked[k] && !startsUpper(r.toks[k].Text) && french.IsContent(r.toks[k].Fold); k++ {
			if k+1 < len(r.toks) && strings.TrimSpace(r.gap(k+1)) == "" {
				if n := m.nameRun(r, k+1); n != "" {
					return r.text[r.toks[j].Start:r.toks[k+1].Start] + n
				}
			}
		}
	}
	// « une langue propre, le judéo-espagnol, … », « …, le kokpar (ou
	// bouzkachi) »: a determiner and namingNounWords words or fewer in
	// lower case, none of the question's, up to the clause's next mark.
	if !determiner(r.toks[j]) {
		return ""
	}
	end := j + 1
	for end < len(r.toks) && end-j <= namingNounWords && !r.breaks(end) {
		if t := r.toks[end]; startsUpper(t.Text) || r.asked[end] || !french.IsContent(t.Fold) {
			return ""
		}
		end++
	}
	if end == j+1 || end < len(r.toks) && !r.breaks(end) {
		return ""
	}
	return r.text[r.toks[j].Start:r.toks[end-1].End]
}

// quotedName is the one short term the sentence writes in quotation
// marks, not the question's own, near its words: what a text calls
// something it names in quotes (« il privatise l'Uganda Commercial Bank,
// la « banque du peuple » », « le « derby d'Italie » »); "" when the
// sentence quotes none or more than one, or only a word of a verb
// (« Torrusio est « démis » de son poste »).
func (m *Matcher) quotedName(q *question, r *reading) string {
	found := ""
	for j := 1; j < len(r.toks); j++ {
		if !opensQuote(r.gap(j)) {
			if found != "" && closesQuote(r.gap(j)) {
				return "" // another quotation, its opening mark shared
			}
			continue
		}
		end := j + 1
		for end < len(r.toks) && !closesQuote(r.gap(end)) {
			end++
		}
		if end == len(r.toks) && !closesQuote(r.text[r.toks[end-1].End:]) {
			return "" // a quotation the sentence does not close
		}
		span := r.text[r.toks[j].Start:r.toks[end-1].End]
		f := r.toks[j].Fold
		if end-j > namingMaxWords || q.inQuestion(span) || end-j == 1 && (m.lang.onlyVerb(f) || m.lang.verbForm(f)) {
			j = end
			continue
		}
		if found != "" {
			return ""
		}
		found, j = span, end
	}
	if found == "" || !m.nearQuestion(q, r.sentence, found) {
		return ""
	}
	return found
}
