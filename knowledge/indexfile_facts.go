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
	for _, s := range b.Sentences {
		a := s.Article
		f := &b.facts.sentences[s.ID]
		w.uv(len(f.Mentions))
		for _, m := range f.Mentions {
			entity(m.Entity)
			w.str(m.Text)
		}
		w.uv(len(f.Numbers))
		for _, n := range f.Numbers {
			w.uv(indexOf(a.Numbers, n))
		}
		w.uv(len(f.Dates))
		for _, d := range f.Dates {
			w.uv(indexOf(a.Dates, d))
		}
		w.uv(len(f.Quotes))
		for _, q := range f.Quotes {
			w.uv(indexOf(a.Quotes, q))
		}
		w.bool(f.Digits)
		w.bool(f.Anaphoric)
		if f.Implicit == nil {
			w.uv(0)
		} else {
			entity(f.Implicit)
		}
		raw(w, f.Roles.ids)
	}
	w.uv(len(b.facts.names))
	for _, k := range slices.Sorted(maps.Keys(b.facts.names)) {
		es := b.facts.names[k]
		w.str(k)
		w.uv(len(es))
		for _, e := range es {
			entity(e)
		}
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
	termSet := func() TermSet {
		ids := readRaw[int32](r)
		if !inRange(ids, nTerms) {
			r.fail()
		}
		return TermSet{ids: ids}
	}
	f := facts{
		sentences:   make([]SentenceFacts, len(b.Sentences)),
		names:       map[string][]*Entity{},
		lead:        make([]TermSet, len(b.Articles)),
		settings:    make([][]string, len(b.Articles)),
		speakerFold: map[string]string{},
	}
	for _, s := range b.Sentences {
		if r.err != nil {
			return
		}
		a := s.Article
		sf := &f.sentences[s.ID]
		sf.Mentions = m.mentions.take(r.count())
		for i := range sf.Mentions {
			sf.Mentions[i].Entity = entity()
			sf.Mentions[i].Text = r.str()
			if sf.Mentions[i].Entity == nil {
				r.fail()
			}
		}
		sf.Numbers = m.numPtrs.take(r.count())
		for i := range sf.Numbers {
			sf.Numbers[i] = at(r, a.Numbers)
		}
		sf.Dates = m.datePtrs.take(r.count())
		for i := range sf.Dates {
			sf.Dates[i] = at(r, a.Dates)
		}
		sf.Quotes = m.quotePtrs.take(r.count())
		for i := range sf.Quotes {
			sf.Quotes[i] = at(r, a.Quotes)
		}
		sf.Digits = r.bool()
		sf.Anaphoric = r.bool()
		sf.Implicit = entity()
		sf.Roles = termSet()
	}
	for range r.count() {
		k := r.str()
		es := m.entPtrs.take(r.count())
		for i := range es {
			if es[i] = entity(); es[i] == nil {
				r.fail()
			}
		}
		f.names[k] = es
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
	for range r.count() {
		k := r.str()
		f.speakerFold[k] = r.str()
	}
	b.facts = f
}

// at reads a position in a and returns a pointer to its element.
func at[T any](r *rbuf, a []T) *T {
	i := r.ref(len(a))
	if r.err != nil {
		return nil
	}
	return &a[i]
}
