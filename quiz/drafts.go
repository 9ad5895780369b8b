package quiz

import (
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// drafts returns the candidate items of one article, fact by fact in text
// order within each kind.
func (g *Generator) drafts(a *knowledge.Article) []draft {
	var out []draft
	out = append(out, g.quoteDrafts(a)...)
	out = append(out, g.roleDrafts(a)...)
	for i := range a.Entities {
		e := &a.Entities[i]
		switch e.Kind {
		case knowledge.Organisation:
			if d, ok := g.entityDraft(a, e, KindOrganisation, g.pools.orgs, "quelle organisation"); ok {
				out = append(out, d)
			}
		case knowledge.Place:
			if d, ok := g.entityDraft(a, e, KindPlace, g.pools.places, "quel lieu"); ok {
				out = append(out, d)
			}
		}
	}
	for _, n := range a.Numbers {
		if d, ok := g.numberDraft(a, n); ok {
			out = append(out, d)
		}
	}
	for _, dm := range a.Dates {
		if d, ok := g.dateDraft(a, dm); ok {
			out = append(out, d)
		}
	}
	return out
}

// quoteDrafts asks who said each attributed quotation of a person.
func (g *Generator) quoteDrafts(a *knowledge.Article) []draft {
	var out []draft
	for _, q := range a.Quotes {
		if q.Term || q.Speaker == "" || len(strings.Fields(q.Text)) < minQuoteWords || runes(q.Text) > maxQuoteRunes {
			continue
		}
		forms, ok := g.pools.personForms[french.Fold(q.Speaker)]
		if !ok || cutPersonName(q.Sentence.Text, forms[0]) {
			continue // a document or a group, not a person; or a name cut short
		}
		right := option{text: forms[0], forms: forms}
		quote := strings.TrimSpace(strings.Join(strings.Fields(q.Text), " "))
		quote = strings.TrimRight(quote, " .,;:")
		d := draft{
			kind:     KindQuote,
			s:        q.Sentence,
			right:    right,
			question: ask(g.lead(a, right), "qui a dit : « "+quote+" » ?"),
		}
		for _, p := range g.pools.persons {
			if p.shapes[0] != shape(right.text) || french.Fold(p.name) == french.Fold(right.text) {
				continue
			}
			c := option{text: p.name, forms: p.forms, closeness: 2}
			switch {
			case p.articles[a.ID]:
				c.closeness = 0
			case p.speaker:
				c.closeness = 1
			}
			d.candidates = append(d.candidates, c)
		}
		out = append(out, d)
	}
	return out
}

// roleDrafts asks what role a person holds, for each role the text
// states in a sentence that names the person.
func (g *Generator) roleDrafts(a *knowledge.Article) []draft {
	var out []draft
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Kind != knowledge.Person {
			continue
		}
		forms := g.pools.personForms[french.Fold(e.Name)]
		var own []string
		if o := g.person(e.Name); o != nil {
			own = o.roles
		}
		for _, r := range e.Roles {
			if !goodRole(r) || cutName(r, g.pools.given) || glued(r, e) {
				continue
			}
			var s *knowledge.Sentence
			for _, m := range e.Mentions {
				if occurs(m.Text, r) && occurs(m.Text, forms...) {
					s = m
					break
				}
			}
			if s == nil {
				continue
			}
			right := option{text: r, forms: []string{r}}
			d := draft{
				kind:     KindRole,
				s:        s,
				right:    right,
				question: ask(g.lead(a, right), "qui est "+e.Name+" ?"),
			}
			upper := startsUpper(r)
			for _, c := range g.pools.roles {
				if c.person == french.Fold(e.Name) || startsUpper(c.text) != upper || g.heldBy(c.text, own) || sameFirstWord(c.text, r) {
					continue
				}
				closeness := 1.0
				if c.article == a.ID {
					closeness = 0
				}
				d.candidates = append(d.candidates, option{text: c.text, forms: []string{c.text}, closeness: closeness})
			}
			out = append(out, d)
			break // one role item a person: a second would give the first away
		}
	}
	return out
}

// cutPersonName reports whether the text goes on with the name where the
// extractor stopped: "Johann Wolfgang" before "von Goethe".
func cutPersonName(text, name string) bool {
	for _, sp := range findAll(text, name) {
		rest := strings.Fields(text[sp.end:])
		if len(rest) >= 2 && nameParticles[rest[0]] && startsUpper(rest[1]) || len(rest) >= 1 && startsUpper(rest[0]) {
			return true
		}
	}
	return false
}

// nameParticles join the parts of a name ("von Goethe", "de Gaulle").
var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "du": true, "da": true, "di": true, "del": true, "der": true, "den": true}

// sameFirstWord reports whether two roles share their head: "président
// exécutif" beside "président de Paris Star" could be right as well.
func sameFirstWord(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	return len(x) > 0 && len(y) > 0 && french.Fold(x[0]) == french.Fold(y[0])
}

// heldBy reports whether role means one of the roles a person holds.
func (g *Generator) heldBy(role string, own []string) bool {
	for _, o := range own {
		if french.Fold(o) == french.Fold(role) || g.synonyms(o, role) {
			return true
		}
	}
	return false
}

func (g *Generator) person(name string) *entityOpt {
	for _, p := range g.pools.persons {
		if french.Fold(p.name) == french.Fold(name) {
			return p
		}
	}
	return nil
}

// entityDraft blanks the first sentence naming an organisation or a place
// and asks which one is missing. Distractors must fit the blank's grammar:
// seen after the same article or preposition ("à ___" takes a city, "en
// ___" a feminine country, "l'___" a vowel).
func (g *Generator) entityDraft(a *knowledge.Article, e *knowledge.Entity, k Kind, pool []*entityOpt, what string) (draft, bool) {
	forms := g.forms(k, e.Name)
	for _, s := range e.Mentions {
		spans, shown := spansOf(s.Text, forms)
		if len(spans) == 0 || !g.properName(shown) || k == KindOrganisation && shape(shown) == "digits" || inList(s.Text, spans[0]) || inLongerName(s.Text, spans[0]) || k == KindOrganisation && (gloss(s.Text, spans[0]) || spelledOut(s.Text, shown)) {
			continue
		}
		right := option{text: shown, forms: forms}
		prev := prevWord(s.Text, spans[0].start)
		d := draft{
			kind:     k,
			s:        s,
			right:    right,
			question: ask(g.lead(a, right), what+" manque dans cette phrase : « "+window(mask(s.Text, spans))+" » ?"),
		}
		self := g.entity(pool, e.Name)
		for _, c := range pool {
			if c == self {
				continue
			}
			text, ok := formOfShape(c, shape(shown))
			if !ok || !g.properName(text) || !fitsAfter(prev, text, c, self, k == KindPlace) || k == KindPlace && !sameLevel(c, self) ||
				k == KindOrganisation && !sameHead(shown, text) {
				continue
			}
			closeness := 1.0
			if c.articles[a.ID] {
				closeness = 0
			}
			d.candidates = append(d.candidates, option{text: text, forms: c.forms, closeness: closeness})
		}
		return d, true
	}
	return draft{}, false
}

func (g *Generator) entity(pool []*entityOpt, name string) *entityOpt {
	for _, o := range pool {
		if french.Fold(o.name) == french.Fold(name) {
			return o
		}
	}
	return nil
}

// spansOf finds every place text names the entity, longest name first,
// and returns them in text order with the form first found.
func spansOf(text string, forms []string) ([]span, string) {
	var spans []span
	shown := ""
	taken := func(sp span) bool {
		for _, x := range spans {
			if sp.start < x.end && x.start < sp.end {
				return true
			}
		}
		return false
	}
	for _, f := range longestFirst(forms) {
		for _, sp := range findAll(text, f) {
			if !taken(sp) {
				spans = append(spans, sp)
				if shown == "" {
					shown = f
				}
			}
		}
	}
	sortSpans(spans)
	return spans, shown
}

func longestFirst(forms []string) []string {
	out := append([]string(nil), forms...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && runes(out[j]) > runes(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func sortSpans(s []span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].start < s[j-1].start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// formOfShape returns the first name of o written in the given shape.
func formOfShape(o *entityOpt, want string) (string, bool) {
	for i, s := range o.shapes {
		if s == want {
			return o.forms[i], true
		}
	}
	return "", false
}

// grammarWords are the words before a name that choose which names may
// follow them: a preposition of place or an article.
var grammarWords = map[string]bool{
	"a": true, "en": true, "au": true, "aux": true, "le": true, "la": true,
	"les": true, "l": true, "du": true, "des": true, "d": true, "de": true,
}

// fitsAfter reports whether candidate c (written text) may stand after
// prev where the answer stood: seen after the same word in the corpus
// when prev is a preposition or an article, of the same level (city or
// country, by the prepositions each takes) for places elsewhere.
func fitsAfter(prev, text string, c, self *entityOpt, place bool) bool {
	if grammarWords[prev] {
		if prev == "d" || prev == "de" {
			return startsWithVowel(text) == (prev == "d")
		}
		return c.after[prev] > 0
	}
	if !place || self == nil {
		return true
	}
	return level(c) != "" && level(c) == level(self)
}

// sameLevel reports whether a candidate place is of the answer's level,
// known or not: "entre l'Italie et la ___" takes a country, not
// "Méditerranée"; "le ___" (Sahara) no city seen as "le Milan".
func sameLevel(c, self *entityOpt) bool {
	return self == nil || level(c) == level(self)
}

// inList reports whether the name at sp is one item of an enumeration of
// names ("Apple, ___ et Microsoft", "d'Italie, d'___, de France"): the
// blank would test the memory of a list, and each of its names would make
// another item.
func inList(text string, sp span) bool {
	after := strings.TrimLeft(text[sp.end:], " ")
	for _, sep := range []string{",", "et ", "ou "} {
		if rest, ok := strings.CutPrefix(after, sep); ok && startsUpper(dropGrammarWords(rest)) {
			return true
		}
	}
	before := dropTrailingGrammarWords(text[:sp.start])
	if b, ok := strings.CutSuffix(before, ","); ok && capitalWordEnds(b) {
		return true
	}
	for _, sep := range []string{" et", " ou"} {
		if b, ok := strings.CutSuffix(before, sep); ok && capitalWordEnds(b) {
			return true
		}
	}
	return false
}

// listGlue are the words between the names of a list ("de France",
// "d'Italie", "la Russie").
var listGlue = []string{"de ", "d'", "d’", "du ", "des ", "la ", "le ", "les ", "l'", "l’", "en ", "au ", "aux ", "à "}

// dropGrammarWords drops the spaces and the glue words s starts with.
func dropGrammarWords(s string) string {
	for {
		s = strings.TrimLeft(s, " ")
		cut := false
		for _, w := range listGlue {
			if rest, ok := strings.CutPrefix(s, w); ok {
				s, cut = rest, true
				break
			}
		}
		if !cut {
			return s
		}
	}
}

// dropTrailingGrammarWords drops the spaces and the glue words s ends with.
func dropTrailingGrammarWords(s string) string {
	for {
		s = strings.TrimRight(s, " ")
		cut := false
		for _, w := range listGlue {
			w = strings.TrimRight(w, " ")
			if rest, ok := strings.CutSuffix(s, w); ok && (rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, ",")) {
				s, cut = rest, true
				break
			}
		}
		if !cut {
			return s
		}
	}
}

// inLongerName reports whether the name at sp is glued to a capitalised
// word ("la Nintendo ___", "Paris Saint-Germain"): the extractor cut a
// longer name, and the blank would not hold a name of its own.
func inLongerName(text string, sp span) bool {
	before := text[:sp.start]
	if b, ok := strings.CutSuffix(before, " "); ok && capitalWordEnds(b) && strings.TrimSpace(b) != lastWord(b) {
		return true
	}
	// "Patrick Poivre d'___": the elided "de" of a surname.
	for _, el := range []string{"d'", "d’"} {
		if b, ok := strings.CutSuffix(before, el); ok && b != "" && !strings.HasSuffix(b, " ") && !strings.HasSuffix(b, ",") && capitalWordEnds(b) {
			return true
		}
	}
	if a, ok := strings.CutPrefix(text[sp.end:], " "); ok && startsUpper(a) {
		return true
	}
	return false
}

// properName reports whether a name of one word is one: the corpus never
// writes it in lower case ("Assurances", "Inter" taken for bodies are
// common words with a capital).
func (g *Generator) properName(name string) bool {
	toks := french.Tokenize(name)
	return len(toks) != 1 || toks[0].Has(french.AllCaps) || !g.base.CommonWord(toks[0].Fold)
}

// sameHead reports whether two organisation names are of one kind by
// their first word when the answer's names its kind ("Organisation des
// Nations unies", "Banque d'Israël"): "Organisation mondiale de la santé"
// may stand among them, "École de New York" may not. A name of one word
// or an acronym says nothing of its kind and takes any other.
func sameHead(answer, cand string) bool {
	a, c := strings.Fields(answer), strings.Fields(cand)
	if len(a) < 2 {
		return true
	}
	return len(c) >= 2 && french.Fold(a[0]) == french.Fold(c[0])
}

// spelledOut reports whether the sentence spells an acronym out: "le
// GACM - Groupe des assurances du Crédit mutuel -" gives GACM away by the
// initials of its words.
func spelledOut(text, acronym string) bool {
	if shape(acronym) != "acronym" || len(acronym) < 3 {
		return false // two letters meet by chance
	}
	want := french.Fold(acronym)
	var initials []byte
	for _, t := range french.Tokenize(text) {
		if t.Kind == french.Word && !french.IsStopWord(t.Fold) && t.Fold != want {
			initials = append(initials, t.Fold[0])
		}
	}
	return strings.Contains(string(initials), want)
}

// gloss reports whether the name at sp opens a parenthesis right after
// what it abbreviates ("Pro Wrestling Guerrilla (PWG)", "Sup aéro (ENSA
// 1937)"): the words before the blank would give it away.
func gloss(text string, sp span) bool {
	return strings.HasSuffix(strings.TrimRight(text[:sp.start], " "), "(")
}

// capitalWordEnds reports whether s ends with a capitalised word.
func capitalWordEnds(s string) bool {
	return startsUpper(lastWord(s))
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexAny(s, " («“\"'’"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// level tells a city from a country or region by the prepositions the
// corpus puts before its name: "à Paris", "en France", "au Japon".
func level(o *entityOpt) string {
	city := o.after["a"]
	country := o.after["en"] + o.after["au"] + o.after["aux"]
	switch {
	case city > country:
		return "city"
	case country > city:
		return "country"
	}
	return ""
}

// numberDraft blanks a number that counts something and asks for it;
// distractors are numbers of the corpus written the same way, within a
// factor of maxScaleRatio, those counting the same thing first.
func (g *Generator) numberDraft(a *knowledge.Article, n knowledge.Number) (draft, bool) {
	o, ok := numberOpt(a, n, g.st)
	if !ok {
		return draft{}, false
	}
	at := strings.Index(n.Sentence.Text, n.Text)
	if at < 0 {
		return draft{}, false
	}
	_, off, _, _ := numberCore(n.Text)
	spans := findAll(n.Sentence.Text, o.core)
	if len(spans) == 0 || !containsSpan(spans, at+off) || gluedNumber(n.Sentence.Text, spans[0]) || numberList(n.Sentence.Text) ||
		reference(n.Sentence.Text, spans[0]) || namedNumber(n.Sentence.Text, spans[0]) {
		return draft{}, false
	}
	right := option{text: o.core, forms: []string{o.core}}
	d := draft{
		kind:     KindNumber,
		s:        n.Sentence,
		right:    right,
		question: ask(g.lead(a, right), "quel nombre manque dans cette phrase : « "+window(mask(n.Sentence.Text, spans))+" » ?"),
	}
	var unit string
	for u := range o.units {
		unit = u
	}
	for _, c := range g.pools.numbers {
		ratio := c.value / o.value
		if c.class != o.class || c.value == o.value || ratio > maxScaleRatio || ratio < 1/float64(maxScaleRatio) ||
			(c.value < 2) != (o.value < 2) {
			continue
		}
		// Nearest first: within a factor of two and counting the same
		// thing, then within a factor of two, then the same thing
		// further away; "9,1 jours" beside "29,84 jours" would not fool.
		closeness := math.Abs(math.Log(ratio))
		if closeness > math.Ln2 {
			closeness += 5
		}
		if !c.units[unit] {
			closeness += 2
		}
		d.candidates = append(d.candidates, option{text: c.core, forms: []string{c.core}, closeness: closeness})
	}
	return d, true
}

// gluedNumber reports whether the number at sp is tied to another by a
// slash or a dash ("2005/2006", "1779-1783"): the other gives it away.
func gluedNumber(text string, sp span) bool {
	digitAt := func(i int) bool { return i >= 0 && i < len(text) && '0' <= text[i] && text[i] <= '9' }
	for _, sep := range "/-–" {
		l := utf8.RuneLen(sep)
		if strings.HasSuffix(text[:sp.start], string(sep)) && digitAt(sp.start-l-1) ||
			strings.HasPrefix(text[sp.end:], string(sep)) && digitAt(sp.end+l) {
			return true
		}
	}
	return false
}

// numberList reports whether a sentence is a list of figures (a
// bibliography, a filmography, a table of results): more than
// maxSentenceNumbers numbers, of which a blank would test trivia.
func numberList(text string) bool {
	n := 0
	for _, t := range french.Tokenize(text) {
		if t.Kind == french.Number {
			n++
		}
	}
	return n > maxSentenceNumbers
}

// reference reports whether the figure at sp stands in parentheses with
// another ("(Cormier et André, 1978 et 1987)", "(1976, 1985)"): a
// reference or a list, whose figures are trivia.
func reference(text string, sp span) bool {
	open := strings.LastIndexByte(text[:sp.start], '(')
	if open < 0 || strings.LastIndexByte(text[:sp.start], ')') > open {
		return false
	}
	end := strings.IndexByte(text[sp.end:], ')')
	if end < 0 {
		return false
	}
	inside := text[open+1:sp.start] + text[sp.end:sp.end+end]
	return strings.ContainsFunc(inside, func(r rune) bool { return '0' <= r && r <= '9' })
}

// namedNumber reports whether the number at sp is part of a name
// ("Mariner 10", "Apollo 11"): right after a capitalised word that does
// not start the sentence and is no function word.
func namedNumber(text string, sp span) bool {
	var prev french.Token
	n := 0
	for _, t := range french.Tokenize(text[:sp.start]) {
		prev = t
		n++
	}
	return n >= 2 && prev.Kind == french.Word && prev.Has(french.Capitalized) && !french.IsStopWord(prev.Fold) &&
		strings.TrimRight(text[prev.End:sp.start], " ") == ""
}

func abs(n int) int { return max(n, -n) }

// roundYear says whether a year ends in two zeros (1100, 1900): such a
// year stands out among others, and others among such years.
func roundYear(y int) bool { return y%100 == 0 }

func containsSpan(spans []span, at int) bool {
	for _, sp := range spans {
		if sp.start == at {
			return true
		}
	}
	return false
}

// dateDraft blanks a date and asks for it; distractors are dates of the
// same precision, the nearest years first.
func (g *Generator) dateDraft(a *knowledge.Article, dm knowledge.DateMention) (draft, bool) {
	if dm.Sentence == nil {
		return draft{}, false
	}
	pat, year, ok := datePattern(dm.Text)
	if !ok {
		return draft{}, false
	}
	spans := findAll(dm.Sentence.Text, dm.Text)
	if len(spans) == 0 || gluedNumber(dm.Sentence.Text, spans[0]) || numberList(dm.Sentence.Text) || reference(dm.Sentence.Text, spans[0]) {
		return draft{}, false
	}
	what := map[string]string{"Y": "quelle année", "AY": "quelle décennie", "M": "quel mois"}[pat]
	if what == "" {
		what = "quelle date"
	}
	right := option{text: lowerMonths(dm.Text), forms: []string{dm.Text}}
	d := draft{
		kind:     KindDate,
		s:        dm.Sentence,
		right:    right,
		question: ask(g.lead(a, right), what+" manque dans cette phrase : « "+window(mask(dm.Sentence.Text, spans))+" » ?"),
	}
	for _, c := range g.pools.dates {
		if c.pattern != pat || french.Fold(c.text) == french.Fold(dm.Text) {
			continue
		}
		if pat == "Y" && roundYear(c.year) != roundYear(year) || pat == "AY" && c.year%10 != 0 ||
			year != 0 && abs(c.year-year) > maxYearGap {
			continue // "vers 1100" among 1095 and 1066, "années 2014", 1000 beside 2000
		}
		closeness := 1.0
		if year != 0 {
			// The nearest years first: "15 septembre 2011" among dates of
			// 2011 asks for the day, among dates of 2012 for the year.
			closeness = math.Abs(float64(c.year - year))
		} else if c.articles[a.ID] {
			closeness = 0
		}
		d.candidates = append(d.candidates, option{text: c.text, forms: []string{c.text}, closeness: closeness})
	}
	return d, true
}

// lead names the article a question is about, unless its title is too
// long or names the answer.
func (g *Generator) lead(a *knowledge.Article, right option) string {
	t := strings.TrimSpace(markup().ReplaceAllString(a.Title, ""))
	if t == "" || runes(t) > maxTitleRunes || len(g.base.Articles) == 1 || g.sharesWord(t, right.forms) {
		return ""
	}
	return "D'après l'article « " + t + " », "
}

// markup matches the HTML tags some titles carry ("<i>Bejisa</i>").
var markup = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`</?[a-zA-Z][^<>]*>`) })

// sharesWord reports whether text holds a content word of one of the
// forms: a title "Massacres de Septembre" would hint at "septembre 1792".
func (g *Generator) sharesWord(text string, forms []string) bool {
	have := map[string]bool{}
	for _, st := range g.st.contentStems(text) {
		have[st] = true
	}
	for _, f := range forms {
		for _, st := range g.st.contentStems(f) {
			if have[st] {
				return true
			}
		}
	}
	return false
}

// ask joins a lead and a question, the question capitalised when it
// starts the sentence.
func ask(lead, q string) string {
	if lead != "" {
		return lead + q
	}
	r, n := utf8.DecodeRuneInString(q)
	return string(unicode.ToUpper(r)) + q[n:]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
