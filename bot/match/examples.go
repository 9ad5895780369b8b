package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Quels réseaux sociaux la Chine bloque-t-elle ?": a question that asks
// which ones of a kind of thing is answered by the examples the cited
// sentence gives of that kind: « les médias sociaux tels que Facebook et
// Twitter », « la maladie, notamment la fièvre typhoïde ». The words that
// name the kind (the noun after « quel » and an adjective after it) must
// stand shortly before the example word (« tels que », « comme »,
// « notamment », « dont »), and the examples run to the end of the clause,
// a verb or a relative pronoun; a comma goes on only before a name.

// examplesAnswer is the examples the cited sentence gives of the kind the
// question asks for (see above), verbatim, or "".
func (m *Matcher) examplesAnswer(q *question, s *knowledge.Sentence) string {
	kind := m.kindTerms(q)
	if len(kind) == 0 {
		return ""
	}
	r := m.read(q, s)
	kindAt := make([]int, len(r.toks)) // 1 + the kind word's index in kind
	for i := range r.toks {
		for n, k := range kind {
			if r.holds(q.terms[k], i) {
				kindAt[i] = n + 1
			}
		}
	}
	for i := range r.toks {
		if kindAt[i] == 0 {
			continue
		}
		// Every word of the kind asked (« langues romanes ») names the
		// kind whose examples follow, not « langues germaniques ».
		seen, loose := 1<<kindAt[i], false
		for j := i + 1; j < len(r.toks) && j <= i+examplesReach; j++ {
			if g := r.gap(j); clauseBreak(g) && g != ", " {
				break
			}
			from := exampleStart(r.toks, j, loose)
			if from < 0 {
				seen |= 1 << kindAt[j]
				loose = loose || kindAt[j] == 0 && !startsUpper(r.toks[j].Text) && !isDe(r.toks[j].Fold)
				continue
			}
			if seen>>1 != 1<<len(kind)-1 || !exampleOpening(r.toks[from]) {
				break
			}
			end := from
			for end < len(r.toks) && !exampleEnd(r.text, r.toks, end, from) {
				end++
			}
			for end > from && (r.toks[end-1].Fold == "et" || r.toks[end-1].Fold == "ou") {
				end--
			}
			if y := r.span(from, end); y != "" {
				return y
			}
			break
		}
	}
	return ""
}

// isDe reports « de » and its forms, which join a noun to its complement
// (« œuvres de Toulouse-Lautrec »).
func isDe(fold string) bool {
	return fold == "de" || fold == "d" || fold == "du" || fold == "des"
}

// exampleOpening reports a word that can open an example: a determiner,
// a name or a number; « comme pilote » says in what role, not which one.
func exampleOpening(t french.Token) bool {
	return spanWords.classOf(t.Fold)&classDet != 0 || startsUpper(t.Text) || t.Kind == french.Number
}

// kindTerms are the question's words that name the kind of thing asked
// for: the word right after « quel » (« Quels réseaux … », « Quels sont
// les lochs … ») and the one
// after it when it follows at once and is no verb (« … sociaux », not
// « Quelle maladie décima … »); none when « quel » does not open the
// question (after « et », a preposition or « selon X, »).
func (m *Matcher) kindTerms(q *question) []int {
	at := -1
	for i, f := range q.folds {
		if quelWord(f) {
			at = i
			break
		}
		if i >= examplesReach {
			return nil
		}
	}
	if at < 0 {
		return nil
	}
	first := at + 1
	// « Quels sont les lochs … », « Quelles sont les sept filières … »,
	// « … les trois principales céréales … »: the noun is the kind.
	for first < len(q.folds) && (m.kinds.afterQuel.Has(q.folds[first]) || french.IsCount(q.folds[first])) {
		first++
	}
	first = pastSortNoun(q.folds, first)
	var out []int
	for next := first; ; next++ {
		k := -1
		for n, t := range q.terms {
			if t.pos == next && t.ent == nil && !focusTerm(t) {
				k = n
			}
		}
		if k < 0 || len(out) == 2 || len(out) == 1 && m.lang.verbForm(q.terms[k].fold) {
			return out
		}
		out = append(out, k)
	}
}

// exampleStart is the token after the example word that starts at token
// j (« comme », « notamment », « dont », « tel(le)s que », « à savoir »,
// « y compris »),
// or -1. After a word that is neither the kind's, nor a name nor « de »
// (loose), « comme » says how something is seen (« l'empereur, considéré
// comme … »), not what it is.
func exampleStart(toks []french.Token, j int, loose bool) int {
	f := toks[j].Fold
	switch {
	case f == "notamment", f == "comme" && !loose:
		return j + 1
	case f == "dont" && j+1 < len(toks) && startsUpper(toks[j+1].Text):
		// « plusieurs jeux, dont Kirby's Dream Land »; a relative
		// clause otherwise (« la ville dont il parle »).
		return j + 1
	case (f == "tel" || f == "tels" || f == "telle" || f == "telles") && j+1 < len(toks) &&
		(toks[j+1].Fold == "que" || toks[j+1].Fold == "qu"):
		return j + 2
	case f == "a" && j+1 < len(toks) && toks[j+1].Fold == "savoir",
		f == "y" && j+1 < len(toks) && toks[j+1].Fold == "compris":
		return j + 2
	}
	return -1
}

// exampleEnd reports whether the examples that start at token from end
// before token k: at a clause's end (a comma only before a lower-case
// word), a verb or a relative pronoun, or after objectMaxWords words.
func exampleEnd(text string, toks []french.Token, k, from int) bool {
	if k >= len(toks) || k-from >= objectMaxWords {
		return true
	}
	if k > from {
		g := text[toks[k-1].End:toks[k].Start]
		if clauseBreak(g) && (g != ", " || !startsUpper(toks[k].Text)) {
			return true
		}
	}
	switch f := toks[k].Fold; {
	case spanWords.classOf(f)&classVerb != 0, matchWords.copulas.Has(f):
		return true
	case k > from && exampleStart(toks, k, false) >= 0 && f != "comme":
		return true // « les médias sociaux tels que Facebook »: examples of the last
	case f == "qui" || f == "que" || f == "qu" || f == "dont":
		return k > from
	}
	return false
}

// listAnswer is the list the cited sentence gives of what a « Quels sont
// les X ? » question asks for: in brackets after X (« les îles Lucayes
// (Bahamas et les îles Turques-et-Caïques) »), or after a colon that
// follows it (« les basiliques : la Basilique …, la basilique … »), to the
// end of the sentence; after a plural copula (copulaList) or a comma
// (commaList); else its examples (examplesAnswer). On PIAF the copula and
// comma lists gave 5 more right short answers, none wrong.
func (m *Matcher) listAnswer(q *question, s *knowledge.Sentence) string {
	kind := m.kindTerms(q)
	if len(kind) == 0 {
		return m.examplesAnswer(q, s)
	}
	r := m.read(q, s)
	if y := r.bracketed(q.terms[kind[0]], true); y != "" {
		return y
	}
	if at := r.first(q.terms[kind[0]]); at >= 0 {
		for j := at + 1; j < len(r.toks) && j <= at+examplesReach; j++ {
			g := strings.TrimSpace(r.gap(j))
			if g == ":" {
				end := j
				for end < len(r.toks) && (end == j || !strings.ContainsAny(r.gap(end), ".;:()[]!?")) {
					end++
				}
				return r.span(j, end)
			}
			if g != "" {
				break
			}
		}
		if l := r.copulaList(at); l != "" {
			return l
		}
		if l := m.commaList(r, at); l != "" {
			return l
		}
	}
	return m.examplesAnswer(q, s)
}

// copulaList is the list a copula gives the kind noun at token at (« Les
// trois principales chaînes sont TF1, France 2 et M6, seule … »), read
// after the words that qualify the noun, the adverbs after the copula
// (« sont ainsi ») and a participle with « comme » (« sont définis
// comme »): its members, noun phrases that open with a
// determiner, a name or a number, brackets and all, up to a verb, the end
// of the clause, or a comma after the member that follows « et » or « ou »
// unless a determiner opens another member after it, or a comma before
// « et » (« la vie, et sa portée était … »). "" when no plural copula
// follows the noun in its clause or no such member follows it.
func (r *reading) copulaList(at int) string {
	c := at + 1
	for c < len(r.toks) && c <= at+examplesReach && !r.breaks(c) && !matchWords.copulas.Has(r.toks[c].Fold) {
		c++
	}
	if c >= len(r.toks) || c > at+examplesReach || r.breaks(c) || !pluralCopula(r.toks[c].Fold) {
		return "" // « Son thème est la vie, et … »: one, not a list
	}
	from := c + 1
	for from < len(r.toks) && !r.breaks(from) && french.IsStopWord(r.toks[from].Fold) && !determiner(r.toks[from]) &&
		spanWords.classOf(r.toks[from].Fold)&classPrep == 0 {
		from++ // « sont ainsi … »
	}
	if from+1 < len(r.toks) && r.toks[from+1].Fold == "comme" && !r.breaks(from+1) && r.lang.verbForm(r.toks[from].Fold) {
		from += 2 // « sont définis comme … »
	}
	if from >= len(r.toks) || !opensMember(r.toks[from]) {
		return "" // « sont importés de France », « sont scindées entre … »
	}
	l, _ := r.members(from)
	return l
}

// members reads a list's members from token from (see copulaList), and
// reports whether they hold « et » or « ou ».
func (r *reading) members(from int) (string, bool) {
	end, last, depth := from, false, 0
	for ; end < len(r.toks); end++ {
		t, g := r.toks[end], r.gap(end)
		if end > from {
			depth += strings.Count(g, "(") - strings.Count(g, ")")
		}
		if end > from && depth == 0 {
			if strings.ContainsAny(g, ".;:[]!?") || spanWords.classOf(t.Fold)&classVerb != 0 || matchWords.copulas.Has(t.Fold) ||
				last && (strings.Contains(g, ",") && !determiner(t) || subjectBreak(t.Fold) || t.Fold == "car" || t.Fold == "mais") ||
				strings.Contains(g, ",") && (t.Fold == "et" || t.Fold == "ou") {
				break
			}
		}
		last = last || depth == 0 && (t.Fold == "et" || t.Fold == "ou")
	}
	return r.span(from, end), last
}

// commaList is the list written after a comma that follows the kind noun
// at token at and its qualifiers (« plusieurs ouvrages techniques, le
// Mir'ât-ı Kâinât … et le Kitâb ül Muhit »), from its « de » complement
// when the members after it are like it (« le commerce du fer, du sel et
// de l'alcool »): members that open with a determiner or a name and hold
// « et » or « ou », else "".
func (m *Matcher) commaList(r *reading, at int) string {
	j := at + 1
	for j < len(r.toks) && j <= at+examplesReach && !r.breaks(j) && m.qualifies(r.toks, j) {
		j++
	}
	if j >= len(r.toks) || strings.TrimSpace(r.gap(j)) != "," || !opensMember(r.toks[j]) {
		return ""
	}
	from := j
	if j > at+2 && isDe(r.toks[at+1].Fold) && (isDe(r.toks[j].Fold) || startsUpper(r.toks[at+2].Text) && startsUpper(r.toks[j].Text)) {
		// « le commerce du fer, du sel et de l'alcool », « les cités
		// de Mers el-Kébir, Oran, Bougie … »: a complement like the
		// members after it is the first; not « les protagonistes de
		// la série, Dean et Sam ».
		from = at + 1
	}
	if l, and := r.members(from); and {
		return l
	}
	return ""
}

// opensMember reports a token a list's member may open with: a
// determiner, a name or a number.
func opensMember(t french.Token) bool {
	return determiner(t) || startsUpper(t.Text) || t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9'
}

// pluralCopula reports a form of « être » in the plural.
func pluralCopula(fold string) bool {
	switch fold {
	case "sont", "etaient", "furent", "seront", "seraient", "soient":
		return true
	}
	return false
}
