package extract

import (
	"strings"

	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// entityBuilder gathers what an article says about one entity.
type entityBuilder struct {
	e     article.Entity
	forms map[string]bool
	roles map[string]bool
}

// entityTable is the article's entities, in order of first mention.
type entityTable struct {
	order []*entityBuilder
	byKey map[string]*entityBuilder
}

func (t *entityTable) get(key string) *entityBuilder { return t.byKey[key] }

// resolveEntities gives every mention of the article's sentences an entity
// key: full names first, then "M. Nee" and lone surnames against them.
func resolveEntities(sents []*sentence, lx *lexicon) *entityTable {
	tab := &entityTable{byKey: map[string]*entityBuilder{}}
	surnames := map[string]string{} // folded surname → person key, "" if ambiguous
	for _, es := range sents {
		for _, m := range es.mentions {
			if m.kind != article.Person || m.titled {
				continue
			}
			key := "person:" + french.Fold(m.text)
			last := french.Fold(es.toks[m.tokEnd-1].Text)
			if prev, seen := surnames[last]; seen && prev != key {
				surnames[last] = ""
			} else {
				surnames[last] = key
			}
		}
	}
	for _, es := range sents {
		kept := make([]mention, 0, len(es.mentions))
		for k, m := range es.mentions {
			name := m.canon
			switch {
			case m.kind == article.Person && m.titled:
				first := m.tok + 1
				if first < m.tokEnd && es.toks[first].Text == "." {
					first++
				}
				name = spanText(es.s.Text, es.toks, first, m.tokEnd)
				if key := surnames[french.Fold(es.toks[m.tokEnd-1].Text)]; key != "" {
					m.key = key
				} else {
					m.key = "person:" + french.Fold(name)
				}
			case m.kind == article.Person:
				m.key = "person:" + french.Fold(m.text)
			case m.kind == "":
				if key := surnames[french.Fold(m.text)]; key != "" {
					m.kind, m.key = article.Person, key
				} else if listedWithOrganisation(es, k) {
					m.kind, m.key = article.Organisation, "organisation:"+french.Fold(m.text)
				} else {
					continue
				}
			default:
				m.key = string(m.kind) + ":" + french.Fold(m.canon)
			}
			b := tab.byKey[m.key]
			if b == nil {
				// A gazetteer name is kept as written ("Pekin" is Pékin,
				// "PARIS" is Paris) unless the text used another name
				// ("République de Corée"): the text's name comes first
				// then, and the usual one is an alias.
				canon := ""
				if name == m.canon && french.Fold(m.text) != french.Fold(m.canon) {
					name, canon = m.text, m.canon
				}
				b = &entityBuilder{e: article.Entity{Name: name, Kind: m.kind}, forms: map[string]bool{}, roles: map[string]bool{}}
				b.addAlias(canon)
				tab.byKey[m.key] = b
				tab.order = append(tab.order, b)
			}
			if m.kind == article.Person && !m.titled && len(m.text) > len(b.e.Name) {
				old := b.e.Name
				b.e.Name = m.text
				b.addAlias(old)
			}
			b.addAlias(m.text)
			if n := len(b.e.Mentions); n == 0 || b.e.Mentions[n-1] != es.s {
				b.e.Mentions = append(b.e.Mentions, es.s)
			}
			if m.kind == article.Person {
				for _, r := range personRoles(es, m, lx) {
					b.addRole(r)
				}
			}
			kept = append(kept, m)
		}
		es.mentions = kept
	}
	for _, b := range tab.order {
		if b.e.Kind == article.Person {
			words := french.Segment(b.e.Name)
			if last := words[len(words)-1]; len(words) > 1 && last.Word && !last.IsRoman() {
				b.addAlias(last.Text)
			}
		}
	}
	return tab
}

// addAlias records another written form of the entity's name.
func (b *entityBuilder) addAlias(form string) {
	if form == "" || form == b.e.Name || b.forms[form] {
		return
	}
	b.forms[form] = true
	b.e.Aliases = append(b.e.Aliases, form)
}

// addRole records a description, once whatever its case and accents.
func (b *entityBuilder) addRole(role string) {
	// A role is a description, not a citation: one plain space between
	// words reads better than the no-break spaces of the source.
	role = strings.Join(strings.Fields(role), " ")
	k := french.Fold(role)
	if role == "" || b.roles[k] {
		return
	}
	b.roles[k] = true
	b.e.Roles = append(b.e.Roles, role)
}

// entities returns the finished entities in order of first mention; the
// name itself never stays among the aliases.
func (t *entityTable) entities() []article.Entity {
	out := make([]article.Entity, 0, len(t.order))
	for _, b := range t.order {
		e := b.e
		aliases := e.Aliases[:0:0]
		for _, a := range e.Aliases {
			if a != e.Name {
				aliases = append(aliases, a)
			}
		}
		e.Aliases = aliases
		out = append(out, e)
	}
	return out
}

// listedWithOrganisation reports whether mention k stands in a list next to
// an organisation: "Alphabet (Google) et Facebook", "Apple, Amazon et X".
func listedWithOrganisation(es *sentence, k int) bool {
	sep := func(a, b int) bool {
		for i := a; i < b; i++ {
			if !es.toks[i].Is(",", "et", "ou", "(", ")") {
				return false
			}
		}
		return b-a >= 1 && b-a <= 2
	}
	m := es.mentions[k]
	if k > 0 {
		p := es.mentions[k-1]
		if p.kind == article.Organisation && sep(p.tokEnd, m.tok) {
			return true
		}
	}
	if k+1 < len(es.mentions) {
		n := es.mentions[k+1]
		if n.kind == article.Organisation && sep(m.tokEnd, n.tok) {
			return true
		}
	}
	return false
}
