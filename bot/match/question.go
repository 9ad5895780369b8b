package match

import (
	"slices"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// question is a parsed question: its words, with the stems that may stand
// for each in the articles, and the kind of answer it asks for. It holds
// nothing of the ranking (see ranking).
type question struct {
	text  string
	folds []string
	terms []qterm
	kind  kind
	// kindNoun is the index in terms of the noun that says what kind of
	// answer a « Quel N … ? » question asks for when any answer of that
	// kind is an N (a place, a date, a number: « pays », « année »), or
	// -1.
	kindNoun int
	// kindTypo is the index of the token read as a misspelt noun of a
	// kind (fixNounTypos: « anée » for « année »), or -1: no name of the
	// articles one edit away (« Nee ») is looked for there.
	kindTypo int
	// defines is true when the question asks what its words name
	// ("c'est quoi l'appel de Paris ?").
	defines bool
	// signed is what a question about an article's signature asks
	// (byline.go).
	signed signatureRole
	// heading is what it asks of the article's headings when signed is
	// headed (heading.go); titleSays is true when it asks what a title
	// says (« Selon le titre de l'article, … »).
	heading   headingAsk
	titleSays bool
	// numbered is the article the question names by its number in the
	// articles' list (« l'article 2 », articleref.go), or nil; pastList
	// is the number it names when the list is shorter.
	numbered *knowledge.Article
	pastList int
	// listing is who or what a question about what the articles quote
	// or name asks for (listing.go); its frame ends at
	// folds[listingFrom]; listingCount is true when it asks how many.
	listing      Listing
	listingFrom  int
	listingCount bool
	// articles is what a question about the articles that speak of a
	// topic asks (mentioning.go); the topic starts at folds[articlesFrom].
	articles     articlesAsk
	articlesFrom int
	// origins are the nouns the question qualifies by a nationality
	// (« la délégation française »: délégation, français), for
	// speaksOfOther.
	origins []nounOrigin
	// nounNames are the nouns it qualifies by a name after « de » (« la
	// conférence de Budapest »), for namesOther.
	nounNames []nounName
	// termRoom is room for a sentence's index terms, reused by namesOther
	// for every candidate it reads; named remembers which articles
	// articleNames found a name of nounNames in.
	termRoom []french.Term
	named    []articleName
	// phase is the end of an event a date question asks about (phase.go).
	phase phase
	// english is true when the question was asked in English and
	// translated.
	english bool
	// pronoun is true when the question refers back with "il", "elle",
	// "lui", "et …": it continues the conversation.
	pronoun bool
	// names are the entities of the articles the question names, each
	// once (addName).
	names []*knowledge.Entity
	// nameSet and nameNames hold names and their Name fields once names
	// outgrow nameSetFrom (addName).
	nameSet   map[*knowledge.Entity]struct{}
	nameNames map[string]struct{}
	// unknown are capitalised names the articles never mention.
	unknown []string
	// quoted is the text between quotation marks in the question, for
	// "qui a dit « … »".
	quoted string
	// counted is what a "combien de X" question counts (X's stem).
	counted string
	// money is true when a number question asks for a sum of money
	// (asksMoney).
	money bool
	// framed is the index in folds of the question proper's first word,
	// after an opening attribution or phrase (« Selon X, », « Hormis
	// X, »), or 0.
	framed int
	// excluded are the indexes in terms of the words of the phrase an
	// « Outre X, … » question excludes (exclusion.go).
	excluded []int
	// dateKinds is the precision a date question asks for; nil is any.
	dateKinds []knowledge.DateKind
	// contentWords are the matcher's cached content words of a text
	// (Matcher.contentWords).
	contentWords func(string) []contentWord
	// reading is the last sentence read for the short-answer rules
	// (Matcher.read): they read the same cited sentence in turn.
	// readRooms, while the question is ranked, are the ranking's pooled
	// rooms for the sentences read (nil: none), the first readUsed of
	// them taken.
	reading   *reading
	readRooms *[]*reading
	readUsed  int
}

// appendAsked appends to dst the stems of the question's words, the
// conversation's focus aside: what a sentence's every word is looked up
// in when it is read for the short answer (askedStem), listed once per
// sentence rather than walked for each word.
func (q *question) appendAsked(dst []string) []string {
	for _, qt := range q.terms {
		if focusTerm(qt) {
			continue
		}
		for _, a := range qt.stems {
			dst = append(dst, a.Stem)
		}
	}
	return dst
}

// appendOwn is appendAsked for the asker's own words and their spelling
// corrections only.
func (q *question) appendOwn(dst []string) []string {
	for _, qt := range q.terms {
		if focusTerm(qt) {
			continue
		}
		for _, a := range qt.stems {
			if a.origin <= corrected {
				dst = append(dst, a.Stem)
			}
		}
	}
	return dst
}

// qterm is one content word of a question with the stems that may stand
// for it in the articles: its own, a spelling correction, synonyms,
// translations. A question word is found in a sentence when any of its
// stems is.
type qterm struct {
	fold  string
	stems []alt
	// weight is how much the word says: its best stem's IDF.
	weight float64
	cap    bool
	// known is false when neither the word nor any alternative occurs in
	// the corpus.
	known bool
	// ent is the entity of the articles that this word names, when it is
	// part of a name the question gives.
	ent *knowledge.Entity
	// pos is the word's token index in the question (-1 for a
	// translated phrase).
	pos int
	// para are words that may stand for this one in other words: Model 1
	// translations weighted by probability, and thesaurus synonyms
	// (weight 1). They are features of their own, not alternatives: see
	// paraphrase.go.
	para, thes []alt
}

// byCorrection reports whether the corpus holds the word only as a
// spelling correction of it (and what that relates to), not as the
// asker wrote it: a name the articles lack is corrected to whatever word
// is nearest (« Stuka » to « stûpa »).
func (qt *qterm) byCorrection() bool {
	fixed := false
	for _, a := range qt.stems {
		if a.known && a.origin == ownWord {
			return false
		}
		fixed = fixed || a.known && a.origin == corrected
	}
	return fixed
}

// alt is one stem that may stand for a question word, with its weight,
// whether any article holds it, and where it comes from.
type alt struct {
	Stem   string
	Weight float64
	known  bool
	// idf is the stem's IDF when the corpus knows it (Base.StemIDF),
	// looked up once with known.
	idf    float64
	origin origin
}

// origin says where an alternative of a question word comes from, best
// first.
type origin int

const (
	ownWord   origin = iota // the asker's word, or its translation
	corrected               // a spelling correction of it
	related                 // a synonym, a derivation, a phrase's relative
	focusName               // the conversation's focus
)

// ownStemsOnly drops from each word's synonyms the other words' own
// stems: « Sur quels sujets portent les sessions de la conférence … ? »
// asks of « sessions » and « conférence », and a sentence's « conférence »
// stands for the second only, not for both.
func (m *Matcher) ownStemsOnly(q *question) {
	ownedElsewhere := func(i int, stem string) bool {
		for j, t := range q.terms {
			if j != i && slices.ContainsFunc(t.stems, func(a alt) bool { return a.origin <= corrected && a.Stem == stem }) {
				return true
			}
		}
		return false
	}
	for i := range q.terms {
		t := &q.terms[i]
		n := len(t.stems)
		t.stems = slices.DeleteFunc(t.stems, func(a alt) bool { return a.origin == related && ownedElsewhere(i, a.Stem) })
		if len(t.stems) < n {
			m.weigh(t)
		}
	}
}

// inQuestion reports whether the question already names this text (by a
// word, its stem, or a corrected spelling), so that it cannot be the
// answer.
func (q *question) inQuestion(text string) bool {
	ws := q.contentWords(text)
	if len(ws) == 0 {
		// Function words alone (« aujourd'hui »): named only by the
		// same words, not by every question.
		for _, t := range french.Tokenize(text) {
			if t.Kind == french.Word && !slices.Contains(q.folds, t.Fold) {
				return false
			}
		}
		return true
	}
	for _, w := range ws {
		if !slices.Contains(q.folds, w.fold) && !q.hasStem(w.stem) {
			return false
		}
	}
	return true
}

// contentWord is a folded content word and its stem.
type contentWord struct{ fold, stem string }

// contentWords are the content words of a text, in order, with their
// stems. The texts asked about are the articles' mentions, numbers and
// dates, over and over for each question's candidates: they are
// remembered.
func (m *Matcher) contentWords(text string) []contentWord {
	if ws, ok := m.words.contentWords.get(text); ok {
		return ws
	}
	var ws []contentWord
	for _, t := range french.Tokenize(text) {
		if french.IsContent(t.Fold) {
			ws = append(ws, contentWord{fold: t.Fold, stem: m.an.Stem(t.Fold)})
		}
	}
	m.words.contentWords.put(text, ws)
	return ws
}

// hasStem reports whether the asker's own word (or its spelling
// correction) may stand for the stem.
func (q *question) hasStem(stem string) bool {
	for _, qt := range q.terms {
		for _, s := range qt.stems {
			if s.Stem == stem && s.origin <= corrected {
				return true
			}
		}
	}
	return false
}

// nameSetFrom is how many names a question holds before they are also
// kept in sets: a name of a large corpus is one entity per article that
// names it, thousands of them in PIAF copied 128 times, and looking each
// up in the list made parsing quadratic (28 % of the answer time there);
// below it, the list alone serves, and a question allocates no map.
const nameSetFrom = 32

// addName adds e to the question's names unless it is there already.
func (q *question) addName(e *knowledge.Entity) {
	if q.hasName(e) {
		return
	}
	q.names = append(q.names, e)
	switch {
	case q.nameSet != nil:
		q.nameSet[e] = struct{}{}
		q.nameNames[e.Name] = struct{}{}
	case len(q.names) > nameSetFrom:
		q.nameSet = make(map[*knowledge.Entity]struct{}, 2*len(q.names))
		q.nameNames = map[string]struct{}{}
		for _, n := range q.names {
			q.nameSet[n] = struct{}{}
			q.nameNames[n.Name] = struct{}{}
		}
	}
}

// hasName reports whether e is one of the question's names.
func (q *question) hasName(e *knowledge.Entity) bool {
	if q.nameSet != nil {
		_, ok := q.nameSet[e]
		return ok
	}
	return slices.Contains(q.names, e)
}

// namesEntity reports whether the question itself names the entity, which
// can then not be its answer.
func (q *question) namesEntity(e *knowledge.Entity) bool {
	if q.nameSet != nil {
		_, ok := q.nameNames[e.Name]
		return ok
	}
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

// wantsNewSentence reports a question that asks for what has not been
// cited yet ("Qu'a-t-il dit d'autre ?", "Que dit-il encore ?"), not for
// other things of a kind, which the sentence already cited may name too
// ("Quels autres groupes … ?").
func (q *question) wantsNewSentence() bool {
	for i, f := range q.folds {
		if f == "encore" || f == "autre" && i > 0 && (q.folds[i-1] == "d" || q.folds[i-1] == "de") {
			return true
		}
	}
	return false
}

// correct is the matcher's spelling correction of a question word ("",
// false for none).
func (q *question) correct(m *Matcher, fold string) (string, bool) {
	return m.lang.correct(fold)
}

// stems are the first stem of each of the question's words.
func (q *question) stems() []string {
	out := make([]string, 0, len(q.terms))
	for _, t := range q.terms {
		if len(t.stems) > 0 {
			out = append(out, t.stems[0].Stem)
		}
	}
	return out
}

// wordAfter is the index in q.terms of the question's first word after
// token pos (the conversation's focus aside, and names unless names), or
// -1.
func (q *question) wordAfter(pos int, names bool) int {
	first := -1
	for k, t := range q.terms {
		if t.pos > pos && !focusTerm(t) && (names || t.ent == nil) && (first < 0 || t.pos < q.terms[first].pos) {
			first = k
		}
	}
	return first
}

// wordAt is the index in q.terms of the question's word at token pos that
// names no entity, or -1.
func (q *question) wordAt(pos int) int {
	return slices.IndexFunc(q.terms, func(t qterm) bool { return t.pos == pos && t.ent == nil })
}
