package extract

import (
	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// quoteGroup is one quotation: one span, or several when it runs over
// sentences.
type quoteGroup []quoteSpan

// groupQuotes links the spans of quotations that run over sentences.
func groupQuotes(spans []quoteSpan) []quoteGroup {
	var out []quoteGroup
	for _, q := range spans {
		if q.cont && len(out) > 0 {
			last := out[len(out)-1]
			if last[len(last)-1].more {
				out[len(out)-1] = append(last, q)
				continue
			}
		}
		out = append(out, quoteGroup{q})
	}
	return out
}

// wordCount counts the words of s.
func wordCount(s string) int {
	n := 0
	for _, t := range french.Segment(s) {
		if t.Word {
			n++
		}
	}
	return n
}

// attribute finds the speaker of one quotation and says whether it is
// reported speech or a term set off by quotation marks. prev is the
// attribution of the quotation before it in the same sentence, and prevEnd
// the byte offset where that quotation ends (0 if none).
func (st *speakerState) attribute(g quoteGroup, prev attribution, prevEnd int) (a attribution, term bool) {
	first, last := g[0], g[len(g)-1]
	fes, les := first.es, last.es
	// The clause before the quotation starts after the previous quotation
	// of the sentence, if any.
	// A quotation that goes on from the sentence before, or whose opening
	// mark is missing, has no clause before it. A cue stands within a few
	// words of the quotation.
	from, before := 0, 0
	if !first.cont && !first.unopened {
		before = tokenAt(fes.toks, first.markStart)
		from = min(max(tokenAt(fes.toks, prevEnd), before-60), before)
	}
	afterStart := tokenAt(les.toks, last.markEnd)
	afterEnd := len(les.toks)
	for k := afterStart; k < len(les.toks); k++ {
		// A cue stands within a few words of the quotation.
		if les.toks[k].Is("«", "“", "”", "\"") || k-afterStart > 40 {
			afterEnd = k
			break
		}
	}
	if !last.more {
		if a = st.afterCue(les, afterStart, afterEnd); a.found {
			return a, false
		}
	}
	if !first.cont && !first.unopened {
		var hasQue bool
		if a, hasQue = st.beforeCue(fes, from, before, prev); a.found {
			return a, groupWords(g) <= 3 && !hasQue
		}
		if prev.found && before-from <= 3 {
			return prev, false
		}
	}
	// A quotation that stands alone goes on with the current speaker.
	alone := !hasWord(fes.toks[from:before]) && (last.more || !hasWord(les.toks[afterStart:afterEnd]))
	if (alone || first.unopened) && st.lastSpeaker != "" && fes.s.Paragraph-st.lastPara <= 2 {
		return attribution{speaker: st.lastSpeaker, found: true}, false
	}
	if alone || first.unopened {
		return attribution{}, false
	}
	// Without a cue, a few words or words that follow an article are a
	// name or a term ("un sommet “Govtech”", "l’”appel de Paris…”"); a
	// longer passage is a quotation whose author the text does not give.
	named := before > 0 && termArticles()[fes.toks[before-1].Fold]
	return attribution{}, named || groupWords(g) <= 3
}

// termArticles, before quotation marks, make the quoted words a name or
// a term ("un sommet “Govtech”", "l’”appel de Paris…”").
var termArticles = extractorWords("term-article")

// groupWords counts the words of a quotation.
func groupWords(g quoteGroup) int {
	n := 0
	for _, q := range g {
		n += wordCount(q.es.s.Text[q.start:q.end])
	}
	return n
}

func hasWord(toks []french.Span) bool {
	for _, t := range toks {
		if t.Word {
			return true
		}
	}
	return false
}

// extractQuotes finds the article's quotations and their speakers, reading
// the sentences in order so that "il" and a quotation standing alone refer
// to what came before.
func extractQuotes(paras [][]*sentence, tab *entityTable, lx *lexicon) []article.Quote {
	st := &speakerState{tab: tab, lx: lx, focusSent: -100}
	var groups []quoteGroup
	for _, p := range paras {
		groups = append(groups, groupQuotes(findQuoteSpans(p))...)
	}
	var out []article.Quote
	gi := 0
	for _, p := range paras {
		for _, es := range p {
			st.noteRoleSubject(es)
			var prev attribution
			prevEnd := 0
			var personSpoke *entityBuilder
			for gi < len(groups) && groups[gi][0].es == es {
				g := groups[gi]
				gi++
				a, term := st.attribute(g, prev, prevEnd)
				prev = a
				if last := g[len(g)-1]; last.es == es {
					prevEnd = last.markEnd
				}
				speaker := a.speaker
				if term {
					speaker = ""
				} else if speaker != "" {
					st.lastSpeaker, st.lastPara = speaker, g[len(g)-1].es.s.Paragraph
					if a.person {
						personSpoke = st.personNamed(speaker)
					}
				}
				for _, q := range g {
					out = append(out, article.Quote{Text: q.es.s.Text[q.start:q.end], Speaker: speaker, Sentence: q.es.s, Term: term})
				}
			}
			st.updateFocus(es, personSpoke)
			st.sentence++
		}
	}
	return out
}

// personNamed returns the person entity with this name.
func (st *speakerState) personNamed(name string) *entityBuilder {
	for _, b := range st.tab.order {
		if b.e.Kind == article.Person && b.e.Name == name {
			return b
		}
	}
	return nil
}

// updateFocus makes the person a sentence spoke of (or quoted) the one
// that the next "il" refers to.
func (st *speakerState) updateFocus(es *sentence, spoke *entityBuilder) {
	var last *entityBuilder
	for _, m := range es.mentions {
		if m.kind == article.Person {
			last = st.tab.get(m.key)
		}
	}
	if spoke != nil {
		last = spoke
	}
	if last != nil {
		st.focus, st.focusSent = last, st.sentence
	}
}

// noteRoleSubject gives the role of a sentence that opens with a role and no
// name ("Le président français recevra…") to the person spoken of just
// before, when that person has no role yet.
func (st *speakerState) noteRoleSubject(es *sentence) {
	toks := es.toks
	if len(toks) < 3 || !toks[0].Is("le", "la") || !st.lx.roles[toks[1].Fold] || toks[1].Cap {
		return
	}
	for _, m := range es.mentions {
		if m.tok <= 4 && m.kind == article.Person {
			return
		}
	}
	j := 2
	for j < len(toks) && toks[j].Word && st.lx.demonyms[toks[j].Fold] {
		j++
	}
	if j == 2 || st.focus == nil || len(st.focus.e.Roles) > 0 || st.sentence-st.focusSent > 3 {
		return
	}
	st.focus.addRole(spanText(es.s.Text, toks, 1, j))
}
