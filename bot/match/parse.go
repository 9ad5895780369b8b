package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// pronouns that make a question a follow-up.
func isAnaphor(fold string) bool {
	return french.IsAnaphor(fold)
}

// parse analyses the question text.
func (m *Matcher) parse(text string) *question {
	room := m.questionToks.Get().(*[]french.Token)
	toks := french.TokenizeInto((*room)[:0], text)
	// « Bonjour, qui … ? Merci ! »: the question proper (courtesy.go).
	text, toks = questionProper(text, toks)
	if plain, ok := dropCleft(text, toks); ok {
		// « C'est qui qui a … ? » (cleft.go).
		text = plain
		toks = french.TokenizeInto(toks[:0], text)
	}
	if fronted, ok := frontQuestionWord(text, toks); ok {
		// « Le virus est localisé où ? » (insitu.go).
		text = fronted
		toks = french.TokenizeInto(toks[:0], text)
	}
	q := &question{text: text, contentWords: m.contentWords}
	defer func() {
		// The tokens go back to the pool, their strings let go; the
		// question keeps copies of what it needs.
		if cap(toks) <= maxPooledTokens {
			clear(toks)
			*room = toks[:0]
			m.questionToks.Put(room)
		}
	}()
	q.folds = make([]string, 0, len(toks))
	for _, t := range toks {
		q.folds = append(q.folds, t.Fold)
	}
	q.english = m.lang.looksEnglish(toks)
	if q.english {
		m.lang.fixEnglishTypos(toks, q.folds)
	}
	attributed := attributionEnd(text, toks)
	if attributed == 0 {
		// « Hormis la Russie, combien … ? » (fronted.go).
		attributed = frontedEnd(text, toks)
	}
	q.framed = attributed
	var framed [2]int // the English words the frame reads, from and to
	if q.english {
		// « According to X, where … ? »: the frame follows the comma.
		k := attributed
		head, n := m.lang.translateFrame(q.folds[k:])
		q.folds = append(q.folds[:k:k], head...)
		framed = [2]int{k, k + n}
		m.lang.frameWords(q.folds, m.kinds, m.an.Stem)
	}
	m.fixWhTypos(q.folds)
	q.kindTypo, _ = m.fixNounTypos(q.folds)
	if !q.english {
		m.fixTypos(toks, q.folds)
	}
	q.kind = m.kinds.classify(text, q.folds, m.an.Stem, m.namedWord)
	if k := attributed; q.kind == kindAny && k > 0 {
		// « Selon Joe Biden, combien de pays … ? »: the question
		// proper follows the comma.
		q.kind = m.kinds.classify(text[toks[k].Start:], q.folds[k:], m.an.Stem, m.namedWord)
	}
	if k := slices.Index(q.folds, "combien"); q.kind == kindAny && k > 0 && !q.english && k < len(toks) {
		// « En 1650 combien de moines … ? », « L'église a combien
		// d'étages ? »: « combien » asks a question wherever it stands.
		q.kind = m.kinds.classify(text[toks[k].Start:], q.folds[k:], m.an.Stem, m.namedWord)
	}
	q.defines = q.kind == kindAny && definitionFrame(q.folds, m.kinds.followUps)
	if q.kind == kindByline {
		q.signed = bylineFrame(q.folds, m.kinds.followUps)
		if q.signed == headed {
			q.heading = headingFrame(q.folds)
		}
	}
	q.titleSays = titleAttribution(q.folds)
	q.listing, q.listingFrom, q.listingCount = listingFrame(q.folds, m.kinds.followUps)
	q.articles, q.articlesFrom = articlesFrame(q.folds, m.kinds.followUps)
	for i, f := range q.folds {
		if (isAnaphor(f) || inversion(f)) && (q.english || !resumptive(text, toks, i)) {
			q.pronoun = true
		}
		if i == 0 && f == "et" {
			q.pronoun = true
		}
	}
	q.quoted = quotedPart(text)
	q.origins = m.nounOrigins(q.folds)
	if !q.english {
		q.nounNames = m.nounNames(toks)
	}
	q.phase = m.lang.askedPhase(q)
	q.dateKinds = dateKinds(q.folds)
	if c := countedNoun(q.folds); c != "" {
		q.counted = m.an.Stem(c)
	}
	q.money = q.kind == kindNumber && asksMoney(q.folds)

	// Content words, with the names they form. An English question's
	// words are translated phrase by phrase first. Room is made for
	// about one word in two at once: growing the slice from nothing
	// allocated twice the bytes.
	q.terms = make([]qterm, 0, len(toks)/2+1)
	var translated map[int]bool // read when nil: nothing translated
	if q.english {
		translated = map[int]bool{}
		folds := make([]string, len(toks))
		for i, t := range toks {
			folds[i] = t.Fold
		}
		for _, tr := range m.lang.lex.TranslateEnglish(folds) {
			if m.lang.englishStop(tr.English) {
				continue
			}
			for k := tr.First; k <= tr.Last; k++ {
				translated[k] = true
			}
			if framed[0] <= tr.First && tr.Last < framed[1] {
				continue // « how many »: the frame reads it
			}
			if qt := m.translation(tr, startsUpper(toks[tr.First].Text) && tr.First > 0); len(qt.stems) > 0 {
				// Where the English phrase's last word stands (its
				// head: "cyber security"), as a French word's: the
				// rules read the noun after « quel » by position.
				qt.pos = tr.Last
				q.terms = append(q.terms, qt)
			}
		}
	}
	for i, t := range toks {
		if translated[i] || t.Kind == french.Elision || t.Kind == french.Clitic || !french.IsContent(t.Fold) || isAnaphor(t.Fold) {
			continue
		}
		if q.english && m.lang.englishStop(t.Fold) || !q.english && !french.IsContent(q.folds[i]) {
			// The latter: a misspelt question word (fixWhTypos).
			continue
		}
		qt := m.expand(q, t, i)
		qt.pos = i
		q.terms = append(q.terms, qt)
	}
	m.expandPhrases(q)
	m.ownStemsOnly(q)
	if q.kind == kindQuote {
		// "Qu'a dit X": the speech verb frames the question; the
		// answer may be introduced by any other verb.
		q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool { return speechVerb(t.fold) })
	}
	m.findNames(q, toks)
	if from, to, ok := exclusionAt(text, toks); ok {
		for k, t := range q.terms {
			if t.pos > from && t.pos < to {
				q.excluded = append(q.excluded, k)
			}
		}
	}
	q.kindNoun = -1
	if j := m.kinds.headNoun(q.folds); j >= 0 && genericKind(q.kind) {
		q.kindNoun = q.wordAt(j)
	} else if j := m.kinds.openerNoun(q.folds, q.kind); j >= 0 {
		q.kindNoun = q.wordAt(j)
	}
	return q
}

// genericKind reports a kind whose noun any answer of the kind is (« pays »
// for a place, « année » for a date, « nombre » for a number), unlike a
// person's (« joueur », « ministre »), which says which person.
func genericKind(k kind) bool {
	return k == kindPlace || k == kindDate || k == kindNumber || k == kindDuration
}

// addStem adds a stem as an alternative of the question word, keeping the
// highest weight and the best origin when it is there already.
func (m *Matcher) addStem(qt *qterm, stem string, w float64, o origin) {
	if stem == "" {
		return
	}
	for i, s := range qt.stems {
		if s.Stem == stem {
			qt.stems[i].Weight = max(s.Weight, w)
			qt.stems[i].origin = min(s.origin, o)
			return
		}
	}
	idf, known := m.base.StemIDF(stem)
	qt.stems = append(qt.stems, alt{Stem: stem, Weight: w, known: known, idf: idf, origin: o})
}

// translation builds the question word of an English word or phrase from
// its French translations; a name or a word French shares ("internet",
// "G8") keeps its own form too.
func (m *Matcher) translation(tr french.Translation, capital bool) qterm {
	qt := qterm{fold: tr.English, cap: capital, pos: -1}
	for _, fr := range tr.French {
		for _, w := range strings.Fields(fr) {
			if french.IsContent(w) {
				m.addStem(&qt, m.an.Stem(w), 1, ownWord)
			}
		}
	}
	if !strings.Contains(tr.English, " ") && m.base.HasStem(m.an.Stem(tr.English)) {
		m.addStem(&qt, m.an.Stem(tr.English), 1, ownWord)
	}
	m.finishTerm(&qt)
	return qt
}

// expand builds the alternatives of the question's word i: itself, a
// spelling correction when the corpus does not know it (the word read as
// meant: fixTypos), synonyms and derivations.
func (m *Matcher) expand(q *question, t french.Token, i int) qterm {
	qt := qterm{fold: t.Fold, cap: i > 0 && startsUpper(t.Text)}
	m.addStem(&qt, m.an.Stem(t.Fold), 1, ownWord)
	if c, same := m.typoFix(t.Fold, qt.cap); same {
		m.addStem(&qt, m.an.Stem(c), 1, ownWord)
	} else if c != "" {
		m.addStem(&qt, m.an.Stem(c), m.w.Correction, corrected)
		if !q.english && q.folds[i] == c {
			qt.fold = c // an English question's folds are its frame's
		}
	}
	m.finishTerm(&qt)
	return qt
}

// refer makes a follow-up that names no one ("Et qu'a-t-il dit d'autre ?")
// about the conversation's focus, as if the question named it.
func (m *Matcher) refer(q *question, conv *Context) {
	// « Quand cet article a-t-il été publié ? »: the pronoun of a
	// question about an article's byline stands for the article.
	if !q.pronoun || q.kind == kindByline || !conv.active() || conv.Focus == nil || q.hasName(conv.Focus) {
		return
	}
	e := conv.Focus
	q.addName(e)
	qt := qterm{fold: knowledge.FoldName(e.Name), ent: e, pos: -1, cap: true}
	for _, t := range m.an.Analyze(e.Name) {
		if !t.Part {
			m.addStem(&qt, t.Stem, m.w.FocusName, focusName)
		}
	}
	m.weigh(&qt)
	q.terms = append(q.terms, qt)
}

// expandPhrases gives the words of a multi-word expression the question
// uses ("chef de l'État", "prendre part") the alternatives the lexicon
// relates to the expression as a whole ("président", "participer").
func (m *Matcher) expandPhrases(q *question) {
	if m.lang.lex == nil || len(q.terms) < 2 {
		return
	}
	// Each word's own stem, stemmed once for the runs it is part of.
	own := make([]string, len(q.terms))
	for i, t := range q.terms {
		own[i] = m.an.Stem(t.fold)
	}
	var buf [64]byte
	key := buf[:0]
	for i := range q.terms {
		for n := 3; n >= 2; n-- {
			if i+n > len(q.terms) {
				continue
			}
			run := q.terms[i : i+n]
			if run[0].pos < 0 || run[n-1].pos-run[0].pos > 2*(n-1)+1 {
				continue
			}
			key = key[:0]
			for k, st := range own[i : i+n] {
				if k > 0 {
					key = append(key, ' ')
				}
				key = append(key, st...)
			}
			rel := m.lang.lex.RelatedKey(key) // the words' stems joined by spaces
			if len(rel) == 0 {
				continue
			}
			for k := range run {
				for _, r := range rel {
					for st := range strings.FieldsSeq(r) {
						if m.base.HasStem(st) {
							m.addStem(&run[k], st, m.w.Phrase, related)
						}
					}
				}
				m.weigh(&run[k])
			}
			break
		}
	}
}

// finishTerm adds the synonyms of the word's forms and weighs it.
func (m *Matcher) finishTerm(qt *qterm) {
	// Synonyms and derivations of every form found so far, with room
	// made for all of them at once.
	n, more := len(qt.stems), 0
	for i := range n {
		more += len(m.lang.related(qt.stems[i].Stem))
	}
	qt.stems = slices.Grow(qt.stems, more)
	for i := 0; i < n; i++ {
		rels := m.lang.related(qt.stems[i].Stem)
		if qt.cap && qt.stems[i].origin == ownWord {
			// « le Net »: a name, not the adjective
			rels = append(slices.Clip(rels), m.lang.relatedCapital(qt.stems[i].Stem)...)
		}
		for _, rel := range rels {
			if idf, ok := m.base.StemIDF(rel); ok {
				found := false
				for _, s := range qt.stems {
					if s.Stem == rel {
						found = true
						break
					}
				}
				if !found && rel != "" {
					// addStem's append, with the look-up done.
					qt.stems = append(qt.stems, alt{Stem: rel, Weight: m.w.Related * qt.stems[i].Weight, known: true, idf: idf, origin: related})
				}
			}
		}
	}
	m.weigh(qt)
	m.paraphrase(qt)
}

// weigh sets how much the word says: its best known alternative's IDF.
func (m *Matcher) weigh(qt *qterm) {
	qt.known, qt.weight = false, 0
	for i := range qt.stems {
		if qt.stems[i].known {
			qt.known = true
			if w := qt.stems[i].idf * qt.stems[i].Weight; w > qt.weight {
				qt.weight = w
			}
		}
	}
	if !qt.known {
		// An unknown word still counts against coverage: the articles
		// do not speak of it. A name weighs like the rarest word; a
		// lower-case word may be a form of a common verb ("prendra")
		// the articles write otherwise, and weighs less.
		qt.weight = m.maxIDF
		if !qt.cap {
			qt.weight = m.w.UnknownWord * m.maxIDF
		}
	}
}

// knownTerm reports whether the corpus knows the question word folded as
// fold, itself or through an alternative ("Royaume-Uni" → "britannique").
func (m *Matcher) knownTerm(q *question, fold string) bool {
	t := q.term(fold)
	return t != nil && t.known
}

// term is the question word folded as fold, or nil when it is no term of
// its own (a word of a translated phrase: « states » of « united states »).
func (q *question) term(fold string) *qterm {
	for i := range q.terms {
		if q.terms[i].fold == fold {
			return &q.terms[i]
		}
	}
	return nil
}

// resumptive reports the pronoun of an inversion that repeats the subject
// the question names before its verb (« Les fonctionnaires étaient-ils … ? »,
// « Facebook est-il … ? »): it refers to that subject, not back to the
// conversation as in « Que veut-il ? ».
func resumptive(text string, toks []french.Token, i int) bool {
	if i < 2 || toks[i].Start == 0 || text[toks[i].Start-1] != '-' {
		return false
	}
	for _, t := range toks[:i-1] {
		if t.Kind == french.Word && french.IsContent(t.Fold) {
			return true
		}
	}
	return false
}
