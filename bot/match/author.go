package match

import (
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Qui a écrit Arcane 17 ?": a question that asks who wrote, composed or
// directed a work is answered by the name the cited sentence gives the
// work's title: the one its author noun is apposed to (« Portalis, auteur
// du Code Napoléon »), the one after it (« le Boléro de Maurice Ravel »),
// or the subject of the clause it opens or interrupts (« …, The Spirit and
// the Flesh, Walter Williams indique », « André Breton compare, dans
// Arcane 17, … »). The verbs and the author nouns are matcher_words.tsv's
// work-verb and work-author lists.

// workVerb is the index in q.terms of the verb of « Qui a V X ? » when V
// makes a work (its lemma is a work-verb), else -1.
func (m *Matcher) workVerb(q *question) int {
	v := agentVerb(q)
	if v < 0 {
		return -1
	}
	var buf [4]string
	for _, lemma := range m.lang.lemmas.Lemmas(buf[:0], q.terms[v].fold) {
		if matchWords.workVerbs.Has(lemma) {
			return v
		}
	}
	return -1
}

// authorName is the name the cited sentence gives the work the question
// asks about (see above), or "".
func (m *Matcher) authorName(q *question, s *knowledge.Sentence) string {
	verb := m.workVerb(q)
	if verb < 0 {
		return ""
	}
	r := m.read(q, s)
	from, to := r.workTitle(q, verb)
	if from < 0 {
		return ""
	}
	toks := r.toks
	// « le Boléro de Maurice Ravel »
	if to+1 < len(toks) && isDe(toks[to].Fold) && !r.breaks(to) && !r.breaks(to+1) {
		if n := r.fullName(to + 1); n != "" {
			return n
		}
	}
	// « …, The Spirit and the Flesh, Walter Williams indique … »; the
	// title's end may be unasked, up to titleTail words with no verb
	// (« Dans De l'Esprit géométrique et de l'Art, Pascal étudie » for
	// « Qui a écrit De l'Esprit géométrique ? »).
	for k := to; k < len(toks) && k-to <= titleTail; k++ {
		if r.gap(k) == ", " {
			n := r.fullName(k)
			if end := r.tokenEndingAt(toks[k].Start + len(n)); n != "" && end+1 < len(toks) && !r.breaks(end+1) && m.sentenceVerb(toks[end+1]) {
				return n
			}
			break
		}
		if r.breaks(k) || m.sentenceVerb(toks[k]) {
			break
		}
	}
	// « Portalis, auteur du Code Napoléon »
	if a := from - 1; a >= 1 && isDe(toks[a].Fold) && matchWords.workAuthors.Has(toks[a-1].Fold) {
		if n := m.nameBeforeRole(r, a-1); n != "" {
			return n
		}
	}
	// « André Breton compare, dans Arcane 17, … »
	if v := from - 2; v >= 1 && toks[from-1].Fold == "dans" && r.gap(from-1) == ", " && m.sentenceVerb(toks[v]) {
		// The name that opens the clause and ends at the verb.
		first := v
		for first > 0 && !r.breaks(first) && (startsUpper(toks[first-1].Text) || joinsNames(toks, first-1)) {
			first--
		}
		if n := r.fullName(first); n != "" && (first == 0 || r.breaks(first)) && r.tokenEndingAt(toks[first].Start+len(n)) == v-1 {
			return n
		}
	}
	return ""
}

// workTitle is where the sentence writes the question's words after its
// verb (the work's title): from the first of them to the end of the run
// they make, with at most two other words (« pour une ») between two of
// them; -1, -1 when it writes none.
func (r *reading) workTitle(q *question, verb int) (int, int) {
	after := func(i int) bool {
		for _, t := range q.terms {
			if t.pos > q.terms[verb].pos && r.holds(t, i) {
				return true
			}
		}
		return false
	}
	from := -1
	for i := range r.toks {
		if after(i) {
			from = i
			break
		}
	}
	if from < 0 {
		return -1, -1
	}
	to := from + 1
	for to < len(r.toks) {
		j := to
		for j < len(r.toks) && j-to < 2 && !after(j) && french.IsStopWord(r.toks[j].Fold) && !r.breaks(j) {
			j++
		}
		if j >= len(r.toks) || !after(j) || r.breaks(j) && !closesName(r.gap(j)) {
			break
		}
		to = j + 1
	}
	return from, to
}

// fullName is the run of capitalised words from token j (« de », « d' »
// and the like inside), the question's own included: an author's name is
// often half asked (« le Boléro de Ravel »: « Maurice Ravel »), or ""
// when token j is no capitalised word.
func (r *reading) fullName(j int) string {
	end := j
	for end < len(r.toks) && end-j < namingMaxWords && (end == j || !r.breaks(end)) &&
		(startsUpper(r.toks[end].Text) && !french.IsStopWord(r.toks[end].Fold) || end > j && joinsNames(r.toks, end)) {
		end++
	}
	for end > j && !startsUpper(r.toks[end-1].Text) {
		end--
	}
	if end == j {
		return ""
	}
	return r.text[r.toks[j].Start:r.toks[end-1].End]
}
