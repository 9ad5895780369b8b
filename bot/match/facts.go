package match

import (
	"slices"
	"strings"

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
