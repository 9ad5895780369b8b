package bot

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// mention is an entity named in a sentence, with the words that name it.
type mention struct {
	ent  *knowledge.Entity
	text string
}

// sentInfo is what one sentence offers as a short answer.
type sentInfo struct {
	ents    []mention
	numbers []*knowledge.Number
	dates   []*knowledge.DateMention
	quotes  []*knowledge.Quote
	// digits is true when the sentence writes a number in digits (not a
	// year, not part of a name such as "G8").
	digits bool
	// implicit is the person a pronoun subject of the sentence ("Il
	// affirme…", "Selon lui, …") most likely designates: the last person
	// named before it in the article.
	implicit *knowledge.Entity
	// roleIDs are the term IDs of the roles of the people the sentence
	// designates, sorted.
	roleIDs []int32
}

// indexNames maps every entity's folded name and aliases to it.
func (m *Matcher) indexNames() {
	for _, a := range m.base.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				key := foldName(n)
				if key == "" {
					continue
				}
				if !slices.Contains(m.names[key], e) {
					m.names[key] = append(m.names[key], e)
				}
			}
		}
	}
}

// foldName folds a name the way the question parser folds its words, with
// titles such as "M." dropped.
func foldName(n string) string {
	toks := french.Tokenize(n)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Fold == "m" || t.Fold == "mme" || t.Fold == "mlle" {
			continue
		}
		parts = append(parts, t.Fold)
	}
	return strings.Join(parts, " ")
}

// buildSentInfo gathers, per sentence, the entities, numbers, dates and
// quotations the extractors found, plus cheap lexical fallbacks.
func buildSentInfo(b *knowledge.Base) []sentInfo {
	info := make([]sentInfo, len(b.Sentences))
	for _, a := range b.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, s := range e.Mentions {
				if t := nameIn(s.Text, e); t != "" {
					info[s.ID].ents = append(info[s.ID].ents, mention{ent: e, text: t})
				}
			}
		}
		for i := range a.Numbers {
			n := &a.Numbers[i]
			info[n.Sentence.ID].numbers = append(info[n.Sentence.ID].numbers, n)
		}
		for i := range a.Dates {
			d := &a.Dates[i]
			info[d.Sentence.ID].dates = append(info[d.Sentence.ID].dates, d)
		}
		for i := range a.Quotes {
			q := &a.Quotes[i]
			info[q.Sentence.ID].quotes = append(info[q.Sentence.ID].quotes, q)
		}
	}
	var last *knowledge.Entity
	var lastArticle *knowledge.Article
	for _, s := range b.Sentences {
		in := &info[s.ID]
		in.digits = hasNumber(b.Terms(s))
		if s.Article != lastArticle {
			last, lastArticle = nil, s.Article
		}
		if last != nil && pronounSubject(s.Text) {
			in.implicit = last
		}
		for _, q := range in.quotes {
			if e := speakerEntity(s.Article, q.Speaker); e != nil {
				in.ents = appendMention(in.ents, mention{ent: e})
			}
		}
		for _, mn := range in.ents {
			if mn.ent.Kind == knowledge.Person && mn.text != "" {
				last = mn.ent
			}
		}
	}
	return info
}

// hasNumber reports a number token that is not a year.
func hasNumber(terms []french.Term) bool {
	for _, t := range terms {
		if t.Kind == french.Number && !(len(t.Fold) == 4 && t.Fold >= "1000" && t.Fold <= "2100") {
			return true
		}
	}
	return false
}

// appendMention adds a mention unless the entity is already there.
func appendMention(ms []mention, m mention) []mention {
	for _, x := range ms {
		if x.ent == m.ent {
			return ms
		}
	}
	return append(ms, m)
}

// speakerEntity returns the article's person entity named speaker.
func speakerEntity(a *knowledge.Article, speaker string) *knowledge.Entity {
	if speaker == "" {
		return nil
	}
	for i := range a.Entities {
		if a.Entities[i].Name == speaker {
			return &a.Entities[i]
		}
	}
	return nil
}

// pronounSubject reports a sentence whose subject is a personal pronoun
// standing for someone named before: "Il a proposé…", "Selon lui, …".
func pronounSubject(text string) bool {
	low := strings.ToLower(strings.TrimLeft(text, "«“\"( "))
	for _, p := range []string{"il ", "elle ", "selon lui", "selon elle", "d'après lui", "d’après lui", "pour lui,", "lui-même"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// nameIn returns the longest of the entity's names found in text.
func nameIn(text string, e *knowledge.Entity) string {
	best := ""
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if len(n) > len(best) && strings.Contains(text, n) {
			best = n
		}
	}
	return best
}

// capitalRuns returns the runs of capitalised words of a sentence (joined
// by name glue such as "de la"), except a run that is only the sentence's
// first word, capitalised by grammar rather than as a name. It reads the
// index's terms, so it costs no new tokenisation.
func capitalRuns(text string, terms []french.Term) []string {
	var runs []string
	start, end := -1, -1
	flush := func() {
		if start >= 0 {
			runs = append(runs, text[start:end])
		}
		start = -1
	}
	for _, t := range terms {
		if t.Part {
			continue
		}
		if !t.ProperNoun() {
			flush()
			continue
		}
		if start >= 0 && !glueOnly(text[end:t.Start]) {
			flush()
		}
		if start < 0 {
			start = t.Start
		}
		end = t.End
	}
	flush()
	return runs
}

// glueOnly reports whether the text between two capitalised words can sit
// inside one name ("Bureau de l'Information", "Jean de La Fontaine").
func glueOnly(gap string) bool {
	for _, w := range strings.Fields(gap) {
		for _, part := range strings.Split(strings.ReplaceAll(w, "’", "'"), "'") {
			if part != "" && !isNameGlue(strings.ToLower(part)) {
				return false
			}
		}
	}
	return true
}

// isNameGlue is a lower-case word that can sit inside a name ("Bureau de
// l'Information", "Jean de La Fontaine").
func isNameGlue(fold string) bool {
	switch fold {
	case "de", "du", "des", "la", "le", "d", "l", "von", "van", "da", "di", "del":
		return true
	}
	return false
}

// inQuestion reports whether the question already names this text (by a
// word, its stem, or a corrected spelling), so that it cannot be the
// answer.
func (q *question) inQuestion(text string) bool {
	for _, t := range french.Tokenize(text) {
		if !french.IsContent(t.Fold) {
			continue
		}
		if !slices.Contains(q.folds, t.Fold) && !q.hasStem(q.stem(t.Fold)) {
			return false
		}
	}
	return true
}

// hasStem reports whether a question word may stand for the stem.
func (q *question) hasStem(stem string) bool {
	for _, qt := range q.terms {
		for _, s := range qt.stems {
			if s.Stem == stem && s.Weight >= 0.9 {
				return true
			}
		}
	}
	return false
}

// namesEntity reports whether the question itself names the entity, which can
// then not be its answer.
func (q *question) namesEntity(e *knowledge.Entity) bool {
	for _, n := range q.names {
		if n == e || n.Name == e.Name {
			return true
		}
	}
	return false
}

// wantsOther reports a question that asks for something not yet said
// ("Qu'a-t-il dit d'autre ?").
func (q *question) wantsOther() bool {
	for _, f := range q.folds {
		if f == "autre" || f == "autres" || f == "encore" {
			return true
		}
	}
	return false
}

// extract finds the short answer of the expected kind in the sentence. It
// returns the answer's words (verbatim from the sentence), the entity it
// designates when there is one, and whether the sentence holds an answer
// of the expected kind at all.
func (m *Matcher) extract(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	in := &m.info[s.ID]
	entOf := func(kinds ...knowledge.EntityKind) (string, *knowledge.Entity, bool) {
		// Of the entities of the right kind that the question does not
		// already name, the one nearest the question's words.
		best, bestDist := -1, 0
		for i, mn := range in.ents {
			if mn.text == "" || !slices.Contains(kinds, mn.ent.Kind) || q.namesEntity(mn.ent) || q.inQuestion(mn.text) {
				continue
			}
			d := m.distanceToQuestion(q, s, strings.Index(s.Text, mn.text))
			if best < 0 || d < bestDist {
				best, bestDist = i, d
			}
		}
		if best >= 0 {
			return in.ents[best].text, in.ents[best].ent, true
		}
		if len(s.Article.Entities) > 0 {
			// The extractor read this article: a capitalised word
			// it did not take for a name is none.
			return "", nil, false
		}
		for _, c := range capitalRuns(s.Text, m.base.Terms(s)) {
			if q.inQuestion(c) || m.knownOtherKind(c, kinds) || !m.nameLike(c) {
				continue
			}
			return c, nil, true
		}
		return "", nil, false
	}
	switch q.expect {
	case expectPerson:
		return entOf(knowledge.Person, knowledge.Organisation)
	case expectHuman:
		return entOf(knowledge.Person)
	case expectOrg:
		return entOf(knowledge.Organisation, knowledge.Person)
	case expectPlace:
		return entOf(knowledge.Place)
	case expectDate:
		for _, d := range in.dates {
			if !q.inQuestion(d.Text) && (q.dateKinds == nil || slices.Contains(q.dateKinds, d.Kind)) {
				return d.Text, nil, true
			}
		}
		return "", nil, false
	case expectNumber:
		if q.counted != "" {
			// "Combien de participants": a number of internautes
			// does not answer. A unit with the counted word itself
			// beats one with a related word.
			var related *knowledge.Number
			for _, n := range in.numbers {
				if q.inQuestion(n.Text) {
					continue
				}
				switch m.countsSame(q, n.Unit) {
				case 2:
					return n.Text, nil, true
				case 1:
					if related == nil {
						related = n
					}
				}
			}
			if related != nil {
				return related.Text, nil, true
			}
			return "", nil, false
		}
		var first *knowledge.Number
		for _, n := range in.numbers {
			if q.inQuestion(n.Text) {
				continue
			}
			if first == nil {
				first = n
			}
			if n.Unit != "" && m.sharesWord(q, n.Unit) {
				return n.Text, nil, true
			}
		}
		if first != nil {
			return first.Text, nil, true
		}
		return "", nil, in.digits && q.counted == ""
	case expectQuote:
		for _, qu := range in.quotes {
			if len(q.names) == 0 || m.speakerIs(qu.Speaker, q) {
				return qu.Text, nil, true
			}
		}
		return "", nil, len(in.quotes) > 0
	case expectSpeaker:
		for _, qu := range in.quotes {
			if qu.Speaker != "" {
				return qu.Speaker, m.entityNamed(qu.Speaker), true
			}
		}
		return "", nil, false
	case expectRole:
		for _, e := range q.names {
			if len(e.Roles) > 0 && m.mentions(s, e) {
				for _, r := range e.Roles {
					if strings.Contains(s.Text, r) {
						return r, e, true
					}
				}
			}
		}
		if len(q.names) > 0 {
			return "", q.names[0], false
		}
		return "", nil, false
	case expectReason:
		return reason(s.Text)
	}
	return "", nil, false
}

// nameLike reports whether a capitalised run looks like a name: one of
// its words is never written in lower case in the corpus ("Premier",
// "État" and "Internet" are, "Cameron" is not).
func (m *Matcher) nameLike(run string) bool {
	for _, t := range french.Tokenize(run) {
		if t.Kind == french.Word && french.IsContent(t.Fold) && !m.base.CommonWord(t.Fold) {
			return true
		}
	}
	return false
}

// knownOtherKind reports a capitalised run that the extractor knows as an
// entity of another kind (a place is no answer to "qui").
func (m *Matcher) knownOtherKind(text string, kinds []knowledge.EntityKind) bool {
	for _, e := range m.names[foldName(text)] {
		if !slices.Contains(kinds, e.Kind) {
			return true
		}
	}
	return false
}

// countsSame says whether a number's unit counts what the question counts:
// 2 for the same stem, 1 for a related one or a unit the extractor left
// empty, 0 otherwise.
func (m *Matcher) countsSame(q *question, unit string) int {
	if unit == "" {
		return 1
	}
	terms := m.an.Analyze(unit)
	for _, t := range terms {
		if t.Stem == q.counted {
			return 2
		}
	}
	for _, t := range terms {
		if slices.Contains(m.lang.related(q.counted), t.Stem) {
			return 1
		}
	}
	// A translated question counts in French words: compare with its
	// first term's alternatives.
	for _, qt := range q.terms {
		if m.an.Stem(qt.fold) != q.counted {
			continue
		}
		if _, ok := holds(m.termIDs(terms), qt); ok {
			return 1
		}
	}
	return 0
}

// distanceToQuestion is how far, in bytes, the position at in the sentence
// lies from the question's words that the sentence holds: the mean, over
// those words, of the distance to the nearest occurrence. An answer sits
// among the words the question asks about.
func (m *Matcher) distanceToQuestion(q *question, s *knowledge.Sentence, at int) int {
	if at < 0 || q.byID == nil {
		return 1 << 30
	}
	nearest := make([]int, len(q.terms))
	for i := range nearest {
		nearest[i] = -1
	}
	for _, t := range m.base.Terms(s) {
		id, ok := m.base.TermID(t.Stem)
		if !ok {
			continue
		}
		d := t.Start - at
		if d < 0 {
			d = -d
		}
		for _, r := range q.alternativesOf(id) {
			if nearest[r.term] < 0 || d < nearest[r.term] {
				nearest[r.term] = d
			}
		}
	}
	sum, n := 0, 0
	for _, d := range nearest {
		if d >= 0 {
			sum += d
			n++
		}
	}
	if n == 0 {
		return 1 << 30
	}
	return sum / n
}

// sharesWord reports whether text shares a content stem with the question.
func (m *Matcher) sharesWord(q *question, text string) bool {
	for _, t := range m.an.Analyze(text) {
		for _, qt := range q.terms {
			for _, s := range qt.stems {
				if s.Stem == t.Stem {
					return true
				}
			}
		}
	}
	return false
}

// reason returns the clause that gives a cause or a purpose.
func reason(text string) (string, *knowledge.Entity, bool) {
	for _, cue := range []string{"parce qu", "car ", "afin d", "pour que", "en raison d", "à cause d", "grâce à", "puisqu", "dans le but d", "pour "} {
		i := strings.Index(text, cue)
		if i < 0 {
			i = strings.Index(text, upperFirst(cue))
		}
		if i >= 0 {
			span := strings.TrimSpace(text[i:])
			span = strings.TrimRight(span, ".!?… ")
			return span, nil, true
		}
	}
	return "", nil, false
}

// speakerMatch returns the speaker of the sentence's first quotation and
// whether it is someone the question names.
func (m *Matcher) speakerMatch(q *question, s *knowledge.Sentence) (string, bool) {
	in := &m.info[s.ID]
	first := ""
	for _, qu := range in.quotes {
		if first == "" {
			first = qu.Speaker
		}
		if len(q.names) > 0 && m.speakerIs(qu.Speaker, q) {
			return qu.Speaker, true
		}
	}
	if q.quoted != "" {
		for _, qu := range in.quotes {
			if strings.Contains(french.Fold(qu.Text), french.Fold(q.quoted)) {
				return qu.Speaker, true
			}
		}
	}
	return first, false
}

// speakerIs reports whether the speaker is one of the entities the
// question names.
func (m *Matcher) speakerIs(speaker string, q *question) bool {
	if speaker == "" {
		return false
	}
	for _, e := range q.names {
		if speaker == e.Name || slices.Contains(e.Aliases, speaker) {
			return true
		}
	}
	for _, e := range m.names[m.speakerFold[speaker]] {
		if slices.Contains(q.names, e) {
			return true
		}
	}
	return false
}

// entityNamed returns the entity whose name is n, or nil.
func (m *Matcher) entityNamed(n string) *knowledge.Entity {
	if es := m.names[foldName(n)]; len(es) > 0 {
		return es[0]
	}
	return nil
}

// mentions reports whether the sentence names the entity, or refers to it
// with a pronoun subject.
func (m *Matcher) mentions(s *knowledge.Sentence, e *knowledge.Entity) bool {
	if im := m.info[s.ID].implicit; im != nil && (im == e || im.Name == e.Name) {
		return true
	}
	for _, mn := range m.info[s.ID].ents {
		if mn.ent == e || mn.ent.Name == e.Name {
			return true
		}
	}
	return false
}

// truncateRunes cuts s to at most n runes, on a word boundary, with "…".
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// neighbours returns the sentences just before and after s in its
// article, across paragraph breaks (a one-sentence paragraph often
// continues the one before).
func (m *Matcher) neighbours(s *knowledge.Sentence) (prev, next *knowledge.Sentence) {
	if s.ID > 0 {
		if p := m.base.Sentences[s.ID-1]; p.Article == s.Article {
			prev = p
		}
	}
	if s.ID+1 < len(m.base.Sentences) {
		if n := m.base.Sentences[s.ID+1]; n.Article == s.Article {
			next = n
		}
	}
	return prev, next
}

// speakerOf returns the speaker of the sentence's first attributed
// quotation, or "".
func (m *Matcher) speakerOf(s *knowledge.Sentence) string {
	for _, q := range m.info[s.ID].quotes {
		if q.Speaker != "" {
			return q.Speaker
		}
	}
	return ""
}
