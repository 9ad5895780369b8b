package knowledge

import (
	"maps"
	"slices"
)

// entityRef names an entity by its article's position and its own in the
// article's Entities.
type entityRef struct{ art, ent int }

// encodeFacts writes the facts buildFacts gathered, entities and
// extracted items as positions, not pointers.
func encodeFacts(w *wbuf, b *Base) {
	refs := map[*Entity]entityRef{}
	artPos := make(map[*Article]int, len(b.Articles))
	for ai, a := range b.Articles {
		artPos[a] = ai
		for i := range a.Entities {
			refs[&a.Entities[i]] = entityRef{ai, i}
		}
	}
	entity := func(e *Entity) {
		r, ok := refs[e]
		if !ok { // not an entity of the base: cannot happen, written as none
			w.uv(0)
			return
		}
		w.uv(r.art + 1)
		w.uv(r.ent)
	}
	// The sentences' ranges and flags raw, used in place by the reader;
	// then each sentence's items, which point into its article.
	t := &b.facts.sentences
	raw(w, flatOffsets(t.off))
	raw(w, t.flags)
	for _, s := range b.Sentences {
		a := s.Article
		f := b.Facts(s)
		for _, m := range f.Mentions() {
			entity(m.Entity)
			w.str(m.Text)
		}
		for _, n := range f.Numbers() {
			w.uv(indexOf(a.Numbers, n))
		}
		for _, d := range f.Dates() {
			w.uv(indexOf(a.Dates, d))
		}
		for _, q := range f.Quotes() {
			w.uv(indexOf(a.Quotes, q))
		}
		if f.Implicit() == nil {
			w.uv(0)
		} else {
			entity(f.Implicit())
		}
	}
	raw(w, t.roles)
	names := &b.facts.names
	packed(w, names.keys)
	raw(w, names.off)
	w.uv(len(names.ents))
	for _, e := range names.ents {
		entity(e)
	}
	for ai := range b.Articles {
		raw(w, b.facts.lead[ai].ids)
		w.strs(b.facts.settings[ai])
	}
	w.uv(len(b.facts.speakerFold))
	for _, k := range slices.Sorted(maps.Keys(b.facts.speakerFold)) {
		w.str(k)
		w.str(b.facts.speakerFold[k])
	}
}

// indexOf returns the position of p in a.
func indexOf[T any](a []T, p *T) int {
	for i := range a {
		if &a[i] == p {
			return i
		}
	}
	return len(a) // never: p points into a; read back as corrupt
}

func decodeFacts(r *rbuf, b *Base, m *slabs) {
	entity := func() *Entity {
		ai := r.ref(len(b.Articles) + 1)
		if ai == 0 {
			return nil
		}
		a := b.Articles[ai-1]
		if len(a.Entities) == 0 {
			r.fail()
			return nil
		}
		return &a.Entities[r.ref(len(a.Entities))]
	}
	nTerms := b.ix.terms.Len()
	f := facts{
		sentences: decodeSentences(r, b, entity),
		lead:      make([]TermSet, len(b.Articles)),
		settings:  make([][]string, len(b.Articles)),
	}
	if !inRange(f.sentences.roles, nTerms) {
		r.fail()
	}
	termSet := func() TermSet {
		ids := readRaw[int32](r)
		if !inRange(ids, nTerms) {
			r.fail()
		}
		return TermSet{ids: ids}
	}
	f.names.keys = readPacked(r)
	f.names.off = readRaw[uint32](r)
	n := r.count()
	if n > nameCount(b) { // an entity's names and aliases fold to distinct keys or none
		r.fail()
		return
	}
	f.names.ents = m.entPtrs.take(n)
	for i := range f.names.ents {
		if f.names.ents[i] = entity(); f.names.ents[i] == nil {
			r.fail()
		}
	}
	if !f.names.valid() {
		r.fail()
	}
	for ai := range b.Articles {
		f.lead[ai] = termSet()
		set := r.strsFrom(&m.strs)
		for i := 1; i < len(set); i++ {
			if set[i-1] >= set[i] { // Setting searches them in order
				r.fail()
			}
		}
		f.settings[ai] = set
	}
	n = r.count()
	f.speakerFold = make(map[string]string, n)
	for range n {
		k := r.str()
		f.speakerFold[k] = r.str()
	}
	b.facts = f
}

// decodeSentences reads the sentences' facts, entity reading an entity
// reference (nil for none). The ranges, flags and role terms are used in
// place; the caller checks the role terms are terms of the index.
func decodeSentences(r *rbuf, b *Base, entity func() *Entity) sentenceTable {
	n := len(b.Sentences)
	var t sentenceTable
	if t.off = offsetsOf(readRaw[uint32](r), n+1); t.off == nil {
		r.fail()
		return sentenceTable{}
	}
	t.flags = readRaw[uint8](r)
	if len(t.flags) != n || !validOffsets(t.off) {
		r.fail()
		return sentenceTable{}
	}
	total := t.off[n]
	// Each item takes a byte of the payload at least: a count the rest
	// cannot hold is corrupt and allocates nothing.
	if items := int(total[factMentions]) + int(total[factNumbers]) + int(total[factDates]) + int(total[factQuotes]); items > len(r.b)-r.off {
		r.fail()
		return sentenceTable{}
	}
	t.mentions = make([]Mention, total[factMentions])
	t.numbers = make([]*Number, total[factNumbers])
	t.dates = make([]*DateMention, total[factDates])
	t.quotes = make([]*Quote, total[factQuotes])
	t.implicit = make([]*Entity, n)
	for _, s := range b.Sentences {
		if r.err != nil {
			return t
		}
		a, lo, hi := s.Article, t.off[s.ID], t.off[s.ID+1]
		for i := lo[factMentions]; i < hi[factMentions]; i++ {
			if t.mentions[i] = (Mention{Entity: entity(), Text: r.str()}); t.mentions[i].Entity == nil {
				r.fail()
			}
		}
		for i := lo[factNumbers]; i < hi[factNumbers]; i++ {
			t.numbers[i] = at(r, a.Numbers)
		}
		for i := lo[factDates]; i < hi[factDates]; i++ {
			t.dates[i] = at(r, a.Dates)
		}
		for i := lo[factQuotes]; i < hi[factQuotes]; i++ {
			t.quotes[i] = at(r, a.Quotes)
		}
		t.implicit[s.ID] = entity()
	}
	if t.roles = readRaw[int32](r); len(t.roles) != int(total[factRoles]) {
		r.fail()
	}
	return t
}

// validOffsets reports ranges that start at zero and never go back.
func validOffsets(off [][factKinds]uint32) bool {
	if off[0] != ([factKinds]uint32{}) {
		return false
	}
	for s := 1; s < len(off); s++ {
		for k := range factKinds {
			if off[s][k] < off[s-1][k] {
				return false
			}
		}
	}
	return true
}

// nameCount returns the number of names and aliases of the base's
// entities.
func nameCount(b *Base) int {
	n := 0
	for _, a := range b.Articles {
		for i := range a.Entities {
			n += 1 + len(a.Entities[i].Aliases)
		}
	}
	return n
}

// at reads a position in a and returns a pointer to its element.
func at[T any](r *rbuf, a []T) *T {
	i := r.ref(len(a))
	if r.err != nil {
		return nil
	}
	return &a[i]
}
