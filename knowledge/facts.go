package knowledge

import (
	"iter"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// Mention is an entity a sentence designates, with the words that name it
// ("" when the sentence only quotes it as a speaker).
type Mention struct {
	Entity *Entity
	Text   string
}

// sentenceDraft is what one sentence offers as an answer and as context,
// gathered at Load from what the extractors found, before the base keeps
// it in its sentenceTable; SentenceFacts reads it back, and says what
// each field is.
type sentenceDraft struct {
	Mentions  []Mention
	Numbers   []*Number
	Dates     []*DateMention
	Quotes    []*Quote
	Digits    bool
	Implicit  *Entity
	Anaphoric bool
	Roles     TermSet
}

// facts holds the sentence facts and the per-article and per-name facts
// built with them.
type facts struct {
	sentences sentenceTable
	// names maps a folded name or alias to the entities it may designate.
	names nameTable
	// lead holds the terms of each article's title and opening sentence,
	// by the article's position in the base.
	lead []TermSet
	// settings holds, by the article's position, the names of the
	// entities its title or opening sentence names, in order.
	settings [][]string
	// speakerFold holds the folded form of every quotation's speaker.
	speakerFold map[string]string
}

// Facts returns what the sentence states.
func (b *Base) Facts(s *Sentence) SentenceFacts {
	return SentenceFacts{t: &b.facts.sentences, id: s.ID}
}

// EntitiesNamed returns the entities a name or alias designates, folded
// with FoldName.
func (b *Base) EntitiesNamed(folded string) []*Entity { return b.facts.names.named(folded) }

// EntityNames returns every name and alias of the articles' entities,
// folded with FoldName, once each and in no order: folded once, when the
// facts are built, and kept in the index file.
func (b *Base) EntityNames() iter.Seq[string] { return b.facts.names.names() }

// SpeakerEntities returns the entities a quotation's speaker designates.
func (b *Base) SpeakerEntities(speaker string) []*Entity {
	return b.facts.names.named(b.facts.speakerFold[speaker])
}

// Lead returns the terms of the article's title and opening sentence:
// they set the scene for all its sentences.
func (b *Base) Lead(a *Article) TermSet {
	if i := b.ArticleIndex(a); i >= 0 {
		return b.facts.lead[i]
	}
	return TermSet{}
}

// Setting reports whether the entity belongs to the whole article: named
// in its title or its opening sentence (a dateline, "PARIS, 12 novembre
// (Reuters) -").
func (b *Base) Setting(a *Article, e *Entity) bool {
	if i := b.ArticleIndex(a); i >= 0 {
		_, ok := slices.BinarySearch(b.facts.settings[i], e.Name)
		return ok
	}
	return false
}

// Mentions reports whether the sentence names the entity, or refers to it
// with a pronoun subject.
func (b *Base) Mentions(s *Sentence, e *Entity) bool {
	f := b.Facts(s)
	if im := f.Implicit(); im != nil && (im == e || im.Name == e.Name) {
		return true
	}
	for _, mn := range f.Mentions() {
		if mn.Entity == e || mn.Entity.Name == e.Name {
			return true
		}
	}
	return false
}

// Neighbours returns the sentences just before and after s in its
// article, across paragraph breaks (a one-sentence paragraph often
// continues the one before).
func (b *Base) Neighbours(s *Sentence) (prev, next *Sentence) {
	if s.ID > 0 {
		if p := b.Sentences[s.ID-1]; p.Article == s.Article {
			prev = p
		}
	}
	if s.ID+1 < len(b.Sentences) {
		if n := b.Sentences[s.ID+1]; n.Article == s.Article {
			next = n
		}
	}
	return prev, next
}

// FoldName folds a name the way questions are folded, with titles such as
// "M." dropped.
func FoldName(n string) string {
	toks := french.Tokenize(n)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		if french.IsNameTitle(t.Fold) {
			continue
		}
		parts = append(parts, t.Fold)
	}
	return strings.Join(parts, " ")
}

// NameIn returns the longest of the entity's names found in text.
func NameIn(text string, e *Entity) string {
	best := ""
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if len(n) > len(best) && strings.Contains(text, n) {
			best = n
		}
	}
	return best
}

// buildFacts gathers the facts into b.facts once the index is built; the
// roles and settings read the sentence facts gathered first.
func buildFacts(b *Base) {
	an := french.NewAnalyzer()
	names := map[string][]*Entity{}
	f := facts{
		lead:        make([]TermSet, len(b.Articles)),
		settings:    make([][]string, len(b.Articles)),
		speakerFold: map[string]string{},
	}
	for ai, a := range b.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if key := FoldName(n); key != "" && !slices.Contains(names[key], e) {
					names[key] = append(names[key], e)
				}
			}
		}
		f.lead[ai] = b.TermSet(append(an.Analyze(a.Title), b.Terms(a.Paragraphs[0].Sentences[0])...))
		for _, q := range a.Quotes {
			if _, ok := f.speakerFold[q.Speaker]; !ok && q.Speaker != "" {
				f.speakerFold[q.Speaker] = FoldName(q.Speaker)
			}
		}
	}
	f.names = packNames(names)
	list := sentenceFacts(b)
	roles := map[*Entity][]french.Term{}
	for _, a := range b.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, r := range e.Roles {
				roles[e] = append(roles[e], an.Analyze(r)...)
			}
		}
	}
	for i := range list {
		sf := &list[i]
		var terms []french.Term
		for _, mn := range sf.Mentions {
			terms = append(terms, roles[mn.Entity]...)
		}
		if sf.Implicit != nil {
			terms = append(terms, roles[sf.Implicit]...)
		}
		sf.Roles = b.TermSet(terms)
	}
	f.sentences = packSentences(list)
	b.facts = f // f's slice and maps are shared: filled in below
	for ai, a := range b.Articles {
		var set []string
		for i := range a.Entities {
			e := &a.Entities[i]
			if NameIn(a.Title, e) != "" || b.Mentions(a.Paragraphs[0].Sentences[0], e) {
				set = append(set, e.Name)
			}
		}
		slices.Sort(set)
		f.settings[ai] = slices.Compact(set)
	}
}

// sentenceFacts gathers, per sentence, the entities, numbers, dates and
// quotations the extractors found, plus cheap lexical fallbacks.
func sentenceFacts(b *Base) []sentenceDraft {
	out := make([]sentenceDraft, len(b.Sentences))
	for _, a := range b.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			for _, s := range e.Mentions {
				if t := NameIn(s.Text, e); t != "" {
					out[s.ID].Mentions = append(out[s.ID].Mentions, Mention{Entity: e, Text: t})
				}
			}
		}
		for i := range a.Numbers {
			n := &a.Numbers[i]
			out[n.Sentence.ID].Numbers = append(out[n.Sentence.ID].Numbers, n)
		}
		for i := range a.Dates {
			d := &a.Dates[i]
			out[d.Sentence.ID].Dates = append(out[d.Sentence.ID].Dates, d)
		}
		for i := range a.Quotes {
			q := &a.Quotes[i]
			out[q.Sentence.ID].Quotes = append(out[q.Sentence.ID].Quotes, q)
		}
	}
	var last *Entity
	var lastArticle *Article
	for _, s := range b.Sentences {
		sf := &out[s.ID]
		sf.Digits = b.ix.hasNumber(s.ID)
		if s.Article != lastArticle {
			last, lastArticle = nil, s.Article
		}
		if last != nil && pronounSubject(s.Text) {
			sf.Implicit = last
		}
		if s.ID > 0 && b.Sentences[s.ID-1].Article == s.Article {
			sf.Anaphoric = opensWithAnaphor(s.Text)
		}
		for _, q := range sf.Quotes {
			if e := speakerEntity(s.Article, q.Speaker); e != nil {
				sf.Mentions = appendMention(sf.Mentions, Mention{Entity: e})
			}
		}
		for _, mn := range sf.Mentions {
			if mn.Entity.Kind == Person && mn.Text != "" {
				last = mn.Entity
			}
		}
	}
	return out
}

// hasNumber reports a number token in the sentence that is not a year.
func (ix *index) hasNumber(sid int) bool {
	for i := ix.sentOff[sid]; i < ix.sentOff[sid+1]; i++ {
		if french.Kind(ix.tokKind[i]) != french.Number {
			continue
		}
		f := ix.folds.At(ix.wordFold[ix.tokWord[i]])
		if !(len(f) == 4 && f >= "1000" && f <= "2100") {
			return true
		}
	}
	return false
}

// appendMention adds a mention unless the entity is already there.
func appendMention(ms []Mention, m Mention) []Mention {
	for _, x := range ms {
		if x.Entity == m.Entity {
			return ms
		}
	}
	return append(ms, m)
}

// speakerEntity returns the article's entity named speaker.
func speakerEntity(a *Article, speaker string) *Entity {
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
