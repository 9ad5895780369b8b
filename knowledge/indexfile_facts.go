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
	t := &b.facts.sentences
	for _, n := range [...]int{len(t.mentions), len(t.numbers), len(t.dates), len(t.quotes), len(t.roles)} {
		w.uv(n)
	}
	for _, s := range b.Sentences {
		a := s.Article
		f := b.Facts(s)
		w.uv(len(f.Mentions()))
		for _, m := range f.Mentions() {
			entity(m.Entity)
			w.str(m.Text)
		}
		w.uv(len(f.Numbers()))
		for _, n := range f.Numbers() {
			w.uv(indexOf(a.Numbers, n))
		}
		w.uv(len(f.Dates()))
		for _, d := range f.Dates() {
			w.uv(indexOf(a.Dates, d))
		}
		w.uv(len(f.Quotes()))
		for _, q := range f.Quotes() {
			w.uv(indexOf(a.Quotes, q))
		}
		w.bool(f.Digits())
		w.bool(f.Anaphoric())
		if f.Implicit() == nil {
			w.uv(0)
		} else {
			entity(f.Implicit())
		}
		w.uv(len(f.Roles().ids))
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
// reference (nil for none). The role terms are used in place; the caller
// checks they are terms of the index.
func decodeSentences(r *rbuf, b *Base, entity func() *Entity) sentenceTable {
	var total [factKinds]int
	for k := range total {
		total[k] = r.count()
	}
	roles := total[factRoles]
	total[factRoles] = 0 // read in place, not copied
	t := newSentenceTable(len(b.Sentences), total)
	var roleEnd uint32
	for _, s := range b.Sentences {
		if r.err != nil {
			return t
		}
		a := s.Article
		for range r.count() {
			mn := Mention{Entity: entity(), Text: r.str()}
			if mn.Entity == nil {
				r.fail()
			}
			t.mentions = append(t.mentions, mn)
		}
		for range r.count() {
			t.numbers = append(t.numbers, at(r, a.Numbers))
		}
		for range r.count() {
			t.dates = append(t.dates, at(r, a.Dates))
		}
		for range r.count() {
			t.quotes = append(t.quotes, at(r, a.Quotes))
		}
		t.flags[s.ID] = factFlags(r.bool(), r.bool())
		t.implicit[s.ID] = entity()
		roleEnd += uint32(r.count())
		t.off[s.ID+1] = t.ends()
		t.off[s.ID+1][factRoles] = roleEnd
	}
	t.roles = readRaw[int32](r)
	total[factRoles] = roles
	if int(roleEnd) != roles {
		r.fail()
	}
	for k, n := range t.ends() {
		if int(n) != total[k] {
			r.fail()
		}
	}
	return t
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
